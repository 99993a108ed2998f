// cjson.decode (lua_cjson.c 2.1.0 as Redis 7.0 bundles it): JSON text -> Lua value.
// The input is treated as the C string the library sees: a NUL byte ends it. Iterative, with
// the Lua stack slots C would use counted (lua_checkstack fails where it fails in C), and the
// exact token names, positions and messages of the C parser.
import type { LuaState } from '../../vm/state.js';
import type { LuaTable } from '../../vm/table.js';
import type { LuaValue } from '../../vm/value.js';
import { MAXCSTACK, type JsonConfig } from './config.js';
import { strtodAt, strtodEnd, matchCI } from './strtod.js';

// json_token_type_t
const T_OBJ_BEGIN: number = 0;
const T_OBJ_END: number = 1;
const T_ARR_BEGIN: number = 2;
const T_ARR_END: number = 3;
const T_STRING: number = 4;
const T_NUMBER: number = 5;
const T_BOOLEAN: number = 6;
const T_NULL: number = 7;
const T_COLON: number = 8;
const T_COMMA: number = 9;
const T_END: number = 10;
const T_WHITESPACE: number = 11;
const T_ERROR: number = 12;
const T_UNKNOWN: number = 13;

const TOKEN_NAMES = [
  'T_OBJ_BEGIN', 'T_OBJ_END', 'T_ARR_BEGIN', 'T_ARR_END', 'T_STRING', 'T_NUMBER', 'T_BOOLEAN',
  'T_NULL', 'T_COLON', 'T_COMMA', 'T_END', 'T_WHITESPACE', 'T_ERROR', 'T_UNKNOWN',
];

/** ch2token[256] */
const CH2TOKEN: Uint8Array = (() => {
  const t = new Uint8Array(256).fill(T_ERROR);
  t[123] = T_OBJ_BEGIN;
  t[125] = T_OBJ_END;
  t[91] = T_ARR_BEGIN;
  t[93] = T_ARR_END;
  t[44] = T_COMMA;
  t[58] = T_COLON;
  t[0] = T_END;
  t[32] = T_WHITESPACE;
  t[9] = T_WHITESPACE;
  t[10] = T_WHITESPACE;
  t[13] = T_WHITESPACE;
  for (const c of 'fiInNt"+-0123456789') t[c.charCodeAt(0)] = T_UNKNOWN;
  return t;
})();

/** escape2char[256] (0: invalid escape; 'u': unicode escape). */
const ESCAPE2CHAR: string[] = (() => {
  const t = new Array<string>(256).fill('');
  t[34] = '"';
  t[92] = '\\';
  t[47] = '/';
  t[98] = '\b';
  t[116] = '\t';
  t[110] = '\n';
  t[102] = '\f';
  t[114] = '\r';
  t[117] = 'u';
  return t;
})();

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

interface Frame {
  t: LuaTable;
  object: boolean;
  /** array: next index */
  i: number;
  /** object: the pending key */
  key: string;
}

export class JsonDecoder {
  private s = '';
  private pos = 0;
  // the current token (json_token_t)
  private type = T_END;
  private index = 0;
  private str = '';
  private num = 0;
  private bool = false;
  private err = '';

  constructor(
    readonly L: LuaState,
    readonly cfg: JsonConfig,
    readonly nullValue: LuaValue,
  ) {}

  /** s[i] as the C code reads it: 0 past the end. */
  private at(i: number): number {
    return this.s.charCodeAt(i) | 0;
  }

  private tokenError(errtype: string): void {
    this.type = T_ERROR;
    this.index = this.pos;
    this.err = errtype;
  }

