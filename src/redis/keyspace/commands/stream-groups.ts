/**
 * Stream consumer groups (Redis 7.0 t_stream.c): XGROUP CREATE/SETID/DESTROY/
 * CREATECONSUMER/DELCONSUMER, XREADGROUP (without waiting on BLOCK), XACK,
 * XPENDING. Pending entries lists are kept ordered by ID like Redis's radix
 * trees; consumers are listed in name (byte) order.
 */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandHandler, dbOf, lookup, lookupTyped, parseLL } from '../context.js';
import type { RStream, StreamConsumer, StreamGroup, StreamId } from '../keyspace.js';
import { cmpId, idText, parseStreamId } from './streams.js';

const subSyntax = (sub: string): Reply => err(`ERR unknown subcommand or wrong number of arguments for '${sub.slice(0, 128)}'. Try XGROUP HELP.`);

function idOfText(t: string): StreamId {
  const [ms, seq] = t.split('-');
  return { ms: BigInt(ms ?? '0'), seq: BigInt(seq ?? '0') };
}

const sortedIds = (ids: Iterable<string>): string[] => [...ids].sort((a, b) => cmpId(idOfText(a), idOfText(b)));

function consumerOf(g: StreamGroup, name: string, now: number): StreamConsumer {
  let c = g.consumers.get(name);
  if (!c) {
    c = { name, seenTime: now, pel: new Set() };
    g.consumers.set(name, c);
  }
  return c;
}

const xgroup: CommandHandler = (ks, ctx, argv) => {
  const sub = argv[1] ?? '';
  const opt = sub.toLowerCase();
  let mkstream = false;
  let entriesRead = -1n;
  if (opt === 'create' || opt === 'setid') {
    for (let i = 5; i < argv.length; ) {
      const a = (argv[i] ?? '').toLowerCase();
      if (opt === 'create' && a === 'mkstream') {
        mkstream = true;
        i++;
      } else if (a === 'entriesread' && i + 1 < argv.length) {
        entriesRead = parseLL(argv[i + 1] ?? '');
        if (entriesRead < 0n && entriesRead !== -1n) return err('ERR value for ENTRIESREAD must be positive or -1');
        i += 2;
      } else return subSyntax(sub);
    }
  }
  const key = argv[2] ?? '';
  const s = lookupTyped(ks, ctx, key, 'stream');
  if (!s && !(opt === 'create' && mkstream)) {
    return err('ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.');
  }
  const gname = argv[3] ?? '';
  const g = s?.groups?.get(gname);
  if (!g && (opt === 'setid' || opt === 'createconsumer' || opt === 'delconsumer')) {
    return err(`NOGROUP No such consumer group '${gname}' for key name '${key}'`);
  }
  const now = ks.clock.now();
  const db = dbOf(ks, ctx);
  if (opt === 'create' && argv.length >= 5 && argv.length <= 8) {
    const id = argv[4] === '$' ? (s ? s.lastId : { ms: 0n, seq: 0n }) : parseStreamId(argv[4] ?? '', 0n, true);
    let st = s;
    if (!st) {
      st = { type: 'stream', entries: [], lastId: { ms: 0n, seq: 0n } };
      ks.addKey(db, key, st);
    }
    st.groups ??= new Map();
    if (st.groups.has(gname)) return err('BUSYGROUP Consumer Group name already exists');
    st.groups.set(gname, { lastId: { ...id }, entriesRead, pel: new Map(), consumers: new Map() });
    ks.dirty++;
    return R.ok();
  }
  if (opt === 'setid' && (argv.length === 5 || argv.length === 7) && s && g) {
    const id = argv[4] === '$' ? s.lastId : parseStreamId(argv[4] ?? '', 0n, false);
    g.lastId = { ...id };
    g.entriesRead = entriesRead;
    ks.dirty++;
    return R.ok();
  }
  if (opt === 'destroy' && argv.length === 4) {
    if (!g || !s?.groups) return R.int(0);
    s.groups.delete(gname);
    ks.dirty++;
    return R.int(1);
  }
  if (opt === 'createconsumer' && argv.length === 5 && g) {
    if (g.consumers.has(argv[4] ?? '')) return R.int(0);
    consumerOf(g, argv[4] ?? '', now);
    ks.dirty++;
    return R.int(1);
  }
  if (opt === 'delconsumer' && argv.length === 5 && g) {
    const c = g.consumers.get(argv[4] ?? '');
    if (!c) return R.int(0);
    const pending = c.pel.size;
    for (const id of c.pel) g.pel.delete(id);
    g.consumers.delete(c.name);
    ks.dirty++;
    return R.int(pending);
  }
  return subSyntax(sub);
};

