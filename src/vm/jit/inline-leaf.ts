// Small Lua functions called from a compiled loop, run inline (loop-compiler.ts, CALL).
//
// A callee is inlined when its prototype is *straight-line*: fixed parameters, no jump, ending
// at its first RETURN with fixed values (or at a tail call), and only instructions with a fast
// path here (moves, constants, upvalues, globals read, table fields read and overwritten,
// method lookups, arithmetic, #) or calls of callees that are themselves inlinable (nested up
// to MAX_DEPTH). A tail call's callee returns straight to the caller, as in 5.1 (the frame it
// replaces, and its `tailcalls` count, are only seen by tracebacks, which cannot happen here).
// The inlined body is all-or-nothing, which keeps it exact:
//  - Every instruction that can leave its fast path is a guard. A failed guard undoes the
//    writes made so far (a field write only overwrites an existing non-nil value, so putting
//    the old value back restores the table exactly; an upvalue write likewise) and leaves to
//    the interpreter *before the CALL*, which then makes the real call through the slow paths.
//  - The call is made only when the real one could not fail: each callee is the prototype the
//    loop was compiled for (checked on the closure, so any closure of that prototype, with its
//    own upvalues and environment, qualifies) and the CallInfos are free ("stack overflow").
//  - An upvalue still open on a register the loop holds in a JS local makes the call go through
//    the interpreter (when the loop writes that register, or when the callee writes the upvalue).
//  - The count hook sees every instruction of the callees (the plan's `len`).
// Nothing can observe the missing frames: no error is raised, no hook, metamethod or native
// runs, nothing yields or allocates, and a finished call leaves nothing behind in 5.1 either
// (the GC clears the stack above the top).
import { Op } from '../../spec/opcodes.js';
import type { Proto } from '../../chunk/proto.js';
import type { LuaValue } from '../value.js';
import { LuaClosure } from '../function.js';
import { LuaTable } from '../table.js';
import { strHash } from '../strhash.js';
import { MAXTAGLOOP } from '../meta.js';
import { TM_INDEX } from '../state.js';

const opOf = (i: number): number => i & 0x3f;
const argA = (i: number): number => (i >>> 6) & 0xff;
const argB = (i: number): number => i >>> 23;
const argC = (i: number): number => (i >>> 14) & 0x1ff;
const argBx = (i: number): number => i >>> 14;

/** Longest callee body inlined (instructions up to its RETURN). */
const MAX_LEAF = 40;
/** Deepest nesting of inlined calls (the outermost callee is depth 1). */
const MAX_DEPTH = 3;

/** What inlining one call site runs. */
export interface LeafPlan {
  p: Proto;
  /** Index of p in the compiled loop's prototype table (the guard compares with it). */
  idx: number;
  /** Instructions the call runs, nested calls included (the count hook's share). */
  len: number;
  /** Frames the call stacks at its deepest. */
  depth: number;
  /** The calls inside, by pc. */
  calls: Map<number, InlinedCall>;
  /** Values the function returns (fixed: a straight-line body knows its top). */
  nret: number;
  /** Whether a field or upvalue is written somewhere in the tree (undo code needed). */
  writes: boolean;
}

/** A call inside an inlined body: the callee's plan, its argument and result counts. */
export interface InlinedCall {
  plan: LeafPlan;
  nargs: number;
  /** Registers receiving results (for a call passing on all its results: the callee's nret). */
  nres: number;
}

/** `t[key]` following __index tables as the interpreter's fast path does (a guess only). */
export function chainGet(t: LuaValue, key: LuaValue): LuaValue {
  let h = t;
  for (let n = 0; n < MAXTAGLOOP && h instanceof LuaTable; n++) {
    const v = h.get(key);
    if (v !== undefined || h.metatable === undefined) return v;
    h = h.metatable.get('__index');
  }
  return undefined;
}

/** Instructions whose operand A is not a register they write. */
const KEEPS_A = new Set<number>([
  Op.SETGLOBAL, Op.SETUPVAL, Op.SETTABLE, Op.EQ, Op.LT, Op.LE, Op.TEST, Op.JMP, Op.SETLIST, Op.CLOSE, Op.RETURN,
]);

/**
 * The value register `reg` of closure cl likely holds at pc: from where it was last set between
 * `start` and pc (an upvalue, a global, a move, a field or method with a constant name or a
 * key register's guessed value), or `atStart(reg)` when nothing there sets it. A guess for
 * inlining only: compiled code checks what it relies on.
 */
