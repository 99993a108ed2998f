// The string library of Lua 5.1.5 (lstrlib.c): argument checks and error texts as lauxlib
// writes them, bound to the pure algorithms of src/text (pattern matcher, format engine, byte
// helpers). Opened by lua5.1's luaL_openlibs and by Redis.
import { LuaTable } from '../vm/table.js';
import { LuaClosure, LuaFunction } from '../vm/function.js';
import { T_STRING, T_NUMBER, T_TABLE, T_FUNCTION, typeOf, typeName, type LuaValue } from '../vm/value.js';
import { numberToString } from '../vm/tostr.js';
import { LuaMemoryError } from '../vm/errors.js';
import { getTable } from '../vm/meta.js';
import type { LuaState } from '../vm/state.js';
import { checkInt, optInt, checkType } from './base.js';
import { registerLib, callN1, type LibFuncs } from './lib.js';
import {
  PatternError, strFind, strMatch, gmatchState, gmatchNext, strGsub, invalidReplacementMessage,
  type Capture, type GsubReplacement,
} from '../text/lpattern.js';
import { luaFormat, FormatError, FormatArgError, type FormatArgs } from '../text/format.js';
import { strUpper, strLower, strRep, strReverse, strSub, posrelat } from '../text/lstrings.js';
import { dumpProto } from '../chunk/dump.js';

/** Longest string V8 can build (String::kMaxLength on 64-bit). */
const MAX_STRING = 536870888;

/** Run a text-module operation, turning its errors into luaL_error / luaL_argerror. */
function textError(L: LuaState, e: unknown): never {
  if (e instanceof RangeError && /string length/i.test(e.message)) throw new LuaMemoryError();
  if (e instanceof PatternError || e instanceof FormatError) L.error(e.message);
  if (e instanceof FormatArgError) L.argError(e.arg, e.extramsg);
  throw e;
}

function pushCaptures(L: LuaState, caps: readonly Capture[]): number {
  const n = caps.length;
  if (!L.checkStack(n)) L.error('stack overflow (too many captures)');
  for (let i = 0; i < n; i++) L.push(caps[i]);
  return n;
}

function strLen(L: LuaState): number {
  L.push(L.checkString(1).length);
  return 1;
}

function strSubFn(L: LuaState): number {
  const s = L.checkString(1);
  const i = L.checkInteger(2);
  const j = L.optInteger(3, -1);
  L.push(strSub(s, i, j));
  return 1;
}

function strReverseFn(L: LuaState): number {
  L.push(strReverse(L.checkString(1)));
  return 1;
}

function strLowerFn(L: LuaState): number {
  L.push(strLower(L.checkString(1)));
  return 1;
}

function strUpperFn(L: LuaState): number {
  L.push(strUpper(L.checkString(1)));
  return 1;
}

function strRepFn(L: LuaState): number {
  const s = L.checkString(1);
  const n = checkInt(L, 2);
  if (n > 0 && s.length * n > MAX_STRING) throw new LuaMemoryError();
  L.push(strRep(s, n));
  return 1;
}

function strByteFn(L: LuaState): number {
  const s = L.checkString(1);
  const l = s.length;
  let posi = posrelat(L.optInteger(2, 1), l);
  let pose = posrelat(L.optInteger(3, posi), l);
  if (posi <= 0) posi = 1;
  if (pose > l) pose = l;
  if (posi > pose) return 0;
  const n = pose - posi + 1;
  if (!L.checkStack(n)) L.error('stack overflow (string slice too long)');
  for (let i = 0; i < n; i++) L.push(s.charCodeAt(posi + i - 1));
  return n;
}

function strCharFn(L: LuaState, nargs: number): number {
  let out = '';
  for (let i = 1; i <= nargs; i++) {
    const c = checkInt(L, i);
    if (c < 0 || c > 255) L.argError(i, 'invalid value');
    out += String.fromCharCode(c);
  }
  L.push(out);
  return 1;
}

function strDumpFn(L: LuaState): number {
  checkType(L, 1, T_FUNCTION);
  const f = L.arg(1);
  if (!(f instanceof LuaClosure)) L.error('unable to dump given function');
  const bytes = dumpProto(f.p, false);
  let s = '';
  const CH = 8192;
  for (let i = 0; i < bytes.length; i += CH) {
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(bytes.length, i + CH))));
  }
  L.push(s);
  return 1;
}

