// Base-library functions lua5.1 has and src/stdlib/base.ts does not (yet): loadfile.
import { readFileSync } from 'node:fs';
import type { LuaState } from '../vm/state.js';
import type { LuaFunction } from '../vm/function.js';
import { loadChunk } from './base.js';
import { osError } from './oserr.js';

/**
 * luaL_loadfile (lauxlib.c 5.1.5): "@name" chunks, a first line starting with '#' skipped
 * (its newline kept), errors "cannot open <name>: <strerror>" / "cannot read <name>: ...".
 */
export function loadFileChunk(L: LuaState, fname: string | undefined): [LuaFunction | undefined, string] {
  let data: string;
  const chunkName = fname === undefined ? '=stdin' : '@' + fname;
  try {
    data = readFileSync(fname === undefined ? 0 : fname).toString('latin1');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const what = code === 'EISDIR' ? 'read' : 'open';
    return [undefined, `cannot ${what} ${fname ?? 'stdin'}: ${osError(e)[1]}`];
  }
  if (data.charCodeAt(0) === 35) {
    const nl = data.indexOf('\n');
    data = nl < 0 ? '' : data.slice(nl);
  }
  return loadChunk(L, data, chunkName);
}

export function openBaseExtra(L: LuaState): void {
  const G = L.globals;
  if (G.get('loadfile') === undefined) {
    G.set('loadfile', L.newNative('loadfile', (L2) => {
      const fname = L2.arg(1) === undefined ? undefined : L2.checkString(1);
      const r = loadFileChunk(L2, fname);
      if (r[0] !== undefined) {
        L2.push(r[0]);
        return 1;
      }
      L2.push(undefined);
      L2.push(r[1]);
      return 2;
    }));
  }
}
