/**
 * Stream deserialisation, RDB_TYPE_STREAM_LISTPACKS (15, Redis 5-6.2) and
 * RDB_TYPE_STREAM_LISTPACKS_2 (19, Redis 7.0) (rdb.c rdbLoadObject): listpack nodes keyed by
 * their master ID, stream metadata, then the consumer groups with their global PEL and their
 * consumers' PELs. Entries flagged deleted are skipped. Every check rdb.c makes (node key size,
 * empty node, duplicate node / group / consumer / PEL entry, a consumer PEL entry missing from
 * the group PEL, a length without nodes) and the node layout itself is a format error here.
 */
import type { RStream, StreamConsumer, StreamEntry, StreamGroup, StreamId, StreamNack } from '../keyspace/keyspace.js';
import { decodeListpack } from './listpack.js';
import { formatError, type RdbReader } from './reader.js';
import { STREAM_ITEM_FLAG_DELETED, STREAM_ITEM_FLAG_SAMEFIELDS } from './stream-save.js';

const UINT64 = 1n << 64n;
const ZERO: StreamId = { ms: 0n, seq: 0n };

function cmpId(a: StreamId, b: StreamId): number {
  if (a.ms !== b.ms) return a.ms < b.ms ? -1 : 1;
  return a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0;
}

const idText = (id: StreamId): string => `${id.ms}-${id.seq}`;

function decodeStreamId(b: Uint8Array): StreamId {
  if (b.length !== 16) formatError('stream ID is not 16 bytes');
  const dv = new DataView(b.buffer, b.byteOffset, 16);
  return { ms: dv.getBigUint64(0, false), seq: dv.getBigUint64(8, false) };
}

/** streamValidateListpackIntegrity (deep) + the iteration of streamIterator: the live entries of one node. */
function nodeEntries(master: StreamId, items: string[]): StreamEntry[] {
  let i = 0;
  const next = (): string => {
    const v = items[i++];
    if (v === undefined) formatError('stream node truncated');
    return v;
  };
  const int = (): bigint => {
    const s = next();
    if (!/^-?\d+$/.test(s)) formatError('stream node integer expected');
    return BigInt(s);
  };
  const count = int();
  const deleted = int();
  const nf = Number(int());
  if (nf < 0 || nf > items.length) formatError('stream master field count');
  const masterFields: string[] = [];
  for (let k = 0; k < nf; k++) masterFields.push(next());
  if (int() !== 0n) formatError('stream master entry terminator');
  const out: StreamEntry[] = [];
  let live = 0n;
  let dead = 0n;
  while (i < items.length) {
    const flags = Number(int());
    const id = { ms: (master.ms + int() + UINT64) % UINT64, seq: (master.seq + int() + UINT64) % UINT64 };
    const fields: string[] = [];
    let n: number;
    if (flags & STREAM_ITEM_FLAG_SAMEFIELDS) {
      n = nf;
      for (const f of masterFields) fields.push(f, next());
    } else {
      n = Number(int());
      if (n < 0 || n > items.length) formatError('stream entry field count');
      for (let k = 0; k < n; k++) fields.push(next(), next());
    }
    const lpCount = int();
    if (lpCount !== BigInt(flags & STREAM_ITEM_FLAG_SAMEFIELDS ? n + 3 : n * 2 + 1 + 3)) formatError('stream entry lp-count');
    if (flags & STREAM_ITEM_FLAG_DELETED) dead++;
    else {
      live++;
      out.push({ id, fields });
    }
  }
  if (live !== count || dead !== deleted) formatError('stream node counts');
  return out;
}

