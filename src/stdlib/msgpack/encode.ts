// cmsgpack.pack (lua_cmsgpack.c 0.4.0 as Redis 7.0 bundles it): Lua values -> MessagePack.
// Integers (doubles equal to their int64 cast) take the smallest encoding; other numbers are
// float32 when the value survives the float round trip, else float64; strings use fixstr,
// str8, str16, str32; a table whose keys are exactly 1..n is an array, any other a map, in
// `next` order; tables nested 16 deep become nil; anything else is nil. The Lua stack slots
// the C code uses are counted so that luaL_checkstack fails where it fails in C.
import type { LuaState } from '../../vm/state.js';
import { LuaTable } from '../../vm/table.js';
import type { LuaValue } from '../../vm/value.js';

export const MAX_NESTING = 16;
const MAXCSTACK = 8000;
const TWO32 = 4294967296;
const TWO63 = 9223372036854775808;

export class MpBuf {
  b: Buffer = Buffer.allocUnsafe(256);
  len = 0;

  private grow(n: number): void {
    let size = this.b.length * 2;
    while (size < this.len + n) size *= 2;
    const nb = Buffer.allocUnsafe(size);
    this.b.copy(nb, 0, 0, this.len);
    this.b = nb;
  }

  byte(x: number): void {
    if (this.len + 1 > this.b.length) this.grow(1);
    this.b[this.len++] = x;
  }

  byte2(x: number, y: number): void {
    if (this.len + 2 > this.b.length) this.grow(2);
    this.b[this.len++] = x;
    this.b[this.len++] = y;
  }

  /** a type byte followed by a big-endian 16-bit value */
  u16(tag: number, v: number): void {
    if (this.len + 3 > this.b.length) this.grow(3);
    const b = this.b;
    b[this.len] = tag;
    b[this.len + 1] = (v >>> 8) & 0xff;
    b[this.len + 2] = v & 0xff;
    this.len += 3;
  }

  /** a type byte followed by a big-endian 32-bit value */
  u32(tag: number, v: number): void {
    if (this.len + 5 > this.b.length) this.grow(5);
    this.b[this.len] = tag;
    this.b.writeUInt32BE(v >>> 0, this.len + 1);
    this.len += 5;
  }

  /** a type byte followed by the 64-bit two's complement of the integer n */
  u64(tag: number, n: number): void {
    if (this.len + 9 > this.b.length) this.grow(9);
    const hi = Math.floor(n / TWO32);
    const lo = n - hi * TWO32;
    this.b[this.len] = tag;
    this.b.writeUInt32BE(hi >>> 0, this.len + 1);
    this.b.writeUInt32BE(lo >>> 0, this.len + 5);
    this.len += 9;
  }

  f32(v: number): void {
    if (this.len + 5 > this.b.length) this.grow(5);
    this.b[this.len] = 0xca;
    this.b.writeFloatBE(v, this.len + 1);
    this.len += 5;
  }

  f64(v: number): void {
    if (this.len + 9 > this.b.length) this.grow(9);
    this.b[this.len] = 0xcb;
    this.b.writeDoubleBE(v, this.len + 1);
    this.len += 9;
  }

  /** the bytes of a Lua byte string */
  raw(s: string): void {
    const n = s.length;
    if (this.len + n > this.b.length) this.grow(n);
    if (n < 16) {
      const b = this.b;
      let p = this.len;
      for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    } else {
      this.b.write(s, this.len, n, 'latin1');
    }
    this.len += n;
  }

  toString(): string {
    return this.b.toString('latin1', 0, this.len);
  }
}

/** mp_encode_int */
function encodeInt(buf: MpBuf, n: number): void {
  if (n >= 0) {
    if (n <= 127) buf.byte(n);
    else if (n <= 0xff) buf.byte2(0xcc, n);
    else if (n <= 0xffff) buf.u16(0xcd, n);
    else if (n <= 0xffffffff) buf.u32(0xce, n);
    else buf.u64(0xcf, n);
  } else {
    if (n >= -32) buf.byte(n & 0xff);
    else if (n >= -128) buf.byte2(0xd0, n & 0xff);
    else if (n >= -32768) buf.u16(0xd1, n & 0xffff);
    else if (n >= -2147483648) buf.u32(0xd2, n);
    else buf.u64(0xd3, n);
  }
}

