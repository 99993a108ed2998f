// The package library of Lua 5.1.5 (loadlib.c) for the stand-alone interpreter: require with
// the four loaders (preload, Lua files on package.path, C libraries on package.cpath -- which
// this engine cannot load -- and the all-in-one C root), module, package.seeall, loadlib.
import { openSync, closeSync, readSync } from 'node:fs';
import { LuaTable } from '../vm/table.js';
import { LuaFunction, LuaClosure, NativeFunction } from '../vm/function.js';
import { LuaUserdata, T_TABLE, type LuaValue } from '../vm/value.js';
import { setTable } from '../vm/meta.js';
import { getStack } from '../vm/debug.js';
import { numberToString } from '../vm/tostr.js';
import type { LuaState } from '../vm/state.js';
import { checkType } from './base.js';
import { loadFile } from './base.js';
import { registerLib, loadedTable, callN1 } from './lib.js';

const LUA_PATH_DEFAULT =
  './?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;' +
  '/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;' +
  '/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua';
const LUA_CPATH_DEFAULT =
  './?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;' +
  '/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so';
/**
 * What dlopen/dlsym would answer for `path`/`sym` (this engine cannot load C code): the
 * message and lua5.1's error kind ("open" or "init").
 */
function dlError(path: string, sym: string): [string, 'open' | 'init'] {
  const candidates = path.includes('/') ? [path]
    : ['/lib/x86_64-linux-gnu/', '/usr/lib/x86_64-linux-gnu/', '/lib/', '/usr/lib/'].map((d) => d + path);
  for (const c of candidates) {
    let fd: number;
    try {
      fd = openSync(c, 'r');
    } catch {
      continue;
    }
    const head = Buffer.alloc(64);
    let n = 0;
    try {
      n = readSync(fd, head, 0, 64, 0);
    } catch {
      n = 0;
    } finally {
      closeSync(fd);
    }
    if (n < 64) return [`${path}: file too short`, 'open'];
    if (head.readUInt32BE(0) !== 0x7f454c46) return [`${path}: invalid ELF header`, 'open'];
    return [`${path}: undefined symbol: ${sym}`, 'init'];
  }
  return [`${path}: cannot open shared object file: No such file or directory`, 'open'];
}

function toStr(v: LuaValue): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return undefined;
}

/** setpath: the environment variable, with ";;" replaced by the default path. */
function envPath(name: string, def: string): string {
  const v = process.env[name];
  if (v === undefined) return def;
  const s = Buffer.from(v, 'utf8').toString('latin1');
  return s.split(';;').join(';\x01;').split('\x01').join(def);
}

function readable(filename: string): boolean {
  try {
    const fd = openSync(filename, 'r');
    closeSync(fd);
    return true;
  } catch {
    return false;
  }
}

/**
 * luaL_findtable: walk "a.b.c" from `t`, creating missing tables (size hint on the last
 * one); returns the table, or the problematic part of the name when a field is not a table.
 */
export function findTable(L: LuaState, t: LuaTable, fname: string, szhint: number): LuaTable | string {
  let cur = t;
  let start = 0;
  for (;;) {
    let e = fname.indexOf('.', start);
    const last = e < 0;
    if (last) e = fname.length;
    const key = fname.slice(start, e);
    let v = cur.get(key);
    if (v === undefined) {
      const nt = L.newTable(0, last ? szhint : 1);
      setTable(L, cur, key, nt, -1);
      v = nt;
    } else if (!(v instanceof LuaTable)) {
      return fname.slice(start);
    }
    cur = v;
    if (last) return cur;
    start = e + 1;
  }
}

