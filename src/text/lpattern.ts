/**
 * Lua 5.1.5 pattern matching (lstrlib.c: match, str_find_aux, gmatch_aux, str_gsub).
 *
 * Semantics mirrored from lstrlib.c 5.1.5 (checked against /usr/bin/lua5.1 by
 * lpattern.test.ts):
 * - The pattern is a C string: it ends at its first NUL byte ('\0' = end of pattern).
 *   The subject is length-delimited; reading at its end yields '\0' (used by %f).
 * - Errors are raised lazily, only when the matcher reaches the faulty item, exactly
 *   like luaL_error inside match(): e.g. find("abc", "x[") is nil, find("abc", "a[")
 *   raises "malformed pattern (missing ']')".
 * - Character classes use the C locale (ctype on bytes; 128-255 belong to no class).
 * - 5.1 has no match depth limit (matchdepth/MAXCCALLS is 5.2): it recurses on the C
 *   stack. This matcher is iterative (an explicit backtracking stack replaces the C
 *   recursion, with the same order of alternatives and the same capture undo), so no
 *   pattern can overflow the JS stack.
 * - gmatch: '^' is not special (5.1 gmatch_aux passes the whole pattern to match()).
 * - find/match init: posrelat, then clamped to [0, len] (5.1.5 does NOT return nil
 *   when init > len+1; it clamps).
 */

/** An error raised by the matcher; message text exactly as lua5.1's (no position prefix). */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

/** LUA_MAXCAPTURES of luaconf.h. */
export const LUA_MAXCAPTURES = 32;

/** A capture value: a substring, or a position capture's 1-based index (a Lua number). */
export type Capture = string | number;

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

const L_ESC = 37; // '%'

// ---------------------------------------------------------------------------------------
// C locale ctype (glibc "C": bytes >= 128 are in no class)
// ---------------------------------------------------------------------------------------

const C_ALPHA = 1, C_CNTRL = 2, C_DIGIT = 4, C_LOWER = 8, C_PUNCT = 16, C_SPACE = 32, C_UPPER = 64,
  C_ALNUM = 128, C_XDIGIT = 256, C_ZERO = 512;

/** ctype bits of each byte. */
const CTYPE = new Uint16Array(256);
for (let c = 0; c < 256; c++) {
  let b = 0;
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  const digit = c >= 48 && c <= 57;
  if (upper || lower) b |= C_ALPHA;
  if (c < 32 || c === 127) b |= C_CNTRL;
  if (digit) b |= C_DIGIT;
  if (lower) b |= C_LOWER;
  if (upper) b |= C_UPPER;
  if (upper || lower || digit) b |= C_ALNUM;
  if (c > 32 && c < 127 && !(upper || lower || digit)) b |= C_PUNCT;
  if (c === 32 || (c >= 9 && c <= 13)) b |= C_SPACE;
  if (digit || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) b |= C_XDIGIT;
  if (c === 0) b |= C_ZERO;
  CTYPE[c] = b;
}

/** For a class letter after '%' (either case): its ctype bit; 0 when not a class letter. */
const CLASS_BIT = new Uint16Array(256);
{
  const letters: [string, number][] = [
    ['a', C_ALPHA], ['c', C_CNTRL], ['d', C_DIGIT], ['l', C_LOWER], ['p', C_PUNCT],
    ['s', C_SPACE], ['u', C_UPPER], ['w', C_ALNUM], ['x', C_XDIGIT], ['z', C_ZERO],
  ];
  for (const [l, bit] of letters) {
    CLASS_BIT[l.charCodeAt(0)] = bit;
    CLASS_BIT[l.charCodeAt(0) - 32] = bit;
  }
}

/** match_class: `%cl` against byte c. Lowercase class letters match, uppercase complement. */
function matchClass(c: number, cl: number): boolean {
  const bit = CLASS_BIT[cl]!;
  if (bit === 0) return cl === c; // '%' followed by a non-letter: the literal character
  const res = (CTYPE[c]! & bit) !== 0;
  return cl >= 97 ? res : !res; // islower(cl)
}

/** Exported for the string library / tests: C-locale ctype predicates on a byte. */
export function isAlpha(c: number): boolean { return (CTYPE[c & 255]! & C_ALPHA) !== 0; }
export function isDigit(c: number): boolean { return (CTYPE[c & 255]! & C_DIGIT) !== 0; }
export function isSpace(c: number): boolean { return (CTYPE[c & 255]! & C_SPACE) !== 0; }

