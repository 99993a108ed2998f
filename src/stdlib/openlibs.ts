// luaL_openlibs of lua5.1 (linit.c): base (with coroutine), package, table, io, os, string,
// math, debug, in that order, so that _G, package.loaded and every library table are built
// by the same sequence of insertions as in lua5.1 (same `pairs` order).
import type { LuaState } from '../vm/state.js';
import { LuaTable } from '../vm/table.js';
import { loadedTable } from './lib.js';
import { openPackage } from './package.js';
import { openTable } from './table.js';
import { openIo } from './io.js';
import { openOs } from './os.js';
import { openString } from './string.js';
import { openMath } from './math.js';
import { openDebug } from './debug.js';

/**
 * Open the libraries of the stand-alone interpreter on a state made by createState (which
 * has opened base and coroutine already).
 */
export function openStandaloneLibs(L: LuaState): void {
  // what luaopen_base's luaL_register calls leave in _LOADED
  const loaded = loadedTable(L, 1);
  if (loaded.get('_G') === undefined) loaded.set('_G', L.globals);
  const co = L.globals.get('coroutine');
  if (co instanceof LuaTable && loaded.get('coroutine') === undefined) loaded.set('coroutine', co);
  openPackage(L);
  openTable(L);
  openIo(L);
  openOs(L);
  openString(L);
  openMath(L);
  openDebug(L);
}
