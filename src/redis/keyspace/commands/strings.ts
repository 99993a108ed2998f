/** String commands (Redis 7.0 t_string.c). */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, fail, lookup, lookupTyped, nowMs, parseLL, parseLong } from '../context.js';
import type { Keyspace } from '../keyspace.js';
import { LLONG_MAX, LLONG_MIN, addLongDouble, formatLongDoubleHuman, parseLongDouble } from '../numbers.js';

export const PROTO_MAX_BULK_LEN = 512 * 1024 * 1024;

const F_NX = 1, F_XX = 2, F_GET = 4, F_KEEPTTL = 8, F_PERSIST = 16, F_EX = 32, F_PX = 64, F_EXAT = 128, F_PXAT = 256;
const ANY_EXPIRE = F_EX | F_PX | F_EXAT | F_PXAT;

/** parseExtendedStringArgumentsOrReply (SET and GETEX option parsing). */
function parseExtended(argv: string[], from: number, forSet: boolean): { flags: number; expire: string | undefined } {
  let flags = 0;
  let expire: string | undefined;
  for (let j = from; j < argv.length; j++) {
    const opt = (argv[j] ?? '').toLowerCase();
    const next = j === argv.length - 1 ? undefined : argv[j + 1];
    if (opt === 'nx' && !(flags & F_XX) && forSet) flags |= F_NX;
    else if (opt === 'xx' && !(flags & F_NX) && forSet) flags |= F_XX;
    else if (opt === 'get' && forSet) flags |= F_GET;
    else if (opt === 'keepttl' && !(flags & (F_PERSIST | ANY_EXPIRE)) && forSet) flags |= F_KEEPTTL;
    else if (opt === 'persist' && !forSet && !(flags & (ANY_EXPIRE | F_KEEPTTL))) flags |= F_PERSIST;
    else if (opt === 'ex' && !(flags & (F_KEEPTTL | F_PERSIST | F_EXAT | F_PX | F_PXAT)) && next !== undefined) {
      flags |= F_EX;
      expire = next;
      j++;
    } else if (opt === 'px' && !(flags & (F_KEEPTTL | F_PERSIST | F_EX | F_EXAT | F_PXAT)) && next !== undefined) {
      flags |= F_PX;
      expire = next;
      j++;
    } else if (opt === 'exat' && !(flags & (F_KEEPTTL | F_PERSIST | F_EX | F_PX | F_PXAT)) && next !== undefined) {
      flags |= F_EXAT;
      expire = next;
      j++;
    } else if (opt === 'pxat' && !(flags & (F_KEEPTTL | F_PERSIST | F_EX | F_EXAT | F_PX)) && next !== undefined) {
      flags |= F_PXAT;
      expire = next;
      j++;
    } else fail(ERR.syntax);
  }
  return { flags, expire };
}

/** getExpireMillisecondsOrReply: absolute ms, or the "invalid expire time" error. */
function expireMs(ks: Keyspace, ctx: CommandContext, cmd: string, expire: string, flags: number): number {
  const bad = err(`ERR invalid expire time in '${cmd}' command`);
  let ms = parseLL(expire);
  const seconds = (flags & (F_EX | F_EXAT)) !== 0;
  if (ms <= 0n || (seconds && ms > LLONG_MAX / 1000n)) fail(bad);
  if (seconds) ms *= 1000n;
  if (flags & (F_EX | F_PX)) ms += BigInt(ks.clock.now());
  if (ms <= 0n || ms > LLONG_MAX) fail(bad); // overflow
  return Number(ms);
}

function checkStringLength(size: number, append: number): void {
  if (size + append > PROTO_MAX_BULK_LEN) fail(ERR.stringTooBig);
}

/** setGenericCommand. */
function setGeneric(ks: Keyspace, ctx: CommandContext, cmd: string, flags: number, key: string, val: string, expire: string | undefined, okReply: Reply, abortReply: Reply): Reply {
  const when = expire !== undefined ? expireMs(ks, ctx, cmd, expire, flags) : undefined;
  let getReply: Reply | undefined;
  if (flags & F_GET) {
    const old = lookupTyped(ks, ctx, key, 'string');
    getReply = old ? R.bulk(old.value) : R.nil();
  }
  const db = dbOf(ks, ctx);
  const found = lookup(ks, ctx, key) !== undefined;
  if ((flags & F_NX && found) || (flags & F_XX && !found)) {
    return getReply ?? abortReply;
  }
  ks.setKey(db, key, { type: 'string', value: val }, (flags & F_KEEPTTL) !== 0);
  ks.dirty++;
  if (when !== undefined) ks.setExpire(db, key, when);
  return getReply ?? okReply;
}

