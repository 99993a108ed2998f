// The debug library of Lua 5.1.5 (ldblib.c): getinfo/getlocal/setlocal/getupvalue/setupvalue
// on the VM's CallInfo array, environments and metatables of any value, the registry, the
// traceback (src/vm/debug.ts), and hooks -- of which this VM supports the count hook only.
import { readSync } from 'node:fs';
import { LuaTable } from '../vm/table.js';
import { LuaFunction, LuaClosure, NativeFunction } from '../vm/function.js';
import { LuaThread, CI_LUA, CoStatus } from '../vm/thread.js';
import { LuaUserdata, typeOf, typeName, T_TABLE, T_NIL, T_FUNCTION, type LuaValue } from '../vm/value.js';
import { LuaError } from '../vm/errors.js';
import { setDebugHook } from '../vm/index.js';
import { MASK_CALL, MASK_RET, MASK_LINE } from '../vm/state.js';
import { getStack, getFuncName, getObjName, currentLine, currentPc, getLocalName, traceback } from '../vm/debug.js';
import { toNumber } from '../vm/tostr.js';
import { chunkId } from '../chunk/chunkid.js';
import { closeUpvals } from '../vm/upvalues.js';
import { HOOK_CONTINUE, type LuaState } from '../vm/state.js';
import { NO_HOOK } from '../vm/execute.js';
import { checkInt, optInt, checkType } from './base.js';
import { registerLib, type LibFuncs } from './lib.js';

/** getthread: [thread, arg offset]. */
function getThread(L: LuaState): [LuaThread, number] {
  const a = L.arg(1);
  if (a instanceof LuaThread) return [a, 1];
  return [L.th, 0];
}

/** A suspended coroutine shows its pending yield (a C function) at level 0, as in 5.1. */
const YIELD = -3;

function hasYieldFrame(L: LuaState, th: LuaThread): boolean {
  return th !== L.th && th.status === CoStatus.SUSPENDED && th.started;
}

/** lua_getstack with the yield frame of suspended coroutines: a CallInfo index, YIELD, -2, -1. */
function stackLevel(L: LuaState, th: LuaThread, level: number): number {
  if (level < 0) return -1;
  if (hasYieldFrame(L, th)) return level === 0 ? YIELD : getStack(th, level - 1);
  return getStack(th, level);
}

/** [namewhat, name] of the pending yield of a suspended coroutine. */
function yieldName(th: LuaThread): [string, string] | null {
  const ci = th.cis[th.ci]!;
  if (ci.kind !== CI_LUA) return null;
  return getObjName(ci, th.yieldFunc - ci.base);
}

/** lua_getfenv of any value. */
function getEnv(v: LuaValue): LuaValue {
  if (v instanceof LuaFunction) return v.env;
  if (v instanceof LuaUserdata) return v.env;
  if (v instanceof LuaThread) return v.env;
  return undefined;
}

/** findlocal: [name, stack index] of local n of the frame cis[idx]. */
function findLocal(th: LuaThread, idx: number, n: number): [string, number] | null {
  const ci = th.cis[idx]!;
  if (ci.kind === CI_LUA) {
    const name = getLocalName((ci.fn as LuaClosure).p, n, currentPc(ci));
    if (name !== undefined) return [name, ci.base + n - 1];
  }
  const limit = idx === th.ci ? th.top : th.cis[idx + 1]!.func;
  if (limit - ci.base >= n && n > 0) return ['(*temporary)', ci.base + n - 1];
  return null;
}

/** Protected call for debug.debug (lua_pcall without handler). */
function protectedCall(L: LuaState, fn: LuaValue): LuaValue | null {
  const th = L.th;
  const savedCi = th.ci;
  const savedTop = th.top;
  const savedNC = th.nCcalls;
  // lua_pcall(L, 0, 0, 0): no message handler
  const savedFloor = th.errFloor;
  th.errFloor = savedCi;
  try {
    L.call(fn, [], 0);
    return null;
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    closeUpvals(th, savedTop);
    th.ci = savedCi;
    th.top = savedTop;
    th.nCcalls = savedNC;
    L.th = th;
    return e.value === undefined ? 'nil' : e.value;
  } finally {
    th.errFloor = savedFloor;
  }
}

