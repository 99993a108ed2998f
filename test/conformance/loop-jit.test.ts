// The loop compiler (src/vm/jit) against the corpus: with REDLUA_JIT=eager every loop is
// compiled at its first backward jump, so each case that loops (Lua programs and Redis
// scripts alike) runs its loops compiled and must still pass as recorded from lua5.1 /
// redis-server.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './cli-helpers.js';

describe('the corpus with every loop compiled (REDLUA_JIT=eager)', () => {
  it('passes every case', () => {
    const out = mkdtempSync(join(tmpdir(), 'redlua-jit-'));
    // run from a scratch folder: the reports land there, the path resolves against conformance/
    const r = spawnSync(process.execPath, [CLI, 'conformance', 'run', '--target', 'builtin', '--quiet'], {
      cwd: out, encoding: 'utf8', timeout: 300_000, env: { ...process.env, REDLUA_JIT: 'eager' },
    });
    const m = /builtin \(redlua [^)]*\): (\d+) passed, 0 failed, 0 errors, 0 timeouts/.exec(r.stdout);
    expect(m?.[0]).toBeDefined();
    expect(Number(m?.[1])).toBeGreaterThan(2000); // the whole corpus ran
    expect(r.status).toBe(0);
  }, 300_000);
});
