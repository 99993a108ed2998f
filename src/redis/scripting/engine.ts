/**
 * The scripting engine of one server: the EVAL Lua state and script cache, the functions Lua
 * state and libraries, the process-global lrand48, the running script (busy / kill), the
 * effects journal. Command front-ends: eval-commands.ts and function-commands.ts.
 *
 * A run (luaCallFunction of script_lua.c) is synchronous until it has run for
 * `busy-reply-threshold` ms; after that the count hook pauses it between instruction batches so
 * the host can answer other clients (BUSY) and accept SCRIPT KILL / FUNCTION KILL: the reply
 * then arrives as a Promise.
 */
import type { Reply } from '../reply.js';
import type { CommandHost } from './host.js';
import { luaToReply, errorTable } from './convert.js';
import { buildEvalState, buildFunctionState, type EvalState, type FunctionState } from './environment.js';
import {
  LuaTable, LuaError, setHook, HOOK_CONTINUE, HOOK_PAUSE, startProtectedRun, protectedOutcome, runningSource, endProtectedRun,
  type LuaState, type LuaValue, type NativeFn, type Run, type CountHook,
} from './lua-host.js';
import { Rand48 } from './rand48.js';
import { RunCtx } from './run-context.js';
import { scriptCall } from './script-call.js';
import { EffectsJournal } from './effects.js';
import { SCRIPT_ERR } from './errors.js';
import type { RedisApiHost } from './redis-api.js';
import { numberToString } from '../../vm/tostr.js';
import { cstr } from './cstr.js';

/** Instructions between two calls of the busy hook (luaCallFunction: LUA_MASKCOUNT 100000). */
export const HOOK_INTERVAL = 100000;

export interface EngineOptions {
  /** busy-reply-threshold in ms (read before each run; default 5000; 0 disables the hook). */
  busyReplyThreshold?: () => number;
  /** Per-run instruction budget (0 = unlimited, the default; not a Redis feature). */
  maxInstructions?: number;
  /** Per-state memory limit in bytes (0 = unlimited, the default; not a Redis feature). */
  maxMemoryBytes?: number;
  /** Monotonic clock in ms (getMonotonicUs / 1000). */
  monotonicMs?: () => number;
}

export interface CallerInfo {
  db: number;
  inMulti: boolean;
  argv: string[];
}

/** How one EVAL or FCALL runs: its name in messages, its mode and flags, its Lua state and function. */
export interface ScriptStart {
  funcname: string;
  evalMode: boolean;
  readOnly: boolean;
  allowOom: boolean;
  state: { L: LuaState; handler: LuaValue };
  fn: LuaValue;
}

export interface RunRequest {
  L: LuaState;
  fn: LuaValue;
  handler: LuaValue;
  ctx: RunCtx;
  keys: readonly string[];
  args: readonly string[];
}

export class ScriptingEngine implements RedisApiHost {
  readonly rand = new Rand48();
  readonly effects = new EffectsJournal();
  /** The running script (curr_run_ctx), null when idle. */
  running: RunCtx | null = null;
  evalState: EvalState;
  functionState: FunctionState;
  /** Set by the functions front-end: the native behind redis.register_function. */
  private readonly registerFunctionNative: NativeFn;
  private readonly opts: Required<EngineOptions>;

  constructor(readonly host: CommandHost, registerFunction: NativeFn, opts: EngineOptions = {}) {
    this.opts = {
      busyReplyThreshold: opts.busyReplyThreshold ?? (() => 5000),
      maxInstructions: opts.maxInstructions ?? 0,
      maxMemoryBytes: opts.maxMemoryBytes ?? 0,
      monotonicMs: opts.monotonicMs ?? (() => performance.now()),
    };
    this.registerFunctionNative = registerFunction;
    this.evalState = this.newEvalState();
    this.functionState = buildFunctionState(this, this.rand, this.registerFunctionNative);
    this.applyMemoryLimit(this.functionState.L);
  }

  private newEvalState(): EvalState {
    const s = buildEvalState(this, this.rand);
    this.applyMemoryLimit(s.L);
    return s;
  }

  private applyMemoryLimit(L: LuaState): void {
    if (this.opts.maxMemoryBytes > 0) L.heap.memoryLimit = L.heap.totalBytes + this.opts.maxMemoryBytes;
  }