const xreadgroup: CommandHandler = (ks, ctx, argv) => {
  let streamsArg = 0;
  let count = 0n;
  let noack = false;
  let group: string | null = null;
  let consumer = '';
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
        return err("ERR Unbalanced XREADGROUP list of streams: for each stream key an ID or '>' must be specified.");
      }
      break;
    } else if (o === 'group' && moreargs >= 2) {
      group = argv[i + 1] ?? '';
      consumer = argv[i + 2] ?? '';
      i += 2;
    } else if (o === 'noack') noack = true;
    else return ERR.syntax;
  }
  if (streamsArg === 0) return ERR.syntax;
  if (group === null) return err('ERR Missing GROUP option for XREADGROUP');
  const n = (argv.length - streamsArg) / 2;
  const targets: Array<{ key: string; s: RStream; g: StreamGroup; id: StreamId | null }> = [];
  for (let i = 0; i < n; i++) {
    const key = argv[streamsArg + i] ?? '';
    const v = lookup(ks, ctx, key);
    if (v !== undefined && v.type !== 'stream') return ERR.wrongType;
    const g = v?.groups?.get(group);
    if (!v || !g) return err(`NOGROUP No such key '${key}' or consumer group '${group}' in XREADGROUP with GROUP option`);
    const arg = argv[streamsArg + n + i] ?? '';
    if (arg === '$') {
      return err('ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.');
    }
    targets.push({ key, s: v, g, id: arg === '>' ? null : parseStreamId(arg, 0n, true) });
  }
  const now = ks.clock.now();
  const served: Array<[Reply, Reply]> = [];
  const db = dbOf(ks, ctx);
  for (const t of targets) {
    const out: Reply[] = [];
    if (t.id === null) {
      const last = t.s.entries[t.s.entries.length - 1];
      if (!last || cmpId(last.id, t.g.lastId) <= 0) continue;
      const c = consumerOf(t.g, consumer, now);
      c.seenTime = now;
      for (const e of t.s.entries) {
        if (cmpId(e.id, t.g.lastId) <= 0) continue;
        out.push(R.array([R.bulk(idText(e.id)), R.bulkArray(e.fields)]));
        t.g.lastId = e.id;
        if (t.g.entriesRead >= 0n) t.g.entriesRead++;
        if (!noack) {
          const k = idText(e.id);
          const old = t.g.pel.get(k);
          if (old) t.g.consumers.get(old.consumer)?.pel.delete(k);
          t.g.pel.set(k, { id: e.id, consumer, deliveryTime: now, deliveryCount: 1 });
          c.pel.add(k);
        }
        if (count > 0n && BigInt(out.length) >= count) break;
      }
      ks.signalModified(db, t.key);
      ks.dirty++;
    } else {
      // history: this consumer's pending entries after the given ID
      const c = consumerOf(t.g, consumer, now);
      c.seenTime = now;
      for (const k of sortedIds(c.pel)) {
        const id = idOfText(k);
        if (cmpId(id, t.id) <= 0) continue;
        const e = t.s.entries.find((x) => cmpId(x.id, id) === 0);
        if (!e) out.push(R.array([R.bulk(k), R.nilArray()]));
        else {
          out.push(R.array([R.bulk(k), R.bulkArray(e.fields)]));
          const nack = t.g.pel.get(k);
          if (nack) {
            nack.deliveryTime = now;
            nack.deliveryCount++;
          }
        }
        if (count > 0n && BigInt(out.length) >= count) break;
      }
    }
    served.push([R.bulk(t.key), R.array(out)]);
  }
  if (served.length === 0) return R.nilArray();
  if (ctx.protocol === 3) return R.map(served);
  return R.array(served.map(([k, v]) => R.array([k, v])));
};

