/**
 * Functions (functions.c, Redis 7.0.15): FUNCTION LOAD/DELETE/LIST/FLUSH/STATS/KILL/DUMP/RESTORE/
 * HELP, FCALL, FCALL_RO. Loading a library: function-load.ts; the data model: function-library.ts.
 */
import { R, type Reply } from '../reply.js';
import { stringMatch } from '../glob.js';
import { parseFcallNumkeys } from './numkeys.js';
import { flagNames, scriptFlagsToCmdFlags } from './flags.js';
import type { NativeFn } from './lua-host.js';
import { LibCtx, type FunctionInfo, type Library } from './function-library.js';
import { FunctionLoader } from './function-load.js';
import { SCRIPT_ERR, replyError, subcommandSyntaxError } from './errors.js';
import { prepareForRun, rejectOom } from './eval-commands.js';
import { dumpFunctions, parseFunctionsPayload, verifyPayload } from './rdb-functions.js';
import type { CallerInfo, ScriptingEngine } from './engine.js';

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

export class FunctionCommands {
  ctx = new LibCtx();
  readonly loader = new FunctionLoader();
  private engine!: ScriptingEngine;

  /** The native behind redis.register_function. */
  get registerFunction(): NativeFn {
    return this.loader.registerFunction;
  }

  attach(engine: ScriptingEngine): void {
    this.engine = engine;
    this.loader.attach(engine);
  }

  private create(code: string, replace: boolean, target: LibCtx): { name: string } | { error: string } {
    return this.loader.create(code, replace, target);
  }

  private release(li: Library): void {
    this.loader.release(li);
  }

  // ---------------------------------------------------------------- commands
  /** fcallCommandGeneric */
  fcall(caller: CallerInfo, argv: string[], ro: boolean): Reply | Promise<Reply> {
    const fi = this.lookup(argv[1] ?? '');
    const oom = this.engine.host.isOom();
    const early = rejectOom(fi === undefined ? null : fi.flags, oom);
    if (early !== null) return early;
    if (fi === undefined) return SCRIPT_ERR.functionNotFound;
    const numkeys = parseFcallNumkeys(argv[2] ?? '', argv.length);
    if (typeof numkeys === 'string') return R.error(numkeys);
    const prep = prepareForRun(fi.flags, ro, oom, this.engine.host.replica);
    if (prep !== null) return prep;
    return this.engine.startScript(caller, argv, numkeys, oom, {
      funcname: fi.name,
      evalMode: false,
      readOnly: ro || (fi.flags & 1) !== 0,
      allowOom: (fi.flags & 2) !== 0,
      state: this.engine.functionState,
      fn: fi.fn,
    });
  }

  /** The function FCALL names (case-insensitive lookup). */
  private lookup(name: string): FunctionInfo | undefined {
    return this.ctx.functions.get(name.toLowerCase());
  }

  /** fcallGetCommandFlags: the effective flags of FCALL(_RO) of this function (its own when it exists). */
  commandFlags(cmdFlags: readonly string[], name: string): readonly string[] {
    const fi = this.lookup(name);
    return scriptFlagsToCmdFlags(cmdFlags, fi === undefined ? null : fi.flags);
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

