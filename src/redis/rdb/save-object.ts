/**
 * rdbSaveObjectType + rdbSaveObject for the keyspace's values, as Redis 7.0 serialises each
 * encoding (rdb.c):
 *  - string: RDB_TYPE_STRING, rdbSaveRawString (int-encoded / LZF / plain);
 *  - list (quicklist): RDB_TYPE_LIST_QUICKLIST_2, node count, then per node its container
 *    (2 = packed) and its listpack as a string;
 *  - set: intset → RDB_TYPE_SET_INTSET (the intset as a string); hashtable → RDB_TYPE_SET,
 *    count + members;
 *  - zset: listpack → RDB_TYPE_ZSET_LISTPACK (member, score-as-d2string pairs in order);
 *    skiplist → RDB_TYPE_ZSET_2, count, then member + binary double from the highest score down;
 *  - hash: listpack → RDB_TYPE_HASH_LISTPACK (field, value pairs); hashtable → RDB_TYPE_HASH,
 *    count + pairs;
 *  - stream: RDB_TYPE_STREAM_LISTPACKS_2 (stream-save.ts).
 * Hashtable iteration order in Redis depends on a random seed; redlua writes insertion order.
 */
import type { RValue } from '../keyspace/keyspace.js';
import { ZSet } from '../keyspace/zset.js';
import { encodeIntset } from './intset.js';
import { encodeListpack } from './listpack.js';
import { quicklistNodes } from './quicklist.js';
import { saveStream } from './stream-save.js';
import { QUICKLIST_NODE_CONTAINER_PACKED, RDB_TYPE } from './types.js';
import { RdbWriter } from './writer.js';

export function saveObject(w: RdbWriter, v: RValue): void {
  switch (v.type) {
    case 'string':
      w.byte(RDB_TYPE.STRING);
      w.rawString(v.value);
      return;
    case 'list': {
      w.byte(RDB_TYPE.LIST_QUICKLIST_2);
      const nodes = quicklistNodes(v.value);
      w.len(nodes.length);
      for (const lp of nodes) {
        w.len(QUICKLIST_NODE_CONTAINER_PACKED);
        w.rawString(lp);
      }
      return;
    }
    case 'set':
      if (v.intset) {
        w.byte(RDB_TYPE.SET_INTSET);
        w.rawString(encodeIntset([...v.value].map((m) => BigInt(m))));
      } else {
        w.byte(RDB_TYPE.SET);
        w.len(v.value.size);
        for (const m of v.value) w.rawString(m);
      }
      return;
    case 'zset': {
      const z = v.value;
      if (z.listpack) {
        w.byte(RDB_TYPE.ZSET_LISTPACK);
        const items: string[] = [];
        for (const e of z.all()) items.push(e.member, ZSet.scoreText(e.score));
        w.rawString(encodeListpack(items));
      } else {
        w.byte(RDB_TYPE.ZSET_2);
        const all = z.all();
        w.len(all.length);
        for (let i = all.length - 1; i >= 0; i--) {
          const e = all[i];
          if (!e) continue;
          w.rawString(e.member);
          w.binaryDouble(e.score);
        }
      }
      return;
    }
    case 'hash':
      if (v.listpack) {
        w.byte(RDB_TYPE.HASH_LISTPACK);
        const items: string[] = [];
        for (const [f, val] of v.value) items.push(f, val);
        w.rawString(encodeListpack(items));
      } else {
        w.byte(RDB_TYPE.HASH);
        w.len(v.value.size);
        for (const [f, val] of v.value) {
          w.rawString(f);
          w.rawString(val);
        }
      }
      return;
    case 'stream':
      w.byte(RDB_TYPE.STREAM_LISTPACKS_2);
      saveStream(w, v);
      return;
  }
}

/** createDumpPayload's body: the type byte and the serialised value. */
export function serializeValue(v: RValue): Uint8Array {
  const w = new RdbWriter();
  saveObject(w, v);
  return w.result();
}
