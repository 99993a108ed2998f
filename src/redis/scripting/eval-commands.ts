/**
 * EVAL, EVALSHA, EVAL_RO, EVALSHA_RO and SCRIPT (eval.c, Redis 7.0.15).
 */
import { R, type Reply } from '../reply.js';
import { parseEvalNumkeys } from './numkeys.js';
import { extractShebangFlags } from './shebang.js';
import { sha1hex } from './sha1.js';
import { ScriptCache, type CachedScript } from './script-cache.js';
import { LuaSyntaxError, loadText } from './lua-host.js';
import { SCRIPT_FLAG_EVAL_COMPAT_MODE, SCRIPT_FLAG_NO_WRITES, SCRIPT_FLAG_ALLOW_OOM, SCRIPT_FLAG_ALLOW_STALE, scriptFlagsToCmdFlags } from './flags.js';
import { SCRIPT_ERR, replyError, subcommandSyntaxError } from './errors.js';
import type { CallerInfo, ScriptingEngine } from './engine.js';
import type { ReplicaView } from './host.js';

export const SCRIPT_HELP: readonly string[] = [
  'SCRIPT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:',
  'DEBUG (YES|SYNC|NO)',
  '    Set the debug mode for subsequent scripts executed.',
  'EXISTS <sha1> [<sha1> ...]',
  '    Return information about the existence of the scripts in the script cache.',
  'FLUSH [ASYNC|SYNC]',
  '    Flush the Lua scripts cache. Very dangerous on replicas.',
  '    When called without the optional mode argument, the behavior is determined by the',
  '    lazyfree-lazy-user-flush configuration directive. Valid modes are:',
  '    * ASYNC: Asynchronously flush the scripts cache.',
  '    * SYNC: Synchronously flush the scripts cache.',
  'KILL',
  '    Kill the currently executing Lua script.',
  'LOAD <script>',
  '    Load a script into the scripts cache without executing it.',
  'HELP',
  '    Prints this help.',
];

export class EvalCommands {
  readonly cache = new ScriptCache();

  constructor(private readonly engine: ScriptingEngine) {}

  /**
   * luaCreateFunction: the cached script for `body`, compiling and caching it when new.
   * Returns an error reply on a bad shebang or a compile error (nothing cached then).
   */
  createFunction(body: string): CachedScript | Reply {
    const sha = sha1hex(body);
    const hit = this.cache.get(sha);
    if (hit) return hit;
    const sb = extractShebangFlags(body);
    if (!sb.ok) return replyError(sb.error);
    let fn;
    try {
      // The shebang line is cut but its newline kept, so line numbers do not move.
      fn = loadText(this.engine.evalState.L, body.slice(sb.shebangLength), '@user_script');
    } catch (e) {
      if (e instanceof LuaSyntaxError) return replyError(`Error compiling script (new function): ${e.message}`);
      throw e;
    }
    this.engine.evalState.L.heap.pin(fn);
    const s: CachedScript = { sha, body, flags: sb.flags, fn };
    this.cache.add(s);
    return s;
  }

  /** evalGenericCommand (+ evalShaCommand's length check). */
  eval(caller: CallerInfo, argv: string[], evalsha: boolean, ro: boolean): Reply | Promise<Reply> {
    const first = argv[1] ?? '';
    const oom = this.engine.host.isOom();
    const early = rejectOom(this.scriptFlags(first, evalsha), oom);
    if (early !== null) return early;
    if (evalsha && first.length !== 40) return SCRIPT_ERR.noscript;
    const numkeys = parseEvalNumkeys(argv[2] ?? '', argv.length);
    if (typeof numkeys === 'string') return R.error(numkeys);
    let script: CachedScript | Reply | undefined;
    if (evalsha) {
      script = this.cache.get(first);
      if (script === undefined) return SCRIPT_ERR.noscript;
    } else {
      script = this.createFunction(first);
    }
    if (!('fn' in script)) return script;
    const prep = prepareForRun(script.flags, ro, oom, this.engine.host.replica);
    if (prep !== null) return prep;
    const shebang = (script.flags & SCRIPT_FLAG_EVAL_COMPAT_MODE) === 0; // flags apply only with a shebang
    return this.engine.startScript(caller, argv, numkeys, oom, {
      funcname: script.sha,
      evalMode: true,
      readOnly: ro || (shebang && (script.flags & SCRIPT_FLAG_NO_WRITES) !== 0),
      allowOom: shebang && (script.flags & SCRIPT_FLAG_ALLOW_OOM) !== 0,
      state: this.engine.evalState,
      fn: script.fn,
    });
  }