const set: CommandHandler = (ks, ctx, argv) => {
  const { flags, expire } = parseExtended(argv, 3, true);
  return setGeneric(ks, ctx, 'set', flags, argv[1] ?? '', argv[2] ?? '', expire, R.ok(), R.nil());
};

const setnx: CommandHandler = (ks, ctx, argv) => setGeneric(ks, ctx, 'setnx', F_NX, argv[1] ?? '', argv[2] ?? '', undefined, R.int(1), R.int(0));
const setex: CommandHandler = (ks, ctx, argv) => setGeneric(ks, ctx, 'setex', F_EX, argv[1] ?? '', argv[3] ?? '', argv[2], R.ok(), R.nil());
const psetex: CommandHandler = (ks, ctx, argv) => setGeneric(ks, ctx, 'psetex', F_PX, argv[1] ?? '', argv[3] ?? '', argv[2], R.ok(), R.nil());

const get: CommandHandler = (ks, ctx, argv) => {
  const v = lookupTyped(ks, ctx, argv[1] ?? '', 'string');
  return v ? R.bulk(v.value) : R.nil();
};

const getset: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const v = lookupTyped(ks, ctx, key, 'string');
  ks.setKey(dbOf(ks, ctx), key, { type: 'string', value: argv[2] ?? '' });
  ks.dirty++;
  return v ? R.bulk(v.value) : R.nil();
};

const getdel: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const v = lookupTyped(ks, ctx, key, 'string');
  if (!v) return R.nil();
  ks.deleteKey(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.bulk(v.value);
};

const getex: CommandHandler = (ks, ctx, argv) => {
  const { flags, expire } = parseExtended(argv, 2, false);
  const key = argv[1] ?? '';
  const v = lookupTyped(ks, ctx, key, 'string');
  if (!v) return R.nil();
  const when = expire !== undefined ? expireMs(ks, ctx, 'getex', expire, flags) : undefined;
  const db = dbOf(ks, ctx);
  if (flags & (F_EXAT | F_PXAT) && when !== undefined && when <= nowMs(ks, ctx)) {
    ks.deleteKey(db, key);
    ks.dirty++;
  } else if (when !== undefined) {
    ks.setExpire(db, key, when);
    ks.dirty++;
  } else if (flags & F_PERSIST) {
    if (db.expires.delete(key)) {
      ks.signalModified(db, key);
      ks.dirty++;
    }
  }
  return R.bulk(v.value);
};

const mget: CommandHandler = (ks, ctx, argv) => {
  const out: Reply[] = [];
  for (let i = 1; i < argv.length; i++) {
    const v = lookup(ks, ctx, argv[i] ?? '');
    out.push(v && v.type === 'string' ? R.bulk(v.value) : R.nil());
  }
  return R.array(out);
};

function msetGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], nx: boolean): Reply {
  if (argv.length % 2 === 0) return err(`ERR wrong number of arguments for '${nx ? 'msetnx' : 'mset'}' command`);
  if (nx) {
    for (let i = 1; i < argv.length; i += 2) if (lookup(ks, ctx, argv[i] ?? '') !== undefined) return R.int(0);
  }
  const db = dbOf(ks, ctx);
  for (let i = 1; i < argv.length; i += 2) {
    ks.setKey(db, argv[i] ?? '', { type: 'string', value: argv[i + 1] ?? '' });
    ks.dirty++;
  }
  return nx ? R.int(1) : R.ok();
}

const mset: CommandHandler = (ks, ctx, argv) => msetGeneric(ks, ctx, argv, false);
const msetnx: CommandHandler = (ks, ctx, argv) => msetGeneric(ks, ctx, argv, true);

