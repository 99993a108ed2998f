/**
 * Redis sds.c sdssplitargs: split an inline command line into arguments with
 * Redis's quoting rules. Returns null on unbalanced quotes (or a closing quote
 * not followed by a space or the end). The input stops at the first NUL byte
 * (Redis scans a C string).
 */
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
// C isspace: space \t \n \v \f \r
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

export function splitArgs(input: string): string[] | null {
  const z = input.indexOf('\0');
  const line = z >= 0 ? input.slice(0, z) : input;
  const out: string[] = [];
  let p = 0;
  const at = (i: number): string | undefined => (i < line.length ? line[i] : undefined);
  for (;;) {
    while (isSpace(at(p))) p++;
    if (at(p) === undefined) return out;
    let inq = false;
    let insq = false;
    let done = false;
    let cur = '';
    while (!done) {
      const c = at(p);
      if (inq) {
        if (c === '\\' && at(p + 1) === 'x' && isHex(at(p + 2)) && isHex(at(p + 3))) {
          cur += String.fromCharCode(parseInt(`${at(p + 2)}${at(p + 3)}`, 16));
          p += 3;
        } else if (c === '\\' && at(p + 1) !== undefined) {
          p++;
          const e = at(p);
          cur += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === 'b' ? '\b' : e === 'a' ? '\x07' : (e ?? '');
        } else if (c === '"') {
          // closing quote must be followed by a space or nothing at all
          if (at(p + 1) !== undefined && !isSpace(at(p + 1))) return null;
          done = true;
        } else if (c === undefined) {
          return null; // unterminated quotes
        } else {
          cur += c;
        }
      } else if (insq) {
        if (c === '\\' && at(p + 1) === "'") {
          p++;
          cur += "'";
        } else if (c === "'") {
          if (at(p + 1) !== undefined && !isSpace(at(p + 1))) return null;
          done = true;
        } else if (c === undefined) {
          return null;
        } else {
          cur += c;
        }
      } else {
        switch (c) {
          case ' ':
          case '\n':
          case '\r':
          case '\t':
          case undefined:
            done = true;
            break;
          case '"':
            inq = true;
            break;
          case "'":
            insq = true;
            break;
          default:
            cur += c;
        }
      }
      if (at(p) !== undefined) p++;
    }
    out.push(cur);
  }
}
