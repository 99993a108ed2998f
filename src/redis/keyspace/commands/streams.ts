/**
 * Streams without consumer groups (Redis 7.0 t_stream.c): XADD XLEN XRANGE
 * XREVRANGE XDEL XTRIM XREAD. IDs are two unsigned 64-bit numbers (bigint).
 *
 * Approximate trimming (`~`) removes whole nodes only; redlua models nodes as
 * runs of stream-node-max-entries (100) entries from the head, which is what
 * Redis has for streams filled by XADD of small entries.
 */
import { R, type Reply } from '../../reply.js';
import { ERR, arityError, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, fail, lookup, lookupTyped, parseLL } from '../context.js';
import type { Keyspace, RStream, StreamEntry, StreamId } from '../keyspace.js';
import { string2ll } from '../numbers.js';

const UINT64_MAX = 18446744073709551615n;
const NODE_MAX_ENTRIES = 100;
const INVALID_ID = err('ERR Invalid stream ID specified as stream command argument');

/** string2ull: string2ll (non-negative) or strtoull (spaces, sign, up to 2^64-1). */
function string2ull(s: string): bigint | null {
  const ll = string2ll(s);
  if (ll !== null) return ll < 0n ? null : ll;
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(s);
  if (!m) return null;
  let v = BigInt(m[2] ?? '0');
  if (v > UINT64_MAX) return null;
  if (m[1] === '-') v = (UINT64_MAX + 1n - v) % (UINT64_MAX + 1n);
  return v;
}

/** streamGenericParseIDOrReply. `seqGiven` receives false for the `ms-*` form (allowed only when asked). */
function parseId(s: string, missingSeq: bigint, strict: boolean, allowSeqStar = false): { id: StreamId; seqGiven: boolean } {
  const z = s.indexOf('\0');
  const buf = z >= 0 ? s.slice(0, z) : s;
  if (s.length > 127) fail(INVALID_ID);
  if (strict && (buf === '-' || buf === '+')) fail(INVALID_ID);
  if (buf === '-') return { id: { ms: 0n, seq: 0n }, seqGiven: true };
  if (buf === '+') return { id: { ms: UINT64_MAX, seq: UINT64_MAX }, seqGiven: true };
  const dash = buf.indexOf('-');
  const msPart = dash >= 0 ? buf.slice(0, dash) : buf;
  const ms = string2ull(msPart);
  if (ms === null) fail(INVALID_ID);
  if (dash < 0) return { id: { ms, seq: missingSeq }, seqGiven: true };
  const seqPart = buf.slice(dash + 1);
  if (allowSeqStar && seqPart === '*') return { id: { ms, seq: 0n }, seqGiven: false };
  const seq = string2ull(seqPart);
  if (seq === null) fail(INVALID_ID);
  return { id: { ms, seq }, seqGiven: true };
}

/** A stream ID argument (strict: `-` and `+` refused), or the "Invalid stream ID" error. */
export function parseStreamId(s: string, missingSeq: bigint, strict: boolean): StreamId {
  return parseId(s, missingSeq, strict).id;
}

export function cmpId(a: StreamId, b: StreamId): number {
  if (a.ms !== b.ms) return a.ms < b.ms ? -1 : 1;
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1;
  return 0;
}

export const idText = (id: StreamId): string => `${id.ms}-${id.seq}`;

function incrId(id: StreamId): StreamId | null {
  if (id.seq === UINT64_MAX) {
    if (id.ms === UINT64_MAX) return null;
    return { ms: id.ms + 1n, seq: 0n };
  }
  return { ms: id.ms, seq: id.seq + 1n };
}

function decrId(id: StreamId): StreamId | null {
  if (id.seq === 0n) {
    if (id.ms === 0n) return null;
    return { ms: id.ms - 1n, seq: UINT64_MAX };
  }
  return { ms: id.ms, seq: id.seq - 1n };
}

function entryReply(e: StreamEntry): Reply {
  return R.array([R.bulk(idText(e.id)), R.bulkArray(e.fields)]);
}

