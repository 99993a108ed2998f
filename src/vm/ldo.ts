// Calls and returns (ldo.c): precall/poscall, vararg adjustment, __call, CallInfo growth with
// 5.1's "stack overflow" depth, and the VM-level natives (pcall, xpcall, coroutine resume and
// yield) performed without JS recursion.
import { LuaClosure, LuaFunction, NativeFunction, Special } from './function.js';
import { LuaTable } from './table.js';
import {
  CallInfo, CI_LUA, CI_NATIVE, CI_PCALL, CI_XPCALL, CI_RESUME, CoStatus, LuaThread,
} from './thread.js';
import { LuaError, MSG_CSTACK, MSG_STACK, MSG_YIELD_BOUNDARY, errorInErrorHandling } from './errors.js';
import { MAXCALLS, MAXCCALLS, MINSTACK, TM_CALL, MASK_CALL, MASK_RET, callHook, type LuaState } from './state.js';
import { VARARG_NEEDSARG } from '../chunk/proto.js';
import { closeUpvals } from './upvalues.js';
import { where } from './debug.js';
import { T_FUNCTION, type LuaValue } from './value.js';
import { execute } from './execute.js';

/** precall outcomes. */
export const PCR_LUA = 0;
export const PCR_C = 1;
/** Frames or the running thread changed (special natives): the interpreter reloads. */
export const PCR_SWITCH = 2;

/** Push a CallInfo, raising 5.1's "stack overflow" at its depth (growCI of ldo.c). */
export function pushCi(L: LuaState, th: LuaThread): CallInfo {
  const idx = th.ci + 1;
  if (idx >= th.ciSize) {
    if (th.ciSize > MAXCALLS) throw errorInErrorHandling();
    th.ciSize *= 2;
    if (th.ciSize > MAXCALLS) L.runError(MSG_STACK);
  }
  let ci = th.cis[idx];
  if (ci === undefined) {
    ci = new CallInfo();
    th.cis.push(ci);
  }
  th.ci = idx;
  ci.finish = 0;
  return ci;
}

/**
 * The frame of a Lua call (luaD_precall's Lua branch, after the arguments are in place at
 * base..): a CallInfo, and the registers up to base + maxstacksize cleared to nil.
 */
export function pushLuaFrame(L: LuaState, th: LuaThread, cl: LuaClosure, func: number, base: number, nresults: number): CallInfo {
  const ci = pushCi(L, th);
  ci.kind = CI_LUA;
  ci.func = func;
  ci.base = base;
  const top = base + cl.p.maxStackSize;
  ci.top = top;
  ci.savedpc = 0;
  ci.nresults = nresults;
  ci.tailcalls = 0;
  ci.fn = cl;
  const stack = th.stack;
  for (let st = th.top; st < top; st++) stack[st] = undefined;
  th.top = top;
  return ci;
}

/** restore_stack_limit: after an error, undo an overflowed CallInfo size if possible. */
export function restoreStackLimit(th: LuaThread): void {
  if (th.ciSize > MAXCALLS && th.ci + 1 < MAXCALLS) th.ciSize = MAXCALLS;
}

/** tryfuncTM: a non-function called: insert its __call handler below the arguments. */
function tryFuncTM(L: LuaState, th: LuaThread, func: number): LuaFunction {
  const stack = th.stack;
  const v = stack[func];
  const tm = L.getTM(v, TM_CALL);
  if (!(tm instanceof LuaFunction)) {
    const ci = th.cis[th.ci]!;
    L.typeError(ci.kind === CI_LUA && func >= ci.base ? func - ci.base : -1, v, 'call');
  }
  th.ensureStack(th.top + 1);
  for (let p = th.top; p > func; p--) stack[p] = stack[p - 1];
  th.top++;
  stack[func] = tm;
  return tm;
}

/**
 * luaD_precall: start a call of stack[func] with arguments func+1..top-1.
 * A Lua function gets a new frame (PCR_LUA); a native runs to completion and its results are
 * posted (PCR_C); special natives may push frames or switch threads (PCR_SWITCH).
 */
