/** Hash commands (Redis 7.0 t_hash.c). Order: listpack = insertion order (see keyspace.ts). */
import { R, type Reply } from '../../reply.js';
import { ERR, arityError, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, deleteIfEmpty, lookupTyped, parseLL } from '../context.js';
import type { Keyspace, RHash } from '../keyspace.js';
import { LLONG_MAX, LLONG_MIN, addLongDouble, formatLongDoubleHuman, parseLongDouble, string2ll } from '../numbers.js';
import { emptyScan, parseCursor, parseScanOptions, scanStep } from '../scan.js';

export const HASH_MAX_LISTPACK_ENTRIES = 512; // 7.0 built-in default (config.c), not redis.conf's 128
export const HASH_MAX_LISTPACK_VALUE = 64;

/** hashTypeLookupWriteOrCreate. */
function lookupOrCreate(ks: Keyspace, ctx: CommandContext, key: string): RHash {
  const h = lookupTyped(ks, ctx, key, 'hash');
  if (h) return h;
  const n: RHash = { type: 'hash', value: new Map(), listpack: true };
  ks.addKey(dbOf(ks, ctx), key, n);
  return n;
}

/** hashTypeSet + conversion rules (hashTypeTryConversion / entries limit). */
function hashSet(h: RHash, field: string, value: string): boolean {
  if (h.listpack && (field.length > HASH_MAX_LISTPACK_VALUE || value.length > HASH_MAX_LISTPACK_VALUE)) h.listpack = false;
  const isNew = !h.value.has(field);
  h.value.set(field, value);
  if (h.listpack && h.value.size > HASH_MAX_LISTPACK_ENTRIES) h.listpack = false;
  return isNew;
}

const hset: CommandHandler = (ks, ctx, argv) => {
  if (argv.length % 2 === 1) return arityError((argv[0] ?? '').toLowerCase() === 'hmset' ? 'hmset' : 'hset');
  const key = argv[1] ?? '';
  const h = lookupOrCreate(ks, ctx, key);
  let created = 0;
  for (let i = 2; i < argv.length; i += 2) if (hashSet(h, argv[i] ?? '', argv[i + 1] ?? '')) created++;
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty += (argv.length - 2) / 2;
  return (argv[0] ?? '').toLowerCase() === 'hmset' ? R.ok() : R.int(created);
};

const hsetnx: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const h = lookupOrCreate(ks, ctx, key);
  if (h.value.has(argv[2] ?? '')) return R.int(0);
  hashSet(h, argv[2] ?? '', argv[3] ?? '');
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.int(1);
};

const hget: CommandHandler = (ks, ctx, argv) => {
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  const v = h?.value.get(argv[2] ?? '');
  return v === undefined ? R.nil() : R.bulk(v);
};

const hmget: CommandHandler = (ks, ctx, argv) => {
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  const out: Reply[] = [];
  for (let i = 2; i < argv.length; i++) {
    const v = h?.value.get(argv[i] ?? '');
    out.push(v === undefined ? R.nil() : R.bulk(v));
  }
  return R.array(out);
};

const hgetall: CommandHandler = (ks, ctx, argv) => {
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  const pairs: Array<[Reply, Reply]> = [];
  if (h) for (const [f, v] of h.value) pairs.push([R.bulk(f), R.bulk(v)]);
  return R.map(pairs);
};

const hkeys: CommandHandler = (ks, ctx, argv) => {
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  return R.bulkArray(h ? [...h.value.keys()] : []);
};

const hvals: CommandHandler = (ks, ctx, argv) => {
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  return R.bulkArray(h ? [...h.value.values()] : []);
};

const hlen: CommandHandler = (ks, ctx, argv) => R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'hash')?.value.size ?? 0);

const hexists: CommandHandler = (ks, ctx, argv) =>
  R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'hash')?.value.has(argv[2] ?? '') ? 1 : 0);

const hstrlen: CommandHandler = (ks, ctx, argv) =>
  R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'hash')?.value.get(argv[2] ?? '')?.length ?? 0);

