/** Sorted set commands (Redis 7.0 t_zset.c). */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, deleteIfEmpty, fail, lookup, lookupTyped, parseLong, parsePositiveLong, parseRangeLong } from '../context.js';
import type { Keyspace, RSet, RZSet } from '../keyspace.js';
import { parseRedisDouble, strtod } from '../numbers.js';
import { ZSet } from '../zset.js';
import { emptyScan, parseCursor, parseScanOptions, scanStep } from '../scan.js';
import { setMembers } from './sets.js';

const NANERR = err('ERR resulting score is not a number (NaN)');

function parseScore(s: string, errReply: Reply = ERR.notFloat): number {
  const v = parseRedisDouble(s);
  if (v === null) fail(errReply);
  return v;
}

// ---------------------------------------------------------------- ZADD

/** zaddGenericCommand (ZADD and ZINCRBY). */
function zaddGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], incrCmd: boolean): Reply {
  let nx = false, xx = false, gt = false, lt = false, ch = false, incr = incrCmd;
  let idx = 2;
  while (idx < argv.length) {
    const o = (argv[idx] ?? '').toLowerCase();
    if (o === 'nx') nx = true;
    else if (o === 'xx') xx = true;
    else if (o === 'ch') ch = true;
    else if (o === 'incr') incr = true;
    else if (o === 'gt') gt = true;
    else if (o === 'lt') lt = true;
    else break;
    idx++;
  }
  const elements = argv.length - idx;
  if (elements % 2 || !elements) return ERR.syntax;
  const n = elements / 2;
  if (nx && xx) return err('ERR XX and NX options at the same time are not compatible');
  if ((gt && nx) || (lt && nx) || (gt && lt)) return err('ERR GT, LT, and/or NX options at the same time are not compatible');
  if (incr && n > 1) return err('ERR INCR option supports a single increment-element pair');
  const scores: number[] = [];
  for (let j = 0; j < n; j++) scores.push(parseScore(argv[idx + j * 2] ?? ''));
  const key = argv[1] ?? '';
  let z = lookupTyped(ks, ctx, key, 'zset');
  let added = 0, updated = 0, processed = 0;
  let score = 0;
  const db = dbOf(ks, ctx);
  if (!z) {
    if (xx) return incr ? R.nil() : R.int(0);
    z = { type: 'zset', value: new ZSet() };
    ks.addKey(db, key, z);
  }
  for (let j = 0; j < n; j++) {
    score = scores[j] ?? 0;
    const ele = argv[idx + 1 + j * 2] ?? '';
    const cur = z.value.score(ele);
    if (Number.isNaN(score)) return NANERR;
    if (cur !== undefined) {
      if (nx) continue;
      if (incr) {
        score += cur;
        if (Number.isNaN(score)) {
          if (added || updated) ks.signalModified(db, key);
          return NANERR;
        }
      }
      if ((lt && score >= cur) || (gt && score <= cur)) continue;
      if (score !== cur) {
        z.value.set(ele, score);
        updated++;
      }
      processed++;
    } else if (!xx) {
      z.value.set(ele, score);
      added++;
      processed++;
    }
  }
  ks.dirty += added + updated;
  if (added || updated) ks.signalModified(db, key);
  if (incr) return processed ? R.double(score) : R.nil();
  return R.int(ch ? added + updated : added);
}

const zadd: CommandHandler = (ks, ctx, argv) => zaddGeneric(ks, ctx, argv, false);
const zincrby: CommandHandler = (ks, ctx, argv) => zaddGeneric(ks, ctx, argv, true);

const zrem: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const z = lookupTyped(ks, ctx, key, 'zset');
  if (!z) return R.int(0);
  let n = 0;
  for (let i = 2; i < argv.length; i++) {
    if (z.value.delete(argv[i] ?? '')) n++;
    if (z.value.size === 0) break;
  }
  if (n) {
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, z.value.size);
    ks.dirty += n;
  }
  return R.int(n);
};

const zscore: CommandHandler = (ks, ctx, argv) => {
  const s = lookupTyped(ks, ctx, argv[1] ?? '', 'zset')?.value.score(argv[2] ?? '');
  return s === undefined ? R.nil() : R.double(s);
};