export function precall(L: LuaState, th: LuaThread, func: number, nresults: number): number {
  let f = th.stack[func] as LuaFunction;
  if (typeof f !== 'object' || f.tt !== T_FUNCTION) f = tryFuncTM(L, th, func);
  if (!f.isNative) {
    const cl = f as LuaClosure;
    const p = cl.p;
    const stack = th.stack;
    if (stack.length < th.top + p.maxStackSize + MINSTACK) th.ensureStack(th.top + p.maxStackSize + MINSTACK);
    let base: number;
    if (p.isVararg === 0) {
      base = func + 1;
      if (th.top > base + p.numParams) th.top = base + p.numParams;
    } else {
      base = adjustVarargs(L, th, p.numParams, p.isVararg, th.top - func - 1);
    }
    const ci = pushLuaFrame(L, th, cl, func, base, nresults);
    if (L.hookMask !== 0) {
      ci.oldpc = 0;
      if (L.hookMask & MASK_CALL) {
        ci.savedpc = 1; // hooks assume pc is already incremented
        fireHook(L, 'call', -1);
        ci.savedpc = 0;
      }
    }
    return PCR_LUA;
  }
  const nf = f as NativeFunction;
  if (nf.special !== Special.NONE) return precallSpecial(L, th, nf, func, nresults);
  const ci = pushCi(L, th);
  ci.kind = CI_NATIVE;
  ci.func = func;
  ci.base = func + 1;
  ci.top = th.top + MINSTACK;
  ci.nresults = nresults;
  ci.tailcalls = 0;
  ci.fn = nf;
  th.ensureStack(ci.top);
  const savedBase = L.base;
  const savedNargs = L.nargs;
  if (L.hookMask & MASK_CALL) fireHook(L, 'call', -1);
  L.base = func + 1;
  L.nargs = th.top - func - 1;
  const n = nf.fn(L, L.nargs);
  L.base = savedBase;
  L.nargs = savedNargs;
  poscall(th, th.top - n);
  return PCR_C;
}

/** adjust_varargs: move the fixed parameters above the varargs; 5.1's `arg` table if needed. */
function adjustVarargs(L: LuaState, th: LuaThread, nfix: number, isVararg: number, actual: number): number {
  const stack = th.stack;
  for (; actual < nfix; ++actual) stack[th.top++] = undefined;
  let htab: LuaTable | undefined;
  if (isVararg & VARARG_NEEDSARG) {
    const nvar = actual - nfix;
    htab = L.newTable(nvar, 1);
    for (let i = 0; i < nvar; i++) htab.set(i + 1, stack[th.top - nvar + i]);
    htab.set('n', nvar);
  }
  const fixed = th.top - actual;
  const base = th.top;
  th.ensureStack(th.top + nfix + 1);
  for (let i = 0; i < nfix; i++) {
    stack[th.top++] = stack[fixed + i];
    stack[fixed + i] = undefined;
  }
  if (htab !== undefined) stack[th.top++] = htab;
  return base;
}

/**
 * luaD_poscall: pop the current frame and move its results (firstResult..top-1) to where the
 * frame's function was, adjusted to the wanted count. Sets top past the last result (or to the
 * caller's frame top when the caller is a Lua function that wanted a fixed count).
 */
export function poscall(th: LuaThread, firstResult: number): void {
  const ci = th.cis[th.ci]!;
  if (hookState.L !== null && hookState.L.hookMask & MASK_RET) callRetHooks(hookState.L, th, ci);
  let res = ci.func;
  const wanted = ci.nresults;
  th.ci--;
  const stack = th.stack;
  const top = th.top;
  if (wanted < 0) {
    while (firstResult < top) stack[res++] = stack[firstResult++];
  } else {
    let i = wanted;
    for (; i > 0 && firstResult < top; i--) stack[res++] = stack[firstResult++];
    for (; i > 0; i--) stack[res++] = undefined;
  }
  th.top = res;
}

/** The state whose debug hooks poscall must honour (set by setDebugHook). */
export const hookState: { L: LuaState | null } = { L: null };

/** callrethooks: "return", then one "tail return" per tail call lost below a Lua frame. */
function callRetHooks(L: LuaState, th: LuaThread, ci: CallInfo): void {
  if (L.th !== th) return;
  fireHook(L, 'return', -1);
  if (ci.kind === CI_LUA) {
    while (L.hookMask & MASK_RET && ci.tailcalls > 0) {
      ci.tailcalls--;
      fireHook(L, 'tail return', -1);
    }
  }
}

/** luaD_callhook: run the debug hook with the current frame on top; no hooks inside hooks. */
export function fireHook(L: LuaState, event: string, line: number): void {
  const h = L.debugHook;
  if (h === null || !L.allowHook) return;
  const th = L.th;
  const ci = th.cis[th.ci]!;
  const top = th.top;
  const ciTop = ci.top;
  th.ensureStack(top + MINSTACK);
  ci.top = top + MINSTACK;
  L.allowHook = false;
  const savedBase = L.base;
  const savedNargs = L.nargs;
  try {
    h(L, event, line);
  } finally {
    L.allowHook = true;
    L.base = savedBase;
    L.nargs = savedNargs;
    ci.top = ciTop;
    th.top = top;
  }
}