// ---------------------------------------------------------------------------------------
// Match state (pooled: find/gsub may re-enter through a Lua callback)
// ---------------------------------------------------------------------------------------

// backtrack frame kinds
const F_LEVEL = 0; // a = level to restore (undo start_capture)
const F_UNCLOSE = 1; // a = capture index to reopen (undo end_capture)
const F_OPT = 2; // a = s, b = p: alternative of '?' = continue at (s, p)
const F_MAX = 3; // a = s, b = i, c = ep: max_expand, next try i-1 repetitions
const F_MIN = 4; // a = s, b = p, c = ep: min_expand, next try one more repetition

class MatchState {
  src = '';
  srcLen = 0;
  pat = '';
  /** C length of the pattern: up to its first NUL. */
  patLen = 0;
  level = 0;
  readonly capInit = new Int32Array(LUA_MAXCAPTURES);
  readonly capLen = new Int32Array(LUA_MAXCAPTURES);
  stack = new Int32Array(256);
  sp = 0;

  reset(src: string, pat: string): void {
    this.src = src;
    this.srcLen = src.length;
    this.pat = pat;
    const z = pat.indexOf('\0');
    this.patLen = z < 0 ? pat.length : z;
    this.level = 0;
  }
}

const pool: MatchState[] = [];
function acquire(src: string, pat: string): MatchState {
  const ms = pool.pop() ?? new MatchState();
  ms.reset(src, pat);
  return ms;
}
function release(ms: MatchState): void {
  ms.src = '';
  ms.pat = '';
  if (ms.stack.length > 65536) ms.stack = new Int32Array(256); // do not pool a huge stack
  if (pool.length < 8) pool.push(ms);
}

/** Pattern byte at p, or 0 at/after the end of the C pattern. */
function pc(ms: MatchState, p: number): number {
  return p < ms.patLen ? ms.pat.charCodeAt(p) : 0;
}

/** classend: index just after the single-char class starting at p. */
function classEnd(ms: MatchState, p: number): number {
  const c = pc(ms, p++);
  if (c === L_ESC) {
    if (p >= ms.patLen) throw new PatternError("malformed pattern (ends with '%')");
    return p + 1;
  }
  if (c === 91) { // '['
    if (pc(ms, p) === 94) p++; // '^'
    do { // look for a ']'
      if (p >= ms.patLen) throw new PatternError("malformed pattern (missing ']')");
      if (ms.pat.charCodeAt(p++) === L_ESC && p < ms.patLen) p++; // skip escapes (e.g. '%]')
    } while (pc(ms, p) !== 93);
    return p + 1;
  }
  return p;
}

/** matchbracketclass: p at '[', ec at the closing ']'. */
function matchBracketClass(ms: MatchState, c: number, p: number, ec: number): boolean {
  const pat = ms.pat;
  let sig = true;
  if (pat.charCodeAt(p + 1) === 94) { // '^'
    sig = false;
    p++;
  }
  while (++p < ec) {
    const pch = pat.charCodeAt(p);
    if (pch === L_ESC) {
      p++;
      if (matchClass(c, pat.charCodeAt(p))) return sig;
    } else if (pat.charCodeAt(p + 1) === 45 && p + 2 < ec) { // range a-z
      p += 2;
      if (pch <= c && c <= pat.charCodeAt(p)) return sig;
    } else if (pch === c) return sig;
  }
  return !sig;
}

/** singlematch: byte c against the class at p (ep = classEnd(p)). */
function singleMatch(ms: MatchState, c: number, p: number, ep: number): boolean {
  const pch = ms.pat.charCodeAt(p);
  switch (pch) {
    case 46: return true; // '.'
    case L_ESC: return matchClass(c, ms.pat.charCodeAt(p + 1));
    case 91: return matchBracketClass(ms, c, p, ep - 1);
    default: return pch === c;
  }
}

/**
 * The end of the pattern's only item when the pattern from p is one single-character class
 * with no quantifier ('.', a literal, %a-style class, [set]); -1 otherwise (captures, anchors,
 * %b, %f, back-references). Such a pattern matches exactly one byte: do_match reduces to
 * singlematch, which gsub uses to skip the matcher's generic machinery.
 */
