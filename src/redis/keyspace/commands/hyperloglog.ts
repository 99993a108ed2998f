/**
 * HyperLogLog (Redis 7.0 hyperloglog.c): PFADD PFCOUNT PFMERGE over string
 * values holding Redis's exact byte layout, so GET/SET/DUMP-like inspection
 * sees the same bytes: 16-byte header "HYLL", encoding (0 dense, 1 sparse),
 * 3 unused bytes, 8-byte little-endian cached cardinality (bit 7 of the last
 * byte = cache invalid); then 16384 6-bit registers (dense) or the sparse
 * opcodes ZERO 00xxxxxx, XZERO 01xxxxxx yyyyyyyy, VAL 1vvvvvxx.
 * Hash: MurmurHash64A, seed 0xadc83b19; estimator: Ertl's (hllTau/hllSigma).
 */
import { R } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandHandler, dbOf, lookup } from '../context.js';
import type { RString } from '../keyspace.js';

const P = 14;
const Q = 64 - P;
const REGISTERS = 1 << P;
const HDR = 16;
const DENSE_SIZE = HDR + Math.floor((REGISTERS * 6 + 7) / 8);
const SPARSE_MAX_BYTES = 3000; // hll-sparse-max-bytes default
const VAL_MAX_VALUE = 32;
const VAL_MAX_LEN = 4;
const ZERO_MAX_LEN = 64;
const XZERO_MAX_LEN = 16384;
const ALPHA_INF = 0.721347520444481703680;

const NOT_HLL = err('WRONGTYPE Key is not a valid HyperLogLog string value.');
const INVALID_HLL = err('INVALIDOBJ Corrupted HLL object detected');

const M64 = (1n << 64n) - 1n;

/** MurmurHash64A as Redis uses it (little-endian reads on every platform). */
export function murmurHash64A(data: Uint8Array, seed: bigint): bigint {
  const m = 0xc6a4a7935bd1e995n;
  const r = 47n;
  const len = data.length;
  let h = (seed ^ ((BigInt(len) * m) & M64)) & M64;
  const nblocks = len - (len & 7);
  for (let i = 0; i < nblocks; i += 8) {
    let k = 0n;
    for (let b = 7; b >= 0; b--) k = (k << 8n) | BigInt(data[i + b] ?? 0);
    k = (k * m) & M64;
    k ^= k >> r;
    k = (k * m) & M64;
    h ^= k;
    h = (h * m) & M64;
  }
  const rest = len & 7;
  if (rest) {
    for (let b = rest - 1; b >= 0; b--) h ^= BigInt(data[nblocks + b] ?? 0) << BigInt(8 * b);
    h = (h * m) & M64;
  }
  h ^= h >> r;
  h = (h * m) & M64;
  h ^= h >> r;
  return h;
}

/** hllPatLen: register index and the length of the 000..1 pattern (1..Q+1). */
function patLen(ele: string): { index: number; count: number } {
  const hash = murmurHash64A(Buffer.from(ele, 'latin1'), 0xadc83b19n);
  const index = Number(hash & BigInt(REGISTERS - 1));
  let h = (hash >> BigInt(P)) | (1n << BigInt(Q));
  let count = 1;
  while ((h & 1n) === 0n) {
    count++;
    h >>= 1n;
  }
  return { index, count };
}

const bytesOf = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const stringOf = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

function createHll(): Uint8Array {
  const out = new Uint8Array(HDR + 2);
  out.set([0x48, 0x59, 0x4c, 0x4c], 0); // "HYLL"
  out[4] = 1; // sparse
  const l = XZERO_MAX_LEN - 1;
  out[HDR] = (l >> 8) | 0x40;
  out[HDR + 1] = l & 0xff;
  return out;
}

/** isHLLObjectOrReply (the string type check is done by the caller). */
function isHll(b: Uint8Array): boolean {
  if (b.length < HDR) return false;
  if (b[0] !== 0x48 || b[1] !== 0x59 || b[2] !== 0x4c || b[3] !== 0x4c) return false;
  const enc = b[4] ?? 255;
  if (enc > 1) return false;
  if (enc === 0 && b.length !== DENSE_SIZE) return false;
  return true;
}