export function guessRegister(
  cl: LuaClosure, start: number, pc: number, reg: number, fuel: number, atStart: (reg: number) => LuaValue,
): LuaValue {
  if (fuel <= 0) return undefined;
  const code = cl.p.code;
  for (let q = pc - 1; q >= start; q--) {
    const i = code[q]!;
    const op = opOf(i);
    const a = argA(i);
    if (op === Op.SELF && a + 1 === reg) return guessRegister(cl, start, q, argB(i), fuel - 1, atStart);
    if (a !== reg || KEEPS_A.has(op)) {
      // other writers of reg: a LOADNIL range, a call's results
      if (op === Op.LOADNIL && a <= reg && reg <= argB(i)) return undefined;
      if (op === Op.CALL && a < reg && (argC(i) === 0 || reg < a + argC(i) - 1)) return undefined;
      continue;
    }
    switch (op) {
      case Op.GETUPVAL: {
        const uv = cl.upvals[argB(i)];
        return uv === undefined ? undefined : uv.idx >= 0 ? uv.stack[uv.idx] : uv.v;
      }
      case Op.GETGLOBAL: {
        const key = cl.p.k[argBx(i)];
        return typeof key === 'string' ? cl.env.getStr(key) : undefined;
      }
      case Op.MOVE:
        return guessRegister(cl, start, q, argB(i), fuel - 1, atStart);
      case Op.GETTABLE: case Op.SELF: {
        // a constant key, or the key register's guessed value (fns[i]: the current element)
        const c = argC(i);
        const key = (c & 0x100) !== 0 ? cl.p.k[c & 0xff] : guessRegister(cl, start, q, c, fuel - 1, atStart);
        return key === undefined ? undefined : chainGet(guessRegister(cl, start, q, argB(i), fuel - 1, atStart), key);
      }
      default:
        return undefined;
    }
  }
  return atStart(reg);
}

const NOTHING = (): LuaValue => undefined;

/**
 * The plan for inlining calls of closure cl (its prototype, really: the guard accepts any
 * closure of it), or null when it is not inlinable. `protos` collects the prototypes guards
 * compare with.
 */
export function planLeaf(cl: LuaClosure, protos: Proto[], depth = 1): LeafPlan | null {
  const p = cl.p;
  if (p.isVararg !== 0 || depth > MAX_DEPTH) return null;
  const code = p.code;
  const calls = new Map<number, InlinedCall>();
  let len = 0;
  let deepest = depth;
  let writes = false;
  // the top a call with C = 0 leaves, for the CALL/TAILCALL/RETURN with B = 0 right after it
  let top = -1;
  for (let pc = 0; pc < code.length && pc < MAX_LEAF; pc++) {
    const i = code[pc]!;
    const openTop = top;
    top = -1;
    len++;
    switch (opOf(i)) {
      case Op.MOVE: case Op.LOADK: case Op.LOADNIL: case Op.GETUPVAL: case Op.NOT:
      case Op.GETTABLE: case Op.SELF: case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV:
      case Op.MOD: case Op.POW: case Op.UNM: case Op.LEN:
        break;
      case Op.LOADBOOL:
        if (argC(i) !== 0) return null; // a skip: not straight-line
        break;
      case Op.GETGLOBAL:
        if (typeof p.k[argBx(i)] !== 'string') return null;
        break;
      case Op.SETTABLE: case Op.SETUPVAL:
        writes = true;
        break;
      case Op.CALL: case Op.TAILCALL: {
        const a = argA(i);
        const nargs = argB(i) !== 0 ? argB(i) - 1 : openTop > a ? openTop - a - 1 : -1;
        if (nargs < 0) return null;
        const f = guessRegister(cl, 0, pc, a, 8, NOTHING);
        if (!(f instanceof LuaClosure)) return null;
        const sub = planLeaf(f, protos, depth + 1);
        if (sub === null) return null;
        len += sub.len;
        deepest = Math.max(deepest, sub.depth);
        writes ||= sub.writes;
        if (opOf(i) === Op.TAILCALL) {
          calls.set(pc, { plan: sub, nargs, nres: sub.nret });
          return finishPlan(p, protos, len, deepest, calls, writes, sub.nret); // its RETURN never runs
        }
        const nres = argC(i) !== 0 ? argC(i) - 1 : sub.nret;
        if (argC(i) === 0) top = a + nres;
        calls.set(pc, { plan: sub, nargs, nres });
        break;
      }
      case Op.RETURN: {
        const nret = argB(i) !== 0 ? argB(i) - 1 : openTop >= argA(i) ? openTop - argA(i) : -1;
        if (nret < 0) return null;
        return finishPlan(p, protos, len, deepest, calls, writes, nret);
      }
      default:
        return null;
    }
  }
  return null;
}

function finishPlan(
  p: Proto, protos: Proto[], len: number, depth: number, calls: Map<number, InlinedCall>, writes: boolean, nret: number,
): LeafPlan {
  let idx = protos.indexOf(p);
  if (idx < 0) idx = protos.push(p) - 1;
  return { p, idx, len, depth, calls, writes, nret };
}

