/**
 * Building the two Lua states of a Redis 7.0 server:
 *  - the EVAL state (eval.c scriptingInit + script_lua.c luaRegisterRedisAPI): libraries,
 *    Redis's pcall, the `redis` table (with breakpoint/debug/replicate_commands), Redis's
 *    math.random, the global `__redis__err__handler`, allow-list, error metatable on `_G`,
 *    everything read-only;
 *  - the functions state (function_lua.c luaEngineInitEngine): the same globals G (without the
 *    EVAL-only members and without the handler global), plus an empty read-only globals table E
 *    whose metatable's __index is G at call time and LIBRARY_API while FUNCTION LOAD runs.
 */
import { buildRedisTable, addEvalOnlyMembers, registerLog, registerVersion, type RedisApiHost } from './redis-api.js';
import { LuaError, LuaTable, frameInfo, loadText, installTextLoader, newStateWithoutLibs, setReadonly, type LuaState, type LuaValue, type NativeFn } from './lua-host.js';
import { openRedisLibraries } from './stdlib.js';
import { applyAllowList, fallbackGlobalsGuard, protectRecursively, setErrorMetatable, withAllowList } from './sandbox.js';
import { REDIS_LRAND48_MAX, type Rand48 } from './rand48.js';
import { checkInt } from '../../stdlib/base.js';
import { T_STRING } from '../../vm/value.js';

/**
 * The error handler Redis defines in Lua (eval.c scriptingInit, function_lua.c):
 *   local i = dbg.getinfo(2,'nSl'); if i and i.what == 'C' then i = dbg.getinfo(3,'nSl') end
 *   if type(err) ~= 'table' then err = {err='ERR ' .. tostring(err)} end
 *   if i then err['source'] = i.source; err['line'] = i.currentline end
 *   return err
 * As a native its own frame is level 0, so Lua's levels 2 and 3 are 1 and 2 here.
 */
const errorHandler: NativeFn = (L, nargs) => {
  let err: LuaValue = nargs >= 1 ? L.arg(1) : undefined;
  let i = frameInfo(L, 1);
  if (i !== null && i.what === 'C') i = frameInfo(L, 2);
  if (!(err instanceof LuaTable)) {
    const t = L.newTable();
    t.set('err', `ERR ${L.tostring(err)}`);
    err = t;
  }
  if (i !== null) {
    if (isReadonlyTable(err)) throw new LuaError('Attempt to modify a readonly table');
    err.set('source', i.source);
    err.set('line', i.currentline);
  }
  L.push(err);
  return 1;
};

function isReadonlyTable(t: LuaTable): boolean {
  return t.readonly;
}

/**
 * luaRedisPcall: pcall whose error tables with a string `err` yield that string (and `pcall()`
 * calls the boolean placeholder: `false, "attempt to call a boolean value"`). Built as a small
 * Lua wrapper around the VM's own pcall so that the protected call stays non-recursive (a busy
 * script inside pcall can still be paused and killed); the conversion is a native.
 */
const convertPcallResults: NativeFn = (L, nargs) => {
  const ok = L.arg(1);
  const err = L.arg(2);
  if (ok === false && err instanceof LuaTable) {
    const m = err.get('err');
    if (typeof m === 'string' || typeof m === 'number') {
      L.push(false);
      L.push(m);
      return 2;
    }
  }
  const out: LuaValue[] = [];
  for (let i = 1; i <= nargs; i++) out.push(L.arg(i));
  return L.pushAll(out);
};

function makeRedisPcall(L: LuaState, rawPcall: LuaValue, select: LuaValue): LuaValue {
  const mk = loadText(
    L,
    "local rawpcall, conv, select = ... return function(...) if select('#', ...) == 0 then return false, 'attempt to call a boolean value' end return conv(rawpcall(...)) end",
    '=[C]',
  );
  return L.call(mk, [rawPcall, L.newNative('pcall', convertPcallResults), select], 1)[0];
}

