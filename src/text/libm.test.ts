import { describe, expect, it } from 'vitest';
import * as M from './libm.js';
import * as B from './libm/big.js';
import { fileURLToPath } from 'node:url';
import { runOurs, runReference } from '../stdlib/testing/run.js';
import { Rng, argText, luaEval, randomArgs, sameBits, type Args } from './libm/testing/cases.js';

// Every expected value comes from lua5.1 (glibc 2.36 libm, x86-64) at test time, through
// fixtures/libm/eval.lua. libm.ts is correctly rounded; glibc is not always (its error bound
// is ~0.5x ulp), so a small residual of 1-ulp differences remains where glibc misrounds.
// The tests prove each such difference is glibc's: our value equals the ~300-bit BigInt
// evaluation (libm/big.ts) rounded, glibc's is the neighbouring double.

type Fn = (...a: number[]) => number;
const FNS: Record<string, Fn> = {
  sin: M.sin, cos: M.cos, tan: M.tan, asin: M.asin, acos: M.acos, atan: M.atan, atan2: M.atan2,
  exp: M.exp, log: M.log, log10: M.log10, pow: M.pow, sinh: M.sinh, cosh: M.cosh, tanh: M.tanh,
};

/** Correctly rounded oracles for the functions that are meant to be correctly rounded. */
const ORACLE: Record<string, ((...a: number[]) => number) | undefined> = {
  sin: B.sinBig, cos: B.cosBig, tan: B.tanBig, asin: B.asinBig, acos: B.acosBig, atan: B.atanBig,
  atan2: B.atan2Big, exp: B.expBig, log: B.logBig, pow: B.powBig,
};

/**
 * Largest accepted number of (glibc-misrounded) differences per 20,000 arguments, measured
 * with the fixed seeds below (the test prints the counts). log10, sinh and cosh are glibc's
 * formulas over log, exp and expm1 (expm1 reproduced bit for bit): they inherit the residual
 * of log and exp; tanh (expm1 only) has none.
 */
const BUDGET: Record<string, number> = {
  sin: 40, cos: 30, tan: 60, asin: 30, acos: 20, atan: 15, atan2: 25, exp: 25, log: 10,
  log10: 10, pow: 30, sinh: 35, cosh: 25, tanh: 0,
};

const MAX_ULPS: Record<string, number> = { log10: 2, sinh: 4, cosh: 4 };

const N = 20000;
const F64 = new Float64Array(1);
const B64 = new BigInt64Array(F64.buffer);
function ulpDistance(a: number, b: number): number {
  F64[0] = a;
  const ia = B64[0]!;
  F64[0] = b;
  const ib = B64[0]!;
  if ((ia < 0n) !== (ib < 0n)) return Infinity;
  const d = ia - ib;
  return Number(d < 0n ? -d : d);
}

