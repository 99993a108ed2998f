/**
 * Redis crc64 (crc64.c): CRC-64/Jones, reflected, polynomial 0xad93d23594c935a9, init 0,
 * no final xor. crc64(0, "123456789") = 0xe9c6d914c4b8d9ca. It closes every DUMP payload
 * (cluster.c createDumpPayload) and FUNCTION DUMP payload.
 *
 * The 64-bit register is kept as two 32-bit halves so the byte loop runs on plain numbers.
 */
const POLY_HI = 0x95ac9329; // bit-reversed 0xad93d23594c935a9, high half
const POLY_LO = 0xac4bc9b5; // low half
const TABLE_HI = new Uint32Array(256);
const TABLE_LO = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let hi = 0;
  let lo = i;
  for (let k = 0; k < 8; k++) {
    const bit = lo & 1;
    lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
    hi = hi >>> 1;
    if (bit) {
      hi = (hi ^ POLY_HI) >>> 0;
      lo = (lo ^ POLY_LO) >>> 0;
    }
  }
  TABLE_HI[i] = hi;
  TABLE_LO[i] = lo;
}

export function crc64(crc: bigint, bytes: Uint8Array): bigint {
  let hi = Number((crc >> 32n) & 0xffffffffn);
  let lo = Number(crc & 0xffffffffn);
  for (let i = 0; i < bytes.length; i++) {
    const idx = (lo ^ (bytes[i] as number)) & 0xff;
    lo = (((lo >>> 8) | (hi << 24)) ^ (TABLE_LO[idx] as number)) >>> 0;
    hi = ((hi >>> 8) ^ (TABLE_HI[idx] as number)) >>> 0;
  }
  return (BigInt(hi) << 32n) | BigInt(lo);
}
