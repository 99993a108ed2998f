// The coroutine library of Lua 5.1.5 (lbaselib.c): resume, yield and the wrap functions are
// VM-level natives (ldo.ts) so that switching coroutines never grows the JS stack.
import { LuaClosure, NativeFunction, Special } from '../vm/function.js';
import { LuaThread, CI_BASE, CoStatus } from '../vm/thread.js';
import { coStatus } from '../vm/ldo.js';
import type { LuaState } from '../vm/state.js';
import type { LuaTable } from '../vm/table.js';
import { loadedTable } from './lib.js';

/** lua_newthread + moving the body function onto the new stack. */
export function newCoroutine(L: LuaState, fn: LuaClosure): LuaThread {
  const co = new LuaThread(L.th.env);
  L.heap.register(co);
  const ci = co.cis[0]!;
  ci.kind = CI_BASE;
  ci.func = 0;
  ci.base = 1;
  ci.top = 1 + 20;
  co.stack[0] = fn;
  co.top = 1;
  co.status = CoStatus.SUSPENDED;
  return co;
}

export function openCoroutine(L: LuaState): LuaTable {
  // luaL_register(L, "coroutine", co_funcs): a table sized for its 6 functions, set as the
  // global and in _LOADED, then the functions in co_funcs order
  const lib = L.newTable(0, 6);
  L.globals.set('coroutine', lib);
  loadedTable(L, 1).set('coroutine', lib);
  const made = new Map<string, NativeFunction>();
  const reg = (name: string, fn: (L: LuaState, n: number) => number): NativeFunction => {
    const f = L.newNative(name, fn);
    made.set(name, f);
    return f;
  };
  const create = (L: LuaState): LuaThread => {
    const f = L.arg(1);
    if (!(f instanceof LuaClosure)) L.argError(1, 'Lua function expected');
    return newCoroutine(L, f);
  };
  reg('create', (L) => {
    L.push(create(L));
    return 1;
  });
  reg('resume', () => 0).special = Special.RESUME;
  reg('yield', () => 0).special = Special.YIELD;
  reg('status', (L) => {
    const co = L.arg(1);
    if (!(co instanceof LuaThread)) return L.argError(1, 'coroutine expected');
    L.push(coStatus(L, co));
    return 1;
  });
  reg('running', (L) => {
    L.push(L.th === L.main ? undefined : L.th);
    return 1;
  });
  reg('wrap', (L) => {
    const co = create(L);
    const w = L.newNative('wrap', () => 0, [co]);
    w.special = Special.WRAP;
    L.push(w);
    return 1;
  });
  for (const name of ['create', 'resume', 'running', 'status', 'wrap', 'yield']) lib.set(name, made.get(name));
  return lib;
}
