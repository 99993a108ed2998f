/**
 * Installs EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT, FUNCTION, FCALL and FCALL_RO into the
 * built-in server (src/server registerCommand hook), plus processCommand's BUSY gate through
 * `server.commandFilter`: while a script runs past busy-reply-threshold every client command
 * without the allow-busy flag gets the BUSY error of the running kind, before MULTI queueing
 * (server.c processCommand; rejectCommand flags the transaction).
 *
 *   import { installScripting } from './redis/scripting/install.js';
 *   const scripting = installScripting(server);
 */
import type { Reply } from '../reply.js';
import type { RedisServer, ServerCall } from '../../server/server.js';
import type { ClientSession } from '../../server/session.js';
import { hasFlag } from '../keyspace/registry.js';
import { ScriptingEngine, type CallerInfo, type EngineOptions } from './engine.js';
import { EvalCommands } from './eval-commands.js';
import { FunctionCommands } from './function-commands.js';
import { ServerCommandHost } from './server-host.js';
import { encodeAof } from './effects.js';
import { appendFileSync } from 'node:fs';

export interface ScriptingOptions extends Omit<EngineOptions, 'busyReplyThreshold'> {
  /** Append every script's effects (RESP, as an AOF) to this file. */
  aofLog?: string;
  /**
   * Keep every script's effects in `engine.effects.commands` (what `effects()` of the in-process
   * API returns). Default true; a long-running server passes false, or the journal would grow
   * with every write a script makes.
   */
  keepEffects?: boolean;
  /** Receives redis.log messages and the slow-script warning. */
  log?: (level: number, message: string) => void;
}

export interface Scripting {
  engine: ScriptingEngine;
  eval: EvalCommands;
  functions: FunctionCommands;
  host: ServerCommandHost;
}

function caller(client: ClientSession, argv: string[]): CallerInfo {
  return { db: client.ctx.db, inMulti: client.multi !== null, argv };
}

export function installScripting(server: RedisServer, opts: ScriptingOptions = {}): Scripting {
  const host = new ServerCommandHost(server);
  if (opts.log) host.logSink = opts.log;
  const functions = new FunctionCommands();
  const engine = new ScriptingEngine(host, functions.registerFunction, {
    ...opts,
    busyReplyThreshold: () => server.config.getInt('busy-reply-threshold'),
  });
  functions.attach(engine);
  const evals = new EvalCommands(engine);
  if (opts.keepEffects === false) engine.effects.keep = false;
  if (opts.aofLog !== undefined) {
    const file = opts.aofLog;
    engine.effects.onAppend = (cmds) => appendFileSync(file, encodeAof(cmds));
  }

  const reg = (name: string, h: (c: ServerCall) => Reply | Promise<Reply>): void => server.registerCommand(name, h);
  reg('eval', ({ client, argv }) => evals.eval(caller(client, argv), argv, false, false));
  reg('evalsha', ({ client, argv }) => evals.eval(caller(client, argv), argv, true, false));
  reg('eval_ro', ({ client, argv }) => evals.eval(caller(client, argv), argv, false, true));
  reg('evalsha_ro', ({ client, argv }) => evals.eval(caller(client, argv), argv, true, true));
  reg('script', ({ argv }) => evals.script(argv));
  reg('fcall', ({ client, argv }) => functions.fcall(caller(client, argv), argv, false));
  reg('fcall_ro', ({ client, argv }) => functions.fcall(caller(client, argv), argv, true));
  reg('function', ({ client, argv }) => functions.function(argv, client.protocol));

  // getCommandFlags: EVAL/FCALL are judged by processCommand (OOM, READONLY, MASTERDOWN, MULTI's
  // EXEC) with the flags their script declares.
  server.commandFlagsHook = ({ argv, spec }) => {
    const first = argv[1] ?? '';
    switch (spec.name) {
      case 'eval':
      case 'eval_ro':
        return evals.commandFlags(spec.flags, first, false);
      case 'evalsha':
      case 'evalsha_ro':
        return evals.commandFlags(spec.flags, first, true);
      case 'fcall':
      case 'fcall_ro':
        return functions.commandFlags(spec.flags, first);
      default:
        return null;
    }
  };

  // processCommand: while a script is busy, client commands without allow-busy get BUSY,
  // before MULTI queueing (the script's own redis.call, from host.fake, is never gated)
  server.commandFilter = ({ client, spec }) => {
    if (!engine.isBusy || client === host.fake || hasFlag(spec, 'allow_busy')) return null;
    return engine.busyReply();
  };
  return { engine, eval: evals, functions, host };
}
