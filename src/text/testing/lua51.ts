/**
 * Test support: run the reference interpreter /usr/bin/lua5.1 and read back values.
 * Used only by src/text/*.test.ts. Expected values always come from lua5.1 itself.
 */
import { spawnSync } from 'node:child_process';
import { signBit } from '../printf.js';

export const LUA51 = process.env['LUA51'] ?? 'lua5.1';

let available: boolean | undefined;
export function lua51Available(): boolean {
  if (available === undefined) {
    const r = spawnSync(LUA51, ['-v'], { encoding: 'latin1' });
    available = r.status === 0;
  }
  return available;
}

/** Runs a Lua chunk on lua5.1 (source given as a byte string), returns stdout as bytes. */
export function runLua(source: string): string {
  if (!lua51Available()) {
    throw new Error(`reference interpreter '${LUA51}' not found: apt-get install -y lua5.1`);
  }
  const r = spawnSync(LUA51, ['-'], {
    input: Buffer.from(source + '\n', 'latin1'),
    maxBuffer: 1 << 28,
    env: { ...process.env, LC_ALL: 'C' },
  });
  if (r.status !== 0) {
    throw new Error(`lua5.1 failed (${String(r.status)}): ${r.stderr.toString('latin1')}`);
  }
  return r.stdout.toString('latin1');
}

/** A Lua string literal for an arbitrary byte string. */
export function luaQuote(s: string): string {
  const out: string[] = ['"'];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || c > 126) {
      // always three digits so a following digit is not absorbed
      out.push('\\' + String(c).padStart(3, '0'));
    } else out.push(s[i]!);
  }
  out.push('"');
  return out.join('');
}

/** A Lua numeric literal for a JS number (exact). */
export function luaNumber(n: number): string {
  // NaN: 0/0 is computed at run time on x86-64 (5.1 does not fold NaN) and has the sign
  // bit set; its negation has it clear.
  if (n !== n) return signBit(n) ? '(0/0)' : '(-(0/0))';
  if (n === Infinity) return '(1/0)';
  if (n === -Infinity) return '(-1/0)';
  if (n === 0 && 1 / n < 0) return 'NEGZERO'; // a literal -0 would be folded to 0
  return '(' + n.toPrecision(17) + ')';
}

/**
 * Lua prelude defining `emit(v)` which writes one value as a tagged, length-prefixed
 * record: n (nil), t/f (boolean), N<len>:<%.17g> (number), S<len>:<bytes> (string),
 * E<len>:<message> (error, when used with `emitpcall`). `endcase()` writes a newline.
 */
export const EMIT_PRELUDE = `
local __zero = 0
NEGZERO = -__zero
local __w = io.write
local __fmt = string.format
function emit(v)
  local t = type(v)
  if t == 'nil' then __w('n')
  elseif t == 'boolean' then __w(v and 't' or 'f')
  elseif t == 'number' then local s = __fmt('%.17g', v) __w('N', #s, ':', s)
  elseif t == 'string' then __w('S', #v, ':', v)
  else local s = tostring(v) __w('S', #s, ':', s) end
end
function emitall(...)
  local n = select('#', ...)
  __w('#', n, ':')
  for i = 1, n do emit((select(i, ...))) end
end
local function __pack(...) return { n = select('#', ...), ... } end
function emitpcall(f, ...)
  local r = __pack(pcall(f, ...))
  if r[1] then emitall(unpack(r, 2, r.n))
  else local m = tostring(r[2]) __w('E', #m, ':', m) end
end
function endcase() __w('\\n') end
`;

export type LuaValue = null | boolean | number | string;
/** One case's output: a list of values, or an error message. */
export type CaseResult = { values: LuaValue[] } | { error: string };

function parseNumber(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

/**
 * Joins Lua statements, wrapping each group of 200 in its own function so that no single
 * function exceeds lua5.1's per-function limits (constants, locals, code size).
 */
export function chunked(statements: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < statements.length; i += 200) {
    out.push('do local __chunk = function()\n' + statements.slice(i, i + 200).join('\n') + '\nend __chunk() end');
  }
  return out.join('\n');
}

/** Parses the records written by emit/emitall/emitpcall, one case per line. */
export function parseCases(out: string): CaseResult[] {
  const results: CaseResult[] = [];
  let i = 0;
  let cur: LuaValue[] = [];
  let err: string | null = null;
  const readLen = (): number => {
    const colon = out.indexOf(':', i);
    const n = Number(out.slice(i, colon));
    i = colon + 1;
    return n;
  };
  while (i < out.length) {
    const tag = out[i++];
    switch (tag) {
      case '\n':
        results.push(err !== null ? { error: err } : { values: cur });
        cur = [];
        err = null;
        break;
      case 'n': cur.push(null); break;
      case 't': cur.push(true); break;
      case 'f': cur.push(false); break;
      case '#': readLen(); break;
      case 'N': { const n = readLen(); cur.push(parseNumber(out.slice(i, i + n))); i += n; break; }
      case 'S': { const n = readLen(); cur.push(out.slice(i, i + n)); i += n; break; }
      case 'E': { const n = readLen(); err = out.slice(i, i + n); i += n; break; }
      default: throw new Error(`bad record tag ${JSON.stringify(tag)} at ${i - 1}`);
    }
  }
  return results;
}

/**
 * Runs `calls` (Lua expressions producing a call, e.g. `string.format, "%d", 3`) each
 * through emitpcall and returns one CaseResult per call.
 */
export function runCases(calls: string[], setup = ''): CaseResult[] {
  const body = chunked(calls.map((c) => `emitpcall(${c}) endcase()`));
  const out = runLua(EMIT_PRELUDE + setup + '\n' + body);
  const res = parseCases(out);
  if (res.length !== calls.length) throw new Error(`expected ${calls.length} results, got ${res.length}`);
  return res;
}

/**
 * Property-run settings: fixed seeds by default; TEXT_FUZZ_SEED / TEXT_FUZZ_SCALE let a
 * longer fuzzing campaign run the same properties with other seeds and more runs.
 */
export function runs(seed: number, numRuns: number): { seed: number; numRuns: number } {
  const s = process.env['TEXT_FUZZ_SEED'];
  const k = Number(process.env['TEXT_FUZZ_SCALE'] ?? '1');
  return { seed: s === undefined ? seed : seed + Number(s), numRuns: Math.max(1, Math.round(numRuns * k)) };
}
