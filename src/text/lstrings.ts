/**
 * Byte-exact helpers of Lua 5.1.5's string library (lstrlib.c) that need no VM:
 * sub/byte index rules (posrelat), upper/lower in the C locale (only ASCII letters
 * change), rep, reverse, char, and %q quoting (re-exported from format.ts).
 *
 * Integer arguments are expected ALREADY converted the way the binding's luaL_check*
 * does it (see printf.ts: castToLong for lua_Integer, castToIntViaLong for int).
 */

import { posrelat } from './lpattern.js';

export { posrelat } from './lpattern.js';
export { quoteString } from './format.js';

/** Matches any byte outside ASCII (precompiled once). */
const NON_ASCII = /[\x80-\xff]/;

/** str_upper: C-locale toupper on every byte (a-z only). */
export function strUpper(s: string): string {
  if (!NON_ASCII.test(s)) return s.toUpperCase();
  return mapBytes(s, 97, 122, -32);
}

/** str_lower: C-locale tolower on every byte (A-Z only). */
export function strLower(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return mapBytes(s, 65, 90, 32);
}

function mapBytes(s: string, lo: number, hi: number, delta: number): string {
  const n = s.length;
  const parts: string[] = [];
  const CHUNK = 8192;
  const buf = new Uint16Array(Math.min(n, CHUNK));
  for (let base = 0; base < n; base += CHUNK) {
    const m = Math.min(CHUNK, n - base);
    for (let k = 0; k < m; k++) {
      const c = s.charCodeAt(base + k);
      buf[k] = c >= lo && c <= hi ? c + delta : c;
    }
    parts.push(String.fromCharCode.apply(null, Array.from(buf.subarray(0, m))));
  }
  return parts.join('');
}

/** str_rep: n copies of s (n <= 0 gives ""). */
export function strRep(s: string, n: number): string {
  return n > 0 && s.length > 0 ? s.repeat(n) : '';
}

/** str_reverse. */
export function strReverse(s: string): string {
  const n = s.length;
  if (n < 2) return s;
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let end = n; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    const codes: number[] = new Array<number>(end - start);
    for (let k = 0; k < end - start; k++) codes[k] = s.charCodeAt(end - 1 - k);
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** str_sub(s, i [, j = -1]): posrelat on both ends, clamped to [1, len]. */
export function strSub(s: string, i: number, j = -1): string {
  const l = s.length;
  let start = posrelat(i, l);
  let end = posrelat(j, l);
  if (start < 1) start = 1;
  if (end > l) end = l;
  if (start > end) return '';
  if (start === 1 && end === l) return s;
  return s.slice(start - 1, end);
}

/**
 * str_byte(s [, i = 1 [, j = i]]): the byte values of s[i..j] (after posrelat and
 * clamping); an empty array when the interval is empty.
 */
export function strByte(s: string, i = 1, j?: number): number[] {
  const l = s.length;
  let posi = posrelat(i, l);
  let pose = posrelat(j ?? posi, l);
  if (posi <= 0) posi = 1;
  if (pose > l) pose = l;
  if (posi > pose) return [];
  const out = new Array<number>(pose - posi + 1);
  for (let k = posi; k <= pose; k++) out[k - posi] = s.charCodeAt(k - 1);
  return out;
}

/**
 * str_char: the string of the given byte values (already luaL_checkint-converted).
 * Returns the 0-based index of the first invalid value (uchar(c) != c: the binding raises
 * "bad argument #<index+1> to 'char' (invalid value)") as a number instead of a string.
 */
export function strChar(codes: readonly number[]): string | number {
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k]!;
    if (!(c >= 0 && c <= 255 && c === Math.floor(c))) return k;
  }
  if (codes.length <= 8192) return String.fromCharCode.apply(null, codes as number[]);
  const parts: string[] = [];
  for (let k = 0; k < codes.length; k += 8192) parts.push(String.fromCharCode.apply(null, codes.slice(k, k + 8192) as number[]));
  return parts.join('');
}

/**
 * l_strcmp of lvm.c (string `<`, `<=`) in the C locale, where strcoll is strcmp: chunks
 * between NULs compare as unsigned bytes and a shorter string that is a prefix is smaller,
 * which is exactly the ordering of JS strings of code units 0-255. Returns <0, 0, >0.
 * (A Redis server calls setlocale(LC_COLLATE, ""): under a non-C collation locale its
 * comparisons follow strcoll instead.)
 */
export function luaStrCmp(a: string, b: string): number {
  return a < b ? -1 : a === b ? 0 : 1;
}
