/**
 * The libraries Redis opens (script_lua.c luaLoadLibraries): base, table, string, math, debug
 * (only to build the error handler), cjson, struct, cmsgpack, bit. They are written by the
 * stdlib stream; each is opened when its module exists (probed once at start), so that a
 * missing one leaves a hole instead of breaking the build. `missingLibraries` lists the holes.
 */
import { openBase } from '../../stdlib/base.js';
import { openCoroutine } from '../../stdlib/coroutine.js';
import type { LuaState } from './lua-host.js';

type Opener = (L: LuaState) => unknown;

/** Library names in Redis's load order, after base (which includes coroutine). */
export const REDIS_LIBRARIES = ['table', 'string', 'math', 'debug', 'cjson', 'struct', 'cmsgpack', 'bit'] as const;

const openers = new Map<string, Opener>();

async function probe(name: string): Promise<void> {
  const cap = name[0]!.toUpperCase() + name.slice(1);
  const candidates = [`../../stdlib/${name}.js`, `../../stdlib/${name}/index.js`];
  for (const path of candidates) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(path)) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const exportName of [`open${cap}`, `open${name.toUpperCase()}`, `luaopen_${name}`, 'open']) {
      const f = mod[exportName];
      if (typeof f === 'function') {
        openers.set(name, f as Opener);
        return;
      }
    }
  }
}

await Promise.all(REDIS_LIBRARIES.map(probe));

export const missingLibraries: readonly string[] = REDIS_LIBRARIES.filter((n) => !openers.has(n));

/** Open base (with coroutine) and every library available, in Redis's order. */
export function openRedisLibraries(L: LuaState): void {
  openBase(L);
  openCoroutine(L);
  for (const name of REDIS_LIBRARIES) openers.get(name)?.(L);
}
