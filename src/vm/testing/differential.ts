// Differential runs: a Lua file on the reference lua5.1 and on our VM (from a luac5.1 binary
// chunk of the same file, or from our compiler), compared on stdout, exit status and the error
// text after "<prog>: ".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename, dirname } from 'node:path';
import { runMain } from '../../cli/run.js';

export interface Outcome {
  stdout: string;
  exit: number;
  error: string | null;
}

export function haveLua51(): boolean {
  return spawnSync('lua5.1', ['-v']).status === 0 && spawnSync('luac5.1', ['-v']).status === 0;
}

function errorOf(stderr: string, prog: string): string | null {
  if (stderr === '') return null;
  return stderr.startsWith(prog + ': ') ? stderr.slice(prog.length + 2) : stderr;
}

/** Run `lua5.1 name` in the file's folder. */
export function runReference(file: string): Outcome {
  const r = spawnSync('lua5.1', [basename(file)], { cwd: dirname(file), encoding: 'latin1', timeout: 60_000 });
  return { stdout: r.stdout, exit: r.status ?? -1, error: errorOf(r.stderr, 'lua5.1') };
}

/** Compile with luac5.1 (chunk name "@name" as lua5.1 would use) and run on our VM. */
export async function runOursFromLuac(file: string): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'redlua-vm-'));
  const out = join(dir, basename(file) + 'c');
  const c = spawnSync('luac5.1', ['-o', out, basename(file)], { cwd: dirname(file), encoding: 'latin1' });
  if (c.status !== 0) {
    // a syntax error: report as lua5.1 would (luac's message after "luac5.1: ")
    return { stdout: '', exit: 1, error: errorOf(c.stderr, 'luac5.1') };
  }
  return runOursOn(out, dirname(file));
}

/** Run a file (source or binary chunk) on our VM with cwd-relative naming like lua5.1. */
export async function runOursOn(path: string, cwd: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const prevCwd = process.cwd();
  process.chdir(cwd);
  try {
    const exit = await runMain([path], {
      progName: 'lua5.1',
      stdout: (s) => { stdout += s; },
      stderr: (s) => { stderr += s; },
    });
    return { stdout, exit, error: errorOf(stderr, 'lua5.1') };
  } finally {
    process.chdir(prevCwd);
  }
}

export function readFixture(file: string): string {
  return readFileSync(file, 'latin1');
}
