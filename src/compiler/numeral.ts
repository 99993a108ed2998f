// luaO_str2d of Lua 5.1.5 (lobject.c) applied to the text the lexer collects in read_numeral
// (llex.c): strtod (glibc, C locale, so hexadecimal "0x..." with an optional binary exponent
// "p<digits>" is accepted), then the strtoul fallback when strtod stops at an 'x', then only
// trailing spaces may follow. The lexer's text is [0-9.]+ ([Ee][+-]?)? [A-Za-z0-9_]*, so signs,
// "inf"/"nan" and leading spaces never occur, and the strtoul fallback can never succeed
// (strtod already consumed every well-formed "0x..." prefix).

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Returns the number, or undefined for "malformed number". */
export function str2d(s: string): number | undefined {
  const n = s.length;
  let i = 0;
  let value: number;
  if (n >= 2 && s.charCodeAt(0) === 48 && (s.charCodeAt(1) | 32) === 120) {
    // glibc strtod hexadecimal form: 0x hexdigits [p digits]
    let j = 2;
    while (j < n && isHexDigit(s.charCodeAt(j))) j++;
    if (j === 2) return undefined; // strtod read "0", stops at 'x'; strtoul fails the same way
    let exp = 0;
    let end = j;
    if (j < n && (s.charCodeAt(j) | 32) === 112) {
      let k = j + 1;
      let sign = 1;
      const sc = s.charCodeAt(k);
      if (sc === 43 || sc === 45) {
        if (sc === 45) sign = -1;
        k++;
      }
      if (k < n && isDigit(s.charCodeAt(k))) {
        let e = 0;
        while (k < n && isDigit(s.charCodeAt(k))) {
          if (e < 100000) e = e * 10 + (s.charCodeAt(k) - 48);
          k++;
        }
        exp = sign * e;
        end = k;
      }
    }
    i = end;
    value = hexValue(s.slice(2, j), exp);
  } else {
    // decimal: digits [. digits] [e [+-] digits], at least one mantissa digit
    let j = 0;
    let digits = 0;
    while (j < n && isDigit(s.charCodeAt(j))) { j++; digits++; }
    if (j < n && s.charCodeAt(j) === 46) {
      j++;
      while (j < n && isDigit(s.charCodeAt(j))) { j++; digits++; }
    }
    if (digits === 0) return undefined;
    if (j < n && (s.charCodeAt(j) | 32) === 101) {
      let k = j + 1;
      const sc = s.charCodeAt(k);
      if (sc === 43 || sc === 45) k++;
      if (k < n && isDigit(s.charCodeAt(k))) {
        while (k < n && isDigit(s.charCodeAt(k))) k++;
        j = k;
      }
    }
    i = j;
    value = Number(s.slice(0, j));
  }
  // (strtoul fallback on 'x' cannot reach the end: see header)
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  return i === n ? value : undefined;
}

/** Correctly rounded value of 0x<hex> * 2^exp (glibc strtod rounds to nearest). */
function hexValue(hex: string, exp: number): number {
  const mant = BigInt('0x' + hex);
  if (mant === 0n) return 0;
  if (exp >= 0) {
    if (exp > 4096) return Infinity;
    return Number(mant << BigInt(exp));
  }
  // negative exponents (only reachable through "p-", which the lexer never collects)
  return Number(mant) * Math.pow(2, exp);
}
