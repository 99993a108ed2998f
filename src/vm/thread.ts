// Threads (lua_State of lstate.h): a value stack, an explicit CallInfo array, the open upvalues.
// The main thread and every coroutine is one. CallInfo objects are pooled per thread and
// reused, so calls allocate nothing.
import { GCObject, T_THREAD, newObjectId, type LuaValue } from './value.js';
import type { LuaFunction, UpVal } from './function.js';
import type { LuaTable } from './table.js';

/** CallInfo kinds. */
export const CI_LUA = 0;
export const CI_NATIVE = 1;
/** A pcall in progress: the callee sits at func+1. */
export const CI_PCALL = 2;
/** An xpcall in progress: handler at func+1, callee at func+2. */
export const CI_XPCALL = 3;
/** coroutine.resume / a wrap function waiting for the coroutine it resumed. */
export const CI_RESUME = 4;
/** The base frame of a thread. */
export const CI_BASE = 5;

export class CallInfo {
  kind = CI_BASE;
  /** Stack index of the function being called. */
  func = 0;
  /** First register / argument. */
  base = 0;
  /** Top for this frame (Lua: base + maxstacksize). */
  top = 0;
  /** Next instruction (Lua frames). */
  savedpc = 0;
  /** Results wanted by the caller (-1 = all). */
  nresults = 0;
  /** Tail calls lost below this frame (5.1 ci->tailcalls). */
  tailcalls = 0;
  fn: LuaFunction | null = null;
  /** CI_PCALL/CI_XPCALL: nCcalls/nny to restore on completion. */
  savedNCcalls = 0;
  /** CI_RESUME: 1 = wrap (propagate errors), 0 = coroutine.resume. */
  wrap = 0;
  /** Line hook: index after the last traced instruction of this frame (5.1's oldpc). */
  oldpc = 0;
  /**
   * A metamethod frame run by the interpreter's own loop (meta.ts callMeta): how its return
   * completes the caller's op (FIN_* of meta.ts); 0 for every other frame.
   */
  finish = 0;
}

export const enum CoStatus {
  SUSPENDED = 0,
  RUNNING = 1,
  NORMAL = 2,
  DEAD = 3,
}

/** Number of CallInfos before the first growth (BASIC_CI_SIZE). */
const BASIC_CI_SIZE = 8;

export class LuaThread extends GCObject {
  override hidx = -1;
  override mark = 0;
  override readonly id = newObjectId();
  readonly tt = T_THREAD;
  /** The value stack; one array for the thread's life (open upvalues alias it). */
  readonly stack: LuaValue[] = [];
  top = 0;
  readonly cis: CallInfo[] = [];
  /** Index of the current CallInfo. */
  ci = 0;
  /** Emulated size_ci (for 5.1's stack overflow depth). */
  ciSize = BASIC_CI_SIZE;
  openupval: UpVal | null = null;
  status: CoStatus = CoStatus.SUSPENDED;
  /** 5.1 nCcalls / baseCcalls (C-call depth; yield allowed only when equal). */
  nCcalls = 0;
  baseCcalls = 0;
  /** The thread that resumed this one (while running or normal). */
  resumer: LuaThread | null = null;
  /** Set when the coroutine has started running its body. */
  started = false;
  /** While suspended in a yield: where the resume values go, and how many are wanted. */
  yieldFunc = 0;
  yieldNres = 0;
  /**
   * CallInfo index of the innermost host-level protected call (lua_pcall with errfunc 0): the
   * message handler of a pcall/xpcall frame at or below it is not the running errfunc.
   */
  errFloor = 0;

  constructor(public env: LuaTable) {
    super();
    for (let i = 0; i < BASIC_CI_SIZE; i++) this.cis.push(new CallInfo());
    this.ensureStack(64);
  }

  ensureStack(n: number): void {
    const s = this.stack;
    if (s.length < n) {
      let size = Math.max(n, s.length * 2);
      while (s.length < size) s.push(undefined);
      size = 0;
    }
  }
}