export function openPackage(L: LuaState): LuaTable {
  const sentinel = new LuaUserdata();
  let pkg: LuaTable;

  const findfile = (L2: LuaState, name: string, pname: string): string | [string] => {
    const n = name.split('.').join('/');
    const path = toStr(pkg.get(pname));
    if (path === undefined) L2.error(`'package.${pname}' must be a string`);
    let msg = '';
    let i = 0;
    for (;;) {
      while (path.charCodeAt(i) === 59) i++;
      if (i >= path.length) break;
      let e = path.indexOf(';', i);
      if (e < 0) e = path.length;
      const filename = path.slice(i, e).split('?').join(n);
      i = e;
      if (readable(filename)) return [filename];
      msg += `\n\tno file '${filename}'`;
    }
    return msg;
  };

  const loaderError = (L2: LuaState, name: string, filename: string, msg: string): never =>
    L2.error(`error loading module '${name}' from file '${filename}':\n\t${msg}`);

  const loaderPreload = (L2: LuaState): number => {
    const name = L2.checkString(1);
    const pre = pkg.get('preload');
    if (!(pre instanceof LuaTable)) L2.error("'package.preload' must be a table");
    const v = pre.get(name);
    L2.push(v === undefined ? `\n\tno field package.preload['${name}']` : v);
    return 1;
  };

  const loaderLua = (L2: LuaState): number => {
    const name = L2.checkString(1);
    const f = findfile(L2, name, 'path');
    if (typeof f === 'string') {
      L2.push(f);
      return 1;
    }
    const r = loadFile(L2, f[0]);
    if (r[0] === undefined) loaderError(L2, name, f[0], r[1]);
    L2.push(r[0]);
    return 1;
  };

  /** mkfuncname: "luaopen_" + the name after its last '-' with dots as '_'. */
  const funcName = (name: string): string => {
    const mark = name.indexOf('-');
    const n = mark >= 0 ? name.slice(mark + 1) : name;
    return 'luaopen_' + n.split('.').join('_');
  };

  const loaderC = (L2: LuaState): number => {
    const name = L2.checkString(1);
    const f = findfile(L2, name, 'cpath');
    if (typeof f === 'string') {
      L2.push(f);
      return 1;
    }
    return loaderError(L2, name, f[0], dlError(f[0], funcName(name))[0]);
  };

  const loaderCroot = (L2: LuaState): number => {
    const name = L2.checkString(1);
    const dot = name.indexOf('.');
    if (dot < 0) return 0;
    const f = findfile(L2, name.slice(0, dot), 'cpath');
    if (typeof f === 'string') {
      L2.push(f);
      return 1;
    }
    const [msg, kind] = dlError(f[0], funcName(name));
    if (kind === 'open') return loaderError(L2, name, f[0], msg);
    L2.push(`\n\tno module '${name}' in file '${f[0]}'`);
    return 1;
  };

  pkg = registerLib(L, 'package', [
    ['loadlib', (L2) => {
      const path = L2.checkString(1);
      const init = L2.checkString(2);
      const [msg, kind] = dlError(path, init);
      L2.push(undefined);
      L2.push(msg);
      L2.push(kind);
      return 3;
    }],
    ['seeall', (L2) => {
      checkType(L2, 1, T_TABLE);
      const t = L2.arg(1) as LuaTable;
      let mt = t.metatable;
      if (mt === undefined) {
        mt = L2.newTable(0, 1);
        t.metatable = mt;
      }
      mt.set('__index', L2.globals);
      return 0;
    }],
  ]);
  const loaders = L.newTable(4, 0);
  const ls = [loaderPreload, loaderLua, loaderC, loaderCroot];
  for (let i = 0; i < ls.length; i++) loaders.set(i + 1, L.newNative('loader', ls[i]!));
  pkg.set('loaders', loaders);
  pkg.set('path', envPath('LUA_PATH', LUA_PATH_DEFAULT));
  pkg.set('cpath', envPath('LUA_CPATH', LUA_CPATH_DEFAULT));
  pkg.set('config', '/\n;\n?\n!\n-');
  pkg.set('loaded', loadedTable(L, 2));
  pkg.set('preload', L.newTable());

  const G = L.globals;
  G.set('module', L.newNative('module', (L2, nargs) => {
    const modname = L2.checkString(1);
    const loaded = loadedTable(L2, 1);
    let mod = loaded.get(modname);
    if (!(mod instanceof LuaTable)) {
      const r = findTable(L2, L2.globals, modname, 1);
      if (typeof r === 'string') return L2.error(`name conflict for module '${modname}'`);
      mod = r;
      loaded.set(modname, mod);
    }
    const m = mod as LuaTable;
    if (m.get('_NAME') === undefined) {
      m.set('_M', m);
      m.set('_NAME', modname);
      const dot = modname.lastIndexOf('.');
      m.set('_PACKAGE', dot < 0 ? '' : modname.slice(0, dot + 1));
    }
    // setfenv of the calling function
    const th = L2.th;
    const idx = getStack(th, 1);
    const fn = idx > 0 ? th.cis[idx]!.fn : null;
    if (!(fn instanceof LuaClosure)) return L2.error("'module' not called from a Lua function");
    fn.env = m;
    for (let i = 2; i <= nargs; i++) callN1(L2, L2.arg(i), [m]);
    return 0;
  }));

  G.set('require', L.newNative('require', (L2) => {
    const name = L2.checkString(1);
    const loaded = loadedTable(L2, 1);
    const cur = loaded.get(name);
    if (cur !== undefined && cur !== false) {
      if (cur === sentinel) L2.error(`loop or previous error loading module '${name}'`);
      L2.push(cur);
      return 1;
    }
    const lds = pkg.get('loaders');
    if (!(lds instanceof LuaTable)) return L2.error("'package.loaders' must be a table");
    let msg = '';
    let loader: LuaValue;
    for (let i = 1; ; i++) {
      const f = lds.getNum(i);
      if (f === undefined) L2.error(`module '${name}' not found:${msg}`);
      const r = callN1(L2, f, [name]);
      if (r instanceof LuaFunction) {
        loader = r;
        break;
      }
      const s = toStr(r);
      if (s !== undefined) msg += s;
    }
    loaded.set(name, sentinel);
    const res = callN1(L2, loader, [name]);
    if (res !== undefined) loaded.set(name, res);
    let v = loaded.get(name);
    if (v === sentinel) {
      v = true;
      loaded.set(name, true);
    }
    L2.push(v);
    return 1;
  }));
  void NativeFunction;
  return pkg;
}
