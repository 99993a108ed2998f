// Differential fuzzing of Redis scripting (issue: fuzzing, item 5): random scripts over a
// small random keyspace run on redlua's server and on a real redis-server 7.0; replies and
// the resulting keyspaces (walked with TYPE + contents, no DUMP) must be identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connect, type RespClient } from '../src/redis/client.js';
import { toPlain, type Reply } from '../src/redis/reply.js';
import { createRedis, type Redis } from '../src/redis/index.js';
import { startRedisServer, type RunningRedis } from '../src/conformance/reference-redis.js';
import { redisScript, setupCommands } from './gen/redis-script.js';
import { fuzzParams, LONG_MODE, propertyTimeout } from './support/options.js';

let real: RunningRedis;
let ours: Redis;
let realClient: RespClient;
let ourClient: RespClient;

beforeAll(async () => {
  real = await startRedisServer({ requireVersion70: true });
  ours = createRedis();
  const port = await ours.server.listen(0, '127.0.0.1');
  realClient = await connect(real.host, real.port);
  ourClient = await connect('127.0.0.1', port);
});
afterAll(async () => {
  await realClient?.close();
  await ourClient?.close();
  ours?.close();
  await real?.stop();
});

/** The keyspace as data: every key with its type and contents, in sorted key order. */
async function walk(c: RespClient): Promise<unknown> {
  const keys = await c.call(['KEYS', '*']);
  if (keys.type !== 'array') return toPlain(keys);
  const names = keys.value.map((k) => (k.type === 'bulk' ? k.value : '?')).sort();
  const out: unknown[] = [];
  for (const k of names) {
    const t = await c.call(['TYPE', k]);
    const type = t.type === 'status' ? t.value : '?';
    const read: Record<string, string[]> = {
      string: ['GET', k],
      hash: ['HGETALL', k],
      list: ['LRANGE', k, '0', '-1'],
      set: ['SMEMBERS', k],
      zset: ['ZRANGE', k, '0', '-1', 'WITHSCORES'],
    };
    const cmd = read[type];
    const v: Reply | null = cmd ? await c.call(cmd) : null;
    let plain = v ? toPlain(v) : null;
    if (Array.isArray(plain) && (type === 'set' || type === 'hash')) plain = [...plain].map((x) => JSON.stringify(x)).sort();
    out.push([k, type, plain]);
  }
  return out;
}

async function runOn(c: RespClient, setup: string[][], script: string): Promise<unknown> {
  await c.call(['FLUSHALL']);
  for (const cmd of setup) await c.call(cmd);
  const reply = await c.call(['EVAL', script, '0']);
  return { reply: toPlain(reply), keyspace: await walk(c) };
}

let executed = 0;

describe('differential fuzzing against redis-server 7.0', () => {
  it('random scripts give the same replies and leave the same keyspace', async () => {
    await fc.assert(
      fc.asyncProperty(setupCommands, redisScript, async (setup, script) => {
        executed++;
        const expected = await runOn(realClient, setup, script);
        const actual = await runOn(ourClient, setup, script);
        expect(actual).toEqual(expected);
      }),
      fuzzParams(LONG_MODE ? 0 : 150),
    );
    if (LONG_MODE) console.log(`differential scripts executed: ${executed}`);
  }, propertyTimeout(120_000));
});
