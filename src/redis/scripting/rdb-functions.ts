/**
 * FUNCTION DUMP / RESTORE payloads (functions.c functionDumpCommand, rdb.c): for each library
 * RDB_OPCODE_FUNCTION2 (245) and the library code as an RDB string, then the RDB version
 * (10 for 7.0, 2 bytes little-endian) and the CRC64 of everything before (8 bytes LE).
 * Divergence: DUMP never LZF-compresses strings (Redis does for codes over 20 bytes when that
 * saves space); RESTORE reads every RDB string encoding, LZF included.
 */
import { crc64 } from './crc64.js';

export const RDB_VERSION = 10;
export const RDB_OPCODE_FUNCTION = 246;
export const RDB_OPCODE_FUNCTION2 = 245;

function encodeLength(n: number): number[] {
  if (n < 1 << 6) return [n];
  if (n < 1 << 14) return [0x40 | (n >> 8), n & 0xff];
  return [0x80, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

export function dumpFunctions(codes: readonly string[]): string {
  const bytes: number[] = [];
  for (const code of codes) {
    bytes.push(RDB_OPCODE_FUNCTION2, ...encodeLength(code.length));
    for (let i = 0; i < code.length; i++) bytes.push(code.charCodeAt(i) & 0xff);
  }
  bytes.push(RDB_VERSION & 0xff, (RDB_VERSION >> 8) & 0xff);
  let crc = crc64(0n, Uint8Array.from(bytes));
  for (let i = 0; i < 8; i++) {
    bytes.push(Number(crc & 0xffn));
    crc >>= 8n;
  }
  return Buffer.from(bytes).toString('latin1');
}

/** verifyDumpPayload: footer version ≤ RDB_VERSION and matching CRC64. */
export function verifyPayload(p: Uint8Array): boolean {
  if (p.length < 10) return false;
  const ver = (p[p.length - 10] as number) | ((p[p.length - 9] as number) << 8);
  if (ver > RDB_VERSION) return false;
  let crc = 0n;
  for (let i = 7; i >= 0; i--) crc = (crc << 8n) | BigInt(p[p.length - 8 + i] as number);
  return crc64(0n, p.subarray(0, p.length - 8)) === crc;
}

class Reader {
  pos = 0;
  constructor(readonly p: Uint8Array, readonly end: number) {}
  byte(): number {
    if (this.pos >= this.end) throw new Error('eof');
    return this.p[this.pos++] as number;
  }
  /** rdbLoadLen: [length, isEncoded] */
  len(): [number, boolean] {
    const b = this.byte();
    const t = b >> 6;
    if (t === 3) return [b & 0x3f, true];
    if (t === 0) return [b & 0x3f, false];
    if (t === 1) return [((b & 0x3f) << 8) | this.byte(), false];
    if (b === 0x80) {
      let n = 0;
      for (let i = 0; i < 4; i++) n = n * 256 + this.byte();
      return [n, false];
    }
    if (b === 0x81) {
      let n = 0;
      for (let i = 0; i < 8; i++) n = n * 256 + this.byte();
      return [n, false];
    }
    throw new Error('bad length');
  }
  bytes(n: number): Uint8Array {
    if (this.pos + n > this.end) throw new Error('eof');
    const out = this.p.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** rdbGenericLoadStringObject */
  string(): string {
    const [n, enc] = this.len();
    if (!enc) return Buffer.from(this.bytes(n)).toString('latin1');
    switch (n) {
      case 0:
        return String((this.byte() << 24) >> 24);
      case 1: {
        const v = this.byte() | (this.byte() << 8);
        return String((v << 16) >> 16);
      }
      case 2: {
        const v = this.byte() | (this.byte() << 8) | (this.byte() << 16) | (this.byte() << 24);
        return String(v | 0);
      }
      case 3: {
        const [clen] = this.len();
        const [len] = this.len();
        return Buffer.from(lzfDecompress(this.bytes(clen), len)).toString('latin1');
      }
      default:
        throw new Error('unknown string encoding');
    }
  }
}

/** lzf_decompress (liblzf) */
export function lzfDecompress(src: Uint8Array, outLen: number): Uint8Array {
  const out = new Uint8Array(outLen);
  let ip = 0;
  let op = 0;
  while (ip < src.length) {
    let ctrl = src[ip++] as number;
    if (ctrl < 32) {
      ctrl++;
      if (op + ctrl > outLen || ip + ctrl > src.length) throw new Error('lzf');
      for (let i = 0; i < ctrl; i++) out[op++] = src[ip++] as number;
    } else {
      let len = ctrl >> 5;
      let ref = op - ((ctrl & 0x1f) << 8) - 1;
      if (len === 7) len += src[ip++] as number;
      ref -= src[ip++] as number;
      len += 2;
      if (op + len > outLen || ref < 0) throw new Error('lzf');
      for (let i = 0; i < len; i++) out[op++] = out[ref++] as number;
    }
  }
  if (op !== outLen) throw new Error('lzf');
  return out;
}

/**
 * The library codes of a verified payload, or the error text of functionRestoreCommand /
 * rdbFunctionLoad (without `ERR `).
 */
export function parseFunctionsPayload(p: Uint8Array): { codes: string[] } | { error: string } {
  const r = new Reader(p, p.length - 10);
  const codes: string[] = [];
  try {
    while (p.length - r.pos > 10) {
      const type = r.byte();
      if (type !== RDB_OPCODE_FUNCTION && type !== RDB_OPCODE_FUNCTION2) return { error: 'given type is not a function' };
      if (type === RDB_OPCODE_FUNCTION) {
        // 7.0 release candidates: name, engine, optional description, code.
        r.string();
        r.string();
        const hasDesc = r.len()[0];
        if (hasDesc) r.string();
        codes.push(r.string());
      } else {
        codes.push(r.string());
      }
    }
  } catch {
    return { error: 'failed loading the given functions payload' };
  }
  return { codes };
}
