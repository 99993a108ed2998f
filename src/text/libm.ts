/**
 * The C math functions of lua5.1's math library (and of the `^` operator) with glibc 2.36's
 * results (x86-64):
 *  - exp, log, pow, sin, cos, tan, asin, acos, atan, atan2: correctly rounded. glibc's are
 *    correctly rounded except for ~0.02–0.14% of arguments (1 ulp; measured in libm.test.ts),
 *    which this module does not reproduce;
 *  - expm1 (not in Lua, used by sinh/cosh/tanh): glibc's own, bit for bit (fdlibm's algorithm,
 *    glibc's polynomial order and FMA contractions, with an exact emulated `fma`);
 *  - log10, sinh, cosh, tanh: glibc's fdlibm formulas over the functions above;
 *  - special values as glibc: signed zeros, infinities, overflow/underflow thresholds,
 *    subnormal results, NaN signs (x86's default NaN is negative, printed "-nan").
 *
 * Method (own code): argument reduction (Cody–Waite with a 4-piece pi/2 below 2^20, exact
 * Payne–Hanek reduction with BigInt above), evaluation in double-double arithmetic (relative
 * error ~2^-80), then Ziv's rounding test: when the value with its error bound does not round
 * unambiguously, the BigInt multi-precision version (libm/big.ts, ~300 bits) decides.
 */
import * as B from './libm/big.js';

// ------------------------------------------------------------------ NaNs with a sign
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
function makeNaN(hi: number): number {
  U32[1] = hi;
  U32[0] = 0;
  return F64[0]!;
}
/** x86's default NaN (0/0, inf-inf, invalid operations): sign bit set, printed "-nan" */
const NEG_NAN = makeNaN(0xfff80000);
/** glibc's NAN macro (wrappers' domain errors): printed "nan" */
const POS_NAN = makeNaN(0x7ff80000);

function highWord(x: number): number {
  F64[0] = x;
  return U32[1]! | 0;
}
function lowWord(x: number): number {
  F64[0] = x;
  return U32[0]!;
}

// ------------------------------------------------------------------ double-double kernel
// Results go to the module registers H (high) and L (low).
const SPLITTER = 134217729; // 2^27 + 1

// Results are left in registers R[_H], R[_L] (double-double primitives), R[_EH]... (kernels):
// a typed array, so that no double is boxed.
const _H = 0, _L = 1, _EH = 2, _EL = 3, _EK = 4, _LH = 5, _LL = 6, _LERR = 7, _RQ = 8, _RH = 9, _RL = 10, _RE = 11, _SH = 12, _SL = 13, _CH = 14, _CL = 15, _AH = 16, _AL = 17;
const R = new Float64Array(18);
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[_L] = (a - (s - bb)) + (b - bb);
  R[_H] = s;
}
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  R[_L] = b - (s - a);
  R[_H] = s;
}
/** exact a*b = R[_H] + R[_L] (|a|, |b| < 2^996, no underflow of the parts) */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R[_L] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  R[_H] = p;
}
/** (ah + al) * (bh + bl) */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const h = R[_H]!;
  const l = R[_L]! + (ah * bl + al * bh);
  fastTwoSum(h, l);
}
/** (ah + al) + (bh + bl) */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const h = R[_H]!;
  const l = R[_L]! + al + bl;
  fastTwoSum(h, l);
}
/** (ah + al) / (bh + bl) */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q = ah / bh;
  twoProd(q, bh);
  const r = ((ah - R[_H]!) - R[_L]! + al - q * bl) / bh;
  fastTwoSum(q, r);
}
/** sqrt(ah + al), ah > 0 */
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const r = ((ah - R[_H]!) - R[_L]! + al) / (2 * s);
  fastTwoSum(s, r);
}

/**
 * Ziv's rounding test: the double nearest to h + l if every value within err of it rounds
 * the same (normal range), else NaN (the caller then takes the slow path).
 */
function roundOrFail(h: number, l: number, err: number): number {
  const a = h + (l + err);
  const b = h + (l - err);
  return a === b ? a : NaN;
}

const pow2 = B.pow2;

/**
 * (h + l) * 2^k correctly rounded, |h + l| in [0.5, 2), err a bound on |error| of h + l;
 * NaN when undecided. Handles overflow (inf) and the subnormal range.
 */
