// When the interpreter runs compiled loops. A backward jump (FORLOOP taken, JMP back) counts
// a hit on its target; at HOT_LOOP hits the loop start..jump is compiled (loop-compiler.ts),
// and from then on each hit runs the compiled loop, which returns the pc to continue at.
// A loop that cannot be compiled, or keeps leaving through side exits, is never tried again.
// Debug hooks (call/return/line) always run in the interpreter.
import type { Proto, ProtoJit } from '../../chunk/proto.js';
import type { LuaValue } from '../value.js';
import type { LuaClosure } from '../function.js';
import type { CallInfo, LuaThread } from '../thread.js';
import type { LuaState } from '../state.js';
import { compileLoop, type CompiledLoop } from './loop-compiler.js';
import { guessRegister } from './inline-leaf.js';
import { strHash } from '../strhash.js';

/** Backward-jump hits before a loop is compiled. */
export const HOT_LOOP = 64;
/** Side exits inside a compiled loop after which it is dropped (its fast paths do not fit). */
const MAX_SIDE_EXITS = 256;
/** A counter value that stays below HOT_LOOP for as long as a program can run. */
const NEVER = -0x40000000;

/**
 * REDLUA_JIT=off runs everything in the interpreter (to compare with it); REDLUA_JIT=eager
 * compiles every loop at its first backward jump (to test the compiler on the whole corpus).
 */
export type LoopJitMode = 'on' | 'off' | 'eager';
let mode: LoopJitMode = envMode();

function envMode(): LoopJitMode {
  const v = typeof process === 'undefined' ? undefined : process.env['REDLUA_JIT'];
  return v === 'off' || v === 'eager' ? v : 'on';
}

/** Set the loop compiler's mode for prototypes run from now on. */
export function setLoopJit(m: LoopJitMode): void {
  mode = m;
}

/** The prototype's loop counters, created on its first run. */
export function protoJit(p: Proto): ProtoJit {
  let j = p.jit;
  if (j === null) {
    const n = p.code.length;
    const kh = new Int32Array(p.k.length).fill(-1);
    p.k.forEach((c, idx) => { if (typeof c === 'string') kh[idx] = strHash(c) & 0x3fffffff; });
    j = { hot: new Int32Array(n), loops: new Array<unknown>(n), exits: new Int32Array(n), kh };
    if (mode === 'off') j.hot.fill(NEVER);
    else if (mode === 'eager') j.hot.fill(HOT_LOOP - 1);
    p.jit = j;
  }
  return j;
}

/**
 * Called by the interpreter when a backward jump from `end` to `start` has made the loop hot,
 * with the registers on the stack and pc = start. Returns the pc to continue at, or -1 to go
 * on interpreting from start.
 */
export function runHotLoop(
  L: LuaState, th: LuaThread, ci: CallInfo, cl: LuaClosure, stack: LuaValue[], base: number, start: number, end: number,
): number {
  const j = cl.p.jit!;
  let fn = j.loops[start] as CompiledLoop | null | undefined;
  if (fn === undefined) {
    fn = compileLoop(cl.p, start, end, (pc, reg) => guessRegister(cl, start, pc, reg, 8, (r) => stack[base + r]));
    j.loops[start] = fn;
  }
  if (fn === null) {
    j.hot[start] = NEVER;
    return -1;
  }
  // the next backward jump comes straight back here (and the counter never wraps around)
  j.hot[start] = HOT_LOOP - 1;
  if (L.hookMask !== 0) return -1;
  const next = fn(L, th, ci, cl, stack, base);
  if (next >= start && next <= end && ++j.exits[start]! > MAX_SIDE_EXITS) {
    j.loops[start] = null;
    j.hot[start] = NEVER;
  }
  return next;
}
