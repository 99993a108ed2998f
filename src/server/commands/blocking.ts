/**
 * Blocking list and sorted-set pops (Redis 7.0 t_list.c, t_zset.c, blocked.c):
 * BLPOP BRPOP BLMOVE BRPOPLPUSH BLMPOP BZPOPMIN BZPOPMAX BZMPOP.
 *
 * Served at once when a key has data; inside MULTI/EXEC (CLIENT_DENY_BLOCKING)
 * an empty result replies like a timeout; otherwise the client waits (its
 * later commands queue behind) until a write to one of its keys lets it be
 * served — blocked clients in FIFO order, after the writing command — or the
 * timeout fires (null array).
 */
import { R, type Reply } from '../../redis/reply.js';
import { executeCommand } from '../../redis/keyspace/registry.js';
import { fail, lookup } from '../../redis/keyspace/context.js';
import { ERR, err } from '../../redis/keyspace/errors.js';
import { parseLongDouble, longDoubleToNumber } from '../../redis/keyspace/numbers.js';
import type { RedisServer, ServerCall, ServerCommandHandler } from '../server.js';
import type { ClientSession } from '../session.js';

/** getTimeoutFromObjectOrReply(UNIT_SECONDS): seconds as a long double; absolute ms, 0 = forever. */
function parseTimeout(s: string, now: number): number {
  const v = parseLongDouble(s);
  if (v === null) fail(err('ERR timeout is not a float or out of range'));
  const ms = longDoubleToNumber(v) * 1000;
  // (long long) cast on x86-64: NaN or out of range gives LLONG_MIN
  let tval = Number.isFinite(ms) && Math.abs(ms) < 9.223372036854776e18 ? Math.trunc(ms) : -Infinity;
  if (Object.is(tval, -0)) tval = 0;
  if (tval < 0) fail(err('ERR timeout is negative'));
  if (tval > 0) {
    if (tval > 9.223372036854776e18 - now) fail(err('ERR timeout is out of range'));
    tval += now;
  }
  return tval;
}

interface Waiter {
  client: ClientSession;
  db: number;
  keys: string[];
  attempt: () => Reply | null;
  resolve: (r: Reply) => void;
  timer: NodeJS.Timeout | undefined;
}

/** Blocked clients of one server, woken by key modifications. */
class BlockingState {
  readonly waiters: Waiter[] = [];
  private scheduled = false;
  private readonly touched = new Set<string>();

  constructor(server: RedisServer) {
    server.keyspace.modifiedListeners.push((db, key) => this.onModified(db, key));
  }

  private onModified(db: number, key: string): void {
    if (this.waiters.length === 0) return;
    this.touched.add(`${db}\u0000${key}`);
    if (this.scheduled) return;
    this.scheduled = true;
    // handleClientsBlockedOnKeys runs after the command that wrote.
    queueMicrotask(() => this.serve());
  }

  private serve(): void {
    this.scheduled = false;
    const touched = new Set(this.touched);
    this.touched.clear();
    for (const w of [...this.waiters]) {
      if (!w.keys.some((k) => touched.has(`${w.db}\u0000${k}`))) continue;
      if (w.client.closing) {
        this.remove(w);
        continue;
      }
      const r = w.attempt();
      if (r) {
        this.remove(w);
        w.resolve(r);
      }
    }
  }

  remove(w: Waiter): void {
    const i = this.waiters.indexOf(w);
    if (i >= 0) this.waiters.splice(i, 1);
    if (w.timer) clearTimeout(w.timer);
  }

  block(client: ClientSession, keys: string[], timeoutAt: number, attempt: () => Reply | null): Promise<Reply> {
    return new Promise<Reply>((resolve) => {
      const w: Waiter = { client, db: client.ctx.db, keys, attempt, resolve, timer: undefined };
      if (timeoutAt > 0) {
        w.timer = setTimeout(() => {
          this.remove(w);
          resolve(R.nilArray());
        }, Math.max(0, timeoutAt - Date.now()));
      }
      this.waiters.push(w);
    });
  }
}

