// The math library of Lua 5.1.5 (lmathlib.c) with C99/glibc semantics where JavaScript's Math
// differs (pow's special cases, modf's signed zeros, frexp/ldexp exactness), and math.random on
// glibc's rand() (rand.ts). LUA_COMPAT_MOD: math.mod is fmod.
import type { LuaTable } from '../vm/table.js';
import type { LuaState } from '../vm/state.js';
import { checkInt } from './base.js';
import { registerLib, type LibFuncs } from './lib.js';
import { GlibcRand, RAND_MAX } from './rand.js';
import * as M from '../text/libm.js';

const PI = Math.PI;
const RADIANS_PER_DEGREE = PI / 180.0;

/** C pow: C99 Annex F special cases, correctly rounded like glibc (libm.ts). */
export const cpow = M.pow;

/** C fmod (JavaScript's % on doubles is exactly fmod). */
/**
 * `f(luaL_checknumber(L, 1), luaL_checknumber(L, 2))` in lmathlib.c: GCC on x86-64 evaluates
 * the two calls right to left, so with both arguments bad, lua5.1 complains about #2.
 */
function checkTwoNumbers(L: LuaState): [number, number] {
  const b = L.checkNumber(2);
  return [L.checkNumber(1), b];
}

export function cfmod(a: number, b: number): number {
  return M.fmod(a, b);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** frexp: [m, e] with x = m * 2^e, 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, NaN). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const f = F64;
  const u = U32;
  f[0] = x;
  let e = (u[1]! >>> 20) & 0x7ff;
  let extra = 0;
  if (e === 0) {
    // subnormal: scale up by 2^64 first
    f[0] = x * 18446744073709551616;
    e = (u[1]! >>> 20) & 0x7ff;
    extra = -64;
  }
  const exp = e - 1022 + extra;
  u[1] = (u[1]! & 0x800fffff) | (1022 << 20);
  return [f[0]!, exp];
}

const P1023 = 2 ** 1023;
const PM1022x53 = 2 ** -1022 * 2 ** 53;

/** ldexp / scalbn: x * 2^n with a single rounding. */
export function ldexp(x: number, n: number): number {
  let y = x;
  if (n > 1023) {
    y *= P1023;
    n -= 1023;
    if (n > 1023) {
      y *= P1023;
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    // keep the final scaling exponent below -53 away from double rounding in subnormals
    y *= PM1022x53;
    n += 1022 - 53;
    if (n < -1022) {
      y *= PM1022x53;
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return y * 2 ** n;
}

/** modf: [integral part, fractional part], both with x's sign (C99). */
export function modf(x: number): [number, number] {
  if (x !== x) return [x, x];
  if (x === Infinity || x === -Infinity) return [x, x < 0 ? -0 : 0];
  const ip = Math.trunc(x);
  let fp = x - ip;
  if (fp === 0) fp = x < 0 || Object.is(x, -0) ? -0 : 0;
  return [ip, fp];
}

export function openMath(L: LuaState): LuaTable {
  const rng = new GlibcRand(1);
  const num1 = (f: (x: number) => number) => (L2: LuaState): number => {
    L2.push(f(L2.checkNumber(1)));
    return 1;
  };
  const funcs: LibFuncs = [
    ['abs', num1(Math.abs)],
    ['acos', num1(M.acos)],
    ['asin', num1(M.asin)],
    ['atan2', (L2) => {
      const [y, x] = checkTwoNumbers(L2);
      L2.push(M.atan2(y, x));
      return 1;
    }],
    ['atan', num1(M.atan)],
    ['ceil', num1(Math.ceil)],
    ['cosh', num1(M.cosh)],
    ['cos', num1(M.cos)],
    ['deg', num1((x) => x / RADIANS_PER_DEGREE)],
    ['exp', num1(M.exp)],
    ['floor', num1(Math.floor)],
    ['fmod', (L2) => {
      const [a, b] = checkTwoNumbers(L2);
      L2.push(cfmod(a, b));
      return 1;
    }],
    ['frexp', (L2) => {
      const [m, e] = frexp(L2.checkNumber(1));
      L2.push(m);
      L2.push(e);
      return 2;
    }],
    ['ldexp', (L2) => {
      // ldexp(luaL_checknumber(L, 1), luaL_checkint(L, 2)): argument 2 is checked first (see checkTwoNumbers)
      const e = checkInt(L2, 2);
      L2.push(ldexp(L2.checkNumber(1), e));
      return 1;
    }],
    ['log10', num1(M.log10)],
    ['log', num1(M.log)],
    ['max', (L2, n) => {
      let dmax = L2.checkNumber(1);
      for (let i = 2; i <= n; i++) {
        const d = L2.checkNumber(i);
        if (d > dmax) dmax = d;
      }
      L2.push(dmax);
      return 1;
    }],
    ['min', (L2, n) => {
      let dmin = L2.checkNumber(1);
      for (let i = 2; i <= n; i++) {
        const d = L2.checkNumber(i);
        if (d < dmin) dmin = d;
      }
      L2.push(dmin);
      return 1;
    }],
    ['modf', (L2) => {
      const [ip, fp] = modf(L2.checkNumber(1));
      L2.push(ip);
      L2.push(fp);
      return 2;
    }],
    ['pow', (L2) => {
      const [a, b] = checkTwoNumbers(L2);
      L2.push(cpow(a, b));
      return 1;
    }],
    ['rad', num1((x) => x * RADIANS_PER_DEGREE)],
    ['random', (L2, n) => {
      const r = (rng.next() % RAND_MAX) / RAND_MAX;
      switch (n) {
        case 0:
          L2.push(r);
          return 1;
        case 1: {
          const u = checkInt(L2, 1);
          if (!(1 <= u)) L2.argError(1, 'interval is empty');
          L2.push(Math.floor(r * u) + 1);
          return 1;
        }
        case 2: {
          const l = checkInt(L2, 1);
          const u = checkInt(L2, 2);
          if (!(l <= u)) L2.argError(2, 'interval is empty');
          L2.push(Math.floor(r * ((u - l + 1) | 0)) + l);
          return 1;
        }
        default:
          return L2.error('wrong number of arguments');
      }
    }],
    ['randomseed', (L2) => {
      rng.seed(checkInt(L2, 1));
      return 0;
    }],
    ['sinh', num1(M.sinh)],
    ['sin', num1(M.sin)],
    ['sqrt', num1(Math.sqrt)],
    ['tanh', num1(M.tanh)],
    ['tan', num1(M.tan)],
  ];
  const lib = registerLib(L, 'math', funcs);
  lib.set('pi', PI);
  lib.set('huge', Infinity);
  lib.set('mod', lib.get('fmod'));
  return lib;
}
