/**
 * Number parsing and formatting with Redis 7.0's rules (util.c):
 *  - string2ll: strict signed 64-bit integers;
 *  - strtod / string2d: C strtod syntax (decimal, hex float, inf, nan) with
 *    Redis's extra checks;
 *  - long double arithmetic (x87 80-bit: 64-bit mantissa) for INCRBYFLOAT and
 *    HINCRBYFLOAT, formatted with ld2string(LD_STR_HUMAN) = `%.17Lf` then
 *    trailing zeros trimmed.
 */
export { string2ll } from '../resp-parser.js';

export const LLONG_MAX = 9223372036854775807n;
export const LLONG_MIN = -9223372036854775808n;

const isCSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

/**
 * Scan a C floating literal at the start of s (after optional whitespace), as strtod does.
 * Returns the matched text (without leading spaces) kind and the index where parsing stopped.
 */
interface FloatScan {
  end: number; // index after the literal (0 when nothing parsed)
  neg: boolean;
  kind: 'dec' | 'hex' | 'inf' | 'nan';
  /** For dec: mantissa digits (no dot) and decimal exponent so value = digits * 10^exp. */
  digits: string;
  exp: number;
  /** For hex: mantissa as bigint and binary exponent. */
  hexMant: bigint;
  hexExp: number;
}

function scanFloat(s: string): FloatScan | null {
  let i = 0;
  while (isCSpace(s[i])) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  const rest = s.slice(i).toLowerCase();
  if (rest.startsWith('inf')) {
    const len = rest.startsWith('infinity') ? 8 : 3;
    return { end: i + len, neg, kind: 'inf', digits: '', exp: 0, hexMant: 0n, hexExp: 0 };
  }
  if (rest.startsWith('nan')) {
    let end = i + 3;
    const m = /^\([0-9a-zA-Z_]*\)/.exec(s.slice(end));
    if (m) end += m[0].length;
    return { end, neg, kind: 'nan', digits: '', exp: 0, hexMant: 0n, hexExp: 0 };
  }
  if (rest.startsWith('0x') && /^0x(\.?[0-9a-f])/.test(rest)) {
    let j = i + 2;
    let mant = 0n;
    let bexp = 0;
    let any = false;
    while (/[0-9a-fA-F]/.test(s[j] ?? '')) {
      mant = mant * 16n + BigInt(parseInt(s[j] ?? '0', 16));
      j++;
      any = true;
    }
    if (s[j] === '.') {
      j++;
      while (/[0-9a-fA-F]/.test(s[j] ?? '')) {
        mant = mant * 16n + BigInt(parseInt(s[j] ?? '0', 16));
        bexp -= 4;
        j++;
        any = true;
      }
    }
    if (!any) return null;
    const pm = /^[pP]([+-]?\d+)/.exec(s.slice(j));
    if (pm) {
      bexp += Number(pm[1]);
      j += pm[0].length;
    }
    return { end: j, neg, kind: 'hex', digits: '', exp: 0, hexMant: mant, hexExp: bexp };
  }
  const m = /^(\d*)(?:\.(\d*))?/.exec(s.slice(i));
  const intPart = m?.[1] ?? '';
  const fracPart = m?.[2] ?? '';
  if (intPart.length + fracPart.length === 0) return null;
  let j = i + (m?.[0].length ?? 0);
  let e = 0;
  const em = /^[eE]([+-]?\d+)/.exec(s.slice(j));
  if (em) {
    e = Number(em[1]);
    j += em[0].length;
  }
  return { end: j, neg, kind: 'dec', digits: intPart + fracPart, exp: e - fracPart.length, hexMant: 0n, hexExp: 0 };
}

export interface StrtodResult {
  value: number;
  /** Index where parsing stopped (0 if no number). */
  end: number;
  /** errno == ERANGE (overflow or underflow). */
  erange: boolean;
}

/** C strtod (glibc): correctly rounded double. */
export function strtod(s: string): StrtodResult {
  const f = scanFloat(s);
  if (!f) return { value: 0, end: 0, erange: false };
  let v: number;
  if (f.kind === 'inf') v = Infinity;
  else if (f.kind === 'nan') v = NaN;
  else if (f.kind === 'hex') v = Number(f.hexMant) * 2 ** f.hexExp; // exact enough for hex inputs Redis sees
  else v = Number(`${f.digits || '0'}e${f.exp}`);
  const nonzeroDigits = f.kind === 'dec' ? /[1-9]/.test(f.digits) : f.kind === 'hex' ? f.hexMant !== 0n : false;
  let erange = false;
  if (f.kind === 'dec' || f.kind === 'hex') {
    if (!Number.isFinite(v)) erange = true;
    else if (v === 0 && nonzeroDigits) erange = true;
    else if (v !== 0 && Math.abs(v) < 2.2250738585072014e-308) erange = true; // denormal: glibc sets ERANGE
  }
  if (f.neg) v = -v;
  return { value: v, end: f.end, erange };
}

