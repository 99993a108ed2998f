/**
 * RDB deserialisation primitives (rdb.c): rdbLoadLen, rdbGenericLoadStringObject (plain, int8/16/32
 * and LZF strings), rdbLoadBinaryDoubleValue, rdbLoadDoubleValue, rdbLoadMillisecondTime.
 * Any malformation throws RdbFormatError (RESTORE answers "Bad data format").
 */
import { lzfDecompress } from './lzf.js';
import { RDB_ENC_INT16, RDB_ENC_INT32, RDB_ENC_INT8, RDB_ENC_LZF, stringOf } from './writer.js';
import { strtod } from '../keyspace/numbers.js';

export class RdbFormatError extends Error {}

export function formatError(why: string): never {
  throw new RdbFormatError(why);
}

export class RdbReader {
  pos: number;
  constructor(
    readonly p: Uint8Array,
    start = 0,
    readonly end = p.length,
  ) {
    this.pos = start;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  byte(): number {
    if (this.pos >= this.end) formatError('short read');
    return this.p[this.pos++] as number;
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.end) formatError('short read');
    const out = this.p.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** rdbLoadLenByRef: [value, isEncoded]; the 0xC0 form carries a string encoding type. */
  lenOrEncoding(): [bigint, boolean] {
    const b = this.byte();
    const t = b >> 6;
    if (t === 3) return [BigInt(b & 0x3f), true];
    if (t === 0) return [BigInt(b & 0x3f), false];
    if (t === 1) return [BigInt(((b & 0x3f) << 8) | this.byte()), false];
    if (b === 0x80 || b === 0x81) {
      let n = 0n;
      for (let i = 0; i < (b === 0x80 ? 4 : 8); i++) n = (n << 8n) | BigInt(this.byte());
      return [n, false];
    }
    return formatError(`unknown length encoding ${b}`);
  }

  /** rdbLoadLen as an unsigned 64-bit value (an encoded form is an error here). */
  lenBig(): bigint {
    const [n, enc] = this.lenOrEncoding();
    if (enc) formatError('unexpected encoded length');
    return n;
  }

  /** A length used as a count or a size: it must fit what is left of the payload to be real. */
  len(): number {
    const n = this.lenBig();
    if (n > BigInt(this.remaining)) formatError('length beyond payload');
    return Number(n);
  }

  /** rdbGenericLoadStringObject as raw bytes. */
  stringBytes(): Uint8Array {
    const [n, enc] = this.lenOrEncoding();
    if (!enc) {
      if (n > BigInt(this.remaining)) formatError('short read');
      return this.bytes(Number(n));
    }
    switch (Number(n)) {
      case RDB_ENC_INT8:
        return intText(this.intLE(1));
      case RDB_ENC_INT16:
        return intText(this.intLE(2));
      case RDB_ENC_INT32:
        return intText(this.intLE(4));
      case RDB_ENC_LZF: {
        const clen = this.len();
        const len = this.lenBig();
        const compressed = this.bytes(clen);
        // rdbLoadLzfStringObject: lzf_decompress must return `len`; it returns 0 on any error, so
        // a declared length of 0 always "succeeds". One input byte expands to at most 264/2 bytes.
        if (len === 0n) return new Uint8Array(0);
        if (len > BigInt(clen) * 132n) formatError('invalid LZF string');
        try {
          return lzfDecompress(compressed, Number(len));
        } catch {
          return formatError('invalid LZF string');
        }
      }
      default:
        return formatError('unknown string encoding');
    }
  }

  /** A string as a latin1 JS string. */
  string(): string {
    return stringOf(this.stringBytes());
  }

  /** Signed little-endian integer of `size` bytes. */
  intLE(size: number): bigint {
    const b = this.bytes(size);
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i] as number);
    return BigInt.asIntN(size * 8, v);
  }

  /** rdbLoadBinaryDoubleValue. */
  binaryDouble(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  /** rdbLoadDoubleValue (RDB_TYPE_ZSET): length byte, 253 nan, 254 +inf, 255 -inf, else ASCII "%.17g". */
  textDouble(): number {
    const n = this.byte();
    if (n === 253) return NaN;
    if (n === 254) return Infinity;
    if (n === 255) return -Infinity;
    return strtod(stringOf(this.bytes(n))).value;
  }

  /** rdbLoadMillisecondTime: int64 little-endian. */
  millisecondTime(): bigint {
    return this.intLE(8);
  }
}

function intText(v: bigint): Uint8Array {
  return Buffer.from(v.toString(), 'latin1');
}
