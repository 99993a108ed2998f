// Correctly rounded elementary functions, to match glibc's libm (whose exp, log, pow, sin, cos,
// tan, atan, ... are correctly rounded in all but astronomically rare cases), where JavaScript's
// Math (fdlibm-derived in V8) is off by one ulp for a few percent of arguments.
// Method: a fast double estimate from Math, refined (Newton) or recomputed in double-double
// arithmetic (~104 bits), then rounded once. C99 special cases (zeros, infinities, NaN) first.

import { NEG_NAN } from '../text/printf.js';

// ------------------------------------------------------------------ double-double kernel
/** Registers (an object's fields: cheaper than module-level `let`s with their TDZ checks). */
class Regs {
  H = 0;
  Lo = 0;
  EM_H = 0;
  EM_L = 0;
  LG_H = 0;
  LG_L = 0;
  RQ = 0;
  RH = 0;
  RL = 0;
  SN_H = 0;
  SN_L = 0;
  CS_H = 0;
  CS_L = 0;
}
const G = new Regs();
// Results of the primitives are left in the registers G.H (high) and G.Lo (low).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const SPLIT = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  G.Lo = (a - (s - bb)) + (b - bb);
  G.H = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  G.Lo = b - (s - a);
  G.H = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  G.Lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  G.H = p;
}

/** (ah, al) + (bh, bl) */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = G.H;
  let e = G.Lo;
  twoSum(al, bl);
  const t = G.H;
  const f = G.Lo;
  e += t;
  quickTwoSum(s, e);
  const s2 = G.H;
  const e2 = G.Lo + f;
  quickTwoSum(s2, e2);
}

/** (ah, al) * (bh, bl) */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = G.H;
  const e = G.Lo + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

/** (ah, al) / (bh, bl) */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  const ph = G.H;
  const pl = G.Lo;
  ddAdd(ah, al, -ph, -pl);
  const q2 = (G.H + G.Lo) / bh;
  quickTwoSum(q1, q2);
}

// ------------------------------------------------------------------ constants
/** Bits of pi as a fixed-point BigInt (pi * 2^PREC), by Machin's formula. */
const PREC = 1400n;
function arctanInv(n: bigint): bigint {
  const one = 1n << PREC;
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  let k = 1n;
  let sign = -1n;
  while (term !== 0n) {
    term /= n2;
    sum += (sign * term) / (2n * k + 1n);
    sign = -sign;
    k++;
  }
  return sum;
}
const PI_FIXED = 4n * (4n * arctanInv(5n) - arctanInv(239n));
/** floor(2/pi * 2^PREC) */
const TWO_OVER_PI_FIXED = (2n << (2n * PREC)) / PI_FIXED;

/** The double-double of a fixed-point value v * 2^-scaleBits (v > 0, scaleBits >= 300). */
function fixedToDD(v: bigint, scaleBits: bigint): [number, number] {
  const down = scaleBits - 300n;
  const hi = Number(v >> down) * Math.pow(2, -300);
  const E = Math.floor(Math.log2(hi)) - 52;
  const M = BigInt(hi / Math.pow(2, E));
  const sh = scaleBits + BigInt(E);
  const hiFixed = sh >= 0n ? M << sh : M >> -sh;
  const lo = Number((v - hiFixed) >> down) * Math.pow(2, -300);
  return [hi, lo];
}

const [PI_H, PI_L] = fixedToDD(PI_FIXED, PREC);
const PIO2_H = PI_H / 2;
const PIO2_L = PI_L / 2;
const PIO4_H = PI_H / 4;

/** pi/2 in five 30-bit pieces (k * piece exact for |k| < 2^23). */
const PIO2_PARTS: number[] = (() => {
  const out: number[] = [];
  let v = PI_FIXED / 2n;
  let scale = PREC;
  for (let i = 0; i < 5; i++) {
    // take the top 30 significant bits (v < 2^(scale+1))
    const bits = BigInt(v.toString(2).length);
    const drop = bits - 30n;
    const chunk = v >> drop;
    out.push(Number(chunk) * Math.pow(2, Number(drop - scale)));
    v -= chunk << drop;
    scale = scale + 0n;
  }
  return out;
})();