/**
 * Redis getDoubleFromObject / string2d rules: whole string consumed, no leading
 * space, not empty, no overflow/underflow-to-zero, not NaN. Returns null when invalid.
 */
export function parseRedisDouble(s: string): number | null {
  if (s.length === 0 || isCSpace(s[0])) return null;
  const r = strtod(s);
  if (r.end !== s.length) return null;
  if (r.erange && (r.value === Infinity || r.value === -Infinity || r.value === 0)) return null;
  if (Number.isNaN(r.value)) return null;
  return r.value;
}

// ---------------------------------------------------------------------------
// x87 long double (64-bit mantissa, 15-bit exponent) emulation.

/** A finite long double = (neg ? -1 : 1) * mant * 2^exp, mant < 2^64; or a special. */
export type LongDouble =
  | { kind: 'finite'; neg: boolean; mant: bigint; exp: number }
  | { kind: 'inf'; neg: boolean }
  | { kind: 'nan' };

const LD_MANT_BITS = 64;
const LD_MAX_EXP = 16384; // values >= 2^16384 overflow
const LD_MIN_EXP = -16382 - 63; // smallest subnormal 2^-16445

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Round num/den (positive) to a 64-bit mantissa with round-half-even; returns [mant, exp]. */
function roundRational(num: bigint, den: bigint): { mant: bigint; exp: number } {
  if (num === 0n) return { mant: 0n, exp: 0 };
  // find e such that 2^63 <= num/den * 2^-e < 2^64
  let e = bitLength(num) - bitLength(den) - LD_MANT_BITS;
  for (;;) {
    const n2 = e >= 0 ? num : num << BigInt(-e);
    const d2 = e >= 0 ? den << BigInt(e) : den;
    const q = n2 / d2;
    if (q >= 1n << 64n) {
      e++;
      continue;
    }
    if (q < 1n << 63n) {
      e--;
      continue;
    }
    // subnormal: the mantissa is taken at the minimal exponent
    if (e < LD_MIN_EXP) {
      const nn = num << BigInt(-LD_MIN_EXP);
      const q2 = nn / den;
      const r2 = nn - q2 * den;
      let m = q2;
      if (r2 * 2n > den || (r2 * 2n === den && (m & 1n) === 1n)) m++;
      return { mant: m, exp: LD_MIN_EXP };
    }
    const r = n2 - q * d2;
    let m = q;
    if (r * 2n > d2 || (r * 2n === d2 && (m & 1n) === 1n)) m++;
    if (m === 1n << 64n) {
      m >>= 1n;
      e++;
    }
    return { mant: m, exp: e };
  }
}

function ldFromRational(neg: boolean, num: bigint, den: bigint): { value: LongDouble; erange: boolean } {
  if (num === 0n) return { value: { kind: 'finite', neg, mant: 0n, exp: 0 }, erange: false };
  const { mant, exp } = roundRational(num, den);
  if (mant === 0n) return { value: { kind: 'finite', neg, mant: 0n, exp: 0 }, erange: true };
  if (exp + bitLength(mant) > LD_MAX_EXP) return { value: { kind: 'inf', neg }, erange: true };
  const subnormal = exp + bitLength(mant) - 1 < -16382;
  return { value: { kind: 'finite', neg, mant, exp }, erange: subnormal };
}

/** C strtold over the whole string; returns end index like strtod. */
export function strtold(s: string): { value: LongDouble; end: number; erange: boolean } {
  const f = scanFloat(s);
  if (!f) return { value: { kind: 'finite', neg: false, mant: 0n, exp: 0 }, end: 0, erange: false };
  if (f.kind === 'inf') return { value: { kind: 'inf', neg: f.neg }, end: f.end, erange: false };
  if (f.kind === 'nan') return { value: { kind: 'nan' }, end: f.end, erange: false };
  let num: bigint;
  let den = 1n;
  if (f.kind === 'hex') {
    num = f.hexMant;
    if (f.hexExp >= 0) num <<= BigInt(f.hexExp);
    else den <<= BigInt(-f.hexExp);
  } else {
    num = BigInt(f.digits || '0');
    if (num !== 0n) {
      // guard absurd exponents: anything beyond these bounds is inf / zero anyway
      const e = Math.max(-20000, Math.min(20000, f.exp));
      if (e >= 0) num *= 10n ** BigInt(e);
      else den = 10n ** BigInt(-e);
    }
  }
  const r = ldFromRational(f.neg, num, den);
  return { value: r.value, end: f.end, erange: r.erange };
}

