/**
 * Multi-precision (BigInt fixed-point) evaluation of the elementary functions, correctly
 * rounded. It is the slow path of libm.ts, taken only when the double-double fast path
 * cannot decide the rounding (about once in 2^20 calls or less), and the oracle of the
 * tests. Values are fixed-point integers v meaning v / 2^P.
 *
 * Domains: the callers in libm.ts handle special values (NaN, infinities, zeros), tiny
 * arguments (where the result is x, 1 or x + tiny) and certain overflow/underflow first; the
 * functions here assume finite, "ordinary" arguments as documented on each.
 */

export const P = 320n;
const PN = 320;
export const ONE = 1n << P;

// ------------------------------------------------------------------ bit utilities
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** x = m * 2^e exactly, m an integer (m < 2^53 in magnitude), for finite nonzero x. */
export function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const hi = U32[1]!;
  const lo = U32[0]!;
  const be = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e: number;
  if (be === 0) e = -1074;
  else {
    m += 1n << 52n;
    e = be - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const s = n.toString(16);
  const d = s.charCodeAt(0) - 48;
  const top = d >= 8 || d > 9 ? 4 : d >= 4 ? 3 : d >= 2 ? 2 : 1;
  return (s.length - 1) * 4 + top;
}

/** 2^n as a double, -1074 <= n <= 1023 (exact) */
export function pow2(n: number): number {
  if (n < -1022) return pow2(n + 52) * 2.220446049250313e-16;
  F64[0] = 0;
  U32[1] = (n + 1023) << 20;
  return F64[0]!;
}

/** q * 2^k for an integer-valued double q (|q| <= 2^54), exact when representable; inf on overflow */
export function scalb(q: number, k: number): number {
  if (k > 1023) {
    q *= 8.98846567431158e307; // 2^1023
    k -= 1023;
    if (k > 1023) {
      q *= 8.98846567431158e307;
      k -= 1023;
    }
  } else if (k < -1022) {
    q *= 2.2250738585072014e-308; // 2^-1022, still normal and exact for q >= 1
    k += 1022;
    if (k < -1022) return q * 0; // cannot be representable
  }
  return q * pow2(k);
}

/** The double nearest to n * 2^e (ties to even), with subnormals and overflow. */
export function roundBig(n: bigint, e: number): number {
  const neg = n < 0n;
  if (neg) n = -n;
  if (n === 0n) return neg ? -0 : 0;
  const L = bitLength(n);
  const top = L - 1 + e; // exponent of the leading bit
  if (top > 1023) return neg ? -Infinity : Infinity;
  let bits = 53;
  if (top < -1022) bits = 53 - (-1022 - top);
  if (bits <= 0) {
    // below half the smallest subnormal (or at most equal): 0 or 2^-1074
    // value = n * 2^e < 2^(top+1) <= 2^-1074 when bits <= 0
    const half = top === -1075 && n !== 1n << BigInt(L - 1) ? 1 : 0; // > 2^-1075
    const r = half ? 4.9406564584124654e-324 : 0;
    return neg ? -r : r;
  }
  const shift = L - bits;
  let q: bigint;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = n >> sh;
    const rem = n - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = n << BigInt(-shift);
  }
  const r = scalb(Number(q), e + shift);
  return neg ? -r : r;
}

/** floor(sqrt(n)) */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

// ------------------------------------------------------------------ constants
function atanInvInt(n: bigint, prec: bigint): bigint {
  // atan(1/n) * 2^prec
  let term = (1n << prec) / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}
const QPI = 1500n;
/** pi * 2^1500 (Machin), accurate to a few units */
const PI_Q = 4n * (4n * atanInvInt(5n, QPI + 16n) - atanInvInt(239n, QPI + 16n)) >> 16n;
/** floor(2/pi * 2^QTWO) */
const QTWO = 1400n;
export const TWO_OVER_PI_Q = (1n << (QTWO + 1n + QPI)) / PI_Q;
export const PI_FIX = PI_Q >> (QPI - P);
export const PIO2_FIX = PI_Q >> (QPI - P + 1n);
export const PIO4_FIX = PI_Q >> (QPI - P + 2n);

function atanhInvInt(n: bigint, prec: bigint): bigint {
  // atanh(1/n) * 2^prec
  let term = (1n << prec) / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += term / (2n * k + 1n);
  }
  return sum;
}
/** ln 2 = 2 atanh(1/3), at P + 64 bits */
const LN2_X = 2n * atanhInvInt(3n, P + 64n);
export const LN2_FIX = LN2_X >> 64n;
/** ln 10 = 3 ln 2 + 2 atanh(1/9) */
export const LN10_FIX = (3n * LN2_X + 2n * atanhInvInt(9n, P + 64n)) >> 64n;