function denseGet(b: Uint8Array, reg: number): number {
  const byte = HDR + ((reg * 6) >> 3);
  const fb = (reg * 6) & 7;
  const b0 = b[byte] ?? 0;
  const b1 = b[byte + 1] ?? 0;
  return ((b0 >> fb) | (b1 << (8 - fb))) & 63;
}

function denseSet(b: Uint8Array, reg: number, val: number): void {
  const byte = HDR + ((reg * 6) >> 3);
  const fb = (reg * 6) & 7;
  const fb8 = 8 - fb;
  b[byte] = ((b[byte] ?? 0) & ~(63 << fb) & 0xff) | ((val << fb) & 0xff);
  if (byte + 1 < b.length) b[byte + 1] = ((b[byte + 1] ?? 0) & ~(63 >> fb8) & 0xff) | (val >> fb8);
}

/** Registers of a sparse or dense HLL, or null if the sparse opcodes are invalid. */
function registersOf(b: Uint8Array): Uint8Array | null {
  const regs = new Uint8Array(REGISTERS);
  if (b[4] === 0) {
    for (let i = 0; i < REGISTERS; i++) regs[i] = denseGet(b, i);
    return regs;
  }
  let idx = 0;
  let p = HDR;
  while (p < b.length) {
    const op = b[p] ?? 0;
    if ((op & 0xc0) === 0) {
      idx += (op & 0x3f) + 1;
      p++;
    } else if ((op & 0xc0) === 0x40) {
      idx += (((op & 0x3f) << 8) | (b[p + 1] ?? 0)) + 1;
      p += 2;
    } else {
      const runlen = (op & 3) + 1;
      const val = ((op >> 2) & 0x1f) + 1;
      if (runlen + idx > REGISTERS) break;
      for (let k = 0; k < runlen; k++) regs[idx++] = val;
      p++;
    }
  }
  return idx === REGISTERS ? regs : null;
}

function sparseToDense(b: Uint8Array): Uint8Array | null {
  const regs = registersOf(b);
  if (!regs) return null;
  const d = new Uint8Array(DENSE_SIZE + 1); // one spare byte, like the sds terminator
  d.set(b.subarray(0, HDR));
  d[4] = 0;
  for (let i = 0; i < REGISTERS; i++) if (regs[i]) denseSet(d, i, regs[i] ?? 0);
  return d.subarray(0, DENSE_SIZE);
}

