// Test helper: run a Lua file (or source) on lua5.1 and on our engine with the stand-alone
// libraries, capturing stdout and the error text, for the differential tests.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createState, loadChunk, pcallHost, errorText, LuaError } from '../../vm/index.js';
import { openStandaloneLibs } from '../openlibs.js';
import { LuaExit } from '../os.js';

export interface Outcome {
  stdout: string;
  error: string | null;
}

export function haveLua51(): boolean {
  return spawnSync('lua5.1', ['-v']).status === 0;
}

/** lua5.1 <file> in the file's folder; the error text is what follows "lua5.1: " (first line). */
export function runReference(file: string): Outcome {
  const r = spawnSync('lua5.1', [basename(file)], { cwd: dirname(file), encoding: 'latin1', timeout: 60_000, env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } });
  let error: string | null = null;
  if (r.status !== 0 && r.stderr === '') {
    error = `exit ${r.status}`;
  } else if (r.status !== 0) {
    const s = r.stderr;
    error = s.startsWith('lua5.1: ') ? s.slice(8) : s;
    const tb = error.indexOf('\nstack traceback:');
    if (tb >= 0) error = error.slice(0, tb);
    error = error.replace(/\n$/, '');
  }
  return { stdout: r.stdout, error };
}

/** The same file on our engine (our compiler), in its folder, chunk name "@<basename>". */
export function runOurs(file: string): Outcome {
  const prev = process.cwd();
  process.chdir(dirname(file));
  let stdout = '';
  try {
    const L = createState();
    L.stdout = (s) => {
      stdout += s;
    };
    openStandaloneLibs(L);
    const argT = L.newTable();
    argT.set(-1, 'lua5.1');
    argT.set(0, basename(file));
    L.globals.set('arg', argT);
    let src = readFileSync(basename(file)).toString('latin1');
    if (src.startsWith('#')) src = src.slice(src.indexOf('\n'));
    let fn;
    try {
      fn = loadChunk(L, src, '@' + basename(file));
    } catch (e) {
      if (e instanceof LuaError) return { stdout, error: errorText(e.value) };
      throw e;
    }
    let r;
    try {
      // lua.c runs the script from a C function (pmain): tracebacks end with "[C]: ?"
      const pmain = L.newNative('pmain', (L2) => {
        const th = L2.th;
        const func = th.top;
        L2.push(fn);
        L2.callOnStack(func, 0);
        return 0;
      });
      r = pcallHost(L, pmain, []);
    } catch (e) {
      if (e instanceof LuaExit) return { stdout, error: e.code === 0 ? null : `exit ${e.code}` };
      throw e;
    }
    if (r.ok) return { stdout, error: null };
    return { stdout, error: errorText(r.error) };
  } finally {
    process.chdir(prev);
  }
}
