// glibc rand()/srand() and the correctly rounded libm kernels, without lua5.1.
import { describe, it, expect } from 'vitest';
import { GlibcRand } from './rand.js';
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