/**
 * After a special frame (pcall, xpcall, resume) returned to a Lua caller that wanted a fixed
 * number of results, the caller runs on with top = its frame's top (OP_CALL's
 * `if (nresults >= 0) L->top = L->ci->top`). The collector relies on it: it marks up to top.
 */
function fixTop(th: LuaThread, wanted: number): void {
  if (wanted >= 0) {
    const c = th.cis[th.ci]!;
    if (c.kind === CI_LUA) th.top = c.top;
  }
}

// ------------------------------------------------------------------ special natives
function pushSpecialCi(L: LuaState, th: LuaThread, kind: number, nf: NativeFunction, func: number, nresults: number): CallInfo {
  const ci = pushCi(L, th);
  ci.kind = kind;
  ci.func = func;
  ci.base = func + 1;
  ci.top = th.top + MINSTACK;
  ci.nresults = nresults;
  ci.tailcalls = 0;
  ci.fn = nf;
  ci.savedNCcalls = th.nCcalls;
  ci.wrap = 0;
  L.base = func + 1;
  L.nargs = th.top - func - 1;
  return ci;
}

function precallSpecial(L: LuaState, th: LuaThread, nf: NativeFunction, func: number, nresults: number): number {
  const savedBase = L.base;
  const savedNargs = L.nargs;
  switch (nf.special) {
    case Special.PCALL: {
      const ci = pushSpecialCi(L, th, CI_NATIVE, nf, func, nresults);
      L.checkAny(1);
      ci.kind = CI_PCALL;
      L.base = savedBase;
      L.nargs = savedNargs;
      return startProtected(L, th, func, func + 1);
    }
    case Special.XPCALL: {
      const ci = pushSpecialCi(L, th, CI_NATIVE, nf, func, nresults);
      L.checkAny(2);
      ci.kind = CI_XPCALL;
      L.base = savedBase;
      L.nargs = savedNargs;
      const stack = th.stack;
      const f = stack[func + 1];
      stack[func + 1] = stack[func + 2];
      stack[func + 2] = f;
      th.top = func + 3;
      return startProtected(L, th, func, func + 2);
    }
    case Special.RESUME:
    case Special.WRAP:
      return precallResume(L, th, nf, func, nresults, savedBase, savedNargs);
    case Special.YIELD: {
      // lua_yield: only from a coroutine with no C call (pcall, metamethod, native) in between
      if (th.nCcalls > th.baseCcalls || th.resumer === null) {
        pushSpecialCi(L, th, CI_NATIVE, nf, func, nresults);
        L.runError(MSG_YIELD_BOUNDARY);
      }
      th.yieldFunc = func;
      th.yieldNres = nresults;
      th.status = CoStatus.SUSPENDED;
      finishResume(L, th, true, func + 1);
      return PCR_SWITCH;
    }
    default:
      throw new LuaError('unknown special native');
  }
}

/** lua_pcall inside pcall/xpcall: C-call depth check, then call the protected function. */
function startProtected(L: LuaState, th: LuaThread, func: number, callee: number): number {
  if (++th.nCcalls >= MAXCCALLS) {
    // luaD_call's "C stack overflow" is raised inside the protected call (lua_pcall has set
    // errfunc): xpcall's handler runs on it, then xpcall returns false
    const err = errorMsg(L, new LuaError(MSG_CSTACK));
    th.nCcalls--;
    finishProtectedError(L, th, err);
    return PCR_C;
  }
  const r = precall(L, th, callee, -1);
  if (r === PCR_C) {
    finishProtectedOk(th);
    return PCR_C;
  }
  return PCR_SWITCH;
}

/** A pcall/xpcall frame is on top and its callee returned: prepend true and return. */
export function finishProtectedOk(th: LuaThread): void {
  const ci = th.cis[th.ci]!;
  th.nCcalls = ci.savedNCcalls;
  const first = ci.kind === CI_PCALL ? ci.func : ci.func + 1;
  th.stack[first] = true;
  poscall(th, first);
  fixTop(th, ci.nresults);
}

/** Unwind to the pcall/xpcall frame on top and return (false, err). */
export function finishProtectedError(L: LuaState, th: LuaThread, err: LuaError): void {
  const ci = th.cis[th.ci]!;
  closeUpvals(th, ci.func + 1);
  th.nCcalls = ci.savedNCcalls;
  const stack = th.stack;
  stack[ci.func] = false;
  stack[ci.func + 1] = err.value;
  th.top = ci.func + 2;
  poscall(th, ci.func);
  fixTop(th, ci.nresults);
  restoreStackLimit(th);
  void L;
}

