/**
 * The natives of the `redis` table (script_lua.c luaRegisterRedisAPI, eval.c scriptingInit),
 * Redis 7.0.15. Errors are raised the way Redis raises them: luaPushError + lua_error, i.e. an
 * `{err="ERR ..."}` table with no position.
 */
import type { Reply } from '../reply.js';
import { errorTable, luaArgsToArgv, replyToLua } from './convert.js';
import { LuaTable, type LuaState, type LuaValue, type NativeFn } from './lua-host.js';
import { PROPAGATE_AOF, PROPAGATE_REPL, type RunCtx } from './run-context.js';
import { sha1hex } from './sha1.js';
import { numberToString, toNumber } from '../../vm/tostr.js';

export const REDIS_VERSION = '7.0.15';
export const REDIS_VERSION_NUM = 0x07000f;

/** LL_DEBUG .. LL_WARNING */
export const LOG_LEVELS: ReadonlyArray<[string, number]> = [
  ['LOG_DEBUG', 0],
  ['LOG_VERBOSE', 1],
  ['LOG_NOTICE', 2],
  ['LOG_WARNING', 3],
];

/** What the natives need from the engine. */
export interface RedisApiHost {
  /** The running script's context, null outside a run. */
  current(): RunCtx | null;
  /** scriptCall: run a command for the script; `error` is a pre-call rejection text. */
  scriptCall(ctx: RunCtx, argv: string[]): { reply: Reply } | { error: string };
  /** lookupCommand for acl_check_cmd. */
  commandExists(argv: string[]): boolean;
  log(level: number, message: string): void;
  readonly verbosity: number;
}

function raise(L: LuaState, msg: string): never {
  L.throwValue(errorTable(L, msg));
}

function args(L: LuaState, nargs: number): LuaValue[] {
  const out: LuaValue[] = [];
  for (let i = 1; i <= nargs; i++) out.push(L.arg(i));
  return out;
}

/** lua_tonumber: numbers and numeric strings, else 0. */
function toNum(v: LuaValue): number {
  if (typeof v === 'number') return v;
  return toNumber(v) ?? 0;
}

/** (int) cast of a double on x86-64 (cvttsd2si): out of range and NaN give INT_MIN. */
export function toCInt(n: number): number {
  if (!(n > -2147483649 && n < 2147483648)) return -2147483648;
  return Math.trunc(n);
}

/** lua_tolstring: strings and numbers (formatted %.14g), else null. */
function toLString(v: LuaValue): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return null;
}

/** luaRedisGenericCommand: redis.call (raise = true) and redis.pcall. */
function genericCommand(host: RedisApiHost, raiseError: boolean): NativeFn {
  return (L, nargs) => {
    const ctx = host.current();
    if (ctx === null) raise(L, 'redis.call/pcall can only be called inside a script invocation');
    const conv = luaArgsToArgv(args(L, nargs));
    if ('error' in conv) {
      const t = errorTable(L, conv.error);
      if (raiseError) L.throwValue(t);
      L.push(t);
      return 1;
    }
    const r = host.scriptCall(ctx, conv.argv);
    if ('error' in r) {
      const t = errorTable(L, r.error, true);
      if (raiseError) L.throwValue(t);
      L.push(t);
      return 1;
    }
    const v = replyToLua(L, r.reply, ctx.resp);
    if (raiseError && r.reply.type === 'error') L.throwValue(v);
    L.push(v);
    return 1;
  };
}

/** Fill `t` with redis.log and the LOG_* constants (luaRegisterLogFunction). */
export function registerLog(L: LuaState, t: LuaTable, host: Pick<RedisApiHost, 'log' | 'verbosity'>): void {
  t.set(
    'log',
    L.newNative('log', (L2, nargs) => {
      if (nargs < 2) raise(L2, 'redis.log() requires two arguments or more.');
      const lv = L2.arg(1);
      if (typeof lv !== 'number' && toNumber(lv) === undefined) raise(L2, 'First argument must be a number (log level).');
      const level = toCInt(toNum(lv));
      if (level < 0 || level > 3) raise(L2, 'Invalid debug level.');
      if (level < host.verbosity) return 0;
      let msg = '';
      for (let j = 2; j <= nargs; j++) {
        const s = toLString(L2.arg(j));
        if (s !== null) {
          if (j !== 2) msg += ' ';
          msg += s;
        }
      }
      host.log(level, msg);
      return 0;
    }),
  );
  for (const [name, v] of LOG_LEVELS) t.set(name, v);
}

