/**
 * Set commands (Redis 7.0 t_set.c). Reply order: intset encoding = ascending
 * numeric order (exact); hashtable encoding = insertion order here (Redis's
 * order depends on a random hash seed).
 */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, deleteIfEmpty, lookup, lookupTyped, parseLL, parsePositiveLong, parseRangeLong } from '../context.js';
import type { Keyspace, RSet } from '../keyspace.js';
import { LLONG_MAX, string2ll } from '../numbers.js';
import { emptyScan, parseCursor, parseScanOptions, scanStep } from '../scan.js';

export const SET_MAX_INTSET_ENTRIES = 512;

export function newSet(): RSet {
  return { type: 'set', value: new Set(), intset: true };
}

/** setTypeAdd with intset → hashtable conversion. */
export function setAdd(s: RSet, m: string): boolean {
  if (s.value.has(m)) return false;
  if (s.intset && string2ll(m) === null) s.intset = false;
  s.value.add(m);
  if (s.intset && s.value.size > SET_MAX_INTSET_ENTRIES) s.intset = false;
  return true;
}

/** Members in the order Redis iterates them. */
export function setMembers(s: RSet): string[] {
  const m = [...s.value];
  if (s.intset) {
    m.sort((a, b) => {
      const x = BigInt(a);
      const y = BigInt(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return m;
}

const sadd: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  let s = lookupTyped(ks, ctx, key, 'set');
  if (!s) {
    s = newSet();
    ks.addKey(dbOf(ks, ctx), key, s);
  }
  let added = 0;
  for (let i = 2; i < argv.length; i++) if (setAdd(s, argv[i] ?? '')) added++;
  if (added) ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty += added;
  return R.int(added);
};

const srem: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const s = lookupTyped(ks, ctx, key, 'set');
  if (!s) return R.int(0);
  let n = 0;
  for (let i = 2; i < argv.length; i++) {
    if (s.value.delete(argv[i] ?? '')) n++;
    if (s.value.size === 0) break;
  }
  if (n) {
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, s.value.size);
    ks.dirty += n;
  }
  return R.int(n);
};

const smembers: CommandHandler = (ks, ctx, argv) => {
  const s = lookupTyped(ks, ctx, argv[1] ?? '', 'set');
  return R.set(s ? setMembers(s).map(R.bulk) : []);
};

const sismember: CommandHandler = (ks, ctx, argv) => R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'set')?.value.has(argv[2] ?? '') ? 1 : 0);

const smismember: CommandHandler = (ks, ctx, argv) => {
  const s = lookupTyped(ks, ctx, argv[1] ?? '', 'set');
  const out: Reply[] = [];
  for (let i = 2; i < argv.length; i++) out.push(R.int(s?.value.has(argv[i] ?? '') ? 1 : 0));
  return R.array(out);
};

const scard: CommandHandler = (ks, ctx, argv) => R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'set')?.value.size ?? 0);

const spop: CommandHandler = (ks, ctx, argv) => {
  if (argv.length > 3) return ERR.syntax;
  const key = argv[1] ?? '';
  const db = dbOf(ks, ctx);
  if (argv.length === 3) {
    const count = parsePositiveLong(argv[2] ?? '');
    const s = lookupTyped(ks, ctx, key, 'set');
    if (!s || count === 0) return R.set([]);
    if (count >= s.value.size) {
      const all = setMembers(s);
      ks.deleteKey(db, key);
      ks.dirty += all.length;
      return R.set(all.map(R.bulk));
    }
    const pool = setMembers(s);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const m = pool.splice(Math.floor(Math.random() * pool.length), 1)[0] ?? '';
      s.value.delete(m);
      out.push(m);
    }
    ks.signalModified(db, key);
    ks.dirty += count;
    return R.set(out.map(R.bulk));
  }
  const s = lookupTyped(ks, ctx, key, 'set');
  if (!s) return R.nil();
  const pool = setMembers(s);
  const m = pool[Math.floor(Math.random() * pool.length)] ?? '';
  s.value.delete(m);
  ks.signalModified(db, key);
  deleteIfEmpty(ks, ctx, key, s.value.size);
  ks.dirty++;
  return R.bulk(m);
};

const srandmember: CommandHandler = (ks, ctx, argv) => {
  if (argv.length > 3) return ERR.syntax;
  if (argv.length === 3) {
    const count = parseLL(argv[2] ?? '');
    if (count < -LLONG_MAX) return err('ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807');
    const s = lookupTyped(ks, ctx, argv[1] ?? '', 'set');
    if (!s || count === 0n) return R.array([]);
    const all = setMembers(s);
    if (count < 0n) {
      const out: string[] = [];
      for (let i = 0n; i < -count; i++) out.push(all[Math.floor(Math.random() * all.length)] ?? '');
      return R.bulkArray(out);
    }
    if (count >= BigInt(all.length)) return R.bulkArray(all);
    const out: string[] = [];
    for (let i = 0; i < Number(count); i++) out.push(all.splice(Math.floor(Math.random() * all.length), 1)[0] ?? '');
    return R.bulkArray(out);
  }
  const s = lookupTyped(ks, ctx, argv[1] ?? '', 'set');
  if (!s) return R.nil();
  const all = setMembers(s);
  return R.bulk(all[Math.floor(Math.random() * all.length)] ?? '');
};

