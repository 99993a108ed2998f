// The Lua state: global state (registry, globals, metatables of basic types, heap) plus the
// running thread, and the API that native functions use (lauxlib-style argument checks,
// errors, calls back into Lua).
import {
  typeName, typeOf, isFalse, LuaUserdata, T_TABLE, T_USERDATA, T_STRING, T_NUMBER, T_NIL,
  type LuaValue,
  LIGHTUSERDATA_NULL,
} from './value.js';
import { LuaTable } from './table.js';
import { strHash } from './strhash.js';
import { LuaFunction, LuaClosure, NativeFunction, type NativeFn, Special } from './function.js';
import { LuaThread, CoStatus, CI_LUA, type CallInfo } from './thread.js';
import { LuaError, InternalError } from './errors.js';
import { getFuncName, getObjName, where, currentLine, shortSrc } from './debug.js';
import { numberToString, toNumber } from './tostr.js';
import { Heap } from '../heap/heap.js';
import { chunkId } from '../chunk/chunkid.js';
import { closeUpvals } from './upvalues.js';

export type PcallResult = { ok: true; values: LuaValue[] } | { ok: false; error: LuaValue };

/** Event numbers of ltm.h (TMS). The first five are cached in LuaTable.flags. */
export const TM_INDEX = 0;
export const TM_NEWINDEX = 1;
export const TM_GC = 2;
export const TM_MODE = 3;
export const TM_EQ = 4;
export const TM_ADD = 5;
export const TM_SUB = 6;
export const TM_MUL = 7;
export const TM_DIV = 8;
export const TM_MOD = 9;
export const TM_POW = 10;
export const TM_UNM = 11;
export const TM_LEN = 12;
export const TM_LT = 13;
export const TM_LE = 14;
export const TM_CONCAT = 15;
export const TM_CALL = 16;
export const TM_NAMES: readonly string[] = [
  '__index', '__newindex', '__gc', '__mode', '__eq', '__add', '__sub', '__mul', '__div', '__mod',
  '__pow', '__unm', '__len', '__lt', '__le', '__concat', '__call',
];
/** strHash of each TM_NAMES entry (metamethod lookups skip hashing the name). */
const TM_HASHES: readonly number[] = TM_NAMES.map(strHash);

/** LUAI_MAXCCALLS */
export const MAXCCALLS = 200;
/** LUAI_MAXCALLS */
export const MAXCALLS = 20000;
/** LUA_MINSTACK */
export const MINSTACK = 20;
/** LUAI_MAXCSTACK (lua_checkstack limit for natives) */
export const MAXCSTACK = 8000;

/** What a count hook asks the interpreter to do. */
export const HOOK_CONTINUE = 0;
export const HOOK_PAUSE = 1;
export type CountHook = (L: LuaState) => number;
export type DebugHook = (L: LuaState, event: string, line: number) => void;
export const MASK_CALL = 1;
export const MASK_RET = 2;
export const MASK_LINE = 4;

export class LuaState {
  readonly heap: Heap;
  readonly registry: LuaTable;
  globals: LuaTable;
  readonly main: LuaThread;
  /** The running thread. */
  th: LuaThread;
  /** Metatables of basic types (strings' is the string library's). Indexed by type tag. */
  readonly typeMeta: (LuaTable | undefined)[] = [];
  /** Arguments of the running native: base index and count. */
  base = 0;
  nargs = 0;
  /** Output of print (binary-safe byte string). */
  stdout: (s: string) => void = (s) => {
    process.stdout.write(Buffer.from(s, 'latin1'));
  };
  /**
   * Where the state's standard input comes from when a host supplies it (all of it, read once
   * on first use); null means file descriptor 0.
   */
  stdinSource: (() => string) | null = null;
  /** Standard error of the state (io.stderr, debug.debug's prompt): hosts may capture it. */
  stderr: (s: string) => void = (s) => {
    process.stderr.write(Buffer.from(s, 'latin1'));
  };
  /** Count hook: called every `hookCount` instructions at an instruction boundary. */
  hookCount = 0;
  /** Instructions until the interpreter enters its hook routine (1 while a line hook is set). */
  hookCountdown = 0x3fffffff;
  hook: CountHook | null = null;
  /** Instructions left before the count hook fires, while a line hook forces a per-instruction check. */
  countLeft = 0;
  /**
   * Debug hooks (lua_sethook's call/return/line events, for debug.sethook): `hookMask` bits
   * MASK_CALL, MASK_RET, MASK_LINE; `debugHook(L, event, line)` with event "call", "return",
   * "tail return" or "line" (line = -1 except for "line"). Hooks do not fire inside a hook.
   * Set them with setDebugHook (index.ts).
   */
  hookMask = 0;
  debugHook: DebugHook | null = null;
  allowHook = true;
  /** Nesting of execute() invocations (only the outermost one can pause). */
  execDepth = 0;
  /**
   * Set by the interpreter around an op's slow path: a FIN_* code when a Lua metamethod may
   * run as a frame of the same loop (meta.ts callMeta); the first metamethod call takes it. `deferred`
   * tells the interpreter that the frame was pushed (the op completes when it returns).
   */
  vmDefer = 0;
  deferred = false;
  /** Folder relative file names of dofile/loadfile resolve against (undefined: process cwd). */
  cwd: string | undefined = undefined;
  /** Set when a run was paused by the hook: resume with resumeRun(). */
  paused = false;
  /** Loader used by load/loadstring/dofile: set by index.ts (compile or undump). */
  loader: ((L: LuaState, chunk: string | Uint8Array, chunkName: string) => LuaFunction) | null = null;