function singleItemEnd(ms: MatchState, p: number): number {
  const c = ms.pat.charCodeAt(p);
  if (p >= ms.patLen || c === 40 || c === 41) return -1;
  if (c === 36 && p + 1 === ms.patLen) return -1; // '$' anchor
  if (c === L_ESC) {
    const nc = pc(ms, p + 1);
    if (nc === 98 || nc === 102 || (nc >= 48 && nc <= 57)) return -1; // %b %f %0-9
  }
  const ep = classEnd(ms, p);
  return ep === ms.patLen ? ep : -1;
}

/** matchbalance: %bxy at p (pointing at x). Returns the end or -1. */
function matchBalance(ms: MatchState, s: number, p: number): number {
  if (p >= ms.patLen || p + 1 >= ms.patLen) throw new PatternError('unbalanced pattern');
  const src = ms.src;
  const end = ms.srcLen;
  if (s >= end || src.charCodeAt(s) !== ms.pat.charCodeAt(p)) return -1;
  const b = ms.pat.charCodeAt(p);
  const e = ms.pat.charCodeAt(p + 1);
  let cont = 1;
  while (++s < end) {
    const ch = src.charCodeAt(s);
    if (ch === e) {
      if (--cont === 0) return s + 1;
    } else if (ch === b) cont++;
  }
  return -1; // string ends out of balance
}

/** match_capture: back-reference %1-%9 (l = the digit byte). Returns the end or -1. */
function matchCapture(ms: MatchState, s: number, l: number): number {
  const i = l - 49; // check_capture: l -= '1'
  if (i < 0 || i >= ms.level || ms.capLen[i] === CAP_UNFINISHED) throw new PatternError('invalid capture index');
  const len = ms.capLen[i]!;
  // a position capture has len CAP_POSITION, which as size_t never fits: no match
  if (len < 0 || ms.srcLen - s < len) return -1;
  const init = ms.capInit[i]!;
  const src = ms.src;
  for (let k = 0; k < len; k++) if (src.charCodeAt(init + k) !== src.charCodeAt(s + k)) return -1;
  return s + len;
}

function capture_to_close(ms: MatchState): number {
  for (let level = ms.level - 1; level >= 0; level--) {
    if (ms.capLen[level] === CAP_UNFINISHED) return level;
  }
  throw new PatternError('invalid pattern capture');
}

function pushFrame(ms: MatchState, kind: number, a: number, b: number, c: number): void {
  let stack = ms.stack;
  const sp = ms.sp;
  if (sp + 4 > stack.length) {
    stack = new Int32Array(stack.length * 2);
    stack.set(ms.stack);
    ms.stack = stack;
  }
  stack[sp] = kind;
  stack[sp + 1] = a;
  stack[sp + 2] = b;
  stack[sp + 3] = c;
  ms.sp = sp + 4;
}

/**
 * match(ms, s, p) of lstrlib.c, iteratively. Returns the end index of the match, or -1.
 * On success the captures are left as the successful path set them.
 */
