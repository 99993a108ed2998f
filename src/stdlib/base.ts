// The base library of Lua 5.1.5 (lbaselib.c, minus the coroutine part): argument checks and
// messages as lauxlib writes them.
import { LuaTable, NEXT_PAIR } from '../vm/table.js';
import { osError } from './oserr.js';
import { LuaFunction, LuaClosure, NativeFunction, Special } from '../vm/function.js';
import { LuaUserdata, typeName, typeOf, isFalse, T_STRING, T_NUMBER, T_TABLE, T_NIL, type LuaValue } from '../vm/value.js';
import { LuaError } from '../vm/errors.js';
import { where, getStack } from '../vm/debug.js';
import { numberToString, toNumber } from '../vm/tostr.js';
import { str2numberBase } from '../text/str2number.js';
import { rawSet, MSG_READONLY } from '../vm/meta.js';
import { toInteger, type LuaState } from '../vm/state.js';
import { CI_LUA } from '../vm/thread.js';
import { errorMsg } from '../vm/ldo.js';
import { closeUpvals } from '../vm/upvalues.js';
import { readFileSync } from 'node:fs';
import { loadedTable } from './lib.js';
import { resolve } from 'node:path';

/** luaL_checkint: (int) of lua_tointeger */
export function checkInt(L: LuaState, i: number): number {
  return toInteger(L.checkNumber(i)) | 0;
}

export function optInt(L: LuaState, i: number, d: number): number {
  return L.arg(i) === undefined ? d : checkInt(L, i);
}

/** luaL_checktype */
export function checkType(L: LuaState, i: number, t: number): void {
  if (typeOf(L.arg(i)) !== t || (t === T_NIL && i > L.nargs)) {
    L.typeArgError(i, ['nil', 'boolean', 'userdata', 'number', 'string', 'table', 'function', 'userdata', 'thread'][t]!);
  }
}

/** luaL_getmetafield: raw field of the value's metatable. */
export function getMetaField(L: LuaState, v: LuaValue, name: string): LuaValue {
  const mt = L.getMetatable(v);
  return mt === undefined ? undefined : mt.get(name);
}

/** tostring() of the base library (luaB_tostring). */
export function luaTostring(L: LuaState, v: LuaValue): LuaValue {
  const tm = getMetaField(L, v, '__tostring');
  if (tm !== undefined) return L.call(tm, [v], 1)[0];
  return L.rawToString(v);
}

/** lua_tostring: number/string -> string, else undefined. */
function toStr(v: LuaValue): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return undefined;
}

/** Load a chunk with the state's loader; a syntax error becomes [undefined, message]. */
export function loadChunk(L: LuaState, chunk: string, chunkName: string): [LuaFunction | undefined, string] {
  const loader = L.loader;
  if (loader === null) return [undefined, 'no loader available'];
  try {
    return [loader(L, chunk, chunkName), ''];
  } catch (e) {
    if (e instanceof LuaError) return [undefined, L.rawToString(e.value)];
    if (e instanceof Error && (e.name === 'LuaSyntaxError' || e.name === 'UndumpError')) return [undefined, e.message];
    throw e;
  }
}

/** getfunc of lbaselib.c: the function at a stack level (or given), for getfenv/setfenv. */
function getFunc(L: LuaState, opt: boolean): LuaValue | 'thread' {
  const a = L.arg(1);
  if (a instanceof LuaFunction) return a;
  const level = opt ? optInt(L, 1, 1) : checkInt(L, 1);
  if (level < 0) L.argError(1, 'level must be non-negative');
  const th = L.th;
  const idx = getStack(th, level);
  if (idx === -1) L.argError(1, 'invalid level');
  if (idx === -2) L.error(`no function environment for tail call at level ${level}`);
  if (level === 0) return 'thread';
  return th.cis[idx]!.fn ?? undefined;
}

