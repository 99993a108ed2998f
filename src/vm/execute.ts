// The interpreter (lvm.c luaV_execute), non-recursive: Lua->Lua calls, returns, tail calls,
// pcall/xpcall and coroutine switches change the CallInfo array and the running thread, never
// the JS stack. One `switch` over the opcode with pc/base/code/k in locals; the slow paths
// (metamethods, coercions, errors) live in meta.ts. Errors are LuaError exceptions caught here
// and delivered to the nearest pcall/xpcall frame or coroutine resumer (ldo.c luaD_throw).
import { Op } from '../spec/opcodes.js';
import { LuaTable, TableIndexError, fb2int, NEXT_PAIR } from './table.js';
import { LuaClosure, LuaFunction, NativeFunction, Special, type UpVal } from './function.js';
import { isFalse, T_FUNCTION, T_STRING, type LuaValue } from './value.js';
import {
  CI_LUA, CI_PCALL, CI_XPCALL, CI_BASE, CI_RESUME, type CallInfo, type LuaThread,
} from './thread.js';
import { LuaError, InternalError } from './errors.js';
import {
  TM_INDEX, TM_ADD, TM_SUB, TM_MUL, TM_DIV, TM_MOD, TM_POW, TM_UNM, HOOK_PAUSE, MINSTACK, MASK_LINE, MAXCCALLS,
  type LuaState,
} from './state.js';
import {
  precall, poscall, pushLuaFrame, PCR_LUA, PCR_C, finishProtectedOk, finishProtectedError, coroutineReturned,
  coroutineFailed, callValue, restoreStackLimit, fireHook, errorMsg,
} from './ldo.js';
import {
  getTable, setTable, arith, objLen, lessThan, lessEqual, equalObj, concat,
  FIN_STORE, FIN_COND, FIN_NCOND, FIN_DISCARD, MAXTAGLOOP,
} from './meta.js';
import { findUpval, closeUpvals } from './upvalues.js';
import { str2number } from './tostr.js';
import { pow, numMod } from '../text/libm.js';
import { HOT_LOOP, protoJit, runHotLoop } from './jit/loops.js';

export const EXEC_DONE = 0;
export const EXEC_PAUSED = 1;

/** A large countdown used when no count hook is set. */
export const NO_HOOK = 0x3fffffff;

/**
 * Run the interpreter until the frame at index `stopCi` of `entryTh` returns. When func >= 0,
 * first call stack[func] (with nresults); func = -1 continues a paused run.
 */
export function execute(L: LuaState, entryTh: LuaThread, stopCi: number, func: number, nresults: number): number {
  L.execDepth++;
  try {
    let start = func >= 0;
    for (;;) {
      try {
        if (start) {
          start = false;
          precall(L, entryTh, func, nresults);
        }
        return run(L, entryTh, stopCi);
      } catch (e) {
        handleError(L, entryTh, stopCi, e);
      }
    }
  } finally {
    L.execDepth--;
  }
}

/** Turn any exception into a LuaError (JS bugs are rethrown). */
function toLuaError(L: LuaState, e: unknown): LuaError {
  if (e instanceof LuaError) return e;
  if (e instanceof TableIndexError) {
    try {
      L.runError(e.message);
    } catch (e2) {
      return e2 as LuaError;
    }
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new LuaError('C stack overflow');
  }
  throw e;
}

/**
 * luaD_throw: find the nearest protected frame of the running thread within this execute()
 * (or the resumer of a coroutine started inside it) and recover there; rethrow otherwise.
 */
function handleError(L: LuaState, entryTh: LuaThread, stopCi: number, e: unknown): void {
  // an op's slow path that raised before reaching its metamethod leaves the request set
  L.vmDefer = 0;
  L.deferred = false;
  // luaG_errormsg runs at the raise point: the message handler first, then the unwinding
  let err = errorMsg(L, toLuaError(L, e));
  for (;;) {
    const th = L.th;
    const lower = th === entryTh ? stopCi : 1;
    let idx = th.ci;
    while (idx >= lower) {
      const k = th.cis[idx]!.kind;
      if (k === CI_PCALL || k === CI_XPCALL) break;
      idx--;
    }
    if (idx >= lower) {
      th.ci = idx;
      finishProtectedError(L, th, err);
      return;
    }
    if (th !== entryTh && th.resumer !== null) {
      const e2 = coroutineFailed(L, th, err);
      if (e2 === null) return;
      err = errorMsg(L, e2);
      continue;
    }
    throw err;
  }
}

