/**
 * What the scripting layer needs from the server that embeds it: running one command for the
 * script's fake client, command metadata, logging, configuration. The built-in server and the
 * in-process library both provide one (see install.ts and ../index.ts).
 */
import type { Reply } from '../reply.js';
import type { CommandMeta } from '../command-meta-types.js';
import type { Keyspace } from '../keyspace/keyspace.js';

export interface ScriptClientState {
  /** Selected database; commands such as SELECT change it. */
  db: number;
  /** RESP version the reply is produced for. */
  protocol: 2 | 3;
  /** Frozen time for key expiry during the script (ms). */
  timeSnapshot: number;
  /** The caller is in MULTI. */
  inMulti: boolean;
}

/** The replica states scripts are checked against (script.c; src/server/replication.ts decides them). */
export interface ReplicaView {
  /** server.masterhost != NULL */
  readonly isReplica: boolean;
  /** a replica with replica-read-only */
  readonly readOnly: boolean;
  /** a replica whose master link is down, with replica-serve-stale-data no */
  readonly stale: boolean;
}

export interface CommandHost {
  readonly keyspace: Keyspace;
  /** lookupCommand(argv, argc): the command (or subcommand) metadata, undefined when unknown. */
  lookupCommand(argv: readonly string[]): CommandMeta | undefined;
  /**
   * call(): run an already validated command for the script client. May change `client.db`
   * (SELECT). Never throws for command errors: they are error replies.
   */
  execute(argv: string[], client: ScriptClientState): Reply;
  /** serverLogRaw */
  log(level: number, message: string): void;
  /** server.verbosity: messages below it are dropped (default notice = 2). */
  readonly verbosity: number;
  /** getMaxmemoryState: maxmemory is set and the used memory is above it. */
  isOom(): boolean;
  /** The server's replica role. */
  readonly replica: ReplicaView;
}