const hdel: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const h = lookupTyped(ks, ctx, key, 'hash');
  if (!h) return R.int(0);
  let n = 0;
  for (let i = 2; i < argv.length; i++) {
    if (h.value.delete(argv[i] ?? '')) n++;
    if (h.value.size === 0) break;
  }
  if (n) {
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, h.value.size);
    ks.dirty += n;
  }
  return R.int(n);
};

const hincrby: CommandHandler = (ks, ctx, argv) => {
  const incr = parseLL(argv[3] ?? '');
  const key = argv[1] ?? '';
  const field = argv[2] ?? '';
  const h = lookupOrCreate(ks, ctx, key);
  const cur = h.value.get(field);
  let old = 0n;
  if (cur !== undefined) {
    const v = string2ll(cur);
    if (v === null) return ERR.hashNotInt;
    old = v;
  }
  if ((incr < 0n && old < 0n && incr < LLONG_MIN - old) || (incr > 0n && old > 0n && incr > LLONG_MAX - old)) return ERR.overflow;
  const nv = old + incr;
  hashSet(h, field, nv.toString());
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.int(nv);
};

const hincrbyfloat: CommandHandler = (ks, ctx, argv) => {
  const incr = parseLongDouble(argv[3] ?? '');
  if (incr === null) return ERR.notFloat;
  if (incr.kind !== 'finite') return err('ERR value is NaN or Infinity');
  const key = argv[1] ?? '';
  const field = argv[2] ?? '';
  const h = lookupOrCreate(ks, ctx, key);
  const cur = h.value.get(field);
  let value = { kind: 'finite' as const, neg: false, mant: 0n, exp: 0 } as NonNullable<ReturnType<typeof parseLongDouble>>;
  if (cur !== undefined) {
    const v = parseLongDouble(cur);
    if (v === null) return ERR.hashNotFloat;
    value = v;
  }
  const sum = addLongDouble(value, incr);
  if (sum.kind !== 'finite') return ERR.nanOrInf;
  const text = formatLongDoubleHuman(sum);
  hashSet(h, field, text);
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.bulk(text);
};

const hrandfield: CommandHandler = (ks, ctx, argv) => {
  let count: bigint | undefined;
  let withvalues = false;
  if (argv.length >= 3) {
    count = parseLL(argv[2] ?? '');
    if (count < -LLONG_MAX) return err('ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807');
    if (argv.length === 4 && (argv[3] ?? '').toLowerCase() === 'withvalues') withvalues = true;
    else if (argv.length >= 4) return ERR.syntax;
  }
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  if (count === undefined) {
    if (!h) return R.nil();
    const fields = [...h.value.keys()];
    return R.bulk(fields[Math.floor(Math.random() * fields.length)] ?? '');
  }
  if (!h || count === 0n) return R.array([]);
  const entries = [...h.value.entries()];
  let picked: Array<[string, string]>;
  if (count < 0n) {
    const n = Number(-count);
    picked = [];
    for (let i = 0; i < n; i++) picked.push(entries[Math.floor(Math.random() * entries.length)] ?? ['', '']);
  } else if (count >= BigInt(entries.length)) {
    picked = entries;
  } else {
    const pool = [...entries];
    picked = [];
    for (let i = 0; i < Number(count); i++) picked.push(pool.splice(Math.floor(Math.random() * pool.length), 1)[0] ?? ['', '']);
  }
  const out: Reply[] = [];
  for (const [f, v] of picked) {
    if (withvalues && ctx.protocol === 3) out.push(R.array([R.bulk(f), R.bulk(v)]));
    else {
      out.push(R.bulk(f));
      if (withvalues) out.push(R.bulk(v));
    }
  }
  return R.array(out);
};

const hscan: CommandHandler = (ks, ctx, argv) => {
  const cursor = parseCursor(argv[2] ?? '');
  const opts = parseScanOptions(argv, 3, false);
  const h = lookupTyped(ks, ctx, argv[1] ?? '', 'hash');
  if (!h) return emptyScan;
  return scanStep([...h.value.entries()], cursor, opts, h.listpack, (e) => e[0], (e, out) => out.push(e[0], e[1]));
};


export const hashCommands: Record<string, CommandHandler> = {
  hset, hmset: hset, hsetnx, hget, hmget, hgetall, hkeys, hvals, hlen, hexists, hstrlen, hdel,
  hincrby, hincrbyfloat, hrandfield, hscan,
};