/**
 * The hook routine (lvm.c traceexec), entered when hookCountdown runs out: the count hook
 * (which may pause: outermost execute only) and the line hook (a new line, a new function or
 * a jump backwards). `pc` is the index after the instruction about to run.
 */
function onHook(L: LuaState, ci: CallInfo, pc: number): boolean {
  const lineMode = (L.hookMask & MASK_LINE) !== 0 && L.debugHook !== null;
  let pause = false;
  // the next period starts before any hook runs (traceexec: resethookcount, then
  // luaD_callhook), so the hook function's own instructions count toward it; a hook that
  // changes the hooks re-arms the countdown itself (setDebugHook / debug.sethook)
  L.hookCountdown = lineMode ? 1 : L.hookCount > 0 ? L.hookCount : NO_HOOK;
  if (L.hookCount > 0 && L.hook !== null && (!lineMode || --L.countLeft <= 0)) {
    L.countLeft = L.hookCount;
    ci.savedpc = pc;
    pause = L.hook(L) === HOOK_PAUSE && L.execDepth === 1;
  }
  if (lineMode && L.allowHook) {
    const p = (ci.fn as LuaClosure).p;
    const npc = pc - 1;
    const newline = p.lineInfo[npc] ?? 0;
    const oldpc = ci.oldpc;
    ci.oldpc = pc;
    if (npc === 0 || pc <= oldpc || newline !== (p.lineInfo[oldpc - 1] ?? 0)) {
      ci.savedpc = pc;
      fireHook(L, 'line', newline);
    }
  }
  return pause;
}

/** The metamethod frame meta.ts callMeta just pushed (the interpreter continues in it). */
function deferredFrame(L: LuaState, th: LuaThread): CallInfo {
  L.deferred = false;
  return th.cis[th.ci]!;
}

/**
 * luaV_finishOp: the metamethod frame called by the op before ci.savedpc returned its result
 * (at th.top - 1); complete the op as the interpreter would have with that value.
 */
function finishOp(th: LuaThread, ci: CallInfo, fin: number): void {
  const code = (ci.fn as LuaClosure).p.code;
  const i = code[ci.savedpc - 1]!;
  if (fin === FIN_STORE) {
    th.stack[ci.base + ((i >>> 6) & 0xff)] = th.stack[th.top - 1];
  } else if (fin !== FIN_DISCARD) {
    // EQ/LT/LE: savedpc is at the JMP that follows; take it when the outcome equals A
    const res = th.stack[th.top - 1];
    let cond = !(res === undefined || res === false);
    if (fin === FIN_NCOND) cond = !cond;
    let pc = ci.savedpc;
    if ((cond ? 1 : 0) === ((i >>> 6) & 0xff)) pc += (code[pc]! >>> 14) - 131071;
    ci.savedpc = pc + 1;
  }
}