/** coroutine.resume / wrap function: start or continue a suspended coroutine. */
function precallResume(
  L: LuaState, th: LuaThread, nf: NativeFunction, func: number, nresults: number,
  savedBase: number, savedNargs: number,
): number {
  const isWrap = nf.special === Special.WRAP;
  const ci = pushSpecialCi(L, th, CI_RESUME, nf, func, nresults);
  ci.wrap = isWrap ? 1 : 0;
  let co: LuaValue;
  let firstArg: number;
  if (isWrap) {
    co = nf.upvalues[0];
    firstArg = func + 1;
  } else {
    co = L.arg(1);
    if (!(co instanceof LuaThread)) L.argError(1, 'coroutine expected');
    firstArg = func + 2;
  }
  L.base = savedBase;
  L.nargs = savedNargs;
  const co2 = co as LuaThread;
  const nargs = th.top - firstArg;
  // auxresume: status check
  const st = coStatus(L, co2);
  if (st !== 'suspended') return resumeFailed(L, th, `cannot resume ${st} coroutine`);
  // lua_setlevel + lua_resume's C stack check
  co2.nCcalls = th.nCcalls;
  if (co2.nCcalls >= MAXCCALLS) return resumeFailed(L, th, MSG_CSTACK);
  co2.baseCcalls = ++co2.nCcalls;
  // move the arguments
  const stack = th.stack;
  co2.resumer = th;
  th.status = CoStatus.NORMAL;
  co2.status = CoStatus.RUNNING;
  L.th = co2;
  const cs = co2.stack;
  if (!co2.started) {
    co2.started = true;
    co2.ensureStack(co2.top + nargs + MINSTACK);
    for (let i = 0; i < nargs; i++) cs[co2.top++] = stack[firstArg + i];
    th.top = firstArg;
    const r = precall(L, co2, 0, -1);
    if (r === PCR_C) {
      coroutineReturned(L, co2);
      return PCR_C;
    }
    return PCR_SWITCH;
  }
  // resuming a yield: the arguments are the results of the yield call
  let res = co2.yieldFunc;
  const wanted = co2.yieldNres;
  co2.ensureStack(res + nargs + MINSTACK);
  if (wanted < 0) {
    for (let i = 0; i < nargs; i++) cs[res++] = stack[firstArg + i];
    co2.top = res;
  } else {
    for (let i = 0; i < wanted; i++) cs[res++] = i < nargs ? stack[firstArg + i] : undefined;
    co2.top = co2.cis[co2.ci]!.top;
  }
  th.top = firstArg;
  return PCR_SWITCH;
}

/** costatus of lbaselib.c */
export function coStatus(L: LuaState, co: LuaThread): string {
  if (L.th === co) return 'running';
  switch (co.status) {
    case CoStatus.SUSPENDED: return 'suspended';
    case CoStatus.NORMAL: return 'normal';
    case CoStatus.DEAD: return 'dead';
    default: return 'running';
  }
}

function resumeFailed(L: LuaState, th: LuaThread, msg: string): number {
  const ci = th.cis[th.ci]!;
  if (ci.wrap) {
    throw new LuaError(where(th, 1) + msg);
  }
  th.stack[ci.func] = false;
  th.stack[ci.func + 1] = msg;
  th.top = ci.func + 2;
  poscall(th, ci.func);
  fixTop(th, ci.nresults);
  void L;
  return PCR_C;
}

/** The coroutine's body returned: it is dead; deliver (true, results) to the resumer. */
export function coroutineReturned(L: LuaState, co: LuaThread): void {
  co.status = CoStatus.DEAD;
  finishResume(L, co, true, 0);
  co.top = 0;
}

/**
 * Switch back from coroutine `co` to its resumer, whose CI_RESUME frame is on top: the values
 * co.stack[first..co.top) become the results (after `true` for coroutine.resume).
 */
export function finishResume(L: LuaState, co: LuaThread, ok: boolean, first: number): void {
  const th = co.resumer!;
  co.resumer = null;
  if (co.status === CoStatus.RUNNING) co.status = CoStatus.SUSPENDED;
  th.status = CoStatus.RUNNING;
  L.th = th;
  const ci = th.cis[th.ci]!;
  const n = co.top - first;
  th.ensureStack(ci.func + n + 2 + MINSTACK);
  const stack = th.stack;
  let p = ci.func;
  if (!ci.wrap) stack[p++] = ok;
  const cs = co.stack;
  for (let i = 0; i < n; i++) stack[p++] = cs[first + i];
  co.top = first;
  if (co.status === CoStatus.SUSPENDED) co.top = first - 1 >= 0 ? first - 1 : 0;
  th.top = p;
  poscall(th, ci.func);
  fixTop(th, ci.nresults);
}