  constructor() {
    this.heap = new Heap();
    // lstate.c f_luaopen: registry and globals are luaH_new(L, 0, 2)
    this.registry = new LuaTable(this.heap, 0, 2);
    this.globals = new LuaTable(this.heap, 0, 2);
    this.heap.register(this.registry);
    this.heap.register(this.globals);
    this.main = new LuaThread(this.globals);
    this.main.status = CoStatus.RUNNING;
    this.heap.register(this.main);
    this.th = this.main;
    this.heap.state = this;
  }

  // ---------------------------------------------------------------- object creation
  newTable(narray = 0, nhash = 0): LuaTable {
    const t = new LuaTable(this.heap, narray, nhash);
    this.heap.register(t);
    return t;
  }

  newNative(name: string, fn: NativeFn, upvalues: LuaValue[] = []): NativeFunction {
    const f = new NativeFunction(name, fn, this.globals, upvalues);
    this.heap.register(f);
    return f;
  }

  newUserdata(payload: unknown = undefined): LuaUserdata {
    const u = new LuaUserdata(payload);
    this.heap.register(u);
    return u;
  }

  /** Register a global native function. */
  registerNative(name: string, fn: NativeFn): NativeFunction {
    const f = this.newNative(name, fn);
    this.globals.set(name, f);
    return f;
  }

  // ---------------------------------------------------------------- native arguments
  /** Argument i (1-based) of the running native; undefined when absent. */
  arg(i: number): LuaValue {
    return i <= this.nargs ? this.th.stack[this.base + i - 1] : undefined;
  }

  /** Set argument slot i (1-based, must be <= nargs). */
  setArg(i: number, v: LuaValue): void {
    this.th.stack[this.base + i - 1] = v;
  }

  /** Push a result (or a temporary) on the running thread's stack. */
  push(v: LuaValue): void {
    const th = this.th;
    if (th.top >= th.stack.length) th.ensureStack(th.top + 1);
    th.stack[th.top++] = v;
  }

  /** Push every value of an array and return how many were pushed. */
  pushAll(vs: readonly LuaValue[]): number {
    const th = this.th;
    th.ensureStack(th.top + vs.length);
    for (const v of vs) th.stack[th.top++] = v;
    return vs.length;
  }

  /** lua_checkstack for natives that push many values: false when over LUAI_MAXCSTACK. */
  checkStack(n: number): boolean {
    const th = this.th;
    if (n > MAXCSTACK || th.top - this.base + n > MAXCSTACK) return false;
    th.ensureStack(th.top + n);
    return true;
  }

  // ---------------------------------------------------------------- errors
  /** lua_error: raise any value. */
  throwValue(v: LuaValue): never {
    throw new LuaError(v);
  }

  /** luaL_error: message prefixed with the position of the native's caller (level 1). */
  error(msg: string): never {
    throw new LuaError(where(this.th, 1) + msg);
  }

  /** luaG_runerror: message prefixed with the position of the current Lua frame, if any. */
  runError(msg: string): never {
    const th = this.th;
    const ci = th.cis[th.ci]!;
    if (ci.kind === CI_LUA) throw new LuaError(`${shortSrc(ci)}:${currentLine(ci)}: ${msg}`);
    throw new LuaError(msg);
  }

  /** luaG_typeerror: `reg` is the register of the value in the current Lua frame, or -1. */
  typeError(reg: number, v: LuaValue, op: string): never {
    const t = typeName(v);
    const th = this.th;
    const name = reg >= 0 ? getObjName(th.cis[th.ci]!, reg) : null;
    if (name) this.runError(`attempt to ${op} ${name[0]} '${cstr(name[1])}' (a ${t} value)`);
    this.runError(`attempt to ${op} a ${t} value`);
  }

