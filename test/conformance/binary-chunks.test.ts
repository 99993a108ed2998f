// Binary chunks both ways (compiler issue, acceptance): for every recorded stand-alone Lua
// case, `luac5.1 -o x.luac case.lua && redlua run x.luac` and `redlua luac -o y.luac
// case.lua && lua5.1 y.luac` behave as the recorded `lua5.1 case.lua` (stdout, exit, error).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { discoverCaseFiles } from '../../src/conformance/discover.js';
import { loadCase, expectationPath, type LuaCase } from '../../src/conformance/case.js';
import { readExpectation, type LuaExpectation } from '../../src/conformance/expectation.js';
import { splitLuaStderr } from '../../src/conformance/lua-output.js';
import { requireBinary } from './cli-helpers.js';
import { readBaseline } from '../../src/conformance/baseline.js';
import { writeFileSync } from 'node:fs';
import { runMain } from '../../src/cli/run.js';
import { compile, skipShebang } from '../../src/compiler/index.js';
import { dumpProto } from '../../src/chunk/dump.js';

/** `redlua run <chunk>` in-process, in the case's folder. */
async function runOurs(chunk: string, cwd: string): Promise<{ stdout: string; exit: number; error: string | null }> {
  const o: string[] = [];
  const e: string[] = [];
  const exit = await runMain([chunk], { progName: 'redlua', cwd, stdout: (s) => void o.push(s), stderr: (s) => void e.push(s), readStdin: () => '' });
  return { stdout: o.join(''), exit, error: splitLuaStderr(e.join(''), 'redlua').error };
}

const out = mkdtempSync(join(tmpdir(), 'redlua-chunks-'));

/**
 * Recorded Lua cases that compile and run stand-alone (not Redis-only, not listing-only) and
 * that pass from source in the committed builtin baseline — the chunk path must not lose
 * what the source path does — except those that read the `arg` table: they print their own
 * script's name, which differs between x.lua and x.luac.
 */
function runnableCases(): { c: LuaCase; e: LuaExpectation }[] {
  const passing = new Set(readBaseline('builtin')?.passing ?? []);
  const list: { c: LuaCase; e: LuaExpectation }[] = [];
  for (const f of discoverCaseFiles(['lua'])) {
    const c = loadCase(f);
    if (!passing.has(c.id)) continue;
    if (c.kind !== 'lua' || c.flags.includes('redis') || c.flags.includes('no-run')) continue;
    if (/\barg\b/.test(c.source.replace(/^--\[(=*)\[[\s\S]*?\]\1\]/, ''))) continue;
    const e = readExpectation<LuaExpectation>(expectationPath(f));
    if (e === undefined || e.listing === null) continue;
    list.push({ c, e });
  }
  return list;
}

function run(cmd: string, args: string[], cwd: string): { stdout: string; exit: number | null; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'latin1', timeout: 60_000 });
  return { stdout: r.stdout, exit: r.status, stderr: r.stderr };
}

describe('binary chunks', () => {
  const cases = runnableCases();

  it('chunks made by luac5.1 run on redlua as the source runs on lua5.1', async () => {
    requireBinary('luac5.1');
    expect(cases.length).toBeGreaterThan(200);
    const bad: string[] = [];
    for (const { c, e } of cases) {
      const chunk = join(out, `${c.id.replace(/\//g, '_')}.luac`);
      const made = run('luac5.1', ['-o', chunk, basename(c.file)], dirname(c.file));
      expect(made.exit).toBe(0);
      const got = await runOurs(chunk, dirname(c.file));
      if (JSON.stringify(got) !== JSON.stringify({ stdout: e.stdout, exit: e.exit, error: e.error })) bad.push(c.id);
    }
    expect(bad).toEqual([]);
  }, 600_000);

  it('chunks made by redlua luac run on lua5.1 as the source does', () => {
    requireBinary('lua5.1');
    const bad: string[] = [];
    for (const { c, e } of cases) {
      const chunk = join(out, `${c.id.replace(/\//g, '_')}.ours.luac`);
      // what `redlua luac -o chunk case.lua` writes: the compiled file, unstripped
      writeFileSync(chunk, dumpProto(compile(skipShebang(c.source), '@' + basename(c.file)), false));
      const r = run('lua5.1', [chunk], dirname(c.file));
      const got = { stdout: r.stdout, exit: r.exit, error: splitLuaStderr(r.stderr, 'lua5.1').error };
      if (JSON.stringify(got) !== JSON.stringify({ stdout: e.stdout, exit: e.exit, error: e.error })) bad.push(c.id);
    }
    expect(bad).toEqual([]);
  }, 600_000);
});
