import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startRedisServer, type RunningRedis } from '../conformance/reference-redis.js';
import { evalStringsOnEngine, evalStringsOnRedis } from '../../test/support/redis-eval.js';
import { openBit } from './bit.js';
import { openStruct } from './struct.js';
import { openString } from './string.js';

const fixture = fileURLToPath(new URL('./fixtures/redis-libs/bit-struct.lua', import.meta.url));

describe('bit and struct against redis-server 7.0', () => {
  let server: RunningRedis;
  beforeAll(async () => {
    server = await startRedisServer({ requireVersion70: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('every value and error text of the fixture equals what Redis returns', async () => {
    const expected = await evalStringsOnRedis(server, fixture);
    expect(expected.length).toBeGreaterThan(60);
    expect(evalStringsOnEngine(fixture, [openString, openBit, openStruct])).toEqual(expected);
  });
});