interface TrimArgs {
  strategy: 'none' | 'maxlen' | 'minid';
  maxlen: bigint;
  minid: StreamId;
  approx: boolean;
  limit: bigint;
  noMkstream: boolean;
  id: StreamId | null;
  seqGiven: boolean;
}

/** streamParseAddOrTrimArgsOrReply: returns the options and the index of the ID (XADD) or the end. */
function parseAddOrTrim(argv: string[], xadd: boolean): { args: TrimArgs; idpos: number } {
  const args: TrimArgs = { strategy: 'none', maxlen: -1n, minid: { ms: 0n, seq: 0n }, approx: false, limit: -1n, noMkstream: false, id: null, seqGiven: true };
  let limitGiven = false;
  let i = 2;
  for (; i < argv.length; i++) {
    const moreargs = argv.length - 1 - i;
    const opt = argv[i] ?? '';
    const lo = opt.toLowerCase();
    if (xadd && opt === '*') break;
    else if (lo === 'maxlen' && moreargs) {
      if (args.strategy !== 'none') fail(err('ERR syntax error, MAXLEN and MINID options at the same time are not compatible'));
      args.approx = false;
      const next = argv[i + 1];
      if (moreargs >= 2 && next === '~') {
        args.approx = true;
        i++;
      } else if (moreargs >= 2 && next === '=') i++;
      args.maxlen = parseLL(argv[i + 1] ?? '');
      if (args.maxlen < 0n) fail(err('ERR The MAXLEN argument must be >= 0.'));
      i++;
      args.strategy = 'maxlen';
    } else if (lo === 'minid' && moreargs) {
      if (args.strategy !== 'none') fail(err('ERR syntax error, MAXLEN and MINID options at the same time are not compatible'));
      args.approx = false;
      const next = argv[i + 1];
      if (moreargs >= 2 && next === '~') {
        args.approx = true;
        i++;
      } else if (moreargs >= 2 && next === '=') i++;
      args.minid = parseId(argv[i + 1] ?? '', 0n, true).id;
      i++;
      args.strategy = 'minid';
    } else if (lo === 'limit' && moreargs) {
      args.limit = parseLL(argv[i + 1] ?? '');
      if (args.limit < 0n) fail(err('ERR The LIMIT argument must be >= 0.'));
      limitGiven = true;
      i++;
    } else if (xadd && lo === 'nomkstream') {
      args.noMkstream = true;
    } else if (xadd) {
      const p = parseId(opt, 0n, true, true);
      args.id = p.id;
      args.seqGiven = p.seqGiven;
      break;
    } else fail(ERR.syntax);
  }
  if (limitGiven && args.strategy === 'none') fail(err('ERR syntax error, LIMIT cannot be used without specifying a trimming strategy'));
  if (!xadd && args.strategy === 'none') fail(err('ERR syntax error, XTRIM must be called with a trimming strategy'));
  if (limitGiven) {
    if (!args.approx) fail(err('ERR syntax error, LIMIT cannot be used without the special ~ option'));
  } else args.limit = args.approx ? 10000n : 0n;
  return { args, idpos: i };
}

/** streamTrim: exact trimming removes entries; approximate only whole nodes, at most LIMIT entries. */
function trim(s: RStream, a: TrimArgs): number {
  const keep = (i: number): boolean => {
    const e = s.entries[i];
    if (!e) return true;
    if (a.strategy === 'maxlen') return BigInt(s.entries.length - i) <= a.maxlen;
    return cmpId(e.id, a.minid) >= 0;
  };
  let n = 0;
  if (!a.approx) {
    while (n < s.entries.length && !keep(n)) n++;
  } else {
    for (;;) {
      const node = Math.min(NODE_MAX_ENTRIES, s.entries.length - n);
      if (node <= 0) break;
      if (a.limit && BigInt(n + node) > a.limit) break;
      // the whole node must be removable
      if (a.strategy === 'maxlen') {
        if (BigInt(s.entries.length - n - node) < a.maxlen) break;
      } else if (!(node > 0 && !keep(n + node - 1))) break;
      n += node;
    }
  }
  if (n) s.entries.splice(0, n);
  return n;
}

