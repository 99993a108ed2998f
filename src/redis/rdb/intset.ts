/**
 * Intset (intset.c): encoding (element width 2, 4 or 8 bytes) and length as uint32 little-endian,
 * then the elements sorted ascending, little-endian. The width is the smallest that holds every
 * element (_intsetValueEncoding of the widest one added).
 */
import { ByteWriter } from './writer.js';
import { formatError } from './reader.js';

function width(v: bigint): number {
  if (v >= -32768n && v <= 32767n) return 2;
  if (v >= -2147483648n && v <= 2147483647n) return 4;
  return 8;
}

export function encodeIntset(values: readonly bigint[]): Uint8Array {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const enc = sorted.reduce((w, v) => Math.max(w, width(v)), 2);
  const w = new ByteWriter();
  w.intLE(BigInt(enc), 4);
  w.intLE(BigInt(sorted.length), 4);
  for (const v of sorted) w.intLE(v, enc);
  return w.result();
}

/**
 * intsetValidateIntegrity (deep): a known width, a size that matches the length, at least one
 * element, ascending without duplicates.
 */
export function decodeIntset(b: Uint8Array): bigint[] {
  if (b.length < 8) formatError('intset too short');
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const enc = dv.getUint32(0, true);
  const count = dv.getUint32(4, true);
  if (enc !== 2 && enc !== 4 && enc !== 8) formatError('intset bad encoding');
  if (count === 0 || 8 + count * enc !== b.length) formatError('intset bad size');
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const off = 8 + i * enc;
    const v = enc === 2 ? BigInt(dv.getInt16(off, true)) : enc === 4 ? BigInt(dv.getInt32(off, true)) : dv.getBigInt64(off, true);
    const prev = out[out.length - 1];
    if (prev !== undefined && v <= prev) formatError('intset not sorted');
    out.push(v);
  }
  return out;
}