function doMatch(ms: MatchState, s: number, p: number): number {
  const src = ms.src;
  const srcLen = ms.srcLen;
  const pat = ms.pat;
  const patLen = ms.patLen;
  ms.sp = 0;

  for (;;) {
    // ---- forward: try to match pattern p at subject position s ----
    forward: for (;;) {
      if (p >= patLen) return s; // end of pattern: match succeeded
      const c = pat.charCodeAt(p);
      switch (c) {
        case 40: { // '(' start capture
          const level = ms.level;
          if (level >= LUA_MAXCAPTURES) throw new PatternError('too many captures');
          ms.capInit[level] = s;
          if (pc(ms, p + 1) === 41) { // position capture '()'
            ms.capLen[level] = CAP_POSITION;
            p += 2;
          } else {
            ms.capLen[level] = CAP_UNFINISHED;
            p += 1;
          }
          ms.level = level + 1;
          pushFrame(ms, F_LEVEL, level, 0, 0);
          continue forward;
        }
        case 41: { // ')' end capture
          const l = capture_to_close(ms);
          ms.capLen[l] = s - ms.capInit[l]!;
          pushFrame(ms, F_UNCLOSE, l, 0, 0);
          p += 1;
          continue forward;
        }
        case L_ESC: {
          const nc = pc(ms, p + 1);
          if (nc === 98) { // 'b' balanced string
            const r = matchBalance(ms, s, p + 2);
            if (r < 0) break forward;
            s = r;
            p += 4;
            continue forward;
          }
          if (nc === 102) { // 'f' frontier
            p += 2;
            if (pc(ms, p) !== 91) throw new PatternError("missing '[' after '%f' in pattern");
            const ep = classEnd(ms, p);
            const previous = s === 0 ? 0 : src.charCodeAt(s - 1);
            const current = s < srcLen ? src.charCodeAt(s) : 0;
            if (matchBracketClass(ms, previous, p, ep - 1) || !matchBracketClass(ms, current, p, ep - 1)) {
              break forward;
            }
            p = ep;
            continue forward;
          }
          if (nc >= 48 && nc <= 57) { // back-reference %0-%9
            const r = matchCapture(ms, s, nc);
            if (r < 0) break forward;
            s = r;
            p += 2;
            continue forward;
          }
          break; // default: a class like %a
        }
        case 36: // '$'
          if (p + 1 === patLen) { // last char of the pattern: anchor at end
            if (s === srcLen) return s;
            break forward;
          }
          break;
        default:
          break;
      }
      // ---- a single-char class, possibly followed by a repetition suffix ----
      let ep: number;
      let m: boolean;
      if (c !== L_ESC && c !== 91 && c !== 46) {
        // a literal byte (inlined classend + singlematch)
        ep = p + 1;
        m = s < srcLen && src.charCodeAt(s) === c;
      } else {
        ep = classEnd(ms, p);
        m = s < srcLen && singleMatch(ms, src.charCodeAt(s), p, ep);
      }
      const suffix = ep < patLen ? pat.charCodeAt(ep) : 0;
      switch (suffix) {
        case 63: // '?' optional
          if (m) {
            pushFrame(ms, F_OPT, s, ep + 1, 0);
            s++;
          }
          p = ep + 1;
          continue forward;
        case 42: // '*' max expand
        case 43: { // '+'
          if (suffix === 43) {
            if (!m) break forward;
            s++;
          }
          let i = 0;
          if (c === 46) i = srcLen - s; // '.' matches every byte
          else while (s + i < srcLen && singleMatch(ms, src.charCodeAt(s + i), p, ep)) i++;
          pushFrame(ms, F_MAX, s, i, ep);
          s += i;
          p = ep + 1;
          continue forward;
        }
        case 45: // '-' min expand
          pushFrame(ms, F_MIN, s, p, ep);
          p = ep + 1;
          continue forward;
        default:
          if (!m) break forward;
          s++;
          p = ep;
          continue forward;
      }
    }
    // ---- backtrack: undo until a choice point yields an alternative ----
    const stack = ms.stack;
    let sp = ms.sp;
    for (;;) {
      if (sp === 0) { ms.sp = 0; return -1; }
      sp -= 4;
      const kind = stack[sp]!;
      const a = stack[sp + 1]!;
      if (kind === F_LEVEL) {
        ms.level = a;
        continue;
      }
      if (kind === F_UNCLOSE) {
        ms.capLen[a] = CAP_UNFINISHED;
        continue;
      }
      if (kind === F_OPT) {
        s = a;
        p = stack[sp + 2]!;
        break;
      }
      if (kind === F_MAX) {
        const i = stack[sp + 2]! - 1;
        if (i < 0) continue;
        const ep = stack[sp + 3]!;
        stack[sp + 2] = i;
        sp += 4; // keep the frame for the next retry
        s = a + i;
        p = ep + 1;
        break;
      }
      // F_MIN: try with one more repetition
      const ip = stack[sp + 2]!;
      const ep = stack[sp + 3]!;
      if (a < srcLen && singleMatch(ms, src.charCodeAt(a), ip, ep)) {
        stack[sp + 1] = a + 1;
        sp += 4;
        s = a + 1;
        p = ep + 1;
        break;
      }
    }
    ms.sp = sp;
  }
}

// ---------------------------------------------------------------------------------------
// Captures
// ---------------------------------------------------------------------------------------

