/** Generic key commands (Redis 7.0 db.c, expire.c). */
import { R, type Reply } from '../../reply.js';
import { stringMatch } from '../../glob.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, fail, lookup, nowMs, parseLL, parseRangeLong } from '../context.js';
import type { Db, Keyspace, RValue, StreamConsumer, StreamGroup, StreamNack } from '../keyspace.js';
import { ZSet } from '../zset.js';
import { LLONG_MAX, LLONG_MIN } from '../numbers.js';
import { parseCursor, parseScanOptions, scanStep } from '../scan.js';

const del: CommandHandler = (ks, ctx, argv) => {
  const db = dbOf(ks, ctx);
  let n = 0;
  for (let i = 1; i < argv.length; i++) {
    const k = argv[i] ?? '';
    ks.expireIfNeeded(db, k, nowMs(ks, ctx));
    if (ks.deleteKey(db, k)) {
      n++;
      ks.dirty++;
    }
  }
  return R.int(n);
};

const exists: CommandHandler = (ks, ctx, argv) => {
  let n = 0;
  for (let i = 1; i < argv.length; i++) if (lookup(ks, ctx, argv[i] ?? '') !== undefined) n++;
  return R.int(n);
};

const type: CommandHandler = (ks, ctx, argv) => {
  const v = lookup(ks, ctx, argv[1] ?? '');
  return R.status(v ? v.type : 'none');
};

const EXPIRE_NX = 1, EXPIRE_XX = 2, EXPIRE_GT = 4, EXPIRE_LT = 8;

/** expireGenericCommand (EXPIRE / PEXPIRE / EXPIREAT / PEXPIREAT). */
function expireGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], cmd: string, basetime: bigint, seconds: boolean): Reply {
  let flags = 0;
  let nx = false, xx = false, gt = false, lt = false;
  for (let j = 3; j < argv.length; j++) {
    const o = (argv[j] ?? '').toLowerCase();
    if (o === 'nx') { flags |= EXPIRE_NX; nx = true; }
    else if (o === 'xx') { flags |= EXPIRE_XX; xx = true; }
    else if (o === 'gt') { flags |= EXPIRE_GT; gt = true; }
    else if (o === 'lt') { flags |= EXPIRE_LT; lt = true; }
    else return err(`ERR Unsupported option ${argv[j] ?? ''}`);
  }
  if ((nx && xx) || (nx && gt) || (nx && lt)) return err('ERR NX and XX, GT or LT options at the same time are not compatible');
  if (gt && lt) return err('ERR GT and LT options at the same time are not compatible');
  let when = parseLL(argv[2] ?? '');
  const bad = err(`ERR invalid expire time in '${cmd}' command`);
  if (seconds) {
    if (when > LLONG_MAX / 1000n || when < LLONG_MIN / 1000n) return bad;
    when *= 1000n;
  }
  if (when > LLONG_MAX - basetime) return bad;
  when += basetime;
  const db = dbOf(ks, ctx);
  const key = argv[1] ?? '';
  if (lookup(ks, ctx, key) === undefined) return R.int(0);
  if (flags) {
    const cur = db.expires.get(key);
    const curB = cur === undefined ? -1n : BigInt(cur);
    if (flags & EXPIRE_NX && cur !== undefined) return R.int(0);
    if (flags & EXPIRE_XX && cur === undefined) return R.int(0);
    if (flags & EXPIRE_GT && (when <= curB || cur === undefined)) return R.int(0);
    if (flags & EXPIRE_LT && cur !== undefined && when >= curB) return R.int(0);
  }
  ks.dirty++;
  if (when <= BigInt(ks.clock.now())) {
    ks.deleteKey(db, key);
    return R.int(1);
  }
  ks.setExpire(db, key, Number(when));
  return R.int(1);
}

const expire: CommandHandler = (ks, ctx, argv) => expireGeneric(ks, ctx, argv, 'expire', BigInt(ks.clock.now()), true);
const pexpire: CommandHandler = (ks, ctx, argv) => expireGeneric(ks, ctx, argv, 'pexpire', BigInt(ks.clock.now()), false);
const expireat: CommandHandler = (ks, ctx, argv) => expireGeneric(ks, ctx, argv, 'expireat', 0n, true);
const pexpireat: CommandHandler = (ks, ctx, argv) => expireGeneric(ks, ctx, argv, 'pexpireat', 0n, false);

/** ttlGenericCommand. */
function ttlGeneric(ks: Keyspace, ctx: CommandContext, key: string, ms: boolean, abs: boolean): Reply {
  if (lookup(ks, ctx, key) === undefined) return R.int(-2);
  const e = dbOf(ks, ctx).expires.get(key);
  if (e === undefined) return R.int(-1);
  let ttl = abs ? e : e - ks.clock.now();
  if (ttl < 0) ttl = 0;
  return R.int(ms ? ttl : Math.floor((ttl + 500) / 1000));
}