  /** scriptingReset: a fresh EVAL state (SCRIPT FLUSH). The lrand48 state is kept. */
  resetEvalState(): void {
    this.evalState = this.newEvalState();
  }

  // ---------------------------------------------------------------- RedisApiHost
  current(): RunCtx | null {
    return this.running;
  }

  get verbosity(): number {
    return this.host.verbosity;
  }

  log(level: number, message: string): void {
    this.host.log(level, message);
  }

  scriptCall(ctx: RunCtx, argv: string[]): { reply: Reply } | { error: string } {
    return scriptCall(this.host, ctx, argv);
  }

  commandExists(argv: string[]): boolean {
    return this.host.lookupCommand(argv) !== undefined;
  }

  monotonicMs(): number {
    return this.opts.monotonicMs();
  }

  // ---------------------------------------------------------------- busy state
  /** True while a run has passed busy-reply-threshold (Redis answers BUSY to other commands). */
  get isBusy(): boolean {
    return this.running !== null && this.running.timedOut;
  }

  /** processCommand's busy rejection for a command without the allow-busy flag. */
  busyReply(): Reply {
    return this.running !== null && !this.running.evalMode ? SCRIPT_ERR.busyFunction : SCRIPT_ERR.busyEval;
  }

  /** scriptKill (script.c): SCRIPT KILL (isEval) / FUNCTION KILL. */
  kill(isEval: boolean): Reply {
    const ctx = this.running;
    if (ctx === null) return SCRIPT_ERR.notBusy;
    if (ctx.writeDirty) return SCRIPT_ERR.unkillable;
    if (isEval && !ctx.evalMode) return SCRIPT_ERR.busyFunction;
    if (!isEval && ctx.evalMode) return SCRIPT_ERR.busyEval;
    ctx.killed = true;
    return { type: 'status', value: 'OK' };
  }

  // ---------------------------------------------------------------- running
  /** Build the keys/args table (luaCreateArray: lua_newtable + lua_rawseti). */
  private array(L: LuaState, items: readonly string[]): LuaTable {
    const t = L.newTable();
    for (let j = 0; j < items.length; j++) t.set(j + 1, items[j]);
    return t;
  }

  /**
   * What EVAL and FCALL share once the script or function is chosen (scriptPrepareForRun +
   * luaCallFunction): the run context of this call, then the run with KEYS and ARGV cut from
   * argv after numkeys.
   */
  startScript(caller: CallerInfo, argv: string[], numkeys: number, oom: boolean, s: ScriptStart): Reply | Promise<Reply> {
    const ctx = new RunCtx({
      funcname: s.funcname,
      evalMode: s.evalMode,
      readOnly: s.readOnly,
      allowOom: s.allowOom,
      db: caller.db,
      startTime: this.monotonicMs(),
      snapshotTime: this.host.keyspace.clock.now(),
      command: [...caller.argv],
      inMulti: caller.inMulti,
    });
    ctx.oomAtStart = oom;
    return this.run({
      L: s.state.L,
      fn: s.fn,
      handler: s.state.handler,
      ctx,
      keys: argv.slice(3, 3 + numkeys),
      args: argv.slice(3 + numkeys),
    });
  }