/** mp_encode_lua_number: IS_INT64_EQUIVALENT(n) -> integer, else mp_encode_double. */
function encodeNumber(buf: MpBuf, n: number): void {
  if (Number.isInteger(n) && n >= -TWO63 && n < TWO63) encodeInt(buf, n === 0 ? 0 : n);
  else if (Math.fround(n) === n) buf.f32(n);
  else buf.f64(n);
}

function encodeString(buf: MpBuf, s: string): void {
  const len = s.length;
  if (len < 32) buf.byte(0xa0 | len);
  else if (len <= 0xff) buf.byte2(0xd9, len);
  else if (len <= 0xffff) buf.u16(0xda, len);
  else buf.u32(0xdb, len);
  buf.raw(s);
}

function checkStack(L: LuaState, used: number, n: number, what: string): void {
  if (used + n > MAXCSTACK) L.error(`stack overflow (${what})`);
}

/** table_is_an_array: every key a number that is a positive int, and max index == count. */
function isArray(t: LuaTable): number {
  let count = 0;
  let max = 0;
  const arr = t.arr;
  for (let i = 0; i < arr.length; i++) {
    if (arr[i] !== undefined) {
      count++;
      if (i + 1 > max) max = i + 1;
    }
  }
  const nsize = t.nodeSize;
  for (let i = 0; i < nsize; i++) {
    if (t.valAt(i) === undefined) continue;
    const k = t.keyAt(i);
    if (typeof k !== 'number' || k <= 0 || (k | 0) !== k) return -1;
    if (k > max) max = k;
    count++;
  }
  return max === count ? count : -1;
}

/**
 * mp_encode_lua_type for the value `v` on top of the Lua stack, `used` = slots in use
 * (top - base) with v counted.
 */
export function encodeValue(L: LuaState, buf: MpBuf, v: LuaValue, level: number, used: number): void {
  switch (typeof v) {
    case 'string':
      encodeString(buf, v);
      return;
    case 'boolean':
      buf.byte(v ? 0xc3 : 0xc2);
      return;
    case 'number':
      encodeNumber(buf, v);
      return;
    default:
      if (!(v instanceof LuaTable) || level === MAX_NESTING) {
        buf.byte(0xc0);
        return;
      }
  }
  const t = v;
  checkStack(L, used, 2, 'in function table_is_an_array');
  const n = isArray(t);
  if (n >= 0) {
    checkStack(L, used, 1, 'in function mp_encode_lua_table_as_array');
    if (n <= 15) buf.byte(0x90 | n);
    else if (n <= 65535) buf.u16(0xdc, n);
    else buf.u32(0xdd, n);
    for (let j = 1; j <= n; j++) encodeValue(L, buf, t.getNum(j), level + 1, used + 1);
    return;
  }
  checkStack(L, used, 3, 'in function mp_encode_lua_table_as_map');
  let count = 0;
  const arr = t.arr;
  for (let i = 0; i < arr.length; i++) if (arr[i] !== undefined) count++;
  const nsize = t.nodeSize;
  for (let i = 0; i < nsize; i++) if (t.valAt(i) !== undefined) count++;
  if (count <= 15) buf.byte(0x80 | count);
  else if (count <= 65535) buf.u16(0xde, count);
  else buf.u32(0xdf, count);
  for (let i = 0; i < arr.length; i++) {
    const val = arr[i];
    if (val === undefined) continue;
    encodeValue(L, buf, i + 1, level + 1, used + 3);
    encodeValue(L, buf, val, level + 1, used + 2);
  }
  for (let i = 0; i < nsize; i++) {
    const val = t.valAt(i);
    if (val === undefined) continue;
    encodeValue(L, buf, t.keyAt(i), level + 1, used + 3);
    encodeValue(L, buf, val, level + 1, used + 2);
  }
}
