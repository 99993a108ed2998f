// A failed FUNCTION LOAD leaves the function registry unchanged (issue: fuzzing, item 2):
// random sequences of library loads — valid ones, ones that fail to compile, fail while
// registering after having registered some functions, clash with existing functions, or
// replace a library — never leave a partial library behind.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRedis } from '../src/redis/index.js';
import { toPlain } from '../src/redis/reply.js';
import { fuzzParams, propertyTimeout } from './support/options.js';
import type { Redis } from '../src/redis/index.js';

/**
 * The registry's content: FUNCTION LIST WITHCODE with libraries (and their functions) in
 * name order. Redis lists libraries in the order of a randomly seeded hash table, so only
 * the content is comparable, not the listing order.
 */
async function registry(redis: Redis): Promise<string[]> {
  const plain = toPlain(await redis.call('FUNCTION', 'LIST', 'WITHCODE'));
  return (Array.isArray(plain) ? plain : [plain]).map((lib) => JSON.stringify(lib)).sort();
}

const lib = fc.constantFrom('la', 'lb', 'lc');
const fn = fc.constantFrom('f1', 'f2', 'f3', 'F1');
const reg = (f: string): string => `redis.register_function('${f}', function(keys, args) return '${f}' end)`;
const source = fc.oneof(
  fc.tuple(lib, fc.uniqueArray(fn, { minLength: 1, maxLength: 3 })).map(([l, fs]) => `#!lua name=${l}\n${fs.map(reg).join('\n')}`),
  fc.tuple(lib, fn).map(([l, f]) => `#!lua name=${l}\n${reg(f)}\nerror('fails after registering')`),
  fc.tuple(lib, fn).map(([l, f]) => `#!lua name=${l}\n${reg(f)}\nlocal x = = 1`),
  fc.tuple(lib, fn).map(([l, f]) => `#!lua name=${l}\n${reg(f)}\n${reg(f)}`),
  fc.tuple(lib, fn).map(([l, f]) => `#!lua name=${l}\n${reg(f)}\nredis.register_function('bad', 42)`),
  lib.map((l) => `#!lua name=${l}\nlocal y = 1`),
);
const load = fc.tuple(fc.boolean(), source);

describe('FUNCTION LOAD is all-or-nothing', () => {
  it('after a failed load, FUNCTION LIST WITHCODE is exactly what it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(load, { minLength: 1, maxLength: 12 }), async (loads) => {
        const redis = createRedis();
        try {
          for (const [replace, src] of loads) {
            const before = await registry(redis);
            const r = await redis.call('FUNCTION', 'LOAD', ...(replace ? ['REPLACE'] : []), src);
            if (r.type === 'error') expect(await registry(redis)).toEqual(before);
          }
        } finally {
          redis.close();
        }
      }),
      fuzzParams(150),
    );
  }, propertyTimeout(60_000));
});
