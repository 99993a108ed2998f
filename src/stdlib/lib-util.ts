// Registering a library of natives: the global table and its functions, as luaL_register does.
import type { LuaState } from '../vm/state.js';
import type { LuaTable } from '../vm/table.js';
import type { NativeFn } from '../vm/function.js';

export function registerLib(L: LuaState, name: string, funcs: Record<string, NativeFn>): LuaTable {
  const existing = L.globals.get(name);
  const lib = existing !== undefined && typeof existing === 'object' && existing.tt === 5 ? (existing as LuaTable) : L.newTable();
  for (const [k, fn] of Object.entries(funcs)) lib.set(k, L.newNative(k, fn));
  L.globals.set(name, lib);
  return lib;
}
