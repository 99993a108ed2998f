// Test helper: load a Lua fixture file into a state with our compiler, or through a luac5.1
// binary chunk when the compiler is not available.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename, dirname } from 'node:path';
import { loadChunk, type LuaState, type LuaClosure } from '../index.js';

export function loadFixture(L: LuaState, file: string): LuaClosure {
  const src = readFileSync(file).toString('latin1');
  try {
    return loadChunk(L, src, '@' + basename(file));
  } catch (e) {
    const dir = mkdtempSync(join(tmpdir(), 'redlua-vm-'));
    const out = join(dir, 'out.luac');
    const r = spawnSync('luac5.1', ['-o', out, basename(file)], { cwd: dirname(file) });
    if (r.status !== 0) throw e;
    return loadChunk(L, new Uint8Array(readFileSync(out)), '@' + basename(file));
  }
}
