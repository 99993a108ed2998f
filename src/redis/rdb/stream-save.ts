/**
 * Stream serialisation, RDB_TYPE_STREAM_LISTPACKS_2 (rdb.c rdbSaveObject, t_stream.c
 * streamAppendItem). Entries are packed into listpack nodes keyed by their master ID (16 bytes,
 * big-endian ms then seq) as XADD packs them: a node takes entries while it has fewer than
 * stream-node-max-entries (100) and its bytes + the entry's field/value bytes stay under
 * stream-node-max-bytes (4096). A node starts with its master entry (count, deleted, field count,
 * the first entry's field names, 0); each entry is flags, ms and seq deltas from the master ID,
 * [field count, field, value ...] or only the values when the field names equal the master's
 * (SAMEFIELDS), and its listpack element count. Redis keeps XDEL'd entries as flagged tombstones
 * and tracks entries-added / max-deleted-id; redlua has neither: nodes hold live entries only,
 * entries-added is the length and max-deleted-id is 0-0 (exact for streams only ever XADDed to).
 */
import type { RStream, StreamId } from '../keyspace/keyspace.js';
import { encodeListpack, entrySize } from './listpack.js';
import type { RdbWriter } from './writer.js';

const NODE_MAX_ENTRIES = 100;
const NODE_MAX_BYTES = 4096;
const LP_EMPTY_BYTES = 7;
export const STREAM_ITEM_FLAG_DELETED = 1;
export const STREAM_ITEM_FLAG_SAMEFIELDS = 2;

/** streamEncodeID: 128-bit big-endian key. */
export function encodeStreamId(id: StreamId): Uint8Array {
  const b = new Uint8Array(16);
  const dv = new DataView(b.buffer);
  dv.setBigUint64(0, id.ms, false);
  dv.setBigUint64(8, id.seq, false);
  return b;
}

const byName = <T>(m: ReadonlyMap<string, T>): Array<[string, T]> => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const cmpIdText = (a: StreamId, b: StreamId): number => (a.ms !== b.ms ? (a.ms < b.ms ? -1 : 1) : a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0);

interface Node {
  master: StreamId;
  masterFields: string[];
  items: string[];
  bytes: number;
  count: number;
}

function buildNodes(s: RStream): Node[] {
  const nodes: Node[] = [];
  let cur: Node | null = null;
  const push = (n: Node, item: string): void => {
    n.items.push(item);
    n.bytes += entrySize(item);
  };
  for (const e of s.entries) {
    const numfields = e.fields.length / 2;
    let totelelen = 0;
    for (const f of e.fields) totelelen += f.length;
    if (cur && (cur.bytes + totelelen >= NODE_MAX_BYTES || cur.count >= NODE_MAX_ENTRIES)) cur = null;
    let flags = 0;
    if (!cur) {
      const masterFields = e.fields.filter((_, i) => i % 2 === 0);
      cur = { master: e.id, masterFields, items: [], bytes: LP_EMPTY_BYTES, count: 1 };
      nodes.push(cur);
      for (const it of ['1', '0', String(numfields), ...masterFields, '0']) push(cur, it);
      flags = STREAM_ITEM_FLAG_SAMEFIELDS;
    } else {
      cur.count++;
      const mf = cur.masterFields;
      if (mf.length === numfields && mf.every((f, i) => f === e.fields[i * 2])) flags = STREAM_ITEM_FLAG_SAMEFIELDS;
    }
    push(cur, String(flags));
    push(cur, BigInt.asIntN(64, e.id.ms - cur.master.ms).toString());
    push(cur, BigInt.asIntN(64, e.id.seq - cur.master.seq).toString());
    if (flags & STREAM_ITEM_FLAG_SAMEFIELDS) {
      for (let i = 1; i < e.fields.length; i += 2) push(cur, e.fields[i] ?? '');
    } else {
      push(cur, String(numfields));
      for (const f of e.fields) push(cur, f);
    }
    // lp-count: the entry's elements after flags and IDs, plus those three.
    push(cur, String(flags & STREAM_ITEM_FLAG_SAMEFIELDS ? numfields + 3 : numfields * 2 + 1 + 3));
  }
  // The count field of each master entry is the number of entries it holds.
  for (const n of nodes) n.items[0] = String(n.count);
  return nodes;
}

export function saveStream(w: RdbWriter, s: RStream): void {
  const nodes = buildNodes(s);
  w.len(nodes.length);
  for (const n of nodes) {
    w.rawString(encodeStreamId(n.master));
    w.rawString(encodeListpack(n.items));
  }
  const first = s.entries[0]?.id ?? { ms: 0n, seq: 0n };
  w.len(s.entries.length);
  w.len(s.lastId.ms);
  w.len(s.lastId.seq);
  w.len(first.ms);
  w.len(first.seq);
  w.len(0); // max_deleted_entry_id (not tracked)
  w.len(0);
  w.len(s.entries.length); // entries_added (not tracked)
  const groups = s.groups ? byName(s.groups) : [];
  w.len(groups.length);
  for (const [name, g] of groups) {
    w.rawString(name);
    w.len(g.lastId.ms);
    w.len(g.lastId.seq);
    w.len(BigInt.asUintN(64, g.entriesRead));
    // Global PEL (rdbSaveStreamPEL with nacks): raw ID, delivery time, delivery count.
    const pel = [...g.pel.values()].sort((a, b) => cmpIdText(a.id, b.id));
    w.len(pel.length);
    for (const nack of pel) {
      w.bytes(encodeStreamId(nack.id));
      w.millisecondTime(nack.deliveryTime);
      w.len(nack.deliveryCount);
    }
    const consumers = byName(g.consumers);
    w.len(consumers.length);
    for (const [cname, c] of consumers) {
      w.rawString(cname);
      w.millisecondTime(c.seenTime);
      const ids = [...c.pel].map((k) => g.pel.get(k)?.id).filter((id): id is StreamId => id !== undefined);
      ids.sort(cmpIdText);
      w.len(ids.length);
      for (const id of ids) w.bytes(encodeStreamId(id));
    }
  }
}