function isZeroLD(v: LongDouble): boolean {
  return v.kind === 'finite' && v.mant === 0n;
}

/** Redis string2ld: whole string, no leading space, length 1..5119, no overflow/underflow-to-zero, not NaN. */
export function parseLongDouble(s: string): LongDouble | null {
  if (s.length === 0 || s.length >= 5 * 1024) return null;
  if (isCSpace(s[0])) return null;
  const r = strtold(s);
  if (r.end !== s.length) return null;
  if (r.erange && (r.value.kind === 'inf' || isZeroLD(r.value))) return null;
  if (r.value.kind === 'nan') return null;
  return r.value;
}

/** a + b in long double arithmetic (round-half-even). */
export function addLongDouble(a: LongDouble, b: LongDouble): LongDouble {
  if (a.kind === 'nan' || b.kind === 'nan') return { kind: 'nan' };
  if (a.kind === 'inf' && b.kind === 'inf') return a.neg === b.neg ? a : { kind: 'nan' };
  if (a.kind === 'inf') return a;
  if (b.kind === 'inf') return b;
  const e = Math.min(a.exp, b.exp);
  const av = (a.neg ? -a.mant : a.mant) << BigInt(a.exp - e);
  const bv = (b.neg ? -b.mant : b.mant) << BigInt(b.exp - e);
  const sum = av + bv;
  if (sum === 0n) return { kind: 'finite', neg: false, mant: 0n, exp: 0 };
  const neg = sum < 0n;
  const abs = neg ? -sum : sum;
  const num = e >= 0 ? abs << BigInt(e) : abs;
  const den = e >= 0 ? 1n : 1n << BigInt(-e);
  return ldFromRational(neg, num, den).value;
}

export function isFiniteLD(v: LongDouble): boolean {
  return v.kind === 'finite';
}

/** ld2string(LD_STR_HUMAN): `%.17Lf`, trailing zeros (and '.') trimmed, "-0" → "0". */
export function formatLongDoubleHuman(v: LongDouble): string {
  if (v.kind === 'nan') return 'nan';
  if (v.kind === 'inf') return v.neg ? '-inf' : 'inf';
  // value * 10^17 rounded half-even
  const scale = 10n ** 17n;
  let num = v.mant * scale;
  let den = 1n;
  if (v.exp >= 0) num <<= BigInt(v.exp);
  else den <<= BigInt(-v.exp);
  let q = num / den;
  const r = num - q * den;
  if (r * 2n > den || (r * 2n === den && (q & 1n) === 1n)) q++;
  let digits = q.toString().padStart(18, '0');
  const intPart = digits.slice(0, digits.length - 17);
  let frac = digits.slice(digits.length - 17).replace(/0+$/, '');
  digits = frac.length ? `${intPart}.${frac}` : intPart;
  frac = '';
  let s = (v.neg ? '-' : '') + digits;
  if (s === '-0') s = '0';
  return s;
}

/** Long double → nearest double (for callers that need a JS number). */
export function longDoubleToNumber(v: LongDouble): number {
  if (v.kind === 'nan') return NaN;
  if (v.kind === 'inf') return v.neg ? -Infinity : Infinity;
  const n = Number(v.mant) * 2 ** v.exp;
  return v.neg ? -n : n;
}

/** A double as an (exact) long double. */
export function doubleToLongDouble(d: number): LongDouble {
  if (Number.isNaN(d)) return { kind: 'nan' };
  if (!Number.isFinite(d)) return { kind: 'inf', neg: d < 0 };
  const neg = d < 0 || Object.is(d, -0);
  let x = Math.abs(d);
  if (x === 0) return { kind: 'finite', neg, mant: 0n, exp: 0 };
  let exp = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    exp--;
  }
  let mant = BigInt(x);
  while (mant > 0n && (mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  return { kind: 'finite', neg, mant, exp };
}

/** C printf "%f" (6 decimals) for a double. */
export function formatFixed6(d: number): string {
  if (Number.isNaN(d)) return d < 0 ? '-nan' : 'nan';
  if (!Number.isFinite(d)) return d < 0 ? '-inf' : 'inf';
  if (Math.abs(d) < 1e21) return d.toFixed(6);
  return `${BigInt(d).toString()}.000000`;
}