const append: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const add = argv[2] ?? '';
  const v = lookupTyped(ks, ctx, key, 'string');
  const db = dbOf(ks, ctx);
  let len: number;
  if (!v) {
    ks.addKey(db, key, { type: 'string', value: add });
    len = add.length;
  } else {
    checkStringLength(v.value.length, add.length);
    v.value += add;
    v.raw = true;
    ks.signalModified(db, key);
    len = v.value.length;
  }
  ks.dirty++;
  return R.int(len);
};

const strlen: CommandHandler = (ks, ctx, argv) => {
  const v = lookupTyped(ks, ctx, argv[1] ?? '', 'string');
  return R.int(v ? v.value.length : 0);
};

/** incrDecrCommand. */
function incrDecr(ks: Keyspace, ctx: CommandContext, key: string, incr: bigint): Reply {
  const v = lookupTyped(ks, ctx, key, 'string');
  const old = v ? parseLL(v.value) : 0n;
  if ((incr < 0n && old < 0n && incr < LLONG_MIN - old) || (incr > 0n && old > 0n && incr > LLONG_MAX - old)) {
    return err('ERR increment or decrement would overflow');
  }
  const nv = old + incr;
  const db = dbOf(ks, ctx);
  if (v) {
    v.value = nv.toString();
    v.raw = false;
    ks.signalModified(db, key);
  } else ks.addKey(db, key, { type: 'string', value: nv.toString() });
  ks.dirty++;
  return R.int(nv);
}

const incr: CommandHandler = (ks, ctx, argv) => incrDecr(ks, ctx, argv[1] ?? '', 1n);
const decr: CommandHandler = (ks, ctx, argv) => incrDecr(ks, ctx, argv[1] ?? '', -1n);
const incrby: CommandHandler = (ks, ctx, argv) => incrDecr(ks, ctx, argv[1] ?? '', parseLL(argv[2] ?? ''));
const decrby: CommandHandler = (ks, ctx, argv) => {
  const n = parseLL(argv[2] ?? '');
  // Redis 7.0: DECRBY LLONG_MIN cannot be negated.
  if (n === LLONG_MIN) return err('ERR decrement would overflow');
  return incrDecr(ks, ctx, argv[1] ?? '', -n);
};

const incrbyfloat: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const v = lookupTyped(ks, ctx, key, 'string');
  const cur = v ? parseLongDouble(v.value) : { kind: 'finite' as const, neg: false, mant: 0n, exp: 0 };
  if (cur === null) return ERR.notFloat;
  const inc = parseLongDouble(argv[2] ?? '');
  if (inc === null) return ERR.notFloat;
  const sum = addLongDouble(cur, inc);
  if (sum.kind !== 'finite') return ERR.nanOrInf;
  const text = formatLongDoubleHuman(sum);
  const db = dbOf(ks, ctx);
  if (v) {
    v.value = text;
    v.raw = false;
    ks.signalModified(db, key);
  } else ks.addKey(db, key, { type: 'string', value: text });
  ks.dirty++;
  return R.bulk(text);
};

const setrange: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const offset = parseLong(argv[2] ?? '');
  const value = argv[3] ?? '';
  if (offset < 0) return ERR.offsetOutOfRange;
  const v = lookupTyped(ks, ctx, key, 'string');
  const db = dbOf(ks, ctx);
  if (!v) {
    if (value.length === 0) return R.int(0);
    checkStringLength(offset, value.length);
    const s = '\0'.repeat(offset) + value;
    ks.addKey(db, key, { type: 'string', value: s, raw: true });
    ks.dirty++;
    return R.int(s.length);
  }
  const olen = v.value.length;
  if (value.length === 0) return R.int(olen);
  checkStringLength(offset, value.length);
  let s = v.value;
  if (s.length < offset) s += '\0'.repeat(offset - s.length);
  s = s.slice(0, offset) + value + s.slice(offset + value.length);
  v.value = s;
  v.raw = true;
  ks.signalModified(db, key);
  ks.dirty++;
  return R.int(s.length);
};

