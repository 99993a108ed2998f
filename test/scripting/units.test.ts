/** Unit tests of the pure parts of the scripting layer (values recorded from redis-server 7.0.15). */
import { describe, expect, it } from 'vitest';
import { extractShebangFlags } from '../../src/redis/scripting/shebang.js';
import { extractLibMeta } from '../../src/redis/scripting/library-meta.js';
import { Rand48, REDIS_LRAND48_MAX } from '../../src/redis/scripting/rand48.js';
import { crc64, lzfDecompress } from '../../src/redis/rdb/index.js';
import { doubleToInt64, normalizeErrorText } from '../../src/redis/scripting/convert.js';
import { EffectsJournal } from '../../src/redis/scripting/effects.js';
import { parseEvalNumkeys, parseFcallNumkeys } from '../../src/redis/scripting/numkeys.js';
import { dumpFunctions, parseFunctionsPayload, verifyPayload } from '../../src/redis/scripting/rdb-functions.js';
import { flagNames } from '../../src/redis/scripting/flags.js';

describe('shebang', () => {
  it('parses flags and errors as redis-server does', () => {
    expect(extractShebangFlags('return 1')).toEqual({ ok: true, flags: 16, shebangLength: 0 });
    expect(extractShebangFlags('#!lua\nreturn 1')).toEqual({ ok: true, flags: 0, shebangLength: 5 });
    const f = extractShebangFlags('#!lua flags=no-writes,allow-oom\nreturn 1');
    expect(f.ok && flagNames(f.flags)).toEqual(['no-writes', 'allow-oom']);
    expect(extractShebangFlags('#!lua')).toEqual({ ok: false, error: 'Invalid script shebang' });
    expect(extractShebangFlags('#!lu\nx')).toEqual({ ok: false, error: 'Unexpected engine in script shebang: #!lu' });
    expect(extractShebangFlags('#! lua\nx')).toEqual({ ok: false, error: 'Unexpected engine in script shebang: #!' });
    expect(extractShebangFlags('#!lua "\nx')).toEqual({ ok: false, error: 'Invalid engine in script shebang' });
    expect(extractShebangFlags('#!lua foo=bar\nx')).toEqual({ ok: false, error: 'Unknown lua shebang option: foo=bar' });
    expect(extractShebangFlags('#!lua flags=no-writes,\nx')).toEqual({ ok: false, error: 'Unexpected flag in script shebang: ' });
    expect(extractShebangFlags('#!lua flags=NO-WRITES\nx')).toEqual({ ok: false, error: 'Unexpected flag in script shebang: NO-WRITES' });
    expect(extractShebangFlags('#!lua flags=\nx')).toEqual({ ok: true, flags: 0, shebangLength: 12 });
  });
});

describe('library metadata', () => {
  it('follows functionExtractLibMetaData', () => {
    expect(extractLibMeta('return 1')).toEqual({ ok: false, error: 'Missing library metadata' });
    expect(extractLibMeta('#!lua name=x')).toEqual({ ok: false, error: 'Invalid library metadata' });
    expect(extractLibMeta('#!lua name="x y"\ncode')).toEqual({ ok: true, meta: { engine: 'lua', name: 'x y', code: '\ncode' } });
    expect(extractLibMeta('#!LUA NAME=a\n')).toEqual({ ok: true, meta: { engine: 'LUA', name: 'a', code: '\n' } });
    expect(extractLibMeta('#!lua name=a name=b\n')).toEqual({ ok: false, error: 'Invalid metadata value, name argument was given multiple times' });
    expect(extractLibMeta('#!lua foo=1\n')).toEqual({ ok: false, error: 'Invalid metadata value given: foo=1' });
    expect(extractLibMeta('#!lua\n')).toEqual({ ok: false, error: 'Library name was not given' });
  });
});

