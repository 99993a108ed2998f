/**
 * rdbLoadObjectType + rdbLoadObject (rdb.c, Redis 7.0) into keyspace values, with the encoding
 * Redis ends up with after loading:
 *  - RDB_TYPE_SET: intset while ≤ set-max-intset-entries (512) and every member is an integer;
 *  - RDB_TYPE_HASH: listpack while ≤ hash-max-listpack-entries (512) and every field and value
 *    ≤ hash-max-listpack-value (64) bytes;
 *  - RDB_TYPE_ZSET / ZSET_2: listpack when ≤ zset-max-listpack-entries (128) and every member
 *    ≤ zset-max-listpack-value (64) bytes;
 *  - listpack / ziplist / zipmap / intset blobs keep their small encoding unless their element
 *    count is over the limit (rdb.c checks only the count for them).
 * Empty collections (rdb.c "emptykey"), duplicates, NaN scores, unknown types, module values and
 * any malformed encoding are RdbFormatError (RESTORE: "Bad data format").
 */
import type { RHash, RList, RSet, RValue } from '../keyspace/keyspace.js';
import { ZSet } from '../keyspace/zset.js';
import { string2ll } from '../resp-parser.js';
import { strtod } from '../keyspace/numbers.js';
import { decodeIntset } from './intset.js';
import { decodeListpack } from './listpack.js';
import { RdbReader, formatError } from './reader.js';
import { loadStream } from './stream-load.js';
import { QUICKLIST_NODE_CONTAINER_PACKED, QUICKLIST_NODE_CONTAINER_PLAIN, RDB_TYPE, isObjectType } from './types.js';
import { decodeZiplist, decodeZipmap } from './ziplist.js';
import { stringOf } from './writer.js';

const SET_MAX_INTSET_ENTRIES = 512;
const HASH_MAX_LISTPACK_ENTRIES = 512;
const HASH_MAX_LISTPACK_VALUE = 64;
const ZSET_MAX_LISTPACK_ENTRIES = 128;
const ZSET_MAX_LISTPACK_VALUE = 64;

function nonEmpty(n: number): number {
  if (n === 0) formatError('empty key');
  return n;
}

function list(items: string[]): RList {
  nonEmpty(items.length);
  return { type: 'list', value: items };
}

function hashOf(pairs: string[], listpack: boolean): RHash {
  if (pairs.length % 2 !== 0) formatError('odd number of hash elements');
  nonEmpty(pairs.length);
  const m = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2) {
    const f = pairs[i] ?? '';
    if (m.has(f)) formatError('duplicate hash field');
    m.set(f, pairs[i + 1] ?? '');
  }
  return { type: 'hash', value: m, listpack: listpack && m.size <= HASH_MAX_LISTPACK_ENTRIES };
}

function zsetOf(pairs: Array<[string, number]>, listpack: boolean): RValue {
  nonEmpty(pairs.length);
  const z = new ZSet();
  if (!listpack) z.listpack = false; // a skiplist keeps -0 scores as they are
  for (const [m, score] of pairs) {
    if (Number.isNaN(score)) formatError('zset with NaN score');
    if (z.score(m) !== undefined) formatError('duplicate zset member');
    z.set(m, score);
  }
  z.listpack = listpack;
  return { type: 'zset', value: z };
}

/** zzlGetScore: listpack scores are integers or strtod texts. */
function listpackZset(items: string[]): RValue {
  if (items.length % 2 !== 0) formatError('odd number of zset elements');
  const pairs: Array<[string, number]> = [];
  for (let i = 0; i < items.length; i += 2) pairs.push([items[i] ?? '', strtod(items[i + 1] ?? '').value]);
  return zsetOf(pairs, pairs.length <= ZSET_MAX_LISTPACK_ENTRIES);
}

function loadSet(r: RdbReader): RSet {
  const n = nonEmpty(r.len());
  const s: RSet = { type: 'set', value: new Set(), intset: n <= SET_MAX_INTSET_ENTRIES };
  for (let i = 0; i < n; i++) {
    const m = r.string();
    if (s.intset && string2ll(m) === null) s.intset = false;
    if (s.value.has(m)) formatError('duplicate set member');
    s.value.add(m);
  }
  return s;
}

