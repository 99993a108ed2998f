// Public API of the VM, used by the CLI, the standard libraries and the Redis layer.
// See src/vm/README.md.
import { LuaState, HOOK_CONTINUE, HOOK_PAUSE, MASK_CALL, MASK_RET, MASK_LINE, type CountHook, type DebugHook } from './state.js';
import { hookState } from './ldo.js';
import { LuaTable } from './table.js';
import { LuaClosure, LuaFunction, NativeFunction, UpVal, type NativeFn } from './function.js';
import { LuaError, LuaMemoryError, InternalError } from './errors.js';
import { LuaUserdata, typeName, type LuaValue } from './value.js';
import { LuaThread } from './thread.js';
import { undump, UndumpError, bytesOf, LUA_SIGNATURE } from '../chunk/undump.js';
import { compile } from '../compiler/index.js';
import type { Proto } from '../chunk/proto.js';
import { openBase } from '../stdlib/base.js';
import { openCoroutine } from '../stdlib/coroutine.js';
import { execute, EXEC_PAUSED, NO_HOOK } from './execute.js';
import { closeUpvals } from './upvalues.js';
import { traceback } from './debug.js';
import { rawSet, getTable, setTable } from './meta.js';
import { numberToString } from './tostr.js';
import './ldo.js';

export {
  LuaState, LuaTable, LuaClosure, LuaFunction, NativeFunction, LuaUserdata, LuaThread, LuaError,
  LuaMemoryError, InternalError, UndumpError, HOOK_CONTINUE, HOOK_PAUSE, MASK_CALL, MASK_RET, MASK_LINE,
  typeName, numberToString,
  traceback, rawSet, getTable, setTable,
};
export type { LuaValue, NativeFn, CountHook, DebugHook, Proto, UpVal };

/** Instantiate a prototype as a main-chunk closure (no upvalues) with the globals as env. */
export function closureOf(L: LuaState, p: Proto): LuaClosure {
  const upvals: UpVal[] = [];
  for (let i = 0; i < p.numUpvalues; i++) {
    const uv = new UpVal(L.th.stack, -1, null);
    upvals.push(uv);
  }
  const cl = new LuaClosure(p, L.globals, upvals);
  L.heap.register(cl);
  return cl;
}

/**
 * Load a chunk (source text or a binary chunk, as a byte string or bytes). Throws LuaError
 * with lua5.1's message on a syntax error or a malformed binary chunk.
 */
export function loadChunk(L: LuaState, chunk: string | Uint8Array, chunkName: string): LuaClosure {
  let p: Proto;
  try {
    if (typeof chunk !== 'string') p = undump(chunk, chunkName);
    else if (chunk.startsWith(LUA_SIGNATURE[0]!)) p = undump(bytesOf(chunk), chunkName);
    else p = compile(chunk, chunkName);
  } catch (e) {
    if (e instanceof Error && (e.name === 'LuaSyntaxError' || e.name === 'UndumpError')) {
      throw new LuaError(e.message);
    }
    throw e;
  }
  return closureOf(L, p);
}

/** Create a state with the base and coroutine libraries open. */
export function createState(): LuaState {
  const L = new LuaState();
  L.loader = (L2, chunk, name) => loadChunk(L2, chunk, name);
  openBase(L);
  openCoroutine(L);
  return L;
}

export type CallResult =
  | { ok: true; values: LuaValue[] }
  | { ok: false; error: LuaValue; traceback: string | undefined };

/**
 * Protected call from the host (lua_pcall): runs fn(...args) on the main thread and returns
 * its results or the error value; with `withTraceback`, the traceback at the error point
 * (as lua.c's handler builds it) is included.
 */
export function pcallHost(L: LuaState, fn: LuaValue, args: readonly LuaValue[], withTraceback = false): CallResult {
  const th = L.th;
  const savedCi = th.ci;
  const savedTop = th.top;
  const savedNC = th.nCcalls;
  // lua_pcall with errfunc 0 (the traceback variant installs its handler through xpcall)
  const savedFloor = th.errFloor;
  th.errFloor = savedCi;
  try {
    if (withTraceback) {
      // run under an xpcall-like handler so the traceback sees the erring frames
      return callWithTraceback(L, fn, args);
    }
    const values = L.call(fn, args, -1);
    return { ok: true, values };
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    closeUpvals(th, savedTop);
    th.ci = savedCi;
    th.top = savedTop;
    th.nCcalls = savedNC;
    L.th = th;
    return { ok: false, error: e.value, traceback: e.traceback };
  } finally {
    th.errFloor = savedFloor;
  }
}