/** A cell to sleep on (Atomics.wait) while a non-blocking read has no data. */
const EAGAIN_WAIT = new Int32Array(new SharedArrayBuffer(4));

/** Host-supplied standard input not yet consumed by debug.debug, per state. */
const pendingStdin = new WeakMap<LuaState, string>();

/** fgets(buffer, 250, stdin) of db_debug: a line (newline kept) or null at end of input. */
function readStdinLine(L: LuaState): string | null {
  if (L.stdinSource !== null) {
    let text = pendingStdin.get(L) ?? L.stdinSource();
    L.stdinSource = () => '';
    const nl = text.indexOf('\n');
    const end = Math.min(nl < 0 ? text.length : nl + 1, 249);
    const line = text.slice(0, end);
    text = text.slice(end);
    pendingStdin.set(L, text);
    return line.length > 0 ? line : null;
  }
  const buf = Buffer.alloc(1);
  let line = '';
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, buf, 0, 1, null);
    } catch (e) {
      if ((e as { code?: string }).code === 'EAGAIN') {
        Atomics.wait(EAGAIN_WAIT, 0, 0, 10);
        continue;
      }
      n = 0;
    }
    if (n === 0) return line.length > 0 ? line : null;
    line += String.fromCharCode(buf[0]!);
    if (buf[0] === 10 || line.length >= 249) return line;
  }
}

