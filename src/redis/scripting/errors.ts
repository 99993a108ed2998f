/** Error replies of the scripting commands (server.c shared objects, eval.c, functions.c, script.c). */
import type { Reply } from '../reply.js';
import { REPLICA_ERR } from '../../server/replication.js';

const e = (value: string): Reply => ({ type: 'error', value });

export const SCRIPT_ERR = {
  noscript: e('NOSCRIPT No matching script. Please use EVAL.'),
  /** shared.slowevalerr: an EVAL script is busy. */
  busyEval: e('BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.'),
  /** shared.slowscripterr: a function is busy. */
  busyFunction: e('BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.'),
  notBusy: e('NOTBUSY No scripts in execution right now.'),
  unkillable: e(
    'UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.',
  ),
  roWithWriteFlag: e('ERR Can not execute a script with write flag using *_ro command.'),
  /** shared.oomerr */
  oom: e("OOM command not allowed when used memory > 'maxmemory'."),
  oomFlag: e("OOM allow-oom flag is not set on the script, can not run it when used memory > 'maxmemory'"),
  /** scriptPrepareForRun, compat mode on a stale replica: shared.masterdownerr */
  masterdown: REPLICA_ERR.masterdown,
  /** scriptPrepareForRun: a script with flags but without allow-stale, on a stale replica */
  masterdownFlag: e("MASTERDOWN Link with MASTER is down, replica-serve-stale-data is set to 'no' and 'allow-stale' flag is not set on the script."),
  /** scriptPrepareForRun: a script that may write, on a read-only replica */
  readonlyReplicaFlag: e('READONLY Can not run script with write flag on readonly replica'),
  functionNotFound: e('ERR Function not found'),
  libraryNotFound: e('ERR Library not found'),
};

/**
 * addReplyErrorFormat: CR/LF trimmed at both ends then mapped to spaces inside; `ERR ` unless
 * the text starts with `-`.
 */
export function replyError(text: string): Reply {
  const t = text.replace(/^[\r\n]+|[\r\n]+$/g, '').replace(/[\r\n]/g, ' ');
  return e(t.startsWith('-') ? t.slice(1) : `ERR ${t}`);
}

/** addReplySubcommandSyntaxError */
export function subcommandSyntaxError(container: string, sub: string): Reply {
  const z = sub.indexOf('\0');
  const s = (z >= 0 ? sub.slice(0, z) : sub).slice(0, 128);
  return e(`ERR unknown subcommand or wrong number of arguments for '${s}'. Try ${container.toUpperCase()} HELP.`);
}