export function openBase(L: LuaState): void {
  const G = L.globals;
  // functions are created first, then set in the order of lbaselib.c (base_open), so that the
  // globals table is built by the same insertions as in lua5.1 (same `pairs(_G)` order)
  const made = new Map<string, NativeFunction>();
  const reg = (name: string, fn: (L: LuaState, n: number) => number): NativeFunction => {
    const f = L.newNative(name, fn);
    made.set(name, f);
    return f;
  };

  const tostringFn = reg('tostring', (L) => {
    L.checkAny(1);
    L.push(luaTostring(L, L.arg(1)));
    return 1;
  });

  // luaB_print writes each piece with fputs as it goes: a piece stops at its first NUL byte,
  // and pieces written before an error in a later __tostring stay written.
  reg('print', (L, n) => {
    const ts = G.get('tostring');
    let out = '';
    try {
      for (let i = 1; i <= n; i++) {
        const v = L.arg(i);
        let s: string | undefined;
        if (ts === tostringFn && L.hookMask === 0 && getMetaField(L, v, "__tostring") === undefined) s = L.rawToString(v);
        else s = toStr(L.call(ts, [v], 1)[0]);
        if (s === undefined) return L.error("'tostring' must return a string to 'print'");
        if (i > 1) out += '\t';
        const nul = s.indexOf('\0');
        out += nul < 0 ? s : s.slice(0, nul);
      }
    } catch (e) {
      if (out !== '') L.stdout(out);
      throw e;
    }
    L.stdout(out + '\n');
    return 0;
  });

  reg('type', (L) => {
    L.checkAny(1);
    L.push(typeName(L.arg(1)));
    return 1;
  });

  reg('tonumber', (L) => {
    const base = optInt(L, 2, 10);
    if (base === 10) {
      L.checkAny(1);
      const n = toNumber(L.arg(1));
      L.push(n);
      return 1;
    }
    const s = L.checkString(1);
    if (!(2 <= base && base <= 36)) L.argError(2, 'base out of range');
    L.push(str2numberBase(s, base));
    return 1;
  });

  const nextFn = reg('next', (L) => {
    checkType(L, 1, T_TABLE);
    const t = L.arg(1) as LuaTable;
    const out = NEXT_PAIR;
    const found = t.tryNext(L.arg(2), out);
    if (found < 0) throw new LuaError("invalid key to 'next'");
    if (found === 1) {
      L.push(out[0]);
      L.push(out[1]);
      out[0] = out[1] = undefined; // keeps no value alive
      return 2;
    }
    L.push(undefined);
    return 1;
  });

  // auxopen(L, "pairs", luaB_pairs, luaB_next): pairs returns its own `next` closure, a
  // different function value from the global next
  const pairsNext = L.newNative('next', nextFn.fn);
  nextFn.isNext = true;
  pairsNext.isNext = true;
  reg('pairs', (L) => {
    checkType(L, 1, T_TABLE);
    L.push(pairsNext);
    L.push(L.arg(1));
    L.push(undefined);
    return 3;
  });

  const ipairsAux = L.newNative('ipairs_aux', (L) => {
    const i = checkInt(L, 2) + 1;
    checkType(L, 1, T_TABLE);
    const v = (L.arg(1) as LuaTable).getNum(i);
    if (v === undefined) return 0;
    L.push(i);
    L.push(v);
    return 2;
  });
  reg('ipairs', (L) => {
    checkType(L, 1, T_TABLE);
    L.push(ipairsAux);
    L.push(L.arg(1));
    L.push(0);
    return 3;
  });

  reg('select', (L, n) => {
    const a = L.arg(1);
    if (typeof a === 'string' && a.charCodeAt(0) === 35) {
      L.push(n - 1);
      return 1;
    }
    let i = checkInt(L, 1);
    if (i < 0) i = n + i;
    else if (i > n) i = n;
    if (!(1 <= i)) L.argError(1, 'index out of range');
    return n - i;
  });

  reg('unpack', (L) => {
    checkType(L, 1, T_TABLE);
    const t = L.arg(1) as LuaTable;
    let i = optInt(L, 2, 1);
    const e = L.arg(3) === undefined ? t.length() : checkInt(L, 3);
    if (i > e) return 0;
    const n = e - i + 1;
    if (n <= 0 || !L.checkStack(n)) L.error('too many results to unpack');
    L.push(t.getNum(i));
    while (i++ < e) L.push(t.getNum(i));
    return n;
  });

  reg('rawget', (L) => {
    checkType(L, 1, T_TABLE);
    L.checkAny(2);
    L.push((L.arg(1) as LuaTable).get(L.arg(2)));
    return 1;
  });

  reg('rawset', (L) => {
    checkType(L, 1, T_TABLE);
    L.checkAny(2);
    L.checkAny(3);
    rawSet(L, L.arg(1) as LuaTable, L.arg(2), L.arg(3));
    L.push(L.arg(1));
    return 1;
  });

  reg('rawequal', (L) => {
    L.checkAny(1);
    L.checkAny(2);
    L.push(L.arg(1) === L.arg(2));
    return 1;
  });

  reg('setmetatable', (L, n) => {
    const t2 = n < 2 ? -1 : typeOf(L.arg(2)); // LUA_TNONE when absent
    checkType(L, 1, T_TABLE);
    if (!(t2 === T_NIL || t2 === T_TABLE)) L.argError(2, 'nil or table expected');
    if (getMetaField(L, L.arg(1), '__metatable') !== undefined) L.error('cannot change a protected metatable');
    const t = L.arg(1) as LuaTable;
    if (t.readonly) L.runError(MSG_READONLY);
    t.metatable = L.arg(2) as LuaTable | undefined;
    L.push(t);
    return 1;
  });

  reg('getmetatable', (L) => {
    L.checkAny(1);
    const mt = L.getMetatable(L.arg(1));
    if (mt === undefined) {
      L.push(undefined);
      return 1;
    }
    const protectedMt = mt.get('__metatable');
    L.push(protectedMt !== undefined ? protectedMt : mt);
    return 1;
  });

  reg('assert', (L, n) => {
    L.checkAny(1);
    if (isFalse(L.arg(1))) L.error(L.optString(2, 'assertion failed!'));
    return n;
  });

  reg('error', (L) => {
    const level = optInt(L, 2, 1);
    const v = L.arg(1);
    if ((typeof v === 'string' || typeof v === 'number') && level > 0) {
      throw new LuaError(where(L.th, level) + toStr(v)!);
    }
    throw new LuaError(v);
  });

  const pcallFn = reg('pcall', () => 0);
  pcallFn.special = Special.PCALL;
  const xpcallFn = reg('xpcall', () => 0);
  xpcallFn.special = Special.XPCALL;

  const loadAux = (L: LuaState, r: [LuaFunction | undefined, string]): number => {
    if (r[0] !== undefined) {
      L.push(r[0]);
      return 1;
    }
    L.push(undefined);
    L.push(r[1]);
    return 2;
  };

  reg('loadstring', (L) => {
    const s = L.checkString(1);
    const name = L.optString(2, s);
    return loadAux(L, loadChunk(L, s, name));
  });

  reg('load', (L) => {
    const name = L.optString(2, '=(load)');
    checkType(L, 1, 6);
    const f = L.arg(1);
    let chunk = '';
    // lua_load reads in luaD_pcall with the running errfunc kept: an error of the reader goes
    // through the message handler (luaG_errormsg), then the stack is restored and load
    // returns nil and the error value
    const th = L.th;
    const savedCi = th.ci;
    const savedTop = th.top;
    const savedNC = th.nCcalls;
    try {
      for (;;) {
        const piece = L.call(f, [], 1)[0];
        if (piece === undefined) break;
        const s = toStr(piece);
        if (s === undefined) return L.error('reader function must return a string');
        if (s.length === 0) break;
        chunk += s;
      }
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      const err = errorMsg(L, e);
      closeUpvals(th, savedTop);
      th.ci = savedCi;
      th.top = savedTop;
      th.nCcalls = savedNC;
      L.th = th;
      L.push(undefined);
      L.push(err.value);
      return 2;
    }
    return loadAux(L, loadChunk(L, chunk, name));
  });

  reg('dofile', (L) => {
    const fname = L.arg(1) === undefined ? undefined : L.checkString(1);
    const r = loadFile(L, fname);
    if (r[0] === undefined) throw new LuaError(r[1]);
    const th = L.th;
    const func = th.top;
    L.push(r[0]);
    L.callOnStack(func, -1);
    return th.top - func;
  });

  reg('getfenv', (L) => {
    const f = getFunc(L, true);
    if (f === 'thread' || f instanceof NativeFunction) L.push(L.th.env);
    else if (f instanceof LuaClosure) L.push(f.env);
    else L.push(undefined);
    return 1;
  });

  reg('setfenv', (L) => {
    checkType(L, 2, T_TABLE);
    const env = L.arg(2) as LuaTable;
    const f = getFunc(L, false);
    const a = L.arg(1);
    if (typeof a === 'number' && a === 0) {
      L.th.env = env;
      return 0;
    }
    if (f === 'thread' || !(f instanceof LuaClosure)) return L.error("'setfenv' cannot change environment of given object");
    f.env = env;
    L.push(f);
    return 1;
  });

  const proxyMetas = L.newTable();
  proxyMetas.metatable = L.newTable();
  proxyMetas.metatable.set('__mode', 'k');
  const newproxy = L.newNative('newproxy', (L) => {
    const a = L.arg(1);
    const u = L.newUserdata();
    L.push(u);
    if (isFalse(a)) return 1;
    if (typeof a === 'boolean') {
      const m = L.newTable();
      proxyMetas.set(m, true);
      u.metatable = m;
    } else {
      let valid = false;
      const mt = L.getMetatable(a);
      if (mt !== undefined) valid = !isFalse(proxyMetas.get(mt));
      if (!valid) L.argError(1, 'boolean or proxy expected');
      u.metatable = mt;
    }
    return 1;
  }, [proxyMetas]);
  made.set('newproxy', newproxy);

  reg('gcinfo', (L) => {
    L.push(Math.floor(L.heap.countKB()));
    return 1;
  });

  const GC_OPTS = ['stop', 'restart', 'collect', 'count', 'step', 'setpause', 'setstepmul'];
  reg('collectgarbage', (L) => {
    const o = L.checkOption(1, 'collect', GC_OPTS);
    const ex = optInt(L, 2, 0);
    const heap = L.heap;
    switch (o) {
      case 0:
        heap.stopped = true;
        heap.threshold = Number.MAX_SAFE_INTEGER;
        L.push(0);
        return 1;
      case 1:
        heap.stopped = false;
        heap.threshold = heap.totalBytes;
        L.push(0);
        return 1;
      case 2:
        heap.fullGC();
        L.push(0);
        return 1;
      case 3:
        L.push(heap.countKB());
        return 1;
      case 4: {
        // a step finishes a cycle when asked for at least the heap's size (lua_gc LUA_GCSTEP)
        const done = ex * 1024 >= heap.totalBytes;
        heap.fullGC();
        L.push(done);
        return 1;
      }
      case 5: {
        const old = heap.pause;
        heap.pause = ex;
        L.push(old);
        return 1;
      }
      default: {
        const old = heap.stepmul;
        heap.stepmul = ex;
        L.push(old);
        return 1;
      }
    }
  });
  reg('loadfile', (L) => {
    const fname = L.arg(1) === undefined ? undefined : L.checkString(1);
    return loadAux(L, loadFile(L, fname));
  });

  // base_open: _G, luaL_register(L, "_G", base_funcs), _VERSION, ipairs, pairs, newproxy
  G.set('_G', G);
  const loaded = loadedTable(L, 1);
  loaded.set('_G', G);
  for (const name of BASE_FUNCS) G.set(name, made.get(name));
  G.set('_VERSION', 'Lua 5.1');
  G.set('ipairs', made.get('ipairs'));
  G.set('pairs', made.get('pairs'));
  G.set('newproxy', made.get('newproxy'));
  void T_STRING;
  void T_NUMBER;
  void LuaUserdata;
  void CI_LUA;
}