function finishScaled(h: number, l: number, err: number, k: number): number {
  if (k >= -1021) {
    const r = roundOrFail(h, l, err);
    if (k > 1023) return r * 8.98846567431158e307 * pow2(k - 1023);
    return r * pow2(k);
  }
  // subnormal result: round (h + l) * 2^(k+1074) to an integer
  const m = k + 1074;
  if (m < -2) return h > 0 ? 0 : -0; // |value| < 2^-1075
  const s = pow2(m);
  const uh = h * s;
  const ul = l * s;
  const ue = err * s;
  const n0 = Math.floor(uh);
  const f = (uh - n0) + ul;
  const lo = f - ue;
  const hi = f + ue;
  let n: number;
  if (lo > -0.5 && hi < 0.5) n = n0;
  else if (lo > 0.5 && hi < 1.5) n = n0 + 1;
  else if (hi < -0.5 && lo > -1.5) n = n0 - 1;
  else if (lo > 1.5 && hi < 2.5) n = n0 + 2;
  else return NaN;
  return n * 4.9406564584124654e-324;
}

// ------------------------------------------------------------------ constants (lazy tables)
const [PI_H, PI_L] = B.bigToDD(B.PI_FIX, B.P);
const [PIO2_H, PIO2_L] = B.bigToDD(B.PIO2_FIX, B.P);
const PIO4_H = PIO2_H / 2;
const PIO4_L = PIO2_L / 2;

/** v / 2^P split into pieces of `bits` significant bits (the last one a full double) */
function pieces(v: bigint, bits: number, count: number): number[] {
  const out: number[] = [];
  let rest = v;
  for (let i = 0; i < count - 1; i++) {
    const bl = B.bitLength(rest);
    const drop = BigInt(bl - bits);
    const chunk = rest >> drop;
    out.push(B.roundBig(chunk, Number(drop) - Number(B.P)));
    rest -= chunk << drop;
  }
  out.push(B.roundBig(rest, -Number(B.P)));
  return out;
}

// ------------------------------------------------------------------ exp core
const EXP_N = 256;
const [LN2N_1, LN2N_2, LN2N_3] = pieces(B.LN2_FIX / BigInt(EXP_N), 32, 3) as [number, number, number];
const INV_LN2N = EXP_N / (Number(B.LN2_FIX >> (B.P - 60n)) / 2 ** 60);
let EXP_TH: Float64Array | null = null;
let EXP_TL: Float64Array | null = null;
function expTables(): void {
  const th = new Float64Array(EXP_N);
  const tl = new Float64Array(EXP_N);
  // 2^(j/N) at P + 40 bits by repeated multiplication
  const G = 40n;
  const PG = B.P + G;
  // c = 2^(1/N) = e^(ln2/N)
  const z = (B.LN2_FIX << G) / BigInt(EXP_N);
  let c = 1n << PG;
  let term = 1n << PG;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * z) / (1n << PG) / n;
    c += term;
  }
  let t = 1n << PG;
  for (let j = 0; j < EXP_N; j++) {
    const [h, l] = B.bigToDD(t, PG);
    th[j] = h;
    tl[j] = l;
    t = (t * c) >> PG;
  }
  EXP_TH = th;
  EXP_TL = tl;
}

/** e^(xh + xl) = (R[_EH] + R[_EL]) * 2^R[_EK], R[_EH] + R[_EL] in [0.7, 1.5), relative error < 2^-80; |xh| < 1500 */
function expCore(xh: number, xl: number): void {
  if (EXP_TH === null) expTables();
  const kf = Math.round(xh * INV_LN2N);
  const j = kf & (EXP_N - 1);
  R[_EK] = (kf - j) / EXP_N;
  // r = x - kf ln2/N
  const r1 = xh - kf * LN2N_1; // exact
  twoSum(r1, -kf * LN2N_2);
  const rh0 = R[_H]!;
  const rl0 = R[_L]! + (xl - kf * LN2N_3);
  fastTwoSum(rh0, rl0);
  const rh = R[_H]!;
  const rl = R[_L]!;
  // e^r - 1 = r + r^2/2 + r^3 q(r)
  const q = rh * rh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh / 40320)))));
  twoProd(rh, rh);
  const s2h = R[_H]! * 0.5;
  const s2l = R[_L]! * 0.5 + rh * rl;
  twoSum(rh, s2h);
  const ah = R[_H]!;
  const al = R[_L]! + rl + s2l + q;
  // T (1 + em) = T + T em
  const th = EXP_TH![j]!;
  const tl = EXP_TL![j]!;
  twoProd(th, ah);
  const ph = R[_H]!;
  const pl = R[_L]! + th * al + tl * ah + tl;
  twoSum(th, ph);
  R[_EH] = R[_H]!;
  R[_EL] = R[_L]! + pl;
}
const EXP_ERR = 2 ** -76;

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 5.551115123125783e-17) return 1 + x; // |x| < 2^-54
  expCore(x, 0);
  const r = finishScaled(R[_EH]!, R[_EL]!, EXP_ERR * R[_EH]!, R[_EK]!);
  if (r === r) return r;
  return B.expBig(x);
}