/** Instructions of p's body as inlined: up to its first RETURN or tail call. */
function bodyLength(p: Proto): number {
  const code = p.code;
  for (let pc = 0; pc < code.length && pc < MAX_LEAF; pc++) {
    const op = opOf(code[pc]!);
    if (op === Op.RETURN || op === Op.TAILCALL) return pc + 1;
  }
  return 0;
}

/** How the inlined body refers to the caller's world. */
export interface LeafSite {
  /** JS expression of the callee closure (a local holding it, already checked). */
  fn: string;
  /** JS expressions of the arguments. */
  args: string[];
  /** Names of the caller's registers receiving the results (nresults of them). */
  results: string[];
  /** Code that leaves before the outermost CALL: undoes the writes, then exits. */
  exit: string;
  /** Unique prefix for the callee's names. */
  prefix: string;
  /** The compiler's ARITH table: JS expression of an arithmetic op on two expressions. */
  arith: Partial<Record<number, (b: string, c: string) => string>>;
  /** Registers of the loop's frame held in locals that the loop writes, and all it holds. */
  written: readonly number[];
  held: readonly number[];
}

/** Statements putting back what the inlined writes changed (UNDO log, `un` entries). */
export const UNDO_CODE = 'while (un > 0) { const o = UNDO[--un]; const key = UNDO[--un]; const t = UNDO[--un]; if (key === UPVAL_MARK) { if (t.idx >= 0) t.stack[t.idx] = o; else t.v = o; } else t.replace(key, o); }';

/** A key no table holds: marks upvalue entries of the undo log. */
export const UPVAL_MARK: unique symbol = Symbol('upvalue');

/**
 * The JS statements of `plan` inlined at `site`: callee registers are fresh locals, parameters
 * take the arguments (missing ones nil), results go to the caller. The enclosing code declares
 * `let un = 0` when plan.writes, and provides UNDO, UPVAL_MARK, LuaTable, LuaClosure, L, inl.
 */
