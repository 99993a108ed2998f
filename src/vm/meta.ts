// Metamethod dispatch, from one place (lvm.c luaV_gettable/luaV_settable/luaV_arith/
// luaV_lessthan/luaV_lessequal/luaV_equalval/luaV_concat, ltm.c): the interpreter's fast paths
// handle plain tables and numbers; everything else comes here.
import { LuaTable, TableIndexError } from './table.js';
import { LuaUserdata, typeOf, typeName, isFalse, T_FUNCTION, type LuaValue } from './value.js';
import {
  TM_INDEX, TM_NEWINDEX, TM_EQ, TM_ADD, TM_SUB, TM_MUL, TM_DIV, TM_MOD, TM_POW, TM_UNM, TM_LEN,
  TM_LT, TM_LE, TM_CONCAT, MAXCCALLS, type LuaState,
} from './state.js';
import { callValue, precall } from './ldo.js';
import { LuaClosure } from './function.js';
import { toNumber, numberToString } from './tostr.js';
import { pow, numMod } from '../text/libm.js';

/** Longest __index/__newindex chain before 'loop in gettable' (lvm.c MAXTAGLOOP). */
export const MAXTAGLOOP = 100;

/** Redis 7.0's message for writes to a read-only table. */
export const MSG_READONLY = 'Attempt to modify a readonly table';

/** How the return of a deferred metamethod frame completes the interpreter's op. */
export const FIN_STORE = 1; // the result goes to register A (gettable, arithmetic, #)
export const FIN_COND = 2; // the result's truth decides the comparison's jump
export const FIN_NCOND = 3; // the same, negated (__le answered by not __lt(b, a))
export const FIN_DISCARD = 4; // no result (__newindex)

/**
 * Call metamethod f with `nargs` (2 or 3) arguments and `nres` (1 or 0) results, from the
 * argument slots above the current top (callTMres / callTM of lvm.c).
 *
 * A metamethod written in Lua, called from an op of the interpreter (L.vmDefer = its FIN_*
 * code), runs as a frame of the same interpreter loop instead of a nested one (5.2's
 * luaV_finishOp design, with 5.1's semantics): the frame is pushed and marked, the result is
 * undefined here, and the RETURN that pops the frame completes the op (execute.ts finishOp).
 * It counts one C level as luaD_call does, so "C stack overflow" and "attempt to yield across
 * metamethod/C-call boundary" come where 5.1 raises them; the level before the overflow, a
 * native metamethod, and debug hooks use the nested call instead.
 */
function callMeta(L: LuaState, f: LuaValue, a: LuaValue, b: LuaValue, c: LuaValue, nargs: number, nres: number): LuaValue {
  const fin = L.vmDefer;
  L.vmDefer = 0;
  const th = L.th;
  const func = th.top;
  th.ensureStack(func + 5);
  const stack = th.stack;
  stack[func] = f;
  stack[func + 1] = a;
  stack[func + 2] = b;
  if (nargs === 3) stack[func + 3] = c;
  th.top = func + 1 + nargs;
  if (fin !== 0 && f instanceof LuaClosure && L.hookMask === 0 && th.nCcalls + 1 < MAXCCALLS) {
    th.nCcalls++;
    precall(L, th, func, nres);
    th.cis[th.ci]!.finish = nres === 0 ? FIN_DISCARD : fin;
    L.deferred = true;
    return undefined;
  }
  callValue(L, func, nres);
  const r = nres > 0 ? stack[func] : undefined;
  th.top = func;
  return r;
}

/** callTMres: call metamethod f(a, b) and return its first result (undefined when deferred). */
export function callTM(L: LuaState, f: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
  return callMeta(L, f, a, b, undefined, 2, 1);
}

/** callTM with three arguments and no result (__newindex). */
function callTM3(L: LuaState, f: LuaValue, a: LuaValue, b: LuaValue, c: LuaValue): void {
  callMeta(L, f, a, b, c, 3, 0);
}