const zmscore: CommandHandler = (ks, ctx, argv) => {
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  const out: Reply[] = [];
  for (let i = 2; i < argv.length; i++) {
    const s = z?.value.score(argv[i] ?? '');
    out.push(s === undefined ? R.nil() : R.double(s));
  }
  return R.array(out);
};

const zcard: CommandHandler = (ks, ctx, argv) => R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'zset')?.value.size ?? 0);

function rankGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], rev: boolean): Reply {
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  if (!z) return R.nil();
  const r = z.value.rank(argv[2] ?? '');
  if (r === undefined) return R.nil();
  return R.int(rev ? z.value.size - 1 - r : r);
}
const zrank: CommandHandler = (ks, ctx, argv) => rankGeneric(ks, ctx, argv, false);
const zrevrank: CommandHandler = (ks, ctx, argv) => rankGeneric(ks, ctx, argv, true);

// ---------------------------------------------------------------- ranges

interface ScoreRange {
  min: number;
  max: number;
  minex: boolean;
  maxex: boolean;
}

/** zslParseRange: strtod on the text after an optional '(' ; only trailing junk and NaN are errors. */
function parseScoreBound(s: string): { v: number; ex: boolean } | null {
  const z = s.indexOf('\0');
  let t = z >= 0 ? s.slice(0, z) : s;
  let ex = false;
  if (t[0] === '(') {
    ex = true;
    t = t.slice(1);
  }
  const r = strtod(t);
  if (r.end !== t.length || Number.isNaN(r.value)) return null;
  return { v: r.value, ex };
}

function parseScoreRange(minS: string, maxS: string): ScoreRange {
  const a = parseScoreBound(minS);
  const b = parseScoreBound(maxS);
  if (!a || !b) fail(ERR.minMaxNotFloat);
  return { min: a.v, minex: a.ex, max: b.v, maxex: b.ex };
}

function gteMin(v: number, r: ScoreRange): boolean {
  return r.minex ? v > r.min : v >= r.min;
}
function lteMax(v: number, r: ScoreRange): boolean {
  return r.maxex ? v < r.max : v <= r.max;
}

/** A lex range item: '-' / '+' are the minimum / maximum strings. */
type LexItem = { kind: 'min' } | { kind: 'max' } | { kind: 'str'; s: string; ex: boolean };
interface LexRange {
  min: LexItem;
  max: LexItem;
}

function parseLexItem(s: string): LexItem | null {
  const c = s[0];
  if (c === '+') return s.length === 1 || s[1] === '\0' ? { kind: 'max' } : null;
  if (c === '-') return s.length === 1 || s[1] === '\0' ? { kind: 'min' } : null;
  if (c === '(') return { kind: 'str', s: s.slice(1), ex: true };
  if (c === '[') return { kind: 'str', s: s.slice(1), ex: false };
  return null;
}

function parseLexRange(minS: string, maxS: string): LexRange {
  const min = parseLexItem(minS);
  const max = parseLexItem(maxS);
  if (!min || !max) fail(ERR.minMaxNotLex);
  return { min, max };
}

/** sdscmplex: '-' is below every string, '+' above (two identical specials compare equal). */
function cmpItems(a: LexItem, b: LexItem): number {
  if (a.kind !== 'str' && a.kind === b.kind) return 0;
  if (a.kind === 'min' || b.kind === 'max') return -1;
  if (a.kind === 'max' || b.kind === 'min') return 1;
  if (a.kind !== 'str' || b.kind !== 'str') return 0;
  return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}
const exOf = (i: LexItem): boolean => i.kind !== 'str' || i.ex;
function lexGteMin(v: string, r: LexRange): boolean {
  const c = cmpItems({ kind: 'str', s: v, ex: false }, r.min);
  return exOf(r.min) ? c > 0 : c >= 0;
}
function lexLteMax(v: string, r: LexRange): boolean {
  const c = cmpItems({ kind: 'str', s: v, ex: false }, r.max);
  return exOf(r.max) ? c < 0 : c <= 0;
}
/** zslIsInLexRange's first test: an empty range. */
function lexRangeEmpty(r: LexRange): boolean {
  const cmp = cmpItems(r.min, r.max);
  return cmp > 0 || (cmp === 0 && (exOf(r.min) || exOf(r.max)));
}

type Entry = { member: string; score: number };