function callWithTraceback(L: LuaState, fn: LuaValue, args: readonly LuaValue[]): CallResult {
  let tb: string | undefined;
  const handler = L.newNative('traceback', (L2) => {
    const msg = L2.arg(1);
    if (typeof msg === 'string' || typeof msg === 'number') {
      tb = traceback(L2.th, undefined, 1, 1);
    }
    L2.push(msg);
    return 1;
  });
  const xp = L.globals.get('xpcall');
  const r = L.call(xp, [fn, handler, ...args], -1);
  if (r[0] === true) return { ok: true, values: r.slice(1) };
  return { ok: false, error: r[1], traceback: tb };
}

/** A run that can be paused by the count hook and resumed (Redis busy scripts). */
export interface Run {
  status: 'paused' | 'ok' | 'error';
  values: LuaValue[];
  error: LuaValue;
  /** Continue a paused run. */
  resume(): Run;
}

/**
 * Start fn(...args) on the main thread with the state's count hook active. When the hook
 * returns HOOK_PAUSE at an instruction boundary of the outermost interpreter, the run returns
 * status 'paused'; call resume() to continue. Inside a native's re-entry into Lua (a
 * metamethod, table.sort's comparator, pcall is NOT such a re-entry) the run cannot pause:
 * the hook is still called (and may throw to kill) but HOOK_PAUSE is ignored there.
 */
export function startRun(L: LuaState, fn: LuaValue, args: readonly LuaValue[]): Run {
  const th = L.main;
  const func = th.top;
  const savedCi = th.ci;
  const savedNC = th.nCcalls;
  th.ensureStack(func + args.length + 21);
  th.stack[func] = fn;
  for (let i = 0; i < args.length; i++) th.stack[func + 1 + i] = args[i];
  th.top = func + 1 + args.length;
  const stopCi = th.ci + 1;
  const step = (first: boolean): Run => {
    const run: Run = { status: 'ok', values: [], error: undefined, resume: () => step(false) };
    th.nCcalls++;
    // lua_pcall with errfunc 0 around the run
    const savedFloor = th.errFloor;
    th.errFloor = savedCi;
    try {
      L.paused = false;
      const st = execute(L, th, stopCi, first ? func : -1, -1);
      th.nCcalls--;
      if (st === EXEC_PAUSED) {
        run.status = 'paused';
        return run;
      }
      run.values = th.stack.slice(func, th.top);
      th.top = func;
      return run;
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      closeUpvals(th, func);
      th.ci = savedCi;
      th.top = func;
      th.nCcalls = savedNC;
      L.th = th;
      run.status = 'error';
      run.error = e.value;
      return run;
    } finally {
      th.errFloor = savedFloor;
    }
  };
  return step(true);
}

/** Set (or clear with count 0) the count hook. */
export function setHook(L: LuaState, count: number, hook: CountHook | null): void {
  L.hook = hook;
  L.hookCount = count > 0 && hook !== null ? count : 0;
  L.countLeft = L.hookCount;
  rearmHooks(L);
}

/**
 * Set (or clear with mask 0 / hook null) the debug hooks: call/return/line events as
 * lua_sethook delivers them (MASK_CALL | MASK_RET | MASK_LINE).
 */
export function setDebugHook(L: LuaState, hook: DebugHook | null, mask: number): void {
  L.debugHook = hook;
  L.hookMask = hook === null ? 0 : mask;
  hookState.L = L.hookMask !== 0 ? L : hookState.L === L ? null : hookState.L;
  rearmHooks(L);
}

function rearmHooks(L: LuaState): void {
  if ((L.hookMask & MASK_LINE) !== 0 && L.debugHook !== null) {
    L.hookCountdown = 1;
    // the frame running now starts tracing from its current instruction
    const ci = L.th.cis[L.th.ci];
    if (ci !== undefined) ci.oldpc = ci.savedpc;
  } else {
    L.hookCountdown = L.hookCount > 0 ? L.hookCount : NO_HOOK;
  }
}

// ------------------------------------------------------------------ host table access
/** Host rawset, journaled when a heap transaction is open. */
export function tableSet(L: LuaState, t: LuaTable, key: LuaValue, val: LuaValue): void {
  L.heap.journalTable(t);
  t.set(key, val);
}

export function tableGet(t: LuaTable, key: LuaValue): LuaValue {
  return t.get(key);
}

export function getGlobal(L: LuaState, name: string): LuaValue {
  return L.globals.get(name);
}

export function setGlobal(L: LuaState, name: string, v: LuaValue): void {
  tableSet(L, L.globals, name, v);
}

/** Register a global native function. */
export function registerNative(L: LuaState, name: string, fn: NativeFn): NativeFunction {
  const f = L.newNative(name, fn);
  tableSet(L, L.globals, name, f);
  return f;
}

/** Text of an error value as lua.c reports it. */
export function errorText(v: LuaValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return '(error object is not a string)';
}
