/**
 * FUNCTION LOAD (functions.c functionsCreateWithLibraryCtx, function_lua.c luaEngineCreate and
 * luaRegisterFunction, Redis 7.0.15): metadata, compiling and running the library body with the
 * load-time globals and the 500 ms timeout, redis.register_function, all-or-nothing linking.
 */
import { extractLibMeta, verifyName, LIBRARY_NAME_ERROR } from './library-meta.js';
import { SCRIPT_FLAGS_DEF } from './flags.js';
import { errorTable } from './convert.js';
import {
  LuaTable, LuaFunction, LuaSyntaxError, loadText, setHook, startPlainRun, HOOK_CONTINUE,
  type LuaValue, type NativeFn,
} from './lua-host.js';
import { setFunctionEnvIndex } from './environment.js';
import { LibCtx, type Library } from './function-library.js';
import type { ScriptingEngine } from './engine.js';
import { numberToString } from '../../vm/tostr.js';

/** function_lua.c LOAD_TIMEOUT_MS */
export const LOAD_TIMEOUT_MS = 500;

export function strOrNum(v: LuaValue): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return null;
}


export class FunctionLoader {
  /** The library being loaded (REGISTRY_LOAD_CTX_NAME), null outside FUNCTION LOAD. */
  private loading: Library | null = null;
  private engine!: ScriptingEngine;

  attach(engine: ScriptingEngine): void {
    this.engine = engine;
  }

  // ---------------------------------------------------------------- redis.register_function
  /** luaRegisterFunction (errors are `{err="ERR ..."}` tables raised without position). */
  readonly registerFunction: NativeFn = (L, nargs) => {
    const li = this.loading;
    const fail = (msg: string): never => L.throwValue(errorTable(L, msg));
    if (li === null) fail('redis.register_function can only be called on FUNCTION LOAD command');
    if (nargs < 1 || nargs > 2) fail('wrong number of arguments to redis.register_function');
    let name: string | null = null;
    let desc: string | null = null;
    let callback: LuaFunction | null = null;
    let flags = 0;
    if (nargs === 1) {
      const t = L.arg(1);
      if (!(t instanceof LuaTable)) {
        fail('calling redis.register_function with a single argument is only applicable to Lua table (representing named arguments).');
      }
      const kv: LuaValue[] = [undefined, undefined];
      let k: LuaValue = undefined;
      while ((t as LuaTable).next(k, kv)) {
        k = kv[0];
        const v = kv[1];
        const key = strOrNum(k);
        if (key === null) fail('named argument key given to redis.register_function is not a string');
        const lk = (key as string).toLowerCase();
        if (lk === 'function_name') {
          name = strOrNum(v);
          if (name === null) fail('function_name argument given to redis.register_function must be a string');
        } else if (lk === 'description') {
          desc = strOrNum(v);
          if (desc === null) fail('description argument given to redis.register_function must be a string');
        } else if (lk === 'callback') {
          if (!(v instanceof LuaFunction)) fail('callback argument given to redis.register_function must be a function');
          callback = v as LuaFunction;
        } else if (lk === 'flags') {
          if (!(v instanceof LuaTable)) fail('flags argument to redis.register_function must be a table representing function flags');
          flags = 0;
          for (let j = 1; ; j++) {
            const f = (v as LuaTable).getNum(j);
            if (f === undefined) break;
            const fs = strOrNum(f);
            const def = fs === null ? undefined : SCRIPT_FLAGS_DEF.find((d) => d.name === fs.toLowerCase());
            if (def === undefined) fail('unknown flag given');
            flags |= (def as { flag: number }).flag;
          }
        } else {
          fail('unknown argument given to redis.register_function');
        }
      }
      if (name === null) fail('redis.register_function must get a function name argument');
      if (callback === null) fail('redis.register_function must get a callback argument');
    } else {
      name = strOrNum(L.arg(1));
      if (name === null) fail('first argument to redis.register_function must be a string');
      const f = L.arg(2);
      if (!(f instanceof LuaFunction)) fail('second argument to redis.register_function must be a function');
      callback = f as LuaFunction;
    }
    // functionLibCreateFunction (7.0.15 reports the library-name text for a bad function name).
    const fname = name as string;
    const lib = li as Library;
    if (!verifyName(fname)) fail(LIBRARY_NAME_ERROR);
    if (lib.functions.has(fname)) fail('Function already exists in the library');
    // JS references are not GC roots: keep the callback alive from now on.
    L.heap.pin(callback as LuaFunction);
    lib.functions.set(fname, { name: fname, fn: callback as LuaFunction, desc, flags, library: lib });
    return 0;
  };