export function loadStream(r: RdbReader, v2: boolean): RStream {
  const entries: StreamEntry[] = [];
  const nodes = r.len();
  let lastNode: StreamId | null = null;
  for (let n = 0; n < nodes; n++) {
    const master = decodeStreamId(r.stringBytes());
    if (lastNode && cmpId(master, lastNode) <= 0) formatError('stream nodes out of order');
    lastNode = master;
    const items = decodeListpack(r.stringBytes());
    if (items.length === 0) formatError('empty listpack inside stream');
    for (const e of nodeEntries(master, items)) {
      const prev = entries[entries.length - 1];
      if (prev && cmpId(e.id, prev.id) <= 0) formatError('stream entries out of order');
      entries.push(e);
    }
  }
  const length = r.lenBig();
  const lastId = { ms: r.lenBig(), seq: r.lenBig() };
  let firstId: StreamId = entries[0]?.id ?? ZERO;
  let maxDeleted = ZERO;
  let entriesAdded = length;
  if (v2) {
    firstId = { ms: r.lenBig(), seq: r.lenBig() };
    maxDeleted = { ms: r.lenBig(), seq: r.lenBig() };
    entriesAdded = r.lenBig();
  }
  if (length !== 0n && nodes === 0) formatError('stream length inconsistent with rax entries');
  const last = entries[entries.length - 1];
  if (last && cmpId(last.id, lastId) > 0) formatError('stream last ID below an entry');
  const s: RStream = { type: 'stream', entries, lastId };
  const meta = { length, lastId, firstId, maxDeleted, entriesAdded };
  const groupCount = r.len();
  if (groupCount > 0) s.groups = new Map();
  for (let g = 0; g < groupCount; g++) {
    const name = r.string();
    const gLast = { ms: r.lenBig(), seq: r.lenBig() };
    const entriesRead = v2 ? BigInt.asIntN(64, r.lenBig()) : estimateEntriesRead(meta, gLast);
    if (s.groups?.has(name)) formatError('duplicated consumer group name');
    const group: StreamGroup = { lastId: gLast, entriesRead, pel: new Map(), consumers: new Map() };
    s.groups?.set(name, group);
    const pelSize = r.len();
    for (let k = 0; k < pelSize; k++) {
      const id = decodeStreamId(r.bytes(16));
      const deliveryTime = Number(r.millisecondTime());
      const deliveryCount = Number(r.lenBig());
      const key = idText(id);
      if (group.pel.has(key)) formatError('duplicated global PEL entry');
      group.pel.set(key, { id, consumer: '', deliveryTime, deliveryCount });
    }
    const consumers = r.len();
    for (let k = 0; k < consumers; k++) {
      const cname = r.string();
      if (group.consumers.has(cname)) formatError('duplicate stream consumer');
      const c: StreamConsumer = { name: cname, seenTime: Number(r.millisecondTime()), pel: new Set() };
      group.consumers.set(cname, c);
      const n = r.len();
      for (let j = 0; j < n; j++) {
        const key = idText(decodeStreamId(r.bytes(16)));
        const nack: StreamNack | undefined = group.pel.get(key);
        if (!nack) formatError('consumer entry not found in group global PEL');
        if (c.pel.has(key)) formatError('duplicated consumer PEL entry');
        nack.consumer = cname;
        c.pel.add(key);
      }
    }
    // Redis checks this only with sanitize-dump-payload; redlua needs every NACK owned.
    for (const nack of group.pel.values()) if (!group.consumers.has(nack.consumer)) formatError('stream CG PEL entry without consumer');
  }
  return s;
}

interface StreamMeta {
  length: bigint;
  lastId: StreamId;
  firstId: StreamId;
  maxDeleted: StreamId;
  entriesAdded: bigint;
}

/** streamEstimateDistanceFromFirstEverEntry: a group's entries-read for payloads that lack it. */
function estimateEntriesRead(s: StreamMeta, id: StreamId): bigint {
  if (s.entriesAdded === 0n) return 0n;
  if (s.length === 0n && cmpId(id, s.maxDeleted) < 1) return s.entriesAdded;
  const cmpLast = cmpId(id, s.lastId);
  if (cmpLast === 0) return s.entriesAdded;
  if (cmpLast > 0) return -1n;
  const cmpFirst = cmpId(id, s.firstId);
  const noTombstoneAhead = (s.maxDeleted.ms === 0n && s.maxDeleted.seq === 0n) || cmpId(s.maxDeleted, s.firstId) < 0;
  if (noTombstoneAhead) {
    if (cmpFirst < 0) return s.entriesAdded - s.length;
    if (cmpFirst === 0) return s.entriesAdded - s.length + 1n;
  }
  return -1n;
}
