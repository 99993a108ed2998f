/**
 * Redis crc64 (crc64.c): CRC-64/Jones, reflected, polynomial 0xad93d23594c935a9, init 0,
 * no final xor. crc64(0, "123456789") = 0xe9c6d914c4b8d9ca. Used by DUMP payloads.
 */
const POLY_REFLECTED = 0x95ac9329ac4bc9b5n; // bit-reversed 0xad93d23594c935a9
const TABLE: bigint[] = (() => {
  const t: bigint[] = [];
  for (let i = 0n; i < 256n; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ POLY_REFLECTED : c >> 1n;
    t.push(c);
  }
  return t;
})();

export function crc64(crc: bigint, bytes: Uint8Array): bigint {
  let c = crc;
  for (const b of bytes) c = (TABLE[Number((c ^ BigInt(b)) & 0xffn)] as bigint) ^ (c >> 8n);
  return c;
}
