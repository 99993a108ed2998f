// Functions (lobject.h Closure): Lua closures over a Proto with upvalues, and native (JS)
// functions. Both carry an environment table (5.1 function environments, setfenv/getfenv).
import { GCObject, T_FUNCTION, newObjectId, type LuaValue } from './value.js';
import type { LuaTable } from './table.js';
import type { Proto } from '../chunk/proto.js';
import type { LuaState } from './state.js';

/**
 * An upvalue (UpVal). While open it aliases a slot of a thread's stack (`stack[idx]`); once
 * closed (idx = -1) it holds the value itself in `v`.
 */
export class UpVal {
  v: LuaValue = undefined;
  constructor(
    public stack: LuaValue[],
    public idx: number,
    /** Next open upvalue of the thread (list sorted by decreasing idx). */
    public next: UpVal | null,
  ) {}
  get(): LuaValue {
    return this.idx >= 0 ? this.stack[this.idx] : this.v;
  }
  set(x: LuaValue): void {
    if (this.idx >= 0) this.stack[this.idx] = x;
    else this.v = x;
  }
}

export abstract class LuaFunction extends GCObject {
  override hidx = -1;
  override mark = 0;
  override readonly id = newObjectId();
  readonly tt = T_FUNCTION;
  abstract readonly isNative: boolean;
  constructor(public env: LuaTable) {
    super();
  }
}

export class LuaClosure extends LuaFunction {
  readonly isNative = false;
  constructor(
    readonly p: Proto,
    env: LuaTable,
    readonly upvals: UpVal[],
  ) {
    super(env);
  }
}

/**
 * A native function. It runs with its arguments at `L.base .. L.base + nargs - 1` of the current
 * thread's stack (use L.arg(i), L.check*(i)), pushes its results with L.push and returns how many
 * it pushed (like lua_CFunction).
 */
export type NativeFn = (L: LuaState, nargs: number) => number;

/** VM-level natives whose calls the interpreter performs itself, without JS recursion. */
export const enum Special {
  NONE = 0,
  PCALL = 1,
  XPCALL = 2,
  RESUME = 3,
  YIELD = 4,
  WRAP = 5,
}

export class NativeFunction extends LuaFunction {
  readonly isNative = true;
  /** Upvalues of a native (like a C closure's): marked by the collector. */
  upvalues: LuaValue[];
  special: Special = Special.NONE;
  /**
   * Whether this is next (the global, or pairs' own copy): a generic for over it may step the
   * table itself (LuaTable.tryNext) instead of calling it, when the call could not fail.
   */
  isNext = false;
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    env: LuaTable,
    upvalues: LuaValue[] = [],
  ) {
    super(env);
    this.upvalues = upvalues;
  }
}