/** Emit a range result: RESP3 with scores = array of [member, double] pairs. */
function emitRange(ctx: CommandContext, entries: Entry[], withscores: boolean): Reply {
  const out: Reply[] = [];
  for (const e of entries) {
    if (withscores && ctx.protocol === 3) out.push(R.array([R.bulk(e.member), R.double(e.score)]));
    else {
      out.push(R.bulk(e.member));
      if (withscores) out.push(R.double(e.score));
    }
  }
  return R.array(out);
}

function rankRange(z: ZSet, start: number, end: number, rev: boolean): Entry[] {
  const llen = z.size;
  if (start < 0) start = llen + start;
  if (end < 0) end = llen + end;
  if (start < 0) start = 0;
  if (start > end || start >= llen) return [];
  if (end >= llen) end = llen - 1;
  if (!rev) return z.slice(start, end);
  return z.slice(llen - 1 - end, llen - 1 - start).reverse();
}

function scoreRange(z: ZSet, r: ScoreRange, offset: number, limit: number, rev: boolean): Entry[] {
  if (offset > 0 && offset >= z.size) return [];
  const all = z.all();
  const out: Entry[] = [];
  // Redis: the range is empty when min > max or equal with an exclusive end.
  if (r.min > r.max || (r.min === r.max && (r.minex || r.maxex))) return out;
  let i: number;
  if (!rev) {
    i = z.firstInScoreRange(r.min, r.minex);
    if (i >= all.length || !lteMax(all[i]?.score ?? 0, r)) return out;
  } else {
    i = z.endOfScoreRange(r.max, r.maxex) - 1;
    if (i < 0 || !gteMin(all[i]?.score ?? 0, r)) return out;
  }
  // `while (ln && offset--)`: a negative offset skips everything.
  if (offset < 0) return out;
  i += rev ? -offset : offset;
  let lim = limit;
  while (i >= 0 && i < all.length && lim !== 0) {
    const e = all[i];
    if (!e) break;
    if (rev ? !gteMin(e.score, r) : !lteMax(e.score, r)) break;
    out.push(e);
    i += rev ? -1 : 1;
    lim--;
  }
  return out;
}

function lexRange(z: ZSet, r: LexRange, offset: number, limit: number, rev: boolean): Entry[] {
  const out: Entry[] = [];
  if (lexRangeEmpty(r)) return out;
  if (offset > 0 && offset >= z.size) return out;
  const all = z.all();
  // zzlIsInLexRange: the last element must be >= min and the first <= max (observable when
  // members with different scores are not in lexicographic order).
  const head = all[0];
  const tail = all[all.length - 1];
  if (!head || !tail || !lexGteMin(tail.member, r) || !lexLteMax(head.member, r)) return out;
  let i: number;
  if (!rev) {
    i = all.findIndex((e) => lexGteMin(e.member, r));
    if (i < 0 || !lexLteMax(all[i]?.member ?? '', r)) return out;
  } else {
    i = -1;
    for (let k = all.length - 1; k >= 0; k--) {
      if (lexLteMax(all[k]?.member ?? '', r)) {
        i = k;
        break;
      }
    }
    if (i < 0 || !lexGteMin(all[i]?.member ?? '', r)) return out;
  }
  if (offset < 0) return out;
  i += rev ? -offset : offset;
  let lim = limit;
  while (i >= 0 && i < all.length && lim !== 0) {
    const e = all[i];
    if (!e) break;
    if (rev ? !lexGteMin(e.member, r) : !lexLteMax(e.member, r)) break;
    out.push(e);
    i += rev ? -1 : 1;
    lim--;
  }
  return out;
}

type RangeType = 'auto' | 'rank' | 'score' | 'lex';
type Direction = 'auto' | 'forward' | 'reverse';

