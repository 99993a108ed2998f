#!/usr/bin/env node
// Writes the conformance cases whose RESTORE payloads are built byte by byte (older RDB
// encodings, malformed bodies with a valid footer): conformance/redis/keyspace/restore-*.yaml.
// Needs `npm run build` (it frames payloads with dist/redis/rdb). Expectations are then recorded
// with `node dist/cli/main.js conformance record <paths>`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { framePayload } from '../../../dist/redis/rdb/payload.js';
import { crc64 } from '../../../dist/redis/rdb/crc64.js';

const root = join(fileURLToPath(import.meta.url), '../../../..');
const dir = join(root, 'conformance/redis/keyspace');

const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.isBuffer(p) ? p : Buffer.from(p, 'latin1'))));
const u16 = (n) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
/** An RDB string: 6-bit or 14-bit length + bytes. */
const rdbString = (b) => (b.length < 64 ? bytes(b.length, b) : bytes(0x40 | (b.length >> 8), b.length & 0xff, b));
const str = (s) => rdbString(Buffer.from(s, 'latin1'));
const frame = (body) => Buffer.from(framePayload(body));
/** A payload with another RDB version in its footer (and a CRC that matches). */
const frameVersion = (body, ver) => {
  const head = Buffer.concat([body, u16(ver)]);
  const crc = crc64(0n, head);
  const c = Buffer.alloc(8);
  c.writeBigUInt64LE(crc);
  return Buffer.concat([head, c]);
};

/** ziplist.c: zlbytes, zltail, zllen, entries (prevlen, encoding, data), 0xFF. */
function ziplist(items) {
  const entries = [];
  let prev = 0;
  for (const it of items) {
    let body;
    if (typeof it === 'number' && it >= 0 && it <= 12) body = bytes(0xf1 + it);
    else if (typeof it === 'number') body = bytes(0xfe, it & 0xff); // int8
    else body = bytes(it.length, it); // 6-bit string length
    const e = Buffer.concat([bytes(prev), body]);
    entries.push(e);
    prev = e.length;
  }
  const content = Buffer.concat(entries);
  const tail = 10 + content.length - (entries.length ? entries[entries.length - 1].length : 0);
  const total = 10 + content.length + 1;
  return Buffer.concat([u32(total), u32(tail), u16(items.length), content, bytes(0xff)]);
}

/** zipmap.c: zmlen, (len key len free value)*, 0xFF. */
function zipmap(pairs) {
  const parts = [bytes(pairs.length / 2)];
  for (let i = 0; i < pairs.length; i += 2) parts.push(bytes(pairs[i].length, pairs[i], pairs[i + 1].length, 0, pairs[i + 1]));
  parts.push(bytes(0xff));
  return Buffer.concat(parts);
}

/** A listpack of short strings / small uints (listpack.c). */
function listpack(items) {
  const es = items.map((it) => (typeof it === 'number' ? bytes(it, 1) : bytes(0x80 | it.length, it, 1 + it.length)));
  const content = Buffer.concat(es);
  return Buffer.concat([u32(6 + content.length + 1), u16(items.length), content, bytes(0xff)]);
}


/** YAML double-quoted with \x escapes for everything outside printable ASCII. */
function q(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else out += '\\x' + c.toString(16).padStart(2, '0');
  }
  return out + '"';
}
const latin1 = (b) => b.toString('latin1');

function writeCase(name, description, steps, setup = []) {
  const lines = [`description: ${q(description)}`, 'spec: [api.call, api.pcall, errfmt.redis-error]'];
  if (setup.length) {
    lines.push('setup:');
    for (const s of setup) lines.push(`- [${s.map(q).join(', ')}]`);
  }
  lines.push('steps:');
  for (const s of steps) lines.push(`- [${s.map(q).join(', ')}]`);
  writeFileSync(join(dir, `${name}.yaml`), lines.join('\n') + '\n');
}

// Restore ARGV[1] into KEYS[1], then answer its type, encoding and contents (sets and hashes
// sorted: a hashtable's order depends on a random seed in Redis).
const READ = `local ok = redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])
if type(ok) == 'table' and ok.err then return ok.err end
local t = redis.call('TYPE', KEYS[1])['ok']
local v
if t == 'string' then v = redis.call('GET', KEYS[1])
elseif t == 'list' then v = redis.call('LRANGE', KEYS[1], 0, -1)
elseif t == 'set' then v = redis.call('SMEMBERS', KEYS[1]) table.sort(v)
elseif t == 'zset' then v = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
elseif t == 'hash' then
  v = {}
  local f = redis.call('HKEYS', KEYS[1]) table.sort(f)
  for _, k in ipairs(f) do v[#v + 1] = k v[#v + 1] = redis.call('HGET', KEYS[1], k) end
elseif t == 'stream' then v = redis.call('XRANGE', KEYS[1], '-', '+') end
return {t, redis.call('OBJECT', 'ENCODING', KEYS[1]), v}`;
const restoreRead = (key, payload) => ['EVAL', READ, '1', key, latin1(payload)];