/** base_funcs of lbaselib.c, in order. */
const BASE_FUNCS = [
  'assert', 'collectgarbage', 'dofile', 'error', 'gcinfo', 'getfenv', 'getmetatable', 'loadfile',
  'load', 'loadstring', 'next', 'pcall', 'print', 'rawequal', 'rawget', 'rawset', 'select',
  'setfenv', 'setmetatable', 'tonumber', 'tostring', 'type', 'unpack', 'xpcall',
];

/**
 * luaL_loadfile (lauxlib.c 5.1.5): "@name" chunks, a first line starting with '#' skipped
 * (its newline kept), errors "cannot open <name>: <strerror>" / "cannot read <name>: ...".
 */
export function loadFile(L: LuaState, fname: string | undefined): [LuaFunction | undefined, string] {
  let data: string;
  const chunkName = fname === undefined ? '=stdin' : '@' + fname;
  try {
    data = readFileSync(fname === undefined ? 0 : resolve(L.cwd ?? '.', fname)).toString('latin1');
  } catch (e) {
    const what = (e as { code?: unknown }).code === 'EISDIR' ? 'read' : 'open';
    return [undefined, `cannot ${what} ${fname ?? 'stdin'}: ${osError(e)[1]}`];
  }
  // skip a first line starting with '#'
  if (data.startsWith('#')) {
    const nl = data.indexOf('\n');
    data = nl < 0 ? '' : data.slice(nl);
  }
  return loadChunk(L, data, chunkName);
}