const LN2_FIXED = (() => {
  // ln 2 = 2 atanh(1/3) = 2 * sum 1/((2k+1) 3^(2k+1))
  const one = 1n << PREC;
  let term = one / 3n;
  let sum = term;
  let k = 1n;
  while (term !== 0n) {
    term /= 9n;
    sum += term / (2n * k + 1n);
    k++;
  }
  return 2n * sum;
})();
const [LN2_H, LN2_L] = fixedToDD(LN2_FIXED, PREC);
/** ln 2 in three pieces: A and B with 32 significant bits (k * A, k * B exact), C the rest. */
const [LN2_A, LN2_B, LN2_C] = (() => {
  const out: number[] = [];
  let v = LN2_FIXED;
  for (let i = 0; i < 2; i++) {
    const bits = BigInt(v.toString(2).length);
    const drop = bits - 32n;
    const chunk = v >> drop;
    out.push(Number(chunk) * Math.pow(2, Number(drop - PREC)));
    v -= chunk << drop;
  }
  out.push(Number(v >> (PREC - 300n)) * Math.pow(2, -300));
  return out as [number, number, number];
})();
const INV_LN2 = 1 / LN2_H;
const LN10_FIXED = (() => {
  // ln 10 = 3 ln 2 + ln(1.25) = 3 ln2 + 2 atanh(1/9)
  const one = 1n << PREC;
  let term = one / 9n;
  let sum = term;
  let k = 1n;
  while (term !== 0n) {
    term /= 81n;
    sum += term / (2n * k + 1n);
    k++;
  }
  return 3n * LN2_FIXED + 2n * sum;
})();
const [LN10_H, LN10_L] = fixedToDD(LN10_FIXED, PREC);

/** 1/n! as double-doubles, n = 0..32. */
const INV_FACT_H: number[] = [];
const INV_FACT_L: number[] = [];
{
  let f = 1n;
  for (let n = 0; n <= 32; n++) {
    if (n > 0) f *= BigInt(n);
    const v = (1n << PREC) / f;
    if (v === 0n) {
      INV_FACT_H.push(0);
      INV_FACT_L.push(0);
    } else {
      const [h, l] = fixedToDD(v, PREC);
      INV_FACT_H.push(h);
      INV_FACT_L.push(l);
    }
  }
}
/** 1/(2k+1) as double-doubles, k = 0..15. */
const INV_ODD_H: number[] = [];
const INV_ODD_L: number[] = [];
for (let k = 0; k <= 15; k++) {
  ddDiv(1, 0, 2 * k + 1, 0);
  INV_ODD_H.push(G.H);
  INV_ODD_L.push(G.Lo);
}

/** exp(v) for a fixed-point v (|v| < 1) at PREC bits, by its series. */
function expFixed(v: bigint): bigint {
  const one = 1n << PREC;
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * v) >> PREC;
    term /= n;
    sum += term;
  }
  return sum;
}
/** sin and cos of a fixed-point v (|v| < 1). */
function sinCosFixed(v: bigint): [bigint, bigint] {
  const one = 1n << PREC;
  let term = v;
  let sn = v;
  let cs = one;
  let cterm = one;
  const v2 = (v * v) >> PREC;
  for (let n = 1n; term !== 0n || cterm !== 0n; n++) {
    term = -((term * v2) >> PREC) / ((2n * n) * (2n * n + 1n));
    cterm = -((cterm * v2) >> PREC) / ((2n * n - 1n) * (2n * n));
    sn += term;
    cs += cterm;
  }
  return [sn, cs];
}
function toDD(v: bigint): [number, number] {
  if (v === 0n) return [0, 0];
  if (v < 0n) {
    const [h, l] = fixedToDD(-v, PREC);
    return [-h, -l];
  }
  return fixedToDD(v, PREC);
}
/** 2^(j/256) and 2^(j/256) - 1 as double-doubles. */
const EXP_T_H = new Float64Array(256);
const EXP_T_L = new Float64Array(256);
const EXP_TM1_H = new Float64Array(256);
const EXP_TM1_L = new Float64Array(256);
{
  const c = expFixed(LN2_FIXED / 256n);
  let t = 1n << PREC;
  for (let j = 0; j < 256; j++) {
    const [h, l] = toDD(t);
    EXP_T_H[j] = h;
    EXP_T_L[j] = l;
    const [h1, l1] = toDD(t - (1n << PREC));
    EXP_TM1_H[j] = h1;
    EXP_TM1_L[j] = l1;
    t = (t * c) >> PREC;
  }
}
/** sin(j/64), cos(j/64) as double-doubles, j = 0..56. */
const SC_N = 57;
const SIN_T_H = new Float64Array(SC_N);
const SIN_T_L = new Float64Array(SC_N);
const COS_T_H = new Float64Array(SC_N);
const COS_T_L = new Float64Array(SC_N);
for (let j = 0; j < SC_N; j++) {
  const [sn, cs] = sinCosFixed((BigInt(j) << PREC) / 64n);
  [SIN_T_H[j], SIN_T_L[j]] = toDD(sn);
  [COS_T_H[j], COS_T_L[j]] = toDD(cs);
}
const LN2_256_A = LN2_A / 256;
const LN2_256_B = LN2_B / 256;
const LN2_256_C = LN2_C / 256;
const INV_LN2_256 = 256 / LN2_H;