// Encodings of RDB versions before 10 that 7.0 still loads (rdb.c converts them on load).
const stream1 = bytes(
  15, 1, rdbString(Buffer.from('00000000000000010000000000000001', 'hex')), // master ID 1-1
  rdbString(listpack([1, 0, 1, 'f', 0, 2, 0, 0, 'v', 4])),
  1, 1, 1, // length 1, last ID 1-1
  1, str('g'), 1, 1, 0, 0, // group g at 1-1, empty PEL, no consumers
);
writeCase('restore-old-encodings', 'RESTORE of payloads in the encodings of RDB versions before 10 (ziplist, zipmap, quicklist v1, plain list, text-score zset, stream v1): type, encoding and contents after loading', [
  restoreRead('l1', frameVersion(bytes(1, 3, str('a'), str('bb'), bytes(0xc0, 7)), 6)),
  restoreRead('l2', frameVersion(bytes(10, rdbString(ziplist(['x', 5, 'yy', -3]))), 7)),
  restoreRead('l3', frameVersion(bytes(14, 2, rdbString(ziplist(['a', 'b'])), rdbString(ziplist([1, 'c']))), 9)),
  restoreRead('z1', frameVersion(bytes(3, 3, str('a'), 3, '1.5', str('b'), 254, str('c'), 255), 6)),
  restoreRead('z2', frameVersion(bytes(12, rdbString(ziplist(['n', '0.5', 'm', 2]))), 7)),
  restoreRead('h1', frameVersion(bytes(9, rdbString(zipmap(['f', 'v', 'g', 'ww']))), 3)),
  restoreRead('h2', frameVersion(bytes(13, rdbString(ziplist(['f', 1, 'g', 'x']))), 7)),
  restoreRead('h3', frame(bytes(4, 2, str('f'), str('v'), str('x'.repeat(65)), str('y')))),
  restoreRead('s1', frame(bytes(2, 3, str('3'), str('1'), str('2')))),
  restoreRead('s2', frame(bytes(2, 2, str('1'), str('a')))),
  restoreRead('x1', frameVersion(stream1, 9)),
]);

writeCase('restore-bad-data', 'RESTORE of payloads with a valid footer and a body Redis cannot load: "ERR Bad data format"', [
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(8)))], // no type 8
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(20, 0)))], // type 20 is 7.2's
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(6, 0)))], // module value
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(1, 0)))], // empty list
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(2, 0)))], // empty set
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(18, 0)))], // quicklist without nodes
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(18, 1, 3, str('x'))))], // bad container
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(2, 2, str('a'), str('a'))))], // duplicate member
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(2, 2, bytes(0xc0, 1), str('1'))))], // duplicate integer
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(5, 1, str('a'), Buffer.from('000000000000f87f', 'hex'))))], // NaN score
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(11, rdbString(Buffer.concat([u32(3), u32(1), u16(1)])))))], // intset width 3
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(16, rdbString(Buffer.concat([u32(8), u16(0), bytes(0xff, 0)])))))], // listpack size
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(0, 0xc3, 2, 5, 0, 0x61)))], // LZF too short
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(0, 0xc4)))], // unknown string encoding
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(0, 0x82)))], // unknown length encoding
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'k', latin1(frame(bytes(19, 0, 1, 0, 0, 0, 0, 0, 0, 0)))], // length without nodes
  ['EVAL', 'return redis.call(\'EXISTS\', KEYS[1])', '1', 'k'],
]);

const good = frame(bytes(0, str('hello')));
writeCase('restore-payload-footer', 'RESTORE checks the footer only: RDB version <= 10 and CRC64; bytes after the value are ignored and a value may run into the footer', [
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'v11', latin1(frameVersion(bytes(0, str('hello')), 11))],
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'v1', latin1(frameVersion(bytes(0, str('hello')), 1))],
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'crc', latin1(Buffer.concat([good.subarray(0, good.length - 1), bytes(good[good.length - 1] ^ 1)]))],
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'short', latin1(good.subarray(0, 9))],
  ['EVAL', "return redis.pcall('RESTORE', KEYS[1], 0, ARGV[1])", '1', 'footer-only', latin1(frame(bytes()))],
  ['EVAL', "redis.call('RESTORE', KEYS[1], 0, ARGV[1]) return redis.call('GET', KEYS[1])", '1', 'trailing', latin1(frame(bytes(0, str('abc'), 'junk')))],
  ['EVAL', "redis.call('RESTORE', KEYS[1], 0, ARGV[1]) return redis.call('HGETALL', KEYS[1])", '1', 'into-footer', latin1(frame(bytes(4, 1, str('f'), 1)))],
  ['EVAL', "redis.call('RESTORE', KEYS[1], 0, ARGV[1]) return redis.call('GET', KEYS[1])", '1', 'lzf-empty', latin1(frame(bytes(0, 0xc3, 4, 0)))],
  ['EVAL', "return {redis.call('EXISTS', 'v11', 'v1', 'crc', 'short', 'footer-only')}", '0'],
]);