/** Redis's math.random / math.randomseed (script_lua.c redis_math_random). */
function installRandom(L: LuaState, g: LuaTable, rand: Rand48, inRun: () => boolean): void {
  const math = g.get('math');
  if (!(math instanceof LuaTable)) return;
  math.set(
    'random',
    L.newNative('random', (L2, nargs) => {
      if (!inRun()) return L2.error('math.random can only be called inside a script invocation');
      const r = (rand.next() % REDIS_LRAND48_MAX) / REDIS_LRAND48_MAX;
      switch (nargs) {
        case 0:
          L2.push(r);
          break;
        case 1: {
          const u = checkInt(L2, 1);
          if (!(1 <= u)) L2.argError(1, 'interval is empty');
          L2.push(Math.floor(r * u) + 1);
          break;
        }
        case 2: {
          const l = checkInt(L2, 1);
          const u = checkInt(L2, 2);
          if (!(l <= u)) L2.argError(2, 'interval is empty');
          L2.push(Math.floor(r * (u - l + 1)) + l);
          break;
        }
        default:
          return L2.error('wrong number of arguments');
      }
      return 1;
    }),
  );
  math.set(
    'randomseed',
    L.newNative('randomseed', (L2) => {
      if (!inRun()) return L2.error('math.randomseed can only be called inside a script invocation');
      rand.seed(checkInt(L2, 1));
      return 0;
    }),
  );
}

/** eval.c scriptingInit's error handler, byte for byte (chunk `@err_handler_def`). */
export const EVAL_ERROR_HANDLER_SOURCE =
  'local dbg = debug\n' +
  'debug = nil\n' +
  'function __redis__err__handler(err)\n' +
  "  local i = dbg.getinfo(2,'nSl')\n" +
  "  if i and i.what == 'C' then\n" +
  "    i = dbg.getinfo(3,'nSl')\n" +
  '  end\n' +
  "  if type(err) ~= 'table' then\n" +
  "    err = {err='ERR ' .. tostring(err)}" +
  '  end' +
  '  if i then\n' +
  "    err['source'] = i.source\n" +
  "    err['line'] = i.currentline\n" +
  '  end' +
  '  return err\n' +
  'end\n';

/** function_lua.c luaEngineInitEngine's error handler (returned, kept in the registry). */
export const FUNCTION_ERROR_HANDLER_SOURCE =
  'local dbg = debug\n' +
  'debug = nil\n' +
  'local error_handler = function (err)\n' +
  "  local i = dbg.getinfo(2,'nSl')\n" +
  "  if i and i.what == 'C' then\n" +
  "    i = dbg.getinfo(3,'nSl')\n" +
  '  end\n' +
  "  if type(err) ~= 'table' then\n" +
  "    err = {err='ERR ' .. tostring(err)}" +
  '  end' +
  '  if i then\n' +
  "    err['source'] = i.source\n" +
  "    err['line'] = i.currentline\n" +
  '  end' +
  '  return err\n' +
  'end\n' +
  'return error_handler';

/**
 * Build the error handler the way Redis does (the Lua code above, with the debug library), or
 * a native equivalent when the debug library is not available.
 */
function makeErrorHandler(L: LuaState, source: string, nativeName: string): LuaValue {
  if (L.globals.get('debug') instanceof LuaTable) {
    const f = loadText(L, source, '@err_handler_def');
    const r = L.call(f, [], 1)[0];
    if (r !== undefined) return r;
    return L.globals.get('__redis__err__handler');
  }
  return L.newNative(nativeName, errorHandler);
}

/** luaRegisterRedisAPI: libraries, pcall, redis table, math.random. Returns the redis table. */
function registerRedisApi(L: LuaState, host: RedisApiHost, rand: Rand48): LuaTable {
  openRedisLibraries(L);
  installTextLoader(L);
  const g = L.globals;
  g.set('pcall', makeRedisPcall(L, g.get('pcall'), g.get('select')));
  const redis = buildRedisTable(L, host);
  g.set('redis', redis);
  installRandom(L, g, rand, () => host.current() !== null);
  return redis;
}