  /** evalGetCommandFlags: the effective flags of EVAL/EVALSHA(_RO) with this script or sha. */
  commandFlags(cmdFlags: readonly string[], first: string, evalsha: boolean): readonly string[] {
    return scriptFlagsToCmdFlags(cmdFlags, this.scriptFlags(first, evalsha));
  }

  /** The script's flags when known (cached, or a parsable shebang), as evalGetCommandFlags finds them. */
  private scriptFlags(first: string, evalsha: boolean): number | null {
    if (evalsha && first.length !== 40) return null;
    const cached = this.cache.get(evalsha ? first : sha1hex(first));
    if (cached) return cached.flags;
    if (evalsha) return null;
    const sb = extractShebangFlags(first);
    return sb.ok ? sb.flags : null;
  }

  /** scriptCommand */
  script(argv: string[]): Reply {
    const sub = (argv[1] ?? '').toLowerCase();
    const argc = argv.length;
    if (argc === 2 && sub === 'help') return R.array(SCRIPT_HELP.map((l) => R.status(l)));
    if (argc >= 2 && sub === 'flush') {
      const mode = (argv[2] ?? '').toLowerCase();
      if (!(argc === 2 || (argc === 3 && (mode === 'sync' || mode === 'async')))) {
        return R.error('ERR SCRIPT FLUSH only support SYNC|ASYNC option');
      }
      this.cache.clear();
      this.engine.resetEvalState();
      return R.ok();
    }
    if (argc >= 2 && sub === 'exists') {
      return R.array(argv.slice(2).map((sha) => R.int(this.cache.has(sha) ? 1 : 0)));
    }
    if (argc === 3 && sub === 'load') {
      const s = this.createFunction(argv[2] ?? '');
      if (!('fn' in s)) return s;
      return R.bulk(s.sha);
    }
    if (argc === 2 && sub === 'kill') return this.engine.kill(true);
    if (argc === 3 && sub === 'debug') {
      const mode = (argv[2] ?? '').toLowerCase();
      if (mode === 'no') return R.ok();
      if (mode === 'yes' || mode === 'sync') return R.error('ERR redlua does not implement the Lua debugger (SCRIPT DEBUG)');
      return R.error('ERR Use SCRIPT DEBUG YES/SYNC/NO');
    }
    return subcommandSyntaxError('script', argv[1] ?? '');
  }
}

/**
 * scriptPrepareForRun's checks (script.c), in its order. A compat-mode EVAL script is only
 * refused on a stale replica (shared.masterdownerr). A script with flags (shebang or function):
 * on a stale replica without allow-stale; then, when it may write (no no-writes): on a read-only
 * replica, by the *_RO commands; then over maxmemory without allow-oom. (no-cluster, MISCONF and
 * min-replicas are server states redlua does not have.) processCommand has already refused most
 * of these with its own errors from the script's flags; these texts show when the flags were not
 * known then (EVALSHA of a script loaded later in the same MULTI).
 */
export function prepareForRun(flags: number, ro: boolean, oom: boolean, replica: ReplicaView): Reply | null {
  if ((flags & SCRIPT_FLAG_EVAL_COMPAT_MODE) !== 0) return replica.stale ? SCRIPT_ERR.masterdown : null;
  if (replica.stale && (flags & SCRIPT_FLAG_ALLOW_STALE) === 0) return SCRIPT_ERR.masterdownFlag;
  if ((flags & SCRIPT_FLAG_NO_WRITES) === 0 && replica.readOnly) return SCRIPT_ERR.readonlyReplicaFlag;
  if ((flags & SCRIPT_FLAG_NO_WRITES) === 0 && ro) return SCRIPT_ERR.roWithWriteFlag;
  if (oom && (flags & (SCRIPT_FLAG_ALLOW_OOM | SCRIPT_FLAG_NO_WRITES)) === 0) return SCRIPT_ERR.oomFlag;
  return null;
}

/**
 * processCommand's OOM rejection with the flags a script declares (evalGetCommandFlags /
 * fcallGetCommandFlags + scriptFlagsToCmdFlags): a script with flags that may write and lacks
 * allow-oom is a deny-oom command.
 */
export function rejectOom(flags: number | null, oom: boolean): Reply | null {
  return oom && scriptFlagsToCmdFlags([], flags).includes('denyoom') ? SCRIPT_ERR.oom : null;
}