function nextAutoId(last: StreamId, now: number): StreamId {
  const ms = BigInt(now);
  if (ms > last.ms) return { ms, seq: 0n };
  return incrId(last) ?? last;
}

const xadd: CommandHandler = (ks, ctx, argv) => {
  const { args, idpos } = parseAddOrTrim(argv, true);
  const fieldPos = idpos + 1;
  if (argv.length - fieldPos < 2 || (argv.length - fieldPos) % 2 === 1) return arityError('xadd');
  if (args.id && args.seqGiven && args.id.ms === 0n && args.id.seq === 0n) return err('ERR The ID specified in XADD must be greater than 0-0');
  const key = argv[1] ?? '';
  let s = lookupTyped(ks, ctx, key, 'stream');
  const db = dbOf(ks, ctx);
  if (!s) {
    if (args.noMkstream) return R.nil();
    s = { type: 'stream', entries: [], lastId: { ms: 0n, seq: 0n } };
    ks.addKey(db, key, s);
  }
  if (s.lastId.ms === UINT64_MAX && s.lastId.seq === UINT64_MAX) return err('ERR The stream has exhausted the last possible ID, unable to add more items');
  let id: StreamId;
  const smaller = err('ERR The ID specified in XADD is equal or smaller than the target stream top item');
  if (args.id) {
    if (args.seqGiven) id = args.id;
    else if (s.lastId.ms === args.id.ms) {
      if (s.lastId.seq === UINT64_MAX) return smaller;
      id = { ms: s.lastId.ms, seq: s.lastId.seq + 1n };
    } else id = args.id;
  } else id = nextAutoId(s.lastId, ks.clock.now());
  if (cmpId(id, s.lastId) <= 0) return smaller;
  s.entries.push({ id, fields: argv.slice(fieldPos) });
  s.lastId = id;
  ks.signalModified(db, key);
  ks.dirty++;
  if (args.strategy !== 'none') trim(s, args);
  return R.bulk(idText(id));
};

const xlen: CommandHandler = (ks, ctx, argv) => R.int(lookupTyped(ks, ctx, argv[1] ?? '', 'stream')?.entries.length ?? 0);

/** xrangeGenericCommand. */
function xrangeGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], rev: boolean): Reply {
  const startArg = rev ? argv[3] ?? '' : argv[2] ?? '';
  const endArg = rev ? argv[2] ?? '' : argv[3] ?? '';
  const interval = (s: string, missing: bigint): { id: StreamId; ex: boolean } => {
    const ex = s.length > 1 && s[0] === '(';
    return { id: parseId(ex ? s.slice(1) : s, missing, ex).id, ex };
  };
  const st = interval(startArg, 0n);
  let start: StreamId | null = st.id;
  if (st.ex) {
    start = incrId(st.id);
    if (!start) return err('ERR invalid start ID for the interval');
  }
  const en = interval(endArg, UINT64_MAX);
  let end: StreamId | null = en.id;
  if (en.ex) {
    end = decrId(en.id);
    if (!end) return err('ERR invalid end ID for the interval');
  }
  let count = -1n;
  for (let j = 4; j < argv.length; j++) {
    if ((argv[j] ?? '').toLowerCase() === 'count' && argv.length - j - 1 >= 1) {
      count = parseLL(argv[j + 1] ?? '');
      if (count < 0n) count = 0n;
      j++;
    } else return ERR.syntax;
  }
  const s = lookupTyped(ks, ctx, argv[1] ?? '', 'stream');
  if (!s) return R.array([]);
  if (count === 0n) return R.nilArray();
  const out: Reply[] = [];
  const list = rev ? [...s.entries].reverse() : s.entries;
  for (const e of list) {
    if (cmpId(e.id, start) < 0 || cmpId(e.id, end) > 0) continue;
    out.push(entryReply(e));
    if (count > 0n && BigInt(out.length) >= count) break;
  }
  return R.array(out);
}

