import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { luaStrCmp, strByte, strChar, strLower, strRep, strReverse, strSub, strUpper } from './lstrings.js';
import { luaQuote, runCases, type LuaValue, runs } from './testing/lua51.js';

const ALL = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');

describe('lstrings vs lua5.1', () => {
  it('upper/lower/reverse on all bytes and random byte strings', () => {
    const strs = [ALL, '', 'Hello, World!', ...fc.sample(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 30 }).map((a) => String.fromCharCode(...a)), runs(5, 200))];
    const calls: string[] = [];
    const got: LuaValue[][] = [];
    for (const s of strs) {
      calls.push(`string.upper, ${luaQuote(s)}`, `string.lower, ${luaQuote(s)}`, `string.reverse, ${luaQuote(s)}`);
      got.push([strUpper(s)], [strLower(s)], [strReverse(s)]);
    }
    expect(runCases(calls).map((r) => ('values' in r ? r.values : r))).toEqual(got);
  });

  it('sub/byte/rep/char index rules', () => {
    const s = 'abcdef';
    const idx = [-10, -7, -6, -1, 0, 1, 2, 5, 6, 7, 100];
    const calls: string[] = [];
    const got: LuaValue[][] = [];
    for (const i of idx) {
      calls.push(`string.sub, "${s}", ${i}`);
      got.push([strSub(s, i)]);
      calls.push(`string.byte, "${s}", ${i}`);
      got.push(strByte(s, i));
      for (const j of idx) {
        calls.push(`string.sub, "${s}", ${i}, ${j}`);
        got.push([strSub(s, i, j)]);
        calls.push(`string.byte, "${s}", ${i}, ${j}`);
        got.push(strByte(s, i, j));
      }
    }
    for (const n of [-1, 0, 1, 3]) {
      calls.push(`string.rep, "ab", ${n}`);
      got.push([strRep('ab', n)]);
    }
    calls.push('string.char, 0, 65, 255', 'string.char');
    got.push([strChar([0, 65, 255]) as string], [strChar([]) as string]);
    expect(runCases(calls).map((r) => ('values' in r ? r.values : r))).toEqual(got);
    expect(strChar([65, 256])).toBe(1);
    expect(strChar([-1])).toBe(0);
  });

  it('luaStrCmp orders like lua5.1 string comparison (l_strcmp, C locale)', () => {
    const str = fc.array(fc.constantFrom(0, 1, 97, 98, 127, 128, 255), { maxLength: 5 }).map((a) => String.fromCharCode(...a));
    const pairs = fc.sample(fc.tuple(str, str), runs(8, 1500));
    const exp = runCases(pairs.map(([a, b]) => `function(a, b) return a < b, a <= b end, ${luaQuote(a)}, ${luaQuote(b)}`));
    const got = pairs.map(([a, b]) => ({ values: [luaStrCmp(a, b) < 0, luaStrCmp(a, b) <= 0] }));
    expect(got).toEqual(exp);
  });
});
