/**
 * string.format core of Lua 5.1.5 (lstrlib.c str_format, scanformat, addquoted) on glibc.
 *
 * Rules mirrored (checked against /usr/bin/lua5.1 by format.test.ts):
 * - Each '%' item first takes the next argument: when there is none the error is
 *   luaL_argerror(arg, "no value") -- even before the item itself is validated.
 * - scanformat: at most 5 flag characters from "-+ #0" (repeats allowed; 6 or more ->
 *   "invalid format (repeated flags)"), at most 2 width digits, '.', at most 2 precision
 *   digits; a further digit -> "invalid format (width or precision too long)".
 * - Conversions: c d i o u x X e E f g G q s. Any other byte -> "invalid option '%<c>' to
 *   'format'" (a NUL byte -- also the C terminator read after a trailing '%' -- prints as
 *   nothing: "invalid option '%' to 'format'").
 * - %c %d %i %o %u %x %X cast the number like C (see printf.ts); the item's text is cut at
 *   its first NUL (luaL_addlstring(buff, strlen(buff))).
 * - %s: a string of length >= 100 with no '.' in the spec is copied whole (width ignored);
 *   otherwise C sprintf, which stops at the first NUL byte of the string.
 * - %q: '"', '\\' and newline are backslash-escaped, '\r' -> "\r", '\0' -> "\000", every
 *   other byte is copied raw; flags/width/precision are ignored.
 * - The format string itself is length-delimited (NUL bytes in it are copied).
 */

import { formatCString, formatDouble, formatInteger, FLAG_HASH, FLAG_MINUS, FLAG_PLUS, FLAG_SPACE, FLAG_ZERO } from './printf.js';

/** A luaL_error raised by string.format (message without position prefix). */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/**
 * A luaL_argerror raised by the format core itself (only "no value"): the binding turns it
 * into "bad argument #<arg> to 'format' (<extramsg>)".
 */
export class FormatArgError extends Error {
  constructor(readonly arg: number, readonly extramsg: string) {
    super(`bad argument #${arg} to 'format' (${extramsg})`);
    this.name = 'FormatArgError';
  }
}

/**
 * Access to the arguments, by Lua stack index (1 is the format string, so the first
 * value is 2). The binding implements the checks and raises its own argument errors:
 * `number` = luaL_checknumber (strings convertible to numbers are accepted; otherwise
 * "number expected, got <type>"), `string` = luaL_checklstring (numbers are converted with
 * %.14g; otherwise "string expected, got <type>").
 */
export interface FormatArgs {
  /** lua_gettop(L): index of the last argument (1 + number of values after the format). */
  readonly top: number;
  number(arg: number): number;
  string(arg: number): string;
}

/** addquoted: the %q form of a string. */
export function quoteString(s: string): string {
  const out: string[] = ['"'];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string;
    if (c === 34) rep = '\\"';
    else if (c === 92) rep = '\\\\';
    else if (c === 10) rep = '\\\n';
    else if (c === 13) rep = '\\r';
    else if (c === 0) rep = '\\000';
    else continue;
    if (i > from) out.push(s.slice(from, i));
    out.push(rep);
    from = i + 1;
  }
  if (from < s.length) out.push(from === 0 ? s : s.slice(from));
  out.push('"');
  return out.join('');
}

function isDigitAt(fmt: string, i: number): boolean {
  const c = i < fmt.length ? fmt.charCodeAt(i) : 0;
  return c >= 48 && c <= 57;
}

/**
 * str_format of Lua 5.1.5: formats `fmt` with the arguments reachable through `args`.
 * Throws FormatError / FormatArgError (and whatever the `args` callbacks throw).
 */
export function luaFormat(fmt: string, args: FormatArgs): string {
  const len = fmt.length;
  let pct = fmt.indexOf('%');
  if (pct < 0) return fmt;
  let out = '';
  let arg = 1;
  let from = 0; // start of literal text not yet copied
  let i = pct;
  while (i < len) {
    // i is at a '%'
    if (i > from) out += fmt.slice(from, i);
    i++;
    if (i < len && fmt.charCodeAt(i) === 37) {
      // %%
      out += '%';
      from = i + 1;
    } else {
      if (++arg > args.top) throw new FormatArgError(arg, 'no value');
      // scanformat
      const start = i;
      let flags = 0;
      for (;;) {
        const c = i < len ? fmt.charCodeAt(i) : 0;
        if (c === 45) flags |= FLAG_MINUS;
        else if (c === 43) flags |= FLAG_PLUS;
        else if (c === 32) flags |= FLAG_SPACE;
        else if (c === 35) flags |= FLAG_HASH;
        else if (c === 48) flags |= FLAG_ZERO;
        else break;
        i++;
      }
      if (i - start >= 6) throw new FormatError('invalid format (repeated flags)');
      let width = 0;
      if (isDigitAt(fmt, i)) width = fmt.charCodeAt(i++) - 48;
      if (isDigitAt(fmt, i)) width = width * 10 + fmt.charCodeAt(i++) - 48;
      let precision = -1;
      let hasDot = false;
      if (i < len && fmt.charCodeAt(i) === 46) {
        hasDot = true;
        i++;
        precision = 0;
        if (isDigitAt(fmt, i)) precision = fmt.charCodeAt(i++) - 48;
        if (isDigitAt(fmt, i)) precision = precision * 10 + fmt.charCodeAt(i++) - 48;
      }
      if (isDigitAt(fmt, i)) throw new FormatError('invalid format (width or precision too long)');
      const conv = i < len ? fmt.charCodeAt(i) : 0;
      i++;
      switch (conv) {
        case 99: // c
          out += formatInteger('c', flags, width, precision, args.number(arg));
          break;
        case 100: // d
        case 105: // i
          out += formatInteger('d', flags, width, precision, args.number(arg));
          break;
        case 111: // o
          out += formatInteger('o', flags, width, precision, args.number(arg));
          break;
        case 117: // u
          out += formatInteger('u', flags, width, precision, args.number(arg));
          break;
        case 120: // x
          out += formatInteger('x', flags, width, precision, args.number(arg));
          break;
        case 88: // X
          out += formatInteger('X', flags, width, precision, args.number(arg));
          break;
        case 101: // e
          out += formatDouble('e', flags, width, precision, args.number(arg));
          break;
        case 69: // E
          out += formatDouble('E', flags, width, precision, args.number(arg));
          break;
        case 102: // f
          out += formatDouble('f', flags, width, precision, args.number(arg));
          break;
        case 103: // g
          out += formatDouble('g', flags, width, precision, args.number(arg));
          break;
        case 71: // G
          out += formatDouble('G', flags, width, precision, args.number(arg));
          break;
        case 113: // q
          out += quoteString(args.string(arg));
          break;
        case 115: { // s
          const s = args.string(arg);
          if (!hasDot && s.length >= 100) out += s; // keep original string
          else if (flags === 0 && width === 0 && !hasDot && s.indexOf('\0') < 0) out += s;
          else out += formatCString(flags, width, precision, s);
          break;
        }
        default:
          // luaO_pushfstring's %c of a NUL byte adds nothing
          throw new FormatError(`invalid option '%${conv === 0 ? '' : String.fromCharCode(conv)}' to 'format'`);
      }
      from = i;
    }
    pct = from < len ? fmt.indexOf('%', from) : -1;
    if (pct < 0) break;
    i = pct;
  }
  if (from < len) out += fmt.slice(from);
  return out;
}