const ttl: CommandHandler = (ks, ctx, argv) => ttlGeneric(ks, ctx, argv[1] ?? '', false, false);
const pttl: CommandHandler = (ks, ctx, argv) => ttlGeneric(ks, ctx, argv[1] ?? '', true, false);
const expiretime: CommandHandler = (ks, ctx, argv) => ttlGeneric(ks, ctx, argv[1] ?? '', false, true);
const pexpiretime: CommandHandler = (ks, ctx, argv) => ttlGeneric(ks, ctx, argv[1] ?? '', true, true);

const persist: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  if (lookup(ks, ctx, key) === undefined) return R.int(0);
  const db = dbOf(ks, ctx);
  if (!db.expires.delete(key)) return R.int(0);
  ks.signalModified(db, key);
  ks.dirty++;
  return R.int(1);
};

function renameGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], nx: boolean): Reply {
  const src = argv[1] ?? '';
  const dst = argv[2] ?? '';
  const v = lookup(ks, ctx, src);
  if (v === undefined) return ERR.noSuchKey;
  if (src === dst) return nx ? R.int(0) : R.ok();
  const db = dbOf(ks, ctx);
  const expire = db.expires.get(src);
  if (lookup(ks, ctx, dst) !== undefined) {
    if (nx) return R.int(0);
    ks.deleteKey(db, dst);
  }
  ks.addKey(db, dst, v);
  if (expire !== undefined) db.expires.set(dst, expire);
  ks.deleteKey(db, src);
  ks.dirty++;
  return nx ? R.int(1) : R.ok();
}

const rename: CommandHandler = (ks, ctx, argv) => renameGeneric(ks, ctx, argv, false);
const renamenx: CommandHandler = (ks, ctx, argv) => renameGeneric(ks, ctx, argv, true);

/** Deep copy of a value (COPY, and SORT/STORE helpers). */
export function cloneValue(v: RValue): RValue {
  switch (v.type) {
    case 'string':
      return { type: 'string', value: v.value };
    case 'hash':
      return { type: 'hash', value: new Map(v.value), listpack: v.listpack };
    case 'list':
      return { type: 'list', value: [...v.value] };
    case 'set':
      return { type: 'set', value: new Set(v.value), intset: v.intset };
    case 'stream': {
      const groups = new Map<string, StreamGroup>();
      for (const [name, g] of v.groups ?? new Map<string, StreamGroup>()) {
        const pel = new Map<string, StreamNack>();
        for (const [k, n] of g.pel) pel.set(k, { ...n, id: { ...n.id } });
        const consumers = new Map<string, StreamConsumer>();
        for (const [cn, c] of g.consumers) consumers.set(cn, { name: c.name, seenTime: c.seenTime, pel: new Set(c.pel) });
        groups.set(name, { lastId: { ...g.lastId }, entriesRead: g.entriesRead, pel, consumers });
      }
      return { type: 'stream', entries: v.entries.map((e) => ({ id: { ...e.id }, fields: [...e.fields] })), lastId: { ...v.lastId }, groups };
    }
    case 'zset': {
      const z = new ZSet();
      for (const e of v.value.all()) z.set(e.member, e.score);
      z.listpack = v.value.listpack;
      return { type: 'zset', value: z };
    }
  }
}

/** getIntFromObjectOrReply = getRangeLongFromObjectOrReply(INT_MIN, INT_MAX). */
export function parseInt32(s: string): number {
  const v = parseLL(s);
  if (v > 2147483647n || v < -2147483648n) fail(err('ERR value is out of range, value must between -2147483648 and 2147483647'));
  return Number(v);
}

const copy: CommandHandler = (ks, ctx, argv) => {
  let replace = false;
  let dst: Db = dbOf(ks, ctx);
  const src = dbOf(ks, ctx);
  for (let j = 3; j < argv.length; j++) {
    const a = (argv[j] ?? '').toLowerCase();
    if (a === 'replace') replace = true;
    else if (a === 'db' && j < argv.length - 1) {
      const id = parseInt32(argv[j + 1] ?? '');
      const d = ks.dbs[id];
      if (!d || id < 0) return ERR.dbIndex;
      dst = d;
      j++;
    } else return ERR.syntax;
  }
  const key = argv[1] ?? '';
  const newkey = argv[2] ?? '';
  if (src === dst && key === newkey) return err('ERR source and destination objects are the same');
  const v = lookup(ks, ctx, key);
  if (!v) return R.int(0);
  const expire = src.expires.get(key);
  const now = nowMs(ks, ctx);
  if (ks.lookup(dst, newkey, now) !== undefined) {
    if (!replace) return R.int(0);
    ks.deleteKey(dst, newkey);
  }
  ks.addKey(dst, newkey, cloneValue(v));
  if (expire !== undefined) dst.expires.set(newkey, expire);
  ks.dirty++;
  return R.int(1);
};

