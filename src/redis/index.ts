/**
 * redlua's Redis as a library: an in-process server (no socket) with the keyspace, the
 * connection/transaction commands and the Lua scripting layer, for test suites that run Redis
 * scripts without a Redis server. See src/redis/README.md.
 *
 *   const redis = createRedis();
 *   await redis.call('SET', 'k', '1');
 *   const r = await redis.eval("return redis.call('INCR', KEYS[1])", ['k'], []);  // {type:'integer', value: 2n}
 */
import { RedisServer } from '../server/server.js';
import { ClientSession } from '../server/session.js';
import type { Clock } from './keyspace/keyspace.js';
import { encodeReply, type Reply } from './reply.js';
import { ReplyParser } from './resp-parser.js';
import { installScripting, type Scripting, type ScriptingOptions } from './scripting/install.js';

export type { Reply } from './reply.js';
export { toPlain, replyEquals, showReply, encodeReply } from './reply.js';
export { installScripting } from './scripting/install.js';
export type { ScriptingOptions, Scripting } from './scripting/install.js';

export interface RedisOptions extends ScriptingOptions {
  /** Clock of the keyspace (a ManualClock makes expiry deterministic). */
  clock?: Clock;
  /** Configuration overrides, as CONFIG SET would apply them (e.g. busy-reply-threshold). */
  config?: Record<string, string>;
}

/** One connection: its own selected DB, protocol (HELLO), MULTI state. */
export interface InProcessConnection {
  /** Run one command as this connection; resolves with the typed reply. */
  call(argv: string[]): Promise<Reply>;
  close(): void;
}

export interface Redis {
  /**
   * Run a command on the library's default connection (sync when the command is). Replies are
   * what a client of that connection's protocol decodes (RESP2 downgrades applied).
   */
  call(...args: string[]): Promise<Reply> | Reply;
  eval(script: string, keys?: readonly string[], args?: readonly string[]): Promise<Reply> | Reply;
  evalsha(sha: string, keys?: readonly string[], args?: readonly string[]): Promise<Reply> | Reply;
  fcall(name: string, keys?: readonly string[], args?: readonly string[]): Promise<Reply> | Reply;
  /** Write commands run by scripts so far, as Redis 7 propagates them (MULTI/EXEC, SELECT). */
  effects(): string[][];
  /** A fresh client connection (HELLO, SELECT, MULTI ... are per connection). */
  connect(): InProcessConnection;
  readonly server: RedisServer;
  readonly scripting: Scripting;
  close(): void;
}

let nextId = 1_000_000;

/** The reply as a client speaking `protocol` decodes it from the wire (RESP2 downgrades, null flavours). */
export function asClientSees(reply: Reply, protocol: 2 | 3): Reply {
  let out: Reply[];
  try {
    out = new ReplyParser().feed(encodeReply(reply, protocol));
  } catch (e) {
    // Replies thousands of levels deep (self-referencing tables) exceed the recursive
    // encoder/parser: hand back the reply as built.
    if (e instanceof RangeError) return reply;
    throw e;
  }
  if (out.length !== 1 || out[0] === undefined) throw new Error('reply did not round-trip');
  return out[0];
}

function seen(session: ClientSession, r: Reply | Promise<Reply>): Reply | Promise<Reply> {
  if (r instanceof Promise) return r.then((x) => asClientSees(x, session.protocol));
  return asClientSees(r, session.protocol);
}

function connection(server: RedisServer): { session: ClientSession; conn: InProcessConnection } {
  const session = new ClientSession(nextId++, '127.0.0.1:0', '127.0.0.1:0', server.requirepass === '');
  server.clients.set(session.id, session);
  let queue: Promise<unknown> = Promise.resolve();
  const conn: InProcessConnection = {
    // Commands of one connection run in order, like a socket's pipeline.
    call(argv: string[]): Promise<Reply> {
      const p = queue.then(() => seen(session, server.dispatch(session, argv)));
      queue = p.catch(() => undefined);
      return p;
    },
    close(): void {
      session.closing = true;
      server.clients.delete(session.id);
    },
  };
  return { session, conn };
}

export function createRedis(options: RedisOptions = {}): Redis {
  const server = new RedisServer(options.clock ? { clock: options.clock } : {});
  for (const [k, v] of Object.entries(options.config ?? {})) server.config.configSet([k, v]);
  const scripting = installScripting(server, options);
  const { session, conn } = connection(server);
  // The default connection keeps its commands in order like a socket: while a reply is pending
  // (a busy script), later commands wait for it instead of being answered BUSY.
  let pending: Promise<unknown> | null = null;
  const run = (argv: string[]): Promise<Reply> | Reply => {
    if (pending !== null) {
      const p = pending.then(() => seen(session, server.dispatch(session, argv)));
      const mine: Promise<unknown> = p.catch(() => undefined).then(() => {
        if (pending === mine) pending = null;
      });
      pending = mine;
      return p;
    }
    const r = seen(session, server.dispatch(session, argv));
    if (r instanceof Promise) {
      const mine: Promise<unknown> = r.catch(() => undefined).then(() => {
        if (pending === mine) pending = null;
      });
      pending = mine;
    }
    return r;
  };
  const withKeys = (cmd: string, first: string, keys: readonly string[] = [], args: readonly string[] = []): Promise<Reply> | Reply =>
    run([cmd, first, String(keys.length), ...keys, ...args]);
  return {
    server,
    scripting,
    call: (...args: string[]) => run(args),
    eval: (script, keys, args) => withKeys('EVAL', script, keys, args),
    evalsha: (sha, keys, args) => withKeys('EVALSHA', sha, keys, args),
    fcall: (name, keys, args) => withKeys('FCALL', name, keys, args),
    effects: () => scripting.engine.effects.commands.map((c) => [...c]),
    connect: () => connection(server).conn,
    close: () => {
      conn.close();
      void server.close();
    },
  };
}

/**
 * For the conformance harness: an object that behaves like a fresh client connection of the
 * built-in server (HELLO, SELECT, FLUSHALL, SCRIPT FLUSH, FUNCTION FLUSH all work).
 */
export function connectInProcess(redis: Redis): { call(argv: string[]): Promise<Reply>; close(): void } {
  return redis.connect();
}