/** zrangeGenericCommand. `store` = ZRANGESTORE destination key. */
function zrangeGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], argcStart: number, store: string | undefined, rangetypeIn: RangeType, directionIn: Direction): Reply {
  let rangetype = rangetypeIn;
  let direction = directionIn;
  const key = argv[argcStart] ?? '';
  let minidx = argcStart + 1;
  let maxidx = argcStart + 2;
  let withscores = false;
  let offset = 0;
  let limit = -1;
  for (let j = argcStart + 3; j < argv.length; j++) {
    const leftargs = argv.length - j - 1;
    const a = (argv[j] ?? '').toLowerCase();
    if (store === undefined && a === 'withscores') withscores = true;
    else if (a === 'limit' && leftargs >= 2) {
      offset = parseLong(argv[j + 1] ?? '');
      limit = parseLong(argv[j + 2] ?? '');
      j += 2;
    } else if (direction === 'auto' && a === 'rev') direction = 'reverse';
    else if (rangetype === 'auto' && a === 'bylex') rangetype = 'lex';
    else if (rangetype === 'auto' && a === 'byscore') rangetype = 'score';
    else return ERR.syntax;
  }
  if (direction === 'auto') direction = 'forward';
  if (rangetype === 'auto') rangetype = 'rank';
  if (limit !== -1 && rangetype === 'rank') return err('ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX');
  if (withscores && rangetype === 'lex') return err('ERR syntax error, WITHSCORES not supported in combination with BYLEX');
  const rev = direction === 'reverse';
  if (rev && (rangetype === 'score' || rangetype === 'lex')) [minidx, maxidx] = [maxidx, minidx];
  let start = 0, end = 0;
  let sr: ScoreRange | undefined;
  let lr: LexRange | undefined;
  if (rangetype === 'rank') {
    start = parseLong(argv[minidx] ?? '');
    end = parseLong(argv[maxidx] ?? '');
  } else if (rangetype === 'score') sr = parseScoreRange(argv[minidx] ?? '', argv[maxidx] ?? '');
  else lr = parseLexRange(argv[minidx] ?? '', argv[maxidx] ?? '');
  const z = lookup(ks, ctx, key);
  let result: Entry[];
  if (z === undefined) result = [];
  else {
    if (z.type !== 'zset') return ERR.wrongType;
    if (rangetype === 'rank') result = rankRange(z.value, start, end, rev);
    else if (sr) result = scoreRange(z.value, sr, offset, limit, rev);
    else if (lr) result = lexRange(z.value, lr, offset, limit, rev);
    else result = [];
  }
  if (store !== undefined) {
    const db = dbOf(ks, ctx);
    if (result.length === 0) {
      if (lookup(ks, ctx, store) !== undefined) {
        ks.deleteKey(db, store);
        ks.dirty++;
      }
      return R.int(0);
    }
    const nz = new ZSet();
    for (const e of result) nz.set(e.member, e.score);
    ks.setKey(db, store, { type: 'zset', value: nz });
    ks.dirty++;
    return R.int(nz.size);
  }
  return emitRange(ctx, result, withscores);
}

const zrange: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 1, undefined, 'auto', 'auto');
const zrangestore: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 2, argv[1] ?? '', 'auto', 'auto');
const zrevrange: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 1, undefined, 'rank', 'reverse');
const zrangebyscore: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 1, undefined, 'score', 'forward');
const zrevrangebyscore: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 1, undefined, 'score', 'reverse');
const zrangebylex: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 1, undefined, 'lex', 'forward');
const zrevrangebylex: CommandHandler = (ks, ctx, argv) => zrangeGeneric(ks, ctx, argv, 1, undefined, 'lex', 'reverse');

const zcount: CommandHandler = (ks, ctx, argv) => {
  const r = parseScoreRange(argv[2] ?? '', argv[3] ?? '');
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  if (!z) return R.int(0);
  return R.int(scoreRange(z.value, r, 0, -1, false).length);
};

const zlexcount: CommandHandler = (ks, ctx, argv) => {
  const r = parseLexRange(argv[2] ?? '', argv[3] ?? '');
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  if (!z) return R.int(0);
  return R.int(lexRange(z.value, r, 0, -1, false).length);
};

/** zremrangeGenericCommand. */
function zremrangeGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], type: 'rank' | 'score' | 'lex'): Reply {
  let start = 0, end = 0;
  let sr: ScoreRange | undefined;
  let lr: LexRange | undefined;
  if (type === 'rank') {
    start = parseLong(argv[2] ?? '');
    end = parseLong(argv[3] ?? '');
  } else if (type === 'score') sr = parseScoreRange(argv[2] ?? '', argv[3] ?? '');
  else lr = parseLexRange(argv[2] ?? '', argv[3] ?? '');
  const key = argv[1] ?? '';
  const z = lookupTyped(ks, ctx, key, 'zset');
  if (!z) return R.int(0);
  let victims: Entry[];
  if (type === 'rank') victims = rankRange(z.value, start, end, false);
  else if (sr) victims = scoreRange(z.value, sr, 0, -1, false);
  else if (lr) victims = lexRange(z.value, lr, 0, -1, false);
  else victims = [];
  for (const e of [...victims]) z.value.delete(e.member);
  if (victims.length) {
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, z.value.size);
    ks.dirty += victims.length;
  }
  return R.int(victims.length);
}

