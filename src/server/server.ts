/**
 * RESP server on node:net in front of the in-memory keyspace.
 *
 * Per client: an incremental RequestParser, commands processed strictly in
 * order (pipelining), replies encoded in the client's protocol. A handler may
 * return a Promise (the scripting layer's EVAL can be long): that client's
 * next command waits for it, other clients keep being served.
 *
 * processCommand order (Redis 7.0 server.c): unknown command / arity → NOAUTH → no-multi →
 * OOM → READONLY → Pub/Sub context → MASTERDOWN → BUSY → MULTI queueing → execution.
 */
import * as net from 'node:net';
import { R, encodeReplyString, type Reply } from '../redis/reply.js';
import { RequestParser } from '../redis/resp-parser.js';
import { Keyspace, type Clock } from '../redis/keyspace/keyspace.js';
import { CommandTable, createDefaultCommandTable, executeCommand, hasFlag, type CommandSpec } from '../redis/keyspace/registry.js';
import { ReplyError } from '../redis/keyspace/context.js';
import { ClientSession } from './session.js';
import { ConfigStore } from './config.js';
import { REPLICA_ERR, Replication } from './replication.js';
import { connectionCommands } from './commands/connection.js';
import { transactionCommands } from './commands/transactions.js';
import { installInfoSections, introspectionCommands } from './commands/introspection.js';
import { pubsubCommands } from './commands/pubsub.js';
import { blockingCommands } from './commands/blocking.js';
import { installReplicationInfo, replicationCommands } from './commands/replication.js';

export interface ServerCall {
  server: RedisServer;
  client: ClientSession;
  argv: string[];
  spec: CommandSpec;
}

/** Several replies for one command (SUBSCRIBE a b c answers once per channel). */
export interface MultiReply {
  type: 'replies';
  replies: Reply[];
}
export type ServerReply = Reply | MultiReply;

/** A server-level command handler: sees the connection; may be async. */
export type ServerCommandHandler = (call: ServerCall) => ServerReply | Promise<ServerReply>;

export interface ServerOptions {
  port?: number;
  bind?: string;
  requirepass?: string;
  keyspace?: Keyspace;
  clock?: Clock;
  /** Data command table (defaults to a fresh table with every data command). */
  table?: CommandTable;
  /** Active expiry cycle period in ms (default 100; 0 disables). */
  activeExpireMs?: number;
}

export interface RunningServer {
  port: number;
  host: string;
  server: RedisServer;
  close(): Promise<void>;
}

const OOM_ERROR: Reply = { type: 'error', value: "OOM command not allowed when used memory > 'maxmemory'." };

const PUBSUB_CONTEXT_COMMANDS = new Set(['ping', 'subscribe', 'ssubscribe', 'unsubscribe', 'sunsubscribe', 'psubscribe', 'punsubscribe', 'quit', 'reset']);

/** Flags that let a command run before AUTH (Redis `no_auth`). */
const NOAUTH_ERROR = R.error('NOAUTH Authentication required.');

export class RedisServer {
  readonly keyspace: Keyspace;
  readonly table: CommandTable;
  readonly config: ConfigStore;
  /** The replica role (REPLICAOF): read-only / stale replica states. */
  readonly replication: Replication;
  /** Server-level handlers by lower-case name or `container|sub` (they win over data handlers). */
  readonly handlers = new Map<string, ServerCommandHandler>();
  readonly clients = new Map<number, ClientSession>();
  /**
   * processCommand's busy gate: called for every client command that passed lookup, arity,
   * AUTH, no-multi, maxmemory and the Pub/Sub context check, before MULTI queueing. Return a
   * reply to reject the command (BUSY while a script runs past busy-reply-threshold), or null
   * to queue / run it. Set by the scripting layer; EXEC's queued commands and a script's
   * redis.call do not pass here.
   */
  commandFilter: ((call: ServerCall) => Reply | null) | null = null;
  /** Called once the server stopped because of SHUTDOWN. */
  readonly shutdownListeners: Array<() => void> = [];
  private readonly flushPending = new Set<ClientSession>();
  /**
   * Clients whose batch replies are written once this turn's ready sockets have all been read
   * and run (setImmediate: after node's poll phase), as redis writes in beforeSleep: a burst
   * of writes wakes a waiting peer once, not once per reply.
   */
  private readonly turnPending = new Set<ClientSession>();
  private turnFlushScheduled = false;
  /**
   * getCommandFlags: the effective flags of a call (EVAL/FCALL derive them from the script's
   * flags, e.g. a shebang script without no-writes is write + denyoom). Set by the scripting layer.
   */
  commandFlagsHook: ((call: ServerCall) => readonly string[] | null) | null = null;
  private readonly sockets = new Map<number, net.Socket>();
  private nextClientId = 1;
  private net: net.Server | null = null;
  private expireTimer: NodeJS.Timeout | null = null;
  /** The port listened on (0 before listen). */
  port = 0;
  readonly startedAt = Date.now();
  totalCommands = 0;
  totalConnections = 0;

