/**
 * Functions (functions.c, function_lua.c, Redis 7.0.15): FUNCTION LOAD/DELETE/LIST/FLUSH/STATS/
 * KILL/DUMP/RESTORE/HELP, FCALL, FCALL_RO and redis.register_function.
 */
import { R, type Reply } from '../reply.js';
import { stringMatch } from '../glob.js';
import { parseFcallNumkeys } from './numkeys.js';
import { extractLibMeta, verifyName, LIBRARY_NAME_ERROR } from './library-meta.js';
import { SCRIPT_FLAGS_DEF, flagNames } from './flags.js';
import { errorTable } from './convert.js';
import {
  LuaTable, LuaFunction, LuaSyntaxError, loadText, setHook, startPlainRun, HOOK_CONTINUE,
  type LuaState, type LuaValue, type NativeFn,
} from './lua-host.js';
import { setFunctionEnvIndex } from './environment.js';
import { RunCtx } from './run-context.js';
import { SCRIPT_ERR, replyError, subcommandSyntaxError } from './errors.js';
import { prepareForRun, rejectOom } from './eval-commands.js';
import { dumpFunctions, parseFunctionsPayload, verifyPayload } from './rdb-functions.js';
import type { CallerInfo, ScriptingEngine } from './engine.js';
import { numberToString } from '../../vm/tostr.js';

/** function_lua.c LOAD_TIMEOUT_MS */
export const LOAD_TIMEOUT_MS = 500;

export interface FunctionInfo {
  name: string;
  fn: LuaFunction;
  desc: string | null;
  flags: number;
  library: Library;
}

export interface Library {
  name: string;
  /** The whole payload given to FUNCTION LOAD (shebang included). */
  code: string;
  /** By exact name, in registration order. */
  functions: Map<string, FunctionInfo>;
}

/** functionsLibCtx: libraries by exact name, functions by name ignoring case. */
export class LibCtx {
  readonly libraries = new Map<string, Library>();
  readonly functions = new Map<string, FunctionInfo>();

  link(li: Library): void {
    for (const fi of li.functions.values()) {
      const k = fi.name.toLowerCase();
      if (!this.functions.has(k)) this.functions.set(k, fi); // dictAdd fails silently on a duplicate
    }
    this.libraries.set(li.name, li);
  }

  unlink(li: Library): void {
    for (const fi of li.functions.values()) {
      const k = fi.name.toLowerCase();
      if (this.functions.get(k) === fi) this.functions.delete(k);
    }
    this.libraries.delete(li.name);
  }

  clear(): void {
    this.libraries.clear();
    this.functions.clear();
  }
}

export const FUNCTION_HELP: readonly string[] = [
  'FUNCTION <subcommand> [<arg> [value] [opt] ...]. Subcommands are:',
  'LOAD [REPLACE] <FUNCTION CODE>',
  '    Create a new library with the given library name and code.',
  'DELETE <LIBRARY NAME>',
  '    Delete the given library.',
  'LIST [LIBRARYNAME PATTERN] [WITHCODE]',
  '    Return general information on all the libraries:',
  '    * Library name',
  '    * The engine used to run the Library',
  '    * Library description',
  '    * Functions list',
  '    * Library code (if WITHCODE is given)',
  '    It also possible to get only function that matches a pattern using LIBRARYNAME argument.',
  'STATS',
  '    Return information about the current function running:',
  '    * Function name',
  '    * Command used to run the function',
  '    * Duration in MS that the function is running',
  '    If no function is running, return nil',
  '    In addition, returns a list of available engines.',
  'KILL',
  '    Kill the current running function.',
  'FLUSH [ASYNC|SYNC]',
  '    Delete all the libraries.',
  '    When called without the optional mode argument, the behavior is determined by the',
  '    lazyfree-lazy-user-flush configuration directive. Valid modes are:',
  '    * ASYNC: Asynchronously flush the libraries.',
  '    * SYNC: Synchronously flush the libraries.',
  'DUMP',
  '    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command',
  'RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]',
  '    Restore the libraries represented by the given payload, it is possible to give a restore policy to',
  '    control how to handle existing libraries (default APPEND):',
  '    * FLUSH: delete all existing libraries.',
  '    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.',
  '    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old',
  '      libraries with the new libraries (notice that even on this option there is a chance of failure',
  '      in case of functions name collision with another library).',
  'HELP',
  '    Prints this help.',
];

