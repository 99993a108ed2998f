// A generator of random Redis scripts over a small keyspace: calls of data commands with
// generated arguments (often of the wrong type or arity, so that errors are exercised),
// redis.pcall of failing commands, and returns of generated Lua values that go through the
// Lua -> RESP conversion. Deterministic on a real server: no TIME, no random members, no
// TTL readings, no iteration over hash-table-encoded collections (Redis 7.0 keeps a set with a
// non-integer member in a hash table seeded at random per process, so SMEMBERS order is not
// reproducible; small hashes are listpacks, whose order is insertion order).
import fc from 'fast-check';

const key = fc.constantFrom('k1', 'k2', 'k3', 'h1', 'l1', 's1', 'z1');
const member = fc.oneof(fc.constantFrom('a', 'b', 'c', 'x y', ''), fc.integer({ min: -5, max: 100 }).map(String));
const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), fc.constantFrom('1.5', '-0.25', '3e2', 'abc', '', '9223372036854775807', '0x10', ' 1'));
const arg = fc.oneof(member, number);
const luaStr = (s: string): string => JSON.stringify(s);

type Call = string[];
const call: fc.Arbitrary<Call> = fc.oneof(
  fc.tuple(fc.constant('SET'), key, arg),
  fc.tuple(fc.constant('GET'), key),
  fc.tuple(fc.constantFrom('INCR', 'DECR', 'STRLEN', 'TYPE', 'EXISTS', 'DEL', 'LLEN', 'SCARD', 'ZCARD', 'HLEN', 'GETDEL'), key),
  fc.tuple(fc.constantFrom('INCRBY', 'DECRBY', 'INCRBYFLOAT', 'APPEND', 'SETNX', 'GETSET'), key, number),
  fc.tuple(fc.constant('GETRANGE'), key, fc.integer({ min: -5, max: 5 }).map(String), fc.integer({ min: -5, max: 5 }).map(String)),
  fc.tuple(fc.constant('HSET'), key, member, arg),
  fc.tuple(fc.constantFrom('HGET', 'HEXISTS', 'HDEL'), key, member),
  fc.tuple(fc.constant('HINCRBY'), key, member, number),
  fc.tuple(fc.constantFrom('HGETALL', 'HKEYS', 'HVALS'), key),
  fc.tuple(fc.constantFrom('LPUSH', 'RPUSH'), key, arg, arg),
  fc.tuple(fc.constantFrom('LPOP', 'RPOP'), key),
  fc.tuple(fc.constant('LRANGE'), key, fc.constantFrom('0', '1', '-2'), fc.constantFrom('-1', '2', '0')),
  fc.tuple(fc.constant('LINDEX'), key, fc.integer({ min: -3, max: 3 }).map(String)),
  fc.tuple(fc.constant('SADD'), key, member, member),
  fc.tuple(fc.constantFrom('SISMEMBER', 'SREM'), key, member),
  fc.tuple(fc.constant('ZADD'), key, number, member),
  fc.tuple(fc.constantFrom('ZSCORE', 'ZRANK', 'ZREM'), key, member),
  fc.tuple(fc.constant('ZINCRBY'), key, number, member),
  fc.tuple(fc.constant('ZRANGE'), key, fc.constantFrom('0', '-1', '1'), fc.constantFrom('-1', '0', '2'), fc.constantFrom('WITHSCORES', 'REV', 'BYSCORE', '')),
  fc.tuple(fc.constant('MGET'), key, key),
  fc.tuple(fc.constantFrom('GET', 'SET', 'HSET'), fc.constant('')),
  fc.tuple(fc.constantFrom('NOSUCHCMD', 'MULTI', 'BLPOP', 'SUBSCRIBE'), key, fc.constant('0')),
).map((parts) => parts.filter((p, i) => i < 2 || p !== ''));

const luaValue: fc.Arbitrary<string> = fc.letrec((tie) => ({
  v: fc.oneof(
    { weight: 4, arbitrary: fc.oneof(fc.integer({ min: -100, max: 100 }).map(String), fc.constantFrom('3.99', '-3.99', '1e20', '0/0', '1/0', '"str"', '""', '"\\0x"', 'true', 'false', 'nil')) },
    { weight: 1, arbitrary: fc.array(tie('v'), { maxLength: 4 }).map((vs) => `{${vs.join(', ')}}`) },
    { weight: 1, arbitrary: fc.constantFrom('{ok="fine"}', '{err="bad thing"}', '{err="-X custom"}', '{ok=1}', '{err=5}', 'redis.status_reply("S")', 'redis.error_reply("E e")', '{1, nil, 3}', '{foo="bar"}') },
  ),
})).v;

const statement: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: call.map((c) => `r[#r+1] = redis.pcall(${c.map(luaStr).join(', ')})`) },
  { weight: 1, arbitrary: call.map((c) => `local ok, e = pcall(redis.call, ${c.map(luaStr).join(', ')}) r[#r+1] = ok and "ok" or (type(e) == "table" and e.err or tostring(e))`) },
  { weight: 1, arbitrary: luaValue.map((v) => `r[#r+1] = ${v}`) },
);

/** A script body: statements collecting into `r`, then a return of `r` or of a generated value. */
export const redisScript: fc.Arbitrary<string> = fc
  .tuple(fc.array(statement, { minLength: 1, maxLength: 8 }), fc.oneof(fc.constant('r'), luaValue))
  .map(([stmts, ret]) => `local r = {}\n${stmts.join('\n')}\nreturn ${ret}\n`);

/** Commands that build a small starting keyspace. */
export const setupCommands: fc.Arbitrary<string[][]> = fc.array(call.filter((c) => ['SET', 'HSET', 'RPUSH', 'SADD', 'ZADD', 'LPUSH', 'INCRBY'].includes(c[0]!)), { maxLength: 6 });
