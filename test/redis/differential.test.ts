/**
 * Differential test: every fixture case under test/redis/fixtures/ runs on a
 * real redis-server 7.0 and on redlua's server (RESP2 and RESP3), replies
 * compared as typed replies. Skipped when /usr/bin/redis-server is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadFixtures, redisServerAvailable, runCase, startRealRedis, type RealRedis } from './harness.js';
import { startServer, type RunningServer } from '../../src/server/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const cases = loadFixtures(join(here, 'fixtures'));
const available = redisServerAvailable();

const configs = [...new Set(cases.map((c) => c.requirepass))];

describe.skipIf(!available).each(configs)('differential vs redis-server 7.0 (requirepass=%s; skipped without redis-server)', (requirepass) => {
  let real: RealRedis;
  let ours: RunningServer;
  beforeAll(async () => {
    real = await startRealRedis(requirepass !== undefined ? ['--requirepass', requirepass] : []);
    ours = await startServer({ port: 0, ...(requirepass !== undefined ? { requirepass } : {}) });
  });
  afterAll(async () => {
    await ours?.close();
    await real?.stop();
  });

  for (const fc of cases.filter((c) => c.requirepass === requirepass)) {
    for (const resp of fc.resp) {
      it(`${fc.file} › ${fc.name} (RESP${resp})`, async () => {
        const r = await runCase(fc, resp, real.port, ours.port);
        expect(r.diffs.join('\n')).toBe('');
      });
    }
  }
});