const xack: CommandHandler = (ks, ctx, argv) => {
  const v = lookup(ks, ctx, argv[1] ?? '');
  if (v !== undefined && v.type !== 'stream') return ERR.wrongType;
  const g = v?.groups?.get(argv[2] ?? '');
  const ids = argv.slice(3).map((a) => parseStreamId(a, 0n, true));
  if (!g) return R.int(0);
  let n = 0;
  for (const id of ids) {
    const k = idText(id);
    const nack = g.pel.get(k);
    if (!nack) continue;
    g.pel.delete(k);
    g.consumers.get(nack.consumer)?.pel.delete(k);
    n++;
  }
  if (n) ks.dirty += n;
  return R.int(n);
};

const xpending: CommandHandler = (ks, ctx, argv) => {
  const justinfo = argv.length === 3;
  if (argv.length !== 3 && (argv.length < 6 || argv.length > 9)) return ERR.syntax;
  let minidle = 0n;
  let count = 0n;
  let start: StreamId = { ms: 0n, seq: 0n };
  let end: StreamId = { ms: 18446744073709551615n, seq: 18446744073709551615n };
  let consumerName: string | null = null;
  if (argv.length >= 6) {
    let si = 3;
    if ((argv[3] ?? '').toLowerCase() === 'idle') {
      minidle = parseLL(argv[4] ?? '');
      if (argv.length < 8) return ERR.syntax;
      si += 2;
    }
    count = parseLL(argv[si + 2] ?? '');
    if (count < 0n) count = 0n;
    const sa = argv[si] ?? '';
    const sEx = sa.length > 1 && sa[0] === '(';
    start = parseStreamId(sEx ? sa.slice(1) : sa, 0n, sEx);
    if (sEx) {
      if (start.seq === 18446744073709551615n && start.ms === 18446744073709551615n) return err('ERR invalid start ID for the interval');
      start = start.seq === 18446744073709551615n ? { ms: start.ms + 1n, seq: 0n } : { ms: start.ms, seq: start.seq + 1n };
    }
    const ea = argv[si + 1] ?? '';
    const eEx = ea.length > 1 && ea[0] === '(';
    end = parseStreamId(eEx ? ea.slice(1) : ea, 18446744073709551615n, eEx);
    if (eEx) {
      if (end.seq === 0n && end.ms === 0n) return err('ERR invalid end ID for the interval');
      end = end.seq === 0n ? { ms: end.ms - 1n, seq: 18446744073709551615n } : { ms: end.ms, seq: end.seq - 1n };
    }
    if (si + 3 < argv.length) consumerName = argv[si + 3] ?? '';
  }
  const key = argv[1] ?? '';
  const gname = argv[2] ?? '';
  const v = lookup(ks, ctx, key);
  if (v !== undefined && v.type !== 'stream') return ERR.wrongType;
  const g = v?.groups?.get(gname);
  if (!v || !g) return err(`NOGROUP No such key '${key}' or consumer group '${gname}'`);
  if (justinfo) {
    if (g.pel.size === 0) return R.array([R.int(0), R.nil(), R.nil(), R.nilArray()]);
    const ids = sortedIds(g.pel.keys());
    const consumers: Reply[] = [];
    for (const name of [...g.consumers.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const c = g.consumers.get(name);
      if (!c || c.pel.size === 0) continue;
      consumers.push(R.array([R.bulk(name), R.bulk(String(c.pel.size))]));
    }
    return R.array([R.int(g.pel.size), R.bulk(ids[0] ?? ''), R.bulk(ids[ids.length - 1] ?? ''), R.array(consumers)]);
  }
  let pel: Iterable<string> = g.pel.keys();
  if (consumerName !== null) {
    const c = g.consumers.get(consumerName);
    if (!c) return R.array([]);
    pel = c.pel;
  }
  const now = ks.clock.now();
  const out: Reply[] = [];
  for (const k of sortedIds(pel)) {
    if (count <= 0n) break;
    const id = idOfText(k);
    if (cmpId(id, start) < 0) continue;
    if (cmpId(id, end) > 0) break;
    const nack = g.pel.get(k);
    if (!nack) continue;
    if (minidle && BigInt(now - nack.deliveryTime) < minidle) continue;
    count--;
    out.push(R.array([R.bulk(k), R.bulk(nack.consumer), R.int(Math.max(0, now - nack.deliveryTime)), R.int(nack.deliveryCount)]));
  }
  return R.array(out);
};


function rawEntry(s: RStream, id: StreamId): Reply {
  const e = s.entries.find((x) => cmpId(x.id, id) === 0);
  return e ? R.array([R.bulk(idText(e.id)), R.bulkArray(e.fields)]) : R.nil();
}

function dropNack(g: StreamGroup, k: string): void {
  const n = g.pel.get(k);
  if (!n) return;
  g.pel.delete(k);
  g.consumers.get(n.consumer)?.pel.delete(k);
}

/** XCLAIM key group consumer min-idle-time id... [IDLE ms] [TIME ms] [RETRYCOUNT n] [FORCE] [JUSTID] [LASTID id]. */
const xclaim: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const gname = argv[2] ?? '';
  const v = lookup(ks, ctx, key);
  if (v !== undefined && v.type !== 'stream') return ERR.wrongType;
  const g = v?.groups?.get(gname);
  if (!v || !g) return err(`NOGROUP No such key '${key}' or consumer group '${gname}'`);
  let minidle = parseLL(argv[4] ?? '', err('ERR Invalid min-idle-time argument for XCLAIM'));
  if (minidle < 0n) minidle = 0n;
  const ids: StreamId[] = [];
  let j = 5;
  for (; j < argv.length; j++) {
    try {
      ids.push(parseStreamId(argv[j] ?? '', 0n, true));
    } catch {
      break;
    }
  }
  const now = ks.clock.now();
  let force = false, justid = false;
  let retrycount = -1n;
  let deliverytime = -1;
  let lastId: StreamId = { ms: 0n, seq: 0n };
  for (; j < argv.length; j++) {
    const moreargs = argv.length - 1 - j;
    const opt = argv[j] ?? '';
    const o = opt.toLowerCase();
    if (o === 'force') force = true;
    else if (o === 'justid') justid = true;
    else if (o === 'idle' && moreargs) {
      j++;
      deliverytime = now - Number(parseLL(argv[j] ?? '', err('ERR Invalid IDLE option argument for XCLAIM')));
    } else if (o === 'time' && moreargs) {
      j++;
      deliverytime = Number(parseLL(argv[j] ?? '', err('ERR Invalid TIME option argument for XCLAIM')));
    } else if (o === 'retrycount' && moreargs) {
      j++;
      retrycount = parseLL(argv[j] ?? '', err('ERR Invalid RETRYCOUNT option argument for XCLAIM'));
    } else if (o === 'lastid' && moreargs) {
      j++;
      lastId = parseStreamId(argv[j] ?? '', 0n, true);
    } else return err(`ERR Unrecognized XCLAIM option '${opt}'`);
  }
  if (cmpId(lastId, g.lastId) > 0) g.lastId = lastId;
  if (deliverytime === -1 || deliverytime < 0 || deliverytime > now) deliverytime = now;
  const name = argv[3] ?? '';
  const out: Reply[] = [];
  for (const id of ids) {
    const k = idText(id);
    let nack = g.pel.get(k);
    if (!v.entries.some((e) => cmpId(e.id, id) === 0)) {
      if (nack) {
        dropNack(g, k);
        ks.dirty++;
      }
      continue;
    }
    let created = false;
    if (force && !nack) {
      nack = { id, consumer: '', deliveryTime: now, deliveryCount: 1 };
      g.pel.set(k, nack);
      created = true;
    }
    if (!nack) continue;
    if (!created && minidle && BigInt(now - nack.deliveryTime) < minidle) continue;
    const c = consumerOf(g, name, now);
    if (nack.consumer !== name && !created) g.consumers.get(nack.consumer)?.pel.delete(k);
    nack.deliveryTime = deliverytime;
    if (retrycount >= 0n) nack.deliveryCount = Number(retrycount);
    else if (!justid) nack.deliveryCount++;
    nack.consumer = name;
    c.pel.add(k);
    out.push(justid ? R.bulk(k) : rawEntry(v, id));
    ks.dirty++;
  }
  return R.array(out);
};

