/**
 * RDB serialisation primitives (rdb.c): rdbSaveLen, rdbSaveRawString (with its integer and LZF
 * attempts), rdbSaveBinaryDoubleValue, rdbSaveMillisecondTime, over a growable byte buffer.
 */
import { string2ll } from '../resp-parser.js';
import { lzfCompress } from './lzf.js';

export const RDB_ENC_INT8 = 0;
export const RDB_ENC_INT16 = 1;
export const RDB_ENC_INT32 = 2;
export const RDB_ENC_LZF = 3;

/** A latin1 JS string (code units 0..255) as bytes. */
export const bytesOf = (s: string): Uint8Array => Buffer.from(s, 'latin1');
/** Bytes as a latin1 JS string. */
export const stringOf = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

export class ByteWriter {
  private buf = new Uint8Array(64);
  private n = 0;

  get length(): number {
    return this.n;
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.n++] = b & 0xff;
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  /** Little-endian integer of `size` bytes (two's complement for negatives). */
  intLE(v: bigint, size: number): void {
    let x = BigInt.asUintN(size * 8, v);
    for (let i = 0; i < size; i++) {
      this.byte(Number(x & 0xffn));
      x >>= 8n;
    }
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

export class RdbWriter extends ByteWriter {
  /** rdbSaveLen: 6-bit, 14-bit, 32-bit (0x80, big-endian) or 64-bit (0x81, big-endian) lengths. */
  len(v: number | bigint): void {
    const n = BigInt(v);
    if (n < 0n) throw new RangeError('negative RDB length');
    if (n < 1n << 6n) this.byte(Number(n));
    else if (n < 1n << 14n) {
      this.byte(0x40 | Number(n >> 8n));
      this.byte(Number(n & 0xffn));
    } else if (n <= 0xffffffffn) {
      this.byte(0x80);
      for (let s = 24n; s >= 0n; s -= 8n) this.byte(Number((n >> s) & 0xffn));
    } else {
      this.byte(0x81);
      for (let s = 56n; s >= 0n; s -= 8n) this.byte(Number((n >> s) & 0xffn));
    }
  }

  /**
   * rdbSaveRawString: strings of at most 11 bytes that are canonical integers within int32 are
   * stored int-encoded (rdbTryIntegerEncoding); strings over 20 bytes are LZF-compressed when the
   * result is at least 4 bytes shorter (rdbSaveLzfStringObject, rdbcompression yes); otherwise
   * length + bytes.
   */
  rawString(s: Uint8Array | string): void {
    const b = typeof s === 'string' ? bytesOf(s) : s;
    if (b.length <= 11 && this.tryIntegerEncoding(b)) return;
    if (b.length > 20) {
      const c = lzfCompress(b, b.length - 4);
      if (c) {
        this.lzfBlob(c, b.length);
        return;
      }
    }
    this.len(b.length);
    this.bytes(b);
  }

  /** rdbSaveLzfBlob: 0xC3, compressed length, original length, data. */
  lzfBlob(compressed: Uint8Array, originalLength: number): void {
    this.byte(0xc0 | RDB_ENC_LZF);
    this.len(compressed.length);
    this.len(originalLength);
    this.bytes(compressed);
  }

  /** rdbTryIntegerEncoding + rdbEncodeInteger (8, 16 or 32-bit little-endian). */
  private tryIntegerEncoding(b: Uint8Array): boolean {
    const v = string2ll(stringOf(b));
    if (v === null) return false;
    if (v >= -128n && v <= 127n) {
      this.byte(0xc0 | RDB_ENC_INT8);
      this.intLE(v, 1);
    } else if (v >= -32768n && v <= 32767n) {
      this.byte(0xc0 | RDB_ENC_INT16);
      this.intLE(v, 2);
    } else if (v >= -2147483648n && v <= 2147483647n) {
      this.byte(0xc0 | RDB_ENC_INT32);
      this.intLE(v, 4);
    } else return false;
    return true;
  }

  /** rdbSaveBinaryDoubleValue: IEEE 754, little-endian. */
  binaryDouble(d: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, d, true);
    this.bytes(b);
  }

  /** rdbSaveMillisecondTime: int64 little-endian. */
  millisecondTime(ms: number | bigint): void {
    this.intLE(BigInt(ms), 8);
  }
}
