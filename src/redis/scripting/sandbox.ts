/**
 * The sandbox of Redis scripting states (script_lua.c):
 *  - the globals allow-list: only these names may exist in `_G` after the libraries are opened
 *    (luaNewIndexAllowList); `print`, `dofile`, `loadfile` are on the deny list; the Debian build
 *    also drops `getfenv`, `setfenv`, `newproxy` (CVE-2025-46818 backport);
 *  - luaSetErrorMetatable: reading a missing global raises
 *    `Script attempted to access nonexistent global variable '<name>'`;
 *  - luaSetTableProtectionRecursively: every table reachable from `_G` and their metatables
 *    become read-only (`Attempt to modify a readonly table`); the shared string metatable too
 *    (Debian backport).
 */
import { LuaTable, setReadonly, isReadonly, vmEnforcesReadonly, type LuaState, type LuaValue } from './lua-host.js';

const LIBRARIES_ALLOW = ['string', 'cjson', 'bit', 'cmsgpack', 'math', 'table', 'struct'];
const REDIS_API_ALLOW = ['redis', '__redis__err__handler'];
/** Allowed while the state is built, then set to nil (lua_builtins_removed_after_initialization). */
const REMOVED_AFTER_INIT = ['debug'];
const BUILTINS_ALLOW = [
  'xpcall', 'tostring', 'setmetatable', 'next', 'assert', 'tonumber', 'rawequal', 'collectgarbage',
  'getmetatable', 'rawset', 'pcall', 'coroutine', 'type', '_G', 'select', 'unpack', 'gcinfo', 'pairs',
  'rawget', 'loadstring', 'ipairs', '_VERSION', 'load', 'error',
];
/** Removed from this Debian build: getfenv, setfenv, newproxy (upstream: allow list). */
export const GLOBALS_ALLOW: ReadonlySet<string> = new Set([...LIBRARIES_ALLOW, ...REDIS_API_ALLOW, ...BUILTINS_ALLOW, ...REMOVED_AFTER_INIT]);

/**
 * Run `init` with Redis's allow-list __newindex on the globals table (luaSetAllowListProtection):
 * a new global whose name is not on the list gets no value. As in Lua 5.1's luaV_settable,
 * luaH_set creates the key *before* __newindex is consulted, so a refused name (print, dofile,
 * loadfile, and in this Debian build getfenv, setfenv, newproxy) stays as a dead key: the
 * table's layout, and `pairs(_G)` order, are the ones Redis builds (checked against
 * redis-server). The libraries write globals with `LuaTable.set`, intercepted on this one
 * instance for the duration of `init`.
 */
export function withAllowList<T>(g: LuaTable, init: () => T): T {
  const rawSet = LuaTable.prototype.set;
  const guarded = function (this: LuaTable, k: LuaValue, v: LuaValue): void {
    if (g.get(k) === undefined && !(typeof k === 'string' && GLOBALS_ALLOW.has(k))) {
      rawSet.call(this, k, undefined);
      return;
    }
    rawSet.call(this, k, v);
  };
  Object.defineProperty(g, 'set', { value: guarded, configurable: true, writable: true });
  try {
    return init();
  } finally {
    delete (g as unknown as { set?: unknown }).set;
  }
}

/** Delete every global not on the allow list (what luaNewIndexAllowList would have refused). */
export function applyAllowList(L: LuaState, g: LuaTable): void {
  const kv: LuaValue[] = [undefined, undefined];
  const drop: LuaValue[] = [];
  let k: LuaValue = undefined;
  while (g.next(k, kv)) {
    k = kv[0];
    if (typeof k !== 'string' || !GLOBALS_ALLOW.has(k)) drop.push(k);
  }
  for (const d of drop) g.set(d, undefined);
  void L;
}

/** luaSetErrorMetatable: a metatable whose __index raises the nonexistent-global error. */
export function setErrorMetatable(L: LuaState, t: LuaTable): void {
  const mt = L.newTable();
  mt.set(
    '__index',
    L.newNative('__index', (L2, nargs): number => {
      if (nargs !== 2) L2.error('Wrong number of arguments to luaProtectedTableError');
      const name = L2.arg(2);
      if (typeof name !== 'string' && typeof name !== 'number') {
        L2.error('Second argument to luaProtectedTableError must be a string or number');
      }
      return L2.error(`Script attempted to access nonexistent global variable '${L2.rawToString(name)}'`);
    }),
  );
  t.metatable = mt;
}

/** luaSetTableProtectionRecursively */
export function protectRecursively(t: LuaTable): void {
  if (isReadonly(t)) return;
  setReadonly(t, true);
  const kv: LuaValue[] = [undefined, undefined];
  let k: LuaValue = undefined;
  while (t.next(k, kv)) {
    k = kv[0];
    const v = kv[1];
    if (v instanceof LuaTable) protectRecursively(v);
  }
  if (t.metatable !== undefined) protectRecursively(t.metatable);
}

/**
 * Until the VM enforces read-only tables (NEEDS.md item 1), block at least the creation of
 * globals with a __newindex raising Redis's text.
 */
export function fallbackGlobalsGuard(L: LuaState, g: LuaTable): void {
  if (vmEnforcesReadonly(L)) return;
  const mt = g.metatable ?? L.newTable();
  mt.set(
    '__newindex',
    L.newNative('__newindex', (L2): number => {
      return L2.error('Attempt to modify a readonly table');
    }),
  );
  g.metatable = mt;
}
