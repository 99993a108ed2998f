/** List commands (Redis 7.0 t_list.c). */
import { R, type Reply } from '../../reply.js';
import { ERR, arityError, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, deleteIfEmpty, fail, lookupTyped, parseLL, parseLong, parsePositiveLong, parseRangeLong } from '../context.js';
import type { Keyspace, RList } from '../keyspace.js';
import { LLONG_MAX } from '../numbers.js';

function pushGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], left: boolean, xx: boolean): Reply {
  const key = argv[1] ?? '';
  let l = lookupTyped(ks, ctx, key, 'list');
  if (!l) {
    if (xx) return R.int(0);
    l = { type: 'list', value: [] };
    ks.addKey(dbOf(ks, ctx), key, l);
  }
  for (let i = 2; i < argv.length; i++) {
    if (left) l.value.unshift(argv[i] ?? '');
    else l.value.push(argv[i] ?? '');
  }
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty += argv.length - 2;
  return R.int(l.value.length);
}

const lpush: CommandHandler = (ks, ctx, argv) => pushGeneric(ks, ctx, argv, true, false);
const rpush: CommandHandler = (ks, ctx, argv) => pushGeneric(ks, ctx, argv, false, false);
const lpushx: CommandHandler = (ks, ctx, argv) => pushGeneric(ks, ctx, argv, true, true);
const rpushx: CommandHandler = (ks, ctx, argv) => pushGeneric(ks, ctx, argv, false, true);

/** popGenericCommand. */
function popGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], left: boolean): Reply {
  const name = left ? 'lpop' : 'rpop';
  if (argv.length > 3) return arityError(name);
  const hascount = argv.length === 3;
  const count = hascount ? parsePositiveLong(argv[2] ?? '') : 0;
  const key = argv[1] ?? '';
  const l = lookupTyped(ks, ctx, key, 'list');
  if (!l) return hascount ? R.nilArray() : R.nil();
  if (hascount && count === 0) return R.array([]);
  const db = dbOf(ks, ctx);
  if (!hascount) {
    const v = left ? l.value.shift() : l.value.pop();
    ks.signalModified(db, key);
    deleteIfEmpty(ks, ctx, key, l.value.length);
    ks.dirty++;
    return R.bulk(v ?? '');
  }
  const n = Math.min(count, l.value.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((left ? l.value.shift() : l.value.pop()) ?? '');
  ks.signalModified(db, key);
  deleteIfEmpty(ks, ctx, key, l.value.length);
  ks.dirty += n;
  return R.bulkArray(out);
}

const lpop: CommandHandler = (ks, ctx, argv) => popGeneric(ks, ctx, argv, true);
const rpop: CommandHandler = (ks, ctx, argv) => popGeneric(ks, ctx, argv, false);

const lrange: CommandHandler = (ks, ctx, argv) => {
  let start = parseLong(argv[2] ?? '');
  let end = parseLong(argv[3] ?? '');
  const l = lookupTyped(ks, ctx, argv[1] ?? '', 'list');
  if (!l) return R.array([]);
  const llen = l.value.length;
  if (start < 0) start = llen + start;
  if (end < 0) end = llen + end;
  if (start < 0) start = 0;
  if (start > end || start >= llen) return R.array([]);
  if (end >= llen) end = llen - 1;
  return R.bulkArray(l.value.slice(start, end + 1));
};

const llen: CommandHandler = (ks, ctx, argv) => R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'list')?.value.length ?? 0);

const lindex: CommandHandler = (ks, ctx, argv) => {
  const l = lookupTyped(ks, ctx, argv[1] ?? '', 'list');
  if (!l) return R.nil();
  let i = parseLong(argv[2] ?? '');
  if (i < 0) i = l.value.length + i;
  const v = i >= 0 ? l.value[i] : undefined;
  return v === undefined ? R.nil() : R.bulk(v);
};

const lset: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const l = lookupTyped(ks, ctx, key, 'list');
  if (!l) return ERR.noSuchKey;
  let i = parseLong(argv[2] ?? '');
  if (i < 0) i = l.value.length + i;
  if (i < 0 || i >= l.value.length) return ERR.outOfRange;
  l.value[i] = argv[3] ?? '';
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.ok();
};

const lrem: CommandHandler = (ks, ctx, argv) => {
  const toremove = parseLong(argv[2] ?? '');
  const key = argv[1] ?? '';
  const elem = argv[3] ?? '';
  const l = lookupTyped(ks, ctx, key, 'list');
  if (!l) return R.int(0);
  let removed = 0;
  const v = l.value;
  if (toremove >= 0) {
    const out: string[] = [];
    for (const e of v) {
      if (e === elem && (toremove === 0 || removed < toremove)) removed++;
      else out.push(e);
    }
    l.value = out;
  } else {
    const out: string[] = [];
    for (let i = v.length - 1; i >= 0; i--) {
      const e = v[i] ?? '';
      if (e === elem && removed < -toremove) removed++;
      else out.push(e);
    }
    l.value = out.reverse();
  }
  if (removed) {
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, l.value.length);
    ks.dirty += removed;
  }
  return R.int(removed);
};

const ltrim: CommandHandler = (ks, ctx, argv) => {
  let start = parseLong(argv[2] ?? '');
  let end = parseLong(argv[3] ?? '');
  const key = argv[1] ?? '';
  const l = lookupTyped(ks, ctx, key, 'list');
  if (!l) return R.ok();
  const llen = l.value.length;
  if (start < 0) start = llen + start;
  if (end < 0) end = llen + end;
  if (start < 0) start = 0;
  let ltrimN: number;
  let rtrimN: number;
  if (start > end || start >= llen) {
    ltrimN = llen;
    rtrimN = 0;
  } else {
    if (end >= llen) end = llen - 1;
    ltrimN = start;
    rtrimN = llen - end - 1;
  }
  l.value = l.value.slice(ltrimN, llen - rtrimN);
  ks.signalModified(dbOf(ks, ctx), key);
  deleteIfEmpty(ks, ctx, key, l.value.length);
  ks.dirty += ltrimN + rtrimN;
  return R.ok();
};

