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
import { LuaError, LuaTable, frameInfo, pcallHost, installTextLoader, newStateWithoutLibs, setReadonly, type LuaState, type LuaValue, type NativeFn } from './lua-host.js';
import { openRedisLibraries } from './stdlib.js';
import { applyAllowList, fallbackGlobalsGuard, protectRecursively, setErrorMetatable } from './sandbox.js';
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

/** luaRedisPcall: pcall whose error tables with a string `err` yield that string. */
const redisPcall: NativeFn = (L, nargs) => {
  // lua_pcall(argc - 1) with a placeholder `true` in slot 1: pcall() calls the boolean.
  const fn: LuaValue = nargs === 0 ? true : L.arg(1);
  const args: LuaValue[] = [];
  for (let j = 2; j <= nargs; j++) args.push(L.arg(j));
  const r = pcallHost(L, fn, args);
  if (r.ok) {
    L.push(true);
    return 1 + L.pushAll(r.values);
  }
  let v = r.error;
  if (v instanceof LuaTable) {
    const m = v.get('err');
    if (typeof m === 'string' || typeof m === 'number') v = m;
  }
  L.push(false);
  L.push(v);
  return 2;
};

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

/** luaRegisterRedisAPI: libraries, pcall, redis table, math.random. Returns the redis table. */
function registerRedisApi(L: LuaState, host: RedisApiHost, rand: Rand48): LuaTable {
  openRedisLibraries(L);
  installTextLoader(L);
  const g = L.globals;
  g.set('pcall', L.newNative('pcall', redisPcall));
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
  const redis = registerRedisApi(L, host, rand);
  addEvalOnlyMembers(L, redis);
  const g = L.globals;
  const handler = L.newNative('__redis__err__handler', errorHandler);
  g.set('__redis__err__handler', handler);
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
  registerRedisApi(L, host, rand);
  const g = L.globals;
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
  const handler = L.newNative('error_handler', errorHandler);
  L.heap.pin(handler);
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