const zremrangebyrank: CommandHandler = (ks, ctx, argv) => zremrangeGeneric(ks, ctx, argv, 'rank');
const zremrangebyscore: CommandHandler = (ks, ctx, argv) => zremrangeGeneric(ks, ctx, argv, 'score');
const zremrangebylex: CommandHandler = (ks, ctx, argv) => zremrangeGeneric(ks, ctx, argv, 'lex');

/** zpopMinMaxCommand → genericZpopCommand. */
function zpop(ks: Keyspace, ctx: CommandContext, argv: string[], max: boolean): Reply {
  if (argv.length > 3) return ERR.syntax;
  const count = argv.length === 3 ? parsePositiveLong(argv[2] ?? '') : -1;
  const nested = ctx.protocol === 3 && count !== -1;
  const key = argv[1] ?? '';
  const z = lookupTyped(ks, ctx, key, 'zset');
  if (!z) return R.array([]);
  if (count === 0) return R.array([]);
  const n = Math.min(count === -1 ? 1 : count, z.value.size);
  const out: Reply[] = [];
  for (let i = 0; i < n; i++) {
    const e = z.value.at(max ? z.value.size - 1 : 0);
    if (!e) break;
    z.value.delete(e.member);
    if (nested) out.push(R.array([R.bulk(e.member), R.double(e.score)]));
    else out.push(R.bulk(e.member), R.double(e.score));
  }
  ks.signalModified(dbOf(ks, ctx), key);
  deleteIfEmpty(ks, ctx, key, z.value.size);
  ks.dirty += n;
  return R.array(out);
}

const zpopmin: CommandHandler = (ks, ctx, argv) => zpop(ks, ctx, argv, false);
const zpopmax: CommandHandler = (ks, ctx, argv) => zpop(ks, ctx, argv, true);

// ---------------------------------------------------------------- union / inter / diff

type SetOp = 'union' | 'inter' | 'diff';

interface Src {
  entries: Entry[];
  scores: Map<string, number>;
  weight: number;
}

function srcOf(v: RZSet | RSet | undefined): Src {
  if (!v) return { entries: [], scores: new Map(), weight: 1 };
  if (v.type === 'zset') return { entries: [...v.value.all()], scores: v.value.scores, weight: 1 };
  const entries = setMembers(v).map((m) => ({ member: m, score: 1 }));
  return { entries, scores: new Map(entries.map((e) => [e.member, 1])), weight: 1 };
}

function aggregateScores(agg: string, a: number, b: number): number {
  if (agg === 'sum') {
    const s = a + b;
    return Number.isNaN(s) ? 0 : s;
  }
  if (agg === 'min') return a < b ? a : b;
  return a > b ? a : b;
}