/** push_onecapture(i, s, e). */
function oneCapture(ms: MatchState, i: number, s: number, e: number): Capture {
  if (i >= ms.level) {
    if (i === 0) return ms.src.slice(s, e); // whole match
    throw new PatternError('invalid capture index');
  }
  const l = ms.capLen[i]!;
  if (l === CAP_UNFINISHED) throw new PatternError('unfinished capture');
  const init = ms.capInit[i]!;
  if (l === CAP_POSITION) return init + 1;
  return ms.src.slice(init, init + l);
}

/** push_captures(s, e): whole match when there are no captures and wholeIfNone. */
function captures(ms: MatchState, s: number, e: number, wholeIfNone: boolean, out: Capture[]): Capture[] {
  const n = ms.level === 0 && wholeIfNone ? 1 : ms.level;
  for (let i = 0; i < n; i++) out.push(oneCapture(ms, i, s, e));
  return out;
}

// ---------------------------------------------------------------------------------------
// Library-level operations
// ---------------------------------------------------------------------------------------

/** posrelat of lstrlib.c: relative string position (negative counts from the end). */
export function posrelat(pos: number, len: number): number {
  if (pos < 0) pos += len + 1;
  return pos >= 0 ? pos : 0;
}

/** strpbrk(p, SPECIALS) == NULL on the C string p: no pattern-special characters. */
export function hasNoSpecials(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    switch (p.charCodeAt(i)) {
      case 0: return true; // end of the C string
      case 94: case 36: case 42: case 43: case 63: case 46: case 40: case 91: case 37: case 45:
        return false; // ^$*+?.([%-
      default:
    }
  }
  return true;
}

/** Result of a raw pattern search: 0-based start, exclusive end, explicit captures only. */
export interface PatternMatch {
  start: number;
  end: number;
  captures: Capture[];
}

/**
 * The byte a match must start with, when the first pattern item at p0 is a plain literal
 * that must occur at least once (no '*', '?', '-' after it); else -1. Positions where the
 * subject has another byte fail at that first item in match() without raising anything,
 * so skipping them with indexOf is unobservable.
 */
function firstLiteral(ms: MatchState, p0: number): number {
  if (p0 >= ms.patLen) return -1;
  const c = ms.pat.charCodeAt(p0);
  switch (c) {
    case 94: case 36: case 42: case 43: case 63: case 46: case 40: case 41: case 91: case 37: case 45:
      return -1; // ^$*+?.()[%-
    default: {
      const next = pc(ms, p0 + 1);
      return next === 42 || next === 63 || next === 45 ? -1 : c;
    }
  }
}

/** End of the last match found by `search` (0-based, exclusive). */
let matchEnd = 0;

/**
 * The do/while loop of str_find_aux (and the scan of gmatch_aux): the first position
 * s1 >= init where the pattern (from p0) matches, trying s1 = init..len, or only init
 * when anchored. Returns s1 and sets `matchEnd`, or -1.
 */
function search(ms: MatchState, init: number, p0: number, anchor: boolean): number {
  const srcLen = ms.srcLen;
  let s1 = init;
  if (anchor) {
    ms.level = 0;
    const e = doMatch(ms, s1, p0);
    if (e < 0) return -1;
    matchEnd = e;
    return s1;
  }
  const lit = firstLiteral(ms, p0);
  const litChar = lit >= 0 ? String.fromCharCode(lit) : '';
  for (; s1 <= srcLen; s1++) {
    if (lit >= 0 && ms.src.charCodeAt(s1) !== lit) {
      s1 = ms.src.indexOf(litChar, s1);
      if (s1 < 0) return -1;
    }
    ms.level = 0;
    const e = doMatch(ms, s1, p0);
    if (e >= 0) {
      matchEnd = e;
      return s1;
    }
  }
  return -1;
}

function isAnchored(ms: MatchState): boolean {
  return ms.patLen > 0 && ms.pat.charCodeAt(0) === 94;
}

/**
 * Searches `pattern` in `src` from the 0-based offset `init` (0..len), like the loop of
 * str_find_aux: honours a leading '^' only when `anchorAllowed`. `captures` holds the
 * explicit captures (empty when the pattern has none).
 */
