import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PatternError, gmatchNext, gmatchState, patternSearch, strFind, strGsub, strMatch,
  type Capture, type GsubReplacement,
} from './lpattern.js';
import { luaQuote, runCases, type CaseResult, type LuaValue, runs } from './testing/lua51.js';

type Got = { values: LuaValue[] } | { error: string };

function run(f: () => LuaValue[] | null): Got {
  try {
    const r = f();
    return { values: r === null ? [null] : r };
  } catch (e) {
    if (e instanceof PatternError) return { error: e.message };
    throw e;
  }
}

/** Lua-side helpers mirrored below in JS. */
const SETUP = `
function GM(s, p)
  local out, n = {}, 0
  for a, b, c in string.gmatch(s, p) do
    out[#out+1] = '<' .. tostring(a) .. ',' .. tostring(b) .. ',' .. tostring(c) .. '>'
    n = n + 1
    if n > 60 then break end
  end
  return table.concat(out)
end
function FN(...)
  local t = {...}
  if t[1] == 'a' then return false end
  if t[1] == 'b' then return nil end
  if t[1] == 'c' then return 7 end
  for i = 1, select('#', ...) do t[i] = tostring(t[i]) end
  return '<' .. table.concat(t, ',') .. '>'
end
TB = { a = 'A', b = false, x = 'X', [2] = 'two', ['2'] = 'stwo' }
`;

function jsGM(s: string, p: string): LuaValue[] {
  const st = gmatchState(s, p);
  const out: string[] = [];
  let n = 0;
  for (let r = gmatchNext(st); r !== null; r = gmatchNext(st)) {
    const t = (i: number): string => (r[i] === undefined ? 'nil' : String(r[i]));
    out.push(`<${t(0)},${t(1)},${t(2)}>`);
    if (++n > 60) break;
  }
  return [out.join('')];
}

const FN = (caps: Capture[]): string | null => {
  if (caps[0] === 'a' || caps[0] === 'b') return null;
  if (caps[0] === 'c') return '7';
  return '<' + caps.map(String).join(',') + '>';
};
const TB: GsubReplacement = {
  lookup(k: Capture): string | null {
    if (typeof k === 'number') return k === 2 ? 'two' : null;
    return k === 'a' ? 'A' : k === 'x' ? 'X' : k === '2' ? 'stwo' : null;
  },
};

interface Case { lua: string; js: () => Got }

function caseFor(kind: number, s: string, p: string, init: number, repl: string, maxN: number): Case {
  const S = luaQuote(s);
  const P = luaQuote(p);
  switch (kind) {
    case 0: return { lua: `string.find, ${S}, ${P}, ${init}`, js: () => run(() => strFind(s, p, init)) };
    case 1: return { lua: `string.find, ${S}, ${P}, ${init}, true`, js: () => run(() => strFind(s, p, init, true)) };
    case 2: return { lua: `string.match, ${S}, ${P}, ${init}`, js: () => run(() => strMatch(s, p, init)) };
    case 3: return { lua: `GM, ${S}, ${P}`, js: () => run(() => jsGM(s, p)) };
    case 4: return { lua: `string.gsub, ${S}, ${P}, ${luaQuote(repl)}`, js: () => run(() => strGsub(s, p, repl)) };
    case 5: return { lua: `string.gsub, ${S}, ${P}, ${luaQuote(repl)}, ${maxN}`, js: () => run(() => strGsub(s, p, repl, maxN)) };
    case 6: return { lua: `string.gsub, ${S}, ${P}, FN`, js: () => run(() => strGsub(s, p, FN)) };
    default: return { lua: `string.gsub, ${S}, ${P}, TB`, js: () => run(() => strGsub(s, p, TB)) };
  }
}

function norm(r: CaseResult | Got): string {
  // errors raised inside the gmatch iterator carry the calling Lua line ("stdin:NN: "),
  // as luaL_error prefixes the location of level 1 (the caller); the binding adds it.
  if ('error' in r) return JSON.stringify({ error: r.error.replace(/^stdin:\d+: /, '') });
  return JSON.stringify(r);
}

function compare(cases: Case[]): void {
  const exp = runCases(cases.map((c) => c.lua), SETUP);
  const bad: unknown[] = [];
  cases.forEach((c, i) => {
    const got = c.js();
    const e = exp[i]!;
    if (norm(got) !== norm(e)) bad.push({ call: c.lua, got, exp: e });
  });
  if (process.env['TEXT_STATS']) {
    const errs = exp.filter((e) => 'error' in e).length;
    const nils = exp.filter((e) => 'values' in e && e.values.length === 1 && e.values[0] === null).length;
    console.log(`pattern cases: ${cases.length}, errors: ${errs}, nil: ${nils}`);
  }
  expect(bad.slice(0, 20)).toEqual([]);
}