// ------------------------------------------------------------------ log
/** log(x) as R[_LH] + R[_LL] for finite x > 0, x != 1; absolute error < 2^-82 and relative < 2^-80 */
function logCore(x: number): void {
  if (x > 0.9921875 && x < 1.0078125) {
    // |x - 1| < 2^-7: 2 atanh(u), u = f / (2 + f)
    const f = x - 1;
    twoSum(2, f);
    ddDiv(f, 0, R[_H]!, R[_L]!);
    const uh = R[_H]!;
    const ul = R[_L]!;
    twoProd(uh, uh);
    const wh = R[_H]!;
    const wl = R[_L]! + 2 * uh * ul;
    // u^3 / 3 in double-double
    twoProd(uh, wh);
    const ch = R[_H]!;
    const cl = R[_L]! + uh * wl + ul * wh;
    const c3h = ch / 3;
    twoProd(c3h, 3);
    const c3l = ((ch - R[_H]!) - R[_L]! + cl) / 3;
    // u^5 (1/5 + w/7 + w^2/9 + w^3/11 + w^4/13)
    const t = ch * wh * (1 / 5 + wh * (1 / 7 + wh * (1 / 9 + wh * (1 / 11 + wh / 13))));
    twoSum(uh, c3h);
    const sh = R[_H]!;
    const sl = R[_L]! + ul + c3l + t;
    fastTwoSum(2 * sh, 2 * sl);
    R[_LH] = R[_H]!;
    R[_LL] = R[_L]!;
    R[_LERR] = Math.abs(R[_LH]!) * 2 ** -84;
    return;
  }
  const y0 = Math.log(x);
  expCore(-y0, 0);
  const k = R[_EK]!;
  // xs = x 2^k, near 1 / (R[_EH] + R[_EL])
  const xs = k > 1023 ? x * pow2(k - 600) * pow2(600) : x * pow2(k);
  twoProd(xs, R[_EH]!);
  const t = (R[_H]! - 1) + (R[_L]! + xs * R[_EL]!);
  // log(1 + t) = t - t^2/2 (t ~ 2^-52)
  twoSum(y0, t);
  const h = R[_H]!;
  const l = R[_L]! - 0.5 * t * t;
  fastTwoSum(h, l);
  R[_LH] = R[_H]!;
  R[_LL] = R[_L]!;
  R[_LERR] = Math.abs(R[_LH]!) * 2 ** -80 + 2 ** -82;
}

export function log(x: number): number {
  if (x !== x) return x;
  if (x < 0) return NEG_NAN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  logCore(x);
  const r = roundOrFail(R[_LH]!, R[_LL]!, R[_LERR]! * 4);
  if (r === r) return r;
  return B.logBig(x);
}

// glibc's log10 is fdlibm's e_log10.c over glibc's own (correctly rounded) log:
// log10(x) = y*log10_2lo + ivln10*log(m) + y*log10_2hi with x = m 2^y.
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;
const IVLN10 = 4.34294481903251816668e-01;

