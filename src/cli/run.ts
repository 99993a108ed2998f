// `redlua run`: behaves like `lua5.1 [options] [script [args]]` (lua.c of Lua 5.1.5): the
// `arg` table, `...` for the script, `-e code`, `-` for stdin, errors reported on stderr as
// "<prog>: <message>" plus lua.c's traceback, exit status 1 on error.
// The program name is a parameter (default "redlua"); harnesses compare what follows "<prog>: ".
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import {
  createState, loadChunk, pcallHost, errorText, LuaError, type LuaState, type LuaValue,
} from '../vm/index.js';

export interface RunOptions {
  /** Name printed before error messages, where lua5.1 prints "lua5.1". */
  progName?: string;
  /** Sinks (default: process stdout/stderr); strings are byte strings. */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Read stdin (default: fd 0). */
  readStdin?: () => string;
  /** Folder that relative script paths are read from (default: the process's cwd). Lets a
   * worker thread, which cannot chdir, run `x.lua` from the case's folder as lua5.1 would. */
  cwd?: string;
}

export async function runMain(argv: string[], opts: RunOptions = {}): Promise<number> {
  const prog = opts.progName ?? 'redlua';
  const outChunks: string[] = [];
  let outLen = 0;
  const flush = (): void => {
    if (outChunks.length === 0) return;
    const s = outChunks.join('');
    outChunks.length = 0;
    outLen = 0;
    if (opts.stdout) opts.stdout(s);
    else process.stdout.write(Buffer.from(s, 'latin1'));
  };
  const errOut = (s: string): void => {
    flush();
    if (opts.stderr) opts.stderr(s);
    else process.stderr.write(Buffer.from(s, 'latin1'));
  };
  const L = createState();
  if (opts.cwd !== undefined) L.cwd = opts.cwd;
  await openStandalone(L);
  L.stdout = (s) => {
    outChunks.push(s);
    outLen += s.length;
    if (outLen > 1 << 16) flush();
  };
  L.stderr = errOut; // io.stderr and debug.debug: after what stdout holds, as C's unbuffered stderr
  if (opts.readStdin !== undefined) L.stdinSource = opts.readStdin; // io.stdin and debug.debug too
  const readStdin = opts.readStdin ?? (() => readFileSync(0).toString('latin1'));

  const report = (msg: string): void => errOut(`${prog}: ${msg}\n`);

  /** docall with lua.c's traceback handler. */
  const docall = (fn: LuaValue, args: LuaValue[]): boolean => {
    const r = pcallHost(L, fn, args, true);
    if (r.ok) return true;
    let msg = errorText(r.error);
    if (r.traceback !== undefined) msg += '\n' + r.traceback;
    report(msg);
    return false;
  };

  const load = (chunk: string, name: string): LuaValue | null => {
    try {
      return loadChunk(L, chunk, name);
    } catch (e) {
      if (e instanceof LuaError) {
        report(errorText(e.value));
        return null;
      }
      throw e;
    }
  };

  try {
    const status = runArgs();
    if (status !== 'repl') return status;
    const { repl } = await import('./repl.js');
    await repl(L, prog, (s) => L.stdout(s), flush);
    return 0;
  } catch (e) {
    // os.exit (src/stdlib/os.ts throws a LuaExit { code }): flush and end with that status
    if (typeof e === 'object' && e !== null && e.constructor.name === 'LuaExit') {
      flush();
      return (e as { code: number }).code;
    }
    throw e;
  }

  function runArgs(): number | 'repl' {
    // collect options (lua.c collectargs)
    let i = 0;
    let script = -1;
    const actions: (['e', string] | ['stdin'])[] = [];
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-') {
        script = i;
        break;
      }
      if (a === '-e') {
        const code = argv[++i];
        if (code === undefined) {
          errOut(`${prog}: '-e' needs argument\n`);
          return 1;
        }
        actions.push(['e', code]);
        continue;
      }
      if (a.startsWith('-e') && a.length > 2) {
        actions.push(['e', a.slice(2)]);
        continue;
      }
      if (a === '--') {
        i++;
        if (i < argv.length) script = i;
        break;
      }
      if (a.startsWith('-')) {
        errOut(`${prog}: unrecognized option '${a}'\n`);
        return 1;
      }
      script = i;
      break;
    }

    // the arg table: arg[0] = script, arg[1..] = its arguments, negative = interpreter args
    const argTable = L.newTable();
    const base = script >= 0 ? script : argv.length;
    argTable.set(-base - 1, prog);
    for (let j = 0; j < argv.length; j++) argTable.set(j - base, latin1(argv[j]!));
    L.globals.set('arg', argTable);

    for (const act of actions) {
      if (act[0] === 'e') {
        const f = load(latin1(act[1]), '=(command line)');
        if (f === null || !docall(f, [])) {
          flush();
          return 1;
        }
      }
    }

    // lua.c: no script and no -e on a terminal is the interactive mode
    if (script < 0 && actions.length === 0 && opts.readStdin === undefined && process.stdin.isTTY) return 'repl';

    if (script >= 0 || actions.length === 0) {
      let chunk: string;
      let name: string;
      const file = script >= 0 ? argv[script]! : '-';
      if (file === '-') {
        chunk = readStdin();
        name = '=stdin';
      } else {
        try {
          chunk = readFileSync(opts.cwd !== undefined ? resolvePath(opts.cwd, file) : file).toString('latin1');
        } catch {
          report(`cannot open ${file}`);
          flush();
          return 1;
        }
        name = '@' + file;
      }
      if (chunk.startsWith('#')) {
        const nl = chunk.indexOf('\n');
        chunk = nl < 0 ? '' : chunk.slice(nl);
      }
      const f = load(chunk, name);
      if (f === null) {
        flush();
        return 1;
      }
      const args = script >= 0 ? argv.slice(script + 1).map(latin1) : [];
      if (!docall(f, args)) {
        flush();
        return 1;
      }
    }
  flush();
  return 0;
  }
}

/** luaL_openlibs of lua.c: the other standard libraries (src/stdlib/openlibs.ts) when present. */
async function openStandalone(L: LuaState): Promise<void> {
  let mod: { openStandaloneLibs?: (L: LuaState) => void } | null = null;
  try {
    mod = await import('../stdlib/openlibs.js');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  mod?.openStandaloneLibs?.(L);
}

/** Command-line strings (UTF-16 in node) as Lua byte strings (UTF-8 bytes). */
function latin1(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

export type { LuaState };