/** luaV_gettable. `reg` is the register holding t in the current Lua frame, or -1. */
export function getTable(L: LuaState, t: LuaValue, key: LuaValue, reg: number): LuaValue {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let tm: LuaValue;
    if (t instanceof LuaTable) {
      const res = t.get(key);
      if (res !== undefined || (tm = L.fastTM(t.metatable, TM_INDEX)) === undefined) return res;
    } else if ((tm = L.getTM(t, TM_INDEX)) === undefined) {
      L.typeError(reg, t, 'index');
    }
    if (typeof tm === 'object' && tm.tt === T_FUNCTION) return callTM(L, tm, t, key);
    t = tm;
    reg = -1;
  }
  L.runError('loop in gettable');
}

/** luaV_settable. The raw slot is created (luaH_set) before __newindex is consulted, as in C. */
export function setTable(L: LuaState, t: LuaValue, key: LuaValue, val: LuaValue, reg: number): void {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let tm: LuaValue;
    if (t instanceof LuaTable) {
      if (t.readonly) L.runError(MSG_READONLY);
      const mt = t.metatable;
      if (mt === undefined) {
        rawSet(L, t, key, val);
        return;
      }
      const old = t.get(key);
      if (old !== undefined || (tm = L.fastTM(mt, TM_NEWINDEX)) === undefined) {
        rawSet(L, t, key, val);
        return;
      }
      rawSet(L, t, key, undefined); // luaH_set creates the key before the TM is tried
    } else if ((tm = L.getTM(t, TM_NEWINDEX)) === undefined) {
      L.typeError(reg, t, 'index');
    }
    if (typeof tm === 'object' && tm.tt === T_FUNCTION) {
      callTM3(L, tm, t, key, val);
      return;
    }
    t = tm;
    reg = -1;
  }
  L.runError('loop in settable');
}

/** luaH_set with 5.1's runtime errors for nil/NaN keys. */
export function rawSet(L: LuaState, t: LuaTable, key: LuaValue, val: LuaValue): void {
  if (t.readonly) L.runError(MSG_READONLY);
  try {
    t.set(key, val);
  } catch (e) {
    if (e instanceof TableIndexError) L.runError(e.message);
    throw e;
  }
}

function arithOp(event: number, a: number, b: number): number {
  switch (event) {
    case TM_ADD: return a + b;
    case TM_SUB: return a - b;
    case TM_MUL: return a * b;
    case TM_DIV: return a / b;
    case TM_MOD: return numMod(a, b);
    case TM_POW: return pow(a, b); // luai_numpow: C pow (glibc)
    default: return -a;
  }
}

/** call_binTM: __event of p1, else of p2; undefined when neither has one. */
function binTM(L: LuaState, p1: LuaValue, p2: LuaValue, event: number): LuaValue {
  let tm = L.getTM(p1, event);
  if (tm === undefined) tm = L.getTM(p2, event);
  return tm;
}

/** luaV_arith: string coercion, then metamethods, else luaG_aritherror. */
export function arith(L: LuaState, rb: LuaValue, rc: LuaValue, event: number, regB: number, regC: number): LuaValue {
  const b = toNumber(rb);
  const c = toNumber(rc);
  if (b !== undefined && c !== undefined) return arithOp(event, b, c);
  const tm = binTM(L, rb, rc, event);
  if (tm !== undefined) return callTM(L, tm, rb, rc);
  // luaG_aritherror: blame the first operand that is not a number
  if (b === undefined) L.typeError(regB, rb, 'perform arithmetic on');
  L.typeError(regC, rc, 'perform arithmetic on');
}

/** OP_LEN for non-table, non-string values. */
export function objLen(L: LuaState, rb: LuaValue, regB: number): LuaValue {
  const tm = binTM(L, rb, undefined, TM_LEN);
  if (tm !== undefined) return callTM(L, tm, rb, undefined);
  L.typeError(regB, rb, 'get length of');
}

/** luaG_ordererror */
function orderError(L: LuaState, a: LuaValue, b: LuaValue): never {
  const t1 = typeName(a);
  const t2 = typeName(b);
  if (t1[2] === t2[2]) L.runError(`attempt to compare two ${t1} values`);
  L.runError(`attempt to compare ${t1} with ${t2}`);
}

/** call_orderTM: -1 when there is no (common) metamethod. */
function orderTM(L: LuaState, a: LuaValue, b: LuaValue, event: number): number {
  const tm1 = L.getTM(a, event);
  if (tm1 === undefined) return -1;
  const tm2 = L.getTM(b, event);
  if (tm1 !== tm2) return -1;
  return isFalse(callTM(L, tm1, a, b)) ? 0 : 1;
}

