/**
 * How a Redis 7.0 quicklist (quicklist.c) splits a list into listpack nodes when it is built by
 * pushes at the tail: an element joins the tail node while node bytes + element length +
 * SIZE_ESTIMATE_OVERHEAD (8) stay within the list-max-listpack-size -2 limit (8192 bytes,
 * _quicklistNodeAllowInsert); otherwise it starts a new node. Lists built otherwise (LPUSH past
 * one node, LINSERT, LREM ...) may have other node boundaries in Redis.
 */
import { encodeListpack, entrySize } from './listpack.js';

const SIZE_ESTIMATE_OVERHEAD = 8;
const NODE_MAX_BYTES = 8192; // optimization_level[1] for fill -2
const LP_EMPTY_BYTES = 7; // header + terminator

export function quicklistNodes(items: readonly string[]): Uint8Array[] {
  const nodes: string[][] = [];
  let cur: string[] | null = null;
  let curBytes = 0;
  for (const s of items) {
    if (cur && curBytes + s.length + SIZE_ESTIMATE_OVERHEAD <= NODE_MAX_BYTES) {
      cur.push(s);
    } else {
      cur = [s];
      nodes.push(cur);
      curBytes = LP_EMPTY_BYTES;
    }
    curBytes += entrySize(s);
  }
  return nodes.map((n) => encodeListpack(n));
}
