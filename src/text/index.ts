/**
 * Byte-string text algorithms of Lua 5.1.5 (glibc, x86-64), independent of the VM:
 * number formatting and parsing, pattern matching, string.format, string helpers.
 */
export * from './printf.js';
export * from './str2number.js';
export * from './lpattern.js';
export * from './format.js';
export { strUpper, strLower, strRep, strReverse, strSub, strByte, strChar, luaStrCmp } from './lstrings.js';