const states = new WeakMap<RedisServer, BlockingState>();
function stateOf(server: RedisServer): BlockingState {
  let s = states.get(server);
  if (!s) {
    s = new BlockingState(server);
    states.set(server, s);
  }
  return s;
}

/** Run a data command for the client (the non-blocking form that serves a blocked call). */
function run(call: ServerCall, argv: string[]): Reply {
  return executeCommand(call.server.keyspace, call.client.ctx, argv, call.server.table);
}

/** First key (in order) holding a non-empty value of `type`; WRONGTYPE for another type. */
function firstReady(call: ServerCall, keys: string[], type: 'list' | 'zset'): string | null {
  for (const k of keys) {
    const v = lookup(call.server.keyspace, call.client.ctx, k);
    if (v === undefined) continue;
    if (v.type !== type) fail(ERR.wrongType);
    return k;
  }
  return null;
}

function blockOr(call: ServerCall, keys: string[], timeoutAt: number, denyReply: Reply, attempt: () => Reply | null): Reply | Promise<Reply> {
  const now = attempt();
  if (now) return now;
  if (call.client.multi !== null || call.client.ctx.inScript || call.client.inExec) return denyReply;
  return stateOf(call.server).block(call.client, keys, timeoutAt, () => {
    try {
      return attempt();
    } catch {
      return null;
    }
  });
}

function bpop(left: boolean): ServerCommandHandler {
  return (call) => {
    const { argv } = call;
    const timeoutAt = parseTimeout(argv[argv.length - 1] ?? '', Date.now());
    const keys = argv.slice(1, -1);
    return blockOr(call, keys, timeoutAt, R.nilArray(), () => {
      const k = firstReady(call, keys, 'list');
      if (k === null) return null;
      const v = run(call, [left ? 'LPOP' : 'RPOP', k]);
      return R.array([R.bulk(k), v]);
    });
  };
}

function side(s: string | undefined): string {
  const a = (s ?? '').toLowerCase();
  if (a !== 'left' && a !== 'right') fail(ERR.syntax);
  return a;
}

function blmoveGeneric(call: ServerCall, src: string, dst: string, from: string, to: string, timeoutArg: string): Reply | Promise<Reply> {
  const timeoutAt = parseTimeout(timeoutArg, Date.now());
  return blockOr(call, [src], timeoutAt, R.nil(), () => {
    const v = lookup(call.server.keyspace, call.client.ctx, src);
    if (v === undefined) return null;
    if (v.type !== 'list') fail(ERR.wrongType);
    return run(call, ['LMOVE', src, dst, from, to]);
  });
}

const blmove: ServerCommandHandler = (call) => {
  const a = call.argv;
  const from = side(a[3]);
  const to = side(a[4]);
  return blmoveGeneric(call, a[1] ?? '', a[2] ?? '', from, to, a[5] ?? '');
};
const brpoplpush: ServerCommandHandler = (call) => {
  const a = call.argv;
  return blmoveGeneric(call, a[1] ?? '', a[2] ?? '', 'right', 'left', a[3] ?? '');
};

function bzpop(max: boolean): ServerCommandHandler {
  return (call) => {
    const { argv } = call;
    const timeoutAt = parseTimeout(argv[argv.length - 1] ?? '', Date.now());
    const keys = argv.slice(1, -1);
    return blockOr(call, keys, timeoutAt, R.nilArray(), () => {
      const k = firstReady(call, keys, 'zset');
      if (k === null) return null;
      const r = run(call, [max ? 'ZPOPMAX' : 'ZPOPMIN', k]);
      return r.type === 'array' ? R.array([R.bulk(k), ...r.value]) : r;
    });
  };
}

