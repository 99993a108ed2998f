/** Bitmap commands on strings (Redis 7.0 bitops.c): SETBIT GETBIT BITCOUNT BITPOS BITOP. Bit 0 is the MSB of byte 0. */
import { R } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandHandler, dbOf, lookup, lookupTyped, parseLL } from '../context.js';
import { string2ll } from '../numbers.js';
import { PROTO_MAX_BULK_LEN } from './strings.js';

const BIT_OFFSET_ERR = err('ERR bit offset is not an integer or out of range');

/** getBitOffsetFromArgument (no bit/byte hash syntax: that is BITFIELD's). */
function bitOffset(s: string): number {
  const v = string2ll(s);
  if (v === null || v < 0n || v >> 3n >= BigInt(PROTO_MAX_BULK_LEN)) throw BIT_OFFSET_ERR_THROW;
  return Number(v);
}
const BIT_OFFSET_ERR_THROW = new Error('bit offset');

function bitAt(s: string, i: number): number {
  const byte = s.charCodeAt(i >> 3);
  if (Number.isNaN(byte)) return 0;
  return (byte >> (7 - (i & 7))) & 1;
}

const setbit: CommandHandler = (ks, ctx, argv) => {
  let off: number;
  try {
    off = bitOffset(argv[2] ?? '');
  } catch {
    return BIT_OFFSET_ERR;
  }
  const bitErr = err('ERR bit is not an integer or out of range');
  const on = string2ll(argv[3] ?? '');
  if (on === null || (on & ~1n) !== 0n) return bitErr;
  const key = argv[1] ?? '';
  const v = lookupTyped(ks, ctx, key, 'string');
  const byteIdx = off >> 3;
  let s = v ? v.value : '';
  if (s.length <= byteIdx) s += '\0'.repeat(byteIdx + 1 - s.length);
  const old = bitAt(s, off);
  const mask = 1 << (7 - (off & 7));
  const b = s.charCodeAt(byteIdx);
  const nb = on ? b | mask : b & ~mask;
  s = s.slice(0, byteIdx) + String.fromCharCode(nb) + s.slice(byteIdx + 1);
  const db = dbOf(ks, ctx);
  if (v) {
    v.value = s;
    v.raw = true;
    ks.signalModified(db, key);
  } else ks.addKey(db, key, { type: 'string', value: s, raw: true });
  ks.dirty++;
  return R.int(old);
};

const getbit: CommandHandler = (ks, ctx, argv) => {
  let off: number;
  try {
    off = bitOffset(argv[2] ?? '');
  } catch {
    return BIT_OFFSET_ERR;
  }
  const v = lookupTyped(ks, ctx, argv[1] ?? '', 'string');
  return R.int(v ? bitAt(v.value, off) : 0);
};

function popcount(b: number): number {
  let n = 0;
  for (let x = b; x; x &= x - 1) n++;
  return n;
}

/** Range conversion shared by BITCOUNT and BITPOS: returns the bit range [bs, be] or null when empty. */
function bitRange(start: bigint, end: bigint, strlen: number, isbit: boolean): { bs: number; be: number; startByte: number; endByte: number } | null {
  let totlen = BigInt(strlen);
  if (isbit) totlen <<= 3n;
  if (start < 0n) start = totlen + start;
  if (end < 0n) end = totlen + end;
  if (start < 0n) start = 0n;
  if (end < 0n) end = 0n;
  if (end >= totlen) end = totlen - 1n;
  let bs: bigint, be: bigint, sb: bigint, eb: bigint;
  if (isbit) {
    if (start > end) return null;
    bs = start;
    be = end;
    sb = start >> 3n;
    eb = end >> 3n;
  } else {
    if (start > end) return null;
    sb = start;
    eb = end;
    bs = start * 8n;
    be = end * 8n + 7n;
  }
  return { bs: Number(bs), be: Number(be), startByte: Number(sb), endByte: Number(eb) };
}