/** Look up set operands: WRONGTYPE for any non-set, undefined for missing keys. */
function operands(ks: Keyspace, ctx: CommandContext, keys: string[]): Array<RSet | undefined> {
  return keys.map((k) => lookupTyped(ks, ctx, k, 'set'));
}

function storeResult(ks: Keyspace, ctx: CommandContext, dst: string, members: string[]): Reply {
  const db = dbOf(ks, ctx);
  if (members.length === 0) {
    if (lookup(ks, ctx, dst) !== undefined) {
      ks.deleteKey(db, dst);
      ks.dirty++;
    }
    return R.int(0);
  }
  const s = newSet();
  for (const m of members) setAdd(s, m);
  ks.setKey(db, dst, s);
  ks.dirty++;
  return R.int(s.value.size);
}

/** sinterGenericCommand: iterate the smallest set, in its encoding order. */
function sinterMembers(sets: Array<RSet | undefined>): string[] {
  if (sets.some((s) => s === undefined)) return [];
  const ss = (sets as RSet[]).slice().sort((a, b) => a.value.size - b.value.size);
  const first = ss[0];
  if (!first) return [];
  const out: string[] = [];
  for (const m of setMembers(first)) if (ss.every((s) => s.value.has(m))) out.push(m);
  return out;
}

/** sunionDiffGenericCommand: the result is a temporary set (intset while possible). */
function sunionDiffMembers(sets: Array<RSet | undefined>, diff: boolean): string[] {
  const tmp = newSet();
  if (!diff) {
    for (const s of sets) if (s) for (const m of setMembers(s)) setAdd(tmp, m);
  } else {
    const first = sets[0];
    if (!first) return [];
    for (const m of setMembers(first)) if (!sets.slice(1).some((s) => s?.value.has(m))) setAdd(tmp, m);
  }
  return setMembers(tmp);
}

const sinter: CommandHandler = (ks, ctx, argv) => R.set(sinterMembers(operands(ks, ctx, argv.slice(1))).map(R.bulk));
const sinterstore: CommandHandler = (ks, ctx, argv) => {
  const res = sinterMembers(operands(ks, ctx, argv.slice(2)));
  return storeResult(ks, ctx, argv[1] ?? '', res);
};
const sunion: CommandHandler = (ks, ctx, argv) => R.set(sunionDiffMembers(operands(ks, ctx, argv.slice(1)), false).map(R.bulk));
const sunionstore: CommandHandler = (ks, ctx, argv) => storeResult(ks, ctx, argv[1] ?? '', sunionDiffMembers(operands(ks, ctx, argv.slice(2)), false));
const sdiff: CommandHandler = (ks, ctx, argv) => R.set(sunionDiffMembers(operands(ks, ctx, argv.slice(1)), true).map(R.bulk));
const sdiffstore: CommandHandler = (ks, ctx, argv) => storeResult(ks, ctx, argv[1] ?? '', sunionDiffMembers(operands(ks, ctx, argv.slice(2)), true));

const sintercard: CommandHandler = (ks, ctx, argv) => {
  const n = parseRangeLong(argv[1] ?? '', 1n, 9223372036854775807n, 'numkeys should be greater than 0');
  if (n > argv.length - 2) return err("ERR Number of keys can't be greater than number of args");
  let limit = 0;
  for (let j = 2 + n; j < argv.length; j++) {
    const a = (argv[j] ?? '').toLowerCase();
    if (a === 'limit' && j + 1 < argv.length) {
      limit = parsePositiveLong(argv[j + 1] ?? '', "LIMIT can't be negative");
      j++;
    } else return ERR.syntax;
  }
  const res = sinterMembers(operands(ks, ctx, argv.slice(2, 2 + n)));
  return R.int(limit && res.length > limit ? limit : res.length);
};

const smove: CommandHandler = (ks, ctx, argv) => {
  const srcKey = argv[1] ?? '';
  const dstKey = argv[2] ?? '';
  const ele = argv[3] ?? '';
  const src = lookup(ks, ctx, srcKey);
  const dst = lookup(ks, ctx, dstKey);
  if (src === undefined) return R.int(0);
  if (src.type !== 'set' || (dst !== undefined && dst.type !== 'set')) return ERR.wrongType;
  if (src === dst) return R.int(src.value.has(ele) ? 1 : 0);
  if (!src.value.delete(ele)) return R.int(0);
  const db = dbOf(ks, ctx);
  ks.signalModified(db, srcKey);
  deleteIfEmpty(ks, ctx, srcKey, src.value.size);
  let d = dst;
  if (!d) {
    d = newSet();
    ks.addKey(db, dstKey, d);
  }
  setAdd(d, ele);
  ks.signalModified(db, dstKey);
  ks.dirty++;
  return R.int(1);
};

const sscan: CommandHandler = (ks, ctx, argv) => {
  const cursor = parseCursor(argv[2] ?? '');
  const opts = parseScanOptions(argv, 3, false);
  const s = lookupTyped(ks, ctx, argv[1] ?? '', 'set');
  if (!s) return emptyScan;
  return scanStep(setMembers(s), cursor, opts, s.intset, (m) => m, (m, out) => out.push(m));
};

export const setCommands: Record<string, CommandHandler> = {
  sadd, srem, smembers, sismember, smismember, scard, spop, srandmember, sinter, sinterstore, sunion, sunionstore,
  sdiff, sdiffstore, sintercard, smove, sscan,
};
