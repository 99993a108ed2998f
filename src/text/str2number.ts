/**
 * String -> number conversions of Lua 5.1.5 on glibc.
 *
 * - `str2number` = luaO_str2d (lobject.c): strtod on the C string (so conversion stops at
 *   the first NUL byte), then, if strtod stopped at 'x'/'X', strtoul(s, 16); then only
 *   trailing isspace() characters may follow. glibc strtod accepts leading whitespace, a
 *   sign, decimal floats, C99 hex floats ("0x1.8p3"), "inf"/"infinity" and
 *   "nan"/"nan(chars)" in any case; a NaN keeps the sign it was written with.
 * - `str2numberBase` = luaB_tonumber with an explicit base != 10: strtoul(s, base) (leading
 *   whitespace, optional sign -- '-' negates modulo 2^64 --, "0x" prefix allowed in base
 *   16, saturation to ULONG_MAX on overflow), then only trailing whitespace; the unsigned
 *   long is converted to a double.
 */

import { NEG_NAN, POS_NAN } from './printf.js';

/** C locale isspace: ' ', \t, \n, \v, \f, \r. */
export function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Case-insensitive comparison of s[i..] with a lowercase ASCII word. */
function matchWordCI(s: string, i: number, end: number, word: string): boolean {
  if (end - i < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Result slot of strtodAt (avoids allocating a tuple per call). */
let endPos = 0;

/**
 * glibc strtod on s[i..end): returns the value and sets `endPos` to the index where the
 * conversion stopped (endPos === start when nothing was converted).
 */
function strtodAt(s: string, start: number, end: number): number {
  let i = start;
  while (i < end && isCSpace(s.charCodeAt(i))) i++;
  let neg = false;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) {
    neg = c === 45;
    i++;
    c = s.charCodeAt(i);
  }
  // inf / infinity / nan / nan(n-char-sequence)
  const lc = c | 32;
  if (lc === 105) {
    if (matchWordCI(s, i, end, 'inf')) {
      endPos = matchWordCI(s, i, end, 'infinity') ? i + 8 : i + 3;
      return neg ? -Infinity : Infinity;
    }
    endPos = start;
    return 0;
  }
  if (lc === 110) {
    if (matchWordCI(s, i, end, 'nan')) {
      let j = i + 3;
      if (j < end && s.charCodeAt(j) === 40) {
        // "(" [A-Za-z0-9_]* ")" is part of the number; otherwise stop before "("
        let k = j + 1;
        while (k < end) {
          const d = s.charCodeAt(k);
          if ((d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122) || d === 95) k++;
          else break;
        }
        if (k < end && s.charCodeAt(k) === 41) j = k + 1;
      }
      endPos = j;
      return neg ? NEG_NAN : POS_NAN;
    }
    endPos = start;
    return 0;
  }
  // hexadecimal float: 0x<hexdigits>[.<hexdigits>][p[sign]digits]
  if (c === 48 && (s.charCodeAt(i + 1) | 32) === 120 && i + 1 < end) {
    const r = hexFloat(s, i + 2, end);
    if (r >= 0) {
      return neg ? -hexValue : hexValue;
    }
    // "0x" not followed by a hex mantissa: only the "0" is converted
    endPos = i + 1;
    return neg ? -0 : 0;
  }
  // decimal: digits [. digits] [e [sign] digits]
  const numStart = i;
  let sawDigit = false;
  while (i < end && (c = s.charCodeAt(i)) >= 48 && c <= 57) { i++; sawDigit = true; }
  if (i < end && s.charCodeAt(i) === 46) {
    i++;
    while (i < end && (c = s.charCodeAt(i)) >= 48 && c <= 57) { i++; sawDigit = true; }
  }
  if (!sawDigit) {
    endPos = start;
    return 0;
  }
  if (i < end && (s.charCodeAt(i) | 32) === 101) {
    let j = i + 1;
    const sc = s.charCodeAt(j);
    if (j < end && (sc === 43 || sc === 45)) j++;
    if (j < end && (c = s.charCodeAt(j)) >= 48 && c <= 57) {
      while (j < end && (c = s.charCodeAt(j)) >= 48 && c <= 57) j++;
      i = j;
    }
  }
  endPos = i;
  // JS Number() on this syntax is correctly rounded (round-half-even), as glibc strtod.
  const v = Number(s.slice(numStart, i));
  return neg ? -v : v;
}

let hexValue = 0;

/**
 * Parses the part after "0x" of a C99 hex float starting at i. Returns -1 when there is
 * no hex digit in the mantissa; otherwise sets hexValue (correctly rounded, ties to even)
 * and endPos.
 */
function hexFloat(s: string, i: number, end: number): number {
  let mant = 0n;
  let sawDigit = false;
  let exp = 0; // binary exponent adjustment
  let sticky = false; // nonzero digits dropped beyond the precision we keep
  let digitsKept = 0;
  let v: number;
  while (i < end && (v = hexVal(s.charCodeAt(i))) >= 0) {
    sawDigit = true;
    if (digitsKept < 30) {
      mant = (mant << 4n) | BigInt(v);
      if (mant !== 0n) digitsKept++;
    } else {
      exp += 4;
      if (v !== 0) sticky = true;
    }
    i++;
  }
  if (i < end && s.charCodeAt(i) === 46) {
    let j = i + 1;
    while (j < end && (v = hexVal(s.charCodeAt(j))) >= 0) {
      sawDigit = true;
      if (digitsKept < 30) {
        mant = (mant << 4n) | BigInt(v);
        if (mant !== 0n) digitsKept++;
        exp -= 4;
      } else if (v !== 0) sticky = true;
      j++;
    }
    if (sawDigit) i = j;
  }
  if (!sawDigit) return -1;
  if (i < end && (s.charCodeAt(i) | 32) === 112) {
    let j = i + 1;
    let eneg = false;
    const sc = s.charCodeAt(j);
    if (j < end && (sc === 43 || sc === 45)) { eneg = sc === 45; j++; }
    let c: number;
    if (j < end && (c = s.charCodeAt(j)) >= 48 && c <= 57) {
      let e = 0;
      while (j < end && (c = s.charCodeAt(j)) >= 48 && c <= 57) {
        if (e < 100000) e = e * 10 + (c - 48);
        j++;
      }
      exp += eneg ? -e : e;
      i = j;
    }
  }
  endPos = i;
  hexValue = binaryToDouble(mant, exp, sticky);
  return 0;
}

/** Correctly rounded (ties to even) value of (mant + sticky*epsilon) * 2^exp. */
function binaryToDouble(mant: bigint, exp: number, sticky: boolean): number {
  if (mant === 0n) return 0;
  const bits = mant.toString(2).length;
  // target: 53 significant bits, or fewer for subnormals (lowest bit weight 2^-1074)
  const topExp = exp + bits - 1; // exponent of the leading bit
  if (topExp > 1023) return Infinity;
  let keep = 53;
  if (topExp < -1022) keep = 53 - (-1022 - topExp);
  if (keep <= 0) {
    // below half of the smallest subnormal, or exactly/over half
    if (keep < 0) return 0;
    // keep === 0: value in [2^-1075, 2^-1074): rounds to 2^-1074 unless exactly half
    const exactHalf = mant === 1n << BigInt(bits - 1) && !sticky;
    return exactHalf ? 0 : 5e-324;
  }
  let m = mant;
  let e = exp;
  if (bits > keep) {
    const drop = BigInt(bits - keep);
    const rest = m & ((1n << drop) - 1n);
    m >>= drop;
    e += bits - keep;
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
  }
  // m has at most `keep` bits and 2^e >= 2^-1074: the product is exact (or overflows).
  return Number(m) * Math.pow(2, e);
}

/**
 * glibc strtoul(s, NULL, base) on s[start..end): sets endPos (start when no digit).
 * Returns the unsigned result as a BigInt in [0, 2^64).
 */
function strtoulAt(s: string, start: number, end: number, base: number): bigint {
  let i = start;
  while (i < end && isCSpace(s.charCodeAt(i))) i++;
  let neg = false;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) {
    neg = c === 45;
    i++;
  }
  if (base === 16 && s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120 && i + 2 < end) {
    const d = s.charCodeAt(i + 2);
    if (digitValue(d) >= 0 && digitValue(d) < 16) i += 2;
  }
  const digitsStart = i;
  let acc = 0; // exact while < 2^53
  let big: bigint | null = null;
  let overflow = false;
  const limit = 18446744073709551615n;
  let v: number;
  while (i < end && (v = digitValue(s.charCodeAt(i))) >= 0 && v < base) {
    if (big === null) {
      const next = acc * base + v;
      if (next < 9007199254740992) acc = next;
      else big = BigInt(acc) * BigInt(base) + BigInt(v);
    } else if (!overflow) {
      big = big * BigInt(base) + BigInt(v);
      if (big > limit) overflow = true;
    }
    i++;
  }
  if (i === digitsStart) {
    endPos = start;
    return 0n;
  }
  endPos = i;
  if (overflow) return limit;
  let r = big === null ? BigInt(acc) : big;
  if (neg) r = (-r) & limit;
  return r;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 122) return l - 87;
  return 99;
}