/** Double-double (hi, lo) of v / 2^p, v > 0. */
export function bigToDD(v: bigint, p: bigint): [number, number] {
  const neg = v < 0n;
  if (neg) v = -v;
  const hi = roundBig(v, -Number(p));
  const [hm, he] = decompose(hi);
  // hi = hm * 2^he ; remainder v - hm * 2^(he + p)
  const sh = BigInt(he) + p;
  const hiFix = sh >= 0n ? hm << sh : hm >> -sh;
  const lo = roundBig(v - hiFix, -Number(p));
  return neg ? [-hi, -lo] : [hi, lo];
}

// ------------------------------------------------------------------ fixed-point kernels
/** e^(v/2^P) * 2^P for |v| <= ln2 (and a bit more), extra guard bits inside */
function expFixSmall(v: bigint): bigint {
  const G = 40n;
  const S = 12n; // argument scaled by 2^-12, squared back 12 times
  const one = 1n << (P + G);
  const r = (v << G) >> S;
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / one / n;
    sum += term;
  }
  for (let i = 0n; i < S; i++) sum = (sum * sum) >> (P + G);
  return sum >> G;
}

/** e^(z/2^P) as [mantissa fixed at P, binary exponent]: e^z = m/2^P * 2^k */
function expFix(z: bigint): [bigint, number] {
  // k = round(z / ln2)
  let k = z / LN2_FIX;
  let r = z - k * LN2_FIX;
  if (r > LN2_FIX / 2n) {
    k += 1n;
    r -= LN2_FIX;
  } else if (r < -LN2_FIX / 2n) {
    k -= 1n;
    r += LN2_FIX;
  }
  return [expFixSmall(r), Number(k)];
}

/** log(x) * 2^P for finite x > 0 (absolute precision ~2^-310) */
export function logFix(x: number): bigint {
  const [m, e] = decompose(x);
  const L = bitLength(m);
  // x = m 2^e = f 2^E, f = m / 2^(L-1) in [1, 2); move to [0.75, 1.5)
  let E = e + L - 1;
  let f = m << (P - BigInt(L - 1)); // f * 2^P
  if (f > (3n * ONE) / 2n) {
    f >>= 1n; // exact? f has at most 53 significant bits well above 2^0: yes
    E += 1;
  }
  const u = ((f - ONE) << P) / (f + ONE);
  const u2 = (u * u) >> P;
  let term = u;
  let sum = u;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * u2) / ONE;
    sum += term / (2n * k + 1n);
  }
  return 2n * sum + BigInt(E) * LN2_FIX;
}

/** sin and cos of v/2^P, |v| <= pi/4 */
export function sinCosFix(v: bigint): [bigint, bigint] {
  const v2 = (v * v) >> P;
  let s = v;
  let st = v;
  let c = ONE;
  let ct = ONE;
  for (let n = 1n; st !== 0n || ct !== 0n; n++) {
    st = -(st * v2) / (ONE * 2n * n * (2n * n + 1n));
    ct = -(ct * v2) / (ONE * (2n * n - 1n) * (2n * n));
    s += st;
    c += ct;
  }
  return [s, c];
}

/** Exact reduction: x = (4q + quadrant) pi/2 + r; returns [quadrant 0..3, r * 2^P] for x > 0 */
export function reduceFix(x: number): [number, bigint] {
  const [m, e] = decompose(x);
  // t = x * 2/pi * 2^P = m * TWO_OVER_PI_Q * 2^(e - QTWO + P)
  const sh = QTWO - P - BigInt(e);
  const prod = m * TWO_OVER_PI_Q;
  const t = sh >= 0n ? prod >> sh : prod << -sh;
  let k = t >> P;
  let frac = t - (k << P);
  if (frac > ONE / 2n) {
    k += 1n;
    frac -= ONE;
  }
  const r = (frac * PIO2_FIX) >> P;
  return [Number(k & 3n), r];
}

/** [sin x, cos x] * 2^P for finite x >= 2^-30 in magnitude (sign of x handled) */
function sinCosAnyFix(x: number): [bigint, bigint] {
  const ax = Math.abs(x);
  const [q, r] = reduceFix(ax);
  const [s, c] = sinCosFix(r);
  let sn: bigint, cs: bigint;
  switch (q) {
    case 0: sn = s; cs = c; break;
    case 1: sn = c; cs = -s; break;
    case 2: sn = -s; cs = -c; break;
    default: sn = -c; cs = s; break;
  }
  return [x < 0 ? -sn : sn, cs];
}

