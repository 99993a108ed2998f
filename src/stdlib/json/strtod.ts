// glibc strtod as lua-cjson's number tokens use it (fpconv_strtod with a '.' locale):
// scanning a numeral at a position of a byte string and converting it. The string stands
// for a C string: a NUL byte (or the end) stops the scan like any other non-number byte.
import { str2number } from '../../text/str2number.js';

/** Where the last strtodAt call stopped (its start when nothing was converted). */
export let strtodEnd = 0;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  const l = c | 32;
  return l >= 97 && l <= 102;
}

/** Case-insensitive match of s[i..] with a lowercase ASCII word. */
export function matchCI(s: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * strtod(s + start, &end): the value of the longest numeral at `start` (sign, decimal with
 * exponent, C99 hex float, inf/infinity, nan/nan(chars)); sets strtodEnd.
 */
export function strtodAt(s: string, start: number): number {
  let i = start;
  let c = s.charCodeAt(i);
  let neg = false;
  if (c === 43 || c === 45) {
    neg = c === 45;
    c = s.charCodeAt(++i);
  }
  const lc = c | 32;
  if (lc === 105) {
    if (!matchCI(s, i, 'inf')) return fail(start);
    strtodEnd = matchCI(s, i, 'infinity') ? i + 8 : i + 3;
    return neg ? -Infinity : Infinity;
  }
  if (lc === 110) {
    if (!matchCI(s, i, 'nan')) return fail(start);
    let j = i + 3;
    if (s.charCodeAt(j) === 40) {
      let k = j + 1;
      for (;;) {
        const d = s.charCodeAt(k);
        const l = d | 32;
        if (isDigit(d) || (l >= 97 && l <= 122) || d === 95) k++;
        else break;
      }
      if (s.charCodeAt(k) === 41) j = k + 1;
    }
    strtodEnd = j;
    return str2number(s.slice(start, j)) as number;
  }
  if (c === 48 && (s.charCodeAt(i + 1) | 32) === 120) {
    // hex float: needs a hex digit, possibly after the point
    let j = i + 2;
    let digits = false;
    while (isHex(s.charCodeAt(j))) {
      j++;
      digits = true;
    }
    if (s.charCodeAt(j) === 46) {
      let k = j + 1;
      while (isHex(s.charCodeAt(k))) {
        k++;
        digits = true;
      }
      if (digits) j = k;
    }
    if (digits) {
      if ((s.charCodeAt(j) | 32) === 112) {
        let k = j + 1;
        const sc = s.charCodeAt(k);
        if (sc === 43 || sc === 45) k++;
        if (isDigit(s.charCodeAt(k))) {
          while (isDigit(s.charCodeAt(k))) k++;
          j = k;
        }
      }
      strtodEnd = j;
      return str2number(s.slice(start, j)) as number;
    }
    // "0x" without a mantissa: only the 0 converts
    strtodEnd = i + 1;
    return neg ? -0 : 0;
  }
  const numStart = i;
  let digits = false;
  let simple = true;
  let v = 0;
  while (isDigit((c = s.charCodeAt(i)))) {
    v = v * 10 + (c - 48);
    i++;
    digits = true;
  }
  if (c === 46) {
    simple = false;
    i++;
    while (isDigit(s.charCodeAt(i))) {
      i++;
      digits = true;
    }
  }
  if (!digits) return fail(start);
  if ((s.charCodeAt(i) | 32) === 101) {
    let k = i + 1;
    const sc = s.charCodeAt(k);
    if (sc === 43 || sc === 45) k++;
    if (isDigit(s.charCodeAt(k))) {
      while (isDigit(s.charCodeAt(k))) k++;
      i = k;
      simple = false;
    }
  }
  strtodEnd = i;
  if (!simple || i - numStart > 15) v = Number(s.slice(numStart, i));
  return neg ? -v : v;
}

function fail(start: number): number {
  strtodEnd = start;
  return 0;
}