/** Index of the first NUL byte (end of the C string), or s.length. */
function cEnd(s: string): number {
  const z = s.indexOf('\0');
  return z < 0 ? s.length : z;
}

/**
 * luaO_str2d of Lua 5.1.5: the number a string converts to (tonumber(s), arithmetic
 * coercion, numeric `for` coercion), or undefined when it is not a numeral.
 */
export function str2number(s: string): number | undefined {
  const n = s.length;
  // fast path: plain decimal integer of up to 15 digits, no spaces
  if (n > 0 && n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === n) return v;
  }
  const end = cEnd(s);
  let result = strtodAt(s, 0, end);
  if (endPos === 0) return undefined; // conversion failed
  let e = endPos;
  const c = s.charCodeAt(e);
  if (e < end && (c === 120 || c === 88)) {
    // maybe a hexadecimal constant: strtoul(s, &endptr, 16)
    const u = strtoulAt(s, 0, end, 16);
    result = Number(u);
    e = endPos;
  }
  if (e === end) return result;
  while (e < end && isCSpace(s.charCodeAt(e))) e++;
  return e === end ? result : undefined;
}

/**
 * luaB_tonumber(s, base) of Lua 5.1.5 for 2 <= base <= 36, base != 10 (base 10 uses
 * str2number). The caller checks the range ("base out of range").
 */
export function str2numberBase(s: string, base: number): number | undefined {
  const end = cEnd(s);
  const u = strtoulAt(s, 0, end, base);
  if (endPos === 0) return undefined;
  let e = endPos;
  while (e < end && isCSpace(s.charCodeAt(e))) e++;
  if (e !== end) return undefined;
  return Number(u); // (lua_Number)(unsigned long): round to nearest, ties to even
}
