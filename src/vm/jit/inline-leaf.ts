// Small Lua functions called from a compiled loop, run inline (loop-compiler.ts, CALL).
//
// Only a *leaf* prototype is inlined: fixed parameters, straight-line code (no jump, call,
// table write, closure, concatenation or vararg) ending at its first RETURN with fixed values.
// The inlined body is all-or-nothing, which keeps it exact:
//  - Every instruction that can leave its fast path (GETTABLE, GETGLOBAL, arithmetic, #) is a
//    guard, and every guard comes before the only writes a leaf may do (SETUPVAL). A failed
//    guard leaves to the interpreter *before the CALL*, with nothing changed: the interpreter
//    then makes the real call, which runs the same instructions through their slow paths.
//  - The call is made only when the real one could not fail: the callee is the prototype the
//    loop was compiled for (checked on the closure, so any closure of that prototype, with its
//    own upvalues and environment, qualifies) and a CallInfo is free (no "stack overflow").
//  - An upvalue still open on this frame's registers (which the loop holds in JS locals) makes
//    the call go through the interpreter too.
//  - The count hook sees the callee's instructions: the CALL's block counts them (leafLength).
// A leaf's frame is never observable: it cannot raise an error, run a hook or a metamethod,
// yield or allocate, and a finished call leaves nothing behind in 5.1 either (the GC clears the
// stack above the top).
import { Op } from '../../spec/opcodes.js';
import type { Proto } from '../../chunk/proto.js';
import { strHash } from '../strhash.js';

const opOf = (i: number): number => i & 0x3f;
const argA = (i: number): number => (i >>> 6) & 0xff;
const argB = (i: number): number => i >>> 23;
const argC = (i: number): number => (i >>> 14) & 0x1ff;
const argBx = (i: number): number => i >>> 14;

/** Longest leaf body inlined (instructions up to its RETURN). */
const MAX_LEAF = 40;

/** Instructions a call of leaf `p` runs, its RETURN included; 0 when p is not an inlinable leaf. */
export function leafLength(p: Proto): number {
  if (p.isVararg !== 0) return 0;
  const code = p.code;
  // a guard after a write could fail with the write done: not all-or-nothing
  let writeSeen = false;
  for (let pc = 0; pc < code.length && pc < MAX_LEAF; pc++) {
    const i = code[pc]!;
    switch (opOf(i)) {
      case Op.MOVE: case Op.LOADK: case Op.LOADNIL: case Op.GETUPVAL: case Op.NOT:
        break;
      case Op.LOADBOOL:
        if (argC(i) !== 0) return 0; // a skip: not straight-line
        break;
      case Op.GETGLOBAL:
        if (typeof p.k[argBx(i)] !== 'string' || writeSeen) return 0;
        break;
      case Op.GETTABLE: case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV: case Op.MOD:
      case Op.POW: case Op.UNM: case Op.LEN:
        if (writeSeen) return 0;
        break;
      case Op.SETUPVAL:
        writeSeen = true;
        break;
      case Op.RETURN:
        if (argB(i) === 0) return 0;
        return pc + 1;
      default:
        return 0;
    }
  }
  return 0;
}

/** How the inlined body refers to the caller's world. */
export interface LeafSite {
  /** JS expression of the callee closure (a local holding it). */
  fn: string;
  /** JS expressions of the arguments. */
  args: string[];
  /** Names of the caller's registers receiving the results (nresults of them). */
  results: string[];
  /** JS expression of the callee's constant table. */
  k: string;
  /** Code that leaves before the CALL (a failed guard). */
  exit: string;
  /** Unique prefix for the callee's register names. */
  prefix: string;
  /** The compiler's ARITH table: JS expression of an arithmetic op on two expressions. */
  arith: Partial<Record<number, (b: string, c: string) => string>>;
}

/**
 * The JS statements of leaf `p` (leafLength(p) > 0) inlined at `site`: callee registers are
 * fresh locals, parameters take the arguments (missing ones nil), results go to the caller.
 */