// ------------------------------------------------------------------ exp
/** Results of expCore: e^x = (1 + (G.EM_H + G.EM_L)) * 2^k. */

/** e^(xh + xl) = (1 + EM) * 2^k: sets G.EM_H, G.EM_L and returns k; |xh| < 1100. */
function expCore(xh: number, xl: number): number {
  const n = Math.round(xh * INV_LN2_256);
  const j = n & 255;
  const k = (n - j) / 256;
  // r = x - n ln2/256, |r| <= ln2/512
  twoSum(xh, -n * LN2_256_A);
  let rh = G.H;
  let rl = G.Lo;
  ddAdd(rh, rl, xl - n * LN2_256_C, 0);
  rh = G.H;
  rl = G.Lo;
  ddAdd(rh, rl, -n * LN2_256_B, 0);
  rh = G.H;
  rl = G.Lo;
  // em = e^r - 1 = r(1 + r(1/2 + r(1/6 + r(1/24 + r P))))
  const P = 1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320)));
  ddAdd(INV_FACT_H[4]!, INV_FACT_L[4]!, rh * P, 0);
  ddMul(G.H, G.Lo, rh, rl);
  ddAdd(G.H, G.Lo, INV_FACT_H[3]!, INV_FACT_L[3]!);
  ddMul(G.H, G.Lo, rh, rl);
  ddAdd(G.H, G.Lo, 0.5, 0);
  ddMul(G.H, G.Lo, rh, rl);
  ddAdd(G.H, G.Lo, 1, 0);
  ddMul(G.H, G.Lo, rh, rl);
  if (j === 0) {
    G.EM_H = G.H;
    G.EM_L = G.Lo;
    return k;
  }
  // e^x / 2^k - 1 = (T - 1) + T em
  ddMul(G.H, G.Lo, EXP_T_H[j]!, EXP_T_L[j]!);
  ddAdd(G.H, G.Lo, EXP_TM1_H[j]!, EXP_TM1_L[j]!);
  G.EM_H = G.H;
  G.EM_L = G.Lo;
  return k;
}

/** 2^n as a double for -1074 <= n <= 1023. */
function pow2(n: number): number {
  return Math.pow(2, n);
}

/** (h + l) * 2^k rounded once (up to double rounding in the subnormal range). */
function scaleRound(h: number, l: number, k: number): number {
  const v = h + l;
  if (k > 1023) return v * pow2(1023) * pow2(k - 1023);
  if (k >= -1021) return v * pow2(k);
  // possibly subnormal: round (h + l) 2^(k + 1074) to an integer once
  const e = k + 1074;
  if (e < -60) return 0;
  const uh = e > 1000 ? h * pow2(1000) * pow2(e - 1000) : h * pow2(e);
  const ul = l * pow2(e);
  if (uh >= 4503599627370496) return v * pow2(k); // normal after all
  const n0 = Math.floor(uh);
  const frac = (uh - n0) + ul;
  let n = n0;
  if (frac > 0.5 || (frac === 0.5 && n0 % 2 === 1)) n = n0 + 1;
  else if (frac < -0.5 || (frac === -0.5 && n0 % 2 === 1)) n = n0 - 1;
  return n * pow2(-1074);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 5.551115123125783e-17) return 1 + x;
  const k = expCore(x, 0);
  quickTwoSum(1, G.EM_H);
  const h = G.H;
  const l = G.Lo + G.EM_L;
  quickTwoSum(h, l);
  return scaleRound(G.H, G.Lo, k);
}

