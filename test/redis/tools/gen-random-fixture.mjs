// Generates test/redis/fixtures/random-ops.yaml: deterministic pseudo-random command
// sequences over a tiny key space (so types collide and WRONGTYPE paths are hit).
// Only commands with deterministic replies are used; set-valued replies are compared unordered.
// Usage: node test/redis/tools/gen-random-fixture.mjs [seed] [cases] [commandsPerCase] [--big]
// --big writes random-big.yaml: long members (> 64 bytes, so hashes/zsets leave their listpack
// encoding) and order-insensitive comparison for hash and set replies.
import { writeFileSync } from 'node:fs';
import { Document, visit } from 'yaml';

const big = process.argv.includes('--big');
const geo = process.argv.includes('--geo');
const streams = process.argv.includes('--streams');
const pos = process.argv.slice(2).filter((a) => a !== '--big' && a !== '--geo' && a !== '--streams');
let seed = Number(pos[0] ?? (big ? 77 : 20260101)) >>> 0;
const nCases = Number(pos[1] ?? (big ? 30 : 60));
const perCase = Number(pos[2] ?? 60);
function rnd() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const keys = ['k1', 'k2', 'k3', 'k4'];
const key = () => pick(keys);
const members = ['a', 'b', 'c', 'd', '1', '2', '3', '10', '-1', 'x y', ''];
if (big) members.push('L'.repeat(70), 'M'.repeat(65) + '\x00\xff', '9'.repeat(30), '12345678901234567890');
const mem = () => pick(members);
const num = () => pick(['0', '1', '-1', '2', '7', '100', '-5', '1.5', '0.1', 'abc', '', '9223372036854775807', '-inf', '+inf', '3e2']);
const idx = () => String(int(-6, 6));
const lex = () => pick(['-', '+', '[a', '(a', '[c', '(d', '[1', 'x']);
const score = () => pick(['0', '1', '2', '(1', '(2', '-inf', '+inf', '1.5', 'x']);