/** luaRegisterVersion */
export function registerVersion(t: LuaTable): void {
  t.set('REDIS_VERSION_NUM', REDIS_VERSION_NUM);
  t.set('REDIS_VERSION', REDIS_VERSION);
}

/** The `redis` table of luaRegisterRedisAPI (shared by EVAL and functions). */
export function buildRedisTable(L: LuaState, host: RedisApiHost): LuaTable {
  const t = L.newTable();
  t.set('call', L.newNative('call', genericCommand(host, true)));
  t.set('pcall', L.newNative('pcall', genericCommand(host, false)));
  registerLog(L, t, host);
  registerVersion(t);
  t.set(
    'setresp',
    L.newNative('setresp', (L2, nargs) => {
      const ctx = host.current();
      if (ctx === null) raise(L2, 'redis.setresp can only be called inside a script invocation');
      if (nargs !== 1) raise(L2, 'redis.setresp() requires one argument.');
      const resp = toCInt(toNum(L2.arg(1)));
      if (resp !== 2 && resp !== 3) raise(L2, 'RESP version must be 2 or 3.');
      ctx.resp = resp;
      return 0;
    }),
  );
  t.set(
    'sha1hex',
    L.newNative('sha1hex', (L2, nargs) => {
      if (nargs !== 1) raise(L2, 'wrong number of arguments');
      L2.push(sha1hex(toLString(L2.arg(1)) ?? ''));
      return 1;
    }),
  );
  // error_reply / status_reply *return* the error table on bad arguments.
  t.set(
    'error_reply',
    L.newNative('error_reply', (L2, nargs) => {
      const v = L2.arg(nargs);
      if (nargs !== 1 || typeof v !== 'string') {
        L2.push(errorTable(L2, 'wrong number or type of arguments'));
        return 1;
      }
      L2.push(errorTable(L2, v.startsWith('-') ? v : `-${v}`));
      return 1;
    }),
  );
  t.set(
    'status_reply',
    L.newNative('status_reply', (L2, nargs) => {
      const v = L2.arg(nargs);
      if (nargs !== 1 || typeof v !== 'string') {
        L2.push(errorTable(L2, 'wrong number or type of arguments'));
        return 1;
      }
      const r = L2.newTable();
      r.set('ok', v);
      L2.push(r);
      return 1;
    }),
  );
  t.set(
    'set_repl',
    L.newNative('set_repl', (L2, nargs) => {
      const ctx = host.current();
      if (ctx === null) raise(L2, 'redis.set_repl can only be called inside a script invocation');
      if (nargs !== 1) raise(L2, 'redis.set_repl() requires two arguments.');
      const flags = toCInt(toNum(L2.arg(nargs)));
      if ((flags & ~(PROPAGATE_AOF | PROPAGATE_REPL)) !== 0) {
        raise(L2, 'Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.');
      }
      ctx.replFlags = flags;
      return 0;
    }),
  );
  t.set('REPL_NONE', 0);
  t.set('REPL_AOF', PROPAGATE_AOF);
  t.set('REPL_SLAVE', PROPAGATE_REPL);
  t.set('REPL_REPLICA', PROPAGATE_REPL);
  t.set('REPL_ALL', PROPAGATE_AOF | PROPAGATE_REPL);
  t.set(
    'acl_check_cmd',
    L.newNative('acl_check_cmd', (L2, nargs) => {
      const ctx = host.current();
      if (ctx === null) raise(L2, 'redis.acl_check_cmd can only be called inside a script invocation');
      const conv = luaArgsToArgv(args(L2, nargs));
      if ('error' in conv) raise(L2, conv.error);
      if (!host.commandExists(conv.argv)) raise(L2, 'Invalid command passed to redis.acl_check_cmd()');
      // No ACL users here: the default user may run everything.
      L2.push(true);
      return 1;
    }),
  );
  return t;
}

/** The EVAL-only members added by eval.c scriptingInit (the debugger is not implemented). */
export function addEvalOnlyMembers(L: LuaState, t: LuaTable): void {
  t.set(
    'breakpoint',
    L.newNative('breakpoint', (L2) => {
      L2.push(false);
      return 1;
    }),
  );
  t.set('debug', L.newNative('debug', () => 0));
  t.set(
    'replicate_commands',
    L.newNative('replicate_commands', (L2) => {
      L2.push(true);
      return 1;
    }),
  );
}