/** luaV_lessthan */
export function lessThan(L: LuaState, a: LuaValue, b: LuaValue): boolean {
  const ta = typeOf(a);
  if (ta !== typeOf(b)) orderError(L, a, b);
  if (typeof a === 'number') return a < (b as number);
  if (typeof a === 'string') return a < (b as string);
  const r = orderTM(L, a, b, TM_LT);
  if (r !== -1) return r === 1;
  orderError(L, a, b);
}

/** luaV_lessequal (falls back to not (b < a) with __lt) */
export function lessEqual(L: LuaState, a: LuaValue, b: LuaValue): boolean {
  const ta = typeOf(a);
  if (ta !== typeOf(b)) orderError(L, a, b);
  if (typeof a === 'number') return a <= (b as number);
  if (typeof a === 'string') return a <= (b as string);
  let r = orderTM(L, a, b, TM_LE);
  if (r !== -1) return r === 1;
  if (L.vmDefer === FIN_COND) L.vmDefer = FIN_NCOND;
  r = orderTM(L, b, a, TM_LT);
  if (r !== -1) return r === 0;
  orderError(L, a, b);
}

/** luaV_equalval for two values of the same type that are not raw-equal. */
export function equalObj(L: LuaState, a: LuaValue, b: LuaValue): boolean {
  if (a === b) return true;
  let mt1: LuaTable | undefined;
  let mt2: LuaTable | undefined;
  if (a instanceof LuaTable && b instanceof LuaTable) {
    mt1 = a.metatable;
    mt2 = b.metatable;
  } else if (a instanceof LuaUserdata && b instanceof LuaUserdata) {
    mt1 = a.metatable;
    mt2 = b.metatable;
  } else {
    return false;
  }
  // get_compTM
  const tm1 = L.fastTM(mt1, TM_EQ);
  if (tm1 === undefined) return false;
  let tm: LuaValue = tm1;
  if (mt1 !== mt2) {
    const tm2 = L.fastTM(mt2, TM_EQ);
    if (tm2 === undefined || tm1 !== tm2) return false;
    tm = tm1;
  }
  return !isFalse(callTM(L, tm, a, b));
}

/** tostring() of lvm.c: numbers become strings in place; false for other non-strings. */
function toStr(stack: LuaValue[], idx: number): boolean {
  const v = stack[idx];
  if (typeof v === 'string') return true;
  if (typeof v === 'number') {
    stack[idx] = numberToString(v);
    return true;
  }
  return false;
}

/** luaV_concat: concatenate registers first..last (absolute stack indices) into stack[first]. */
export function concat(L: LuaState, base: number, first: number, last: number): void {
  const th = L.th;
  let total = last - first + 1;
  let lastIdx = base + last;
  do {
    const stack = th.stack;
    const top = lastIdx + 1;
    let n = 2;
    const p1 = stack[top - 2];
    if (!(typeof p1 === 'string' || typeof p1 === 'number') || !toStr(stack, top - 1)) {
      const p2 = stack[top - 1];
      const tm = binTM(L, p1, p2, TM_CONCAT);
      if (tm === undefined) {
        // luaG_concaterror: blame the first operand that is not a string or number
        const blameFirst = !(typeof p1 === 'string' || typeof p1 === 'number');
        L.typeError(blameFirst ? top - 2 - base : top - 1 - base, blameFirst ? p1 : p2, 'concatenate');
      }
      stack[top - 2] = callTM(L, tm, p1, p2);
    } else if ((stack[top - 1] as string).length === 0) {
      toStr(stack, top - 2);
    } else {
      let tl = (stack[top - 1] as string).length;
      for (n = 1; n < total && toStr(stack, top - n - 1); n++) {
        tl += (stack[top - n - 1] as string).length;
        if (tl > 0x7fffffff) L.runError('string length overflow');
      }
      let s = '';
      for (let i = n; i > 0; i--) s += stack[top - i] as string;
      stack[top - n] = s;
    }
    total -= n - 1;
    lastIdx -= n - 1;
  } while (total > 1);
}

export { TM_SUB, TM_MUL, TM_DIV, TM_MOD, TM_POW, TM_UNM, TM_LE, TM_LT, TM_CONCAT, TM_EQ, TM_NEWINDEX, TM_INDEX, TM_LEN };
