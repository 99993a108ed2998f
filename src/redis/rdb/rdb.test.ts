import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc64 } from './crc64.js';
import { lzfCompress, lzfDecompress } from './lzf.js';
import { RdbWriter, bytesOf, stringOf } from './writer.js';
import { RdbFormatError, RdbReader } from './reader.js';
import { decodeListpack, encodeListpack } from './listpack.js';
import { decodeIntset, encodeIntset } from './intset.js';
import { decodeZiplist } from './ziplist.js';
import { dumpPayload, deserializeValue, framePayload, verifyPayload } from './index.js';
import { Keyspace, ManualClock, type RValue } from '../keyspace/keyspace.js';
import { executeCommand } from '../keyspace/registry.js';
import { encodingOf } from '../keyspace/commands/misc.js';
import { ZSet } from '../keyspace/zset.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 80 });
/** Strings that exercise integer detection as well as text. */
const element = fc.oneof(latin1, fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String), fc.integer({ min: -5000, max: 5000 }).map(String), fc.constantFrom('-0', '007', '', '9223372036854775808'));
/** Byte strings with repetitions, so LZF finds matches. */
const compressible = fc
  .array(fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 60 })).map(([b, n]) => Buffer.concat(Array(n).fill(Buffer.from(b))))), { maxLength: 40 })
  .map((parts) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p)))));

/** A comparable view of a value's contents (hash-table orders and stream times left out). */
function contents(v: RValue): unknown {
  switch (v.type) {
    case 'string':
      return v.value;
    case 'list':
      return v.value;
    case 'set':
      return [...v.value].sort();
    case 'hash':
      return [...v.value.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    case 'zset':
      return v.value.all().map((e) => [e.member, e.score]);
    case 'stream':
      return {
        entries: v.entries.map((e) => [`${e.id.ms}-${e.id.seq}`, ...e.fields]),
        last: `${v.lastId.ms}-${v.lastId.seq}`,
        groups: [...(v.groups ?? new Map()).entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, g]) => ({
          name,
          last: `${g.lastId.ms}-${g.lastId.seq}`,
          pel: [...g.pel.entries()].sort().map(([k, n]) => [k, n.consumer, n.deliveryCount]),
          consumers: [...g.consumers.values()].map((c) => [c.name, [...c.pel].sort()]).sort(),
        })),
      };
  }
}

describe('crc64', () => {
  it('is CRC-64/Jones', () => {
    expect(crc64(0n, Buffer.from('123456789')).toString(16)).toBe('e9c6d914c4b8d9ca');
    expect(crc64(0n, new Uint8Array(0))).toBe(0n);
  });
  it('continues from a previous value', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        expect(crc64(crc64(0n, a), b)).toBe(crc64(0n, Buffer.concat([a, b])));
      }),
    );
  });
});

describe('lzf', () => {
  it('decompresses what it compresses, within the output bound', () => {
    fc.assert(
      fc.property(fc.oneof(compressible, fc.uint8Array({ maxLength: 300 })), fc.integer({ min: 1, max: 400 }), (input, outLen) => {
        const c = lzfCompress(input, outLen);
        if (c === null) return;
        expect(c.length).toBeLessThanOrEqual(outLen);
        expect(hex(lzfDecompress(c, input.length))).toBe(hex(input));
      }),
    );
  });
  it('compresses runs and matches as liblzf does', () => {
    // 21 × 'a': two literals (the first byte can never be referenced), then 19 bytes at distance 1
    // (DUMP of SET k aaaaaaaaaaaaaaaaaaaaa on redis-server 7.0.15: 00 c3 06 15 016161e00a00 ...).
    expect(hex(lzfCompress(bytesOf('a'.repeat(21)), 17) ?? new Uint8Array())).toBe('016161e00a00');
    expect(lzfCompress(bytesOf('abcdefghijklmnopqrstu'), 17)).toBeNull();
  });
  it('rejects references before the output and truncated input', () => {
    expect(() => lzfDecompress(Uint8Array.from([0x20, 5]), 3)).toThrow();
    expect(() => lzfDecompress(Uint8Array.from([5, 97]), 6)).toThrow();
  });
});

describe('RDB strings and lengths', () => {
  it('round-trips strings through every encoding', () => {
    fc.assert(
      fc.property(fc.oneof(element, compressible.map(stringOf)), (s) => {
        const w = new RdbWriter();
        w.rawString(s);
        const r = new RdbReader(w.result());
        expect(r.string()).toBe(s);
        expect(r.remaining).toBe(0);
      }),
    );
  });
  it('writes the int encodings and the length forms of rdb.c', () => {
    const enc = (s: string): string => {
      const w = new RdbWriter();
      w.rawString(s);
      return hex(w.result());
    };
    expect(enc('12')).toBe('c00c');
    expect(enc('-129')).toBe('c17fff');
    expect(enc('70000')).toBe('c270110100');
    expect(enc('2147483648')).toBe('0a32313437343833363438');
    expect(enc('007')).toBe('03303037');
    const len = (n: number | bigint): string => {
      const w = new RdbWriter();
      w.len(n);
      return hex(w.result());
    };
    expect([len(63), len(64), len(16383), len(16384), len(2n ** 32n)]).toEqual(['3f', '4040', '7fff', '8000004000', '810000000100000000']);
  });
  it('reads the old text doubles of RDB_TYPE_ZSET', () => {
    expect(new RdbReader(Uint8Array.from([3, 0x31, 0x2e, 0x35])).textDouble()).toBe(1.5);
    expect(new RdbReader(Uint8Array.from([254])).textDouble()).toBe(Infinity);
    expect(new RdbReader(Uint8Array.from([255])).textDouble()).toBe(-Infinity);
  });
});