// ------------------------------------------------------------------ log

/** log(x) as a double-double in G.LG_H, G.LG_L, for finite x > 0. */
function logDD(x: number): void {
  if (x > 0.9375 && x < 1.0625) {
    const f = x - 1; // exact
    twoSum(2, f);
    ddDiv(f, 0, G.H, G.Lo);
    const uh = G.H;
    const ul = G.Lo;
    ddMul(uh, ul, uh, ul);
    const wh = G.H;
    const wl = G.Lo;
    let sh = INV_ODD_H[13]!;
    let sl = INV_ODD_L[13]!;
    for (let k = 12; k >= 0; k--) {
      ddMul(sh, sl, wh, wl);
      ddAdd(G.H, G.Lo, INV_ODD_H[k]!, INV_ODD_L[k]!);
      sh = G.H;
      sl = G.Lo;
    }
    ddMul(sh, sl, uh, ul);
    G.LG_H = 2 * G.H;
    G.LG_L = 2 * G.Lo;
    return;
  }
  const y0 = Math.log(x);
  const k = expCore(-y0, 0);
  // t = x e^-y0 - 1 = xs (1 + em) - 1 with xs = x 2^k
  const xs = k > 1000 ? x * pow2(1000) * pow2(k - 1000) : k < -1000 ? x * pow2(-1000) * pow2(k + 1000) : x * pow2(k);
  const d = xs - 1;
  twoProd(xs, G.EM_H);
  const ph = G.H;
  const pl = G.Lo + xs * G.EM_L;
  ddAdd(ph, pl, d, 0);
  const t = G.H + G.Lo;
  // log(1 + t) = t - t^2/2
  twoSum(y0, t);
  const h = G.H;
  const l = G.Lo - (t * t) / 2;
  quickTwoSum(h, l);
  G.LG_H = G.H;
  G.LG_L = G.Lo;
}

export function log(x: number): number {
  if (x !== x) return x;
  if (x < 0) return NEG_NAN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  logDD(x);
  return G.LG_H + G.LG_L;
}

// ------------------------------------------------------------------ pow
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
}

/** C99 pow. */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return x + y;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (x === 0 || x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) {
    if (x === -1) return 1;
    return Math.pow(x, y);
  }
  let neg = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NEG_NAN;
    neg = isOddInteger(y);
    x = -x;
  }
  if (y === 0.5) return neg ? -Math.sqrt(x) : Math.sqrt(x);
  if (Number.isInteger(y) && y >= -64 && y <= 64) {
    // small integer powers: repeated squaring in double-double
    let n = y < 0 ? -y : y;
    let bh = x;
    let bl = 0;
    let rh = 1;
    let rl = 0;
    while (n > 0) {
      if (n & 1) {
        ddMul(rh, rl, bh, bl);
        rh = G.H;
        rl = G.Lo;
      }
      n >>= 1;
      if (n > 0) {
        ddMul(bh, bl, bh, bl);
        bh = G.H;
        bl = G.Lo;
      }
    }
    if (rh > 1e-290 && rh < 1e290) {
      if (y < 0) {
        ddDiv(1, 0, rh, rl);
        rh = G.H;
        rl = G.Lo;
      }
      const r = rh + rl;
      return neg ? -r : r;
    }
  }
  logDD(x);
  const ph0 = y * G.LG_H;
  if (ph0 > 710) return neg ? -Infinity : Infinity;
  if (ph0 < -746) return neg ? -0 : 0;
  twoProd(y, G.LG_H);
  const ph = G.H;
  const pl = G.Lo + y * G.LG_L;
  quickTwoSum(ph, pl);
  const k = expCore(G.H, G.Lo);
  quickTwoSum(1, G.EM_H);
  const h = G.H;
  const l = G.Lo + G.EM_L;
  quickTwoSum(h, l);
  const r = scaleRound(G.H, G.Lo, k);
  return neg ? -r : r;
}