export function emitLeaf(p: Proto, site: LeafSite): string {
  const code = p.code;
  const n = leafLength(p);
  const R = (r: number): string => `${site.prefix}${r}`;
  const K = (idx: number): string => {
    const v = p.k[idx];
    if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) return `(${String(v)})`;
    if (typeof v === 'boolean') return String(v);
    if (v === undefined) return 'undefined';
    return `${site.k}[${idx}]`;
  };
  const RK = (x: number): string => (x & 0x100 ? K(x & 0xff) : R(x));
  const isNumK = (x: number): boolean => (x & 0x100) !== 0 && typeof p.k[x & 0xff] === 'number';
  const X = site.exit;
  const out: string[] = [];
  const regs: string[] = [];
  for (let r = 0; r < p.maxStackSize; r++) {
    regs.push(`${R(r)} = ${r < p.numParams && r < site.args.length ? site.args[r]! : 'undefined'}`);
  }
  if (regs.length > 0) out.push(`let ${regs.join(', ')};`);
  // upvalues open on this frame alias registers held in locals: leave to the interpreter
  const ups = new Set<number>();
  for (let pc = 0; pc < n; pc++) {
    const op = opOf(code[pc]!);
    if (op === Op.GETUPVAL || op === Op.SETUPVAL) ups.add(argB(code[pc]!));
  }
  for (const u of ups) {
    out.push(`const ${site.prefix}u${u} = ${site.fn}.upvals[${u}]; if (${site.prefix}u${u}.idx >= base && ${site.prefix}u${u}.stack === stack) ${X}`);
  }
  for (let pc = 0; pc < n; pc++) {
    const i = code[pc]!;
    const a = argA(i);
    const b = argB(i);
    const c = argC(i);
    switch (opOf(i)) {
      case Op.MOVE: out.push(`${R(a)} = ${R(b)};`); break;
      case Op.LOADK: out.push(`${R(a)} = ${K(argBx(i))};`); break;
      case Op.LOADBOOL: out.push(`${R(a)} = ${b !== 0};`); break;
      case Op.LOADNIL: {
        const rs: string[] = [];
        for (let r = a; r <= b; r++) rs.push(R(r));
        out.push(`${rs.join(' = ')} = undefined;`);
        break;
      }
      case Op.GETUPVAL: {
        const uv = `${site.prefix}u${b}`;
        out.push(`${R(a)} = ${uv}.idx >= 0 ? ${uv}.stack[${uv}.idx] : ${uv}.v;`);
        break;
      }
      case Op.SETUPVAL: {
        const uv = `${site.prefix}u${b}`;
        out.push(`if (${uv}.idx >= 0) ${uv}.stack[${uv}.idx] = ${R(a)}; else ${uv}.v = ${R(a)};`);
        break;
      }
      case Op.GETGLOBAL: {
        const key = p.k[argBx(i)] as string;
        out.push(`{ const env = ${site.fn}.env; const v = env.getStrH(${site.k}[${argBx(i)}], ${strHash(key)}); if (v !== undefined || env.metatable === undefined) ${R(a)} = v; else ${X} }`);
        break;
      }
      case Op.GETTABLE: {
        const ck = (c & 0x100) !== 0 ? p.k[c & 0xff] : undefined;
        const get = typeof ck === 'string'
          ? `t.getStrH(${site.k}[${c & 0xff}], ${strHash(ck)})`
          : typeof ck === 'number' ? `t.getNum(${K(c & 0xff)})` : `t.get(${RK(c)})`;
        out.push(`{ const t = ${R(b)}; if (t instanceof LuaTable) { const v = ${get}; if (v !== undefined || t.metatable === undefined) ${R(a)} = v; else ${X} } else ${X} }`);
        break;
      }
      case Op.UNM: out.push(`if (typeof ${R(b)} === 'number') ${R(a)} = -${R(b)}; else ${X}`); break;
      case Op.NOT: out.push(`${R(a)} = ${R(b)} === undefined || ${R(b)} === false;`); break;
      case Op.LEN:
        out.push(`{ const v = ${R(b)}; if (v instanceof LuaTable) ${R(a)} = v.length(); else if (typeof v === 'string') ${R(a)} = v.length; else ${X} }`);
        break;
      case Op.RETURN: {
        // callee registers are locals of their own: results go straight to the caller's
        site.results.forEach((dst, j) => out.push(`${dst} = ${j < b - 1 ? R(a + j) : 'undefined'};`));
        break;
      }
      default: {
        const expr = site.arith[opOf(i)];
        if (expr === undefined) throw new Error(`leaf op ${opOf(i)} not inlinable`);
        const checks = [b, c].filter((x) => !isNumK(x)).map((x) => `typeof ${RK(x)} === 'number'`);
        out.push(checks.length === 0 ? `${R(a)} = ${expr(RK(b), RK(c))};` : `if (${checks.join(' && ')}) ${R(a)} = ${expr(RK(b), RK(c))}; else ${X}`);
      }
    }
  }
  return out.join(' ');
}
