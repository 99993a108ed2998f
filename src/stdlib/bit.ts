// LuaBitOp 1.0.2 as bundled with Redis 7.0 (lua_bit.c): 32-bit operations on numbers.
// Arguments convert like barg(): x + 2^52 + 2^51 in double arithmetic, then the low 32 bits
// of the result's bit pattern — which rounds non-integers to nearest-even and wraps large
// values exactly as the C code does. Results are signed 32-bit numbers (BRET).
import type { LuaState } from '../vm/state.js';
import type { LuaTable } from '../vm/table.js';
import { registerLib } from './lib.js';
import { toNumber } from '../vm/tostr.js';

const scratch = new DataView(new ArrayBuffer(8));
const MAGIC = 6755399441055744.0; // 2^52 + 2^51

/** barg: lua_tonumber (0 for non-numbers), then the magic addition; 0 from a non-number is a type error. */
function barg(L: LuaState, i: number): number {
  const v = L.arg(i);
  const n = toNumber(v);
  scratch.setFloat64(0, (n ?? 0) + MAGIC, true);
  const b = scratch.getUint32(0, true);
  if (b === 0 && n === undefined) L.typeArgError(i, 'number');
  return b;
}

function ret(L: LuaState, b: number): number {
  L.push(b | 0);
  return 1;
}

function fold(op: (a: number, b: number) => number): (L: LuaState, n: number) => number {
  return (L, nargs) => {
    let b = barg(L, 1);
    for (let i = nargs; i > 1; i--) b = op(b, barg(L, i));
    return ret(L, b);
  };
}

function shift(op: (b: number, n: number) => number): (L: LuaState) => number {
  return (L) => {
    const b = barg(L, 1);
    const n = barg(L, 2) & 31;
    return ret(L, op(b, n));
  };
}

export function openBit(L: LuaState): LuaTable {
  // Registered in the order of bit_funcs[] (it decides pairs() order over the table).
  return registerLib(L, 'bit', [
    ['tobit', (L) => ret(L, barg(L, 1))],
    ['bnot', (L) => ret(L, ~barg(L, 1))],
    ['band', fold((a, b) => a & b)],
    ['bor', fold((a, b) => a | b)],
    ['bxor', fold((a, b) => a ^ b)],
    ['lshift', shift((b, n) => b << n)],
    ['rshift', shift((b, n) => b >>> n)],
    ['arshift', shift((b, n) => (b | 0) >> n)],
    // (b >> 32) in C with a 32-bit operand is masked to a shift by 0 on x86: rol/ror by 0 give b.
    ['rol', shift((b, n) => (n === 0 ? b : (b << n) | (b >>> (32 - n))))],
    ['ror', shift((b, n) => (n === 0 ? b : (b << (32 - n)) | (b >>> n)))],
    ['bswap', (L) => {
      const b = barg(L, 1);
      return ret(L, (b >>> 24) | ((b >>> 8) & 0xff00) | ((b & 0xff00) << 8) | (b << 24));
    }],
    ['tohex', (L, nargs) => {
      let b = barg(L, 1);
      let n = nargs < 2 ? 8 : barg(L, 2) | 0;
      let digits = '0123456789abcdef';
      if (n < 0) {
        n = -n;
        digits = '0123456789ABCDEF';
      }
      if (n > 8) n = 8;
      let s = '';
      for (let i = n; --i >= 0; ) {
        s = digits[b & 15]! + s;
        b >>>= 4;
      }
      L.push(s);
      return 1;
    }],
  ]);
}