// ------------------------------------------------------------------ sin, cos, tan

/** Reduce |x| (finite, > pi/4) to G.RQ (quadrant mod 4) and r = G.RH + G.RL, |r| <= pi/4. */
function reduce(ax: number): void {
  if (ax < 1e6) {
    const k = Math.round(ax / PIO2_H);
    twoSum(ax, -k * PIO2_PARTS[0]!);
    let rh = G.H;
    let rl = G.Lo;
    for (let i = 1; i < 5; i++) {
      ddAdd(rh, rl, -k * PIO2_PARTS[i]!, 0);
      rh = G.H;
      rl = G.Lo;
    }
    G.RQ = k & 3;
    G.RH = rh;
    G.RL = rl;
    return;
  }
  // exact reduction: ax = m 2^e, ax * 2/pi = m * T * 2^(e - PREC)
  F64[0] = ax;
  const e = ((U32[1]! >>> 20) & 0x7ff) - 1023 - 52;
  const m = BigInt(ax / Math.pow(2, e));
  const P = m * TWO_OVER_PI_FIXED;
  const sh = PREC - BigInt(e);
  let I = P >> sh;
  let F = P - (I << sh);
  if (F >= 1n << (sh - 1n)) {
    I += 1n;
    F -= 1n << sh;
  }
  G.RQ = Number(I & 3n);
  // f = F / 2^sh in [-0.5, 0.5): take 120 bits
  const F120 = sh > 120n ? F >> (sh - 120n) : F << (120n - sh);
  const fh = Number(F120) * Math.pow(2, -120);
  const fl = Number(F120 - BigInt(fh * Math.pow(2, 120))) * Math.pow(2, -120);
  ddMul(fh, fl, PIO2_H, PIO2_L);
  G.RH = G.H;
  G.RL = G.Lo;
}


/** sin and cos of r = rh + rl, |r| <= pi/4 (+ a little): table of sin/cos(j/64) + Taylor. */
function sinCosDD(rh0: number, rl0: number): void {
  const neg = rh0 < 0;
  const rh = neg ? -rh0 : rh0;
  const rl = neg ? -rl0 : rl0;
  const j = Math.round(rh * 64);
  quickTwoSum(rh - j / 64, rl);
  const dh = G.H;
  const dl = G.Lo;
  ddMul(dh, dl, dh, dl);
  const wh = G.H;
  const wl = G.Lo;
  // sin d = d (1 + w (-1/6 + w (1/120 + w Q)))
  const Q = -1 / 5040 + wh * (1 / 362880);
  ddAdd(INV_FACT_H[5]!, INV_FACT_L[5]!, wh * Q, 0);
  ddMul(G.H, G.Lo, wh, wl);
  ddAdd(G.H, G.Lo, -INV_FACT_H[3]!, -INV_FACT_L[3]!);
  ddMul(G.H, G.Lo, wh, wl);
  ddAdd(G.H, G.Lo, 1, 0);
  ddMul(G.H, G.Lo, dh, dl);
  const sdh = G.H;
  const sdl = G.Lo;
  // cos d = 1 + w (-1/2 + w (1/24 + w C))
  const C = -1 / 720 + wh * (1 / 40320);
  ddAdd(INV_FACT_H[4]!, INV_FACT_L[4]!, wh * C, 0);
  ddMul(G.H, G.Lo, wh, wl);
  ddAdd(G.H, G.Lo, -0.5, 0);
  ddMul(G.H, G.Lo, wh, wl);
  ddAdd(G.H, G.Lo, 1, 0);
  const cdh = G.H;
  const cdl = G.Lo;
  if (j === 0) {
    G.SN_H = neg ? -sdh : sdh;
    G.SN_L = neg ? -sdl : sdl;
    G.CS_H = cdh;
    G.CS_L = cdl;
    return;
  }
  const sah = SIN_T_H[j]!;
  const sal = SIN_T_L[j]!;
  const cah = COS_T_H[j]!;
  const cal = COS_T_L[j]!;
  // sin(a + d) = sa cd + ca sd ; cos(a + d) = ca cd - sa sd
  ddMul(sah, sal, cdh, cdl);
  const p1h = G.H;
  const p1l = G.Lo;
  ddMul(cah, cal, sdh, sdl);
  ddAdd(p1h, p1l, G.H, G.Lo);
  G.SN_H = neg ? -G.H : G.H;
  G.SN_L = neg ? -G.Lo : G.Lo;
  ddMul(cah, cal, cdh, cdl);
  const p2h = G.H;
  const p2l = G.Lo;
  ddMul(sah, sal, sdh, sdl);
  ddAdd(p2h, p2l, -G.H, -G.Lo);
  G.CS_H = G.H;
  G.CS_L = G.Lo;
}