export function openDebug(L: LuaState): LuaTable {
  /** The Lua hook function, its mask string and count (per state). */
  let hookFn: LuaValue = undefined;
  let hookMask = '';
  let hookCount = 0;
  let inHook = false;

  const funcs: LibFuncs = [
    ['debug', (L2) => {
      for (;;) {
        L2.stderr('lua_debug> ');
        const line = readStdinLine(L2);
        if (line === null || line === 'cont\n') return 0;
        let err: LuaValue | null = null;
        try {
          const f = L2.loader!(L2, line, '=(debug command)');
          err = protectedCall(L2, f);
        } catch (e) {
          if (!(e instanceof LuaError)) throw e;
          err = e.value;
        }
        if (err !== null) L2.stderr(`${L2.rawToString(err)}\n`);
      }
    }],
    ['getfenv', (L2) => {
      L2.checkAny(1);
      L2.push(getEnv(L2.arg(1)));
      return 1;
    }],
    ['gethook', (L2) => {
      getThread(L2);
      if (hookFn === undefined) L2.push(undefined);
      else L2.push(hookFn);
      L2.push(hookMask);
      L2.push(hookCount);
      return 3;
    }],
    ['getinfo', (L2) => {
      const [th, arg] = getThread(L2);
      let options = L2.optString(arg + 2, 'flnSu');
      const a = L2.arg(arg + 1);
      let idx = -1; // CallInfo index, -2 for a lost tail call, -1 for a function value
      let fn: LuaFunction | null = null;
      if (toNumber(a) !== undefined) {
        const level = checkInt(L2, arg + 1);
        idx = stackLevel(L2, th, level);
        if (idx === -1) {
          L2.push(undefined);
          return 1;
        }
        if (idx >= 0) fn = th.cis[idx]!.fn;
        else if (idx === YIELD) {
          const yf = th.stack[th.yieldFunc];
          fn = yf instanceof LuaFunction ? yf : null;
        }
      } else if (a instanceof LuaFunction) {
        options = '>' + options;
        fn = a;
      } else {
        return L2.argError(arg + 1, 'function or level expected');
      }
      const ci = idx >= 0 ? th.cis[idx]! : null;
      for (let i = 0; i < options.length; i++) {
        const c = options[i];
        if (c === '>' && i === 0) continue;
        if (!(c === 'S' || c === 'l' || c === 'u' || c === 'n' || c === 'L' || c === 'f')) {
          return L2.argError(arg + 2, 'invalid option');
        }
      }
      const t = L2.newTable(0, 2);
      const tail = idx === -2;
      if (options.includes('S')) {
        if (tail) {
          t.set('source', '=(tail call)');
          t.set('short_src', '(tail call)');
          t.set('linedefined', -1);
          t.set('lastlinedefined', -1);
          t.set('what', 'tail');
        } else if (fn instanceof LuaClosure) {
          const p = fn.p;
          t.set('source', p.source);
          t.set('short_src', chunkId(p.source));
          t.set('linedefined', p.lineDefined);
          t.set('lastlinedefined', p.lastLineDefined);
          t.set('what', p.lineDefined === 0 ? 'main' : 'Lua');
        } else {
          t.set('source', '=[C]');
          t.set('short_src', '[C]');
          t.set('linedefined', -1);
          t.set('lastlinedefined', -1);
          t.set('what', 'C');
        }
      }
      if (options.includes('l')) t.set('currentline', ci !== null ? currentLine(ci) : -1);
      if (options.includes('u')) {
        let nups = 0;
        if (fn instanceof LuaClosure) nups = fn.upvals.length;
        else if (fn instanceof NativeFunction) nups = fn.upvalues.length;
        t.set('nups', nups);
      }
      if (options.includes('n')) {
        const nm = ci !== null ? getFuncName(th, idx) : idx === YIELD ? yieldName(th) : null;
        if (tail) {
          t.set('name', '');
          t.set('namewhat', '');
        } else if (nm !== null) {
          t.set('name', nm[1]);
          t.set('namewhat', nm[0]);
        } else {
          t.set('namewhat', '');
        }
      }
      if (options.includes('L')) {
        if (fn instanceof LuaClosure && !tail) {
          const lines = L2.newTable();
          const li = fn.p.lineInfo;
          for (let i = 0; i < li.length; i++) lines.set(li[i]!, true);
          t.set('activelines', lines);
        }
      }
      if (options.includes('f')) t.set('func', tail ? undefined : (fn ?? undefined));
      L2.push(t);
      return 1;
    }],
    ['getlocal', (L2) => {
      const [th, arg] = getThread(L2);
      const idx = stackLevel(L2, th, checkInt(L2, arg + 1));
      if (idx < 0 && idx !== YIELD) return L2.argError(arg + 1, 'level out of range');
      const nloc = checkInt(L2, arg + 2);
      const r = idx === YIELD ? null : findLocal(th, idx, nloc);
      if (r === null) {
        L2.push(undefined);
        return 1;
      }
      L2.push(r[0]);
      L2.push(th.stack[r[1]]);
      return 2;
    }],
    ['getregistry', (L2) => {
      L2.push(L2.registry);
      return 1;
    }],
    ['getmetatable', (L2) => {
      L2.checkAny(1);
      L2.push(L2.getMetatable(L2.arg(1)));
      return 1;
    }],
    ['getupvalue', (L2) => {
      const n = checkInt(L2, 2);
      checkType(L2, 1, T_FUNCTION);
      const f = L2.arg(1);
      if (!(f instanceof LuaClosure)) return 0;
      const names = f.p.upvalueNames;
      if (!(1 <= n && n <= names.length)) return 0;
      L2.push(names[n - 1]);
      L2.push(f.upvals[n - 1]!.get());
      return 2;
    }],
    ['setfenv', (L2) => {
      checkType(L2, 2, T_TABLE);
      const o = L2.arg(1);
      const env = L2.arg(2) as LuaTable;
      if (o instanceof LuaFunction) o.env = env;
      else if (o instanceof LuaUserdata) o.env = env;
      else if (o instanceof LuaThread) o.env = env;
      else return L2.error("'setfenv' cannot change environment of given object");
      L2.push(o);
      return 1;
    }],
    ['sethook', (L2) => {
      const [, arg] = getThread(L2);
      const f = L2.arg(arg + 1);
      if (f === undefined) {
        hookFn = undefined;
        hookMask = '';
        hookCount = 0;
        L2.hook = null;
        L2.hookCount = 0;
        L2.hookCountdown = NO_HOOK;
        setDebugHook(L2, null, 0);
        return 0;
      }
      const smask = L2.checkString(arg + 2);
      checkType(L2, arg + 1, T_FUNCTION);
      const count = optInt(L2, arg + 3, 0);
      hookFn = f;
      hookMask = (smask.includes('c') ? 'c' : '') + (smask.includes('r') ? 'r' : '') + (smask.includes('l') ? 'l' : '');
      hookCount = count > 0 ? count : 0;
      if (hookCount > 0) {
        L2.hook = (L3) => {
          if (inHook) return HOOK_CONTINUE;
          inHook = true;
          try {
            L3.call(hookFn, ['count'], 0);
          } finally {
            inHook = false;
          }
          return HOOK_CONTINUE;
        };
        L2.hookCount = hookCount;
        L2.hookCountdown = hookCount;
      } else {
        L2.hook = null;
        L2.hookCount = 0;
        L2.hookCountdown = NO_HOOK;
      }
      // call/return/line events (makemask of ldblib.c); hooks are off while a hook runs
      const mask = (hookMask.includes('c') ? MASK_CALL : 0) | (hookMask.includes('r') ? MASK_RET : 0) | (hookMask.includes('l') ? MASK_LINE : 0);
      setDebugHook(L2, mask === 0 ? null : (L3, event, line) => {
        if (inHook) return;
        inHook = true;
        try {
          L3.call(hookFn, [event, line < 0 ? undefined : line], 0);
        } finally {
          inHook = false;
        }
      }, mask);
      return 0;
    }],
    ['setlocal', (L2) => {
      const [th, arg] = getThread(L2);
      const idx = stackLevel(L2, th, checkInt(L2, arg + 1));
      if (idx < 0 && idx !== YIELD) return L2.argError(arg + 1, 'level out of range');
      L2.checkAny(arg + 3);
      const v = L2.arg(arg + 3);
      const nloc = checkInt(L2, arg + 2);
      const r = idx === YIELD ? null : findLocal(th, idx, nloc);
      if (r === null) {
        L2.push(undefined);
        return 1;
      }
      th.stack[r[1]] = v;
      L2.push(r[0]);
      return 1;
    }],
    ['setmetatable', (L2, nargs) => {
      // lua_type(L, 2) is LUA_TNONE when the argument is missing: neither nil nor table
      const t = typeOf(L2.arg(2));
      if (nargs < 2 || !(t === T_NIL || t === T_TABLE)) L2.argError(2, 'nil or table expected');
      const o = L2.arg(1);
      const mt = L2.arg(2) as LuaTable | undefined;
      if (o instanceof LuaTable || o instanceof LuaUserdata) o.metatable = mt;
      else L2.typeMeta[typeOf(o)] = mt;
      L2.push(true);
      return 1;
    }],
    ['setupvalue', (L2) => {
      L2.checkAny(3);
      const n = checkInt(L2, 2);
      checkType(L2, 1, T_FUNCTION);
      const f = L2.arg(1);
      if (!(f instanceof LuaClosure)) return 0;
      const names = f.p.upvalueNames;
      if (!(1 <= n && n <= names.length)) return 0;
      f.upvals[n - 1]!.set(L2.arg(3));
      L2.push(names[n - 1]);
      return 1;
    }],
    ['traceback', (L2, nargs) => {
      // db_errorfb: the level is read from arg+2, then lua_pop removes the TOP value (which is
      // the level only when it is the last argument); whatever remains from arg+1 up is
      // concatenated in front of "\nstack traceback:".
      const [th, arg] = getThread(L2);
      const rest: LuaValue[] = [];
      for (let i = arg + 1; i <= nargs; i++) rest.push(L2.arg(i));
      let level: number;
      if (toNumber(L2.arg(arg + 2)) !== undefined) {
        level = checkInt(L2, arg + 2);
        rest.pop();
      } else {
        level = th === L2.th ? 1 : 0;
      }
      let m: string | undefined;
      const first = rest[0];
      if (rest.length === 0) m = undefined;
      else if (typeof first !== 'string' && typeof first !== 'number') {
        L2.push(first);
        return 1;
      } else {
        m = '';
        for (const v of rest) {
          if (typeof v === 'string') m += v;
          else if (typeof v === 'number') m += L2.rawToString(v);
          else L2.runError(`attempt to concatenate a ${typeName(v)} value`);
        }
      }
      if (hasYieldFrame(L2, th)) {
        let tb = traceback(th, undefined, level > 0 ? level - 1 : 0);
        tb = tb.slice('stack traceback:'.length);
        if (level <= 0) {
          const nm = yieldName(th);
          tb = (nm !== null ? `\n\t[C]: in function '${nm[1]}'` : '\n\t[C]: ?') + tb;
        }
        L2.push((m !== undefined ? m + '\n' : '') + 'stack traceback:' + tb);
        return 1;
      }
      L2.push(traceback(th, m === undefined ? undefined : m, level));
      return 1;
    }],
  ];
  return registerLib(L, 'debug', funcs);
}
