/**
 * C printf (glibc, x86-64) for the conversions Lua 5.1 hands to sprintf, and Lua 5.1's
 * number -> string conversion (`LUA_NUMBER_FMT` = "%.14g", lobject.h / luaconf.h).
 *
 * Facts followed (verified against /usr/bin/lua5.1 by src/text/printf.test.ts):
 * - glibc rounds the EXACT binary value of the double, ties to even (current rounding
 *   mode = nearest): `%.0f` of 0.5 is "0", of 2.5 is "2"; `%.99f` of 0.1 prints its
 *   exact expansion.
 * - inf/nan print as "inf"/"nan" ("INF"/"NAN" for E/G); the sign bit of a NaN is printed
 *   ("-nan"); the '0' flag does not zero-pad inf/nan.
 * - Lua 5.1 str_format casts the argument: `%c` -> (int), `%d %i` -> (long),
 *   `%o %u %x %X` -> (unsigned long), as gcc compiles them on x86-64 (cvttsd2si: an
 *   out-of-range or NaN value gives 0x8000000000000000 / 0x80000000).
 *
 * Pure module: no dependency on the VM. Lua strings are JS strings of bytes 0-255.
 */

/** printf flag bits (FLAGS "-+ #0" of lstrlib.c). */
export const FLAG_MINUS = 1;
export const FLAG_PLUS = 2;
export const FLAG_SPACE = 4;
export const FLAG_HASH = 8;
export const FLAG_ZERO = 16;