const getrange: CommandHandler = (ks, ctx, argv) => {
  let start = parseLL(argv[2] ?? '');
  let end = parseLL(argv[3] ?? '');
  const v = lookupTyped(ks, ctx, argv[1] ?? '', 'string');
  if (!v) return R.bulk('');
  const len = BigInt(v.value.length);
  if (start < 0n && end < 0n && start > end) return R.bulk('');
  if (start < 0n) start = len + start;
  if (end < 0n) end = len + end;
  if (start < 0n) start = 0n;
  if (end < 0n) end = 0n;
  if (end >= len) end = len - 1n;
  if (start > end || len === 0n) return R.bulk('');
  return R.bulk(v.value.slice(Number(start), Number(end) + 1));
};

export const stringCommands: Record<string, CommandHandler> = {
  get, set, setnx, setex, psetex, getset, getdel, getex, mget, mset, msetnx, append, strlen,
  incr, decr, incrby, decrby, incrbyfloat, setrange, getrange,
  substr: getrange,
};

/** LCS key1 key2 [LEN] [IDX] [MINMATCHLEN n] [WITHMATCHLEN] (Redis 7.0 lcsCommand, dynamic programming). */
const lcs: CommandHandler = (ks, ctx, argv) => {
  const oa = lookup(ks, ctx, argv[1] ?? '');
  const ob = lookup(ks, ctx, argv[2] ?? '');
  if ((oa && oa.type !== 'string') || (ob && ob.type !== 'string')) return err('ERR The specified keys must contain string values');
  const a = oa && oa.type === 'string' ? oa.value : '';
  const b = ob && ob.type === 'string' ? ob.value : '';
  let getlen = false, getidx = false, withmatchlen = false;
  let minmatchlen = 0n;
  for (let j = 3; j < argv.length; j++) {
    const o = (argv[j] ?? '').toLowerCase();
    const moreargs = argv.length - 1 - j;
    if (o === 'idx') getidx = true;
    else if (o === 'len') getlen = true;
    else if (o === 'withmatchlen') withmatchlen = true;
    else if (o === 'minmatchlen' && moreargs) {
      minmatchlen = parseLL(argv[j + 1] ?? '');
      if (minmatchlen < 0n) minmatchlen = 0n;
      j++;
    } else return ERR.syntax;
  }
  if (getidx && getlen) return err('ERR If you want both the length and indexes, please just use IDX.');
  const alen = a.length;
  const blen = b.length;
  const w = blen + 1;
  const table = new Uint32Array((alen + 1) * w);
  for (let i = 1; i <= alen; i++) {
    for (let j = 1; j <= blen; j++) {
      if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) table[i * w + j] = (table[(i - 1) * w + j - 1] ?? 0) + 1;
      else {
        const l1 = table[(i - 1) * w + j] ?? 0;
        const l2 = table[i * w + j - 1] ?? 0;
        table[i * w + j] = l1 > l2 ? l1 : l2;
      }
    }
  }
  const total = table[alen * w + blen] ?? 0;
  if (getlen) return R.int(total);
  const result: string[] = new Array<string>(total);
  let idx = total;
  const matches: Reply[] = [];
  let as = alen, ae = 0, bs = 0, be = 0;
  let i = alen, j = blen;
  while (i > 0 && j > 0) {
    let emit = false;
    if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
      result[idx - 1] = a[i - 1] ?? '';
      if (as === alen) {
        as = i - 1; ae = i - 1; bs = j - 1; be = j - 1;
      } else if (as === i && bs === j) {
        as--; bs--;
      } else emit = true;
      if (as === 0 || bs === 0) emit = true;
      idx--; i--; j--;
    } else {
      const l1 = table[(i - 1) * w + j] ?? 0;
      const l2 = table[i * w + j - 1] ?? 0;
      if (l1 > l2) i--;
      else j--;
      if (as !== alen) emit = true;
    }
    const matchLen = ae - as + 1;
    if (emit) {
      if (getidx && (minmatchlen === 0n || BigInt(matchLen) >= minmatchlen)) {
        const m: Reply[] = [R.array([R.int(as), R.int(ae)]), R.array([R.int(bs), R.int(be)])];
        if (withmatchlen) m.push(R.int(matchLen));
        matches.push(R.array(m));
      }
      as = alen;
    }
  }
  if (getidx) return R.map([[R.bulk('matches'), R.array(matches)], [R.bulk('len'), R.int(total)]]);
  return R.bulk(result.join(''));
};

stringCommands['lcs'] = lcs;