  /** luaCallFunction. Returns the reply, or a Promise when the run went busy and paused. */
  run(req: RunRequest): Reply | Promise<Reply> {
    const { L, ctx } = req;
    this.running = ctx;
    const threshold = this.opts.busyReplyThreshold();
    const limit = this.opts.maxInstructions;
    let executed = 0;
    const killHook: CountHook = (L2) => {
      // After a kill the hook fires on every line (LUA_MASKLINE): pcall cannot keep the script
      // alive. Lua runs the error handler with hooks off (allowhook = 0 inside the hook).
      if (runningSource(L2) === '@err_handler_def') return HOOK_CONTINUE;
      return L2.throwValue(errorTable(L2, 'Script killed by user with SCRIPT KILL...'));
    };
    const limitHook: CountHook = (L2) => {
      if (runningSource(L2) === '@err_handler_def') return HOOK_CONTINUE;
      return L2.throwValue(errorTable(L2, 'Script exceeded the instruction limit'));
    };
    const interval = limit > 0 ? Math.min(HOOK_INTERVAL, limit) : HOOK_INTERVAL;
    const hook: CountHook = (L2) => {
      if (runningSource(L2) === '@err_handler_def') return HOOK_CONTINUE;
      executed += interval;
      if (limit > 0 && executed >= limit) {
        setHook(L2, 1, limitHook);
        return limitHook(L2);
      }
      if (ctx.killed) {
        setHook(L2, 1, killHook);
        return killHook(L2);
      }
      if (threshold <= 0) return HOOK_CONTINUE;
      if (ctx.timedOut) return HOOK_PAUSE;
      if (this.opts.monotonicMs() - ctx.startTime < threshold) return HOOK_CONTINUE;
      ctx.timedOut = true;
      this.host.log(
        3,
        `Slow script detected: still in execution after ${Math.floor(this.opts.monotonicMs() - ctx.startTime)} milliseconds. ` +
          `You can try killing the script using the ${ctx.evalMode ? 'SCRIPT KILL' : 'FUNCTION KILL'} command. Script name is: ${ctx.funcname}.`,
      );
      return HOOK_PAUSE;
    };
    if (threshold > 0 || limit > 0) setHook(L, interval, hook);
    let run: Run;
    try {
      const keys = this.array(L, req.keys);
      const args = this.array(L, req.args);
      if (ctx.evalMode) {
        // KEYS / ARGV globals (set raw: _G is read-only for scripts).
        L.globals.set('KEYS', keys);
        L.globals.set('ARGV', args);
        run = startProtectedRun(L, req.fn, [], req.handler);
      } else {
        run = startProtectedRun(L, req.fn, [keys, args], req.handler);
      }
    } catch (e) {
      this.endRun(L, false);
      throw e;
    }
    if (run.status !== 'paused') return this.finish(L, ctx, run);
    return this.continuePaused(L, ctx, run, killHook);
  }

  private async continuePaused(L: LuaState, ctx: RunCtx, first: Run, killHook: CountHook): Promise<Reply> {
    let run = first;
    while (run.status === 'paused') {
      // processEventsWhileBlocked: let the host serve other clients.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (ctx.killed) setHook(L, 1, killHook);
      run = run.resume();
    }
    return this.finish(L, ctx, run);
  }

  private endRun(L: LuaState, started: boolean): void {
    setHook(L, 0, null);
    if (started) endProtectedRun(L);
    this.running = null;
  }

  private finish(L: LuaState, ctx: RunCtx, run: Run): Reply {
    this.endRun(L, true);
    const out = protectedOutcome(run);
    this.effects.append(ctx.effects);
    if (out.ok) return luaToReply(out.value, ctx.resp);
    return formatRunError(out.error, ctx.funcname);
  }
}

/** lua_tostring of a field as a C string (sdsnew / %s stop at NUL). */
function fieldText(t: LuaTable, name: string): string | null {
  const v = t.get(name);
  if (typeof v === 'string') return cstr(v);
  if (typeof v === 'number') return numberToString(v);
  return null;
}

/**
 * luaCallFunction's error reply: `<err> script: <funcname>, on <source>:<line>.` from the error
 * table the handler built; a non-table error (the handler itself failed) gives
 * `Error running script <funcname>, <msg>`. A table without `err` crashes 7.0.15; we answer as
 * Valkey does (`ERR unknown error`).
 */
export function formatRunError(err: LuaValue, funcname: string): Reply {
  if (!(err instanceof LuaTable)) {
    const msg = typeof err === 'string' ? err : typeof err === 'number' ? numberToString(err) : 'execution failure';
    // addReplyErrorFormat("Error running script %s, %.100s\n"): trailing CR/LF trimmed, others mapped.
    const text = `ERR Error running script ${funcname}, ${cstr(msg).slice(0, 100)}`;
    return { type: 'error', value: text.replace(/[\r\n]+$/, '').replace(/[\r\n]/g, ' ') };
  }
  const msg = fieldText(err, 'err') ?? 'ERR unknown error';
  const source = fieldText(err, 'source');
  const line = fieldText(err, 'line');
  let text = msg;
  if (line !== null && source !== null) text += ` script: ${funcname}, on ${source}:${line}.`;
  return { type: 'error', value: text.replace(/[\r\n]/g, ' ') };
}

export { LuaError };