/** atan(num/den) * 2^P for num >= 0, den > 0 (any ratio) */
export function atanRat(num: bigint, den: bigint): bigint {
  if (num === 0n) return 0n;
  let comp = false;
  if (num > den) {
    [num, den] = [den, num];
    comp = true;
  }
  const G = 32n;
  const PG = P + G;
  const one = 1n << PG;
  let u = (num << PG) / den; // in [0, 1]
  // halve twice: atan(u) = 2 atan(u / (1 + sqrt(1 + u^2)))
  for (let i = 0; i < 3; i++) {
    const s = isqrt((one * one) + u * u);
    u = (u << PG) / (one + s);
  }
  const u2 = (u * u) >> PG;
  let term = u;
  let sum = u;
  for (let k = 1n; term !== 0n; k++) {
    term = -(term * u2) / one;
    sum += term / (2n * k + 1n);
  }
  let a = (sum << 3n) >> G;
  if (comp) a = PIO2_FIX - a;
  return a;
}

// ------------------------------------------------------------------ the functions
/** e^x for finite x, 2^-60 <= |x| <= 746 */
export function expBig(x: number): number {
  const [m, e] = decompose(x);
  const z = e >= -Number(P) ? (m << BigInt(e + PN)) : m >> BigInt(-e - PN);
  const [mm, k] = expFix(z);
  return roundBig(mm, k - PN);
}

/** log(x) for finite x > 0, x != 1 */
export function logBig(x: number): number {
  return roundBig(logFix(x), -PN);
}

/** log10(x) correctly rounded (glibc's log10 is not: libm.ts does not use this) */
export function log10Big(x: number): number {
  return roundBig((logFix(x) << P) / LN10_FIX, -PN);
}

export function sinBig(x: number): number {
  return roundBig(sinCosAnyFix(x)[0], -PN);
}
export function cosBig(x: number): number {
  return roundBig(sinCosAnyFix(x)[1], -PN);
}
export function tanBig(x: number): number {
  const [s, c] = sinCosAnyFix(x);
  const neg = (s < 0n) !== (c < 0n);
  const as = s < 0n ? -s : s;
  const ac = c < 0n ? -c : c;
  // |tan| can be as large as 2^60: keep relative precision with a 2P-bit quotient
  const q = (as << (2n * P)) / ac;
  return roundBig(neg ? -q : q, -2 * PN);
}

/** atan(x), finite x, |x| >= 2^-30 */
export function atanBig(x: number): number {
  const [m, e] = decompose(Math.abs(x));
  const num = e >= 0 ? m << BigInt(e) : m;
  const den = e >= 0 ? 1n : 1n << BigInt(-e);
  const a = atanRat(num, den);
  return roundBig(x < 0 ? -a : a, -PN);
}

/** atan2(y, x) for finite nonzero x, y with |y/x| >= 2^-200 */
export function atan2Big(y: number, x: number): number {
  const [my, ey] = decompose(Math.abs(y));
  const [mx, ex] = decompose(Math.abs(x));
  let num = my;
  let den = mx;
  if (ey > ex) num <<= BigInt(ey - ex);
  else den <<= BigInt(ex - ey);
  let a = atanRat(num, den);
  if (x < 0) a = PI_FIX - a;
  return roundBig(y < 0 ? -a : a, -PN);
}

/** asin(x), 2^-30 <= |x| < 1 */
export function asinBig(x: number): number {
  const [m, e] = decompose(Math.abs(x));
  const X = m << BigInt(e + PN); // e >= -1074 but |x| >= 2^-30 so e + P >= 0
  const D = isqrt((ONE << P) - X * X);
  const a = atanRat(X, D);
  return roundBig(x < 0 ? -a : a, -PN);
}

/** acos(x), |x| < 1 */
export function acosBig(x: number): number {
  let X: bigint;
  if (x === 0) X = 0n;
  else {
    const [m, e] = decompose(x);
    X = e + PN >= 0 ? m << BigInt(e + PN) : m >> BigInt(-e - PN);
  }
  const D = isqrt((ONE << P) - X * X);
  const a = 2n * atanRat(D, ONE + X);
  return roundBig(a, -PN);
}

/**
 * pow(x, y) for finite x > 0, x != 1, finite y != 0 with |y log x| <= 800 (the caller applies
 * the sign for negative x). Exact results (and exact ties) are found for integral y.
 */
export function powBig(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 1100) {
    const [m, e] = decompose(x);
    const n = BigInt(Math.abs(y));
    const mp = m ** n;
    if (y > 0) return roundBig(mp, e * Math.abs(y));
    // 1 / (m^n 2^(e n)) with 128 + 53 bits of quotient and a sticky bit
    const bl = BigInt(bitLength(mp));
    const sh = bl + 128n;
    let q = (1n << sh) / mp;
    if (q * mp !== 1n << sh) q = (q << 1n) | 1n;
    else q <<= 1n;
    return roundBig(q, -Number(sh) - 1 - e * Math.abs(y));
  }
  const L = logFix(x);
  const [my, ey] = decompose(y);
  const prod = my * L;
  const z = ey >= 0 ? prod << BigInt(ey) : prod >> BigInt(-ey);
  const [mm, k] = expFix(z);
  return roundBig(mm, k - PN);
}