/** XAUTOCLAIM key group consumer min-idle-time start [COUNT n] [JUSTID]: [next cursor, claimed, deleted ids]. */
const xautoclaim: CommandHandler = (ks, ctx, argv) => {
  let minidle = parseLL(argv[4] ?? '', err('ERR Invalid min-idle-time argument for XAUTOCLAIM'));
  if (minidle < 0n) minidle = 0n;
  const sa = argv[5] ?? '';
  const sEx = sa.length > 1 && sa[0] === '(';
  let start = parseStreamId(sEx ? sa.slice(1) : sa, 0n, sEx);
  if (sEx) {
    if (start.ms === 18446744073709551615n && start.seq === 18446744073709551615n) return err('ERR invalid start ID for the interval');
    start = start.seq === 18446744073709551615n ? { ms: start.ms + 1n, seq: 0n } : { ms: start.ms, seq: start.seq + 1n };
  }
  let count = 100n;
  let justid = false;
  for (let j = 6; j < argv.length; j++) {
    const moreargs = argv.length - 1 - j;
    const o = (argv[j] ?? '').toLowerCase();
    if (o === 'count' && moreargs) {
      const maxCount = 9223372036854775807n / 16n;
      const c = parseLL(argv[j + 1] ?? '', err('ERR COUNT must be > 0'));
      if (c < 1n || c > maxCount) return err('ERR COUNT must be > 0');
      count = c;
      j++;
    } else if (o === 'justid') justid = true;
    else return ERR.syntax;
  }
  const key = argv[1] ?? '';
  const gname = argv[2] ?? '';
  const v = lookup(ks, ctx, key);
  if (v !== undefined && v.type !== 'stream') return ERR.wrongType;
  const g = v?.groups?.get(gname);
  if (!v || !g) return err(`NOGROUP No such key '${key}' or consumer group '${gname}'`);
  let attempts = count * 10n;
  const now = ks.clock.now();
  const name = argv[3] ?? '';
  const list = sortedIds(g.pel.keys()).filter((k) => cmpId(idOfText(k), start) >= 0);
  let p = 0;
  const claimed: Reply[] = [];
  const deleted: Reply[] = [];
  while (attempts-- > 0n && count > 0n && p < list.length) {
    const k = list[p++] as string;
    const id = idOfText(k);
    if (!v.entries.some((e) => cmpId(e.id, id) === 0)) {
      dropNack(g, k);
      ks.dirty++;
      deleted.push(R.bulk(k));
      count--;
      continue;
    }
    const nack = g.pel.get(k);
    if (!nack) continue;
    if (minidle && BigInt(now - nack.deliveryTime) < minidle) continue;
    const c = consumerOf(g, name, now);
    if (nack.consumer !== name) g.consumers.get(nack.consumer)?.pel.delete(k);
    nack.deliveryTime = now;
    if (!justid) nack.deliveryCount++;
    nack.consumer = name;
    c.pel.add(k);
    claimed.push(justid ? R.bulk(k) : rawEntry(v, id));
    count--;
    ks.dirty++;
  }
  const next = p < list.length ? (list[p] as string) : '0-0';
  return R.array([R.bulk(next), R.array(claimed), R.array(deleted)]);
};

export const streamGroupCommands: Record<string, CommandHandler> = { xgroup, xreadgroup, xack, xpending, xclaim, xautoclaim };