export function log10(x: number): number {
  if (x !== x) return x;
  if (x < 0) return POS_NAN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let k = 0;
  let hx = highWord(x);
  if (hx < 0x00100000) {
    k -= 54;
    x *= 18014398509481984; // 2^54
    hx = highWord(x);
  }
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  F64[0] = x;
  U32[1] = hx;
  const m = F64[0]!;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

// ------------------------------------------------------------------ pow
function isInteger(y: number): boolean {
  return Math.floor(y) === y;
}
function isOddInteger(y: number): boolean {
  return Math.abs(y) < 9007199254740992 && isInteger(y) && Math.abs(y % 2) === 1;
}

/** luai_nummod of luaconf.h: a - floor(a/b)*b (not C fmod). The one definition of Lua's %. */
export function numMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/** C pow (glibc): C99 Annex F special cases, correctly rounded otherwise. */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x) {
    // glibc clears the sign of a negative x (a -nan too) and restores it for odd y
    F64[0] = x;
    return U32[1]! & 0x80000000 && isOddInteger(y) ? POS_NAN : x;
  }
  if (y !== y) return y;
  const ax = Math.abs(x);
  if (y === Infinity || y === -Infinity) {
    if (ax === 1) return 1;
    return (ax < 1) === (y < 0) ? Infinity : 0;
  }
  if (x === 0) {
    const odd = isOddInteger(y);
    if (y < 0) return odd && 1 / x < 0 ? -Infinity : Infinity;
    return odd ? x : 0;
  }
  if (x === Infinity) return y < 0 ? 0 : Infinity;
  if (x === -Infinity) {
    const odd = isOddInteger(y);
    if (y < 0) return odd ? -0 : 0;
    return odd ? -Infinity : Infinity;
  }
  let neg = false;
  if (x < 0) {
    if (!isInteger(y)) return NEG_NAN;
    neg = isOddInteger(y);
  }
  if (ax === 1) return neg ? -1 : 1;
  if (y === 1) return x;
  logCore(ax);
  const zh0 = y * R[_LH]!;
  if (zh0 > 709.8 || zh0 < -745.2) {
    // certain overflow/underflow unless on the edge: decide carefully near the edges
    if (zh0 > 720) return neg ? -Infinity : Infinity;
    if (zh0 < -760) return neg ? -0 : 0;
  }
  twoProd(y, R[_LH]!);
  const zh = R[_H]!;
  const zl = R[_L]! + y * R[_LL]!;
  let r: number;
  if (zh > 709.8) {
    r = B.powBig(ax, y);
    return neg ? -r : r;
  }
  if (zh < -745.2) {
    r = zh < -746 ? 0 : B.powBig(ax, y);
    return neg ? -r : r;
  }
  fastTwoSum(zh, zl);
  expCore(R[_H]!, R[_L]!);
  // relative error: that of e^z plus |y| * (error of log)
  const err = (EXP_ERR + Math.abs(y) * R[_LERR]! * 2) * R[_EH]!;
  r = finishScaled(R[_EH]!, R[_EL]!, err, R[_EK]!);
  if (r !== r) r = B.powBig(ax, y);
  return neg ? -r : r;
}

// ------------------------------------------------------------------ sin, cos, tan
const [PIO2_1, PIO2_2, PIO2_3, PIO2_4] = pieces(B.PIO2_FIX, 33, 4) as [number, number, number, number];
const TWO_OVER_PI = 0.6366197723675814;

/** reduced argument: x = (4n + R[_RQ]) pi/2 + (R[_RH] + R[_RL]), |R[_RH]| <= pi/4 (+ a little); R[_RE] abs error */
function reduce(ax: number): void {
  if (ax < 1048576) {
    const k = Math.round(ax * TWO_OVER_PI);
    const r1 = ax - k * PIO2_1; // exact
    twoSum(r1, -k * PIO2_2);
    const h = R[_H]!;
    const l = R[_L]!;
    twoSum(h, -k * PIO2_3);
    const h2 = R[_H]!;
    const l2 = R[_L]! + l - k * PIO2_4;
    fastTwoSum(h2, l2);
    R[_RQ] = k & 3;
    R[_RH] = R[_H]!;
    R[_RL] = R[_L]!;
    R[_RE] = 2 ** -125;
    return;
  }
  const [q, r] = B.reduceFix(ax);
  R[_RQ] = q;
  const [h, l] = B.bigToDD(r, B.P);
  R[_RH] = h;
  R[_RL] = l;
  R[_RE] = Math.abs(h) * 2 ** -100;
}