/** Converts a flags string such as "-0" into FLAG_* bits (repeats are allowed, as in C). */
export function parseFlags(flags: string): number {
  let f = 0;
  for (let i = 0; i < flags.length; i++) {
    switch (flags.charCodeAt(i)) {
      case 45: f |= FLAG_MINUS; break; // '-'
      case 43: f |= FLAG_PLUS; break; // '+'
      case 32: f |= FLAG_SPACE; break; // ' '
      case 35: f |= FLAG_HASH; break; // '#'
      case 48: f |= FLAG_ZERO; break; // '0'
      default: throw new RangeError(`not a printf flag: ${flags[i] ?? ''}`);
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------
// Bit-level helpers
// ---------------------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the 32-bit word holding the sign/exponent (little-endian hosts: 1). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** True when the sign bit of `n` is set (works for -0 and for NaN payloads: "-nan"). */
export function signBit(n: number): boolean {
  f64[0] = n;
  return (u32[HI]! & 0x80000000) !== 0;
}

/**
 * The NaN that x86-64 produces for invalid operations (0/0, inf-inf, sqrt(-1)): the
 * "default NaN" 0xFFF8000000000000, which glibc prints as "-nan". V8's runtime arithmetic
 * on x86-64 produces the same bits; constant-folded `NaN` in JS is the positive one.
 */
export const NEG_NAN: number = (() => {
  f64[0] = NaN;
  u32[HI] = 0xfff80000;
  u32[LO] = 0;
  return f64[0];
})();
/** A NaN with the sign bit clear (what glibc prints as "nan"). */
export const POS_NAN: number = (() => {
  f64[0] = NaN;
  u32[HI] = 0x7ff80000;
  u32[LO] = 0;
  return f64[0];
})();

// ---------------------------------------------------------------------------------------
// C casts Lua 5.1 applies (lstrlib.c str_format, luaconf.h lua_number2integer)
// ---------------------------------------------------------------------------------------

const TWO63 = 9223372036854775808; // 2^63, exact
const TWO31 = 2147483648;

/**
 * `(long)d` on x86-64 (cvttsd2si r64): truncation toward zero; NaN or out of
 * [-2^63, 2^63) gives LONG_MIN. The result is always exactly representable as a double
 * (|d| >= 2^52 is already an integer), so it is returned as a number.
 * This is also lua_Integer conversion (lua_tointeger, luaL_checkinteger) in 5.1 on x86-64.
 */
export function castToLong(d: number): number {
  if (d >= -TWO63 && d < TWO63) return Math.trunc(d) + 0; // +0 turns -0 into 0
  return -TWO63;
}

/** `(int)d` on x86-64 (cvttsd2si r32): NaN or out of [-2^31, 2^31) gives INT_MIN. */
export function castToInt32(d: number): number {
  if (d > -TWO31 - 1 && d < TWO31) return Math.trunc(d) | 0;
  return -TWO31;
}

/**
 * `(int)(lua_Integer)d` = luaL_checkint / luaL_optint of 5.1 on x86-64: the low 32 bits,
 * as signed, of `(long)d`.
 */
export function castToIntViaLong(d: number): number {
  if (d >= -TWO63 && d < TWO63) return d | 0; // ToInt32 = truncate, then mod 2^32 signed
  return 0; // LONG_MIN has zero low bits
}

const TWO63N = 1n << 63n;
const MASK64 = (1n << 64n) - 1n;

/**
 * `(unsigned long)d` as gcc compiles it on x86-64: if d < 2^63 (false for NaN),
 * cvttsd2si(d); else cvttsd2si(d - 2^63) XOR 2^63. Returned as a BigInt in [0, 2^64).
 */
export function castToULong(d: number): bigint {
  if (d >= TWO63) {
    const y = d - TWO63;
    const t = y >= -TWO63 && y < TWO63 ? BigInt(Math.trunc(y)) : -TWO63N;
    return (t ^ TWO63N) & MASK64;
  }
  const t = d >= -TWO63 ? BigInt(Math.trunc(d)) : -TWO63N; // NaN fails both tests -> LONG_MIN
  return t & MASK64;
}

// ---------------------------------------------------------------------------------------
// Exact decimal digit generation (BigInt), glibc rounding: exact value, ties to even
// ---------------------------------------------------------------------------------------

/** |x| = mant * 2^e2 for finite x. */
function decompose(ax: number): [bigint, number] {
  f64[0] = ax;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (expBits === 0) return [mant, -1074];
  mant |= 1n << 52n;
  return [mant, expBits - 1075];
}

const pow10Cache: bigint[] = [1n];
function pow10n(k: number): bigint {
  let v = pow10Cache[k];
  if (v === undefined) {
    for (let i = pow10Cache.length; i <= k; i++) pow10Cache[i] = pow10Cache[i - 1]! * 10n;
    v = pow10Cache[k]!;
  }
  return v;
}

/** round(num / den) with ties to even; num >= 0, den > 0. */
function divRoundEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round(|x| * 10^k) for k >= 0, exact, ties to even. */
function scaledRound(mant: bigint, e2: number, k: number): bigint {
  // value = mant * 2^e2 * 10^k
  if (k >= 0) {
    const num = mant * pow10n(k);
    if (e2 >= 0) return num << BigInt(e2);
    return divRoundEven(num, 1n << BigInt(-e2));
  }
  const den = pow10n(-k);
  if (e2 >= 0) return divRoundEven(mant << BigInt(e2), den);
  return divRoundEven(mant, den << BigInt(-e2));
}

/** Exact `%.{P}f` digits of |x|: the decimal string of round(|x| * 10^P). */
function fixedDigitsExact(ax: number, P: number): string {
  if (ax === 0) return '0';
  const [mant, e2] = decompose(ax);
  return scaledRound(mant, e2, P).toString();
}

/** Exact `%.{P}e` digits of |x| (x finite, nonzero): P+1 digits and decimal exponent. */
function expDigitsExact(ax: number, P: number): [string, number] {
  const [mant, e2] = decompose(ax);
  let X = Math.floor(Math.log10(ax));
  if (!Number.isFinite(X)) X = -324;
  const lo = pow10n(P);
  const hi = pow10n(P + 1);
  for (;;) {
    const q = scaledRound(mant, e2, P - X);
    if (q >= hi) { X++; continue; }
    if (q < lo) { X--; continue; }
    if (q === lo) {
      // 10^P may come from an exponent estimated one too high (see expDigits)
      const q2 = scaledRound(mant, e2, P - X + 1);
      if (q2 < hi) return [q2.toString(), X - 1];
    }
    return [q.toString(), X];
  }
}

// ---------------------------------------------------------------------------------------
// Fast paths through the JS built-ins (correct except at exact ties, detected below)
// ---------------------------------------------------------------------------------------

/** Is |x| * 10^k exactly halfway between two integers? (|x| finite, > 0) */
function isTie(ax: number, k: number): boolean {
  // |x|*10^k*2 must be an odd integer.
  if (k >= 0) {
    // = |x| * 2^(k+1) * 5^k; odd integer iff |x| * 2^(k+1) is an odd integer.
    const y = ax * Math.pow(2, k + 1);
    return y < 9007199254740992 && Number.isInteger(y) && y % 2 === 1;
  }
  // = |x| * 2 / 10^j: odd integer iff |x| = odd * 5^j * 2^(j-1)
  const j = -k;
  const z = ax / Math.pow(2, j - 1);
  if (!(z < 9007199254740992) || !Number.isInteger(z) || z % 2 !== 1) return false;
  const p5 = Math.pow(5, j);
  return p5 <= z && z % p5 === 0;
}

const POW10: number[] = [];
for (let k = 0; k <= 22; k++) POW10.push(Number('1e' + String(k))); // exact doubles

/**
 * round(|x| * 10^k) computed in doubles when the rounding decision is provably the same as
 * on the exact value: 10^k is exact (|k| <= 22), the product/quotient is rounded once
 * (relative error <= 2^-53), and its fraction is not within that error of one half.
 * Returns -1 when this cannot be guaranteed (the caller uses an exact method).
 */
function fastScaledRound(ax: number, k: number): number {
  let y: number;
  if (k >= 0) {
    if (k > 22) return -1;
    y = ax * POW10[k]!;
  } else {
    if (k < -22) return -1;
    y = ax / POW10[-k]!;
  }
  if (!(y < 4503599627370496)) return -1; // 2^52: the fraction of y is exact
  const fl = Math.floor(y);
  const d = y - fl - 0.5; // exact
  if (Math.abs(d) <= y * 2.3e-16 + 1e-300) return -1;
  return d > 0 ? fl + 1 : fl;
}

const ZEROS7 = ['', '0', '00', '000', '0000', '00000', '000000'];

/**
 * Decimal digits of a non-negative integer r < 2^53. V8 prints numbers above the small
 * integer range with its (slower) double-to-string algorithm, so split into Smi halves.
 */
function intDigits(r: number): string {
  if (r < 1e9) return String(r);
  const hi = Math.floor(r / 1e7);
  const lo = String(r - hi * 1e7);
  return String(hi) + ZEROS7[7 - lo.length]! + lo;
}

/** Parses "d.ddde+X" / "de-X" (output of toExponential) into [digits, X]. */
function splitExp(s: string): [string, number] {
  const ePos = s.indexOf('e');
  const mantissa = s.charCodeAt(1) === 46 ? s[0]! + s.slice(2, ePos) : s.slice(0, ePos);
  return [mantissa, +s.slice(ePos + 1)];
}

/** Decimal exponent produced by the last call of expDigits (avoids a tuple per call). */
let expOut = 0;

/**
 * `%.{P}e` digits of |x| (finite, nonzero): returns the P+1 significant digits and sets
 * `expOut` to the decimal exponent after rounding. Fast paths first, exact BigInt last.
 */
function expDigits(ax: number, P: number): string {
  if (P <= 14 && ax >= 2.2250738585072014e-308) {
    let X = Math.floor(Math.log10(ax));
    const lo = POW10[P]!;
    const hi = POW10[P + 1]!;
    for (let tries = 0; tries < 3; tries++) {
      const r = fastScaledRound(ax, P - X);
      if (r < 0) break;
      if (r >= hi) X++;
      else if (r < lo) X--;
      else {
        if (r === lo) {
          // 10^P may be a carry from an exponent estimated one too high: the right
          // exponent is X-1 unless rounding there carries too (r2 === hi).
          const r2 = fastScaledRound(ax, P - X + 1);
          if (r2 < 0) break;
          if (r2 < hi) {
            expOut = X - 1;
            return intDigits(r2);
          }
        }
        expOut = X;
        return intDigits(r);
      }
    }
  }
  if (P <= 100) {
    const shortest = ax.toExponential();
    const [sd, sX] = splitExp(shortest);
    if (P <= 13 && sd.length <= P + 1 && ax >= 2.2250738585072014e-308) {
      // The shortest round-trip digits are within half an ulp of x, and with at most 14
      // significant digits the decimal grid is coarser than an ulp: they are the
      // correctly rounded result, never a tie. (Not for subnormals: their ulp is coarse.)
      expOut = sX;
      return sd.length === P + 1 ? sd : sd + '0'.repeat(P + 1 - sd.length);
    }
    // The exact exponent is sX or sX-1 (the shortest form may round up to 10^sX).
    if (!isTie(ax, P - sX) && !isTie(ax, P - sX + 1)) {
      const [d, X] = splitExp(ax.toExponential(P));
      expOut = X;
      return d;
    }
  }
  const [d, X] = expDigitsExact(ax, P);
  expOut = X;
  return d;
}

// ---------------------------------------------------------------------------------------
// Padding (glibc: [sign][prefix][zeros][body] right-justified, or left with '-')
// ---------------------------------------------------------------------------------------

function pad(prefix: string, body: string, flags: number, width: number, zeroPad: boolean): string {
  const len = prefix.length + body.length;
  if (len >= width) return prefix + body;
  const fill = width - len;
  if (flags & FLAG_MINUS) return prefix + body + ' '.repeat(fill);
  if (zeroPad && flags & FLAG_ZERO) return prefix + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + prefix + body;
}

function signPrefix(neg: boolean, flags: number): string {
  if (neg) return '-';
  if (flags & FLAG_PLUS) return '+';
  if (flags & FLAG_SPACE) return ' ';
  return '';
}

function expSuffix(X: number, upper: boolean): string {
  const e = upper ? 'E' : 'e';
  if (X < 0) return X > -10 ? e + '-0' + -X : e + '-' + -X;
  return X < 10 ? e + '+0' + X : e + '+' + X;
}

/** Body of `%.{P}f` for |x| (no sign). */
function fixedBody(ax: number, P: number, hash: boolean): string {
  if (P <= 22) {
    const r = fastScaledRound(ax, P);
    if (r >= 0) {
      const d = intDigits(r);
      if (P === 0) return hash ? d + '.' : d;
      const padded = d.length > P ? d : '0'.repeat(P + 1 - d.length) + d;
      const cut = padded.length - P;
      return padded.slice(0, cut) + '.' + padded.slice(cut);
    }
  }
  if (P <= 100 && ax < 1e21 && !isTie(ax, P)) {
    // toFixed rounds the exact value like glibc except at exact ties (excluded above)
    const t = ax.toFixed(P);
    return P === 0 && hash ? t + '.' : t;
  }
  const d = fixedDigitsExact(ax, P);
  if (P === 0) return hash ? d + '.' : d;
  const padded = d.length > P ? d : '0'.repeat(P + 1 - d.length) + d;
  const cut = padded.length - P;
  return padded.slice(0, cut) + '.' + padded.slice(cut);
}

/** Body of `%.{P}e` for |x| (no sign). */
function expBody(ax: number, P: number, hash: boolean, upper: boolean): string {
  let d: string;
  let X: number;
  if (ax === 0) {
    d = '0'.repeat(P + 1);
    X = 0;
  } else {
    d = expDigits(ax, P);
    X = expOut;
  }
  const mant = P === 0 ? (hash ? d + '.' : d) : d[0]! + '.' + d.slice(1);
  return mant + expSuffix(X, upper);
}

/** True when digits d (exponent X) are "100..." and |x| < 10^X: rounding carried. */
function isCarryToPow10(ax: number, d: string, X: number): boolean {
  if (d.charCodeAt(0) !== 49) return false;
  for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) !== 48) return false;
  if (X <= 22 && X >= 0) return ax < Math.pow(10, X);
  const [mant, e2] = decompose(ax);
  if (X >= 0) return e2 >= 0 ? mant << BigInt(e2) < pow10n(X) : mant < pow10n(X) << BigInt(-e2);
  return e2 >= 0 ? false : mant * pow10n(-X) < 1n << BigInt(-e2);
}

/** Body of `%.{P}g` for |x| (no sign); P is the C precision (0 means 1). */
function generalBody(ax: number, precision: number, hash: boolean, upper: boolean): string {
  const P = precision === 0 ? 1 : precision;
  // An integer of at most P digits (and below 2^53, so String prints it exactly) is style f
  // with nothing after the point: its own digits (%.14g of 100 is "100", %.17g of 2^52 too).
  if (!hash && Number.isInteger(ax) && ax < 9007199254740992 && (P > 15 || ax < POW10[P]!)) return String(ax);
  if (!hash && P <= 15) {
    const s = shortestFixed(ax, P);
    if (s !== null) return s;
  }
  return generalBodyExact(ax, P, hash, upper);
}

/**
 * %.{P}g of ax > 0 (P <= 15, no '#') from JS's shortest round-trip digits S = String(ax), or
 * null. When S has at most P significant digits and %g would choose style f (-4 <= X < P),
 * the result is S itself: ax is the double nearest to S, so |ax - S| <= ulp/2 < 0.12 of the
 * spacing of P-digit decimals (a double has more than 15.9 digits), and rounding ax to P
 * digits lands on S, whose trailing zeros %g strips anyway. Exponent forms (JS's outside
 * [1e-7, 1e21), %g's outside X in [-4, P)) and integers are left to the other paths.
 */
function shortestFixed(ax: number, P: number): string | null {
  // a value with at most 6 decimals, the common case: m = ax * 10^d (rounded) is an integer
  // whose decimal m * 10^-d converts back to ax; its trailing zeros are not significant
  for (let d = 1; d <= 6; d++) {
    const m = ax * POW10[d]!;
    if (m >= 9007199254740992) break;
    if (Number.isInteger(m)) {
      if (m / POW10[d]! !== ax) break;
      let digits = String(m);
      let n = digits.length;
      while (n > 1 && d > 0 && digits.charCodeAt(n - 1) === 48) {
        n--;
        d--;
      }
      if (d === 0) break;
      if (n !== digits.length) digits = digits.slice(0, n);
      if (n > P) return null;
      if (n > d) return digits.slice(0, n - d) + '.' + digits.slice(n - d);
      if (d - n > 3) return null; // X < -4: style e
      return '0.' + ZEROS7[d - n]! + digits;
    }
  }
  const s = String(ax);
  const dot = s.indexOf('.');
  if (dot < 0) return null;
  let X: number;
  let digits: number;
  if (dot === 1 && s.charCodeAt(0) === 48) {
    // "0.00ddd": X = -(zeros after the point + 1)
    let z = 2;
    while (s.charCodeAt(z) === 48) z++;
    X = 1 - z;
    digits = s.length - z;
  } else {
    X = dot - 1;
    digits = s.length - 1;
  }
  if (X < -4 || X >= P || digits > P || s.indexOf('e') >= 0) return null;
  return s;
}

/** generalBody by exact decimal expansion (every precision and flag). */
export function generalBodyExact(ax: number, P: number, hash: boolean, upper: boolean): string {
  let d: string;
  let X: number;
  if (ax === 0) {
    d = '0'.repeat(P);
    X = 0;
  } else {
    d = expDigits(ax, P - 1);
    X = expOut;
  }
  // Without '#', trailing zeros of the fraction are removed (and then a bare point):
  // `end` is the number of digits kept.
  let end = d.length;
  if (X < -4 || X >= P) {
    // style e with precision P-1
    if (hash && X === P && isCarryToPow10(ax, d, X)) {
      // glibc quirk (printf_fp): style f was chosen before rounding (exponent P-1, so 0
      // fraction digits) and the rounding carry made it 10^P: it prints "1.e+XX"
      // (e.g. %#g of 999999.5 -> "1.e+06", %#.3g of 999.9 -> "1.e+03").
      return d[0]! + '.' + expSuffix(X, upper);
    }
    if (!hash) while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
    const mant = end > 1 ? d[0]! + '.' + d.slice(1, end) : hash ? d + '.' : d[0]!;
    return mant + expSuffix(X, upper);
  }
  // style f with precision P-1-X: the same P significant digits, point placed
  if (X >= 0) {
    const intLen = X + 1;
    if (!hash) while (end > intLen && d.charCodeAt(end - 1) === 48) end--;
    if (end > intLen) return d.slice(0, intLen) + '.' + d.slice(intLen, end);
    return hash ? d + '.' : end === d.length ? d : d.slice(0, intLen);
  }
  if (!hash) while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
  return '0.' + (X === -1 ? '' : ZEROS7[-X - 1]!) + (end === d.length ? d : d.slice(0, end));
}

export type DoubleConv = 'e' | 'E' | 'f' | 'g' | 'G';

/**
 * sprintf("%[flags][width][.precision]<conv>", n) for a double, as glibc does it.
 * @param flags FLAG_* bits
 * @param width minimum field width (0 = none)
 * @param precision < 0 means "not given" (C default 6)
 */
export function formatDouble(conv: DoubleConv, flags: number, width: number, precision: number, n: number): string {
  const neg = signBit(n);
  const upper = conv === 'E' || conv === 'G';
  const sign = signPrefix(neg, flags);
  if (n !== n || n === Infinity || n === -Infinity) {
    const word = n !== n ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf';
    return pad(sign, word, flags, width, false);
  }
  const ax = Math.abs(n);
  const P = precision < 0 ? 6 : precision;
  const hash = (flags & FLAG_HASH) !== 0;
  let body: string;
  switch (conv) {
    case 'f':
      body = fixedBody(ax, P, hash);
      break;
    case 'e':
    case 'E':
      body = expBody(ax, P, hash, upper);
      break;
    default:
      body = generalBody(ax, P, hash, upper);
      break;
  }
  return pad(sign, body, flags, width, true);
}

export type IntConv = 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'c';

/** Digits of a C integer conversion after applying precision (min digits) and '#'. */
function intBody(digits: string, precision: number, isZero: boolean): string {
  if (precision >= 0) {
    if (precision === 0 && isZero) return '';
    if (digits.length < precision) return '0'.repeat(precision - digits.length) + digits;
  }
  return digits;
}

/**
 * sprintf of Lua 5.1 str_format's integer conversions, including its C casts of the Lua
 * number `n`: `%d %i` -> (long)n, `%o %u %x %X` -> (unsigned long)n, `%c` -> (int)n.
 * The output of `%c` for the byte 0 is truncated at that NUL like lstrlib's strlen(buff).
 * @param precision < 0 means "not given"
 */
export function formatInteger(conv: IntConv, flags: number, width: number, precision: number, n: number): string {
  switch (conv) {
    case 'd':
    case 'i': {
      const v = castToLong(n);
      const neg = v < 0;
      const av = Math.abs(v);
      const digits = av < 9007199254740992 ? String(av) : (neg ? -BigInt(v) : BigInt(v)).toString();
      const body = intBody(digits, precision, v === 0);
      return pad(signPrefix(neg, flags), body, flags, width, precision < 0);
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      let digits: string;
      let isZero: boolean;
      const radix = conv === 'u' ? 10 : conv === 'o' ? 8 : 16;
      if (n >= 0 && n < 9007199254740992) {
        const v = Math.trunc(n);
        isZero = v === 0;
        digits = v.toString(radix);
      } else {
        const v = castToULong(n);
        isZero = v === 0n;
        digits = v.toString(radix);
      }
      if (conv === 'X') digits = digits.toUpperCase();
      let prefix = '';
      if (flags & FLAG_HASH) {
        if (conv === 'o') {
          // '#' with o: precision increased so that the first digit is a zero
          const body = intBody(digits, precision, isZero);
          const withZero = body.charCodeAt(0) === 48 ? body : '0' + body;
          return pad('', withZero, flags, width, precision < 0);
        }
        if (conv !== 'u' && !isZero) prefix = conv === 'x' ? '0x' : '0X';
      }
      return pad(prefix, intBody(digits, precision, isZero), flags, width, precision < 0);
    }
    case 'c': {
      const c = castToInt32(n) & 255;
      if (c === 0) {
        // sprintf wrote a NUL; lstrlib adds strlen(buff) bytes: only padding before it
        return flags & FLAG_MINUS || width <= 1 ? '' : ' '.repeat(width - 1);
      }
      return pad('', String.fromCharCode(c), flags, width, false);
    }
  }
}

/**
 * sprintf("%[-][width][.precision]s", s): the C string stops at the first NUL byte.
 * (The 5.1 rule "no precision and length >= 100 -> whole string" is in format.ts.)
 */
export function formatCString(flags: number, width: number, precision: number, s: string): string {
  const nul = s.indexOf('\0');
  let t = nul >= 0 ? s.slice(0, nul) : s;
  if (precision >= 0 && t.length > precision) t = t.slice(0, precision);
  return pad('', t, flags, width, false);
}

// ---------------------------------------------------------------------------------------
// Lua 5.1 number -> string: "%.14g" (luai_num2str / lua_number2str)
// ---------------------------------------------------------------------------------------

/**
 * `sprintf("%.14g", n)` = how Lua 5.1 converts a number to a string (tostring, print,
 * concatenation, string coercion). Examples (glibc): 1e+15, 0.1, -0, inf, -inf, and
 * "-nan" for a NaN with the sign bit set (what 0/0 gives on x86-64), "nan" otherwise.
 */
export function formatNumber14g(n: number): string {
  if (n !== n) return signBit(n) ? '-nan' : 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  const neg = signBit(n); // -0 prints as "-0"
  const ax = neg ? -n : n;
  const body = generalBody(ax, 14, false, false);
  return neg ? '-' + body : body;
}
