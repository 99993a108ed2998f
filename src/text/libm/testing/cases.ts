/**
 * Test support for libm.ts: seeded random arguments for each function, spread over the
 * ranges where implementations differ (tiny, around 1, large, huge, near multiples of pi/2,
 * near overflow/underflow, near 1 for log, subnormals), and the lua5.1 driver that computes
 * the reference values (fixtures/libm/eval.lua). Not used at run time.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** xoshiro128** — small, fast, seeded. */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next(); this.s1 = next(); this.s2 = next(); this.s3 = next();
  }
  u32(): number {
    const r = Math.imul(((Math.imul(this.s1, 5) << 7) | (Math.imul(this.s1, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 ^= this.s0; this.s3 ^= this.s1; this.s1 ^= this.s2; this.s0 ^= this.s3;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = ((this.s3 << 11) | (this.s3 >>> 21)) >>> 0;
    this.s0 >>>= 0; this.s1 >>>= 0;
    return r;
  }
  /** uniform in [0, 1) with 53 random bits */
  unit(): number {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }
  uniform(a: number, b: number): number {
    return a + (b - a) * this.unit();
  }
  int(n: number): number {
    return Math.floor(this.unit() * n);
  }
  sign(): number {
    return this.u32() & 1 ? -1 : 1;
  }
  /** |x| log-uniform in [2^e0, 2^e1), random sign if signed */
  logUniform(e0: number, e1: number, signed = true): number {
    const e = this.uniform(e0, e1);
    const m = 1 + this.unit();
    const v = m * Math.pow(2, Math.floor(e));
    return signed ? this.sign() * v : v;
  }
  /** a random finite double from its bit pattern */
  bits(): number {
    for (;;) {
      U32[0] = this.u32();
      U32[1] = this.u32();
      const v = F64[0]!;
      if (Number.isFinite(v)) return v;
    }
  }
  /** x moved by a few ulps */
  nudge(x: number, maxUlps: number): number {
    let k = this.int(2 * maxUlps + 1) - maxUlps;
    F64[0] = x;
    while (k !== 0) {
      const b = BigInt.asUintN(64, (BigInt(U32[1]!) << 32n) | BigInt(U32[0]!));
      const nb = k > 0 === x >= 0 ? b + 1n : b - 1n;
      U32[0] = Number(nb & 0xffffffffn);
      U32[1] = Number(nb >> 32n);
      k += k > 0 ? -1 : 1;
    }
    return F64[0]!;
  }
}
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

export type Args = [number] | [number, number];

type Gen = (r: Rng) => Args;

const PIO2 = Math.PI / 2;
const trig: Gen[] = [
  (r) => [r.uniform(-1, 1)],
  (r) => [r.uniform(-10, 10)],
  (r) => [r.uniform(-1000, 1000)],
  (r) => [r.logUniform(-60, -1)],
  (r) => [r.logUniform(-1074, -20)],
  (r) => [r.logUniform(10, 80)],
  (r) => [r.logUniform(80, 1024)],
  (r) => [r.nudge(r.int(200000) * PIO2, 3)],
  (r) => [r.nudge((r.int(2000) - 1000) * (Math.PI / 4), 3)],
  (r) => [r.bits()],
];
const inverseUnit: Gen[] = [
  (r) => [r.uniform(-1, 1)],
  (r) => [r.sign() * (1 - r.logUniform(-53, -2, false))],
  (r) => [r.logUniform(-60, -1)],
  (r) => [r.logUniform(-1074, -60)],
  (r) => [r.uniform(0.4, 0.6) * r.sign()],
];
const wide: Gen[] = [
  (r) => [r.uniform(-4, 4)],
  (r) => [r.logUniform(-40, 40)],
  (r) => [r.logUniform(-1074, 1024)],
  (r) => [r.logUniform(40, 70)],
  (r) => [r.bits()],
];
const expGen: Gen[] = [
  (r) => [r.uniform(-745.2, 709.8)],
  (r) => [r.uniform(-1, 1)],
  (r) => [r.uniform(-30, 30)],
  (r) => [r.logUniform(-70, -1)],
  (r) => [r.uniform(700, 709.8)],
  (r) => [r.uniform(-745.2, -700)],
  (r) => [r.logUniform(-1074, -70)],
];
const logGen: Gen[] = [
  (r) => [r.logUniform(-1074, 1024, false)],
  (r) => [r.uniform(0, 10)],
  (r) => [1 + r.sign() * r.logUniform(-53, -3, false)],
  (r) => [r.uniform(0.5, 2)],
  (r) => [r.logUniform(-1074, -1022, false)],
  (r) => [Math.abs(r.bits())],
];
const hypGen: Gen[] = [
  (r) => [r.uniform(-1, 1)],
  (r) => [r.uniform(-30, 30)],
  (r) => [r.logUniform(-60, 0)],
  (r) => [r.sign() * r.uniform(700, 711)],
  (r) => [r.uniform(-800, 800)],
];
const atan2Gen: Gen[] = [
  (r) => [r.uniform(-10, 10), r.uniform(-10, 10)],
  (r) => [r.logUniform(-40, 40), r.logUniform(-40, 40)],
  (r) => [r.logUniform(-1074, 1024), r.logUniform(-1074, 1024)],
  (r) => { const x = r.logUniform(-20, 20); return [r.nudge(x, 4) * (r.u32() & 1 ? 1 : -1), x]; },
  (r) => [r.bits(), r.bits()],
];
const powGen: Gen[] = [
  (r) => [r.uniform(0, 10), r.uniform(-10, 10)],
  (r) => [r.logUniform(-1074, 1024, false), r.uniform(-2, 2)],
  (r) => [r.logUniform(-30, 30, false), r.logUniform(-10, 10)],
  (r) => [1 + r.sign() * r.logUniform(-53, -10, false), r.logUniform(0, 60)],
  (r) => [r.uniform(-100, 100), r.int(60) - 30],
  (r) => [r.logUniform(-10, 10), r.int(2000) - 1000],
  (r) => [r.uniform(0.5, 2), r.uniform(-1100, 1100)],
  (r) => [r.int(100), r.uniform(-20, 20)],
  (r) => [r.logUniform(-1, 1, false), r.sign() * r.uniform(500, 1100)],
];

export const GENERATORS: Record<string, Gen[]> = {
  sin: trig, cos: trig, tan: trig,
  asin: inverseUnit, acos: inverseUnit,
  atan: wide, atan2: atan2Gen,
  exp: expGen, log: logGen, log10: logGen,
  pow: powGen,
  sinh: hypGen, cosh: hypGen, tanh: hypGen,
};

/** n argument tuples for `fn`, cycling over its generators. */
export function randomArgs(fn: string, n: number, seed: number): Args[] {
  const gens = GENERATORS[fn]!;
  const r = new Rng(seed);
  const out: Args[] = [];
  for (let i = 0; i < n; i++) out.push(gens[i % gens.length]!(r));
  return out;
}

/** %.17g-like text lua5.1's tonumber reads back exactly, or a token of eval.lua. */
export function argText(x: number): string {
  if (x !== x) {
    F64[0] = x;
    return U32[1]! & 0x80000000 ? '-nan' : 'nan';
  }
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0' : '0';
  return String(x);
}

/** Parses lua5.1's %.17g output ("nan"/"-nan" keep their sign). */
export function parseResult(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') {
    F64[0] = NaN;
    U32[1] = s === 'nan' ? 0x7ff80000 : 0xfff80000;
    U32[0] = 0;
    return F64[0]!;
  }
  return Number(s);
}

/** Bit-exact identity, NaN sign included. */
export function sameBits(a: number, b: number): boolean {
  F64[0] = a;
  const a0 = U32[0]!, a1 = U32[1]!;
  F64[0] = b;
  if (a !== a && b !== b) return (a1 & 0x80000000) === (U32[1]! & 0x80000000);
  return a0 === U32[0]! && a1 === U32[1]!;
}

export const EVAL_LUA = fileURLToPath(new URL('../../fixtures/libm/eval.lua', import.meta.url));

/** Evaluates math.<fn>(args...) in one lua5.1 process per call of this function. */
export function luaEval(calls: Array<[string, Args]>, lua = process.env['LUA51'] ?? 'lua5.1'): number[] {
  const input = calls.map(([f, a]) => f + ' ' + a.map(argText).join(' ')).join('\n') + '\n';
  const r = spawnSync(lua, [EVAL_LUA], { input, maxBuffer: 1 << 28, env: { ...process.env, LC_ALL: 'C' } });
  if (r.status !== 0) throw new Error(`lua5.1 failed: ${r.stderr.toString()}`);
  const lines = r.stdout.toString('latin1').split('\n');
  lines.pop();
  if (lines.length !== calls.length) throw new Error(`expected ${calls.length} results, got ${lines.length}`);
  return lines.map(parseResult);
}