function loadZset(r: RdbReader, binary: boolean): RValue {
  const n = nonEmpty(r.len());
  const pairs: Array<[string, number]> = [];
  let maxlen = 0;
  for (let i = 0; i < n; i++) {
    const m = r.string();
    maxlen = Math.max(maxlen, m.length);
    pairs.push([m, binary ? r.binaryDouble() : r.textDouble()]);
  }
  return zsetOf(pairs, n <= ZSET_MAX_LISTPACK_ENTRIES && maxlen <= ZSET_MAX_LISTPACK_VALUE);
}

function loadHash(r: RdbReader): RHash {
  const n = nonEmpty(r.len());
  const pairs: string[] = [];
  let listpack = n <= HASH_MAX_LISTPACK_ENTRIES;
  for (let i = 0; i < n; i++) {
    const f = r.string();
    const v = r.string();
    if (f.length > HASH_MAX_LISTPACK_VALUE || v.length > HASH_MAX_LISTPACK_VALUE) listpack = false;
    pairs.push(f, v);
  }
  return hashOf(pairs, listpack);
}

function loadQuicklist(r: RdbReader, v2: boolean): RList {
  const nodes = nonEmpty(r.len());
  const items: string[] = [];
  for (let i = 0; i < nodes; i++) {
    let container = QUICKLIST_NODE_CONTAINER_PACKED;
    if (v2) {
      const c = r.lenBig();
      if (c !== BigInt(QUICKLIST_NODE_CONTAINER_PACKED) && c !== BigInt(QUICKLIST_NODE_CONTAINER_PLAIN)) formatError('quicklist integrity check failed');
      container = Number(c);
    }
    const data = r.stringBytes();
    if (data.length === 0) formatError('empty quicklist node');
    if (container === QUICKLIST_NODE_CONTAINER_PLAIN) items.push(stringOf(data));
    else for (const s of v2 ? decodeListpack(data) : decodeZiplist(data)) items.push(s); // empty nodes are skipped
  }
  return list(items);
}

function loadBody(type: number, r: RdbReader): RValue {
  switch (type) {
    case RDB_TYPE.STRING:
      return { type: 'string', value: r.string() };
    case RDB_TYPE.LIST: {
      const n = nonEmpty(r.len());
      const items: string[] = [];
      for (let i = 0; i < n; i++) items.push(r.string());
      return list(items);
    }
    case RDB_TYPE.SET:
      return loadSet(r);
    case RDB_TYPE.ZSET:
    case RDB_TYPE.ZSET_2:
      return loadZset(r, type === RDB_TYPE.ZSET_2);
    case RDB_TYPE.HASH:
      return loadHash(r);
    case RDB_TYPE.LIST_QUICKLIST:
    case RDB_TYPE.LIST_QUICKLIST_2:
      return loadQuicklist(r, type === RDB_TYPE.LIST_QUICKLIST_2);
    case RDB_TYPE.HASH_ZIPMAP: {
      const pairs = decodeZipmap(r.stringBytes());
      return hashOf(pairs, pairs.every((s) => s.length <= HASH_MAX_LISTPACK_VALUE));
    }
    case RDB_TYPE.LIST_ZIPLIST:
      return list(decodeZiplist(r.stringBytes()));
    case RDB_TYPE.SET_INTSET: {
      const values = decodeIntset(r.stringBytes());
      return { type: 'set', value: new Set(values.map((v) => v.toString())), intset: values.length <= SET_MAX_INTSET_ENTRIES };
    }
    case RDB_TYPE.ZSET_ZIPLIST:
      return listpackZset(decodeZiplist(r.stringBytes()));
    case RDB_TYPE.ZSET_LISTPACK:
      return listpackZset(decodeListpack(r.stringBytes()));
    case RDB_TYPE.HASH_ZIPLIST:
      return hashOf(decodeZiplist(r.stringBytes()), true);
    case RDB_TYPE.HASH_LISTPACK:
      return hashOf(decodeListpack(r.stringBytes()), true);
    case RDB_TYPE.STREAM_LISTPACKS:
    case RDB_TYPE.STREAM_LISTPACKS_2:
      return loadStream(r, type === RDB_TYPE.STREAM_LISTPACKS_2);
    default:
      // RDB_TYPE_MODULE / MODULE_2: no module type is loaded in redlua.
      return formatError(`cannot load RDB type ${type}`);
  }
}

/** The value at the start of a DUMP payload (what follows it is not read). */
export function deserializeValue(payload: Uint8Array): RValue {
  const r = new RdbReader(payload);
  const type = r.byte();
  if (!isObjectType(type)) formatError(`not an object type: ${type}`);
  return loadBody(type, r);
}
