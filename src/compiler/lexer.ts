// The lexical analyzer of Lua 5.1.5 (llex.c), over a byte string (code units 0-255).
// Character classes are those of the C locale. Error texts are luaX_lexerror's:
// "<chunkid>:<line>: <msg> near '<token>'", where a name, string or number token is shown as
// the raw text collected so far (cut at the first NUL byte, as "%s" does).

import { chunkId } from '../chunk/chunkid.js';
import { LuaSyntaxError } from './errors.js';
import { str2d } from './numeral.js';
import { RESERVED, Tk, token2str } from './tokens.js';

const EOZ = -1;
/** MAXSRC of llex.c: buffer size for the chunk id in messages. */
const MAXSRC = 80;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isAlnumOr_(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

export class Lexer {
  private readonly src: string;
  private readonly len: number;
  private pos = 0;
  private current = EOZ;
  /** Chunk name as given to load (for messages). */
  readonly source: string;
  linenumber = 1;
  /** Line of the last token consumed (luaX_next sets it before reading the next one). */
  lastline = 1;
  /** Current token, its semantic value (name/string bytes or number) and its raw text. */
  t: number = Tk.EOS;
  sem: string | number = '';
  raw = '';
  private laT: number = Tk.EOS;
  private laSem: string | number = '';
  private laRaw = '';

  constructor(src: string, source: string) {
    this.src = src;
    this.len = src.length;
    this.source = source;
    this.next();
  }

  /** The current character (a call, so that TypeScript does not narrow across next()). */
  private peek(): number {
    return this.current;
  }

  private next(): void {
    this.current = this.pos < this.len ? this.src.charCodeAt(this.pos++) : EOZ;
  }

  /** luaX_lexerror: `raw` is the text shown for name/string/number tokens. */
  error(msg: string, token: number, raw: string = this.raw): never {
    let full = `${chunkId(this.source, MAXSRC)}:${this.linenumber}: ${msg}`;
    if (token) {
      let txt: string;
      if (token === Tk.NAME || token === Tk.STRING || token === Tk.NUMBER) {
        const nul = raw.indexOf('\0');
        txt = nul >= 0 ? raw.slice(0, nul) : raw;
      } else {
        txt = token2str(token);
      }
      full += ` near '${txt}'`;
    }
    throw new LuaSyntaxError(full);
  }

  /** luaX_syntaxerror: error near the current token. */
  syntaxError(msg: string): never {
    return this.error(msg, this.t);
  }

  /** luaX_next. */
  advance(): void {
    this.lastline = this.linenumber;
    if (this.laT !== Tk.EOS) {
      this.t = this.laT;
      this.sem = this.laSem;
      this.raw = this.laRaw;
      this.laT = Tk.EOS;
    } else {
      this.t = this.llex();
    }
  }

  /** luaX_lookahead: returns the token after the current one. */
  lookahead(): number {
    const t = this.t;
    const sem = this.sem;
    const raw = this.raw;
    this.laT = this.llex();
    this.laSem = this.sem;
    this.laRaw = this.raw;
    this.t = t;
    this.sem = sem;
    this.raw = raw;
    return this.laT;
  }

  /** inclinenumber: skip \n, \r, \n\r or \r\n. */
  private incLine(): void {
    const old = this.current;
    this.next();
    if (isNewline(this.current) && this.current !== old) this.next();
    ++this.linenumber;
  }

  /** skip_sep: at '[' or ']'; returns the level, or -(count)-1 when not a long bracket. */
  private skipSep(): number {
    let count = 0;
    const s = this.current;
    this.next();
    while (this.current === 61 /* = */) {
      this.next();
      count++;
    }
    return this.current === s ? count : -count - 1;
  }

  /** read_long_string (string when isString, else comment). At the second '['. */
  private readLongString(sep: number, isString: boolean): void {
    const eqs = '='.repeat(sep);
    this.next(); // skip 2nd '['
    if (isNewline(this.current)) this.incLine();
    let out = '';
    let segStart = this.pos - 1;
    for (;;) {
      const c = this.current;
      if (c === EOZ) {
        this.error(isString ? 'unfinished long string' : 'unfinished long comment', Tk.EOS);
      } else if (c === 91 /* [ */) {
        // LUA_COMPAT_LSTR == 1: a nested "[[" inside a level-0 long bracket is an error
        if (this.skipSep() === sep) {
          this.next();
          if (sep === 0) this.error('nesting of [[...]] is deprecated', 91);
        }
      } else if (c === 93 /* ] */) {
        const endPos = this.pos - 1;
        if (this.skipSep() === sep) {
          this.next();
          if (isString) {
            out += this.src.slice(segStart, endPos);
            this.sem = out;
            this.raw = `[${eqs}[${out}]${eqs}]`;
          }
          return;
        }
      } else if (isNewline(c)) {
        if (isString) out += this.src.slice(segStart, this.pos - 1) + '\n';
        this.incLine();
        segStart = this.pos - 1;
      } else {
        this.next();
      }
    }
  }

  /** read_string: at the opening delimiter. */
  private readString(del: number): void {
    const q = String.fromCharCode(del);
    this.next();
    let out = '';
    let segStart = this.pos - 1;
    while (this.current !== del) {
      const c = this.current;
      if (c === EOZ) {
        this.error('unfinished string', Tk.EOS);
      } else if (isNewline(c)) {
        out += this.src.slice(segStart, this.pos - 1);
        this.error('unfinished string', Tk.STRING, q + out);
      } else if (c === 92 /* \ */) {
        out += this.src.slice(segStart, this.pos - 1);
        this.next(); // do not save the '\'
        const e = this.current;
        let ch = -1;
        switch (e) {
          case 97: ch = 7; break; // \a
          case 98: ch = 8; break; // \b
          case 102: ch = 12; break; // \f
          case 110: ch = 10; break; // \n
          case 114: ch = 13; break; // \r
          case 116: ch = 9; break; // \t
          case 118: ch = 11; break; // \v
          case 10:
          case 13:
            out += '\n';
            this.incLine();
            segStart = this.pos - 1;
            continue;
          case EOZ:
            segStart = this.pos; // nothing to keep; the loop reports the error
            continue;
          default: {
            if (!isDigit(e)) {
              // \\, \", \' and any other character stand for themselves
              out += String.fromCharCode(e);
              this.next();
            } else {
              let i = 0;
              let v = 0;
              do {
                v = 10 * v + (this.current - 48);
                this.next();
              } while (++i < 3 && isDigit(this.current));
              if (v > 255) this.error('escape sequence too large', Tk.STRING, q + out);
              out += String.fromCharCode(v);
            }
            segStart = this.pos - 1;
            continue;
          }
        }
        out += String.fromCharCode(ch);
        this.next();
        segStart = this.pos - 1;
      } else {
        this.next();
      }
    }
    out += this.src.slice(segStart, this.pos - 1);
    this.next(); // skip delimiter
    this.sem = out;
    this.raw = q + out + q;
  }

  /** read_numeral: the current character is a digit, or a digit follows a '.' at `start`. */
  private readNumeral(start: number): void {
    do {
      this.next();
    } while (isDigit(this.current) || this.current === 46);
    // check_next uses strchr, which also finds the set's terminating NUL: a NUL byte is
    // accepted in place of the exponent mark and of its sign (and ends the C string)
    if (this.current === 69 || this.current === 101 || this.current === 0) {
      this.next();
      const sign = this.peek();
      if (sign === 43 || sign === 45 || sign === 0) this.next();
    }
    while (isAlnumOr_(this.current)) this.next();
    const end = this.current === EOZ ? this.len : this.pos - 1;
    let text = this.src.slice(start, end);
    const nul = text.indexOf('\0');
    if (nul >= 0) text = text.slice(0, nul);
    this.raw = text;
    const v = str2d(text);
    if (v === undefined) this.error('malformed number', Tk.NUMBER, text);
    this.sem = v;
  }

  /** llex. */
  private llex(): number {
    for (;;) {
      const c = this.current;
      switch (c) {
        case 10:
        case 13:
          this.incLine();
          continue;
        case 45: { // -
          this.next();
          if (this.current !== 45) return 45;
          this.next();
          if (this.peek() === 91) {
            const sep = this.skipSep();
            if (sep >= 0) {
              this.readLongString(sep, false);
              continue;
            }
          }
          while (!isNewline(this.peek()) && this.peek() !== EOZ) this.next();
          continue;
        }
        case 91: { // [
          const start = this.pos - 1;
          const sep = this.skipSep();
          if (sep >= 0) {
            this.readLongString(sep, true);
            return Tk.STRING;
          }
          if (sep === -1) return 91;
          const end = this.current === EOZ ? this.len : this.pos - 1;
          return this.error('invalid long string delimiter', Tk.STRING, this.src.slice(start, end));
        }
        case 61: // =
          this.next();
          if (this.current !== 61) return 61;
          this.next();
          return Tk.EQ;
        case 60: // <
          this.next();
          if (this.current !== 61) return 60;
          this.next();
          return Tk.LE;
        case 62: // >
          this.next();
          if (this.current !== 61) return 62;
          this.next();
          return Tk.GE;
        case 126: // ~
          this.next();
          if (this.current !== 61) return 126;
          this.next();
          return Tk.NE;
        case 34:
        case 39:
          this.readString(c);
          return Tk.STRING;
        case 46: { // .
          const start = this.pos - 1;
          this.next();
          // check_next(".") also accepts a NUL byte (strchr finds the terminator)
          if (this.current === 46 || this.current === 0) {
            this.next();
            const c3 = this.peek();
            if (c3 === 46 || c3 === 0) {
              this.next();
              return Tk.DOTS;
            }
            return Tk.CONCAT;
          }
          if (!isDigit(this.current)) return 46;
          this.readNumeral(start);
          return Tk.NUMBER;
        }
        case EOZ:
          return Tk.EOS;
        default: {
          if (isSpace(c)) {
            this.next();
            continue;
          }
          if (isDigit(c)) {
            this.readNumeral(this.pos - 1);
            return Tk.NUMBER;
          }
          if (isAlpha(c) || c === 95) {
            const start = this.pos - 1;
            do {
              this.next();
            } while (isAlnumOr_(this.current));
            const end = this.current === EOZ ? this.len : this.pos - 1;
            const name = this.src.slice(start, end);
            const reserved = RESERVED.get(name);
            if (reserved !== undefined) return reserved;
            this.sem = name;
            this.raw = name;
            return Tk.NAME;
          }
          this.next();
          return c;
        }
      }
    }
  }
}
