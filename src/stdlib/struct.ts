// Roberto Ierusalimschy's struct library (struct.c 1.4) as bundled with Redis 7.0
// (lua_struct.c): pack, unpack and size of binary structures. Integers are C `long`
// (64-bit on x86-64), so values go through BigInt; MAXINTSIZE is 32; native order is
// little endian; the default maximum alignment (`!` alone) is 8.
import type { LuaState } from '../vm/state.js';
import type { LuaTable } from '../vm/table.js';
import type { LuaValue } from '../vm/value.js';
import { registerLib } from './lib.js';
import { toNumber } from '../vm/tostr.js';

const MAXINTSIZE = 32;
const MAXALIGN = 8;
const BIG = 0;
const LITTLE = 1;
const U64 = (1n << 64n) - 1n;
const MAXSTACK_RESULTS = 8000; // LUAI_MAXCSTACK: luaL_checkstack's limit

interface Header {
  endian: number;
  align: number;
}

/** A cursor over the format string (const char **fmt). */
class Fmt {
  pos = 0;
  constructor(readonly s: string) {}
  isDigit(): boolean {
    const c = this.s.charCodeAt(this.pos);
    return c >= 48 && c <= 57;
  }
  /** getnum: a decimal number, or the default; C int arithmetic wraps. */
  getnum(df: number): number {
    if (!this.isDigit()) return df;
    let a = 0;
    do a = (Math.imul(a, 10) + (this.s.charCodeAt(this.pos++) - 48)) | 0;
    while (this.isDigit());
    return a;
  }
}

function isp2(x: number): boolean {
  return x > 0 && (x & (x - 1)) === 0;
}

/** optsize: the byte size of an option (0 for control options). */
function optsize(L: LuaState, opt: string, f: Fmt): number {
  switch (opt) {
    case 'B': case 'b': return 1;
    case 'H': case 'h': return 2;
    case 'L': case 'l': case 'T': return 8;
    case 'f': return 4;
    case 'd': return 8;
    case 'x': return 1;
    case 'c': return f.getnum(1);
    case 'i': case 'I': {
      const sz = f.getnum(4);
      if (sz > MAXINTSIZE) L.error(`integral size ${sz} is larger than limit of ${MAXINTSIZE}`);
      return sz;
    }
    default: return 0;
  }
}

/** gettoalign: padding needed before an element of `size` at offset `len`. */
function gettoalign(len: number, h: Header, opt: string, size: number): number {
  if (size <= 0 || opt === 'c') return 0;
  if (size > h.align) size = h.align;
  return (size - (len & (size - 1))) & (size - 1);
}

/** controloptions: endianness, alignment, spaces; anything else is an invalid option. */
function controloptions(L: LuaState, opt: string, f: Fmt, h: Header): void {
  switch (opt) {
    case ' ': return;
    case '>': h.endian = BIG; return;
    case '<': h.endian = LITTLE; return;
    case '!': {
      const a = f.getnum(MAXALIGN);
      if (!isp2(a)) L.error(`alignment ${a} is not a power of 2`);
      h.align = a;
      return;
    }
    default:
      L.argError(1, `invalid format option '${opt}'`);
  }
}

/** (unsigned long) of a double as x86-64 code converts it: truncation, out of range -> 0x8000000000000000 paths. */
function toUint64(n: number): bigint {
  if (n < 0) {
    // (Uinttype)(Inttype)n: cvttsd2si; out of range gives the "integer indefinite" value.
    if (n < -9223372036854775808) return 1n << 63n;
    return BigInt(Math.trunc(n)) & U64;
  }
  if (!(n < 18446744073709551616)) return n < 9223372036854775808 ? 1n << 63n : 0n; // NaN: indefinite path
  return BigInt(Math.trunc(n));
}

/**
 * b_pack pushes a nil just above its arguments (the mark separating them from the buffer),
 * so the first missing argument is seen as nil, not as "no value".
 */
function packArg<T>(L: LuaState, arg: number, nargs: number, expected: string, check: (i: number) => T): T {
  if (arg > nargs) L.argError(arg, `${expected} expected, got nil`);
  return check(arg);
}

function putinteger(L: LuaState, out: string[], arg: number, nargs: number, endian: number, size: number): void {
  let value = toUint64(packArg(L, arg, nargs, 'number', (i) => L.checkNumber(i)));
  const bytes = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    bytes[endian === LITTLE ? i : size - 1 - i] = Number(value & 0xffn);
    value >>= 8n;
  }
  out.push(String.fromCharCode(...bytes));
}

function getinteger(data: string, pos: number, endian: number, signed: boolean, size: number): number {
  let l = 0n;
  for (let i = 0; i < size; i++) {
    const c = BigInt(data.charCodeAt(endian === BIG ? pos + i : pos + size - 1 - i));
    l = ((l << 8n) | c) & U64;
  }
  if (!signed) return Number(l);
  // ~0 << (size*8 - 1): x86 masks the shift count to 6 bits.
  const mask = (U64 << BigInt((size * 8 - 1) & 63)) & U64;
  if (l & mask) l |= mask;
  return Number(BigInt.asIntN(64, l));
}

const f32 = new DataView(new ArrayBuffer(8));

