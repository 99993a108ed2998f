import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FLAG_HASH, FLAG_MINUS, FLAG_PLUS, FLAG_SPACE, FLAG_ZERO, NEG_NAN, POS_NAN,
  formatDouble, formatInteger, formatNumber14g, generalBodyExact, parseFlags, type DoubleConv, type IntConv,
} from './printf.js';
import { luaNumber, luaQuote, runCases, type CaseResult, runs } from './testing/lua51.js';

function one(r: CaseResult): string {
  if ('error' in r) return `ERROR ${r.error}`;
  return String(r.values[0]);
}

const SPECIAL = [
  0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1e15, 1e16, 1e14, 99999999999999, 123456789012345,
  12345678901234.5, 1234567890123.25, 2 ** 53, 2 ** 63, -(2 ** 63), 2 ** 64, 1e100, 1e300, 1e308,
  1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-5, 1e-4, 0.0001234, 123456789012345678,
  -999999.9999999993, 999999.9999999992, 9.999999999999999e22, 99999999999999.99, 0.9999999999999999, 9.9999999999999995e-5,
  1 / 3, 2 / 3, 100, 1e21, 1e22, 1e23, 9.5, 0.95, 0.05, 0.25, 0.125, 1.25e-7, Infinity, -Infinity,
  NEG_NAN, POS_NAN, 3.7, -3.7, 255, 65, 322, -65, 2 ** 31, 2 ** 32 + 66, 4.35, 2.675, 1e-300,
];

describe('formatNumber14g (%.14g) vs lua5.1 tostring', () => {
  it('special values', () => {
    const res = runCases(SPECIAL.map((n) => `tostring, ${luaNumber(n)}`));
    const got = SPECIAL.map(formatNumber14g);
    expect(got).toEqual(res.map(one));
  });
  it('property: random doubles (fixed seed)', () => {
    const values = fc.sample(
      fc.oneof(
        fc.double({ noNaN: true }),
        fc.integer().map((i) => i / 8),
        fc.double({ min: -1e20, max: 1e20, noNaN: true }),
        fc.integer({ min: -20, max: 20 }).chain((e) => fc.integer({ min: 1, max: 99999 }).map((m) => m * 10 ** e)),
        fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map((b) => Number(b)),
        fc.double({ min: 1e-5, max: 1e15, noNaN: true }),
        fc.integer({ min: -1e6, max: 1e6 }).map((i) => i * 0.1),
        fc.integer({ min: 1, max: 1e6 }).map((i) => 1 / i),
        fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -3000, max: 3000 })).map(([k, u]) => 10 ** k * (1 + u * 2 ** -53)),
        // 15 significant digits ending in 5: ties at 14 digits when exact
        fc.bigInt({ min: 10n ** 13n, max: 10n ** 14n - 1n }).chain((m) => fc.integer({ min: 0, max: 14 }).map((e) => Number(m * 10n + 5n) / 10 ** e)),
      ),
      runs(1234, 8000),
    );
    const res = runCases(values.map((n) => `tostring, ${luaNumber(n)}`));
    const got = values.map(formatNumber14g);
    const exp = res.map(one);
    const bad = values.map((v, i) => [v, got[i], exp[i]] as const).filter(([, g, e]) => g !== e);
    expect(bad).toEqual([]);
  });
});

describe('%g from the shortest digits (precision <= 15)', () => {
  it('property: equals the exact expansion for every precision 1..15', () => {
    const value = fc.oneof(
      fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
      fc.double({ min: 1e-5, max: 1e15, noNaN: true }),
      fc.integer({ min: 1, max: 1e9 }).chain((m) => fc.integer({ min: -12, max: 12 }).map((e) => m * 10 ** e)),
      fc.integer({ min: 1, max: 1e6 }).map((i) => i / 64),
      // neighbours of short decimals and of powers of ten (carries into a new digit)
      fc.tuple(fc.integer({ min: -6, max: 16 }), fc.integer({ min: -40, max: 40 })).map(([k, u]) => 10 ** k * (1 + u * 2 ** -52)),
      fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: -9, max: 3 }), fc.integer({ min: -3, max: 3 }))
        .map(([m, e, u]) => m * 10 ** e * (1 + u * 2 ** -52)),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 15 }), (v, p) => {
        const ax = Math.abs(v);
        if (ax === 0) return true;
        return formatDouble('g', 0, 0, p, ax) === generalBodyExact(ax, p, false, false);
      }),
      { numRuns: 30000, seed: 4242 },
    );
  });
});

const DCONV: DoubleConv[] = ['e', 'E', 'f', 'g', 'G'];
const ICONV: IntConv[] = ['d', 'i', 'u', 'o', 'x', 'X', 'c'];
const FLAGCHARS = ['-', '+', ' ', '#', '0'];