/** hllSparseSet / hllDenseSet. Returns the new bytes and 1 (updated), 0, or -1 (corrupt). */
function hllSet(bIn: Uint8Array, index: number, count: number): { b: Uint8Array; r: number } {
  let b = bIn;
  if (b[4] === 0) {
    if (count > denseGet(b, index)) {
      const d = new Uint8Array(b.length + 1);
      d.set(b);
      denseSet(d, index, count);
      return { b: d.subarray(0, b.length), r: 1 };
    }
    return { b, r: 0 };
  }
  const promote = (): { b: Uint8Array; r: number } => {
    const d = sparseToDense(b);
    if (!d) return { b, r: -1 };
    return hllSet(d, index, count);
  };
  if (count > VAL_MAX_VALUE) return promote();
  const arr = Array.from(b);
  let end = arr.length;
  let p = HDR;
  let first = 0;
  let prev = -1;
  let span = 0;
  while (p < end) {
    const op = arr[p] ?? 0;
    let oplen = 1;
    if ((op & 0xc0) === 0) span = (op & 0x3f) + 1;
    else if (op & 0x80) span = (op & 3) + 1;
    else {
      span = (((op & 0x3f) << 8) | (arr[p + 1] ?? 0)) + 1;
      oplen = 2;
    }
    if (index <= first + span - 1) break;
    prev = p;
    p += oplen;
    first += span;
  }
  if (span === 0 || p >= end) return { b, r: -1 };
  const op = arr[p] ?? 0;
  const isZero = (op & 0xc0) === 0;
  const isXzero = (op & 0xc0) === 0x40;
  const isVal = (op & 0x80) !== 0;
  const runlen = isZero ? (op & 0x3f) + 1 : isXzero ? (((op & 0x3f) << 8) | (arr[p + 1] ?? 0)) + 1 : (op & 3) + 1;
  const valOp = (v: number, len: number): number => (((v - 1) << 2) | (len - 1) | 0x80) & 0xff;
  let updatedInPlace = false;
  if (isVal) {
    const old = ((op >> 2) & 0x1f) + 1;
    if (old >= count) return { b, r: 0 };
    if (runlen === 1) {
      arr[p] = valOp(count, 1);
      updatedInPlace = true;
    }
  }
  if (!updatedInPlace && isZero && runlen === 1) {
    arr[p] = valOp(count, 1);
    updatedInPlace = true;
  }
  if (!updatedInPlace) {
    const seq: number[] = [];
    const last = first + span - 1;
    const zeros = (len: number): void => {
      if (len > ZERO_MAX_LEN) seq.push(((len - 1) >> 8) | 0x40, (len - 1) & 0xff);
      else seq.push(len - 1);
    };
    if (isZero || isXzero) {
      if (index !== first) zeros(index - first);
      seq.push(valOp(count, 1));
      if (index !== last) zeros(last - index);
    } else {
      const curval = ((op >> 2) & 0x1f) + 1;
      if (index !== first) seq.push(valOp(curval, index - first));
      seq.push(valOp(count, 1));
      if (index !== last) seq.push(valOp(curval, last - index));
    }
    const oldlen = isXzero ? 2 : 1;
    const delta = seq.length - oldlen;
    if (delta > 0 && arr.length + delta > SPARSE_MAX_BYTES) return promote();
    arr.splice(p, oldlen, ...seq);
    end += delta;
  }
  // Step 4: merge adjacent VAL opcodes with the same value (up to 5 opcodes from prev).
  let q = prev >= 0 ? prev : HDR;
  let scanlen = 5;
  while (q < end && scanlen-- > 0) {
    const o = arr[q] ?? 0;
    if ((o & 0xc0) === 0x40) {
      q += 2;
      continue;
    } else if ((o & 0xc0) === 0) {
      q++;
      continue;
    }
    const n = arr[q + 1];
    if (q + 1 < end && n !== undefined && n & 0x80) {
      const v1 = ((o >> 2) & 0x1f) + 1;
      const v2 = ((n >> 2) & 0x1f) + 1;
      if (v1 === v2) {
        const len = (o & 3) + 1 + (n & 3) + 1;
        if (len <= VAL_MAX_LEN) {
          arr[q + 1] = valOp(v1, len);
          arr.splice(q, 1);
          end--;
          continue;
        }
      }
    }
    q++;
  }
  const out = Uint8Array.from(arr);
  out[15] = (out[15] ?? 0) | 0x80; // HLL_INVALIDATE_CACHE
  return { b: out, r: 1 };
}

function sigma(xIn: number): number {
  let x = xIn;
  if (x === 1) return Infinity;
  let zPrime: number;
  let y = 1;
  let z = x;
  do {
    x *= x;
    zPrime = z;
    z += x * y;
    y += y;
  } while (zPrime !== z);
  return z;
}

function tau(xIn: number): number {
  let x = xIn;
  if (x === 0 || x === 1) return 0;
  let zPrime: number;
  let y = 1.0;
  let z = 1 - x;
  do {
    x = Math.sqrt(x);
    zPrime = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
  } while (zPrime !== z);
  return z / 3;
}

/** hllCount from the registers' histogram. */
function countRegisters(regs: Uint8Array): bigint {
  const m = REGISTERS;
  const histo = new Array<number>(64).fill(0);
  for (const r of regs) histo[r] = (histo[r] ?? 0) + 1;
  let z = m * tau((m - (histo[Q + 1] ?? 0)) / m);
  for (let j = Q; j >= 1; --j) {
    z += histo[j] ?? 0;
    z *= 0.5;
  }
  z += m * sigma((histo[0] ?? 0) / m);
  const e = (ALPHA_INF * m * m) / z;
  // llroundl: half away from zero
  return BigInt(Math.sign(e) * Math.round(Math.abs(e)));
}