/** sin/cos of finite x into SN, CS (double-double), any magnitude. */
function sinCosAny(x: number): void {
  const ax = Math.abs(x);
  let q = 0;
  let rh = ax;
  let rl = 0;
  if (ax > PIO4_H) {
    reduce(ax);
    q = G.RQ;
    rh = G.RH;
    rl = G.RL;
  }
  sinCosDD(rh, rl);
  let sh = G.SN_H;
  let sl = G.SN_L;
  let ch = G.CS_H;
  let cl = G.CS_L;
  if (q === 1) {
    const th = sh;
    const tl = sl;
    sh = ch;
    sl = cl;
    ch = -th;
    cl = -tl;
  } else if (q === 2) {
    sh = -sh;
    sl = -sl;
    ch = -ch;
    cl = -cl;
  } else if (q === 3) {
    const th = sh;
    const tl = sl;
    sh = -ch;
    sl = -cl;
    ch = th;
    cl = tl;
  }
  if (x < 0) {
    sh = -sh;
    sl = -sl;
  }
  G.SN_H = sh;
  G.SN_L = sl;
  G.CS_H = ch;
  G.CS_L = cl;
}

export function sin(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NEG_NAN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  sinCosAny(x);
  return G.SN_H + G.SN_L;
}

export function cos(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NEG_NAN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1;
  sinCosAny(x);
  return G.CS_H + G.CS_L;
}

export function tan(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NEG_NAN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  sinCosAny(x);
  ddDiv(G.SN_H, G.SN_L, G.CS_H, G.CS_L);
  return G.H + G.Lo;
}

// ------------------------------------------------------------------ inverse trigonometric
export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-9) return x;
  if (ax > 1.152921504606847e18) return x > 0 ? PIO2_H : -PIO2_H;
  const y0 = Math.atan(x);
  sinCosAny(y0);
  // f(y) = sin y - x cos y ; f' = cos y + x sin y
  twoProd(x, G.CS_H);
  const xch = G.H;
  const xcl = G.Lo + x * G.CS_L;
  ddAdd(G.SN_H, G.SN_L, -xch, -xcl);
  const num = G.H + G.Lo;
  const den = G.CS_H + x * G.SN_H;
  return y0 - num / den;
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  if (y === 0) {
    if (x > 0 || Object.is(x, 0)) return y;
    return Object.is(y, -0) ? -PI_H : PI_H;
  }
  if (x === 0) return y > 0 ? PIO2_H : -PIO2_H;
  if (y === Infinity || y === -Infinity) {
    const s = y > 0 ? 1 : -1;
    if (x === Infinity) return s * (PIO4_H);
    if (x === -Infinity) return s * (3 * PIO4_H);
    return s * PIO2_H;
  }
  if (x === Infinity) return y > 0 ? 0 : -0;
  if (x === -Infinity) return y > 0 ? PI_H : -PI_H;
  // scale so that the larger magnitude is near 1
  const e = Math.max(Math.floor(Math.log2(Math.abs(x))), Math.floor(Math.log2(Math.abs(y))));
  const ratio = Math.abs(y) / Math.abs(x);
  if (ratio < 8.673617379884035e-19) {
    if (x > 0) return y / x;
    ddAdd(PI_H, PI_L, -ratio, 0);
    return y > 0 ? G.H + G.Lo : -(G.H + G.Lo);
  }
  const sc = e > 1000 || e < -1000 ? Math.pow(2, -e) : Math.pow(2, -e);
  const xs = e > 1000 ? (x * Math.pow(2, -1000)) * Math.pow(2, 1000 - e) : e < -1000 ? (x * Math.pow(2, 1000)) * Math.pow(2, -1000 - e) : x * sc;
  const ys = e > 1000 ? (y * Math.pow(2, -1000)) * Math.pow(2, 1000 - e) : e < -1000 ? (y * Math.pow(2, 1000)) * Math.pow(2, -1000 - e) : y * sc;
  const t0 = Math.atan2(y, x);
  sinCosAny(t0);
  // f(t) = y cos t - x sin t ; f' = -(y sin t + x cos t)
  twoProd(ys, G.CS_H);
  const ah = G.H;
  const al = G.Lo + ys * G.CS_L;
  twoProd(xs, G.SN_H);
  const bh = G.H;
  const bl = G.Lo + xs * G.SN_L;
  ddAdd(ah, al, -bh, -bl);
  const num = G.H + G.Lo;
  const den = ys * G.SN_H + xs * G.CS_H;
  return t0 + num / den;
}