  // ---------------------------------------------------------------- library creation
  /** luaEngineCreate: compile and run the library body with the load-time globals. */
  private engineCreate(li: Library, code: string): string | null {
    const fs = this.engine.functionState;
    const L = fs.L;
    setFunctionEnvIndex(fs, true);
    try {
      let fn: LuaFunction;
      try {
        fn = loadText(L, code, '@user_function');
      } catch (e) {
        if (e instanceof LuaSyntaxError) return `Error compiling function: ${e.message}`;
        throw e;
      }
      const start = this.engine.monotonicMs();
      setHook(L, 100000, (L2) => {
        if (this.engine.monotonicMs() - start > LOAD_TIMEOUT_MS) {
          setHook(L2, 1, (L3) => L3.throwValue(errorTable(L3, 'FUNCTION LOAD timeout')));
          return L2.throwValue(errorTable(L2, 'FUNCTION LOAD timeout'));
        }
        return HOOK_CONTINUE;
      });
      this.loading = li;
      let run;
      try {
        run = startPlainRun(L, fn, []);
        while (run.status === 'paused') run = run.resume();
      } finally {
        this.loading = null;
        setHook(L, 0, null);
      }
      if (run.status === 'error') return `Error registering functions: ${extractErrorMsg(run.error)}`;
      return null;
    } finally {
      setFunctionEnvIndex(fs, false);
    }
  }

  /** functionsCreateWithLibraryCtx: the library name, or the error text (without `ERR `). */
  create(code: string, replace: boolean, target: LibCtx): { name: string } | { error: string } {
    const md = extractLibMeta(code);
    if (!md.ok) return { error: md.error };
    const { name, engine } = md.meta;
    if (!verifyName(name)) return { error: LIBRARY_NAME_ERROR };
    if (engine.toLowerCase() !== 'lua') return { error: `Engine '${engine}' not found` };
    const old = target.libraries.get(name);
    if (old !== undefined && !replace) return { error: `Library '${name}' already exists` };
    if (old !== undefined) target.unlink(old);
    const li: Library = { name, code, functions: new Map() };
    const heap = this.engine.functionState.L.heap;
    heap.begin();
    const fail = (error: string): { error: string } => {
      heap.commit();
      for (const fi of li.functions.values()) heap.unpin(fi.fn);
      if (old !== undefined) target.link(old);
      return { error };
    };
    const err = this.engineCreate(li, md.meta.code);
    if (err !== null) return fail(err);
    if (li.functions.size === 0) return fail('No functions registered');
    for (const fi of li.functions.values()) {
      if (target.functions.has(fi.name.toLowerCase())) return fail(`Function ${fi.name} already exists`);
    }
    heap.commit();
    target.link(li);
    if (old !== undefined) for (const fi of old.functions.values()) heap.unpin(fi.fn);
    return { name };
  }

  /** engineLibraryFree: the library's callbacks are no longer referenced from JS. */
  release(li: Library): void {
    const heap = this.engine.functionState.L.heap;
    for (const fi of li.functions.values()) heap.unpin(fi.fn);
  }
}

/** luaExtractErrorInformation for FUNCTION LOAD (no handler: the raw error value). */
function extractErrorMsg(v: LuaValue): string {
  if (typeof v === 'string' || typeof v === 'number') return `ERR ${strOrNum(v) ?? ''}`;
  if (v instanceof LuaTable) {
    const m = strOrNum(v.get('err'));
    if (m !== null) return m;
  }
  // sdscatprintf("%s", NULL) with glibc
  return '(null)';
}

