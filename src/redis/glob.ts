/**
 * Redis util.c stringmatchlen: glob-style matching used by KEYS, SCAN MATCH,
 * PUBSUB patterns, FUNCTION LIST LIBRARYNAME... (`*`, `?`, `[...]` with `^`
 * and ranges, `\` escapes). Bytes compare as C `char` (signed) in ranges.
 */
const sc = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return 0;
  return c >= 128 ? c - 256 : c;
};
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

export function stringMatch(pattern: string, str: string, nocase = false): boolean {
  const skip = { v: false };
  return impl(pattern, 0, pattern.length, str, 0, str.length, nocase, skip);
}

function impl(pat: string, p: number, plen: number, s: string, si: number, slen: number, nocase: boolean, skip: { v: boolean }): boolean {
  while (plen > 0 && slen > 0) {
    const pc = pat[p];
    if (pc === '*') {
      while (plen > 0 && pat[p + 1] === '*') {
        p++;
        plen--;
      }
      if (plen === 1) return true;
      while (slen > 0) {
        if (impl(pat, p + 1, plen - 1, s, si, slen, nocase, skip)) return true;
        if (skip.v) return false;
        si++;
        slen--;
      }
      skip.v = true;
      return false;
    } else if (pc === '?') {
      si++;
      slen--;
    } else if (pc === '[') {
      p++;
      plen--;
      const not = pat[p] === '^';
      if (not) {
        p++;
        plen--;
      }
      let match = false;
      for (;;) {
        if (pat[p] === '\\' && plen >= 2) {
          p++;
          plen--;
          if (pat[p] === s[si]) match = true;
        } else if (pat[p] === ']') {
          break;
        } else if (plen === 0) {
          p--;
          plen++;
          break;
        } else if (plen >= 3 && pat[p + 1] === '-') {
          let start = sc(pat, p);
          let end = sc(pat, p + 2);
          let c = sc(s, si);
          if (start > end) [start, end] = [end, start];
          if (nocase) {
            start = lower(start);
            end = lower(end);
            c = lower(c);
          }
          p += 2;
          plen -= 2;
          if (c >= start && c <= end) match = true;
        } else if (!nocase) {
          if (pat[p] === s[si]) match = true;
        } else if (lower(sc(pat, p)) === lower(sc(s, si))) match = true;
        p++;
        plen--;
      }
      if (not) match = !match;
      if (!match) return false;
      si++;
      slen--;
    } else {
      if (pc === '\\' && plen >= 2) {
        p++;
        plen--;
      }
      if (!nocase) {
        if (pat[p] !== s[si]) return false;
      } else if (lower(sc(pat, p)) !== lower(sc(s, si))) return false;
      si++;
      slen--;
    }
    p++;
    plen--;
    if (slen === 0) {
      while (p < pat.length && pat[p] === '*') {
        p++;
        plen--;
      }
      break;
    }
  }
  return plen === 0 && slen === 0;
}