/** The Debian build makes the metatable shared by strings read-only. */
function protectStringMetatable(L: LuaState): void {
  const smt = L.typeMeta[T_STRING];
  if (smt !== undefined) protectRecursively(smt);
}

export interface EvalState {
  L: LuaState;
  handler: LuaValue;
}

export function buildEvalState(host: RedisApiHost, rand: Rand48): EvalState {
  const L = newStateWithoutLibs();
  const g = L.globals;
  const handler = withAllowList(g, () => {
    const redis = registerRedisApi(L, host, rand);
    addEvalOnlyMembers(L, redis);
    const h = makeErrorHandler(L, EVAL_ERROR_HANDLER_SOURCE, '__redis__err__handler');
    if (g.get('__redis__err__handler') === undefined) g.set('__redis__err__handler', h);
    g.set('debug', undefined);
    return h;
  });
  applyAllowList(L, g);
  setErrorMetatable(L, g);
  protectRecursively(g);
  protectStringMetatable(L);
  fallbackGlobalsGuard(L, g);
  return { L, handler };
}

export interface FunctionState {
  L: LuaState;
  handler: LuaValue;
  /** The real globals (G). */
  globals: LuaTable;
  /** The globals scripts see (E), empty, read-only. */
  env: LuaTable;
  /** E's metatable, whose __index switches between G and the load API. */
  envMeta: LuaTable;
  /** LIBRARY_API: { redis = { register_function, log, LOG_*, REDIS_VERSION* } }. */
  libraryApi: LuaTable;
}

export function buildFunctionState(host: RedisApiHost, rand: Rand48, registerFunction: NativeFn): FunctionState {
  const L = newStateWithoutLibs();
  const g = L.globals;
  withAllowList(g, () => registerRedisApi(L, host, rand));
  // Library API used while FUNCTION LOAD runs.
  const libraryApi = L.newTable();
  const loadRedis = L.newTable();
  loadRedis.set('register_function', L.newNative('register_function', registerFunction));
  registerLog(L, loadRedis, host);
  registerVersion(loadRedis);
  setErrorMetatable(L, loadRedis);
  libraryApi.set('redis', loadRedis);
  setErrorMetatable(L, libraryApi);
  protectRecursively(libraryApi);
  const handler = withAllowList(g, () => {
    const h = makeErrorHandler(L, FUNCTION_ERROR_HANDLER_SOURCE, 'error_handler');
    g.set('debug', undefined);
    return h;
  });
  if (typeof handler === 'object') L.heap.pin(handler);
  L.registry.set('__ERROR_HANDLER__', handler);
  applyAllowList(L, g);
  setErrorMetatable(L, g);
  protectRecursively(g);
  protectStringMetatable(L);
  fallbackGlobalsGuard(L, g);
  L.registry.set('__GLOBALS_API__', g);
  L.registry.set('__LIBRARY_API__', libraryApi);
  // New empty globals E with metatable {__index = G}; both read-only.
  const env = L.newTable();
  const envMeta = L.newTable();
  envMeta.set('__index', g);
  setReadonly(envMeta, true);
  env.metatable = envMeta;
  setReadonly(env, true);
  fallbackGlobalsGuard(L, env);
  L.globals = env;
  L.main.env = env;
  return { L, handler, globals: g, env, envMeta, libraryApi };
}

/** Switch E's __index (luaEngineCreate: LIBRARY_API during load, G afterwards). */
export function setFunctionEnvIndex(fs: FunctionState, loading: boolean): void {
  setReadonly(fs.envMeta, false);
  fs.envMeta.set('__index', loading ? fs.libraryApi : fs.globals);
  setReadonly(fs.envMeta, true);
}