export function patternSearch(src: string, pattern: string, init: number, anchorAllowed: boolean): PatternMatch | null {
  const ms = acquire(src, pattern);
  try {
    const anchor = anchorAllowed && isAnchored(ms);
    const s1 = search(ms, init, anchor ? 1 : 0, anchor);
    if (s1 < 0) return null;
    const e = matchEnd;
    return { start: s1, end: e, captures: captures(ms, s1, e, false, []) };
  } finally {
    release(ms);
  }
}

/** find/match init argument: posrelat(init) - 1, clamped to [0, len] (str_find_aux). */
function findInit(init: number | undefined, len: number): number {
  let i = posrelat(init ?? 1, len) - 1;
  if (i < 0) i = 0;
  else if (i > len) i = len;
  return i;
}

/**
 * string.find(s, p, init, plain) of 5.1.5. Returns the Lua results:
 * [start, end, ...captures] (1-based, inclusive end), or null for nil.
 * `init` is the already-converted integer (luaL_optinteger); `plain` is lua_toboolean.
 */
export function strFind(s: string, p: string, init?: number, plain = false): Capture[] | null {
  const i = findInit(init, s.length);
  if (plain || hasNoSpecials(p)) {
    // lmemfind: plain search with the full pattern length (NULs included)
    const at = s.indexOf(p, i);
    return at < 0 ? null : [at + 1, at + p.length];
  }
  const ms = acquire(s, p);
  try {
    const anchor = isAnchored(ms);
    const s1 = search(ms, i, anchor ? 1 : 0, anchor);
    if (s1 < 0) return null;
    const e = matchEnd;
    return captures(ms, s1, e, false, [s1 + 1, e]);
  } finally {
    release(ms);
  }
}

/**
 * string.match(s, p, init) of 5.1.5: the captures (or the whole match), or null for nil.
 */
export function strMatch(s: string, p: string, init?: number): Capture[] | null {
  const i = findInit(init, s.length);
  const ms = acquire(s, p);
  try {
    const anchor = isAnchored(ms);
    const s1 = search(ms, i, anchor ? 1 : 0, anchor);
    if (s1 < 0) return null;
    return captures(ms, s1, matchEnd, true, []);
  } finally {
    release(ms);
  }
}

/**
 * State of a string.gmatch iterator (the three upvalues of gmatch_aux: s, p, position).
 * Call `gmatchNext` for each iteration.
 */
export interface GmatchState {
  readonly src: string;
  readonly pattern: string;
  /** 0-based position where the next search starts (upvalue 3). */
  pos: number;
}

export function gmatchState(src: string, pattern: string): GmatchState {
  return { src, pattern, pos: 0 };
}

/**
 * gmatch_aux: the next match's captures (whole match when none), or null when done.
 * '^' is an ordinary character here (5.1).
 */
export function gmatchNext(st: GmatchState): Capture[] | null {
  if (st.pos > st.src.length) return null;
  const ms = acquire(st.src, st.pattern);
  try {
    const src = search(ms, st.pos, 0, false);
    if (src < 0) return null;
    const e = matchEnd;
    st.pos = e === src ? e + 1 : e; // empty match? go at least one position
    return captures(ms, src, e, true, []);
  } finally {
    release(ms);
  }
}

/**
 * A function replacement for gsub: receives the captures (the whole match when the
 * pattern has none) and returns the replacement, or null to keep the original text
 * (the binding layer maps nil/false to null, strings and numbers to their string form,
 * and raises `invalidReplacementMessage(type)` for anything else).
 */
export type GsubFunction = (captures: Capture[]) => string | null;
/** A table replacement: looked up with the first capture (or the whole match). */
export interface GsubTable {
  lookup(key: Capture): string | null;
}
export type GsubReplacement = string | GsubFunction | GsubTable;

/** add_value's error for a replacement value that is not a string or number. */
export function invalidReplacementMessage(typeName: string): string {
  return `invalid replacement value (a ${typeName})`;
}

/** Position captures as text in a replacement string: luaL_addvalue of a number. */
function captureText(c: Capture): string {
  return typeof c === 'number' ? String(c) : c;
}