/** A coroutine died with an error: deliver (false, err) to coroutine.resume, or rethrow (wrap). */
export function coroutineFailed(L: LuaState, co: LuaThread, err: LuaError): LuaError | null {
  co.status = CoStatus.DEAD;
  closeUpvals(co, 0);
  const th = co.resumer!;
  co.resumer = null;
  th.status = CoStatus.RUNNING;
  L.th = th;
  const ci = th.cis[th.ci]!;
  if (ci.wrap) {
    // auxwrap: string errors get the position of the wrap function's caller
    const v = err.value;
    if (typeof v === 'string' || typeof v === 'number') {
      return new LuaError(where(th, 1) + L.rawToString(v));
    }
    // lua_error in the resumer: a new raise, through the resumer's message handler
    return new LuaError(v);
  }
  th.ensureStack(ci.func + 2);
  th.stack[ci.func] = false;
  th.stack[ci.func + 1] = err.value;
  th.top = ci.func + 2;
  poscall(th, ci.func);
  fixTop(th, ci.nresults);
  return null;
}

// ------------------------------------------------------------------ nested calls
/**
 * luaD_call: call stack[func] from JS (a native, a metamethod, the host); runs the interpreter
 * recursively. Counts as a C call (LUAI_MAXCCALLS).
 */
export function callValue(L: LuaState, func: number, nresults: number): void {
  const th = L.th;
  if (++th.nCcalls >= MAXCCALLS) {
    if (th.nCcalls === MAXCCALLS) {
      // luaG_runerror at depth LUAI_MAXCCALLS: the message handler runs one level deeper
      let err: LuaError;
      try {
        L.runError(MSG_CSTACK);
      } catch (e) {
        err = e as LuaError;
      }
      try {
        err = errorMsg(L, err);
      } finally {
        th.nCcalls--;
      }
      throw err;
    } else if (th.nCcalls >= MAXCCALLS + (MAXCCALLS >> 3)) {
      // error while handling a C stack overflow (the handler keeps failing)
      th.nCcalls--;
      throw errorInErrorHandling();
    }
  }
  const savedBase = L.base;
  const savedNargs = L.nargs;
  try {
    execute(L, th, th.ci + 1, func, nresults);
  } finally {
    th.nCcalls--;
    L.base = savedBase;
    L.nargs = savedNargs;
  }
}

callHook.callValue = callValue;

/**
 * luaG_errormsg (ldebug.c): when the running errfunc is an xpcall's message handler, call it
 * on the error value at the raise point (the erring frames still on the stack, one C level
 * deeper) and raise its result instead. The handler stays installed while it runs, so an
 * error inside it calls it again, nested, until luaD_call's "C stack overflow" and then
 * LUA_ERRERR ("error in error handling") at LUAI_MAXCCALLS + LUAI_MAXCCALLS/8. A handler that
 * is not a function is LUA_ERRERR at once. The running errfunc is the one of the innermost
 * pcall/xpcall frame of the running thread above its host-level protected call (`errFloor`):
 * pcall and lua_pcall from a native install none. Returns the error to deliver, marked
 * `handled` so that the frames it unwinds do not run a handler again.
 */
export function errorMsg(L: LuaState, err: LuaError): LuaError {
  if (err.handled) return err;
  err.handled = true;
  const th = L.th;
  let idx = th.ci;
  const floor = th.errFloor;
  while (idx > floor) {
    const k = th.cis[idx]!.kind;
    if (k === CI_PCALL) return err;
    if (k === CI_XPCALL) break;
    idx--;
  }
  if (idx <= floor) return err;
  const h = th.stack[th.cis[idx]!.func + 1];
  if (!(h instanceof LuaFunction)) return errorInErrorHandling();
  const func = th.top;
  th.ensureStack(func + 2 + MINSTACK);
  th.stack[func] = h;
  th.stack[func + 1] = err.value;
  th.top = func + 2;
  try {
    callValue(L, func, 1);
  } catch (e) {
    // the handler failed: its error already went through the handler again (nested)
    if (!(e instanceof LuaError)) throw e;
    return errorMsg(L, e);
  }
  const r = new LuaError(th.stack[func]);
  r.handled = true;
  th.top = func;
  return r;
}