let SC_SH: Float64Array | null = null;
let SC_SL: Float64Array | null = null;
let SC_CH: Float64Array | null = null;
let SC_CL: Float64Array | null = null;
const SC_N = 52; // sin/cos(j/64), j <= 51 (pi/4 * 64 = 50.3)
function sinCosTables(): void {
  SC_SH = new Float64Array(SC_N);
  SC_SL = new Float64Array(SC_N);
  SC_CH = new Float64Array(SC_N);
  SC_CL = new Float64Array(SC_N);
  for (let j = 0; j < SC_N; j++) {
    const [s, c] = B.sinCosFix((BigInt(j) << B.P) / 64n);
    [SC_SH[j], SC_SL[j]] = B.bigToDD(s, B.P);
    [SC_CH[j], SC_CL[j]] = B.bigToDD(c, B.P);
  }
}

/** sin and cos of r = rh + rl (|r| <= 0.8): R[_SH] + R[_SL], R[_CH] + R[_CL], relative error < 2^-82 */
function sinCosCore(rh0: number, rl0: number): void {
  if (SC_SH === null) sinCosTables();
  const neg = rh0 < 0;
  const rh = neg ? -rh0 : rh0;
  const rl = neg ? -rl0 : rl0;
  const j = Math.round(rh * 64);
  const dh0 = rh - j / 64; // exact
  fastTwoSum(dh0, rl);
  const dh = R[_H]!;
  const dl = R[_L]!;
  twoProd(dh, dh);
  const wh = R[_H]!;
  const wl = R[_L]! + 2 * dh * dl;
  // sin d = d - d^3/6 + d^5 (1/120 - w/5040 + w^2/362880 - w^3/39916800)
  twoProd(dh, wh);
  const ch = R[_H]!;
  const cl = R[_L]! + dh * wl;
  const c6h = ch / 6;
  twoProd(c6h, 6);
  const c6l = ((ch - R[_H]!) - R[_L]! + cl) / 6;
  const ts = ch * wh * (1 / 120 + wh * (-1 / 5040 + wh * (1 / 362880 - wh / 39916800)));
  twoSum(dh, -c6h);
  const sdh0 = R[_H]!;
  const sdl0 = R[_L]! + dl - c6l + ts;
  fastTwoSum(sdh0, sdl0);
  const sdh = R[_H]!;
  const sdl = R[_L]!;
  // cos d = 1 - w/2 + w^2 (1/24 - w/720 + w^2/40320 - w^3/3628800)
  const tc = wh * wh * (1 / 24 + wh * (-1 / 720 + wh * (1 / 40320 - wh / 3628800)));
  twoSum(1, -0.5 * wh);
  const cdh0 = R[_H]!;
  const cdl0 = R[_L]! - 0.5 * wl + tc;
  fastTwoSum(cdh0, cdl0);
  const cdh = R[_H]!;
  const cdl = R[_L]!;
  if (j === 0) {
    R[_SH] = neg ? -sdh : sdh;
    R[_SL] = neg ? -sdl : sdl;
    R[_CH] = cdh;
    R[_CL] = cdl;
    return;
  }
  const sah = SC_SH![j]!;
  const sal = SC_SL![j]!;
  const cah = SC_CH![j]!;
  const cal = SC_CL![j]!;
  // sin(a + d) = sa cd + ca sd ; cos(a + d) = ca cd - sa sd
  ddMul(sah, sal, cdh, cdl);
  const p1h = R[_H]!;
  const p1l = R[_L]!;
  ddMul(cah, cal, sdh, sdl);
  ddAdd(p1h, p1l, R[_H]!, R[_L]!);
  R[_SH] = neg ? -R[_H]! : R[_H]!;
  R[_SL] = neg ? -R[_L]! : R[_L]!;
  ddMul(cah, cal, cdh, cdl);
  const p2h = R[_H]!;
  const p2l = R[_L]!;
  ddMul(sah, sal, sdh, sdl);
  ddAdd(p2h, p2l, -R[_H]!, -R[_L]!);
  R[_CH] = R[_H]!;
  R[_CL] = R[_L]!;
}