  constructor(readonly options: ServerOptions = {}) {
    this.keyspace = options.keyspace ?? new Keyspace(options.clock ? { clock: options.clock } : {});
    this.table = options.table ?? createDefaultCommandTable();
    this.config = new ConfigStore(options.requirepass ? { requirepass: options.requirepass } : {});
    this.replication = new Replication(this.config);
    for (const group of [connectionCommands, transactionCommands, introspectionCommands, pubsubCommands, blockingCommands, replicationCommands]) {
      for (const [name, h] of Object.entries(group)) this.handlers.set(name, h);
    }
    installInfoSections(this);
    installReplicationInfo(this);
  }

  /** Register (or replace) a server-level command: the hook for EVAL/FCALL/SCRIPT/FUNCTION. */
  registerCommand(name: string, handler: ServerCommandHandler): void {
    this.handlers.set(name.toLowerCase(), handler);
  }

  get requirepass(): string {
    return this.config.get('requirepass') ?? '';
  }

  async listen(port: number, host: string): Promise<number> {
    const srv = net.createServer((sock) => this.accept(sock));
    this.net = srv;
    await new Promise<void>((res, rej) => {
      srv.once('error', rej);
      srv.listen(port, host, () => {
        srv.off('error', rej);
        res();
      });
    });
    const every = this.options.activeExpireMs ?? 100;
    if (every > 0) {
      this.expireTimer = setInterval(() => this.keyspace.activeExpireCycle(), every);
      this.expireTimer.unref();
    }
    const a = srv.address();
    this.port = typeof a === 'object' && a ? a.port : port;
    return this.port;
  }

  async close(): Promise<void> {
    if (this.expireTimer) clearInterval(this.expireTimer);
    for (const s of this.sockets.values()) s.destroy();
    const srv = this.net;
    this.net = null;
    if (srv) await new Promise<void>((res) => srv.close(() => res()));
  }

  private accept(sock: net.Socket): void {
    const id = this.nextClientId++;
    this.totalConnections++;
    const addr = `${sock.remoteAddress ?? '?'}:${sock.remotePort ?? 0}`;
    const laddr = `${sock.localAddress ?? '?'}:${sock.localPort ?? 0}`;
    const client = new ClientSession(id, addr, laddr, this.requirepass === '');
    this.clients.set(id, client);
    this.sockets.set(id, sock);
    sock.setNoDelay(true);
    const parser = new RequestParser({ unauthenticated: () => !client.authenticated });
    // Batches run synchronously while nothing is pending; once a command answers
    // asynchronously, later batches wait behind it (replies keep the request order).
    let tail: Promise<void> = Promise.resolve();
    let inflight = 0;
    const settle = (p: Promise<void>): Promise<void> => {
      inflight++;
      return p.catch(() => {
        sock.destroy();
      }).finally(() => {
        inflight--;
      });
    };
    client.deliverHook = (reply) => this.send(client, reply);
    const cleanup = (): void => {
      this.clients.delete(id);
      this.sockets.delete(id);
      this.keyspace.pubsub.removeAll(client);
      client.closing = true;
    };
    sock.on('close', cleanup);
    sock.on('error', () => sock.destroy());
    sock.on('data', (chunk: Buffer) => {
      if (client.closing) return;
      let events;
      try {
        events = parser.feed(chunk);
      } catch {
        sock.destroy();
        return;
      }
      if (events.length === 0) return;
      if (inflight > 0) {
        tail = settle(tail.then(() => this.processEvents(client, sock, events, 0) ?? undefined));
        return;
      }
      let rest: Promise<void> | null;
      try {
        rest = this.processEvents(client, sock, events, 0);
      } catch {
        sock.destroy();
        return;
      }
      if (rest !== null) tail = settle(rest);
    });
  }

  /** Queue a reply for a client (deliveries outside a batch): written on the next microtask, after what is queued before it. */
  send(client: ClientSession, reply: Reply): void {
    client.out.push(encodeReplyString(reply, client.protocol));
    if (!this.flushPending.has(client)) {
      this.flushPending.add(client);
      queueMicrotask(() => this.flush(client));
    }
  }

  private flushAtTurnEnd(client: ClientSession): void {
    this.turnPending.add(client);
    if (this.turnFlushScheduled) return;
    this.turnFlushScheduled = true;
    setImmediate(() => {
      this.turnFlushScheduled = false;
      const clients = [...this.turnPending];
      this.turnPending.clear();
      for (const c of clients) this.flush(c);
    });
  }