  /** json_next_string_token (pos at the opening quote) */
  private stringToken(): void {
    const s = this.s;
    let pos = this.pos + 1;
    let acc = '';
    let start = pos;
    for (;;) {
      const c = s.charCodeAt(pos) | 0;
      if (c === 34) break;
      if (c === 0) {
        this.pos = pos;
        this.tokenError('unexpected end of string');
        return;
      }
      if (c !== 92) {
        pos++;
        continue;
      }
      if (pos > start) acc += s.slice(start, pos);
      const e = ESCAPE2CHAR[s.charCodeAt(pos + 1) | 0]!;
      if (e === 'u') {
        const r = this.unicodeEscape(pos);
        if (r < 0) {
          this.pos = pos;
          this.tokenError('invalid unicode escape code');
          return;
        }
        acc += unicodeOut;
        pos += r;
        start = pos;
        continue;
      }
      if (e === '') {
        this.pos = pos;
        this.tokenError('invalid escape code');
        return;
      }
      acc += e;
      pos += 2;
      start = pos;
    }
    if (pos > start) acc += s.slice(start, pos);
    this.pos = pos + 1;
    this.type = T_STRING;
    this.str = acc;
  }

  /** json_append_unicode_escape at the backslash: escape length, or -1; sets unicodeOut. */
  private unicodeEscape(p: number): number {
    let cp = this.hex4(p + 2);
    if (cp < 0) return -1;
    let len = 6;
    if ((cp & 0xf800) === 0xd800) {
      if (cp & 0x400) return -1;
      if (this.at(p + 6) !== 92 || this.at(p + 7) !== 117) return -1;
      const lo = this.hex4(p + 8);
      if (lo < 0) return -1;
      if ((lo & 0xfc00) !== 0xdc00) return -1;
      cp = (((cp & 0x3ff) << 10) | (lo & 0x3ff)) + 0x10000;
      len = 12;
    }
    const f = String.fromCharCode;
    if (cp <= 0x7f) unicodeOut = f(cp);
    else if (cp <= 0x7ff) unicodeOut = f((cp >> 6) | 0xc0, (cp & 0x3f) | 0x80);
    else if (cp <= 0xffff) unicodeOut = f((cp >> 12) | 0xe0, ((cp >> 6) & 0x3f) | 0x80, (cp & 0x3f) | 0x80);
    else unicodeOut = f((cp >> 18) | 0xf0, ((cp >> 12) & 0x3f) | 0x80, ((cp >> 6) & 0x3f) | 0x80, (cp & 0x3f) | 0x80);
    return len;
  }

