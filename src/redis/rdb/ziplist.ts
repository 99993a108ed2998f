/**
 * Decoders for the encodings of RDB versions before 10 that Redis 7.0 still loads (rdb.c converts
 * them on load): ziplist (ziplist.c; RDB_TYPE_LIST_ZIPLIST, ZSET_ZIPLIST, HASH_ZIPLIST and the
 * nodes of RDB_TYPE_LIST_QUICKLIST) and zipmap (zipmap.c; RDB_TYPE_HASH_ZIPMAP).
 */
import { stringOf } from './writer.js';
import { formatError } from './reader.js';

const ZIP_END = 0xff;
const ZIP_BIG_PREVLEN = 254;

/**
 * The elements of a ziplist (integers as decimal text): zlbytes, zltail (uint32 LE), zllen
 * (uint16 LE, 65535 = unknown), entries of prevlen + encoding + data, 0xFF.
 */
export function decodeZiplist(zl: Uint8Array): string[] {
  if (zl.length < 11) formatError('ziplist too short');
  const dv = new DataView(zl.buffer, zl.byteOffset, zl.length);
  if (dv.getUint32(0, true) !== zl.length || zl[zl.length - 1] !== ZIP_END) formatError('ziplist size or terminator');
  const tail = dv.getUint32(4, true);
  const zllen = dv.getUint16(8, true);
  const items: string[] = [];
  const need = (end: number): void => {
    if (end > zl.length - 1) formatError('ziplist entry out of range');
  };
  let p = 10;
  let prevSize = 0;
  let last = -1;
  while (p < zl.length - 1) {
    const start = p;
    // prevlen: 1 byte, or 0xFE + uint32 LE.
    need(p + 1);
    let prevlen = zl[p] as number;
    if (prevlen === ZIP_BIG_PREVLEN) {
      need(p + 5);
      prevlen = dv.getUint32(p + 1, true);
      p += 5;
    } else p += 1;
    if (prevlen !== prevSize) formatError('ziplist prevlen mismatch');
    need(p + 1);
    const enc = zl[p] as number;
    const kind = enc >> 6;
    if (kind === 0 || kind === 1 || kind === 2) {
      let len: number;
      if (kind === 0) {
        len = enc & 0x3f;
        p += 1;
      } else if (kind === 1) {
        need(p + 2);
        len = ((enc & 0x3f) << 8) | (zl[p + 1] as number);
        p += 2;
      } else {
        need(p + 5);
        len = dv.getUint32(p + 1, false);
        p += 5;
      }
      need(p + len);
      items.push(stringOf(zl.subarray(p, p + len)));
      p += len;
    } else {
      p += 1;
      let v: bigint;
      if (enc === 0xc0) {
        need(p + 2);
        v = BigInt(dv.getInt16(p, true));
        p += 2;
      } else if (enc === 0xd0) {
        need(p + 4);
        v = BigInt(dv.getInt32(p, true));
        p += 4;
      } else if (enc === 0xe0) {
        need(p + 8);
        v = dv.getBigInt64(p, true);
        p += 8;
      } else if (enc === 0xf0) {
        need(p + 3);
        v = BigInt.asIntN(24, BigInt((zl[p] as number) | ((zl[p + 1] as number) << 8) | ((zl[p + 2] as number) << 16)));
        p += 3;
      } else if (enc === 0xfe) {
        need(p + 1);
        v = BigInt(dv.getInt8(p));
        p += 1;
      } else if (enc >= 0xf1 && enc <= 0xfd) {
        v = BigInt((enc & 0x0f) - 1);
      } else {
        return formatError('ziplist bad encoding');
      }
      items.push(v.toString());
    }
    last = start;
    prevSize = p - start;
  }
  if (p !== zl.length - 1) formatError('ziplist overrun');
  if (items.length > 0 && tail !== last) formatError('ziplist bad tail offset');
  if (zllen !== 65535 && zllen !== items.length) formatError('ziplist count mismatch');
  return items;
}

/**
 * The field/value pairs of a zipmap: zmlen byte, then len key len free value <free bytes> with
 * lengths of 1 byte (< 254) or 254 + uint32 LE, and 0xFF.
 */
export function decodeZipmap(zm: Uint8Array): string[] {
  const items: string[] = [];
  let p = 1;
  const byte = (): number => {
    if (p >= zm.length) formatError('zipmap short read');
    return zm[p++] as number;
  };
  const len = (): number => {
    const b = byte();
    if (b < 254) return b;
    if (b === 254) {
      let v = 0;
      for (let i = 0; i < 4; i++) v += byte() * 2 ** (8 * i);
      return v;
    }
    return formatError('zipmap bad length');
  };
  const str = (n: number): string => {
    if (p + n > zm.length) formatError('zipmap short read');
    const s = stringOf(zm.subarray(p, p + n));
    p += n;
    return s;
  };
  if (zm.length < 2) formatError('zipmap too short');
  for (;;) {
    if (p >= zm.length) formatError('zipmap missing end');
    if (zm[p] === ZIP_END) {
      p++;
      break;
    }
    items.push(str(len()));
    const vlen = len();
    const free = byte();
    items.push(str(vlen));
    p += free;
  }
  if (p !== zm.length) formatError('zipmap trailing bytes');
  return items;
}