/** BLMPOP / BZMPOP timeout numkeys key... where [COUNT n]: validated by the non-blocking form. */
function bmpop(cmd: 'LMPOP' | 'ZMPOP', type: 'list' | 'zset'): ServerCommandHandler {
  return (call) => {
    const { argv } = call;
    const timeoutAt = parseTimeout(argv[1] ?? '', Date.now());
    const inner = [cmd, ...argv.slice(2)];
    // Validate (and serve when possible) with the non-blocking form first.
    const first = run(call, inner);
    if (first.type !== 'nilarray') return first;
    const n = Number(argv[2]);
    const keys = argv.slice(3, 3 + n);
    return blockOr(call, keys, timeoutAt, R.nilArray(), () => {
      if (firstReady(call, keys, type) === null) return null;
      const r = run(call, inner);
      return r.type === 'nilarray' ? null : r;
    });
  };
}

/**
 * XREAD ... BLOCK ms ...: answered at once when a stream has entries after the given IDs;
 * otherwise (not in MULTI) the client waits for an XADD, `$` meaning the last ID at call time.
 */
const xread: ServerCommandHandler = (call) => streamRead(call, false);
const xreadgroup: ServerCommandHandler = (call) => streamRead(call, true);

/** XREAD / XREADGROUP with BLOCK (XREADGROUP waits for new entries after the group's last ID with `>`). */
function streamRead(call: ServerCall, group: boolean): Reply | Promise<Reply> {
  const { argv } = call;
  const now = run(call, argv);
  let blockIdx = -1;
  let streamsIdx = -1;
  for (let i = 1; i < argv.length; i++) {
    const a = (argv[i] ?? '').toLowerCase();
    if (a === 'streams') {
      streamsIdx = i + 1;
      break;
    }
    if (a === 'block') blockIdx = i;
    if (a === 'block' || a === 'count') i++;
    if (a === 'group') i += 2;
  }
  if (now.type !== 'nilarray' || blockIdx < 0 || streamsIdx < 0) return now;
  if (call.client.multi !== null || call.client.inExec) return now;
  const timeoutMs = Number(argv[blockIdx + 1] ?? '0');
  const n = (argv.length - streamsIdx) / 2;
  const keys = argv.slice(streamsIdx, streamsIdx + n);
  // resolve `$` now, and drop BLOCK for the re-tries
  const ids = argv.slice(streamsIdx + n).map((id, i) => {
    if (id !== '$' || group) return id;
    const v = lookup(call.server.keyspace, call.client.ctx, keys[i] ?? '');
    return v && v.type === 'stream' ? `${v.lastId.ms}-${v.lastId.seq}` : '0-0';
  });
  const retry = [...argv.slice(0, blockIdx), ...argv.slice(blockIdx + 2, streamsIdx), ...keys, ...ids];
  const at = timeoutMs > 0 ? Date.now() + timeoutMs : 0;
  return stateOf(call.server).block(call.client, keys, at, () => {
    try {
      const r = run(call, retry);
      return r.type === 'nilarray' || r.type === 'error' ? null : r;
    } catch {
      return null;
    }
  });
}

/**
 * disconnectAllBlockedClients (networking.c), called by replicationSetMaster: every blocked
 * client gets an UNBLOCKED error and is closed after that reply (CLIENT_CLOSE_AFTER_REPLY).
 */
export function disconnectAllBlockedClients(server: RedisServer): void {
  const state = states.get(server);
  if (!state) return;
  for (const w of [...state.waiters]) {
    state.remove(w);
    w.client.closing = true;
    w.resolve(R.error('UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)'));
  }
}

export const blockingCommands: Record<string, ServerCommandHandler> = {
  xread,
  xreadgroup,
  blpop: bpop(true),
  brpop: bpop(false),
  blmove,
  brpoplpush,
  blmpop: bmpop('LMPOP', 'list'),
  bzpopmin: bzpop(false),
  bzpopmax: bzpop(true),
  bzmpop: bmpop('ZMPOP', 'zset'),
};