export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 1.4901161193847656e-8) return x;
  if (ax === 1) return x > 0 ? PIO2_H : -PIO2_H;
  const y0 = Math.asin(x);
  sinCosAny(y0);
  ddAdd(x, 0, -G.SN_H, -G.SN_L);
  return y0 + (G.H + G.Lo) / G.CS_H;
}

export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  if (ax < 5.551115123125783e-17) {
    ddAdd(PIO2_H, PIO2_L, -x, 0);
    return G.H + G.Lo;
  }
  const y0 = Math.acos(x);
  sinCosAny(y0);
  ddAdd(G.CS_H, G.CS_L, -x, 0);
  return y0 + (G.H + G.Lo) / G.SN_H;
}

// ------------------------------------------------------------------ expm1 and the fdlibm formulas
/** expm1, correctly rounded. */
export function expm1(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -38) return -1;
  if (Math.abs(x) < 5.551115123125783e-17) return x;
  const k = expCore(x, 0);
  if (k === 0) return G.EM_H + G.EM_L;
  quickTwoSum(1, G.EM_H);
  ddAdd(G.H, G.Lo, G.EM_L, 0);
  const s = k > 1023 ? Infinity : pow2(k);
  if (s === Infinity) return Infinity;
  ddAdd(G.H * s, G.Lo * s, -1, 0);
  return G.H + G.Lo;
}

// glibc's sinh, cosh, tanh and log10 are fdlibm's algorithms (not correctly rounded) on top of
// its own exp/log (correctly rounded) and fdlibm's expm1 (which V8's Math.expm1 ports
// bit for bit): the same formulas over those track glibc.
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;
const IVLN10 = 4.34294481903251816668e-01;

/** fdlibm e_log10.c */
export function log10(x: number): number {
  if (x !== x) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let k = 0;
  F64[0] = x;
  let hx = U32[1]! | 0;
  if (hx < 0x00100000) {
    // subnormal
    k -= 54;
    F64[0] = x * 18014398509481984;
    hx = U32[1]! | 0;
  }
  k += (hx >> 20) - 1023;
  const i = (k & 0x80000000) >>> 31;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  U32[1] = hx;
  const z = y * LOG10_2LO + IVLN10 * log(F64[0]!);
  return z + y * LOG10_2HI;
}

/** fdlibm e_sinh.c */
export function sinh(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 3.725290298461914e-9) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.782712893384) return h * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

/** fdlibm e_cosh.c */
export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return Infinity;
  if (ax < 0.34657359027997264) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ax < 5.551115123125783e-17) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

/** fdlibm s_tanh.c */
export function tanh(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  let z: number;
  if (ax < 22) {
    if (ax < 2.7755575615628914e-17) return x * (1 + x);
    if (ax >= 1) {
      const t = Math.expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x >= 0 ? z : -z;
}

export { LN2_H, LN2_L };