const linsert: CommandHandler = (ks, ctx, argv) => {
  const where = (argv[2] ?? '').toLowerCase();
  if (where !== 'after' && where !== 'before') return ERR.syntax;
  const key = argv[1] ?? '';
  const l = lookupTyped(ks, ctx, key, 'list');
  if (!l) return R.int(0);
  const idx = l.value.indexOf(argv[3] ?? '');
  if (idx < 0) return R.int(-1);
  l.value.splice(where === 'after' ? idx + 1 : idx, 0, argv[4] ?? '');
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.int(l.value.length);
};

const lpos: CommandHandler = (ks, ctx, argv) => {
  let rank = 1n;
  let count = -1;
  let maxlen = 0;
  for (let j = 3; j < argv.length; j++) {
    const opt = (argv[j] ?? '').toLowerCase();
    const moreargs = argv.length - 1 - j;
    if (opt === 'rank' && moreargs) {
      j++;
      rank = parseLL(argv[j] ?? '');
      if (rank < -LLONG_MAX) return err('ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807');
      if (rank === 0n) return err("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list");
    } else if (opt === 'count' && moreargs) {
      j++;
      count = parsePositiveLong(argv[j] ?? '', "COUNT can't be negative");
    } else if (opt === 'maxlen' && moreargs) {
      j++;
      maxlen = parsePositiveLong(argv[j] ?? '', "MAXLEN can't be negative");
    } else return ERR.syntax;
  }
  const l = lookupTyped(ks, ctx, argv[1] ?? '', 'list');
  if (!l) return count === -1 ? R.nil() : R.array([]);
  const ele = argv[2] ?? '';
  const fromTail = rank < 0n;
  const absRank = fromTail ? -rank : rank;
  const v = l.value;
  const len = v.length;
  const out: Reply[] = [];
  let matches = 0n;
  for (let index = 0; index < len && (maxlen === 0 || index < maxlen); index++) {
    const pos = fromTail ? len - 1 - index : index;
    if (v[pos] === ele) {
      matches++;
      if (matches >= absRank) {
        if (count === -1) return R.int(pos);
        out.push(R.int(pos));
        if (count && out.length === count) break;
      }
    }
  }
  return count === -1 ? R.nil() : R.array(out);
};

/** lmoveGenericCommand. */
function lmoveGeneric(ks: Keyspace, ctx: CommandContext, src: string, dst: string, fromLeft: boolean, toLeft: boolean): Reply {
  const s = lookupTyped(ks, ctx, src, 'list');
  if (!s || s.value.length === 0) return R.nil();
  let d: RList | undefined = lookupTyped(ks, ctx, dst, 'list');
  const v = (fromLeft ? s.value.shift() : s.value.pop()) ?? '';
  const db = dbOf(ks, ctx);
  if (!d) {
    d = { type: 'list', value: [] };
    ks.addKey(db, dst, d);
  }
  if (toLeft) d.value.unshift(v);
  else d.value.push(v);
  ks.signalModified(db, dst);
  ks.signalModified(db, src);
  if (s.value.length === 0) ks.deleteKey(db, src);
  ks.dirty++;
  return R.bulk(v);
}

function side(s: string | undefined): boolean {
  const a = (s ?? '').toLowerCase();
  if (a === 'left') return true;
  if (a === 'right') return false;
  return fail(ERR.syntax);
}

const lmove: CommandHandler = (ks, ctx, argv) => {
  const from = side(argv[3]);
  const to = side(argv[4]);
  return lmoveGeneric(ks, ctx, argv[1] ?? '', argv[2] ?? '', from, to);
};
const rpoplpush: CommandHandler = (ks, ctx, argv) => lmoveGeneric(ks, ctx, argv[1] ?? '', argv[2] ?? '', false, true);

/** LMPOP numkeys key... LEFT|RIGHT [COUNT n] (non-blocking form). */
const lmpop: CommandHandler = (ks, ctx, argv) => {
  const n = parseRangeLong(argv[1] ?? '', 1n, 9223372036854775807n, 'numkeys should be greater than 0');
  const whereIdx = 2 + n;
  if (whereIdx >= argv.length) return ERR.syntax;
  const left = side(argv[whereIdx]);
  let count = -1;
  for (let j = whereIdx + 1; j < argv.length; j++) {
    const a = (argv[j] ?? '').toLowerCase();
    if (count === -1 && a === 'count' && j + 1 < argv.length) {
      count = parseRangeLong(argv[j + 1] ?? '', 1n, 9223372036854775807n, 'count should be greater than 0');
      j++;
    } else return ERR.syntax;
  }
  if (count === -1) count = 1;
  for (let i = 0; i < n; i++) {
    const key = argv[2 + i] ?? '';
    const l = lookupTyped(ks, ctx, key, 'list');
    if (!l || l.value.length === 0) continue;
    const k = Math.min(count, l.value.length);
    const out: string[] = [];
    for (let x = 0; x < k; x++) out.push((left ? l.value.shift() : l.value.pop()) ?? '');
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, l.value.length);
    ks.dirty += k;
    return R.array([R.bulk(key), R.bulkArray(out)]);
  }
  return R.nilArray();
};

export const listCommands: Record<string, CommandHandler> = {
  lpush, rpush, lpushx, rpushx, lpop, rpop, lrange, llen, lindex, lset, lrem, ltrim, linsert, lpos, lmove, rpoplpush, lmpop,
};