/** sin and cos of finite x (|x| >= 2^-27) into R[_SH]/R[_SL], R[_CH]/R[_CL]; returns the abs error bound of r */
function sinCosAny(x: number): number {
  const ax = Math.abs(x);
  let q = 0;
  let err = 0;
  if (ax > PIO4_H) {
    reduce(ax);
    q = R[_RQ]!;
    err = R[_RE]!;
    sinCosCore(R[_RH]!, R[_RL]!);
  } else {
    sinCosCore(ax, 0);
  }
  let sh = R[_SH]!;
  let sl = R[_SL]!;
  let ch = R[_CH]!;
  let cl = R[_CL]!;
  switch (q) {
    case 1: { const th = sh; const tl = sl; sh = ch; sl = cl; ch = -th; cl = -tl; break; }
    case 2: sh = -sh; sl = -sl; ch = -ch; cl = -cl; break;
    case 3: { const th = sh; const tl = sl; sh = -ch; sl = -cl; ch = th; cl = tl; break; }
    default: break;
  }
  if (x < 0) {
    sh = -sh;
    sl = -sl;
  }
  R[_SH] = sh;
  R[_SL] = sl;
  R[_CH] = ch;
  R[_CL] = cl;
  return err;
}
const SC_ERR = 2 ** -78;

export function sin(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NEG_NAN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x; // 2^-26
  const e = sinCosAny(x);
  const r = roundOrFail(R[_SH]!, R[_SL]!, Math.abs(R[_SH]!) * SC_ERR + e);
  return r === r ? r : B.sinBig(x);
}

export function cos(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NEG_NAN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1; // 2^-27
  const e = sinCosAny(x);
  const r = roundOrFail(R[_CH]!, R[_CL]!, Math.abs(R[_CH]!) * SC_ERR + e);
  return r === r ? r : B.cosBig(x);
}

export function tan(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NEG_NAN;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // 2^-27 (x^3/3 < ulp/2)
  const e = sinCosAny(x);
  ddDiv(R[_SH]!, R[_SL]!, R[_CH]!, R[_CL]!);
  const th = R[_H]!;
  const tl = R[_L]!;
  // error: relative 2^-76 plus that of r amplified by 1/cos^2 (d tan/dr = 1 + tan^2)
  const err = Math.abs(th) * 2 ** -76 + e * (1 + th * th) * 2;
  const r = roundOrFail(th, tl, err);
  return r === r ? r : B.tanBig(x);
}

// ------------------------------------------------------------------ atan and friends
let AT_H: Float64Array | null = null;
let AT_L: Float64Array | null = null;
function atanTables(): void {
  AT_H = new Float64Array(65);
  AT_L = new Float64Array(65);
  for (let j = 0; j <= 64; j++) {
    [AT_H[j], AT_L[j]] = B.bigToDD(B.atanRat(BigInt(j), 64n), B.P);
  }
}

/** atan(uh + ul) for u >= 0 (any size) into R[_AH] + R[_AL], relative error < 2^-80 */
function atanCore(uh: number, ul: number): void {
  if (AT_H === null) atanTables();
  let comp = false;
  if (uh > 1) {
    ddDiv(1, 0, uh, ul);
    uh = R[_H]!;
    ul = R[_L]!;
    comp = true;
  }
  const j = Math.round(uh * 64);
  let vh: number;
  let vl: number;
  if (j === 0) {
    vh = uh;
    vl = ul;
  } else {
    // v = (u - c) / (1 + u c), c = j/64
    const c = j / 64;
    fastTwoSum(uh - c, ul); // uh - c exact
    const nh = R[_H]!;
    const nl = R[_L]!;
    twoProd(uh, c);
    const ph = R[_H]!;
    const pl = R[_L]! + ul * c;
    twoSum(1, ph);
    const dh = R[_H]!;
    const dl = R[_L]! + pl;
    ddDiv(nh, nl, dh, dl);
    vh = R[_H]!;
    vl = R[_L]!;
  }
  // atan v = v - v^3/3 + v^5 (1/5 - w/7 + w^2/9 - w^3/11 + w^4/13), |v| <= 1/128
  twoProd(vh, vh);
  const wh = R[_H]!;
  const wl = R[_L]! + 2 * vh * vl;
  twoProd(vh, wh);
  const ch = R[_H]!;
  const cl = R[_L]! + vh * wl + vl * wh;
  const c3h = ch / 3;
  twoProd(c3h, 3);
  const c3l = ((ch - R[_H]!) - R[_L]! + cl) / 3;
  const t = ch * wh * (1 / 5 + wh * (-1 / 7 + wh * (1 / 9 + wh * (-1 / 11 + wh / 13))));
  twoSum(vh, -c3h);
  const sh0 = R[_H]!;
  const sl0 = R[_L]! + vl - c3l + t;
  fastTwoSum(sh0, sl0);
  let ah = R[_H]!;
  let al = R[_L]!;
  if (j !== 0) {
    ddAdd(AT_H![j]!, AT_L![j]!, ah, al);
    ah = R[_H]!;
    al = R[_L]!;
  }
  if (comp) {
    ddAdd(PIO2_H, PIO2_L, -ah, -al);
    ah = R[_H]!;
    al = R[_L]!;
  }
  R[_AH] = ah;
  R[_AL] = al;
}
const AT_ERR = 2 ** -77;

