/** BITFIELD and BITFIELD_RO (Redis 7.0 bitops.c bitfieldGeneric), int64/uint64 arithmetic in bigint. */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, fail, lookup, lookupTyped, parseLL } from '../context.js';
import type { Keyspace } from '../keyspace.js';
import { string2ll } from '../numbers.js';
import { PROTO_MAX_BULK_LEN } from './strings.js';

const U64 = 1n << 64n;
const toU64 = (v: bigint): bigint => ((v % U64) + U64) % U64;
const toI64 = (v: bigint): bigint => {
  const u = toU64(v);
  return u >= 1n << 63n ? u - U64 : u;
};

type Overflow = 'wrap' | 'sat' | 'fail';
interface Op {
  kind: 'get' | 'set' | 'incrby';
  signed: boolean;
  bits: number;
  offset: number;
  value: bigint;
  overflow: Overflow;
}

const TYPE_ERR = 'ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.';

function parseType(s: string): { signed: boolean; bits: number } {
  const t = s[0];
  if (t !== 'i' && t !== 'u') fail(err(TYPE_ERR));
  const signed = t === 'i';
  const bits = string2ll(s.slice(1));
  if (bits === null || bits < 1n || (signed && bits > 64n) || (!signed && bits > 63n)) fail(err(TYPE_ERR));
  return { signed, bits: Number(bits) };
}

/** getBitOffsetFromArgument with the `#N` form (N * bits). */
function parseOffset(s: string, bits: number): number {
  const e = err('ERR bit offset is not an integer or out of range');
  const hash = s[0] === '#';
  let v = string2ll(hash ? s.slice(1) : s);
  if (v === null) fail(e);
  if (hash) v *= BigInt(bits);
  if (v < 0n || v >> 3n >= BigInt(PROTO_MAX_BULK_LEN)) fail(e);
  return Number(v);
}

function getUnsigned(buf: Uint8Array, offset: number, bits: number): bigint {
  let v = 0n;
  for (let j = 0; j < bits; j++, offset++) {
    const byte = buf[offset >> 3] ?? 0;
    v = (v << 1n) | BigInt((byte >> (7 - (offset & 7))) & 1);
  }
  return v;
}

function getSigned(buf: Uint8Array, offset: number, bits: number): bigint {
  const u = getUnsigned(buf, offset, bits);
  if (bits < 64 && u & (1n << BigInt(bits - 1))) return toI64(u | (toU64(-1n) << BigInt(bits)));
  return toI64(u);
}

function setBits(buf: Uint8Array, offset: number, bits: number, value: bigint): void {
  const u = toU64(value);
  for (let j = 0; j < bits; j++, offset++) {
    const bit = Number((u >> BigInt(bits - 1 - j)) & 1n);
    const idx = offset >> 3;
    const mask = 1 << (7 - (offset & 7));
    buf[idx] = bit ? (buf[idx] ?? 0) | mask : (buf[idx] ?? 0) & ~mask;
  }
}

/** checkSignedBitfieldOverflow: [overflow, limit]. */
function signedOverflow(value: bigint, incr: bigint, bits: number, ow: Overflow): [number, bigint] {
  const max = bits === 64 ? (1n << 63n) - 1n : (1n << BigInt(bits - 1)) - 1n;
  const min = -max - 1n;
  const maxincr = toI64(max - value);
  const minincr = toI64(min - value);
  const wrap = (): bigint => {
    let c = toU64(value + incr);
    if (bits < 64) {
      const mask = toU64(-1n << BigInt(bits));
      c = c & (1n << BigInt(bits - 1)) ? c | mask : c & ~mask & (U64 - 1n);
    }
    return toI64(c);
  };
  if (value > max || (bits !== 64 && incr > maxincr) || (value >= 0n && incr > 0n && incr > maxincr)) {
    return [1, ow === 'wrap' ? wrap() : ow === 'sat' ? max : 0n];
  }
  if (value < min || (bits !== 64 && incr < minincr) || (value < 0n && incr < 0n && incr < minincr)) {
    return [-1, ow === 'wrap' ? wrap() : ow === 'sat' ? min : 0n];
  }
  return [0, 0n];
}

/** checkUnsignedBitfieldOverflow: [overflow, limit] (value is uint64, incr int64). */
function unsignedOverflow(value: bigint, incr: bigint, bits: number, ow: Overflow): [number, bigint] {
  const max = bits === 64 ? U64 - 1n : (1n << BigInt(bits)) - 1n;
  const maxincr = toI64(max - value);
  const minincr = toI64(-value);
  const wrap = (): bigint => toU64(value + incr) & ~toU64(-1n << BigInt(bits)) & (U64 - 1n);
  if (value > max || (incr > 0n && incr > maxincr)) return [1, ow === 'wrap' ? wrap() : ow === 'sat' ? max : 0n];
  if (incr < 0n && incr < minincr) return [-1, ow === 'wrap' ? wrap() : ow === 'sat' ? 0n : 0n];
  return [0, 0n];
}

function bitfieldGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], readonlyCmd: boolean): Reply {
  const ops: Op[] = [];
  let overflow: Overflow = 'wrap';
  let readonly = true;
  let highest = -1;
  for (let j = 2; j < argv.length; j++) {
    const rem = argv.length - j - 1;
    const sub = (argv[j] ?? '').toLowerCase();
    let kind: Op['kind'];
    if (sub === 'get' && rem >= 2) kind = 'get';
    else if (sub === 'set' && rem >= 3) kind = 'set';
    else if (sub === 'incrby' && rem >= 3) kind = 'incrby';
    else if (sub === 'overflow' && rem >= 1) {
      const t = (argv[j + 1] ?? '').toLowerCase();
      j++;
      if (t === 'wrap' || t === 'sat' || t === 'fail') overflow = t;
      else return err('ERR Invalid OVERFLOW type specified');
      continue;
    } else return ERR.syntax;
    const { signed, bits } = parseType(argv[j + 1] ?? '');
    const offset = parseOffset(argv[j + 2] ?? '', bits);
    let value = 0n;
    if (kind !== 'get') {
      readonly = false;
      if (highest < offset + bits - 1) highest = offset + bits - 1;
      value = parseLL(argv[j + 3] ?? '');
    }
    ops.push({ kind, signed, bits, offset, value, overflow });
    j += kind === 'get' ? 2 : 3;
  }
  const key = argv[1] ?? '';
  let buf: Uint8Array;
  const db = dbOf(ks, ctx);
  if (readonly) {
    const v = lookup(ks, ctx, key);
    if (v !== undefined && v.type !== 'string') return ERR.wrongType;
    buf = v && v.type === 'string' ? Uint8Array.from(Buffer.from(v.value, 'latin1')) : new Uint8Array(0);
  } else {
    if (readonlyCmd) return err('ERR BITFIELD_RO only supports the GET subcommand');
    // lookupStringForBitCommand: create or grow the string up to the highest bit written
    const v = lookupTyped(ks, ctx, key, 'string');
    const need = (highest >> 3) + 1;
    const cur = v ? Buffer.from(v.value, 'latin1') : Buffer.alloc(0);
    buf = new Uint8Array(Math.max(cur.length, need));
    buf.set(cur);
    if (!v) ks.addKey(db, key, { type: 'string', value: '' });
  }
  const out: Reply[] = [];
  let changes = 0;
  for (const op of ops) {
    if (op.kind === 'get') {
      out.push(R.int(op.signed ? getSigned(buf, op.offset, op.bits) : getUnsigned(buf, op.offset, op.bits)));
      continue;
    }
    if (op.signed) {
      const old = getSigned(buf, op.offset, op.bits);
      let nv: bigint;
      let ret: bigint;
      let of: number;
      if (op.kind === 'incrby') {
        const [o, lim] = signedOverflow(old, op.value, op.bits, op.overflow);
        of = o;
        nv = o ? lim : toI64(old + op.value);
        ret = nv;
      } else {
        const [o, lim] = signedOverflow(op.value, 0n, op.bits, op.overflow);
        of = o;
        nv = o ? lim : op.value;
        ret = old;
      }
      if (!(of && op.overflow === 'fail')) {
        out.push(R.int(ret));
        setBits(buf, op.offset, op.bits, nv);
      } else out.push(R.nil());
    } else {
      const old = getUnsigned(buf, op.offset, op.bits);
      let nv: bigint;
      let ret: bigint;
      let of: number;
      if (op.kind === 'incrby') {
        const [o, lim] = unsignedOverflow(old, op.value, op.bits, op.overflow);
        of = o;
        nv = o ? lim : toU64(old + op.value);
        ret = nv;
      } else {
        const [o, lim] = unsignedOverflow(toU64(op.value), 0n, op.bits, op.overflow);
        of = o;
        nv = o ? lim : toU64(op.value);
        ret = old;
      }
      if (!(of && op.overflow === 'fail')) {
        out.push(R.int(ret));
        setBits(buf, op.offset, op.bits, nv);
      } else out.push(R.nil());
    }
    changes++;
  }
  if (!readonly) {
    const v = lookupTyped(ks, ctx, key, 'string');
    if (v) {
      v.value = Buffer.from(buf).toString('latin1');
      v.raw = true;
    }
    ks.signalModified(db, key);
    ks.dirty += changes || 1;
  }
  return R.array(out);
}

const bitfield: CommandHandler = (ks, ctx, argv) => bitfieldGeneric(ks, ctx, argv, false);
const bitfieldRo: CommandHandler = (ks, ctx, argv) => bitfieldGeneric(ks, ctx, argv, true);

export const bitfieldCommands: Record<string, CommandHandler> = { bitfield, bitfield_ro: bitfieldRo };