/** add_s: the expansion of a replacement string for the match [s, e). */
function expandString(ms: MatchState, repl: string, s: number, e: number): string {
  let i = repl.indexOf('%');
  if (i < 0) return repl;
  const l = repl.length;
  let out = '';
  let from = 0;
  while (i >= 0) {
    if (i > from) out += repl.slice(from, i);
    i++; // skip ESC
    // reading past the end reads the terminating '\0' of the C string (copied as a byte)
    const c = i < l ? repl.charCodeAt(i) : 0;
    if (c < 48 || c > 57) out += String.fromCharCode(c);
    else if (c === 48) out += ms.src.slice(s, e);
    else out += captureText(oneCapture(ms, c - 49, s, e));
    from = i + 1;
    i = from < l ? repl.indexOf('%', from) : -1;
  }
  if (from < l) out += repl.slice(from);
  return out;
}

/**
 * Per unanchored pattern: the bytes it accepts when it is a single one-byte item (singlematch
 * of every byte), or null for any other pattern. Found where do_match would first read the
 * pattern (singleItemEnd raises a malformed pattern's error), then cached.
 */
const ONE_BYTE_SETS = new Map<string, Uint8Array | null>();

function oneByteSet(ms: MatchState, pat: string): Uint8Array | null {
  let t = ONE_BYTE_SETS.get(pat);
  if (t === undefined) {
    const ep = singleItemEnd(ms, 0);
    t = null;
    if (ep >= 0) {
      t = new Uint8Array(256);
      for (let c = 0; c < 256; c++) if (singleMatch(ms, c, 0, ep)) t[c] = 1;
    }
    if (ONE_BYTE_SETS.size >= 256) ONE_BYTE_SETS.clear();
    ONE_BYTE_SETS.set(pat, t);
  }
  return t;
}

/**
 * string.gsub(s, p, repl, n) core of 5.1.5 (str_gsub). `maxN` is the already-converted
 * luaL_optint value (default len+1). Returns [result, number of matches].
 */
export function strGsub(src: string, p: string, repl: GsubReplacement, maxN?: number): [string, number] {
  const srcl = src.length;
  const maxS = maxN ?? srcl + 1;
  const ms = acquire(src, p);
  try {
    const anchor = ms.patLen > 0 && p.charCodeAt(0) === 94;
    const p0 = anchor ? 1 : 0;
    let n = 0;
    let s = 0;
    let copyFrom = 0; // start of source text not yet copied to `out`
    let out = ''; // V8 builds a rope: cheaper than array push + join for many pieces
    const lit = anchor ? -1 : firstLiteral(ms, p0);
    const litChar = lit >= 0 ? String.fromCharCode(lit) : '';
    let single = -2; // singleItemEnd, found where do_match would first read the pattern
    let members: Uint8Array | null = null;
    while (n < maxS) {
      if (lit >= 0 && src.charCodeAt(s) !== lit) {
        // no match can start before the next occurrence of the first literal
        const next = src.indexOf(litChar, s);
        if (next < 0) break;
        s = next;
      }
      ms.level = 0;
      if (single === -2) {
        if (anchor) single = singleItemEnd(ms, p0);
        else {
          members = oneByteSet(ms, p);
          single = members === null ? -1 : 1;
        }
      }
      let e: number;
      if (members !== null) {
        // a one-byte pattern: the next byte it accepts is the next match
        while (s < srcl && members[src.charCodeAt(s)] === 0) s++;
        if (s >= srcl) break;
        e = s + 1;
      } else {
        e = single < 0 ? doMatch(ms, s, p0) : s < srcl && singleMatch(ms, src.charCodeAt(s), p0, single) ? s + 1 : -1;
      }
      if (e >= 0) {
        n++;
        // add_value
        if (s > copyFrom) out += src.slice(copyFrom, s);
        if (typeof repl === 'string') {
          out += expandString(ms, repl, s, e);
        } else {
          let r: string | null;
          if (typeof repl === 'function') r = repl(captures(ms, s, e, true, []));
          else r = repl.lookup(oneCapture(ms, 0, s, e));
          out += r === null ? src.slice(s, e) : r;
        }
        copyFrom = e;
      }
      if (e >= 0 && e > s) s = e; // non empty match: skip it
      else if (s < srcl) s++; // the char at s stays in the pending copy [copyFrom, ...)
      else break;
      if (anchor) break;
    }
    if (n === 0) return [src, 0];
    if (copyFrom < srcl) out += src.slice(copyFrom);
    return [out, n];
  } finally {
    release(ms);
  }
}
