/**
 * LZF as Redis bundles it (liblzf 3.6, lzf_c.c / lzf_d.c with lzfP.h's settings: HLOG 16,
 * VERY_FAST 1, ULTRA_FAST 0, CHECK_INPUT 1). The compressor reproduces Redis's output byte for
 * byte: same hash (IDX over the rolling 32-bit value), same match search (a reference must lie
 * strictly after the first input byte, less than 8 KiB back, with 3 equal bytes; a match may end
 * the input: 7.0's copy has no `ip + 4 < in_end` guard, checked against redis-server 7.0.15),
 * the same 16-step unrolled extension and VERY_FAST re-hashing after a match.
 * Redis leaves the hash table uninitialised (INIT_HTAB 0); a stale slot can only matter when it
 * happens to point into the current input, which a fresh table never does — we use a fresh one.
 */
const HLOG = 16;
const HSIZE = 1 << HLOG;
const MAX_LIT = 1 << 5;
const MAX_OFF = 1 << 13;
const MAX_REF = (1 << 8) + (1 << 3);

const idx = (h: number): number => ((h >>> (3 * 8 - HLOG)) - Math.imul(h, 5)) & (HSIZE - 1);

/** lzf_compress: the compressed bytes, or null when they would not fit in outLen bytes. */
export function lzfCompress(input: Uint8Array, outLen: number): Uint8Array | null {
  const inLen = input.length;
  if (inLen === 0 || outLen <= 0) return null;
  const htab = new Int32Array(HSIZE).fill(-1);
  // A few spare bytes: the "start run" byte may be reserved one past outLen before the checks.
  const out = new Uint8Array(outLen + 8);
  const at = (i: number): number => input[i] as number;
  let ip = 0;
  let op = 0;
  let lit = 0;
  op++; // start run
  let hval = ((at(0) << 8) | at(1)) >>> 0;
  while (ip < inLen - 2) {
    hval = ((hval << 8) | at(ip + 2)) >>> 0;
    const slot = idx(hval);
    const ref = htab[slot] as number;
    htab[slot] = ip;
    const off = ip - ref - 1;
    if (ref > 0 && off >= 0 && off < MAX_OFF && at(ref + 2) === at(ip + 2) && at(ref) === at(ip) && at(ref + 1) === at(ip + 1)) {
      let len = 2;
      let maxlen = inLen - ip - len;
      if (maxlen > MAX_REF) maxlen = MAX_REF;
      if (op - (lit === 0 ? 1 : 0) + 3 + 1 >= outLen) return null; // the exact output-space test
      out[op - lit - 1] = (lit - 1) & 0xff; // stop run
      if (lit === 0) op--; // undo run if length is zero
      let mismatch = false;
      if (maxlen > 16) {
        for (let k = 0; k < 16; k++) {
          len++;
          if (at(ref + len) !== at(ip + len)) {
            mismatch = true;
            break;
          }
        }
      }
      if (!mismatch) {
        do len++;
        while (len < maxlen && at(ref + len) === at(ip + len));
      }
      len -= 2; // len is now #octets - 1
      ip++;
      if (len < 7) {
        out[op++] = ((off >> 8) + (len << 5)) & 0xff;
      } else {
        out[op++] = ((off >> 8) + (7 << 5)) & 0xff;
        out[op++] = (len - 7) & 0xff;
      }
      out[op++] = off & 0xff;
      lit = 0;
      op++; // start run
      ip += len + 1;
      if (ip >= inLen - 2) break;
      ip -= 2;
      hval = ((at(ip) << 8) | at(ip + 1)) >>> 0;
      hval = ((hval << 8) | at(ip + 2)) >>> 0;
      htab[idx(hval)] = ip;
      ip++;
      hval = ((hval << 8) | at(ip + 2)) >>> 0;
      htab[idx(hval)] = ip;
      ip++;
    } else {
      if (op >= outLen) return null;
      lit++;
      out[op++] = at(ip++);
      if (lit === MAX_LIT) {
        out[op - lit - 1] = lit - 1;
        lit = 0;
        op++;
      }
    }
  }
  if (op + 3 > outLen) return null; // at most 3 bytes can be missing here
  while (ip < inLen) {
    lit++;
    out[op++] = at(ip++);
    if (lit === MAX_LIT) {
      out[op - lit - 1] = lit - 1;
      lit = 0;
      op++;
    }
  }
  out[op - lit - 1] = (lit - 1) & 0xff; // end run
  if (lit === 0) op--;
  return op === 0 ? null : out.slice(0, op);
}

/** lzf_decompress with CHECK_INPUT: throws when the input is truncated or refers outside the output. */
export function lzfDecompress(src: Uint8Array, outLen: number): Uint8Array {
  const out = new Uint8Array(outLen);
  let ip = 0;
  let op = 0;
  while (ip < src.length) {
    let ctrl = src[ip++] as number;
    if (ctrl < 32) {
      ctrl++;
      if (op + ctrl > outLen || ip + ctrl > src.length) throw new Error('lzf: bad literal run');
      for (let i = 0; i < ctrl; i++) out[op++] = src[ip++] as number;
    } else {
      let len = ctrl >> 5;
      let ref = op - ((ctrl & 0x1f) << 8) - 1;
      if (ip >= src.length) throw new Error('lzf: truncated reference');
      if (len === 7) {
        len += src[ip++] as number;
        if (ip >= src.length) throw new Error('lzf: truncated reference');
      }
      ref -= src[ip++] as number;
      len += 2;
      if (op + len > outLen || ref < 0) throw new Error('lzf: bad reference');
      for (let i = 0; i < len; i++) out[op++] = out[ref++] as number;
    }
  }
  if (op !== outLen) throw new Error('lzf: length mismatch');
  return out;
}
