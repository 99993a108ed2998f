/**
 * Differential test: every fixture case (see harness.ts) against a real redis-server 7.0 and
 * against createRedis() in-process; typed replies must be equal. Skipped when redis-server is
 * not installed. Set REDLUA_DIFF_REPORT=path to write the mismatches as JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from '../../src/redis/client.js';
import { toPlain, type Reply } from '../../src/redis/reply.js';
import { startRedisServer, type RunningRedis } from '../../src/conformance/reference-redis.js';
import { connectInProcess, createRedis, type Redis } from '../../src/redis/index.js';
import { loadCases, runCase, type Connection } from './harness.js';

function haveRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const cases = loadCases();

/**
 * Cases known to differ, with the reason (see src/redis/README.md, scripting divergences).
 * They run as `it.fails`: when one starts agreeing, the suite says so.
 */
const KNOWN_DIVERGENCES: Record<string, string> = {};
const results: Array<{ id: string; ok: boolean; expected: unknown; actual: unknown }> = [];

describe.skipIf(!haveRedis())('scripting differential vs redis-server 7.0 (skipped without redis-server)', () => {
  let ref: RunningRedis;
  let ours: Redis;
  beforeAll(async () => {
    ref = await startRedisServer();
    ours = createRedis();
  }, 30_000);
  afterAll(async () => {
    await ref?.stop();
    ours?.close();
    const pass = results.filter((r) => r.ok).length;
    console.log(`scripting differential: ${pass}/${results.length} cases agree with redis-server ${ref?.version ?? ''}`);
    const path = process.env['REDLUA_DIFF_REPORT'];
    if (path) writeFileSync(path, JSON.stringify(results.filter((r) => !r.ok), null, 1));
  });

  for (const c of cases) {
    const known = KNOWN_DIVERGENCES[c.id];
    (known === undefined ? it : it.fails)(known === undefined ? c.id : `${c.id} [known: ${known}]`, async () => {
      const rc = await connect(ref.host, ref.port);
      const refConn: Connection = { call: (argv) => rc.call(argv) };
      let expected: Reply[];
      try {
        expected = await runCase(refConn, c);
      } finally {
        rc.close();
      }
      const conn = connectInProcess(ours);
      let actual: Reply[];
      try {
        actual = await runCase(conn, c);
      } finally {
        conn.close();
      }
      const skip = (r: Reply, i: number): unknown => (c.ignore?.includes(i) ? '<not compared>' : toPlain(r));
      const e = expected.map(skip);
      const a = actual.map(skip);
      const ok = JSON.stringify(e) === JSON.stringify(a);
      results.push({ id: c.id, ok, expected: e, actual: a });
      expect(a).toEqual(e);
    });
  }
});