  private flush(client: ClientSession): void {
    this.flushPending.delete(client);
    const sock = this.sockets.get(client.id);
    if (client.out.length && sock && !sock.destroyed) sock.write(client.out.length === 1 ? client.out[0]! : client.out.join(''), 'latin1');
    client.out = [];
  }

  /**
   * Run a batch of requests from index `from`: synchronously up to the first command that
   * answers asynchronously, whose reply and the rest of the batch the returned promise
   * completes (null when the whole batch is done).
   */
  private processEvents(client: ClientSession, sock: net.Socket, events: ReturnType<RequestParser['feed']>, from: number): Promise<void> | null {
    const emit = (r: ServerReply): void => {
      if (r.type === 'replies') for (const x of r.replies) client.out.push(encodeReplyString(x, client.protocol));
      else client.out.push(encodeReplyString(r, client.protocol));
    };
    for (let idx = from; idx < events.length; idx++) {
      const ev = events[idx]!;
      if (client.closing) break;
      if (ev.kind === 'error') {
        // Redis replies the protocol error, then closes this client only.
        emit(R.error(`ERR ${ev.message}`));
        this.flush(client);
        client.closing = true;
        sock.end();
        return null;
      }
      const reply = this.dispatchMulti(client, ev.argv);
      if (reply instanceof Promise) {
        this.flush(client);
        return reply.then((r) => {
          emit(r);
          if (client.closing) {
            this.flush(client);
            sock.end();
            return undefined;
          }
          return this.processEvents(client, sock, events, idx + 1) ?? undefined;
        });
      }
      emit(reply);
      if (client.closing) {
        this.flush(client);
        sock.end();
        return null;
      }
    }
    this.flushAtTurnEnd(client);
    return null;
  }

  /**
   * Run one command for a client (for in-process hosts and tests). Returns the
   * reply, or a Promise of it when a handler is asynchronous. Commands that
   * answer several replies (SUBSCRIBE a b) come back wrapped in one array.
   */
  dispatch(client: ClientSession, argv: string[]): Reply | Promise<Reply> {
    const r = this.dispatchMulti(client, argv);
    return r instanceof Promise ? r.then(single) : single(r);
  }

  /** dispatch, keeping several replies apart (what the socket writes). */
  dispatchMulti(client: ClientSession, argv: string[]): ServerReply | Promise<ServerReply> {
    this.totalCommands++;
    const r = this.table.resolve(argv);
    const name = (argv[0] ?? '').toLowerCase();
    if (r.kind !== 'ok') {
      // Server-only commands unknown to the data table (none in 7.0) fall here too.
      if (r.kind === 'unknown' && this.handlers.has(name)) {
        if (client.multi) client.multiDirty = true;
        const spec: CommandSpec = { name, arity: -1, flags: [], firstKey: 0, lastKey: 0, step: 0, acl: [] };
        const busy = this.commandFilter?.({ server: this, client, argv, spec }) ?? null;
        return busy ?? this.runHandler(client, argv, spec);
      }
      return rejectCommand(client, name, r.error);
    }
    const spec = r.spec;
    client.lastCommand = spec.name;
    if (!client.authenticated && !hasFlag(spec, 'no_auth')) return rejectCommand(client, name, NOAUTH_ERROR);
    if (client.multi && hasFlag(spec, 'no_multi')) {
      return rejectCommand(client, name, R.error('ERR Command not allowed inside a transaction'));
    }
    // getCommandFlags: EVAL/FCALL take their flags from the script; EXEC is also judged by the
    // flags of the commands it queued (mstate.cmd_flags / cmd_inv_flags).
    const flags = this.commandFlagsHook?.({ server: this, client, argv, spec }) ?? spec.flags;
    const exec = spec.name === 'exec' && client.multi !== null;
    const isWrite = flags.includes('write') || (exec && client.multiFlags.has('write'));
    const isDenyOom = flags.includes('denyoom') || (exec && client.multiFlags.has('denyoom'));
    const isDenyStale = !flags.includes('stale') || (exec && client.multiInvFlags.has('stale'));
    // maxmemory (noeviction): denyoom commands, and anything queued in MULTI, are refused.
    if (this.isOutOfMemory()) {
      const inMultiQueue = client.multi !== null && !['exec', 'discard', 'quit', 'reset'].includes(name);
      if (isDenyOom || inMultiQueue) return rejectCommand(client, name, OOM_ERROR);
    }
    // A read-only replica refuses write commands (its master's stream would be the only writer).
    if (this.replication.readOnly && isWrite) return rejectCommand(client, name, REPLICA_ERR.readonly);
    // RESP2 clients in Pub/Sub context may only (un)subscribe, PING, QUIT and RESET.
    if (client.subscribed && client.protocol === 2 && !PUBSUB_CONTEXT_COMMANDS.has(spec.name)) {
      return rejectCommand(
        client, name,
        R.error(`ERR Can't execute '${spec.name}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context`),
      );
    }
    // A stale replica (link down, replica-serve-stale-data no) only runs commands flagged `stale`.
    if (this.replication.stale && isDenyStale) return rejectCommand(client, name, REPLICA_ERR.masterdown);
    // The busy gate (a script past busy-reply-threshold) comes after MASTERDOWN (and LOADING) and before MULTI queueing.
    if (this.commandFilter) {
      const busy = this.commandFilter({ server: this, client, argv, spec });
      if (busy) return rejectCommand(client, name, busy);
    }
    if (client.multi && !['exec', 'discard', 'multi', 'watch', 'quit', 'reset'].includes(name)) {
      client.queueMulti(argv, flags);
      return R.status('QUEUED');
    }
    return this.runHandler(client, argv, spec);
  }

