import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { str2number, str2numberBase } from './str2number.js';
import { signBit } from './printf.js';
import { chunked, luaQuote, runLua, EMIT_PRELUDE, parseCases, type CaseResult, runs } from './testing/lua51.js';

/** Runs tonumber on lua5.1 for each input, returning the number (or undefined) and NaN sign. */
function luaToNumber(inputs: string[], base?: number): { v: number | undefined; negNaN: boolean }[] {
  const b = base === undefined ? '' : `, ${base}`;
  const src = EMIT_PRELUDE + chunked(inputs.map((s) => {
    return `do local v = tonumber(${luaQuote(s)}${b}) emit(v) if v ~= v then emit(tostring(v)) end end endcase()`;
  }));
  const res: CaseResult[] = parseCases(runLua(src));
  return res.map((r) => {
    if ('error' in r) throw new Error(r.error);
    const v = r.values[0];
    return { v: v === null ? undefined : (v as number), negNaN: r.values[1] === '-nan' };
  });
}

function compare(inputs: string[], base?: number): void {
  const exp = luaToNumber(inputs, base);
  const bad: unknown[] = [];
  inputs.forEach((s, i) => {
    const got = base === undefined ? str2number(s) : str2numberBase(s, base);
    const e = exp[i]!;
    const same = got === undefined || e.v === undefined
      ? got === e.v
      : Number.isNaN(got) ? Number.isNaN(e.v) && signBit(got) === e.negNaN : Object.is(got, e.v);
    if (!same) bad.push({ s, got, exp: e.v });
  });
  expect(bad).toEqual([]);
}

const FIXED = [
  '', ' ', '0', '-0', '+0', '10', ' 10 ', '\t10\n', '10\0', '10\0x', '\v\f\r10', '1e', '1e+', '1e5', '1E-5', '.5', '5.', '.', '-.5e1',
  'inf', 'INF', '-inf', 'infinity', 'Infinity', 'infinit', 'in', 'nan', 'NaN', '-nan', 'nan(123)', 'nan(', 'nan()x', 'nanx',
  '0x', '0x1A', '0X1a', '  0x1A  ', '-0x10', '0x1p4', '0x1.8p1', '0x.8', '0x.', '0xg', '0x1P-1074', '0x1p-1075', '0x1.8p-1074',
  '0xfffffffffffffffffff', '0x1.fffffffffffff8p0', '1x5', '0x10x', '1 2', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324',
  '123456789012345678901234567890', '0.1', '00012', '1_000', '+-1', '--1', '+ 1', '1.5e+03 ', '0b101', '0o7', '\xa010', '10\xa0',
  '9007199254740993', '1.7976931348623157e308', '1.7976931348623159e308', '0x1.fffffffffffff7ffffffffffp0',
];

describe('str2number = luaO_str2d vs lua5.1 tonumber', () => {
  it('fixed inputs', () => compare(FIXED));
  it('property: random numerals and junk (fixed seed)', () => {
    const chars = fc.constantFrom(...'0123456789.eE+-xXpPaAfF \tinn'.split(''));
    const arb = fc.oneof(
      fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
      fc.double().map((d) => String(d)),
      fc.double().map((d) => d.toExponential()),
      fc.integer().map((i) => '0x' + (i >>> 0).toString(16)),
      fc.string({ maxLength: 8 }),
    );
    compare(fc.sample(arb, runs(7, 4000)));
  });
});

/** Exact decimal expansion of the midpoint between x > 0 and the next double up. */
function midpointDecimal(x: number): string {
  const f = new Float64Array([x]);
  const u = new BigUint64Array(f.buffer);
  const bits = u[0]!;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (expBits === 0) e2 = -1074;
  else { mant |= 1n << 52n; e2 = expBits - 1075; }
  // midpoint = (2*mant + 1) * 2^(e2-1)
  const m = 2n * mant + 1n;
  const e = e2 - 1;
  if (e >= 0) return (m << BigInt(e)).toString();
  // m / 2^-e = m * 5^-e / 10^-e
  const digits = (m * 5n ** BigInt(-e)).toString().padStart(-e + 1, '0');
  return digits.slice(0, digits.length + e) + '.' + digits.slice(digits.length + e);
}

describe('str2number rounding of long decimals (ties to even, like glibc strtod)', () => {
  it('exact midpoints and their neighbours', () => {
    const xs = fc.sample(fc.oneof(fc.double({ min: 1e-310, max: 1e300, noNaN: true }), fc.integer({ min: 1, max: 2 ** 30 }).map((i) => i * 2 ** 53)), runs(3, 400));
    const inputs: string[] = [];
    for (const x of xs) {
      if (!(x > 0) || !Number.isFinite(x)) continue;
      const m = midpointDecimal(x);
      inputs.push(m, m + '0000001', m.replace(/5$/, '49999'));
    }
    compare(inputs);
  });
});

describe('str2number hex floats (glibc strtod)', () => {
  it('property: random hex mantissas and binary exponents', () => {
    const hex = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789abcdefABCDEF'.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
    const arb = fc.tuple(fc.constantFrom('', '-', '+', ' '), fc.constantFrom('0x', '0X'), hex(0, 40), fc.option(hex(0, 40)),
      fc.option(fc.tuple(fc.constantFrom('p', 'P'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 1200 }))))
      .map(([sg, x, a, b, e]) => sg + x + a + (b === null ? '' : '.' + b) + (e === null ? '' : e[0] + e[1] + String(e[2])));
    compare(fc.sample(arb, runs(17, 3000)));
  });
});

describe('str2numberBase = luaB_tonumber(s, base) vs lua5.1', () => {
  it('fixed inputs', () => {
    const inputs = ['-1', 'ff', '0xff', '0x', ' -z ', 'fffffffffffffffffff', '-fffffffffffffffffff', '', '2', '+1', '1\0', ' 11 ', '1 1', 'Z', 'zz', '0x1g', '8000000000000001', '10000000000000000', 'ffffffffffffffff', '1fffffffffffff', '20000000000001'];
    for (const base of [2, 8, 16, 36]) compare(inputs, base);
  });
  it('property: random digits in random bases (fixed seed)', () => {
    const samples = fc.sample(
      fc.tuple(fc.constantFrom(2, 3, 7, 8, 11, 16, 35, 36), fc.array(fc.constantFrom(...'0123456789abcdefxyzXZ +-'.split('')), { maxLength: 24 }).map((a) => a.join(''))),
      runs(99, 2000),
    );
    const byBase = new Map<number, string[]>();
    for (const [b, s] of samples) byBase.set(b, [...(byBase.get(b) ?? []), s]);
    for (const [b, ss] of byBase) compare(ss, b);
  });
});