const bitcount: CommandHandler = (ks, ctx, argv) => {
  const v = lookupTyped(ks, ctx, argv[1] ?? '', 'string');
  if (!v) return R.int(0);
  const s = v.value;
  let r: ReturnType<typeof bitRange>;
  if (argv.length === 4 || argv.length === 5) {
    const start = parseLL(argv[2] ?? '');
    const end = parseLL(argv[3] ?? '');
    let isbit = false;
    if (argv.length === 5) {
      const u = (argv[4] ?? '').toLowerCase();
      if (u === 'bit') isbit = true;
      else if (u !== 'byte') return ERR.syntax;
    }
    if (start < 0n && end < 0n && start > end) return R.int(0);
    r = bitRange(start, end, s.length, isbit);
  } else if (argv.length === 2) {
    r = s.length ? { bs: 0, be: s.length * 8 - 1, startByte: 0, endByte: s.length - 1 } : null;
  } else return ERR.syntax;
  if (!r) return R.int(0);
  let n = 0;
  for (let i = r.startByte; i <= r.endByte; i++) n += popcount(s.charCodeAt(i));
  // subtract the bits of the edge bytes outside a BIT range
  for (let b = r.startByte * 8; b < r.bs; b++) n -= bitAt(s, b);
  for (let b = r.be + 1; b <= r.endByte * 8 + 7; b++) n -= bitAt(s, b);
  return R.int(n);
};

const bitpos: CommandHandler = (ks, ctx, argv) => {
  const bit = parseLL(argv[2] ?? '');
  if (bit !== 0n && bit !== 1n) return err('ERR The bit argument must be 1 or 0.');
  const v = lookup(ks, ctx, argv[1] ?? '');
  if (v === undefined) return R.int(bit ? -1 : 0);
  if (v.type !== 'string') return ERR.wrongType;
  const s = v.value;
  let r: ReturnType<typeof bitRange>;
  let endGiven = false;
  if (argv.length >= 4 && argv.length <= 6) {
    const start = parseLL(argv[3] ?? '');
    let isbit = false;
    if (argv.length === 6) {
      const u = (argv[5] ?? '').toLowerCase();
      if (u === 'bit') isbit = true;
      else if (u !== 'byte') return ERR.syntax;
    }
    let end: bigint;
    if (argv.length >= 5) {
      end = parseLL(argv[4] ?? '');
      endGiven = true;
    } else end = isbit ? (BigInt(s.length) << 3n) + 7n : BigInt(s.length) - 1n;
    r = bitRange(start, end, s.length, isbit);
  } else if (argv.length === 3) {
    r = s.length ? { bs: 0, be: s.length * 8 - 1, startByte: 0, endByte: s.length - 1 } : null;
  } else return ERR.syntax;
  if (!r) return R.int(-1);
  for (let b = r.bs; b <= r.be; b++) if (bitAt(s, b) === Number(bit)) return R.int(b);
  if (bit === 1n) return R.int(-1);
  // No clear bit: the string is seen as zero-padded on the right unless an end was given.
  return R.int(endGiven ? -1 : (r.endByte + 1) * 8);
};

const bitop: CommandHandler = (ks, ctx, argv) => {
  const op = (argv[1] ?? '').toLowerCase();
  if (op !== 'and' && op !== 'or' && op !== 'xor' && op !== 'not') return ERR.syntax;
  const srcKeys = argv.slice(3);
  if (op === 'not' && srcKeys.length !== 1) return err('ERR BITOP NOT must be called with a single source key.');
  const srcs: string[] = [];
  for (const k of srcKeys) {
    const v = lookup(ks, ctx, k);
    if (v === undefined) srcs.push('');
    else if (v.type !== 'string') return ERR.wrongType;
    else srcs.push(v.value);
  }
  const maxlen = Math.max(0, ...srcs.map((x) => x.length));
  const out: string[] = [];
  for (let i = 0; i < maxlen; i++) {
    let acc = (srcs[0] ?? '').charCodeAt(i) || 0;
    if (op === 'not') acc = ~acc & 0xff;
    for (let j = 1; j < srcs.length; j++) {
      const b = (srcs[j] ?? '').charCodeAt(i) || 0;
      if (op === 'and') acc &= b;
      else if (op === 'or') acc |= b;
      else acc ^= b;
    }
    out.push(String.fromCharCode(acc));
  }
  const dest = argv[2] ?? '';
  const db = dbOf(ks, ctx);
  if (maxlen === 0) {
    if (lookup(ks, ctx, dest) !== undefined) {
      ks.deleteKey(db, dest);
      ks.dirty++;
    }
    return R.int(0);
  }
  ks.setKey(db, dest, { type: 'string', value: out.join('') });
  ks.dirty++;
  return R.int(maxlen);
};

export const bitmapCommands: Record<string, CommandHandler> = { setbit, getbit, bitcount, bitpos, bitop };