export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-9) return x; // 2^-27
  if (ax > 1.152921504606847e18) return x > 0 ? PIO2_H : -PIO2_H; // 2^60
  atanCore(ax, 0);
  const r = roundOrFail(R[_AH]!, R[_AL]!, R[_AH]! * AT_ERR);
  if (r !== r) return B.atanBig(x);
  return x < 0 ? -r : r;
}

export function atan2(y: number, x: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  const yneg = y < 0 || (y === 0 && 1 / y < 0);
  const xneg = x < 0 || (x === 0 && 1 / x < 0);
  let r: number;
  if (ay === 0) {
    r = xneg ? PI_H : 0;
  } else if (ax === 0) {
    r = PIO2_H;
  } else if (ay === Infinity) {
    r = ax === Infinity ? (xneg ? 3 * PIO4_H : PIO4_H) : PIO2_H;
  } else if (ax === Infinity) {
    r = xneg ? PI_H : 0;
  } else {
    const q = ay / ax;
    if (q < 8.673617379884035e-19) {
      // |y/x| < 2^-60: atan(t) = t(1 - t^2/3) rounds like t
      if (!xneg) return y / x;
      r = PI_H;
    } else if (q > 1.152921504606847e18) {
      r = PIO2_H;
    } else {
      // scale both by the same power of two so that the larger is near 1 (exact)
      const e = Math.max(exponentOf(ax), exponentOf(ay));
      const s1 = e > 0 ? pow2(-e) : pow2(Math.min(-e, 1000));
      const s2 = e > 0 ? 1 : pow2(-e - Math.min(-e, 1000));
      const xs = ax * s1 * s2;
      const ys = ay * s1 * s2;
      const uh = ys / xs;
      twoProd(uh, xs);
      const ul = ((ys - R[_H]!) - R[_L]!) / xs;
      atanCore(uh, ul);
      let ah = R[_AH]!;
      let al = R[_AL]!;
      if (xneg) {
        ddAdd(PI_H, PI_L, -ah, -al);
        ah = R[_H]!;
        al = R[_L]!;
      }
      r = roundOrFail(ah, al, ah * AT_ERR);
      if (r !== r) return B.atan2Big(y, x);
    }
  }
  return yneg ? -r : r;
}

/** floor(log2(a)) for finite a > 0 */
function exponentOf(a: number): number {
  if (a < 2.2250738585072014e-308) return exponentOf(a * 18014398509481984) - 54;
  return ((highWord(a) >> 20) & 0x7ff) - 1023;
}

export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return POS_NAN;
  if (ax < 1.4901161193847656e-8) return x; // 2^-26
  if (ax === 1) return x > 0 ? PIO2_H : -PIO2_H;
  // asin x = atan(x / sqrt(1 - x^2))
  twoProd(ax, ax);
  const p = R[_H]!;
  const pl = R[_L]!;
  twoSum(1, -p);
  const dh = R[_H]!;
  const dl = R[_L]! - pl;
  fastTwoSum(dh, dl);
  ddSqrt(R[_H]!, R[_L]!);
  ddDiv(ax, 0, R[_H]!, R[_L]!);
  atanCore(R[_H]!, R[_L]!);
  const r = roundOrFail(R[_AH]!, R[_AL]!, R[_AH]! * AT_ERR);
  if (r !== r) return B.asinBig(x);
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return POS_NAN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  // acos x = 2 atan(sqrt((1 - x) / (1 + x)))
  twoSum(1, -x);
  const ah = R[_H]!;
  const al = R[_L]!;
  twoSum(1, x);
  ddDiv(ah, al, R[_H]!, R[_L]!);
  ddSqrt(R[_H]!, R[_L]!);
  atanCore(R[_H]!, R[_L]!);
  const r = roundOrFail(2 * R[_AH]!, 2 * R[_AL]!, 2 * R[_AH]! * AT_ERR);
  if (r !== r) return B.acosBig(x);
  return r;
}