const xrange: CommandHandler = (ks, ctx, argv) => xrangeGeneric(ks, ctx, argv, false);
const xrevrange: CommandHandler = (ks, ctx, argv) => xrangeGeneric(ks, ctx, argv, true);

const xdel: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const s = lookupTyped(ks, ctx, key, 'stream');
  if (!s) return R.int(0);
  const ids = argv.slice(2).map((a) => parseId(a, 0n, true).id);
  let n = 0;
  for (const id of ids) {
    const i = s.entries.findIndex((e) => cmpId(e.id, id) === 0);
    if (i >= 0) {
      s.entries.splice(i, 1);
      n++;
    }
  }
  if (n) {
    ks.signalModified(dbOf(ks, ctx), key);
    ks.dirty += n;
  }
  return R.int(n);
};

const xtrim: CommandHandler = (ks, ctx, argv) => {
  const { args } = parseAddOrTrim(argv, false);
  const key = argv[1] ?? '';
  const s = lookupTyped(ks, ctx, key, 'stream');
  if (!s) return R.int(0);
  const n = trim(s, args);
  if (n) {
    ks.signalModified(dbOf(ks, ctx), key);
    ks.dirty += n;
  }
  return R.int(n);
};

/** XREAD [COUNT n] [BLOCK ms] STREAMS key... id... (no consumer groups; BLOCK does not wait here). */
const xread: CommandHandler = (ks, ctx, argv) => {
  let streamsArg = 0;
  let count = 0n;
  for (let i = 1; i < argv.length; i++) {
    const moreargs = argv.length - i - 1;
    const o = (argv[i] ?? '').toLowerCase();
    if (o === 'block' && moreargs) {
      if (ctx.inScript) return err(`ERR ${argv[0] ?? ''} command is not allowed with BLOCK option from scripts`);
      i++;
      const t = parseLL(argv[i] ?? '', err('ERR timeout is not an integer or out of range'));
      if (t < 0n) return err('ERR timeout is negative');
    } else if (o === 'count' && moreargs) {
      i++;
      count = parseLL(argv[i] ?? '');
      if (count < 0n) count = 0n;
    } else if (o === 'streams' && moreargs) {
      streamsArg = i + 1;
      if ((argv.length - streamsArg) % 2 !== 0) {
        return err("ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.");
      }
      break;
    } else return ERR.syntax;
  }
  if (streamsArg === 0) return ERR.syntax;
  const n = (argv.length - streamsArg) / 2;
  const ids: StreamId[] = [];
  for (let i = 0; i < n; i++) {
    const s = lookupTyped(ks, ctx, argv[streamsArg + i] ?? '', 'stream');
    const arg = argv[streamsArg + n + i] ?? '';
    if (arg === '$') {
      ids.push(s ? s.lastId : { ms: 0n, seq: 0n });
      continue;
    }
    if (arg === '>') return err('ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.');
    ids.push(parseId(arg, 0n, true).id);
  }
  const served: Array<[Reply, Reply]> = [];
  for (let i = 0; i < n; i++) {
    const key = argv[streamsArg + i] ?? '';
    const s = lookup(ks, ctx, key) as RStream | undefined;
    const gt = ids[i];
    if (!s || !gt || s.entries.length === 0) continue;
    const last = s.entries[s.entries.length - 1];
    if (!last || cmpId(last.id, gt) <= 0) continue;
    const out: Reply[] = [];
    for (const e of s.entries) {
      if (cmpId(e.id, gt) <= 0) continue;
      out.push(entryReply(e));
      if (count > 0n && BigInt(out.length) >= count) break;
    }
    served.push([R.bulk(key), R.array(out)]);
  }
  if (served.length === 0) return R.nilArray();
  if (ctx.protocol === 3) return R.map(served);
  return R.array(served.map(([k, v]) => R.array([k, v])));
};

export const streamCommands: Record<string, CommandHandler> = { xadd, xlen, xrange, xrevrange, xdel, xtrim, xread };