const gens = [
  () => ['SET', key(), mem()], () => ['GET', key()], () => ['APPEND', key(), mem()], () => ['STRLEN', key()],
  () => ['INCR', key()], () => ['INCRBY', key(), num()], () => ['DECRBY', key(), num()], () => ['INCRBYFLOAT', key(), num()],
  () => ['GETRANGE', key(), idx(), idx()], () => ['SETRANGE', key(), String(int(0, 5)), mem()], () => ['MGET', key(), key()],
  () => ['MSET', key(), mem(), key(), mem()], () => ['GETSET', key(), mem()], () => ['GETDEL', key()], () => ['SETNX', key(), mem()],
  () => ['DEL', key(), key()], () => ['EXISTS', key(), key()], () => ['TYPE', key()], () => ['RENAME', key(), key()],
  () => ['RENAMENX', key(), key()], () => ['COPY', key(), key()], () => ['COPY', key(), key(), 'REPLACE'],
  () => ['HSET', key(), mem(), mem()], () => ['HSET', key(), mem(), num(), mem(), mem()], () => ['HGET', key(), mem()],
  () => ['HDEL', key(), mem(), mem()], () => ['HGETALL', key()], () => ['HKEYS', key()], () => ['HVALS', key()], () => ['HLEN', key()],
  () => ['HINCRBY', key(), mem(), num()], () => ['HINCRBYFLOAT', key(), mem(), num()], () => ['HSETNX', key(), mem(), mem()],
  () => ['HMGET', key(), mem(), mem()], () => ['HEXISTS', key(), mem()], () => ['HSTRLEN', key(), mem()],
  () => ['LPUSH', key(), mem(), mem()], () => ['RPUSH', key(), mem()], () => ['LPOP', key()], () => ['RPOP', key(), String(int(0, 3))],
  () => ['LRANGE', key(), idx(), idx()], () => ['LLEN', key()], () => ['LINDEX', key(), idx()], () => ['LSET', key(), idx(), mem()],
  () => ['LREM', key(), String(int(-2, 2)), mem()], () => ['LTRIM', key(), idx(), idx()], () => ['LINSERT', key(), pick(['BEFORE', 'AFTER']), mem(), mem()],
  () => ['LPOS', key(), mem()], () => ['LMOVE', key(), key(), pick(['LEFT', 'RIGHT']), pick(['LEFT', 'RIGHT'])], () => ['RPOPLPUSH', key(), key()],
  () => ['SADD', key(), mem(), mem()], () => ['SREM', key(), mem()], () => ['SISMEMBER', key(), mem()], () => ['SCARD', key()],
  () => ['SMISMEMBER', key(), mem(), mem()], () => ['SMOVE', key(), key(), mem()],
  () => ({ cmd: ['SMEMBERS', key()], unordered: true }), () => ({ cmd: ['SINTER', key(), key()], unordered: true }),
  () => ({ cmd: ['SUNION', key(), key()], unordered: true }), () => ({ cmd: ['SDIFF', key(), key()], unordered: true }),
  () => ['SINTERSTORE', key(), key(), key()], () => ['SUNIONSTORE', key(), key(), key()],
  () => ['ZADD', key(), num(), mem()], () => ['ZADD', key(), pick(['NX', 'XX', 'GT', 'LT', 'CH']), num(), mem(), num(), mem()],
  () => ['ZINCRBY', key(), num(), mem()], () => ['ZSCORE', key(), mem()], () => ['ZREM', key(), mem()], () => ['ZCARD', key()],
  () => ['ZRANK', key(), mem()], () => ['ZREVRANK', key(), mem()], () => ['ZRANGE', key(), idx(), idx(), 'WITHSCORES'],
  () => ['ZRANGEBYSCORE', key(), score(), score()], () => ['ZREVRANGEBYSCORE', key(), score(), score(), 'WITHSCORES'],
  () => ['ZRANGEBYLEX', key(), lex(), lex()], () => ['ZCOUNT', key(), score(), score()], () => ['ZLEXCOUNT', key(), lex(), lex()],
  () => ['ZREMRANGEBYSCORE', key(), score(), score()], () => ['ZREMRANGEBYRANK', key(), idx(), idx()], () => ['ZPOPMIN', key()],
  () => ['ZPOPMAX', key(), String(int(0, 3))], () => ['ZUNIONSTORE', key(), '2', key(), key()], () => ['ZINTERSTORE', key(), '2', key(), key(), 'AGGREGATE', pick(['SUM', 'MIN', 'MAX'])],
  () => ['ZMSCORE', key(), mem(), mem()], () => ['ZRANGE', key(), score(), score(), 'BYSCORE', 'LIMIT', String(int(-1, 2)), String(int(-1, 3))],
  () => ({ cmd: ['KEYS', pick(['*', 'k[12]', 'k?', '*3'])], unordered: true }), () => ['DBSIZE'],
  () => ['SETBIT', key(), String(int(0, 40)), pick(['0', '1'])], () => ['GETBIT', key(), String(int(0, 40))],
  () => ['BITCOUNT', key()], () => ['BITCOUNT', key(), idx(), idx(), pick(['BIT', 'BYTE'])], () => ['BITPOS', key(), pick(['0', '1'])],
  () => ['BITPOS', key(), pick(['0', '1']), idx(), idx(), pick(['BIT', 'BYTE'])], () => ['BITOP', pick(['AND', 'OR', 'XOR']), key(), key(), key()],
  () => ['SORT', key()], () => ['SORT', key(), 'ALPHA', pick(['ASC', 'DESC']), 'LIMIT', String(int(-1, 2)), String(int(-1, 3))],
  () => ['SORT', key(), 'ALPHA', 'STORE', key()],
  () => ['XADD', key(), `${int(0, 30)}-${pick(['0', '1', '*'])}`, mem(), mem()],
  () => ['XADD', key(), pick(['MAXLEN', 'MINID']), String(int(0, 20)), `${int(0, 30)}-${int(0, 3)}`, 'f', mem()],
  () => ['XLEN', key()], () => ['XRANGE', key(), pick(['-', '3', '(5-0', '10']), pick(['+', '20', '(25']), 'COUNT', String(int(-1, 3))],
  () => ['XREVRANGE', key(), '+', '-'], () => ['XDEL', key(), `${int(0, 30)}-0`, `${int(0, 30)}-1`],
  () => ['XTRIM', key(), 'MAXLEN', String(int(0, 5))], () => ['XREAD', 'COUNT', String(int(0, 3)), 'STREAMS', key(), key(), String(int(0, 20)), '$'],
  () => ['PFADD', key(), mem(), mem(), mem()], () => ['PFCOUNT', key()], () => ['PFCOUNT', key(), key()], () => ['PFMERGE', key(), key()],
  () => ['BITFIELD', key(), 'OVERFLOW', pick(['WRAP', 'SAT', 'FAIL']), 'INCRBY', pick(['i5', 'u4', 'i64', 'u63', 'i16']), pick(['0', '3', '#2', '17']), pick(['1', '-7', '100', '9223372036854775807', '-9223372036854775808']), 'GET', pick(['u8', 'i3']), pick(['0', '5'])],
  () => ['BITFIELD', key(), 'SET', pick(['i8', 'u7', 'i64']), pick(['0', '#1', '9']), pick(['-1', '200', '5'])],
  () => ['GEOADD', key(), (rnd() * 360 - 180).toFixed(5), (rnd() * 170 - 85).toFixed(5), mem()],
  () => ['GEORADIUS', key(), (rnd() * 360 - 180).toFixed(3), (rnd() * 170 - 85).toFixed(3), String(int(1, 20000)), 'km', 'WITHDIST', pick(['ASC', 'DESC', 'WITHCOORD'])],
  () => ['GEOSEARCH', key(), 'FROMLONLAT', (rnd() * 360 - 180).toFixed(3), (rnd() * 170 - 85).toFixed(3), 'BYBOX', String(int(1, 20000)), String(int(1, 20000)), 'km', 'WITHHASH'],
  () => ['GEODIST', key(), mem(), mem(), pick(['m', 'km', 'mi'])], () => ['GEOPOS', key(), mem(), mem()], () => ['GEOHASH', key(), mem()],
  () => ['EXPIRE', key(), '1000'], () => ({ cmd: ['TTL', key()], approx: 1 }), () => ['PERSIST', key()],
];

