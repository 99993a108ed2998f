// The libraries Redis bundles (cjson, cmsgpack, bit, struct) against the real redis-server
// 7.0: every fixture under fixtures/{cjson,cmsgpack,bitstruct} returns a list of strings
// (values, encodings, error texts); the engine must return the same list as EVAL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startRedisServer, type RunningRedis } from '../conformance/reference-redis.js';
import { evalStringsOnEngine, evalStringsOnRedis } from '../../test/support/redis-eval.js';
import { openString } from './string.js';
import { openTable } from './table.js';
import { openMath } from './math.js';
import { openCjson } from './cjson.js';
import { openCmsgpack } from './cmsgpack.js';
import { openBit } from './bit.js';
import { openStruct } from './struct.js';

const LIBS = [openString, openTable, openMath, openCjson, openCmsgpack, openBit, openStruct];

describe('Redis-bundled libraries against redis-server 7.0', () => {
  let server: RunningRedis;
  beforeAll(async () => {
    // no skip: without redis-server 7.0 this fails with startRedisServer's message
    server = await startRedisServer({ requireVersion70: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const lib of ['cjson', 'cmsgpack', 'bitstruct']) {
    const dir = fileURLToPath(new URL(`./fixtures/${lib}/`, import.meta.url));
    const fixtures = readdirSync(dir).filter((f) => f.endsWith('.lua')).sort();

    it(`${lib} has fixtures`, () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(1);
    });

    for (const f of fixtures) {
      it(`${lib}/${f}`, async () => {
        const file = join(dir, f);
        const expected = await evalStringsOnRedis(server, file);
        expect(expected.length).toBeGreaterThan(10);
        expect(evalStringsOnEngine(file, LIBS)).toEqual(expected);
      });
    }
  }
});
