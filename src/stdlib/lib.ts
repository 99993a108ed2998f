// Helpers shared by the standard libraries: luaL_register (luaI_openlib of lauxlib.c 5.1.5) with
// the same table sizes and insertion order as C (so `pairs` over a library, over _G and over
// package.loaded iterates as lua5.1 does), raw writes that honour Redis's read-only tables, and
// a light call-with-one-result used in hot loops (sort comparators, gsub callbacks).
import { LuaTable } from '../vm/table.js';
import type { LuaState } from '../vm/state.js';
import type { NativeFn } from '../vm/function.js';
import type { LuaValue } from '../vm/value.js';

/** A library's functions in the order of its luaL_Reg array. */
export type LibFuncs = readonly (readonly [string, NativeFn])[];

/** luaL_findtable(L, LUA_REGISTRYINDEX, "_LOADED", hint): the registry's _LOADED table. */
export function loadedTable(L: LuaState, hint = 1): LuaTable {
  const v = L.registry.get('_LOADED');
  if (v instanceof LuaTable) return v;
  const t = L.newTable(0, hint);
  L.registry.set('_LOADED', t);
  return t;
}

/**
 * luaL_register(L, libname, funcs): reuse _LOADED[libname] or the global of that name, else
 * create the table with room for every function (lua_createtable(L, 0, size)), set it as the
 * global and in _LOADED, then set the functions in order.
 */
export function registerLib(L: LuaState, libname: string, funcs: LibFuncs): LuaTable {
  const loaded = loadedTable(L, 1);
  let lib = loaded.get(libname);
  if (!(lib instanceof LuaTable)) {
    const g = L.globals.get(libname);
    if (g === undefined) {
      lib = L.newTable(0, funcs.length);
      L.globals.set(libname, lib);
    } else if (g instanceof LuaTable) {
      lib = g;
    } else {
      L.error(`name conflict for module '${libname}'`);
    }
    loaded.set(libname, lib);
  }
  const t = lib as LuaTable;
  for (const [name, fn] of funcs) t.set(name, L.newNative(name, fn));
  return t;
}

/** lua_rawseti / lua_rawset from a native: Redis's read-only check, then the raw write. */
export function rawSetFromNative(L: LuaState, t: LuaTable, k: LuaValue, v: LuaValue): void {
  if ((t as unknown as { readonly?: boolean }).readonly === true) L.runError('Attempt to modify a readonly table');
  t.set(k, v);
}

/**
 * Call fn(a, b) from a native and return its first result (lua_call(L, 2, 1)) without
 * allocating an argument or result array.
 */
export function call2(L: LuaState, fn: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
  const th = L.th;
  const func = th.top;
  th.ensureStack(func + 3 + 20);
  const stack = th.stack;
  stack[func] = fn;
  stack[func + 1] = a;
  stack[func + 2] = b;
  th.top = func + 3;
  L.callOnStack(func, 1);
  const r = th.stack[func];
  th.top = func;
  return r;
}

/** Call fn(args...) from a native and return its first result. */
export function callN1(L: LuaState, fn: LuaValue, args: readonly LuaValue[]): LuaValue {
  const th = L.th;
  const func = th.top;
  const n = args.length;
  th.ensureStack(func + n + 1 + 20);
  const stack = th.stack;
  stack[func] = fn;
  for (let i = 0; i < n; i++) stack[func + 1 + i] = args[i];
  th.top = func + 1 + n;
  L.callOnStack(func, 1);
  const r = th.stack[func];
  th.top = func;
  return r;
}

