// Runs one Lua program on the reference (lua5.1 / luac5.1) and on redlua, returning the
// compared fields. Programs are written as `prog.lua` in a fresh folder so chunk names and
// thus error prefixes ("prog.lua:12:") are the same on both sides.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../../src/cli/run.js';
import { compile, skipShebang } from '../../src/compiler/index.js';
import { formatListing } from '../../src/chunk/listing.js';
import { splitLuaStderr, normaliseListing } from '../../src/conformance/lua-output.js';

export interface ProgramOutcome {
  stdout: string;
  exit: number;
  error: string | null;
}

const dir = mkdtempSync(join(tmpdir(), 'redlua-fuzz-'));
const FILE = 'prog.lua';

function place(source: string): void {
  writeFileSync(join(dir, FILE), Buffer.from(source, 'latin1'));
}

export function requireReference(bin: string): void {
  const r = spawnSync(bin, ['-v']);
  if (r.error) throw new Error(`${bin} is required for the differential fuzz tests (apt-get install -y lua5.1)`);
}

export function runReference(source: string): ProgramOutcome {
  place(source);
  const r = spawnSync('lua5.1', [FILE], { cwd: dir, encoding: 'latin1', timeout: 20_000 });
  if (r.error || r.status === null) throw new Error(`lua5.1 did not finish: ${String(r.error ?? r.signal)}`);
  return { stdout: r.stdout, exit: r.status, error: splitLuaStderr(r.stderr, 'lua5.1').error };
}

export async function runBuiltin(source: string): Promise<ProgramOutcome> {
  place(source);
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runMain([FILE], { progName: 'redlua', cwd: dir, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: () => '' });
  return { stdout: out.join(''), exit, error: splitLuaStderr(err.join(''), 'redlua').error };
}

/** luac5.1 -l -l -p of the program, or its syntax error text. */
export function referenceListing(source: string, chunkFile = FILE): { listing: string | null; error: string | null } {
  place(source);
  const r = spawnSync('luac5.1', ['-l', '-l', '-p', chunkFile], { cwd: dir, encoding: 'latin1', timeout: 20_000 });
  if (r.status === 0) return { listing: normaliseListing(r.stdout), error: null };
  return { listing: null, error: splitLuaStderr(r.stderr, 'luac5.1').error };
}

export function builtinListing(source: string): { listing: string | null; error: string | null } {
  try {
    return { listing: formatListing(compile(skipShebang(source), '@' + FILE), true), error: null };
  } catch (e) {
    if (e instanceof Error && e.name === 'LuaSyntaxError') return { listing: null, error: e.message };
    throw e;
  }
}
