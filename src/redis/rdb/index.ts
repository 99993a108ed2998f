/** RDB serialisation shared by DUMP/RESTORE (keys) and FUNCTION DUMP/RESTORE. */
export { crc64 } from './crc64.js';
export { lzfCompress, lzfDecompress } from './lzf.js';
export { RDB_VERSION, framePayload, verifyPayload } from './payload.js';
export { RdbWriter, ByteWriter, bytesOf, stringOf } from './writer.js';
export { RdbReader, RdbFormatError } from './reader.js';
export { serializeValue } from './save-object.js';
export { deserializeValue } from './load-object.js';
export { encodeListpack, decodeListpack } from './listpack.js';
export { encodeIntset, decodeIntset } from './intset.js';
export { decodeZiplist, decodeZipmap } from './ziplist.js';
export { RDB_TYPE } from './types.js';

import type { RValue } from '../keyspace/keyspace.js';
import { framePayload } from './payload.js';
import { serializeValue } from './save-object.js';

/** dumpCommand's payload for a value (cluster.c createDumpPayload). */
export function dumpPayload(v: RValue): Uint8Array {
  return framePayload(serializeValue(v));
}
