// glibc rand()/srand() and the correctly rounded libm kernels, without lua5.1.
import { describe, it, expect } from 'vitest';
import { GlibcRand } from './rand.js';
import * as M from './libm.js';
import { frexp, ldexp, modf } from './math.js';

describe('GlibcRand', () => {
  it('behaves as glibc without srand (srand(1))', () => {
    const r = new GlibcRand();
    expect([r.next(), r.next(), r.next()]).toEqual([1804289383, 846930886, 1681692777]);
  });
  it('follows srand like glibc (0 -> 1, negative and >= 2^31 seeds)', () => {
    const r = new GlibcRand();
    r.seed(42);
    expect([r.next(), r.next()]).toEqual([71876166, 708592740]);
    r.seed(0);
    expect(r.next()).toBe(1804289383);
    r.seed(-5);
    expect(r.next()).toBe(1469203335);
    r.seed(3000000000);
    expect(r.next()).toBe(2058147116);
  });
});

describe('libm', () => {
  it('matches glibc on known values (correctly rounded)', () => {
    expect(M.log(3)).toBe(1.0986122886681098);
    expect(M.exp(1)).toBe(2.718281828459045);
    expect(M.pow(2, 10)).toBe(1024);
    expect(M.pow(10, -308)).toBe(1e-308);
    expect(M.log10(1000)).toBe(3);
    expect(M.sin(1e22)).toBe(-0.8522008497671888);
    expect(M.atan2(1, 1)).toBe(Math.PI / 4);
  });
  it('follows C99 special cases', () => {
    expect(M.pow(1, NaN)).toBe(1);
    expect(M.pow(NaN, 0)).toBe(1);
    expect(M.pow(-1, Infinity)).toBe(1);
    expect(Object.is(M.pow(-0, 3), -0)).toBe(true);
    expect(M.pow(-0, -1)).toBe(-Infinity);
    expect(M.atan2(-0, -0)).toBe(-Math.PI);
    expect(Object.is(M.sin(-0), -0)).toBe(true);
    expect(M.exp(-746)).toBe(0);
    expect(M.log(0)).toBe(-Infinity);
  });
  it('frexp/ldexp/modf are exact', () => {
    expect(frexp(8)).toEqual([0.5, 4]);
    expect(frexp(5e-324)).toEqual([0.5, -1073]);
    expect(ldexp(1, -1074)).toBe(5e-324);
    expect(ldexp(0.75, -1073)).toBe(1e-323);
    expect(ldexp(1, 1024)).toBe(Infinity);
    expect(Object.is(modf(-3)[1], -0)).toBe(true);
    expect(modf(Infinity)).toEqual([Infinity, 0]);
  });
});
