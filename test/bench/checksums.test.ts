// The benchmark programs are deterministic: each prints a checksum line. This test checks,
// at the small test scale, that lua5.1 still prints what bench/record-checksums.mjs recorded
// in bench/checksums.yaml, and - when the built-in engine is built - that it prints the same.
// No timing assertions here: timings live in `npm run bench`.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const BENCH = join(ROOT, 'bench');

interface Checksums {
  test_scale: string;
  programs: Record<string, { full: string; test: string }>;
  micro: Record<string, { full: string }>;
}
const checksums = YAML.parse(readFileSync(join(BENCH, 'checksums.yaml'), 'utf8')) as Checksums;
const programs = readdirSync(join(BENCH, 'lua')).filter((f) => f.endsWith('.lua')).map((f) => basename(f, '.lua')).sort();
const micro = readdirSync(join(BENCH, 'micro')).filter((f) => f.endsWith('.lua')).map((f) => basename(f, '.lua')).sort();
const hasLua = spawnSync('sh', ['-c', 'command -v lua5.1']).status === 0;

/** Runs jobs at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

describe('bench checksums', () => {
  it('every program and micro case has a recorded checksum', () => {
    for (const p of programs) {
      expect(checksums.programs[p]?.test, p).toBeTypeOf('string');
      expect(checksums.programs[p]?.full, p).toBeTypeOf('string');
    }
    for (const m of micro) expect(checksums.micro[m]?.full, m).toBeTypeOf('string');
  });

  it.skipIf(!hasLua)('lua5.1 prints the recorded checksums', async () => {
    const jobs = [
      ...programs.map((p) => ({ id: p, file: join(BENCH, 'lua', `${p}.lua`), scale: checksums.test_scale, want: checksums.programs[p]!.test })),
      ...micro.map((m) => ({ id: `micro/${m}`, file: join(BENCH, 'micro', `${m}.lua`), scale: '1', want: checksums.micro[m]!.full })),
    ];
    const got = await pool(jobs, 2, async (j) => (await run('lua5.1', [j.file, j.scale])).stdout.replace(/\n$/, ''));
    jobs.forEach((j, i) => expect(got[i], j.id).toBe(j.want));
  });

  // The built-in engine runs each program in its own node child (bench/engines/child.mjs),
  // exactly as `npm run bench` does, with the same `arg` protocol.
  it('the built-in engine prints the same checksums (when built)', async (ctx) => {
    const child = join(BENCH, 'engines', 'child.mjs');
    const probe = spawnSync(process.execPath, [child, 'builtin', join(BENCH, 'lua', 'fib.lua'), '0', '--idle'], { encoding: 'utf8' });
    const marker = /^@@BENCH (.*)$/m.exec(probe.stderr ?? '');
    const status = marker ? (JSON.parse(marker[1]!) as { unavailable?: string }) : { unavailable: probe.stderr };
    if (status.unavailable || !existsSync(join(ROOT, 'dist'))) {
      ctx.skip(`builtin unavailable: ${status.unavailable ?? 'no dist/'}`);
      return;
    }
    // Until the string/table/math libraries land, the engine cannot run any benchmark program.
    const first = spawnSync(process.execPath, [child, 'builtin', join(BENCH, 'lua', 'fib.lua'), checksums.test_scale], { encoding: 'utf8', timeout: 60_000 });
    const missingLib = /attempt to index global '(string|table|math)'/.exec(first.stderr ?? '');
    if (missingLib) {
      ctx.skip(`builtin lacks the ${missingLib[1]} library`);
      return;
    }
    const jobs = [
      ...programs.map((p) => ({ id: p, file: join(BENCH, 'lua', `${p}.lua`), scale: checksums.test_scale, want: checksums.programs[p]!.test })),
      ...micro.map((m) => ({ id: `micro/${m}`, file: join(BENCH, 'micro', `${m}.lua`), scale: '1', want: checksums.micro[m]!.full })),
    ];
    const results = await pool(jobs, 2, async (j) => {
      try {
        const r = await run(process.execPath, [child, 'builtin', j.file, j.scale], { timeout: 60_000 });
        return r.stdout.replace(/\n$/, '');
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        return `FAILED ${err.stdout ?? ''}${/"error":"([^"]*)"/.exec(err.stderr ?? '')?.[1] ?? err.stderr ?? ''}`;
      }
    });
    const mismatches = jobs.filter((j, i) => results[i] !== j.want)
      .map((j) => `${j.id}: got ${JSON.stringify(results[jobs.indexOf(j)])}, want ${JSON.stringify(j.want)}`);
    expect(mismatches).toEqual([]);
  });
});