function seedOf(fn: string): number {
  let h = 2166136261;
  for (let i = 0; i < fn.length; i++) h = Math.imul(h ^ fn.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** arguments on which the oracle is defined (the callers' fast exits are exact) */
function oracleApplies(fn: string, a: Args): boolean {
  const [x, y] = a;
  const ax = Math.abs(x);
  if (!Number.isFinite(x) || (y !== undefined && !Number.isFinite(y))) return false;
  switch (fn) {
    case 'pow': return x > 0 && x !== 1 && y !== 0 && Math.abs(y! * Math.log(x)) < 800;
    case 'atan2': return x !== 0 && y !== 0 && Math.abs(x / y!) < 2 ** 60 && Math.abs(y! / x) < 2 ** 60;
    case 'exp': return ax > 2 ** -60 && ax < 746;
    case 'log': return x > 0 && x !== 1;
    case 'asin': case 'acos': return ax > 2 ** -30 && ax < 1;
    default: return ax > 2 ** -30;
  }
}

describe('libm vs lua5.1 (glibc 2.36)', () => {
  const summary: string[] = [];
  for (const fn of Object.keys(FNS)) {
    it(`${fn}: ${N} random arguments`, () => {
      const args = randomArgs(fn, N, seedOf(fn));
      const want = luaEval(args.map((a) => [fn, a]));
      const f = FNS[fn]!;
      const bad: string[] = [];
      for (let i = 0; i < N; i++) {
        const got = f(...args[i]!);
        if (sameBits(got, want[i]!)) continue;
        const a = args[i]!;
        const what = `${fn}(${a.map(argText).join(', ')}) = ${argText(got)}, lua5.1 ${argText(want[i]!)}`;
        // only 1-ulp differences, and (where an oracle exists) ours is the correctly rounded one;
        // log10 compounds a 1-ulp difference of log into up to 2, sinh and cosh one of exp
        // (or of exp(x/2), squared near overflow) into up to 4
        expect(ulpDistance(got, want[i]!), what).toBeLessThanOrEqual(MAX_ULPS[fn] ?? 1);
        const oracle = ORACLE[fn];
        if (oracle !== undefined && oracleApplies(fn, a)) {
          expect(oracle(...a), what).toBe(got);
        }
        bad.push(what);
      }
      summary.push(`${fn.padEnd(6)} ${String(bad.length).padStart(4)} / ${N}`);
      if (bad.length > BUDGET[fn]!) expect(bad.slice(0, 20)).toEqual([]);
    });
  }
  it('summary', () => {
    // eslint-disable-next-line no-console
    console.log('libm: 1-ulp differences from lua5.1 (glibc misrounding)\n' + summary.join('\n'));
  });
});

const NEG_NAN = (() => { const f = new Float64Array(1); const u = new Uint32Array(f.buffer); u[1] = 0xfff80000; return f[0]!; })();
const POS_NAN = (() => { const f = new Float64Array(1); const u = new Uint32Array(f.buffer); u[1] = 0x7ff80000; return f[0]!; })();

describe('special values (signed zeros, infinities, NaN signs, thresholds) vs lua5.1', () => {
  const S = [
    0, -0, Infinity, -Infinity, NEG_NAN, POS_NAN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 5e-324, -5e-324,
    2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e-310,
    7.450580596923828e-9, 1.0000000000000002, 0.9999999999999999, Math.PI, Math.PI / 2,
    -Math.PI / 2, Math.PI / 4, 709.782712893384, 709.7827128933841, 709.78, 709.79, 710,
    710.4758600739439, 710.475860073944, 711, -745.1332191019411, -745.1332191019412,
    -744.4400719213812, -708.3964185322641, -708.4, -709, -740, -745.2, 22, -22,
    21.999999999999996, 1e22, 1e300, 2 ** 60, 2 ** -27, 2 ** -28, 2 ** -55, 2 ** -54,
    0.34657359027997264, 1 / 3, 0.75, -0.75, 1.5, 100, 1e-20, 6381956970095103 * 2 ** 797,
  ];
  const P = [
    0, -0, Infinity, -Infinity, NEG_NAN, POS_NAN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1 / 3, -1 / 3,
    1e-310, -1e-310, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1.5, 0.1, 1024, 1025, -1074,
    -1075, -1076, 1e10, -1e10, 134217727, 10,
  ];
  it('one-argument functions and pow, atan2 on every pair', () => {
    const calls: Array<[string, Args]> = [];
    for (const f of ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log10', 'sinh', 'cosh', 'tanh']) {
      for (const x of S) calls.push([f, [x]]);
    }
    for (const x of P) for (const y of P) calls.push(['pow', [x, y]], ['atan2', [x, y]]);
    const want = luaEval(calls);
    const bad: string[] = [];
    calls.forEach(([f, a], i) => {
      const got = FNS[f]!(...a);
      if (!sameBits(got, want[i]!)) bad.push(`${f}(${a.map(argText).join(', ')}) = ${argText(got)}, lua5.1 ${argText(want[i]!)}`);
    });
    expect(bad).toEqual(KNOWN_GLIBC_MISROUNDED);
  });
});

/**
 * glibc results that are not correctly rounded (checked with mpmath at 3000 bits):
 * 6381956970095103 * 2^797 is the double closest to a multiple of pi/2 (Kahan/McDonald);
 * glibc's cos and tan of it are off by ~15 and ~1.7e3 ulps. 134217727^3 =
 * 2417851585186063223619583 rounds to 2.417851585186063e+24, glibc gives the next double.
 */
const KNOWN_GLIBC_MISROUNDED = [
  'cos(5.319372648326541e+255) = -4.687165924254628e-19, lua5.1 -4.68716592425462e-19',
  'tan(5.319372648326541e+255) = -2133485385753704000, lua5.1 -2133485385753707500',
  'pow(134217727, 3) = 2.417851585186063e+24, lua5.1 2.4178515851860634e+24',
];

describe('multi-precision slow path agrees with the fast path', () => {
  const fns: Array<[string, number]> = [
    ['sin', 300], ['cos', 300], ['tan', 300], ['asin', 300], ['acos', 300], ['atan', 300],
    ['atan2', 300], ['exp', 300], ['log', 300], ['pow', 300],
  ];
  for (const [fn, n] of fns) {
    it(fn, () => {
      const oracle = ORACLE[fn]!;
      const args = randomArgs(fn, n, seedOf(fn) + 1).filter((a) => oracleApplies(fn, a));
      const bad: string[] = [];
      for (const a of args) {
        const got = FNS[fn]!(...a);
        const want = oracle(...a);
        if (!sameBits(got, want)) bad.push(`${fn}(${a.map(argText).join(', ')}) = ${argText(got)}, big ${argText(want)}`);
      }
      expect(bad).toEqual([]);
    });
  }
  it('pow: exact results and exact ties (integral y) round to even', () => {
    expect(M.pow(134217727, 2)).toBe(134217727 * 134217727); // 2^54 - 2^28 + 1: a tie
    expect(M.pow(3, 40)).toBe(12157665459056928801 + 0);
    expect(M.pow(10, 22)).toBe(1e22);
    expect(M.pow(10, -5)).toBe(1e-5);
    expect(M.pow(2, -1074)).toBe(5e-324);
    expect(M.pow(4, 0.5)).toBe(2);
  });
});

describe('through the engine: math library, ^ at run time, folded ^, arith fallback', () => {
  it('fixtures/libm/engine.lua prints what lua5.1 prints', () => {
    const file = fileURLToPath(new URL('./fixtures/libm/engine.lua', import.meta.url));
    const ref = runReference(file);
    const ours = runOurs(file);
    expect(ours.error).toBe(ref.error);
    expect(ours.stdout).toBe(ref.stdout);
  });
});

describe('fma (emulated) is exact', () => {
  it('20,000 random triples against BigInt arithmetic', () => {
    const r = new Rng(99);
    const bad: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const a = r.logUniform(-300, 300);
      const b = i % 3 === 0 ? r.nudge(1 / a, 2) : r.logUniform(-300, 300);
      const c = i % 2 === 0 ? -r.nudge(a * b, 3) : r.logUniform(-600, 600);
      const [ma, ea] = B.decompose(a);
      const [mb, eb] = B.decompose(b);
      const [mc, ec] = B.decompose(c);
      const e = Math.min(ea + eb, ec);
      const exact = ((ma * mb) << BigInt(ea + eb - e)) + (mc << BigInt(ec - e));
      const want = B.roundBig(exact, e);
      const got = M.fma(a, b, c);
      if (!Object.is(got, want) && !(got === 0 && want === 0)) bad.push(`fma(${a}, ${b}, ${c}) = ${got}, exact ${want}`);
    }
    expect(bad).toEqual([]);
  });
});