describe('rand48', () => {
  const rnd = (r: Rand48, u: number): number => Math.floor(((r.next() % REDIS_LRAND48_MAX) / REDIS_LRAND48_MAX) * u) + 1;
  it('matches math.random of redis-server 7.0.15', () => {
    const r = new Rand48();
    expect([1, 2, 3, 4, 5].map(() => rnd(r, 1000))).toEqual([397, 841, 354, 447, 319]);
    r.seed(42);
    expect([1, 2, 3, 4, 5].map(() => rnd(r, 1000))).toEqual([745, 343, 112, 423, 82]);
    r.seed(-7);
    expect([1, 2, 3].map(() => rnd(r, 1000))).toEqual([76, 818, 928]);
  });
});

describe('conversions', () => {
  it('casts doubles like x86-64', () => {
    expect(doubleToInt64(3.99)).toBe(3n);
    expect(doubleToInt64(-3.99)).toBe(-3n);
    expect(doubleToInt64(NaN)).toBe(-9223372036854775808n);
    expect(doubleToInt64(Infinity)).toBe(-9223372036854775808n);
    expect(doubleToInt64(2 ** 63)).toBe(-9223372036854775808n);
  });
  it('normalises error texts (luaPushErrorBuff)', () => {
    expect(normalizeErrorText('-WRONGTYPE Operation')).toBe('WRONGTYPE Operation');
    expect(normalizeErrorText('-nospace')).toBe('ERR nospace');
    expect(normalizeErrorText('plain text')).toBe('ERR plain text');
    expect(normalizeErrorText('-ERR x\r\n')).toBe('ERR x');
  });
  it('numkeys', () => {
    expect(parseEvalNumkeys('1', 4)).toBe(1);
    expect(parseEvalNumkeys('01', 4)).toBe('ERR value is not an integer or out of range');
    expect(parseEvalNumkeys('2', 4)).toBe("ERR Number of keys can't be greater than number of args");
    expect(parseEvalNumkeys('-1', 4)).toBe("ERR Number of keys can't be negative");
    expect(parseFcallNumkeys('x', 4)).toBe('ERR Bad number of keys provided');
  });
});

describe('effects journal', () => {
  it('wraps runs with several writes, SELECT before MULTI', () => {
    const j = new EffectsJournal();
    j.append([{ db: 0, argv: ['incr', 'a'] }]);
    j.append([
      { db: 3, argv: ['set', 'x', '1'] },
      { db: 0, argv: ['set', 'y', '2'] },
    ]);
    expect(j.commands).toEqual([['SELECT', '0'], ['incr', 'a'], ['SELECT', '3'], ['MULTI'], ['set', 'x', '1'], ['SELECT', '0'], ['set', 'y', '2'], ['EXEC']]);
  });
});

describe('function payloads', () => {
  it('crc64 jones', () => {
    expect(crc64(0n, Buffer.from('123456789')).toString(16)).toBe('e9c6d914c4b8d9ca');
  });
  it('round-trips DUMP payloads', () => {
    const p = dumpFunctions(['#!lua name=a\nx', '#!lua name=b\ny']);
    const b = Buffer.from(p, 'latin1');
    expect(verifyPayload(b)).toBe(true);
    expect(parseFunctionsPayload(b)).toEqual({ codes: ['#!lua name=a\nx', '#!lua name=b\ny'] });
    b[3] = (b[3] as number) ^ 1;
    expect(verifyPayload(b)).toBe(false);
  });
  it('lzf', () => {
    // literal run of 3 bytes then a back reference of length 3 at distance 3: "abcabc"
    expect(Buffer.from(lzfDecompress(Uint8Array.from([2, 97, 98, 99, 0x20, 2]), 6)).toString()).toBe('abcabc');
  });
});

describe('libraries', () => {
  it('every library Redis opens is available', async () => {
    const { missingLibraries } = await import('../../src/redis/scripting/stdlib.js');
    expect(missingLibraries).toEqual([]);
  });
});