function run(L: LuaState, entryTh: LuaThread, stopCi: number): number {
  let th = L.th;
  // The count-hook countdown lives in a local while this loop runs; L.hookCountdown is the
  // truth whenever other code runs (every call-out stores it before and reloads it after,
  // every return from run stores it), so nested runs and hooks see exact counts.
  let hc = L.hookCountdown;
  newframe: for (;;) {
    th = L.th;
    let ci: CallInfo;
    for (;;) {
      if (th === entryTh && th.ci < stopCi) {
        L.hookCountdown = hc;
        return EXEC_DONE;
      }
      ci = th.cis[th.ci]!;
      if (ci.kind === CI_LUA) break;
      if (ci.kind === CI_PCALL || ci.kind === CI_XPCALL) {
        finishProtectedOk(th);
        const c2 = th.cis[th.ci]!;
        if (c2.kind === CI_LUA && ci.nresults >= 0) th.top = c2.top;
        continue;
      }
      if (ci.kind === CI_BASE) {
        coroutineReturned(L, th);
        th = L.th;
        const c2 = th.cis[th.ci + 1]!;
        const c3 = th.cis[th.ci]!;
        if (c3.kind === CI_LUA && c2.nresults >= 0) th.top = c3.top;
        continue;
      }
      throw new InternalError(`interpreter reached a frame of kind ${ci.kind}`);
    }
    // a Lua frame of the running thread: a Lua->Lua call or a return to a Lua caller comes
    // straight back here (`continue enter`), the other transitions go through the checks above
    enter: for (;;) {
      const cl = ci.fn as LuaClosure;
      const p = cl.p;
      const code = p.code;
      const k = p.k;
      const upvals = cl.upvals;
      const base = ci.base;
      const stack = th.stack;
      const pj = p.jit ?? protoJit(p);
      const hot = pj.hot;
      const kh = pj.kh;
      let pc = ci.savedpc;
      for (;;) {
        const i = code[pc++]!;
        if (--hc <= 0) {
          L.hookCountdown = hc;
          const pause = onHook(L, ci, pc);
          hc = L.hookCountdown;
          if (pause) {
            ci.savedpc = pc - 1;
            L.paused = true;
            return EXEC_PAUSED;
          }
        }
        const ra = base + ((i >>> 6) & 0xff);
        switch (i & 0x3f) {
          case Op.MOVE:
            stack[ra] = stack[base + (i >>> 23)];
            continue;
          case Op.LOADK:
            stack[ra] = k[i >>> 14];
            continue;
          case Op.LOADBOOL:
            stack[ra] = (i >>> 23) !== 0;
            if (((i >>> 14) & 0x1ff) !== 0) pc++;
            continue;
          case Op.LOADNIL: {
            const rb = base + (i >>> 23);
            for (let r = ra; r <= rb; r++) stack[r] = undefined;
            continue;
          }
          case Op.GETUPVAL: {
            const uv = upvals[i >>> 23]!;
            stack[ra] = uv.idx >= 0 ? uv.stack[uv.idx] : uv.v;
            continue;
          }
          case Op.GETGLOBAL: {
            const key = k[i >>> 14] as string;
            const env = cl.env;
            const v = env.getStrH(key, kh[i >>> 14]!);
            if (v !== undefined || env.metatable === undefined) {
              stack[ra] = v;
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = getTable(L, env, key, -1);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.GETTABLE:
          case Op.SELF: {
            // SELF is GETTABLE after R(A+1) := R(B) (lvm.c: the key is read after that store)
            const b = i >>> 23;
            const t = stack[base + b];
            if ((i & 0x3f) === Op.SELF) stack[ra + 1] = t;
            const c = (i >>> 14) & 0x1ff;
            const key = c & 0x100 ? k[c & 0xff] : stack[base + c];
            // a constant string key's hash (kh), else -1
            const hk = c & 0x100 ? kh[c & 0xff]! : -1;
            if (t instanceof LuaTable) {
              // luaV_gettable's fast path, written out: V8 does not inline helper calls into
              // this large function (a shared helper cost 7% of methods.lua).
              // A chain of __index tables (classes, inheritance) is followed here; a function,
              // a non-table or MAXTAGLOOP levels go to getTable, which starts over.
              let h = t;
              let v = hk >= 0 ? h.getStrH(key as string, hk) : h.get(key);
              let n = 0;
              let slow = false;
              while (v === undefined) {
                const tm = L.fastTM(h.metatable, TM_INDEX);
                if (tm === undefined) break;
                if (!(tm instanceof LuaTable) || ++n >= MAXTAGLOOP) {
                  slow = true;
                  break;
                }
                h = tm;
                v = hk >= 0 ? h.getStrH(key as string, hk) : h.get(key);
              }
              if (!slow) {
                stack[ra] = v;
                continue;
              }
            } else if (typeof t === 'string') {
              // s:method(...), s.method: the string metatable's __index table (the string library)
              const tm = L.fastTM(L.typeMeta[T_STRING], TM_INDEX);
              if (tm instanceof LuaTable) {
                const v = hk >= 0 ? tm.getStrH(key as string, hk) : tm.get(key);
                if (v !== undefined || L.fastTM(tm.metatable, TM_INDEX) === undefined) {
                  stack[ra] = v;
                  continue;
                }
              }
            }
            ci.savedpc = pc;
            L.hookCountdown = hc;
            L.vmDefer = FIN_STORE;
            const mv = getTable(L, t, key, b);
            hc = L.hookCountdown;
            if (L.deferred) {
              ci = deferredFrame(L, th);
              continue enter;
            }
            L.vmDefer = 0;
            stack[ra] = mv;
            continue;
          }
          case Op.SETGLOBAL: {
            const env = cl.env;
            if (env.metatable === undefined && !env.readonly) {
              env.setStrH(k[i >>> 14] as string, kh[i >>> 14]!, stack[ra]);
              continue;
            }
            ci.savedpc = pc;
            L.hookCountdown = hc;
            L.vmDefer = FIN_DISCARD;
            setTable(L, cl.env, k[i >>> 14], stack[ra], -1);
            hc = L.hookCountdown;
            if (L.deferred) {
              ci = deferredFrame(L, th);
              continue enter;
            }
            L.vmDefer = 0;
            continue;
          }
          case Op.SETUPVAL: {
            const uv = upvals[i >>> 23]!;
            if (uv.idx >= 0) uv.stack[uv.idx] = stack[ra];
            else uv.v = stack[ra];
            continue;
          }
          case Op.SETTABLE: {
            const t = stack[ra];
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const key = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const val = c & 0x100 ? k[c & 0xff] : stack[base + c];
            ci.savedpc = pc;
            if (t instanceof LuaTable && t.metatable === undefined && !t.readonly && key !== undefined && key === key) {
              const hk = b & 0x100 ? kh[b & 0xff]! : -1;
              if (hk >= 0) t.setStrH(key as string, hk, val);
              else t.set(key, val);
            } else if (!(t instanceof LuaTable && !t.readonly && t.replace(key, val))) {
              // (an existing non-nil field is assigned without consulting __newindex)
              L.hookCountdown = hc;
              L.vmDefer = FIN_DISCARD;
              setTable(L, t, key, val, ra - base);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
            }
            continue;
          }
          case Op.NEWTABLE: {
            stack[ra] = L.newTable(fb2int(i >>> 23), fb2int((i >>> 14) & 0x1ff));
            ci.savedpc = pc;
            L.hookCountdown = hc;
            L.heap.checkGC();
            hc = L.hookCountdown;
            continue;
          }
          case Op.ADD: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            if (typeof rb === 'number' && typeof rc === 'number') {
              stack[ra] = rb + rc;
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rc, TM_ADD, b & 0x100 ? -1 : b, c & 0x100 ? -1 : c);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.SUB: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            if (typeof rb === 'number' && typeof rc === 'number') {
              stack[ra] = rb - rc;
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rc, TM_SUB, b & 0x100 ? -1 : b, c & 0x100 ? -1 : c);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.MUL: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            if (typeof rb === 'number' && typeof rc === 'number') {
              stack[ra] = rb * rc;
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rc, TM_MUL, b & 0x100 ? -1 : b, c & 0x100 ? -1 : c);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.DIV: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            if (typeof rb === 'number' && typeof rc === 'number') {
              stack[ra] = rb / rc;
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rc, TM_DIV, b & 0x100 ? -1 : b, c & 0x100 ? -1 : c);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.MOD: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            if (typeof rb === 'number' && typeof rc === 'number') {
              stack[ra] = numMod(rb, rc);
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rc, TM_MOD, b & 0x100 ? -1 : b, c & 0x100 ? -1 : c);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.POW: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            if (typeof rb === 'number' && typeof rc === 'number') {
              stack[ra] = pow(rb, rc); // luai_numpow: C pow (glibc)
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rc, TM_POW, b & 0x100 ? -1 : b, c & 0x100 ? -1 : c);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.UNM: {
            const b = i >>> 23;
            const rb = stack[base + b];
            if (typeof rb === 'number') {
              stack[ra] = -rb;
            } else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = arith(L, rb, rb, TM_UNM, b, b);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.NOT: {
            const rb = stack[base + (i >>> 23)];
            stack[ra] = rb === undefined || rb === false;
            continue;
          }
          case Op.LEN: {
            const b = i >>> 23;
            const rb = stack[base + b];
            if (rb instanceof LuaTable) stack[ra] = rb.length();
            else if (typeof rb === 'string') stack[ra] = rb.length;
            else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_STORE;
              const mv = objLen(L, rb, b);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
              stack[ra] = mv;
            }
            continue;
          }
          case Op.CONCAT: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            ci.savedpc = pc;
            L.hookCountdown = hc;
            concat(L, base, b, c);
            stack[ra] = stack[base + b];
            L.heap.checkGC();
            hc = L.hookCountdown;
            continue;
          }
          case Op.JMP: {
            const sbx = (i >>> 14) - 131071;
            pc += sbx;
            if (sbx < 0 && ++hot[pc]! >= HOT_LOOP) {
              // a loop's backward jump: run it compiled (jit/loops.ts)
              L.hookCountdown = hc;
              const np = runHotLoop(L, th, ci, cl, stack, base, pc, pc - sbx - 1);
              hc = L.hookCountdown;
              if (np >= 0) pc = np;
            }
            continue;
          }
          case Op.EQ: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            let eq: boolean;
            if (rb === rc) eq = true;
            else if (typeof rb !== 'object' || typeof rc !== 'object') eq = false;
            else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_COND;
              eq = equalObj(L, rb, rc);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
            }
            if ((eq ? 1 : 0) === ((i >>> 6) & 0xff)) pc += (code[pc]! >>> 14) - 131071;
            pc++;
            continue;
          }
          case Op.LT: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            let r: boolean;
            if (typeof rb === 'number' && typeof rc === 'number') r = rb < rc;
            else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_COND;
              r = lessThan(L, rb, rc);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
            }
            if ((r ? 1 : 0) === ((i >>> 6) & 0xff)) pc += (code[pc]! >>> 14) - 131071;
            pc++;
            continue;
          }
          case Op.LE: {
            const b = i >>> 23;
            const c = (i >>> 14) & 0x1ff;
            const rb = b & 0x100 ? k[b & 0xff] : stack[base + b];
            const rc = c & 0x100 ? k[c & 0xff] : stack[base + c];
            let r: boolean;
            if (typeof rb === 'number' && typeof rc === 'number') r = rb <= rc;
            else {
              ci.savedpc = pc;
              L.hookCountdown = hc;
              L.vmDefer = FIN_COND;
              r = lessEqual(L, rb, rc);
              hc = L.hookCountdown;
              if (L.deferred) {
                ci = deferredFrame(L, th);
                continue enter;
              }
              L.vmDefer = 0;
            }
            if ((r ? 1 : 0) === ((i >>> 6) & 0xff)) pc += (code[pc]! >>> 14) - 131071;
            pc++;
            continue;
          }
          case Op.TEST: {
            const v = stack[ra];
            if ((v === undefined || v === false ? 0 : 1) === ((i >>> 14) & 0x1ff)) pc += (code[pc]! >>> 14) - 131071;
            pc++;
            continue;
          }
          case Op.TESTSET: {
            const rb = stack[base + (i >>> 23)];
            if ((rb === undefined || rb === false ? 0 : 1) === ((i >>> 14) & 0x1ff)) {
              stack[ra] = rb;
              pc += (code[pc]! >>> 14) - 131071;
            }
            pc++;
            continue;
          }
          case Op.CALL: {
            const b = i >>> 23;
            const nresults = ((i >>> 14) & 0x1ff) - 1;
            if (b !== 0) th.top = ra + b;
            ci.savedpc = pc;
            L.hookCountdown = hc;
            const f = stack[ra];
            if (typeof f === 'object' && f.tt === T_FUNCTION && (f as LuaFunction).isNative && (f as NativeFunction).special === Special.NONE) {
              // inline native call (luaD_precall's C branch)
              precall(L, th, ra, nresults);
              hc = L.hookCountdown;
              if (nresults >= 0) th.top = ci.top;
              continue;
            }
            if (typeof f === 'object' && f.tt === T_FUNCTION && !(f as LuaFunction).isNative && (f as LuaClosure).p.isVararg === 0 && L.hookMask === 0) {
              // inline Lua call with fixed parameters (luaD_precall's Lua branch, as in precall)
              const np = (f as LuaClosure).p;
              const nbase = ra + 1;
              if (stack.length < th.top + np.maxStackSize + MINSTACK) th.ensureStack(th.top + np.maxStackSize + MINSTACK);
              if (th.top > nbase + np.numParams) th.top = nbase + np.numParams;
              ci = pushLuaFrame(L, th, f as LuaClosure, ra, nbase, nresults);
              continue enter;
            }
            const r = precall(L, th, ra, nresults);
            hc = L.hookCountdown;
            if (r === PCR_C) {
              if (nresults >= 0) th.top = ci.top;
              if (L.th === th && th.cis[th.ci] === ci) continue;
            }
            continue newframe;
          }
          case Op.TAILCALL: {
            const b = i >>> 23;
            if (b !== 0) th.top = ra + b;
            ci.savedpc = pc;
            L.hookCountdown = hc;
            const r = precall(L, th, ra, -1);
            hc = L.hookCountdown;
            if (r === PCR_LUA) {
              // put the new frame in place of the previous one
              const nci = th.cis[th.ci]!;
              const func = ci.func;
              const pfunc = nci.func;
              if (th.openupval !== null) closeUpvals(th, base);
              ci.base = func + (nci.base - pfunc);
              let aux = 0;
              for (; pfunc + aux < th.top; aux++) stack[func + aux] = stack[pfunc + aux];
              ci.top = th.top = func + aux;
              ci.savedpc = 0;
              ci.tailcalls++;
              ci.fn = nci.fn;
              th.ci--;
              continue newframe;
            }
            if (r === PCR_C && L.th === th && th.cis[th.ci] === ci) continue;
            continue newframe;
          }
          case Op.RETURN: {
            const b = i >>> 23;
            if (b !== 0) th.top = ra + b - 1;
            if (th.openupval !== null) closeUpvals(th, base);
            ci.savedpc = pc;
            L.hookCountdown = hc;
            const wanted = ci.nresults;
            const fin = ci.finish;
            poscall(th, ra);
            hc = L.hookCountdown;
            if (th === entryTh && th.ci < stopCi) {
              L.hookCountdown = hc;
              return EXEC_DONE;
            }
            const c2 = th.cis[th.ci]!;
            if (fin !== 0) {
              // a deferred metamethod frame (meta.ts callMeta): its caller is a Lua frame
              th.nCcalls--;
              finishOp(th, c2, fin);
              th.top = c2.top;
              ci = c2;
              continue enter;
            }
            if (c2.kind === CI_LUA) {
              if (wanted >= 0) th.top = c2.top;
              ci = c2;
              continue enter;
            }
            continue newframe;
          }
          case Op.FORLOOP: {
            const step = stack[ra + 2] as number;
            const idx = (stack[ra] as number) + step;
            const limit = stack[ra + 1] as number;
            if (0 < step ? idx <= limit : limit <= idx) {
              const end = pc - 1;
              pc += (i >>> 14) - 131071;
              stack[ra] = idx;
              stack[ra + 3] = idx;
              if (++hot[pc]! >= HOT_LOOP) {
                L.hookCountdown = hc;
                const np = runHotLoop(L, th, ci, cl, stack, base, pc, end);
                hc = L.hookCountdown;
                if (np >= 0) pc = np;
              }
            }
            continue;
          }
          case Op.FORPREP: {
            ci.savedpc = pc;
            L.hookCountdown = hc;
            const init = forNum(stack[ra]);
            if (init === undefined) L.runError("'for' initial value must be a number");
            const limit = forNum(stack[ra + 1]);
            if (limit === undefined) L.runError("'for' limit must be a number");
            const step = forNum(stack[ra + 2]);
            if (step === undefined) L.runError("'for' step must be a number");
            stack[ra + 1] = limit;
            stack[ra + 2] = step;
            stack[ra] = init - step;
            pc += (i >>> 14) - 131071;
            continue;
          }
          case Op.TFORLOOP: {
            const cb = ra + 3;
            stack[cb + 2] = stack[ra + 2];
            stack[cb + 1] = stack[ra + 1];
            stack[cb] = stack[ra];
            const nres = (i >>> 14) & 0x1ff;
            const f = stack[cb];
            const state = stack[cb + 1];
            // luaD_call(L, cb, C): one more C level; at LUAI_MAXCCALLS callValue raises
            const cOk = th.nCcalls + 1 < MAXCCALLS;
            let stepped = -1;
            if (f instanceof NativeFunction && f.isNext && state instanceof LuaTable && cOk && L.hookMask === 0) {
              // next stepped here: the call could not fail, runs no Lua code and fires no hook
              stepped = state.tryNext(stack[cb + 2], NEXT_PAIR);
              if (stepped >= 0) {
                stack[cb] = stepped === 1 ? NEXT_PAIR[0] : undefined;
                for (let r = 1; r < nres; r++) stack[cb + r] = r === 1 && stepped === 1 ? NEXT_PAIR[1] : undefined;
              }
            }
            if (stepped < 0) {
              th.top = cb + 3;
              ci.savedpc = pc;
              L.hookCountdown = hc;
              if (typeof f === 'object' && f.tt === T_FUNCTION && (f as LuaFunction).isNative && (f as NativeFunction).special === Special.NONE && cOk) {
                th.nCcalls++;
                try {
                  precall(L, th, cb, nres);
                } finally {
                  th.nCcalls--;
                }
              } else {
                callValue(L, cb, nres);
              }
              hc = L.hookCountdown;
              th.top = ci.top;
            }
            const v = stack[cb];
            if (v !== undefined) {
              stack[cb - 1] = v;
              const jmp = pc;
              pc += (code[pc]! >>> 14) - 131071 + 1;
              if (pc <= jmp && ++hot[pc]! >= HOT_LOOP) {
                // a generic for's backward jump: run the loop compiled (jit/loops.ts)
                L.hookCountdown = hc;
                const np = runHotLoop(L, th, ci, cl, stack, base, pc, jmp);
                hc = L.hookCountdown;
                if (np >= 0) pc = np;
              }
              continue;
            }
            pc++;
            continue;
          }
          case Op.SETLIST: {
            let n = i >>> 23;
            let c = (i >>> 14) & 0x1ff;
            if (n === 0) {
              n = th.top - ra - 1;
              th.top = ci.top;
            }
            if (c === 0) c = code[pc++]!;
            const h = stack[ra] as LuaTable;
            const first = (c - 1) * 50; // LFIELDS_PER_FLUSH
            if (first + n > h.arr.length) h.resizeArray(first + n);
            // every index is in the array part now, so the order of the writes (lvm.c goes
            // down) cannot matter; going up keeps the table's known border
            for (let j = 1; j <= n; j++) h.set(first + j, stack[ra + j]);
            continue;
          }
          case Op.CLOSE:
            if (th.openupval !== null) closeUpvals(th, ra);
            continue;
          case Op.CLOSURE: {
            const np = p.p[i >>> 14]!;
            const nup = np.numUpvalues;
            const uvs: UpVal[] = new Array<UpVal>(nup);
            for (let j = 0; j < nup; j++, pc++) {
              const ins = code[pc]!;
              if ((ins & 0x3f) === Op.GETUPVAL) uvs[j] = upvals[ins >>> 23]!;
              else uvs[j] = findUpval(th, base + (ins >>> 23));
            }
            const ncl = new LuaClosure(np, cl.env, uvs);
            L.heap.register(ncl);
            stack[ra] = ncl;
            ci.savedpc = pc;
            L.hookCountdown = hc;
            L.heap.checkGC();
            hc = L.hookCountdown;
            continue;
          }
          case Op.VARARG: {
            let b = (i >>> 23) - 1;
            const n = base - ci.func - p.numParams - 1;
            if (b < 0) {
              th.ensureStack(ra + n + 1);
              b = n;
              th.top = ra + n;
            }
            for (let j = 0; j < b; j++) stack[ra + j] = j < n ? stack[base - n + j] : undefined;
            continue;
          }
          default:
            throw new InternalError(`bad opcode ${i & 0x3f}`);
        }
      }
    }
  }
}

/** tonumber() of the for-loop preparation (strings are converted). */
function forNum(v: LuaValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return str2number(v);
  return undefined;
}

export { LuaFunction, isFalse, CI_RESUME, restoreStackLimit };