/** zunionInterDiffGenericCommand. dstkey undefined = ZUNION/ZINTER/ZDIFF reply form. */
function zsetOp(ks: Keyspace, ctx: CommandContext, argv: string[], numkeysIndex: number, dstkey: string | undefined, op: SetOp, cmdName: string): Reply {
  const setnum = parseLong(argv[numkeysIndex] ?? '');
  if (setnum < 1) return err(`ERR at least 1 input key is needed for '${cmdName}' command`);
  if (setnum > argv.length - (numkeysIndex + 1)) return ERR.syntax;
  const srcs: Src[] = [];
  let j = numkeysIndex + 1;
  for (let i = 0; i < setnum; i++, j++) {
    const v = lookup(ks, ctx, argv[j] ?? '');
    if (v !== undefined && v.type !== 'zset' && v.type !== 'set') return ERR.wrongType;
    srcs.push(srcOf(v as RZSet | RSet | undefined));
  }
  let agg = 'sum';
  let withscores = false;
  let remaining = argv.length - j;
  while (remaining) {
    const a = (argv[j] ?? '').toLowerCase();
    if (op !== 'diff' && remaining >= setnum + 1 && a === 'weights') {
      j++;
      remaining--;
      for (let i = 0; i < setnum; i++, j++, remaining--) {
        const w = parseRedisDouble(argv[j] ?? '');
        if (w === null) return err('ERR weight value is not a float');
        const s = srcs[i];
        if (s) s.weight = w;
      }
    } else if (op !== 'diff' && remaining >= 2 && a === 'aggregate') {
      j++;
      remaining--;
      const g = (argv[j] ?? '').toLowerCase();
      if (g !== 'sum' && g !== 'min' && g !== 'max') return ERR.syntax;
      agg = g;
      j++;
      remaining--;
    } else if (remaining >= 1 && dstkey === undefined && a === 'withscores') {
      j++;
      remaining--;
      withscores = true;
    } else return ERR.syntax;
  }
  // Sources sorted by cardinality (stable), except DIFF whose first set stays first.
  const sorted = op === 'diff' ? srcs : [...srcs].sort((x, y) => x.entries.length - y.entries.length);
  const result = new ZSet();
  const weighted = (s: Src, v: number): number => {
    const r = s.weight * v;
    return Number.isNaN(r) ? 0 : r;
  };
  if (op === 'inter') {
    const first = sorted[0];
    if (first && first.entries.length) {
      for (const e of first.entries) {
        let score = weighted(first, e.score);
        let ok = true;
        for (let k = 1; k < sorted.length; k++) {
          const o = sorted[k];
          const v = o?.scores.get(e.member);
          if (!o || v === undefined) {
            ok = false;
            break;
          }
          score = aggregateScores(agg, score, weighted(o, v));
        }
        if (ok) result.set(e.member, score);
      }
    }
  } else if (op === 'union') {
    const acc = new Map<string, number>();
    for (const s of sorted) {
      for (const e of s.entries) {
        const score = weighted(s, e.score);
        const cur = acc.get(e.member);
        acc.set(e.member, cur === undefined ? score : aggregateScores(agg, cur, score));
      }
    }
    for (const [m, s] of acc) result.set(m, s);
  } else {
    const first = sorted[0];
    if (first) {
      for (const e of first.entries) {
        if (sorted.slice(1).some((s) => s.scores.has(e.member))) continue;
        result.set(e.member, e.score);
      }
    }
  }
  if (dstkey !== undefined) {
    const db = dbOf(ks, ctx);
    if (result.size) {
      ks.setKey(db, dstkey, { type: 'zset', value: result });
      ks.dirty++;
      return R.int(result.size);
    }
    if (lookup(ks, ctx, dstkey) !== undefined) {
      ks.deleteKey(db, dstkey);
      ks.dirty++;
    }
    return R.int(0);
  }
  return emitRange(ctx, [...result.all()], withscores);
}

const zunionstore: CommandHandler = (ks, ctx, argv) => zsetOp(ks, ctx, argv, 2, argv[1] ?? '', 'union', 'zunionstore');
const zinterstore: CommandHandler = (ks, ctx, argv) => zsetOp(ks, ctx, argv, 2, argv[1] ?? '', 'inter', 'zinterstore');
const zdiffstore: CommandHandler = (ks, ctx, argv) => zsetOp(ks, ctx, argv, 2, argv[1] ?? '', 'diff', 'zdiffstore');
const zunion: CommandHandler = (ks, ctx, argv) => zsetOp(ks, ctx, argv, 1, undefined, 'union', 'zunion');
const zinter: CommandHandler = (ks, ctx, argv) => zsetOp(ks, ctx, argv, 1, undefined, 'inter', 'zinter');
const zdiff: CommandHandler = (ks, ctx, argv) => zsetOp(ks, ctx, argv, 1, undefined, 'diff', 'zdiff');

const zscan: CommandHandler = (ks, ctx, argv) => {
  const cursor = parseCursor(argv[2] ?? '');
  const opts = parseScanOptions(argv, 3, false);
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  if (!z) return emptyScan;
  return scanStep([...z.value.all()], cursor, opts, z.value.listpack, (e) => e.member, (e, out) => out.push(e.member, ZSet.scoreText(e.score)));
};