function strOrNum(v: LuaValue): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return null;
}

export class FunctionCommands {
  ctx = new LibCtx();
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
  private release(li: Library): void {
    const heap = this.engine.functionState.L.heap;
    for (const fi of li.functions.values()) heap.unpin(fi.fn);
  }

  // ---------------------------------------------------------------- commands
  /** fcallCommandGeneric */
  fcall(caller: CallerInfo, argv: string[], ro: boolean): Reply | Promise<Reply> {
    const fi = this.ctx.functions.get((argv[1] ?? '').toLowerCase());
    const oom = this.engine.host.isOom();
    const early = rejectOom(fi === undefined ? null : fi.flags, oom);
    if (early !== null) return early;
    if (fi === undefined) return SCRIPT_ERR.functionNotFound;
    const numkeys = parseFcallNumkeys(argv[2] ?? '', argv.length);
    if (typeof numkeys === 'string') return R.error(numkeys);
    const prep = prepareForRun(fi.flags, ro, oom);
    if (prep !== null) return prep;
    const engine = this.engine;
    const ctx = new RunCtx({
      funcname: fi.name,
      evalMode: false,
      readOnly: ro || (fi.flags & 1) !== 0,
      allowOom: (fi.flags & 2) !== 0,
      db: caller.db,
      startTime: engine.monotonicMs(),
      snapshotTime: engine.host.keyspace.clock.now(),
      command: [...caller.argv],
      inMulti: caller.inMulti,
    });
    ctx.oomAtStart = oom;
    const fs = engine.functionState;
    return engine.run({
      L: fs.L,
      fn: fi.fn,
      handler: fs.handler,
      ctx,
      keys: argv.slice(3, 3 + numkeys),
      args: argv.slice(3 + numkeys),
    });
  }

  /** FUNCTION <sub> ... (the server has checked the subcommand and its arity). */
  function(argv: string[], protocol: 2 | 3): Reply {
    const sub = (argv[1] ?? '').toLowerCase();
    switch (sub) {
      case 'load':
        return this.load(argv);
      case 'delete': {
        const li = this.ctx.libraries.get(argv[2] ?? '');
        if (li === undefined) return SCRIPT_ERR.libraryNotFound;
        this.ctx.unlink(li);
        this.release(li);
        return R.ok();
      }
      case 'list':
        return this.list(argv);
      case 'flush': {
        if (argv.length > 3) return subcommandSyntaxError('function', argv[1] ?? '');
        const mode = (argv[2] ?? '').toLowerCase();
        if (!(argv.length === 2 || mode === 'sync' || mode === 'async')) {
          return R.error('ERR FUNCTION FLUSH only supports SYNC|ASYNC option');
        }
        for (const li of this.ctx.libraries.values()) this.release(li);
        this.ctx.clear();
        return R.ok();
      }
      case 'stats':
        return this.stats();
      case 'kill':
        return this.engine.kill(false);
      case 'dump':
        return R.bulk(dumpFunctions([...this.ctx.libraries.values()].map((l) => l.code)));
      case 'restore':
        return this.restore(argv);
      case 'help':
        return R.array(FUNCTION_HELP.map((l) => R.status(l)));
      default:
        void protocol;
        return subcommandSyntaxError('function', argv[1] ?? '');
    }
  }

  /** functionLoadCommand */
  private load(argv: string[]): Reply {
    let replace = false;
    let pos = 2;
    while (pos < argv.length - 1) {
      const a = argv[pos++] ?? '';
      if (a.toLowerCase() === 'replace') {
        replace = true;
        continue;
      }
      return replyError(`Unknown option given: ${a}`);
    }
    if (pos >= argv.length) return R.error('ERR Function code is missing');
    const r = this.create(argv[pos] ?? '', replace, this.ctx);
    if ('error' in r) return replyError(r.error);
    return R.bulk(r.name);
  }

