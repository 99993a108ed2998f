/**
 * The DUMP payload frame (cluster.c createDumpPayload / verifyDumpPayload): the serialised value,
 * then the RDB version (2 bytes, little-endian; 10 for Redis 7.0), then the CRC64 of everything
 * before it (8 bytes, little-endian).
 */
import { crc64 } from './crc64.js';

export const RDB_VERSION = 10;

/** Append the version and checksum footer to a serialised body. */
export function framePayload(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 10);
  out.set(body);
  out[body.length] = RDB_VERSION & 0xff;
  out[body.length + 1] = (RDB_VERSION >> 8) & 0xff;
  let crc = crc64(0n, out.subarray(0, body.length + 2));
  for (let i = 0; i < 8; i++) {
    out[body.length + 2 + i] = Number(crc & 0xffn);
    crc >>= 8n;
  }
  return out;
}

/** verifyDumpPayload: at least the footer, a version not above ours, a matching CRC64. */
export function verifyPayload(p: Uint8Array): boolean {
  if (p.length < 10) return false;
  const ver = (p[p.length - 10] as number) | ((p[p.length - 9] as number) << 8);
  if (ver > RDB_VERSION) return false;
  let crc = 0n;
  for (let i = 7; i >= 0; i--) crc = (crc << 8n) | BigInt(p[p.length - 8 + i] as number);
  return crc64(0n, p.subarray(0, p.length - 8)) === crc;
}