function spec(flags: string, width: number, precision: number, conv: string): string {
  return '%' + flags + (width > 0 ? String(width) : '') + (precision >= 0 ? '.' + String(precision) : '') + conv;
}

function check(cases: { flags: string; width: number; precision: number; conv: string; n: number }[]): void {
  const res = runCases(cases.map((c) => `string.format, ${luaQuote(spec(c.flags, c.width, c.precision, c.conv))}, ${luaNumber(c.n)}`));
  const bad: unknown[] = [];
  cases.forEach((c, i) => {
    const f = parseFlags(c.flags);
    const got = (DCONV as string[]).includes(c.conv)
      ? formatDouble(c.conv as DoubleConv, f, c.width, c.precision, c.n)
      : formatInteger(c.conv as IntConv, f, c.width, c.precision, c.n);
    const exp = one(res[i]!);
    if (got !== exp) bad.push({ fmt: spec(c.flags, c.width, c.precision, c.conv), n: c.n, got, exp });
  });
  expect(bad).toEqual([]);
}

describe('printf engine vs lua5.1 string.format', () => {
  it('flag bits', () => {
    expect(parseFlags('-+ #0')).toBe(FLAG_MINUS | FLAG_PLUS | FLAG_SPACE | FLAG_HASH | FLAG_ZERO);
  });
  it('every conversion x special values x a few specs', () => {
    const cases = [];
    const specs: [string, number, number][] = [
      ['', 0, -1], ['', 0, 0], ['', 0, 3], ['#', 0, -1], ['#', 0, 0], ['+', 8, -1], [' ', 0, 2], ['-', 12, 4],
      ['0', 12, -1], ['0', 12, 3], ['', 0, 14], ['', 0, 15], ['#', 0, 13], ['', 0, 16], ['', 0, 17], ['-0', 12, -1], ['+0', 20, 5], ['#0', 10, 0], ['', 0, 99], ['', 99, 20], ['# ', 0, 40],
    ];
    for (const conv of [...DCONV, ...ICONV]) for (const [flags, width, precision] of specs) for (const n of SPECIAL) {
      cases.push({ flags, width, precision, conv, n });
    }
    check(cases);
  });
  it('exact expansions with large precision', () => {
    const cases = [];
    for (const n of [0.1, 1 / 3, 5e-324, 1e-300, 2 ** -1074 * 3, 1e308, 0.30000000000000004, 2 ** 70 + 2 ** 20]) {
      for (const conv of ['e', 'f', 'g']) cases.push({ flags: '', width: 0, precision: 99, conv, n });
    }
    check(cases);
  });
  it('property: exact ties (round half to even on the exact binary value)', () => {
    const arb = fc.oneof(
      // k / 2^j has exactly j fraction digits, the last one a 5: a tie for %.(j-1)f
      fc.tuple(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 1, max: 30 })).map(([k, j]) => ({
        conv: 'f', n: (2 * k + 1) / 2 ** j, precision: j - 1,
      })),
      // d.5 * 10^e with few digits: ties for %e and %g
      fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: -3, max: 25 }), fc.constantFrom('e', 'g', 'E', 'G')).map(([m, e, conv]) => {
        const digits = String(m).length;
        const n = (m * 10 + 5) * 10 ** e;
        return { conv, n, precision: conv === 'e' || conv === 'E' ? digits - 1 : digits };
      }),
    );
    const cases = fc.sample(arb, runs(9, 3000)).map((c) => ({ flags: '', width: 0, ...c }));
    check(cases);
    const g14 = fc.sample(fc.tuple(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 0, max: 3 })), runs(11, 1000))
      .map(([k, j]) => (2 * k + 1) / 2 ** j);
    const res = runCases(g14.map((n) => `tostring, ${luaNumber(n)}`));
    expect(g14.map(formatNumber14g)).toEqual(res.map(one));
  });

  it('property: random specs and values (fixed seed)', () => {
    const arb = fc.record({
      flags: fc.subarray(FLAGCHARS).chain((fl) => fc.shuffledSubarray(fl, { minLength: fl.length, maxLength: fl.length })).map((a) => a.join('')),
      width: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99 })),
      precision: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 20 })),
      conv: fc.constantFrom(...DCONV, ...ICONV),
      n: fc.oneof(
        fc.double(),
        fc.double({ min: -1e6, max: 1e6 }),
        fc.integer().map((i) => i / 16),
        fc.integer({ min: -300, max: 300 }).map((e) => 10 ** e * 1.5),
        // just below / above powers of ten (carries, exponent estimates)
        fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -3000, max: 3000 })).map(([k, u]) => 10 ** k * (1 + u * 2 ** -53)),
        fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 99 })).map(([k, u]) => 10 ** k * (1 - u * 1e-16)),
        fc.constantFrom(...SPECIAL),
      ),
    });
    const cases = fc.sample(arb, runs(42, 5000));
    check(cases);
  });
});