  /** luaL_argerror */
  argError(narg: number, extramsg: string): never {
    const th = this.th;
    const name = getFuncName(th, th.ci);
    if (name && name[0] === 'method') {
      narg--;
      if (narg === 0) this.error(`calling '${cstr(name[1])}' on bad self (${extramsg})`);
    }
    this.error(`bad argument #${narg} to '${name ? cstr(name[1]) : '?'}' (${extramsg})`);
  }

  /** luaL_typerror */
  typeArgError(narg: number, tname: string): never {
    const got = narg > this.nargs ? 'no value' : typeName(this.arg(narg));
    this.argError(narg, `${tname} expected, got ${got}`);
  }

  // ---------------------------------------------------------------- checks (lauxlib)
  checkAny(i: number): LuaValue {
    if (i > this.nargs) this.argError(i, 'value expected');
    return this.arg(i);
  }

  checkTable(i: number): LuaTable {
    const v = this.arg(i);
    if (v instanceof LuaTable) return v;
    this.typeArgError(i, 'table');
  }

  checkNumber(i: number): number {
    const v = this.arg(i);
    if (typeof v === 'number') return v;
    const n = toNumber(v);
    if (n === undefined) this.typeArgError(i, 'number');
    return n;
  }

  /** luaL_checkinteger: lua_tointeger truncates (x86-64 cast of the double). */
  checkInteger(i: number): number {
    return toInteger(this.checkNumber(i));
  }

  optNumber(i: number, d: number): number {
    const v = this.arg(i);
    return v === undefined ? d : this.checkNumber(i);
  }

  optInteger(i: number, d: number): number {
    const v = this.arg(i);
    return v === undefined ? d : this.checkInteger(i);
  }

  /** luaL_checklstring: numbers are converted (and the argument slot updated, as in C). */
  checkString(i: number): string {
    const v = this.arg(i);
    if (typeof v === 'string') return v;
    if (typeof v === 'number') {
      const s = numberToString(v);
      this.setArg(i, s);
      return s;
    }
    this.typeArgError(i, 'string');
  }

  optString(i: number, d: string): string {
    const v = this.arg(i);
    return v === undefined ? d : this.checkString(i);
  }

  checkFunction(i: number): LuaFunction {
    const v = this.arg(i);
    if (v instanceof LuaFunction) return v;
    this.typeArgError(i, 'function');
  }

  /** luaL_checkoption */
  checkOption(i: number, def: string | undefined, options: readonly string[]): number {
    const name = def !== undefined ? this.optString(i, def) : this.checkString(i);
    const idx = options.indexOf(name);
    if (idx < 0) this.argError(i, `invalid option '${cstr(name)}'`);
    return idx;
  }

  // ---------------------------------------------------------------- metatables
  getMetatable(v: LuaValue): LuaTable | undefined {
    if (v instanceof LuaTable || v instanceof LuaUserdata) return v.metatable;
    return this.typeMeta[typeOf(v)];
  }

  /** luaT_gettmbyobj */
  getTM(v: LuaValue, event: number): LuaValue {
    const mt = this.getMetatable(v);
    return mt === undefined ? undefined : mt.getStrH(TM_NAMES[event]!, TM_HASHES[event]!);
  }

  /** fasttm: metamethod of a metatable, caching absence in mt.flags for the first events. */
  fastTM(mt: LuaTable | undefined, event: number): LuaValue {
    if (mt === undefined) return undefined;
    if (event <= TM_EQ) {
      if ((mt.flags & (1 << event)) !== 0) return undefined;
      const tm = mt.getStrH(TM_NAMES[event]!, TM_HASHES[event]!);
      if (tm === undefined) mt.flags |= 1 << event;
      return tm;
    }
    return mt.getStrH(TM_NAMES[event]!, TM_HASHES[event]!);
  }

  // ---------------------------------------------------------------- conversions
  /** luaL_tolstring-like conversion used by tostring/print (honours __tostring). */
  tostring(v: LuaValue): string {
    const mt = this.getMetatable(v);
    if (mt !== undefined) {
      const f = mt.getStr('__tostring');
      if (f !== undefined) {
        const r = this.call(f, [v], 1)[0];
        if (typeof r === 'string') return r;
        if (typeof r === 'number') return numberToString(r);
        this.error("'__tostring' must return a string");
      }
    }
    return this.rawToString(v);
  }