const FIXED: [string, string][] = [
  ['abc', 'x['], ['abc', 'a['], ['abc', '%'], ['abc', '(a'], ['abc', 'a)'], ['abc', 'a()'], ['abc', '%1'], ['abc', '%b'], ['abc', '%ba'],
  ['abc', '%f'], ['abc', '%fa'], ['abc', '%f[b]'], ['THE (quick) fox', '%f[%a]%a+'], ['THE (quick) fox', '%b()'], ['a\0b', '\0b'],
  ['a\0b.', '\0b.'], ['a\0b', '%z'], ['a\0b', '[%z]'], ['a\0b', '%Z+'], ['hello world', '(o)(.-)%1'], ['hello', '()ll()'],
  ['aaa', '((((((((((((((((((((((((((((((((a'], ['aaa', '()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()'],
  ['abc', '[]'], ['abc', '[]]'], ['a]c', '[]]'], ['a-c', '[a-]'], ['a-c', '[%a-]+'], ['abc', '[^]'], ['abc', '[^]]+'],
  ['x^y', '^x'], ['x^y', 'x^y'], ['x$y', 'x$y'], ['xy', 'y$'], ['', ''], ['', '^$'], ['abc', ''], ['abc', '^'], ['abc', '$'],
  ['  x  ', '^%s*(.-)%s*$'], ['key = value', '(%w+)%s*=%s*(%w+)'], ['abc', '%w%1'], ['aa', '(a)%1'], ['aa', '()%1'],
  ['[[x]]', '%[(.*)%]'], ['abc', '.-'], ['abc', 'a-b'], ['abc', 'a?b?c?d?'], ['abc', '%x*'], ['\xff\x80a', '%a+'], ['\xff\x80a', '[\x80-\xff]+'],
  ['#!x', '%p+'], ['\t\n\v\f\r x', '%s+'], ['AbC', '%u%l%u'], ['a1_', '%W'], ['abc', '(a)(b)(c)'], ['abc', 'b*'], ['abc', '%.'],
  ['a.b', '.'], ['a+b', 'a+b'], ['a%b', 'a%%b'], ['ab', '(a(b))'], ['ab', '(a)(b'], ['ab', ')'], ['ab', 'a%'], ['ab', '[a'], ['ab', '[a%'],
];

describe('lpattern vs lua5.1 (find, match, gmatch, gsub)', () => {
  it('fixed patterns x every operation', () => {
    const cases: Case[] = [];
    for (const [s, p] of FIXED) {
      for (let kind = 0; kind < 8; kind++) {
        for (const init of kind <= 2 ? [1, -2, 3, 10, -10, 0] : [1]) {
          cases.push(caseFor(kind, s, p, init, kind === 4 ? '[%0|%1|%%|%a]%' : '%1-%0', 2));
        }
      }
    }
    compare(cases);
  });

  it('property: random patterns over a small alphabet (fixed seed)', () => {
    const token = fc.constantFrom(
      'a', 'b', 'x', '(', ')', '()', '.', '%a', '%d', '%s', '%w', '%A', '%b()', '%bab', '%f[a]', '%f[%w]', '%f[^a]', '[ab]', '[^a]',
      '[a-c]', '[%a%d]', '*', '+', '-', '?', '^', '$', '%1', '%2', '%0', '%', '[', ']', '%%', ' ', '1',
    );
    const arb = fc.record({
      kind: fc.integer({ min: 0, max: 7 }),
      s: fc.array(fc.constantFrom('a', 'b', 'c', 'x', '(', ')', ' ', '1', '%', '\0'), { maxLength: 12 }).map((a) => a.join('')),
      p: fc.array(token, { maxLength: 7 }).map((a) => a.join('')),
      init: fc.integer({ min: -6, max: 15 }),
      repl: fc.array(fc.constantFrom('%0', '%1', '%2', 'y', '%%', '%', '%a', '\0'), { maxLength: 4 }).map((a) => a.join('')),
      maxN: fc.integer({ min: -1, max: 4 }),
    });
    const samples = fc.sample(arb, runs(2024, 6000));
    compare(samples.map((c) => caseFor(c.kind, c.s, c.p, c.init, c.repl, c.maxN)));
  });

  it('property: longer patterns and subjects (fixed seed)', () => {
    const token = fc.constantFrom(
      'a', 'b', '(', ')', '()', '.', '%a', '%s', '%w', '%b()', '%f[%w]', '[ab]', '[^b]', '*', '+', '-', '?', '$', '%1', '(a*)', '(.-)', '(%w+)', '.-', 'a-', '%s*',
    );
    const arb = fc.record({
      kind: fc.integer({ min: 0, max: 7 }),
      s: fc.array(fc.constantFrom('a', 'b', 'ab', ' ', '(', ')', 'x', 'aa'), { maxLength: 20 }).map((a) => a.join('')),
      p: fc.array(token, { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
      init: fc.integer({ min: -3, max: 10 }),
      repl: fc.constantFrom('%0', '<%1>', '%2%1', 'z'),
      maxN: fc.integer({ min: 0, max: 5 }),
    });
    const samples = fc.sample(arb, runs(31, 4000));
    compare(samples.map((c) => caseFor(c.kind, c.s, c.p, c.init, c.repl, c.maxN)));
  });

  it('character classes on all 256 bytes (C locale ctype)', () => {
    const ALL = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
    const pats: string[] = [];
    for (const cl of 'acdlpsuwxzACDLPSUWXZ.%]-^$(') pats.push('%' + cl, '[%' + cl + ']', '[^%' + cl + ']');
    pats.push('[a-f]', '[\x80-\xff]', '[^\x01-\x7f]', '[%a_][%w_]*', '[]-]', '[a-]', '[-a]', '[%]]', '[^]]', '.');
    compare(pats.map((p) => caseFor(4, ALL, p, 1, '', 0)));
  });

  it('patternSearch gives 0-based bounds and explicit captures', () => {
    expect(patternSearch('hello world', '(o)(.-)%1', 0, true)).toEqual({ start: 4, end: 8, captures: ['o', ' w'] });
    expect(patternSearch('xab', '^a', 0, true)).toBeNull();
    expect(patternSearch('x^ab', '^a', 0, false)).toEqual({ start: 1, end: 3, captures: [] });
  });

  it('deep patterns do not overflow the JS stack', () => {
    const s = 'a'.repeat(50000);
    expect(strFind(s, 'a?'.repeat(50000) + '$')).toEqual([1, 50000]);
    expect(strMatch(s, '(a*)'.repeat(20) + '$')?.length).toBe(20);
    expect(strGsub(s, '.-a', 'b')[1]).toBe(50000);
  });
});
