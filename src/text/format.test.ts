import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FormatArgError, FormatError, luaFormat, quoteString, type FormatArgs } from './format.js';
import { formatNumber14g, NEG_NAN } from './printf.js';
import { str2number } from './str2number.js';
import { luaNumber, luaQuote, runCases, type LuaValue, runs } from './testing/lua51.js';

type Arg = string | number | boolean | null;

/** A FormatArgs over JS values, with luaL_checknumber / luaL_checklstring semantics. */
function argsOf(values: Arg[]): FormatArgs {
  const typeName = (v: Arg): string => (v === null ? 'nil' : typeof v === 'boolean' ? 'boolean' : typeof v);
  const at = (arg: number): Arg => values[arg - 2] ?? null;
  return {
    top: values.length + 1,
    number(arg) {
      const v = at(arg);
      if (typeof v === 'number') return v;
      if (typeof v === 'string') {
        const n = str2number(v);
        if (n !== undefined) return n;
      }
      throw new Error(`bad argument #${arg} to 'format' (number expected, got ${typeName(v)})`);
    },
    string(arg) {
      const v = at(arg);
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return formatNumber14g(v);
      throw new Error(`bad argument #${arg} to 'format' (string expected, got ${typeName(v)})`);
    },
  };
}

function jsRun(fmt: string, values: Arg[]): { values: LuaValue[] } | { error: string } {
  try {
    return { values: [luaFormat(fmt, argsOf(values))] };
  } catch (e) {
    if (e instanceof FormatError || e instanceof FormatArgError || e instanceof Error) return { error: e.message };
    throw e;
  }
}

function luaArg(v: Arg): string {
  if (v === null) return 'nil';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return luaNumber(v);
  return luaQuote(v);
}

function compare(cases: [string, Arg[]][]): void {
  const exp = runCases(cases.map(([f, vs]) => ['string.format', luaQuote(f), ...vs.map(luaArg)].join(', ')));
  const bad: unknown[] = [];
  cases.forEach(([f, vs], i) => {
    let e = exp[i]!;
    if ('error' in e) e = { error: e.error.replace("to '?'", "to 'format'") };
    const got = jsRun(f, vs);
    if (JSON.stringify(got) !== JSON.stringify(e)) bad.push({ f, vs, got, exp: e });
  });
  if (process.env['TEXT_STATS']) {
    const errs = exp.filter((e) => 'error' in e).length;
    console.log(`format cases: ${cases.length}, errors: ${errs}`);
  }
  expect(bad.slice(0, 20)).toEqual([]);
}

const ALL_BYTES = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');

describe('luaFormat vs lua5.1 string.format', () => {
  it('parsing, errors and argument order', () => {
    compare([
      ['%y', [1]], ['%y', []], ['abc%', []], ['abc%', [1]], ['%', [1]], ['%5', [1]], ['%--+ #0d', [1]], ['%-+ #0d', [1]],
      ['%100d', [1]], ['%.100d', [1]], ['%1.1.1d', [1]], ['%d', ['12']], ['%d', ['x']], ['%d', [true]], ['%s', [12]],
      ['%s', [true]], ['%s', []], ['%d %d', [1]], ['%%', []], ['%%%d', [3]], ['a%%b%%', []], ['%ld', [5]], ['%5.q', ['x']],
      ['%c', [0]], ['%5c|', [0]], ['%-5c|', [0]], ['x%cy', [0]], ['%c%c%c', [76, 117, 97]], ['%c', [256 + 65]], ['%c', [-191]],
      ['%\0', [1]], ['a\0b%dc\0', [5]], ['%s', ['a\0b']], ['%5s|', ['a\0b']], ['%.1s|', ['\0b']], ['%10.3s|', ['abcdef']],
      ['%s', ['x'.repeat(99) + '\0y']], ['%s', ['x'.repeat(100) + '\0y']], ['%5s', ['y'.repeat(100)]], ['%.200s', ['z']],
      ['%-120s|', ['w'.repeat(100)]], ['%.99s', ['v'.repeat(150)]], ['%99.5s|', ['abcdefgh']], ['%q', [ALL_BYTES]],
      ['%q', [1 / 3]], ['%q', ['\r\n\0\\"']],
      ['%5.2f|%-8d|%+.3e|%x|%X|%o|%g|%G|%i|%u', [3.14159, -42, 12345.678, 255, 255, 8, 1e20, 1e-20, 7, 42]],
      ['%d', [2 ** 63]], ['%d', [-(2 ** 63)]], ['%d', [1e300]], ['%d', [NEG_NAN]], ['%x', [-1]], ['%5.3s%%%-4d|', ['hello', 7]],
      ['%s %s', ['1', 2.5]], ['%.14g', [0.1]], ['%.3f', ['1e2']], ['%e', ['0x10']], ['%#', [1]], ['%0', [1]], ['% ', [1]],
    ]);
  });

  it('quoteString matches %q for every byte', () => {
    const exp = runCases([`string.format, "%q", ${luaQuote(ALL_BYTES)}`]);
    expect({ values: [quoteString(ALL_BYTES)] }).toEqual(exp[0]);
  });

  it('property: random format strings (fixed seed)', () => {
    const item = fc.oneof(
      fc.constantFrom('a', ' ', '%%', '\0', 'x=', '%'),
      fc.tuple(
        fc.array(fc.constantFrom('-', '+', ' ', '#', '0'), { maxLength: 6 }).map((a) => a.join('')),
        fc.constantFrom('', '5', '12', '099', '1'),
        fc.constantFrom('', '.', '.0', '.3', '.12', '.123'),
        fc.constantFrom('d', 'i', 'u', 'o', 'x', 'X', 'c', 'e', 'E', 'f', 'g', 'G', 's', 'q', 'y', 'l', ''),
      ).map(([f, w, p, c]) => `%${f}${w}${p}${c}`),
    );
    const arbArg = fc.oneof(
      fc.double(),
      fc.integer({ min: -1000, max: 100000 }),
      fc.constantFrom('abc', '', 'a\0b', '12', ' 0x1F ', 'x'.repeat(120), 'q"\\\n\r', true, null),
    );
    const samples = fc.sample(
      fc.tuple(fc.array(item, { maxLength: 4 }).map((a) => a.join('')), fc.array(arbArg, { maxLength: 4 })),
      runs(77, 3000),
    ) as [string, Arg[]][];
    compare(samples);
  });
});
