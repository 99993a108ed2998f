/**
 * The state of one script run (script.h scriptRunCtx): what redis.call checks against, the
 * effects it records, the busy/kill flags. One at most exists at a time per server.
 */
export const PROPAGATE_AOF = 1;
export const PROPAGATE_REPL = 2;

export interface Effect {
  db: number;
  argv: string[];
}

export class RunCtx {
  /** Script sha (EVAL) or function name (FCALL): the `script: <name>` of errors. */
  readonly funcname: string;
  readonly evalMode: boolean;
  readonly readOnly: boolean;
  readonly allowOom: boolean;
  /** Set once a write command ran: the script can no longer be killed. */
  writeDirty = false;
  /** The script client's RESP version (redis.setresp). */
  resp: 2 | 3 = 2;
  /** The script client's selected database (starts as the caller's). */
  db: number;
  replFlags = PROPAGATE_AOF | PROPAGATE_REPL;
  /** Monotonic start (ms) for busy detection, and the frozen time for key expiry. */
  readonly startTime: number;
  readonly snapshotTime: number;
  timedOut = false;
  killed = false;
  /** The original command (FUNCTION STATS). */
  readonly command: string[];
  /** Write commands run so far, in order, with the database they ran in. */
  readonly effects: Effect[] = [];
  /** Caller is inside MULTI (commands see the CLIENT_MULTI flag). */
  readonly inMulti: boolean;
  /** server.pre_command_oom_state when the script started. */
  oomAtStart = false;

  constructor(o: {
    funcname: string;
    evalMode: boolean;
    readOnly: boolean;
    allowOom: boolean;
    db: number;
    startTime: number;
    snapshotTime: number;
    command: string[];
    inMulti: boolean;
  }) {
    this.funcname = o.funcname;
    this.evalMode = o.evalMode;
    this.readOnly = o.readOnly;
    this.allowOom = o.allowOom;
    this.db = o.db;
    this.startTime = o.startTime;
    this.snapshotTime = o.snapshotTime;
    this.command = o.command;
    this.inMulti = o.inMulti;
  }
}