const pfadd: CommandHandler = (ks, ctx, argv) => {
  const key = argv[1] ?? '';
  const v = lookup(ks, ctx, key);
  let b: Uint8Array;
  let updated = 0;
  const db = dbOf(ks, ctx);
  if (v === undefined) {
    b = createHll();
    updated++;
  } else {
    if (v.type !== 'string') return ERR.wrongType;
    b = bytesOf(v.value);
    if (!isHll(b)) return NOT_HLL;
  }
  for (let j = 2; j < argv.length; j++) {
    const { index, count } = patLen(argv[j] ?? '');
    const res = hllSet(b, index, count);
    if (res.r === -1) return INVALID_HLL;
    b = res.b;
    if (res.r === 1) updated++;
  }
  if (updated) {
    b[15] = (b[15] ?? 0) | 0x80;
    if (v === undefined) ks.addKey(db, key, { type: 'string', value: stringOf(b), raw: true });
    else {
      (v as RString).value = stringOf(b);
      ks.signalModified(db, key);
    }
    ks.dirty += updated;
  } else if (v === undefined) ks.addKey(db, key, { type: 'string', value: stringOf(b), raw: true });
  return R.int(updated ? 1 : 0);
};

const pfcount: CommandHandler = (ks, ctx, argv) => {
  if (argv.length > 2) {
    const max = new Uint8Array(REGISTERS);
    for (let j = 1; j < argv.length; j++) {
      const v = lookup(ks, ctx, argv[j] ?? '');
      if (v === undefined) continue;
      if (v.type !== 'string') return ERR.wrongType;
      const b = bytesOf(v.value);
      if (!isHll(b)) return NOT_HLL;
      const regs = registersOf(b);
      if (!regs) return INVALID_HLL;
      for (let i = 0; i < REGISTERS; i++) if ((regs[i] ?? 0) > (max[i] ?? 0)) max[i] = regs[i] ?? 0;
    }
    return R.int(countRegisters(max));
  }
  const key = argv[1] ?? '';
  const v = lookup(ks, ctx, key);
  if (v === undefined) return R.int(0);
  if (v.type !== 'string') return ERR.wrongType;
  const b = bytesOf(v.value);
  if (!isHll(b)) return NOT_HLL;
  if (((b[15] ?? 0) & 0x80) === 0) {
    let card = 0n;
    for (let i = 7; i >= 0; i--) card = (card << 8n) | BigInt(b[8 + i] ?? 0);
    return R.int(card);
  }
  const regs = registersOf(b);
  if (!regs) return INVALID_HLL;
  const card = countRegisters(regs);
  for (let i = 0; i < 8; i++) b[8 + i] = Number((card >> BigInt(8 * i)) & 0xffn);
  v.value = stringOf(b);
  ks.signalModified(dbOf(ks, ctx), key);
  ks.dirty++;
  return R.int(card);
};

const pfmerge: CommandHandler = (ks, ctx, argv) => {
  const max = new Uint8Array(REGISTERS);
  let useDense = false;
  for (let j = 1; j < argv.length; j++) {
    const v = lookup(ks, ctx, argv[j] ?? '');
    if (v === undefined) continue;
    if (v.type !== 'string') return ERR.wrongType;
    const b = bytesOf(v.value);
    if (!isHll(b)) return NOT_HLL;
    if (b[4] === 0) useDense = true;
    const regs = registersOf(b);
    if (!regs) return INVALID_HLL;
    for (let i = 0; i < REGISTERS; i++) if ((regs[i] ?? 0) > (max[i] ?? 0)) max[i] = regs[i] ?? 0;
  }
  const key = argv[1] ?? '';
  const v = lookup(ks, ctx, key);
  let b = v && v.type === 'string' ? bytesOf(v.value) : createHll();
  if (useDense && b[4] === 1) {
    const d = sparseToDense(b);
    if (!d) return INVALID_HLL;
    b = d;
  }
  for (let j = 0; j < REGISTERS; j++) {
    const m = max[j] ?? 0;
    if (m === 0) continue;
    const res = hllSet(b, j, m);
    if (res.r === -1) return INVALID_HLL;
    b = res.b;
  }
  b[15] = (b[15] ?? 0) | 0x80;
  const db = dbOf(ks, ctx);
  if (v && v.type === 'string') {
    v.value = stringOf(b);
    ks.signalModified(db, key);
  } else ks.addKey(db, key, { type: 'string', value: stringOf(b), raw: true });
  ks.dirty++;
  return R.ok();
};

export const hyperloglogCommands: Record<string, CommandHandler> = { pfadd, pfcount, pfmerge };