describe('listpack, intset, ziplist', () => {
  it('round-trips listpacks', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 30 }), (items) => {
        const canon = items.map((s) => s); // integers come back in canonical text, which string2ll texts already are
        expect(decodeListpack(encodeListpack(items))).toEqual(canon);
      }),
    );
  });
  it('encodes integers in the smallest listpack form', () => {
    expect(hex(encodeListpack(['5', '-1', '4095', '-4097', '8388607', 'a']))).toBe('1b000000' + '0600' + '0501' + 'dfff02' + 'cfff02' + 'f1ffef03' + 'f2ffff7f04' + '816102' + 'ff');
  });
  it('round-trips intsets and checks them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { minLength: 1, maxLength: 20 }), (vals) => {
        expect(decodeIntset(encodeIntset(vals))).toEqual([...vals].sort((a, b) => (a < b ? -1 : 1)));
      }),
    );
    expect(() => decodeIntset(Uint8Array.from([2, 0, 0, 0, 2, 0, 0, 0, 5, 0, 1, 0]))).toThrow(RdbFormatError);
  });
  it('decodes ziplists', () => {
    // "a", 7 (immediate), -2 (int8)
    const zl = Buffer.from('1400000011000300000261020ff80f1fefe0ff', 'hex');
    zl.writeUInt32LE(zl.length, 0);
    expect(() => decodeZiplist(zl)).toThrow(RdbFormatError);
    const ok = Buffer.from('13000000' + '0f000000' + '0300' + '000161' + '03f8' + '02fefe' + 'ff', 'hex');
    expect(decodeZiplist(ok)).toEqual(['a', '7', '-2']);
  });
});

describe('payload frame', () => {
  it('verifies version and checksum', () => {
    const p = framePayload(Uint8Array.from([0, 1, 0x61]));
    expect(verifyPayload(p)).toBe(true);
    const q = Uint8Array.from(p);
    q[0] = 1;
    expect(verifyPayload(q)).toBe(false);
    expect(verifyPayload(p.subarray(0, 9))).toBe(false);
  });
});

const value = fc.oneof(
  element.map((s): RValue => ({ type: 'string', value: s })),
  fc.array(element, { minLength: 1, maxLength: 40 }).map((a): RValue => ({ type: 'list', value: a })),
  fc.uniqueArray(element, { minLength: 1, maxLength: 30 }).map((a): RValue => ({ type: 'set', value: new Set(a), intset: false })),
  fc.uniqueArray(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { minLength: 1, maxLength: 30 }).map((a): RValue => ({ type: 'set', value: new Set(a.map(String)), intset: true })),
  fc.uniqueArray(fc.tuple(element, element), { minLength: 1, maxLength: 30, selector: ([f]) => f }).chain((pairs) =>
    fc.boolean().map((lp): RValue => ({ type: 'hash', value: new Map(pairs), listpack: lp })),
  ),
  fc.uniqueArray(fc.tuple(element, fc.double({ noNaN: true })), { minLength: 1, maxLength: 150, selector: ([m]) => m }).map((pairs): RValue => {
    const z = new ZSet();
    for (const [m, s] of pairs) z.set(m, Object.is(s, -0) ? 0 : s);
    return { type: 'zset', value: z };
  }),
);

describe('DUMP payloads of values', () => {
  it('round-trip every type', () => {
    fc.assert(
      fc.property(value, (v) => {
        const p = dumpPayload(v);
        expect(verifyPayload(p)).toBe(true);
        expect(contents(deserializeValue(p))).toEqual(contents(v));
      }),
      { numRuns: 300 },
    );
  });
});

interface FixtureEntry {
  name: string;
  key: string;
  commands: string[][];
  exact: boolean;
  payload: string;
  restoredEncoding: string;
}

describe('payloads recorded from redis-server 7.0', () => {
  const file = join(fileURLToPath(import.meta.url), '../../../../test/fixtures/rdb/redis-7.0-dumps.json');
  const { entries } = JSON.parse(readFileSync(file, 'utf8')) as { entries: FixtureEntry[] };
  it.each(entries.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const ks = new Keyspace({ clock: new ManualClock(1_700_000_000_000) });
    const ctx = { db: 0, protocol: 2 as const };
    for (const cmd of e.commands) executeCommand(ks, ctx, cmd.map((a) => Buffer.from(a, 'hex').toString('latin1')));
    const built = ks.db(0).dict.get(e.key);
    expect(built).toBeDefined();
    if (!built) return;
    const payload = Buffer.from(e.payload, 'hex');
    const loaded = deserializeValue(payload);
    expect(contents(loaded)).toEqual(contents(built));
    expect(encodingOf(loaded)).toBe(e.restoredEncoding);
    if (e.exact) expect(hex(dumpPayload(built))).toBe(e.payload);
  });
});
