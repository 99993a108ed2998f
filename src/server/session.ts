/** Per-connection state (Redis `client` struct, the parts we model). */
import type { CommandContext } from '../redis/keyspace/context.js';
import type { Reply } from '../redis/reply.js';
import type { Subscriber } from '../redis/pubsub.js';

export interface WatchedKey {
  db: number;
  key: string;
  version: number;
  /** The key was already logically expired when WATCHed (isWatchedKeyExpired ignores those). */
  expiredAtWatch: boolean;
}

/** Flags processCommand needs to know are missing from some queued command (CMD_STALE). */
const INVERSE_TRACKED_FLAGS = ['stale'] as const;

export class ClientSession implements Subscriber {
  /** Command context handed to data commands (db and protocol live here). */
  readonly ctx: CommandContext;
  name = '';
  authenticated: boolean;
  /** MULTI state: queued argv lists, or null when not in a transaction. */
  multi: string[][] | null = null;
  /** EXEC is running the queued commands (blocking commands must not block: CLIENT_DENY_BLOCKING). */
  inExec = false;
  /** A command failed to queue (EXECABORT at EXEC). */
  multiDirty = false;
  /**
   * mstate.cmd_flags / cmd_inv_flags: the union of the queued commands' effective flags, and the
   * flags (of INVERSE_TRACKED_FLAGS) some queued command lacks. processCommand judges EXEC by them.
   */
  multiFlags = new Set<string>();
  multiInvFlags = new Set<string>();
  watched: WatchedKey[] = [];
  readonly createdAt = Date.now();
  lastCommand = 'NULL';
  closing = false;
  /** Free-form per-client state for extensions (the scripting layer, ...). */
  readonly ext = new Map<string, unknown>();
  /** Pub/Sub subscriptions (Subscriber). */
  readonly channels = new Set<string>();
  readonly patterns = new Set<string>();
  readonly shardChannels = new Set<string>();
  /** Encoded output not yet written to the socket (keeps replies and pushed messages in order). */
  out: string[] = [];
  /** Set by the server: queue one reply for this client. */
  deliverHook: ((reply: Reply) => void) | null = null;

  constructor(
    readonly id: number,
    readonly addr: string,
    readonly laddr: string,
    authenticated: boolean,
  ) {
    this.ctx = { db: 0, protocol: 2, clientId: id };
    this.authenticated = authenticated;
  }

  /** MULTI: an empty transaction. */
  beginMulti(): void {
    this.multi = [];
    this.multiDirty = false;
    this.multiFlags.clear();
    this.multiInvFlags.clear();
  }

  /** queueMultiCommand: queue argv and record its effective flags. */
  queueMulti(argv: string[], flags: readonly string[]): void {
    this.multi?.push(argv);
    for (const f of flags) this.multiFlags.add(f);
    for (const f of INVERSE_TRACKED_FLAGS) if (!flags.includes(f)) this.multiInvFlags.add(f);
  }

  get protocol(): 2 | 3 {
    return this.ctx.protocol;
  }

  /** In Pub/Sub context (Redis CLIENT_PUBSUB): at least one subscription. */
  get subscribed(): boolean {
    return this.channels.size + this.patterns.size + this.shardChannels.size > 0;
  }

  deliver(reply: Reply): void {
    this.deliverHook?.(reply);
  }

  /** CLIENT INFO / CLIENT LIST line (subset of Redis's fields, same format). */
  infoLine(): string {
    const age = Math.floor((Date.now() - this.createdAt) / 1000);
    const flags = (this.multi ? 'x' : '') + (this.subscribed ? 'P' : '') || 'N';
    return (
      `id=${this.id} addr=${this.addr} laddr=${this.laddr} fd=8 name=${this.name} age=${age} idle=0 flags=${flags} ` +
      `db=${this.ctx.db} sub=${this.channels.size} psub=${this.patterns.size} ssub=${this.shardChannels.size} multi=${this.multi ? this.multi.length : -1} qbuf=0 qbuf-free=0 argv-mem=0 ` +
      `multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 events=r cmd=${this.lastCommand} user=default redir=-1 resp=${this.ctx.protocol}`
    );
  }
}