export function emitLeaf(plan: LeafPlan, site: LeafSite): string {
  const p = plan.p;
  const code = p.code;
  const n = bodyLength(p);
  const R = (r: number): string => `${site.prefix}${r}`;
  const kt = `inl[${plan.idx}].k`;
  const K = (idx: number): string => {
    const v = p.k[idx];
    if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) return `(${String(v)})`;
    if (typeof v === 'boolean') return String(v);
    if (v === undefined) return 'undefined';
    return `${kt}[${idx}]`;
  };
  const RK = (x: number): string => (x & 0x100 ? K(x & 0xff) : R(x));
  const isNumK = (x: number): boolean => (x & 0x100) !== 0 && typeof p.k[x & 0xff] === 'number';
  const strK = (x: number): string | null => {
    const v = (x & 0x100) !== 0 ? p.k[x & 0xff] : undefined;
    return typeof v === 'string' ? v : null;
  };
  const getter = (c: number): string => {
    const sk = strK(c);
    if (sk !== null) return `getStrH(${kt}[${c & 0xff}], ${strHash(sk)})`;
    return isNumK(c) ? `getNum(${K(c & 0xff)})` : `get(${RK(c)})`;
  };
  const X = site.exit;
  const out: string[] = [];
  const regs: string[] = [];
  for (let r = 0; r < p.maxStackSize; r++) {
    regs.push(`${R(r)} = ${r < p.numParams && r < site.args.length ? site.args[r]! : 'undefined'}`);
  }
  if (regs.length > 0) out.push(`let ${regs.join(', ')};`);
  // an upvalue open on a register the loop holds in a local: the local may be newer than the
  // stack (a register the loop writes), or a write through the upvalue would not reach it
  const ups = new Map<number, boolean>();
  for (let pc = 0; pc < n; pc++) {
    const op = opOf(code[pc]!);
    if (op === Op.GETUPVAL) ups.set(argB(code[pc]!), ups.get(argB(code[pc]!)) ?? false);
    if (op === Op.SETUPVAL) ups.set(argB(code[pc]!), true);
  }
  for (const [u, written] of ups) {
    const uv = `${site.prefix}u${u}`;
    const regs = written ? site.held : site.written;
    out.push(`const ${uv} = ${site.fn}.upvals[${u}];`);
    if (regs.length > 0) {
      out.push(`if (${uv}.stack === stack) { const d = ${uv}.idx - base; if (${regs.map((r) => `d === ${r}`).join(' || ')}) ${X} }`);
    }
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
        out.push(`UNDO[un++] = ${uv}; UNDO[un++] = UPVAL_MARK; UNDO[un++] = ${uv}.idx >= 0 ? ${uv}.stack[${uv}.idx] : ${uv}.v;`);
        out.push(`if (${uv}.idx >= 0) ${uv}.stack[${uv}.idx] = ${R(a)}; else ${uv}.v = ${R(a)};`);
        break;
      }
      case Op.GETGLOBAL: {
        const key = p.k[argBx(i)] as string;
        out.push(`{ const env = ${site.fn}.env; const v = env.getStrH(${kt}[${argBx(i)}], ${strHash(key)}); if (v !== undefined || env.metatable === undefined) ${R(a)} = v; else ${X} }`);
        break;
      }
      case Op.GETTABLE:
        out.push(`{ const t = ${R(b)}; if (t instanceof LuaTable) { const v = t.${getter(c)}; if (v !== undefined || t.metatable === undefined) ${R(a)} = v; else ${X} } else ${X} }`);
        break;
      case Op.SELF:
        // a method through a chain of __index tables (the interpreter's inline path)
        out.push(`{ const t = ${R(b)}; ${R(a + 1)} = t; ${chainLookup('t', getter(c), R(a), X)} }`);
        break;
      case Op.SETTABLE: {
        // only an existing non-nil field is overwritten here (no new key, no __newindex)
        const key = RK(b);
        out.push(`{ const t = ${R(a)}; if (t instanceof LuaTable && !t.readonly) { const o = t.${getter(b)}; if (o === undefined) ${X} UNDO[un++] = t; UNDO[un++] = ${key}; UNDO[un++] = o; t.replace(${key}, ${RK(c)}); } else ${X} }`);
        break;
      }
      case Op.UNM: out.push(`if (typeof ${R(b)} === 'number') ${R(a)} = -${R(b)}; else ${X}`); break;
      case Op.NOT: out.push(`${R(a)} = ${R(b)} === undefined || ${R(b)} === false;`); break;
      case Op.LEN:
        out.push(`{ const v = ${R(b)}; if (v instanceof LuaTable) ${R(a)} = v.length(); else if (typeof v === 'string') ${R(a)} = v.length; else ${X} }`);
        break;
      case Op.CALL: case Op.TAILCALL: {
        const call = plan.calls.get(pc)!;
        const f = `${site.prefix}f${pc}`;
        // a tail call's results are this call's results
        const results: string[] = [];
        if (opOf(i) === Op.TAILCALL) results.push(...site.results);
        else for (let r = a; r < a + call.nres; r++) results.push(R(r));
        const args: string[] = [];
        for (let r = a + 1; r <= a + call.nargs; r++) args.push(R(r));
        const body = emitLeaf(call.plan, { ...site, fn: f, args, results, prefix: `${site.prefix}c${pc}_` });
        out.push(`{ const ${f} = ${R(a)}; if (${f} instanceof LuaClosure && ${f}.p === inl[${call.plan.idx}]) { ${body} } else ${X} }`);
        break;
      }
      case Op.RETURN:
        // callee registers are locals of their own: results go straight to the caller's
        site.results.forEach((dst, j) => out.push(`${dst} = ${j < plan.nret ? R(a + j) : 'undefined'};`));
        break;
      default: {
        const expr = site.arith[opOf(i)];
        if (expr === undefined) throw new Error(`leaf op ${opOf(i)} not inlinable`);
        const checks = [b, c].filter((x) => !isNumK(x)).map((x) => `typeof ${RK(x)} === 'number'`);
        // two constants are read from k (V8 folds two literals, and its 0/0 lacks the sign bit)
        if (checks.length === 0) out.push(`${R(a)} = ${expr(`${kt}[${b & 0xff}]`, `${kt}[${c & 0xff}]`)};`);
        else out.push(`if (${checks.join(' && ')}) ${R(a)} = ${expr(RK(b), RK(c))}; else ${X}`);
      }
    }
  }
  return out.join(' ');
}

/**
 * JS code: `dst = t[key]` through a chain of __index tables, as the interpreter's GETTABLE /
 * SELF fast path; `exit` for anything else (not a table, an __index function, MAXTAGLOOP).
 * `get` is the lookup method call on a table (`getStrH(...)`, `get(k)`).
 */
export function chainLookup(t: string, get: string, dst: string, exit: string): string {
  return `if (${t} instanceof LuaTable) { let h = ${t}; let v = h.${get}; let n = 0; ` +
    `while (v === undefined) { const tm = L.fastTM(h.metatable, ${TM_INDEX}); if (tm === undefined) break; ` +
    `if (!(tm instanceof LuaTable) || ++n >= ${MAXTAGLOOP}) ${exit} h = tm; v = h.${get}; } ${dst} = v; } else ${exit}`;
}