function packFloat(n: number, size: 4 | 8, endian: number): string {
  if (size === 4) f32.setFloat32(0, n, endian === LITTLE);
  else f32.setFloat64(0, n, endian === LITTLE);
  let s = '';
  for (let i = 0; i < size; i++) s += String.fromCharCode(f32.getUint8(i));
  return s;
}

function unpackFloat(data: string, pos: number, size: 4 | 8, endian: number): number {
  for (let i = 0; i < size; i++) f32.setUint8(i, data.charCodeAt(pos + i));
  return size === 4 ? f32.getFloat32(0, endian === LITTLE) : f32.getFloat64(0, endian === LITTLE);
}

function pack(L: LuaState, nargs: number): number {
  const f = new Fmt(L.checkString(1));
  const h: Header = { endian: LITTLE, align: 1 };
  let arg = 2;
  let total = 0;
  const out: string[] = [];
  while (f.pos < f.s.length) {
    const opt = f.s[f.pos++]!;
    let size = optsize(L, opt, f);
    let toalign = gettoalign(total, h, opt, size);
    total += toalign;
    while (toalign-- > 0) out.push('\0');
    switch (opt) {
      case 'b': case 'B': case 'h': case 'H': case 'l': case 'L': case 'T': case 'i': case 'I':
        putinteger(L, out, arg++, nargs, h.endian, size);
        break;
      case 'x':
        out.push('\0');
        break;
      case 'f':
        out.push(packFloat(packArg(L, arg++, nargs, 'number', (i) => L.checkNumber(i)), 4, h.endian));
        break;
      case 'd':
        out.push(packFloat(packArg(L, arg++, nargs, 'number', (i) => L.checkNumber(i)), 8, h.endian));
        break;
      case 'c': case 's': {
        const s = packArg(L, arg++, nargs, 'string', (i) => L.checkString(i));
        if (size === 0) size = s.length;
        // luaL_argcheck(L, l >= size, arg, ...) runs after arg++: it names the next argument.
        if (s.length < size) L.argError(arg, 'string too short');
        out.push(s.slice(0, size));
        if (opt === 's') {
          out.push('\0');
          size++;
        }
        break;
      }
      default:
        controloptions(L, opt, f, h);
    }
    total += size;
  }
  L.push(out.join(''));
  return 1;
}

function unpack(L: LuaState): number {
  const f = new Fmt(L.checkString(1));
  const data = L.checkString(2);
  const ld = data.length;
  let pos = L.optInteger(3, 1) - 1;
  if (pos < 0) pos += 2 ** 64; // size_t wrap: then "data string too short"
  const h: Header = { endian: LITTLE, align: 1 };
  const results: LuaValue[] = [];
  const top = (): LuaValue => (results.length > 0 ? results[results.length - 1] : data);
  while (f.pos < f.s.length) {
    const opt = f.s[f.pos++]!;
    let size = optsize(L, opt, f);
    pos += gettoalign(pos, h, opt, size);
    if (!(pos + size <= ld)) L.argError(2, 'data string too short');
    if (results.length + 3 > MAXSTACK_RESULTS) L.error('stack overflow (too many results)');
    switch (opt) {
      case 'b': case 'B': case 'h': case 'H': case 'l': case 'L': case 'T': case 'i': case 'I':
        results.push(getinteger(data, pos, h.endian, opt >= 'a' && opt <= 'z', size));
        break;
      case 'x':
        break;
      case 'f':
        results.push(unpackFloat(data, pos, 4, h.endian));
        break;
      case 'd':
        results.push(unpackFloat(data, pos, 8, h.endian));
        break;
      case 'c': {
        if (size === 0) {
          const n = toNumber(top());
          if (n === undefined) L.error("format 'c0' needs a previous size");
          size = Math.trunc(n);
          if (results.length > 0) results.pop();
          if (!(size >= 0 && pos + size <= ld)) L.argError(2, 'data string too short');
        }
        results.push(data.slice(pos, pos + size));
        break;
      }
      case 's': {
        const e = data.indexOf('\0', pos);
        if (e < 0) L.error('unfinished string in data');
        size = e - pos + 1;
        results.push(data.slice(pos, e));
        break;
      }
      default:
        controloptions(L, opt, f, h);
    }
    pos += size;
  }
  results.push(pos + 1);
  return L.pushAll(results);
}

function size(L: LuaState): number {
  const f = new Fmt(L.checkString(1));
  const h: Header = { endian: LITTLE, align: 1 };
  let pos = 0;
  while (f.pos < f.s.length) {
    const opt = f.s[f.pos++]!;
    const sz = optsize(L, opt, f);
    pos += gettoalign(pos, h, opt, sz);
    if (opt === 's') L.argError(1, "option 's' has no fixed size");
    else if (opt === 'c' && sz === 0) L.argError(1, "option 'c0' has no fixed size");
    if (!/[A-Za-z0-9]/.test(opt)) controloptions(L, opt, f, h);
    pos += sz;
  }
  L.push(pos);
  return 1;
}

export function openStruct(L: LuaState): LuaTable {
  return registerLib(L, 'struct', [['pack', pack], ['unpack', unpack], ['size', size]]);
}
