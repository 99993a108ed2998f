/**
 * Listpack (listpack.c), the small-collection encoding of Redis 7.0: a 4-byte total size and a
 * 2-byte element count (65535 = unknown) little-endian, the entries, and 0xFF. An entry is its
 * encoding + data + a back-length. Elements that are canonical int64 texts (lpStringToInt64) are
 * stored as integers in the smallest of 7-bit uint, 13, 16, 24, 32 or 64-bit; other strings with
 * a 6-bit, 12-bit or 32-bit length.
 */
import { string2ll } from '../resp-parser.js';
import { ByteWriter, stringOf } from './writer.js';
import { formatError } from './reader.js';

const LP_HDR_SIZE = 6;
const LP_EOF = 0xff;
const LP_NUMELE_UNKNOWN = 65535;

/** lpEncodeBacklen: the entry size in 7-bit groups, read right to left. */
function backlen(l: number): number[] {
  if (l <= 127) return [l];
  if (l < 16383) return [l >> 7, (l & 127) | 128];
  if (l < 2097151) return [l >> 14, ((l >> 7) & 127) | 128, (l & 127) | 128];
  if (l < 268435455) return [l >> 21, ((l >> 14) & 127) | 128, ((l >> 7) & 127) | 128, (l & 127) | 128];
  return [Math.floor(l / 2 ** 28), ((l >> 21) & 127) | 128, ((l >> 14) & 127) | 128, ((l >> 7) & 127) | 128, (l & 127) | 128];
}

function backlenSize(l: number): number {
  return l <= 127 ? 1 : l < 16383 ? 2 : l < 2097151 ? 3 : l < 268435455 ? 4 : 5;
}

/** lpEncodeGetType + lpEncodeIntegerGetType / lpEncodeString: one entry without its back-length. */
function encodeEntry(s: string): number[] {
  const v = string2ll(s);
  if (v !== null) {
    const le = (x: bigint, n: number): number[] => {
      const out: number[] = [];
      let u = BigInt.asUintN(n * 8, x);
      for (let i = 0; i < n; i++) {
        out.push(Number(u & 0xffn));
        u >>= 8n;
      }
      return out;
    };
    if (v >= 0n && v <= 127n) return [Number(v)];
    if (v >= -4096n && v <= 4095n) {
      const u = Number(BigInt.asUintN(13, v));
      return [(u >> 8) | 0xc0, u & 0xff];
    }
    if (v >= -32768n && v <= 32767n) return [0xf1, ...le(v, 2)];
    if (v >= -8388608n && v <= 8388607n) return [0xf2, ...le(v, 3)];
    if (v >= -2147483648n && v <= 2147483647n) return [0xf3, ...le(v, 4)];
    return [0xf4, ...le(v, 8)];
  }
  const len = s.length;
  const head = len < 64 ? [0x80 | len] : len < 4096 ? [0xe0 | (len >> 8), len & 0xff] : [0xf0, len & 0xff, (len >>> 8) & 0xff, (len >>> 16) & 0xff, (len >>> 24) & 0xff];
  const out = head;
  for (let i = 0; i < len; i++) out.push(s.charCodeAt(i) & 0xff);
  return out;
}

/** Bytes one element takes in a listpack: encoding, data and back-length. */
export function entrySize(s: string): number {
  const e = encodeEntry(s).length;
  return e + backlenSize(e);
}

/** A listpack of the given elements, appended in order (lpAppend). */
export function encodeListpack(items: readonly string[]): Uint8Array {
  const w = new ByteWriter();
  for (let i = 0; i < LP_HDR_SIZE; i++) w.byte(0);
  for (const s of items) {
    const e = encodeEntry(s);
    for (const b of e) w.byte(b);
    for (const b of backlen(e.length)) w.byte(b);
  }
  w.byte(LP_EOF);
  const out = w.result();
  const total = out.length;
  out[0] = total & 0xff;
  out[1] = (total >>> 8) & 0xff;
  out[2] = (total >>> 16) & 0xff;
  out[3] = (total >>> 24) & 0xff;
  const count = Math.min(items.length, LP_NUMELE_UNKNOWN);
  out[4] = count & 0xff;
  out[5] = (count >> 8) & 0xff;
  return out;
}

/**
 * The elements of a listpack (integers as their decimal text). Checks what lpValidateIntegrity
 * checks deeply: header size, every entry inside the buffer with a matching back-length, the
 * terminator, and the element count when the header knows it.
 */
export function decodeListpack(lp: Uint8Array): string[] {
  if (lp.length < LP_HDR_SIZE + 1) formatError('listpack too short');
  const u8 = (i: number): number => {
    if (i >= lp.length) formatError('listpack entry out of range');
    return lp[i] as number;
  };
  const total = (u8(0) | (u8(1) << 8) | (u8(2) << 16)) + u8(3) * 2 ** 24;
  if (total !== lp.length || lp[lp.length - 1] !== LP_EOF) formatError('listpack size or terminator');
  const numele = u8(4) | (u8(5) << 8);
  const items: string[] = [];
  let p = LP_HDR_SIZE;
  const intAt = (start: number, n: number): bigint => {
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(u8(start + i));
    return BigInt.asIntN(n * 8, v);
  };
  while (p < lp.length - 1) {
    const b = u8(p);
    let size: number;
    if (b < 0x80) {
      items.push(String(b));
      size = 1;
    } else if ((b & 0xc0) === 0x80) {
      const len = b & 0x3f;
      size = 1 + len;
      items.push(stringOf(slice(lp, p + 1, len)));
    } else if ((b & 0xe0) === 0xc0) {
      const u = ((b & 0x1f) << 8) | u8(p + 1);
      items.push(String(u >= 1 << 12 ? u - (1 << 13) : u));
      size = 2;
    } else if ((b & 0xf0) === 0xe0) {
      const len = ((b & 0x0f) << 8) | u8(p + 1);
      size = 2 + len;
      items.push(stringOf(slice(lp, p + 2, len)));
    } else if (b === 0xf1) {
      items.push(intAt(p + 1, 2).toString());
      size = 3;
    } else if (b === 0xf2) {
      items.push(intAt(p + 1, 3).toString());
      size = 4;
    } else if (b === 0xf3) {
      items.push(intAt(p + 1, 4).toString());
      size = 5;
    } else if (b === 0xf4) {
      items.push(intAt(p + 1, 8).toString());
      size = 9;
    } else if (b === 0xf0) {
      const len = Number(BigInt.asUintN(32, intAt(p + 1, 4)));
      size = 5 + len;
      items.push(stringOf(slice(lp, p + 5, len)));
    } else {
      return formatError('listpack bad entry encoding');
    }
    // The back-length must encode the entry size (lpValidateNext).
    const bl = backlen(size);
    for (let i = 0; i < bl.length; i++) if (u8(p + size + i) !== bl[i]) formatError('listpack bad back-length');
    p += size + bl.length;
  }
  if (p !== lp.length - 1) formatError('listpack overrun');
  if (numele !== LP_NUMELE_UNKNOWN && numele !== items.length) formatError('listpack count mismatch');
  return items;
}

function slice(lp: Uint8Array, start: number, len: number): Uint8Array {
  if (start + len > lp.length - 1) formatError('listpack entry out of range');
  return lp.subarray(start, start + len);
}