function strFindAux(L: LuaState, find: boolean): number {
  const s = L.checkString(1);
  const p = L.checkString(2);
  const init = L.optInteger(3, 1);
  let r: Capture[] | null;
  try {
    if (find) {
      const plain = L.arg(4);
      r = strFind(s, p, init, plain !== undefined && plain !== false);
    } else {
      r = strMatch(s, p, init);
    }
  } catch (e) {
    textError(L, e);
  }
  if (r === null) {
    L.push(undefined);
    return 1;
  }
  return pushCaptures(L, r);
}

function strFindFn(L: LuaState): number {
  return strFindAux(L, true);
}

function strMatchFn(L: LuaState): number {
  return strFindAux(L, false);
}

function gmatchFn(L: LuaState): number {
  const s = L.checkString(1);
  const p = L.checkString(2);
  const st = gmatchState(s, p);
  const aux = L.newNative('gmatch_aux', (L2) => {
    let caps: Capture[] | null;
    try {
      caps = gmatchNext(st);
    } catch (e) {
      textError(L2, e);
    }
    if (caps === null) return 0;
    return pushCaptures(L2, caps);
  }, [s, p]);
  L.push(aux);
  return 1;
}

/** add_value's check of a replacement value: undefined = keep the original text. */
function replacementText(L: LuaState, v: LuaValue): string | null {
  if (v === undefined || v === false) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  L.error(invalidReplacementMessage(typeName(v)));
}

function strGsubFn(L: LuaState): number {
  const src = L.checkString(1);
  const p = L.checkString(2);
  const repl = L.arg(3);
  const tr = typeOf(repl);
  const maxS = optInt(L, 4, src.length + 1);
  if (!(tr === T_NUMBER || tr === T_STRING || tr === T_FUNCTION || tr === T_TABLE)) {
    L.argError(3, 'string/function/table expected');
  }
  let r: GsubReplacement;
  if (typeof repl === 'string') r = repl;
  else if (typeof repl === 'number') r = numberToString(repl);
  else if (repl instanceof LuaFunction) r = (caps) => replacementText(L, callN1(L, repl, caps));
  else {
    const t = repl as LuaTable;
    r = { lookup: (k) => replacementText(L, getTable(L, t, k, -1)) };
  }
  let res: [string, number];
  try {
    res = strGsub(src, p, r, maxS);
  } catch (e) {
    textError(L, e);
  }
  L.push(res[0]);
  L.push(res[1]);
  return 2;
}

/** The argument accessor of string.format (one per state; format never re-enters). */
class FormatArgAccess implements FormatArgs {
  top = 0;
  constructor(readonly L: LuaState) {}
  number(arg: number): number {
    return this.L.checkNumber(arg);
  }
  string(arg: number): string {
    return this.L.checkString(arg);
  }
}

function makeFormat(L0: LuaState): (L: LuaState, nargs: number) => number {
  const acc = new FormatArgAccess(L0);
  return (L, nargs) => {
    const fmt = L.checkString(1);
    let out: string;
    if (fmt.indexOf('%') < 0) {
      out = fmt;
    } else {
      const a = acc.L === L ? acc : new FormatArgAccess(L);
      a.top = nargs;
      try {
        out = luaFormat(fmt, a);
      } catch (e) {
        textError(L, e);
      }
    }
    L.push(out);
    return 1;
  };
}

/** luaopen_string: the library (with 5.1's gfind alias) and the strings' metatable. */
export function openString(L: LuaState): LuaTable {
  const funcs: LibFuncs = [
    ['byte', strByteFn],
    ['char', strCharFn],
    ['dump', strDumpFn],
    ['find', strFindFn],
    ['format', makeFormat(L)],
    ['gfind', () => 0], // replaced by gmatch below (LUA_COMPAT_GFIND)
    ['gmatch', gmatchFn],
    ['gsub', strGsubFn],
    ['len', strLen],
    ['lower', strLowerFn],
    ['match', strMatchFn],
    ['rep', strRepFn],
    ['reverse', strReverseFn],
    ['sub', strSubFn],
    ['upper', strUpperFn],
  ];
  const lib = registerLib(L, 'string', funcs);
  lib.set('gfind', lib.get('gmatch'));
  // createmetatable
  const mt = L.newTable(0, 1);
  L.typeMeta[T_STRING] = mt;
  mt.set('__index', lib);
  return lib;
}