  /**
   * Approximate used_memory: a fixed baseline (an idle redis-server 7.0 reports about 870KB)
   * plus the bytes of keys and values. Only compared with maxmemory.
   */
  usedMemory(): number {
    let n = 870_000;
    for (const db of this.keyspace.dbs) {
      for (const [k, v] of db.dict) {
        n += k.length + 16;
        if (v.type === 'string') n += v.value.length;
        else if (v.type === 'list') for (const x of v.value) n += x.length + 8;
        else if (v.type === 'set') for (const x of v.value) n += x.length + 8;
        else if (v.type === 'hash') for (const [f, x] of v.value) n += f.length + x.length + 16;
        else if (v.type === 'zset') for (const e of v.value.all()) n += e.member.length + 16;
        else for (const e of v.entries) n += e.fields.reduce((a, f) => a + f.length, 16);
      }
    }
    return n;
  }

  /** performEvictions() == EVICT_FAIL under maxmemory-policy noeviction. */
  isOutOfMemory(): boolean {
    if (this.replication.ignoresMaxmemory) return false;
    const max = Number(this.config.get('maxmemory') ?? '0');
    return max > 0 && this.usedMemory() > max;
  }

  /** Execute without the MULTI / AUTH gate (used by EXEC for queued commands). */
  runHandler(client: ClientSession, argv: string[], spec: CommandSpec): ServerReply | Promise<ServerReply> {
    const name = (argv[0] ?? '').toLowerCase();
    const h = this.handlers.get(spec.name) ?? this.handlers.get(name);
    if (h) {
      try {
        const r = h({ server: this, client, argv, spec });
        return r instanceof Promise ? r.catch((e: unknown) => internalError(e)) : r;
      } catch (e) {
        return internalError(e);
      }
    }
    try {
      return executeCommand(this.keyspace, client.ctx, argv, this.table);
    } catch (e) {
      return internalError(e);
    }
  }

  /** Close a client after its pending replies (CLIENT KILL, QUIT). */
  closeClient(id: number): void {
    const s = this.sockets.get(id);
    const c = this.clients.get(id);
    if (c) c.closing = true;
    s?.end();
  }
}

/** Several replies as one array reply (in-process callers). */
function single(r: ServerReply): Reply {
  return r.type === 'replies' ? (r.replies.length === 1 && r.replies[0] ? r.replies[0] : R.array(r.replies)) : r;
}

/**
 * rejectCommand (server.c): inside MULTI the transaction is flagged (EXECABORT at EXEC); a
 * rejected EXEC aborts and discards the transaction, in MULTI or not (execCommandAbort, which
 * drops the "ERR " of a formatted error and keeps other codes: NOAUTH, BUSY, ...).
 */
function rejectCommand(client: ClientSession, name: string, err: Reply): Reply {
  if (name === 'exec') {
    client.multi = null;
    client.multiDirty = false;
    client.watched = [];
    return R.error(`EXECABORT Transaction discarded because of: ${err.type === 'error' ? err.value.replace(/^ERR /, '') : ''}`);
  }
  if (client.multi) client.multiDirty = true;
  return err;
}

/** A handler threw: reply an error instead of crashing the server. */
function internalError(e: unknown): Reply {
  if (e instanceof ReplyError) return e.reply;
  const msg = e instanceof Error ? e.message : String(e);
  return R.error(`ERR redlua internal error: ${msg.replace(/[\r\n]/g, ' ')}`);
}

/** Start a server; resolves once it listens. Port 0 picks a free port. */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const server = new RedisServer(opts);
  const host = opts.bind ?? '127.0.0.1';
  const port = await server.listen(opts.port ?? 6379, host);
  return { port, host, server, close: () => server.close() };
}