  private hex4(p: number): number {
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const d = hexDigit(this.at(p + i));
      if (d < 0) return -1;
      v = (v << 4) | d;
    }
    return v;
  }

  /** json_is_invalid_number */
  private isInvalidNumber(): boolean {
    let p = this.pos;
    let c = this.at(p);
    if (c === 43) return true;
    if (c === 45) c = this.at(++p);
    if (c === 48) {
      const c2 = this.at(p + 1);
      return (c2 | 0x20) === 120 || (c2 >= 48 && c2 <= 57);
    }
    if (c <= 57 || c >= 128) return false; // C char is signed: bytes >= 0x80 compare below '9'
    return matchCI(this.s, p, 'inf') || matchCI(this.s, p, 'nan');
  }

  private numberToken(): void {
    this.type = T_NUMBER;
    const v = strtodAt(this.s, this.pos);
    if (strtodEnd === this.pos) this.tokenError('invalid number');
    else {
      this.num = v;
      this.pos = strtodEnd;
    }
  }

  /** json_next_token */
  private next(): void {
    const s = this.s;
    let ch: number;
    let type: number;
    for (;;) {
      ch = s.charCodeAt(this.pos) | 0;
      type = CH2TOKEN[ch]!;
      if (type !== T_WHITESPACE) break;
      this.pos++;
    }
    this.type = type;
    this.index = this.pos;
    if (type === T_ERROR) {
      this.tokenError('invalid token');
      return;
    }
    if (type === T_END) return;
    if (type !== T_UNKNOWN) {
      this.pos++;
      return;
    }
    if (ch === 34) {
      this.stringToken();
      return;
    }
    if (ch === 45 || (ch >= 48 && ch <= 57)) {
      if (!this.cfg.decodeInvalidNumbers && this.isInvalidNumber()) {
        this.tokenError('invalid number');
        return;
      }
      this.numberToken();
      return;
    }
    if (s.startsWith('true', this.pos)) {
      this.type = T_BOOLEAN;
      this.bool = true;
      this.pos += 4;
      return;
    }
    if (s.startsWith('false', this.pos)) {
      this.type = T_BOOLEAN;
      this.bool = false;
      this.pos += 5;
      return;
    }
    if (s.startsWith('null', this.pos)) {
      this.type = T_NULL;
      this.pos += 4;
      return;
    }
    if (this.cfg.decodeInvalidNumbers && this.isInvalidNumber()) {
      this.numberToken();
      return;
    }
    this.tokenError('invalid token');
  }

  private parseError(exp: string): never {
    const found = this.type === T_ERROR ? this.err : TOKEN_NAMES[this.type]!;
    this.L.error(`Expected ${exp} but found ${found} at character ${this.index + 1}`);
  }

  decode(s: string): LuaValue {
    const L = this.L;
    if (s.length >= 2 && (s.charCodeAt(0) === 0 || s.charCodeAt(1) === 0)) L.error('JSON parser does not support UTF-16 or UTF-32');
    this.s = s;
    this.pos = 0;
    const frames: Frame[] = [];
    const maxDepth = this.cfg.decodeMaxDepth;
    let depth = 0;
    let used = 1; // the argument
    this.next();
    let v: LuaValue = undefined;
    for (;;) {
      // ---- json_process_value on the current token
      let value = true;
      switch (this.type) {
        case T_STRING:
          v = this.str;
          break;
        case T_NUMBER:
          v = this.num;
          break;
        case T_BOOLEAN:
          v = this.bool;
          break;
        case T_NULL:
          v = this.nullValue;
          break;
        case T_OBJ_BEGIN:
        case T_ARR_BEGIN: {
          const object = this.type === T_OBJ_BEGIN;
          depth++;
          if (depth > maxDepth || used + (object ? 3 : 2) > MAXCSTACK) {
            L.error(`Found too many nested data structures (${depth}) at character ${this.pos}`);
          }
          const t = L.newTable();
          used++;
          this.next();
          if (this.type === (object ? T_OBJ_END : T_ARR_END)) {
            depth--;
            used--;
            v = t;
            break;
          }
          if (object) {
            if (this.type !== T_STRING) this.parseError('object key string');
            const key = this.str;
            this.next();
            if (this.type !== T_COLON) this.parseError('colon');
            this.next();
            frames.push({ t, object, i: 0, key });
            used++;
          } else {
            frames.push({ t, object, i: 1, key: '' });
          }
          value = false;
          break;
        }
        default:
          this.parseError('value');
      }
      if (!value) continue;
      // ---- store v in the enclosing containers, closing those that end
      for (;;) {
        const f = frames[frames.length - 1];
        if (f === undefined) {
          this.next();
          if (this.type !== T_END) this.parseError('the end');
          return v;
        }
        if (f.object) {
          f.t.set(f.key, v);
          used--;
          this.next();
          if (this.type === T_OBJ_END) {
            frames.pop();
            depth--;
            used--;
            v = f.t;
            continue;
          }
          if (this.type !== T_COMMA) this.parseError('comma or object end');
          this.next();
          if (this.type !== T_STRING) this.parseError('object key string');
          f.key = this.str;
          used++;
          this.next();
          if (this.type !== T_COLON) this.parseError('colon');
          this.next();
          break;
        } else {
          f.t.set(f.i++, v);
          this.next();
          if (this.type === T_ARR_END) {
            frames.pop();
            depth--;
            used--;
            v = f.t;
            continue;
          }
          if (this.type !== T_COMMA) this.parseError('comma or array end');
          this.next();
          break;
        }
      }
    }
  }
}

let unicodeOut = '';