  /** functionListCommand */
  private list(argv: string[]): Reply {
    let withCode = false;
    let pattern: string | null = null;
    for (let i = 2; i < argv.length; i++) {
      const a = argv[i] ?? '';
      if (!withCode && a.toLowerCase() === 'withcode') {
        withCode = true;
        continue;
      }
      if (pattern === null && a.toLowerCase() === 'libraryname') {
        if (i >= argv.length - 1) return R.error('ERR library name argument was not given');
        pattern = argv[++i] ?? '';
        continue;
      }
      return replyError(`Unknown argument ${a}`);
    }
    const out: Reply[] = [];
    for (const li of this.ctx.libraries.values()) {
      if (pattern !== null && !stringMatch(pattern, li.name, true)) continue;
      const fns: Reply[] = [];
      for (const fi of li.functions.values()) {
        fns.push(
          R.map([
            [R.bulk('name'), R.bulk(fi.name)],
            [R.bulk('description'), fi.desc === null ? R.nil() : R.bulk(fi.desc)],
            [R.bulk('flags'), R.set(flagNames(fi.flags).map((f) => R.status(f)))],
          ]),
        );
      }
      const entries: Array<[Reply, Reply]> = [
        [R.bulk('library_name'), R.bulk(li.name)],
        [R.bulk('engine'), R.bulk('LUA')],
        [R.bulk('functions'), R.array(fns)],
      ];
      if (withCode) entries.push([R.bulk('library_code'), R.bulk(li.code)]);
      out.push(R.map(entries));
    }
    return R.array(out);
  }

  /** functionStatsCommand */
  private stats(): Reply {
    const run = this.engine.running;
    if (run !== null && run.evalMode) return SCRIPT_ERR.busyEval;
    const running =
      run === null
        ? R.nil()
        : R.map([
            [R.bulk('name'), R.bulk(run.funcname)],
            [R.bulk('command'), R.bulkArray(run.command)],
            [R.bulk('duration_ms'), R.int(Math.floor(this.engine.monotonicMs() - run.startTime))],
          ]);
    let nfun = 0;
    for (const li of this.ctx.libraries.values()) nfun += li.functions.size;
    return R.map([
      [R.bulk('running_script'), running],
      [
        R.bulk('engines'),
        R.map([
          [
            R.bulk('LUA'),
            R.map([
              [R.bulk('libraries_count'), R.int(this.ctx.libraries.size)],
              [R.bulk('functions_count'), R.int(nfun)],
            ]),
          ],
        ]),
      ],
    ]);
  }

  /** functionRestoreCommand */
  private restore(argv: string[]): Reply {
    if (argv.length > 4) return subcommandSyntaxError('function', argv[1] ?? '');
    let policy: 'append' | 'replace' | 'flush' = 'append';
    if (argv.length === 4) {
      const p = (argv[3] ?? '').toLowerCase();
      if (p === 'append' || p === 'replace' || p === 'flush') policy = p;
      else return R.error('ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.');
    }
    const data = Buffer.from(argv[2] ?? '', 'latin1');
    if (!verifyPayload(data)) return R.error('ERR DUMP payload version or checksum are wrong');
    const parsed = parseFunctionsPayload(data);
    if ('error' in parsed) return replyError(parsed.error);
    const temp = new LibCtx();
    const dropTemp = (): void => {
      for (const li of temp.libraries.values()) this.release(li);
    };
    for (const code of parsed.codes) {
      const r = this.create(code, false, temp);
      if ('error' in r) {
        dropTemp();
        return replyError(r.error);
      }
    }
    if (policy === 'flush') {
      for (const li of this.ctx.libraries.values()) this.release(li);
      this.ctx = temp;
      return R.ok();
    }
    // libraryJoin
    const replaced: Library[] = [];
    const rollback = (): void => {
      for (const li of replaced) this.ctx.link(li);
    };
    for (const li of temp.libraries.values()) {
      const old = this.ctx.libraries.get(li.name);
      if (old === undefined) continue;
      if (policy !== 'replace') {
        rollback();
        dropTemp();
        return replyError(`Library ${li.name} already exists`);
      }
      this.ctx.unlink(old);
      replaced.push(old);
    }
    for (const fi of temp.functions.values()) {
      if (this.ctx.functions.has(fi.name.toLowerCase())) {
        rollback();
        dropTemp();
        return replyError(`Function ${fi.name} already exists`);
      }
    }
    for (const li of temp.libraries.values()) this.ctx.link(li);
    for (const li of replaced) this.release(li);
    return R.ok();
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

export type { LuaState };