const coord = () => [(rnd() * 360 - 180).toFixed(int(0, 6)), (rnd() * 170 - 85).toFixed(int(0, 6))];
const geoGens = [
  () => ['GEOADD', 'g', ...coord(), mem(), ...coord(), `p${int(0, 40)}`],
  () => ['GEOADD', 'g', ...coord(), `p${int(0, 40)}`, ...coord(), `p${int(0, 40)}`, ...coord(), `p${int(0, 40)}`],
  () => ['GEORADIUS', 'g', ...coord(), String(rnd() < 0.5 ? int(1, 3000) : int(1, 20000)), pick(['km', 'mi', 'm']), 'WITHDIST', pick(['ASC', 'DESC', 'WITHCOORD', 'WITHHASH'])],
  () => ['GEORADIUS', 'g', ...coord(), String(int(100, 20000)), 'km'],
  () => ['GEORADIUSBYMEMBER', 'g', `p${int(0, 40)}`, String(int(1, 5000)), 'km', 'WITHDIST'],
  () => ['GEOSEARCH', 'g', 'FROMLONLAT', ...coord(), 'BYBOX', String(int(1, 20000)), String(int(1, 20000)), 'km', 'WITHDIST'],
  () => ['GEOSEARCH', 'g', 'FROMMEMBER', `p${int(0, 40)}`, 'BYRADIUS', String(int(1, 8000)), 'km', 'COUNT', String(int(1, 5)), pick(['ASC', 'DESC'])],
  () => ['GEODIST', 'g', `p${int(0, 40)}`, `p${int(0, 40)}`, pick(['m', 'km', 'mi', 'ft'])],
  () => ['GEOPOS', 'g', `p${int(0, 40)}`, mem()], () => ['GEOHASH', 'g', `p${int(0, 40)}`],
];
const sid = () => `${int(0, 30)}-${int(0, 2)}`;
const grp = () => pick(['g1', 'g2', 'nog']);
const cons = () => pick(['c1', 'c2', 'c3']);
const streamGens = [
  () => ['XADD', 's', `${int(0, 30)}-${pick(['0', '1', '*'])}`, 'f', mem()],
  () => ['XADD', 's', pick(['MAXLEN', 'MINID']), String(int(0, 25)), sid(), 'f', mem()],
  () => ['XGROUP', 'CREATE', 's', grp(), pick(['0', '$', sid()]), pick(['MKSTREAM', 'ENTRIESREAD'])].slice(0, rnd() < 0.5 ? 5 : 6).concat(rnd() < 0.2 ? ['3'] : []),
  () => ['XGROUP', pick(['DESTROY', 'CREATECONSUMER', 'DELCONSUMER', 'SETID']), 's', grp(), cons()],
  () => ['XREADGROUP', 'GROUP', grp(), cons(), 'COUNT', String(int(0, 3)), 'STREAMS', 's', pick(['>', '>', '0', sid()])],
  () => ['XREADGROUP', 'GROUP', grp(), cons(), 'NOACK', 'STREAMS', 's', '>'],
  () => ['XACK', 's', grp(), sid(), sid()],
  () => ['XPENDING', 's', grp()],
  () => ['XCLAIM', 's', grp(), cons(), '0', sid(), sid(), pick(['JUSTID', 'FORCE', 'RETRYCOUNT', 'LASTID']), sid().split('-')[0] ?? '0'],
  () => ['XAUTOCLAIM', 's', grp(), cons(), '0', pick(['0', sid(), '(5-0']), 'COUNT', String(int(1, 4)), pick(['JUSTID', 'COUNT'])].slice(0, 8),
  () => ['XDEL', 's', sid()], () => ['XTRIM', 's', 'MAXLEN', String(int(0, 10))], () => ['XRANGE', 's', '-', '+'], () => ['XLEN', 's'],
];
const orderFree = new Set(['HGETALL', 'HKEYS', 'HVALS', 'SMEMBERS', 'SINTER', 'SUNION', 'SDIFF', 'KEYS']);
const cases = [];
for (let c = 0; c < nCases; c++) {
  const commands = [];
  for (let i = 0; i < perCase; i++) {
    let cmd = pick(geo ? geoGens : streams ? streamGens : gens)();
    if (big && Array.isArray(cmd) && orderFree.has(cmd[0])) cmd = { cmd, unordered: true };
    // SORT ... BY-less on a hashtable set is ordered by value anyway; SORT output is deterministic.
    commands.push(cmd);
  }
  cases.push({ name: `${streams ? 'random-streams' : geo ? 'random-geo' : big ? 'random-big' : 'random'}-${c}`, commands });
}
const header = `# GENERATED by test/redis/tools/gen-random-fixture.mjs (seed, ${nCases} cases x ${perCase} commands).\n# Regenerate instead of editing.\n`;
const doc = new Document({ cases });
// one command per line: argv arrays in flow style
visit(doc, { Seq(_, node, path) { if (path.length > 5) node.flow = true; } });
const file = streams ? 'random-streams.yaml' : geo ? 'random-geo.yaml' : big ? 'random-big.yaml' : 'random-ops.yaml';
writeFileSync(new URL(`../fixtures/${file}`, import.meta.url), header + String(doc));
console.log(`${nCases} cases written`);