  rawToString(v: LuaValue): string {
    switch (typeOf(v)) {
      case T_NIL: return 'nil';
      case T_NUMBER: return numberToString(v as number);
      case T_STRING: return v as string;
      case T_TABLE:
      case T_USERDATA:
      default:
        if (typeof v === 'boolean') return v ? 'true' : 'false';
        // A NULL light userdata (cjson.null): C's "%p" of NULL prints "(nil)" on glibc.
        if (v instanceof LuaUserdata && v.payload === LIGHTUSERDATA_NULL) return 'userdata: (nil)';
        return `${typeName(v)}: ${addr(v as LuaTable)}`;
    }
  }

  isFalse(v: LuaValue): boolean {
    return isFalse(v);
  }

  // ---------------------------------------------------------------- calls (set by ldo.ts)
  /**
   * Call `fn` with `args` (unprotected; errors propagate as LuaError) and return its results
   * (nresults = -1 for all). From a native this re-enters the interpreter (counts as a C call:
   * LUAI_MAXCCALLS bounds it, and a coroutine cannot yield across it).
   */
  call(fn: LuaValue, args: readonly LuaValue[], nresults = -1): LuaValue[] {
    const th = this.th;
    const func = th.top;
    th.ensureStack(func + args.length + 1 + MINSTACK);
    th.stack[func] = fn;
    for (let i = 0; i < args.length; i++) th.stack[func + 1 + i] = args[i];
    th.top = func + 1 + args.length;
    callHook.callValue(this, func, nresults);
    const out = th.stack.slice(func, th.top);
    th.top = func;
    return out;
  }

  /** lua_call on the stack: function and args at func..top-1; results land at func.. (top set). */
  callOnStack(func: number, nresults: number): void {
    callHook.callValue(this, func, nresults);
  }

  /**
   * Load a chunk (source text, or a binary chunk as bytes or as a byte string starting with
   * ESC). Throws LuaError carrying lua5.1's syntax/undump message.
   */
  load(chunk: string | Uint8Array, chunkName: string): LuaFunction {
    if (this.loader === null) throw new InternalError('no loader installed (use createState)');
    return this.loader(this, chunk, chunkName);
  }

  /**
   * Protected call (lua_pcall) on the running thread: {ok, values} or {ok: false, error}.
   * The stack, CallInfo depth and C-call depth are restored after an error.
   */
  pcall(fn: LuaValue, args: readonly LuaValue[], nresults = -1): PcallResult {
    const th = this.th;
    const savedCi = th.ci;
    const savedTop = th.top;
    const savedNC = th.nCcalls;
    const savedBase = this.base;
    const savedNargs = this.nargs;
    // lua_pcall with errfunc 0: no message handler for errors inside
    const savedFloor = th.errFloor;
    th.errFloor = savedCi;
    try {
      return { ok: true, values: this.call(fn, args, nresults) };
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      closeUpvals(th, savedTop);
      th.ci = savedCi;
      th.top = savedTop;
      th.nCcalls = savedNC;
      this.th = th;
      this.base = savedBase;
      this.nargs = savedNargs;
      return { ok: false, error: e.value };
    } finally {
      th.errFloor = savedFloor;
    }
  }

  /** luaL_ref on the registry: keep a value alive under an integer key (LUA_REFNIL = -1 for nil). */
  ref(v: LuaValue): number {
    if (v === undefined) return -1;
    const reg = this.registry;
    const free = reg.getNum(0);
    let r: number;
    if (typeof free === 'number' && free !== 0) {
      r = free;
      reg.set(0, reg.getNum(r));
    } else {
      r = reg.length() + 1;
    }
    reg.set(r, v);
    return r;
  }

  getRef(r: number): LuaValue {
    return r > 0 ? this.registry.getNum(r) : undefined;
  }

  /** luaL_unref */
  unref(r: number): void {
    if (r <= 0) return;
    const reg = this.registry;
    reg.set(r, reg.getNum(0) ?? 0);
    reg.set(0, r);
  }

  chunkId(source: string): string {
    return chunkId(source);
  }
}

/** A Lua string as C's "%s" prints it: up to its first NUL byte. */
export function cstr(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

function addr(o: LuaTable): string {
  return '0x' + (0x8000000 + o.id * 0x20).toString(16).padStart(8, '0');
}

/** lua_tointeger on x86-64: the double is truncated; out-of-range values give INT64_MIN. */
export function toInteger(n: number): number {
  if (n !== n) return -9223372036854775808;
  const t = Math.trunc(n);
  if (t >= 9223372036854775807 || t < -9223372036854775808) return -9223372036854775808;
  return t;
}

/** Late binding of the call machinery (ldo.ts) to avoid an import cycle at module init. */
export const callHook: { callValue: (L: LuaState, func: number, nresults: number) => void } = {
  callValue: () => {
    throw new InternalError('ldo not loaded');
  },
};

export { LuaClosure, Special, T_NIL };
export type { CallInfo };