const zrandmember: CommandHandler = (ks, ctx, argv) => {
  if (argv.length > 4) return ERR.syntax;
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  if (argv.length === 2) {
    if (!z) return R.nil();
    const all = z.value.all();
    return R.bulk(all[Math.floor(Math.random() * all.length)]?.member ?? '');
  }
  const count = parseLong(argv[2] ?? '');
  let withscores = false;
  if (argv.length === 4) {
    if ((argv[3] ?? '').toLowerCase() !== 'withscores') return ERR.syntax;
    withscores = true;
  }
  if (!z || count === 0) return R.array([]);
  const all = [...z.value.all()];
  let picked: Entry[];
  if (count < 0) {
    picked = [];
    for (let i = 0; i < -count; i++) picked.push(all[Math.floor(Math.random() * all.length)] ?? { member: '', score: 0 });
  } else if (count >= all.length) picked = all.reverse(); // Redis 7.0 replies the whole set from the end
  else {
    picked = [];
    for (let i = 0; i < count; i++) picked.push(all.splice(Math.floor(Math.random() * all.length), 1)[0] ?? { member: '', score: 0 });
  }
  return emitRange(ctx, picked, withscores);
};

/** ZMPOP numkeys key... MIN|MAX [COUNT n] (non-blocking): [key, [[member, score]...]]. */
const zmpop: CommandHandler = (ks, ctx, argv) => {
  const n = parseRangeLong(argv[1] ?? '', 1n, 9223372036854775807n, 'numkeys should be greater than 0');
  const whereIdx = 2 + n;
  if (whereIdx >= argv.length) return ERR.syntax;
  const w = (argv[whereIdx] ?? '').toLowerCase();
  if (w !== 'min' && w !== 'max') return ERR.syntax;
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
    const z = lookupTyped(ks, ctx, key, 'zset');
    if (!z) continue;
    const k = Math.min(count, z.value.size);
    const out: Reply[] = [];
    for (let x = 0; x < k; x++) {
      const e = z.value.at(w === 'max' ? z.value.size - 1 : 0);
      if (!e) break;
      z.value.delete(e.member);
      out.push(R.array([R.bulk(e.member), R.double(e.score)]));
    }
    ks.signalModified(dbOf(ks, ctx), key);
    deleteIfEmpty(ks, ctx, key, z.value.size);
    ks.dirty += k;
    return R.array([R.bulk(key), R.array(out)]);
  }
  return R.nilArray();
};

/** ZINTERCARD numkeys key... [LIMIT n]. */
const zintercard: CommandHandler = (ks, ctx, argv) => {
  // zunionInterDiffGenericCommand's numkeys checks
  const n = parseLong(argv[1] ?? '');
  if (n < 1) return err("ERR at least 1 input key is needed for 'zintercard' command");
  if (n > argv.length - 2) return ERR.syntax;
  let limit = 0;
  for (let j = 2 + n; j < argv.length; j++) {
    const a = (argv[j] ?? '').toLowerCase();
    if (a === 'limit' && j + 1 < argv.length) {
      limit = parsePositiveLong(argv[j + 1] ?? '', "LIMIT can't be negative");
      j++;
    } else return ERR.syntax;
  }
  const srcs: Src[] = [];
  for (let i = 0; i < n; i++) {
    const v = lookup(ks, ctx, argv[2 + i] ?? '');
    if (v !== undefined && v.type !== 'zset' && v.type !== 'set') return ERR.wrongType;
    srcs.push(srcOf(v as RZSet | RSet | undefined));
  }
  const sorted = [...srcs].sort((x, y) => x.entries.length - y.entries.length);
  const first = sorted[0];
  let card = 0;
  for (const e of first?.entries ?? []) {
    if (sorted.every((s) => s.scores.has(e.member))) {
      card++;
      if (limit && card >= limit) break;
    }
  }
  return R.int(card);
};


export const zsetCommands: Record<string, CommandHandler> = {
  zadd, zincrby, zrem, zscore, zmscore, zcard, zrank, zrevrank, zrange, zrangestore, zrevrange, zrangebyscore,
  zrevrangebyscore, zrangebylex, zrevrangebylex, zcount, zlexcount, zremrangebyrank, zremrangebyscore, zremrangebylex,
  zpopmin, zpopmax, zmpop, zintercard, zunionstore, zinterstore, zdiffstore, zunion, zinter, zdiff, zscan, zrandmember,
};
