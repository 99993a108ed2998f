/**
 * The scripting layer's only door into the VM (src/vm/index.ts, src/compiler): loading a chunk,
 * protected pausable runs with a message handler, stack inspection for the error handler,
 * read-only tables. Everything VM-specific the Redis layer needs lives here, so that a change
 * of the VM's host API touches one file. See NEEDS.md for what is emulated.
 */
import { compile, LuaSyntaxError } from '../../compiler/index.js';
import {
  LuaState, LuaTable, LuaFunction, NativeFunction, LuaError, closureOf, startRun, setHook, pcallHost,
  HOOK_CONTINUE, HOOK_PAUSE, type LuaValue, type NativeFn, type Run, type CountHook,
} from '../../vm/index.js';
import { Special } from '../../vm/function.js';
import { LuaClosure } from '../../vm/function.js';
import { CI_LUA } from '../../vm/thread.js';
import { currentLine, getStack } from '../../vm/debug.js';

export { LuaState, LuaTable, LuaFunction, NativeFunction, LuaError, LuaSyntaxError, setHook, pcallHost, HOOK_CONTINUE, HOOK_PAUSE };
export type { LuaValue, NativeFn, Run, CountHook };

/**
 * luaL_loadbuffer as Redis calls it: source text only (Redis's Lua refuses binary chunks, they
 * are parsed as text), nCcalls 0. Throws LuaSyntaxError.
 */
export function loadText(L: LuaState, source: string, chunkName: string): LuaFunction {
  const p = compile(source, chunkName, { baseCcalls: 0 });
  return closureOf(L, p);
}

/** The loader used by load/loadstring in Redis states: text only. */
export function installTextLoader(L: LuaState): void {
  L.loader = (L2, chunk, name) => {
    try {
      // Redis's Lua parses binary chunks as text too.
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
      // The chunk name is used as a C string (chunkid, getinfo's source): it stops at NUL.
      const z = name.indexOf('\0');
      const p = compile(text, z >= 0 ? name.slice(0, z) : name);
      return closureOf(L2, p);
    } catch (e) {
      if (e instanceof LuaSyntaxError) throw new LuaError(e.message);
      throw e;
    }
  };
}

const xpcalls = new WeakMap<LuaState, NativeFunction>();
const trampolines = new WeakMap<LuaState, { set: LuaFunction; run: LuaFunction }>();

function xpcallOf(L: LuaState): NativeFunction {
  let xp = xpcalls.get(L);
  if (xp === undefined) {
    xp = L.newNative('xpcall', () => 0);
    xp.special = Special.XPCALL;
    L.heap.pin(xp);
    xpcalls.set(L, xp);
  }
  return xp;
}

/**
 * lua_pcall(L, nargs, 1, errfunc) from the host, pausable by the count hook: `handler` runs at
 * the error point and its result becomes the error value. Call `finish` on each step result.
 * Arguments reach `fn` through a tail-calling trampoline (5.1's xpcall passes none).
 */
export function startProtectedRun(L: LuaState, fn: LuaValue, args: readonly LuaValue[], handler: LuaValue): Run {
  let callee: LuaValue = fn;
  if (args.length > 0) {
    let tr = trampolines.get(L);
    if (tr === undefined) {
      const mk = loadText(
        L,
        'local f, a, b return function(x, y, z) f, a, b = x, y, z end, function() local g, k, m = f, a, b f, a, b = nil, nil, nil return g(k, m) end',
        '=trampoline',
      );
      const made = L.call(mk, [], 2);
      tr = { set: made[0] as LuaFunction, run: made[1] as LuaFunction };
      L.heap.pin(tr.set);
      L.heap.pin(tr.run);
      trampolines.set(L, tr);
    }
    L.call(tr.set, [fn, args[0], args[1]], 0);
    callee = tr.run;
  }
  // lua_pcall from C counts one C call; the VM's xpcall counts another: start one lower so the
  // script runs at Redis's depth (LUAI_MAXCCALLS is reached at the same nesting).
  L.main.nCcalls -= 1;
  return startRun(L, xpcallOf(L), [callee, handler]);
}

/** Call once the protected run has finished (undoes startProtectedRun's depth adjustment). */
export function endProtectedRun(L: LuaState): void {
  L.main.nCcalls += 1;
}

export type ProtectedOutcome = { ok: true; value: LuaValue } | { ok: false; error: LuaValue };

/** The outcome of a finished protected run (xpcall's results: true, v / false, err). */
export function protectedOutcome(run: Run): ProtectedOutcome {
  if (run.status === 'error') return { ok: false, error: run.error };
  const v = run.values;
  if (v[0] === true) return { ok: true, value: v[1] };
  return { ok: false, error: v[1] };
}

/** A plain protected call without handler (lua_pcall(L, n, r, 0)), pausable. */
export function startPlainRun(L: LuaState, fn: LuaValue, args: readonly LuaValue[]): Run {
  return startRun(L, fn, args);
}

/** lua_getstack + lua_getinfo("Sl") of the function `level` frames above the running native. */
export function frameInfo(L: LuaState, level: number): { what: 'Lua' | 'C' | 'tail'; source: string; currentline: number } | null {
  const th = L.th;
  const idx = getStack(th, level);
  if (idx === -1) return null;
  if (idx === -2) return { what: 'tail', source: '=(tail call)', currentline: -1 };
  const ci = th.cis[idx];
  if (ci === undefined) return null;
  if (ci.kind === CI_LUA && ci.fn instanceof LuaClosure) {
    return { what: 'Lua', source: ci.fn.p.source, currentline: currentLine(ci) };
  }
  return { what: 'C', source: '=[C]', currentline: -1 };
}

// ------------------------------------------------------------------ read-only tables
/** lua_enablereadonlytable */
export function setReadonly(t: LuaTable, on: boolean): void {
  t.readonly = on;
}

export function isReadonly(t: LuaTable): boolean {
  return t.readonly;
}

/** True once the VM enforces read-only tables (probe: a write to a protected table fails). */
export function vmEnforcesReadonly(L: LuaState): boolean {
  const t = L.newTable();
  setReadonly(t, true);
  const f = loadText(L, 'local t = ... t.x = 1', '=probe');
  try {
    L.call(f, [t], 0);
    return false;
  } catch (e) {
    if (e instanceof LuaError) return true;
    throw e;
  }
}

/** lua_open(): a bare state (the libraries are opened by stdlib.ts). */
export function newStateWithoutLibs(): LuaState {
  const L = new LuaState();
  // f_luaopen (lstate.c): the globals table is created with room for 2 hash entries.
  if (L.globals.nodeSize === 0 && L.globals.next(undefined, [undefined, undefined]) === false) {
    const g = L.newTable(0, 2);
    L.globals = g;
    L.main.env = g;
  }
  return L;
}

/** Source name of the Lua function running on the current thread, null for a native. */
export function runningSource(L: LuaState): string | null {
  const ci = L.th.cis[L.th.ci];
  if (ci !== undefined && ci.kind === CI_LUA && ci.fn instanceof LuaClosure) return ci.fn.p.source;
  return null;
}