// ------------------------------------------------------------------ fma and expm1
/**
 * fused multiply-add a*b + c with one rounding (Boldo & Melquiond: the low parts are added
 * with rounding to odd, then the sum rounded to nearest). Exact while no part underflows.
 */
export function fma(a: number, b: number, c: number): number {
  twoProd(a, b);
  const uh = R[_H]!;
  const ul = R[_L]!;
  twoSum(c, uh);
  const th = R[_H]!;
  const tl = R[_L]!;
  twoSum(tl, ul);
  let v = R[_H]!;
  const err = R[_L]!;
  if (err !== 0) {
    F64[0] = v;
    if ((U32[0]! & 1) === 0) {
      // round to odd: step to the odd neighbour on the side of the remainder
      if ((err > 0) === (v > 0)) U32[0] = U32[0]! + 1; // even: no carry
      else if (U32[0] === 0) {
        U32[0] = 0xffffffff;
        U32[1] = U32[1]! - 1;
      } else U32[0] = U32[0]! - 1;
      v = F64[0]!;
    }
  }
  if (!Number.isFinite(th)) return a * b + c;
  return th + v;
}

// glibc's expm1 (x86-64, FMA build) is fdlibm's algorithm with the polynomial evaluated as
// R1 + h2 R2 + h4 R3 and the products fused into the following additions where GCC contracts
// them: that reproduces it bit for bit (V8's Math.expm1, plain fdlibm, differs in ~0.16%).
const EM_LN2_HI = 6.93147180369123816490e-01;
const EM_LN2_LO = 1.90821492927058770002e-10;
const EM_INVLN2 = 1.44269504088896338700e+00;
const EM_Q1 = -3.33333333333331316428e-02;
const EM_Q2 = 1.58730158725481460165e-03;
const EM_Q3 = -7.93650757867487942473e-05;
const EM_Q4 = 4.00821782732936239552e-06;
const EM_Q5 = -2.01099218183624371326e-07;

function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[1] = hi;
  return F64[0]!;
}

export function expm1(x: number): number {
  let hx = highWord(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (x !== x) return x;
        return xsb === 0 ? x : -1;
      }
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (xsb !== 0) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (xsb === 0) {
        hi = x - EM_LN2_HI;
        lo = EM_LN2_LO;
        k = 1;
      } else {
        hi = x + EM_LN2_HI;
        lo = -EM_LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(EM_INVLN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = x - k * EM_LN2_HI; // exact
      lo = k * EM_LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1a = fma(hxs, EM_Q1, 1);
  const h2 = hxs * hxs;
  const r2 = fma(hxs, EM_Q3, EM_Q2);
  const h4 = h2 * h2;
  const r3 = fma(hxs, EM_Q5, EM_Q4);
  const r1 = fma(h4, r3, fma(h2, r2, r1a));
  const t0 = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t0) / fma(-x, t0, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
    return y - 1;
  }
  if (k < 20) {
    const t = withHighWord(1, 0x3ff00000 - (0x200000 >> k));
    y = t - (e - x);
  } else {
    const t = withHighWord(1, (0x3ff - k) << 20);
    y = x - (e + t);
    y += 1;
  }
  return withHighWord(y, highWord(y) + (k << 20));
}

// ------------------------------------------------------------------ hyperbolic: glibc's fdlibm formulas
// glibc's sinh/cosh/tanh (e_sinh.c, e_cosh.c, s_tanh.c) are fdlibm's over glibc's exp and
// expm1; the thresholds compare the high word like the C code.

export function sinh(x: number): number {
  if (x !== x) return x;
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

export function cosh(x: number): number {
  if (x !== x) return x;
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

export function tanh(x: number): number {
  if (x !== x) return x;
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 : -1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return jx >= 0 ? z : -z;
}

// ------------------------------------------------------------------ exact in JavaScript already
/** C fmod: JavaScript's % on doubles is exactly fmod (sign of x, exact) except for NaN's sign. */
export function fmod(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (y === 0 || x === Infinity || x === -Infinity) return NEG_NAN;
  return x % y;
}
