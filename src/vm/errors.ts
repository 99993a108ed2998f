// Lua errors as JS exceptions, and every runtime error message of Lua 5.1.5 built in one place
// (ldebug.c luaG_typeerror/luaG_aritherror/luaG_concaterror/luaG_ordererror/luaG_runerror,
// lauxlib.c luaL_argerror/luaL_typerror/luaL_where).
import type { LuaValue } from './value.js';

/** A Lua error in flight: carries any Lua value to the nearest protected frame. */
export class LuaError {
  /** Set by the host-level protected call when a traceback was requested. */
  traceback: string | undefined = undefined;
  /**
   * The error has been through the message handler of its protected call (ldebug.c
   * luaG_errormsg runs it once, at the raise point), or is one luaD_throw raises without it
   * (LUA_ERRERR).
   */
  handled = false;
  constructor(public value: LuaValue) {}
  get message(): string {
    const v = this.value;
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '(error object is not a string)';
  }
  toString(): string {
    return 'LuaError: ' + this.message;
  }
}

/** Thrown (as a LuaError subclass) for memory errors: status LUA_ERRMEM. */
export class LuaMemoryError extends LuaError {
  constructor() {
    super('not enough memory');
  }
}

/** LUA_ERRERR (ldo.c luaD_throw): thrown past the message handler, never through it. */
export function errorInErrorHandling(): LuaError {
  const e = new LuaError(MSG_ERRERR);
  e.handled = true;
  return e;
}

/** Internal invariant violated: a bug in redlua, never a Lua-visible error. */
export class InternalError extends Error {
  override name = 'InternalError';
}

export const MSG_CSTACK = 'C stack overflow';
export const MSG_STACK = 'stack overflow';
export const MSG_ERRERR = 'error in error handling';
export const MSG_YIELD_BOUNDARY = 'attempt to yield across metamethod/C-call boundary';
export const MSG_YIELD_OUTSIDE = 'attempt to yield from outside a coroutine';