const keys: CommandHandler = (ks, ctx, argv) => {
  const pattern = argv[1] ?? '';
  const all = pattern === '*';
  const db = dbOf(ks, ctx);
  const now = nowMs(ks, ctx);
  const out: string[] = [];
  for (const k of db.dict.keys()) {
    if ((all || stringMatch(pattern, k)) && !ks.isExpired(db, k, now)) out.push(k);
  }
  return R.bulkArray(out);
};

const scan: CommandHandler = (ks, ctx, argv) => {
  const cursor = parseCursor(argv[1] ?? '');
  const opts = parseScanOptions(argv, 2, true);
  const db = dbOf(ks, ctx);
  const now = nowMs(ks, ctx);
  const items = [...db.dict.keys()];
  return scanStep(items, cursor, opts, false, (k) => k, (k, out) => out.push(k), (k) => {
    if (ks.isExpired(db, k, now)) return false;
    if (opts.type !== undefined) {
      const v = db.dict.get(k);
      if (!v || v.type !== opts.type.toLowerCase()) return false;
    }
    return true;
  });
};

const randomkey: CommandHandler = (ks, ctx) => {
  const db = dbOf(ks, ctx);
  const now = nowMs(ks, ctx);
  const live = [...db.dict.keys()].filter((k) => !ks.isExpired(db, k, now));
  if (live.length === 0) return R.nil();
  return R.bulk(live[Math.floor(Math.random() * live.length)] ?? '');
};

const dbsize: CommandHandler = (ks, ctx) => R.int(dbOf(ks, ctx).dict.size);

/** getFlushCommandFlags. */
function flushArgsOk(argv: string[]): boolean {
  if (argv.length === 1) return true;
  if (argv.length === 2) {
    const a = (argv[1] ?? '').toLowerCase();
    return a === 'sync' || a === 'async';
  }
  return false;
}

const flushdb: CommandHandler = (ks, ctx, argv) => {
  if (!flushArgsOk(argv)) return ERR.syntax;
  ks.dirty += ks.flushDb(dbOf(ks, ctx));
  return R.ok();
};

const flushall: CommandHandler = (ks, _ctx, argv) => {
  if (!flushArgsOk(argv)) return ERR.syntax;
  ks.dirty += ks.flushAll() + 1;
  return R.ok();
};

const select: CommandHandler = (ks, ctx, argv) => {
  const id = parseInt32(argv[1] ?? '');
  if (id < 0 || id >= ks.dbs.length) return ERR.dbIndex;
  ctx.db = id;
  return R.ok();
};

const touch: CommandHandler = (ks, ctx, argv) => {
  let n = 0;
  for (let i = 1; i < argv.length; i++) if (lookup(ks, ctx, argv[i] ?? '') !== undefined) n++;
  return R.int(n);
};

const move: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const id = parseInt32(argv[2] ?? '');
  const src = dbOf(ks, ctx);
  const dst = ks.dbs[id];
  if (!dst || id < 0) return ERR.dbIndex;
  if (src === dst) return err('ERR source and destination objects are the same');
  const v = lookup(ks, ctx, key);
  if (!v) return R.int(0);
  const expire = src.expires.get(key);
  if (ks.lookup(dst, key, nowMs(ks, ctx)) !== undefined) return R.int(0);
  ks.addKey(dst, key, v);
  if (expire !== undefined) dst.expires.set(key, expire);
  ks.deleteKey(src, key);
  ks.dirty++;
  return R.int(1);
};

/** SWAPDB: the two databases exchange their contents (WATCHed keys of both are touched). */
const swapdb: CommandHandler = (ks, _ctx, argv) => {
  const id1 = parseRangeLong(argv[1] ?? '', -2147483648n, 2147483647n, 'invalid first DB index');
  const id2 = parseRangeLong(argv[2] ?? '', -2147483648n, 2147483647n, 'invalid second DB index');
  const a = ks.dbs[id1];
  const b = ks.dbs[id2];
  if (!a || !b || id1 < 0 || id2 < 0) return ERR.dbIndex;
  if (a === b) return R.ok();
  for (const d of [a, b]) for (const k of d.dict.keys()) ks.signalModified(d, k);
  const swap = <K, V>(x: Map<K, V>, y: Map<K, V>): void => {
    const t = new Map(x);
    x.clear();
    for (const [k, v] of y) x.set(k, v);
    y.clear();
    for (const [k, v] of t) y.set(k, v);
  };
  swap(a.dict, b.dict);
  swap(a.expires, b.expires);
  for (const d of [a, b]) for (const k of d.dict.keys()) ks.signalModified(d, k);
  ks.dirty++;
  return R.ok();
};

/** LASTSAVE: redlua never saves; the time the keyspace was created. */
const lastsave: CommandHandler = (ks) => R.int(Math.floor(ks.createdAt / 1000));

export const keyCommands: Record<string, CommandHandler> = {
  swapdb, lastsave,
  del, unlink: del, exists, type, expire, pexpire, expireat, pexpireat, ttl, pttl, expiretime, pexpiretime,
  persist, rename, renamenx, copy, keys, scan, randomkey, dbsize, flushdb, flushall, select, touch, move,
};
