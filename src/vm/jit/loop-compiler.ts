// The loop compiler: turns one hot loop of a prototype (the instructions start..end, `end`
// being the backward jump to `start`) into a JS function whose Lua registers are JS locals, so
// V8 keeps numbers unboxed and drops the per-instruction dispatch.
//
// Invariants that keep it exact (the interpreter, execute.ts, stays the definition):
//  - Only the interpreter's fast paths are compiled. Anything else (a metamethod, a coercion, an
//    error, a non-native call) is a side exit *before* the instruction: registers are written
//    back and the interpreter resumes at that instruction and does what it always does.
//  - The count hook sees the same instruction counts: each basic block takes its length off
//    the countdown on entry, and leaves to the interpreter (which steps one instruction at a
//    time) when the countdown would run out inside it; a side exit gives back what it did not
//    run. A compare or test and the jump after it count as one instruction, as dispatched.
//  - The Lua stack is the truth whenever other code can look at it: before a native call every
//    register the loop writes is stored, and after it every register the loop reads is
//    reloaded (the native may have run Lua code that changed them through upvalues or
//    debug.setlocal). Nothing else in a compiled loop allocates or runs Lua code.
//  - A call of a Lua function exits, except a call of a small straight-line function, which
//    runs inline all-or-nothing (inline-leaf.ts states its rules). So do a table's __call
//    metamethod when the table is called, and an __index function when a key is absent (a C
//    call in 5.1: also guarded by the C-call limit; the count hook is charged when it runs).
//  - A generic for over next steps the table itself (LuaTable.tryNext), as the interpreter.
//  - No CONCAT/NEWTABLE/CLOSURE/VARARG/SETLIST/RETURN/TAILCALL/CLOSE inside: a loop holding
//    one is not compiled (compileLoop -> null).
import { Op } from '../../spec/opcodes.js';
import type { Proto } from '../../chunk/proto.js';
import type { LuaValue } from '../value.js';
import { T_FUNCTION } from '../value.js';
import { LuaTable, NEXT_PAIR } from '../table.js';
import { LuaClosure } from '../function.js';
import type { CallInfo, LuaThread } from '../thread.js';
import { MAXCCALLS, TM_CALL, TM_INDEX, type LuaState } from '../state.js';
import { precall } from '../ldo.js';
import { strHash } from '../strhash.js';
import { pow, numMod } from '../../text/libm.js';
import { emitLeaf, planLeaf, chainLookup, UNDO_CODE, UPVAL_MARK, type LeafPlan } from './inline-leaf.js';

/**
 * The undo log of inlined calls (inline-leaf.ts): table or upvalue, key (UPVAL_MARK for an
 * upvalue), old value. Shared: an inlined call runs no other Lua code, so none nests.
 */
const UNDO_LOG: unknown[] = [];

/** A compiled loop: runs from the loop start and returns the pc the interpreter continues at. */
export type CompiledLoop = (L: LuaState, th: LuaThread, ci: CallInfo, cl: LuaClosure, stack: LuaValue[], base: number) => number;

const OFFSET_SBX = 131071;
const opOf = (i: number): number => i & 0x3f;
const argA = (i: number): number => (i >>> 6) & 0xff;
const argB = (i: number): number => i >>> 23;
const argC = (i: number): number => (i >>> 14) & 0x1ff;
const argBx = (i: number): number => i >>> 14;
const argSBx = (i: number): number => (i >>> 14) - OFFSET_SBX;

/** Instructions whose operand C (or B) is followed by a jump taken on a condition. */
const COND = new Set<number>([Op.EQ, Op.LT, Op.LE, Op.TEST, Op.TESTSET, Op.TFORLOOP]);
const ARITH: Partial<Record<number, (b: string, c: string) => string>> = {
  [Op.ADD]: (b, c) => `${b} + ${c}`,
  [Op.SUB]: (b, c) => `${b} - ${c}`,
  [Op.MUL]: (b, c) => `${b} * ${c}`,
  [Op.DIV]: (b, c) => `${b} / ${c}`,
  // luai_nummod (src/text/libm.ts)
  [Op.MOD]: (b, c) => `numMod(${b}, ${c})`,
  // luai_numpow: C pow (glibc), src/text/libm.ts
  [Op.POW]: (b, c) => `pow(${b}, ${c})`,
};

/** Whether instruction pc of the region can be compiled. */
function supported(code: Uint32Array, pc: number): boolean {
  const i = code[pc]!;
  switch (opOf(i)) {
    case Op.MOVE: case Op.LOADK: case Op.LOADBOOL: case Op.LOADNIL: case Op.GETUPVAL:
    case Op.GETGLOBAL: case Op.GETTABLE: case Op.SETGLOBAL: case Op.SETUPVAL: case Op.SETTABLE: case Op.SELF:
    case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV: case Op.MOD: case Op.POW: case Op.UNM:
    case Op.NOT: case Op.LEN: case Op.JMP: case Op.EQ: case Op.LT: case Op.LE: case Op.TEST:
    case Op.TESTSET: case Op.FORLOOP: case Op.FORPREP: case Op.TFORLOOP:
      return true;
    case Op.CALL:
      // fixed arguments and results only (B = 0 / C = 0 need the open top)
      return argB(i) !== 0 && argC(i) !== 0;
    default:
      return false;
  }
}

/** Jump target of a branching instruction at pc (the conditional ones: of their jump). */
function targetOf(code: Uint32Array, pc: number): number {
  const i = code[pc]!;
  const op = opOf(i);
  if (COND.has(op)) return pc + 2 + argSBx(code[pc + 1]!);
  return pc + 1 + argSBx(i);
}

/** How an inlined function is reached from an instruction of the loop. */
const VIA_CALL = 0;
/** CALL of a table: its __call metamethod, with the table as first argument (tryfuncTM). */
const VIA_CALL_TM = 1;
/** GETTABLE of an absent key: the __index function, called only on that path (callTMres). */
const VIA_INDEX_TM = 2;

interface LoopLeaf {
  plan: LeafPlan;
  via: number;
}

/**
 * Compile the loop start..end of p (end: the backward jump to start), or return null when it
 * holds an instruction the compiler does not handle. `guess(pc, reg)` is the value register
 * reg likely holds at pc (inline-leaf.ts guessRegister: the compiled code checks what it relies
 * on), used to find the functions that calls and metamethods reach, for inlining.
 */
export function compileLoop(p: Proto, start: number, end: number, guess?: (pc: number, reg: number) => LuaValue): CompiledLoop | null {
  const code = p.code;
  if (start < 0 || end >= code.length || start > end) return null;
  for (let pc = start; pc <= end; pc++) {
    if (!supported(code, pc)) return null;
    if (COND.has(opOf(code[pc]!))) {
      if (pc + 1 > end || opOf(code[pc + 1]!) !== Op.JMP) return null;
      pc++; // the jump belongs to the test
    }
  }
  // basic-block leaders: the start, jump targets inside the loop, what follows a branch
  const leader = new Uint8Array(end - start + 2);
  const mark = (pc: number): void => {
    if (pc >= start && pc <= end) leader[pc - start] = 1;
  };
  mark(start);
  for (let pc = start; pc <= end; pc++) {
    const i = code[pc]!;
    const op = opOf(i);
    if (COND.has(op)) {
      mark(targetOf(code, pc));
      mark(pc + 2);
      pc++;
    } else if (op === Op.JMP || op === Op.FORLOOP || op === Op.FORPREP) {
      mark(targetOf(code, pc));
      mark(pc + 1);
    } else if (op === Op.LOADBOOL && argC(i) !== 0) {
      mark(pc + 2);
      mark(pc + 1);
    }
  }
  // a jump of a test that is itself a jump target is also dispatched on its own
  for (let pc = start; pc <= end; pc++) {
    if (COND.has(opOf(code[pc]!)) && leader[pc + 1 - start]) return null;
  }

  // straight-line functions reached from the loop run inline: their plans by pc
  const leaves = new Map<number, LoopLeaf>();
  const leafProtos: Proto[] = [];
  if (guess) {
    for (let pc = start; pc <= end; pc++) {
      const i = code[pc]!;
      let f: LuaValue = undefined;
      let via = VIA_CALL;
      if (opOf(i) === Op.CALL) {
        f = guess(pc, argA(i));
        if (f instanceof LuaTable) {
          f = f.metatable?.get('__call');
          via = VIA_CALL_TM;
        }
      } else if (opOf(i) === Op.GETTABLE) {
        f = guess(pc, argB(i));
        f = f instanceof LuaTable ? f.metatable?.get('__index') : undefined;
        via = VIA_INDEX_TM;
      }
      const plan = f instanceof LuaClosure ? planLeaf(f, leafProtos) : null;
      if (plan !== null) leaves.set(pc, { plan, via });
    }
  }

  const reads = new Set<number>();
  const writes = new Set<number>();
  const rk = (x: number): void => {
    if ((x & 0x100) === 0) reads.add(x);
  };
  for (let pc = start; pc <= end; pc++) {
    const i = code[pc]!;
    const a = argA(i);
    const b = argB(i);
    const c = argC(i);
    switch (opOf(i)) {
      case Op.MOVE: reads.add(b); writes.add(a); break;
      case Op.LOADNIL: for (let r = a; r <= b; r++) writes.add(r); break;
      case Op.LOADK: case Op.LOADBOOL: case Op.GETUPVAL: case Op.GETGLOBAL: writes.add(a); break;
      case Op.GETTABLE: reads.add(b); rk(c); writes.add(a); break;
      case Op.SELF: reads.add(b); rk(c); writes.add(a); writes.add(a + 1); break;
      case Op.SETGLOBAL: case Op.SETUPVAL: reads.add(a); break;
      case Op.SETTABLE: reads.add(a); rk(b); rk(c); break;
      case Op.UNM: case Op.NOT: case Op.LEN: reads.add(b); writes.add(a); break;
      case Op.EQ: case Op.LT: case Op.LE: rk(b); rk(c); pc++; break;
      case Op.TEST: reads.add(a); pc++; break;
      case Op.TESTSET: reads.add(b); writes.add(a); pc++; break;
      case Op.TFORLOOP:
        // f, s, control copied to a+3..a+5, results at a+3..a+2+c, the control to a+2
        for (let r = a; r <= a + 2; r++) reads.add(r);
        for (let r = a + 2; r <= a + 5 || r <= a + 2 + c; r++) writes.add(r);
        pc++;
        break;
      case Op.FORLOOP: case Op.FORPREP:
        for (let r = a; r <= a + 2; r++) reads.add(r);
        writes.add(a);
        writes.add(a + 3);
        break;
      case Op.CALL:
        for (let r = a; r < a + b; r++) reads.add(r);
        for (let r = a; r < a + c - 1; r++) writes.add(r);
        break;
      case Op.JMP: break;
      default: rk(b); rk(c); writes.add(a); break; // arithmetic
    }
  }
  for (const r of writes) reads.add(r);
  const regs = [...reads].sort((x, y) => x - y);
  const wregs = [...writes].sort((x, y) => x - y);
  const R = (r: number): string => `r${r}`;
  const store = wregs.map((r) => `stack[base + ${r}] = ${R(r)};`).join(' ');
  const load = regs.map((r) => `${R(r)} = stack[base + ${r}];`).join(' ');

  /** A constant as a JS expression (literal when it round-trips exactly). */
  const K = (idx: number): string => {
    const v = p.k[idx];
    if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) return `(${String(v)})`;
    if (typeof v === 'boolean') return String(v);
    if (v === undefined) return 'undefined';
    return `k[${idx}]`;
  };
  const RK = (x: number): string => (x & 0x100 ? K(x & 0xff) : R(x));
  const isNumK = (x: number): boolean => (x & 0x100) !== 0 && typeof p.k[x & 0xff] === 'number';
  const strK = (x: number): string | null => {
    const v = (x & 0x100) !== 0 ? p.k[x & 0xff] : undefined;
    return typeof v === 'string' ? v : null;
  };

  const out: string[] = [];
  const emit = (s: string): void => {
    out.push(s);
  };
  // block bookkeeping for exits: instructions of the current block dispatched before pc
  let blockLen = 0;
  let doneInBlock = 0;
  const exitAt = (pc: number): string => `{ xpc = ${pc}; xrem = ${blockLen - doneInBlock}; break out; }`;
  const goTo = (t: number): string =>
    t >= start && t <= end ? `{ pc = ${t}; continue out; }` : `{ xpc = ${t}; xrem = 0; break out; }`;
  /** Continue at the next instruction, t: by falling into its case when it is in the loop. */
  const fallTo = (t: number): string => (t <= end ? '' : goTo(t));
  /** An inlined body whose failed guard runs `undo` (then puts back its writes) and `exit`. */
  const inlineLeaf = (plan: LeafPlan, fn: string, args: string[], results: string[], undo: string, exit: string, prefix: string): string => {
    const leave = plan.writes ? `{ ${undo} ${UNDO_CODE} ${exit} }` : undo === '' ? exit : `{ ${undo} ${exit} }`;
    const body = emitLeaf(plan, { fn, args, results, exit: leave, prefix, arith: ARITH, written: wregs, held: regs });
    return plan.writes ? `let un = 0; ${body}` : body;
  };

  const blockLength = (from: number): number => {
    let n = 0;
    for (let pc = from; pc <= end; pc++) {
      if (pc > from && leader[pc - start]) break;
      n++;
      // an inlined call's instructions count as dispatched (an __index function's only when
      // it runs: charged there)
      const leaf = leaves.get(pc);
      if (leaf !== undefined && leaf.via !== VIA_INDEX_TM) n += leaf.plan.len;
      const i = code[pc]!;
      const op = opOf(i);
      if (COND.has(op)) break; // with its jump: one dispatch, ends the block
      if (op === Op.JMP || op === Op.FORLOOP || op === Op.FORPREP) break;
      if (op === Op.LOADBOOL && argC(i) !== 0) break;
    }
    return n;
  };

  for (let pc = start; pc <= end; pc++) {
    if (leader[pc - start]) {
      blockLen = blockLength(pc);
      doneInBlock = 0;
      emit(`case ${pc}: if ((hc -= ${blockLen}) <= 0) { hc += ${blockLen}; xpc = ${pc}; xrem = 0; break out; }`);
    }
    const i = code[pc]!;
    const op = opOf(i);
    const a = argA(i);
    const b = argB(i);
    const c = argC(i);
    const exit = exitAt(pc);
    switch (op) {
      case Op.MOVE: emit(`${R(a)} = ${R(b)};`); break;
      case Op.LOADK: emit(`${R(a)} = ${K(argBx(i))};`); break;
      case Op.LOADBOOL:
        emit(`${R(a)} = ${b !== 0};`);
        if (c !== 0) {
          doneInBlock++;
          emit(goTo(pc + 2));
          continue;
        }
        break;
      case Op.LOADNIL: {
        const rs: string[] = [];
        for (let r = a; r <= b; r++) rs.push(R(r));
        emit(`${rs.join(' = ')} = undefined;`);
        break;
      }
      case Op.GETUPVAL: emit(`{ const uv = upvals[${b}]; ${R(a)} = uv.idx >= 0 ? uv.stack[uv.idx] : uv.v; }`); break;
      case Op.SETUPVAL: emit(`{ const uv = upvals[${b}]; if (uv.idx >= 0) uv.stack[uv.idx] = ${R(a)}; else uv.v = ${R(a)}; }`); break;
      case Op.GETGLOBAL: {
        const key = p.k[argBx(i)];
        if (typeof key !== 'string') return null;
        emit(`{ const env = cl.env; const v = env.getStrH(k[${argBx(i)}], ${strHash(key)}); if (v !== undefined || env.metatable === undefined) ${R(a)} = v; else ${exit} }`);
        break;
      }
      case Op.SETGLOBAL:
        if (typeof p.k[argBx(i)] !== 'string') return null;
        emit(`{ const env = cl.env; if (env.metatable === undefined && !env.readonly) env.setStrH(k[${argBx(i)}], ${strHash(p.k[argBx(i)] as string)}, ${R(a)}); else ${exit} }`);
        break;
      case Op.GETTABLE: {
        const sk = strK(c);
        const get = sk !== null ? `t.getStrH(k[${c & 0xff}], ${strHash(sk)})` : isNumK(c) ? `t.getNum(${K(c & 0xff)})` : `t.get(${RK(c)})`;
        const leaf = leaves.get(pc);
        let absent = exit;
        if (leaf !== undefined) {
          // the __index function, run inline when the real call could not fail: a Lua frame
          // and a C level (luaD_call) free; the count hook charged its instructions here
          const len = leaf.plan.len;
          const body = inlineLeaf(leaf.plan, 'f', ['t', RK(c)], [R(a)], `hc += ${len};`, exit, `q${pc}_`);
          absent = `{ const f = L.fastTM(t.metatable, ${TM_INDEX}); if (f instanceof LuaClosure && f.p === inl[${leaf.plan.idx}] && th.ci + ${leaf.plan.depth} < th.ciSize && th.nCcalls + 1 < ${MAXCCALLS} && hc > ${len}) { hc -= ${len}; ${body} } else ${exit} }`;
        }
        emit(`{ const t = ${R(b)}; if (t instanceof LuaTable) { const v = ${get}; if (v !== undefined || t.metatable === undefined) ${R(a)} = v; else ${absent} } else ${exit} }`);
        break;
      }
      case Op.SELF: {
        const sk = strK(c);
        const get = sk !== null ? `getStrH(k[${c & 0xff}], ${strHash(sk)})` : isNumK(c) ? `getNum(${K(c & 0xff)})` : `get(${RK(c)})`;
        emit(`{ const t = ${R(b)}; ${chainLookup('t', get, R(a), exit)} ${R(a + 1)} = t; }`);
        break;
      }
      case Op.SETTABLE: {
        const keyOk = strK(b) !== null || (isNumK(b) && !Number.isNaN(p.k[b & 0xff])) ? '' : ` && ${RK(b)} !== undefined && ${RK(b)} === ${RK(b)}`;
        const sk = strK(b);
        const set = sk !== null ? `t.setStrH(k[${b & 0xff}], ${strHash(sk)}, ${RK(c)})` : `t.set(${RK(b)}, ${RK(c)})`;
        // as the interpreter: a table with a metatable takes the write raw when the key already
        // has a non-nil value (__newindex is only consulted for an absent key)
        emit(`{ const t = ${R(a)}; if (t instanceof LuaTable && !t.readonly) { if (t.metatable === undefined${keyOk}) ${set}; else if (!t.replace(${RK(b)}, ${RK(c)})) ${exit} } else ${exit} }`);
        break;
      }
      case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV: case Op.MOD: case Op.POW: {
        const checks = [b, c].filter((x) => !isNumK(x)).map((x) => `typeof ${RK(x)} === 'number'`);
        // two constants are read from k: V8 would fold two literals at compile time, and its
        // 0/0 is a NaN without the sign bit the CPU's (and lua5.1's "-nan") has
        const expr = checks.length === 0 ? ARITH[op]!(`k[${b & 0xff}]`, `k[${c & 0xff}]`) : ARITH[op]!(RK(b), RK(c));
        emit(checks.length === 0 ? `${R(a)} = ${expr};` : `if (${checks.join(' && ')}) ${R(a)} = ${expr}; else ${exit}`);
        break;
      }
      case Op.UNM: emit(`if (typeof ${R(b)} === 'number') ${R(a)} = -${R(b)}; else ${exit}`); break;
      case Op.NOT: emit(`${R(a)} = ${R(b)} === undefined || ${R(b)} === false;`); break;
      case Op.LEN:
        emit(`{ const v = ${R(b)}; if (v instanceof LuaTable) ${R(a)} = v.length(); else if (typeof v === 'string') ${R(a)} = v.length; else ${exit} }`);
        break;
      case Op.JMP:
        doneInBlock++;
        emit(goTo(targetOf(code, pc)));
        continue;
      case Op.EQ: case Op.LT: case Op.LE: {
        const x = RK(b);
        const y = RK(c);
        let test: string;
        if (op === Op.EQ) {
          test = `let r; if (${x} === ${y}) r = true; else if (typeof ${x} !== 'object' || typeof ${y} !== 'object') r = false; else ${exit}`;
        } else {
          const checks = [b, c].filter((z) => !isNumK(z)).map((z) => `typeof ${RK(z)} === 'number'`);
          const cmp = `${x} ${op === Op.LT ? '<' : '<='} ${y}`;
          test = checks.length === 0 ? `const r = ${cmp};` : `let r; if (${checks.join(' && ')}) r = ${cmp}; else ${exit}`;
        }
        doneInBlock++;
        emit(`{ ${test} if (r === ${a !== 0}) ${goTo(targetOf(code, pc))} }`);
        emit(fallTo(pc + 2));
        pc++;
        continue;
      }
      case Op.TEST:
        doneInBlock++;
        emit(`if ((${R(a)} === undefined || ${R(a)} === false ? 0 : 1) === ${c}) ${goTo(targetOf(code, pc))}`);
        emit(fallTo(pc + 2));
        pc++;
        continue;
      case Op.TESTSET:
        doneInBlock++;
        emit(`{ const v = ${R(b)}; if ((v === undefined || v === false ? 0 : 1) === ${c}) { ${R(a)} = v; ${goTo(targetOf(code, pc))} } }`);
        emit(fallTo(pc + 2));
        pc++;
        continue;
      case Op.TFORLOOP: {
        // the interpreter's TFORLOOP with a native iterator (pairs' next, ipairs' inext, ...):
        // luaD_call, so one more C level while it runs (at LUAI_MAXCCALLS the interpreter
        // raises); next is stepped without a call, as the interpreter does; a Lua iterator exits
        const cb = a + 3;
        const rest: string[] = [];
        for (let r = 2; r < c; r++) rest.push(`${R(cb + r)} = undefined;`);
        emit(`{ ${R(cb + 2)} = ${R(a + 2)}; ${R(cb + 1)} = ${R(a + 1)}; ${R(cb)} = ${R(a)}; const f = ${R(cb)}; const st = ${R(cb + 1)};`);
        emit(`if (th.nCcalls + 1 >= ${MAXCCALLS}) ${exit}`);
        emit(`if (typeof f === 'object' && f.isNext === true && st instanceof LuaTable) {`);
        emit(`  const n = st.tryNext(${R(cb + 2)}, NEXT_PAIR); if (n < 0) ${exit}`);
        emit(`  ${R(cb)} = n === 1 ? NEXT_PAIR[0] : undefined; ${c >= 2 ? `${R(cb + 1)} = n === 1 ? NEXT_PAIR[1] : undefined;` : ''} ${rest.join(' ')}`);
        emit(`  if (n === 1) { ${R(cb - 1)} = ${R(cb)}; ${goTo(targetOf(code, pc))} }`);
        emit(`} else if (typeof f === 'object' && f.tt === ${T_FUNCTION} && f.isNative && f.special === 0) {`);
        emit(`  ${store} th.top = base + ${cb + 3}; ci.savedpc = ${pc + 1}; L.hookCountdown = hc;`);
        emit(`  th.nCcalls++; try { precall(L, th, base + ${cb}, ${c}); } finally { th.nCcalls--; }`);
        emit(`  hc = L.hookCountdown; th.top = ci.top; ${load}`);
        emit(`  const v = ${R(cb)}; if (v !== undefined) { ${R(cb - 1)} = v; if (L.hookMask !== 0) { xpc = ${targetOf(code, pc)}; xrem = 0; break out; } ${goTo(targetOf(code, pc))} }`);
        emit(`  if (L.hookMask !== 0) { xpc = ${pc + 2}; xrem = 0; break out; }`);
        emit(`} else ${exit} }`);
        doneInBlock++;
        emit(fallTo(pc + 2));
        pc++;
        continue;
      }
      case Op.FORLOOP:
        doneInBlock++;
        emit(`{ const step = ${R(a + 2)}; const idx = ${R(a)} + step; if (0 < step ? idx <= ${R(a + 1)} : ${R(a + 1)} <= idx) { ${R(a)} = idx; ${R(a + 3)} = idx; ${goTo(targetOf(code, pc))} } }`);
        emit(fallTo(pc + 1));
        continue;
      case Op.FORPREP:
        emit(`if (typeof ${R(a)} !== 'number' || typeof ${R(a + 1)} !== 'number' || typeof ${R(a + 2)} !== 'number') ${exit}`);
        doneInBlock++;
        emit(`${R(a)} = ${R(a)} - ${R(a + 2)}; ${goTo(targetOf(code, pc))}`);
        continue;
      case Op.CALL: {
        const leaf = leaves.get(pc);
        if (leaf !== undefined) {
          // the expected callee, when its CallInfos are free (the real call could not overflow);
          // a table's __call gets the table first, as tryfuncTM puts it below the arguments
          const results: string[] = [];
          for (let r = a; r < a + c - 1; r++) results.push(R(r));
          const args: string[] = leaf.via === VIA_CALL_TM ? ['o'] : [];
          for (let r = a + 1; r < a + b; r++) args.push(R(r));
          const body = inlineLeaf(leaf.plan, 'f', args, results, '', exit, `q${pc}_`);
          const f = leaf.via === VIA_CALL_TM ? `const o = ${R(a)}; const f = o instanceof LuaTable ? L.fastTM(o.metatable, ${TM_CALL}) : undefined;` : `const f = ${R(a)};`;
          emit(`{ ${f} if (f instanceof LuaClosure && f.p === inl[${leaf.plan.idx}] && th.ci + ${leaf.plan.depth} < th.ciSize) { ${body} } else ${exit} }`);
          doneInBlock += leaf.plan.len;
          break;
        }
        // the interpreter's inline native call (precall's C branch); anything else exits
        const after = blockLen - doneInBlock - 1;
        emit(`{ const f = ${R(a)}; if (typeof f === 'object' && f.tt === ${T_FUNCTION} && f.isNative && f.special === 0) {`);
        emit(`  ${store} th.top = base + ${a + b}; ci.savedpc = ${pc + 1}; L.hookCountdown = hc + ${after};`);
        emit(`  precall(L, th, base + ${a}, ${c - 1}); th.top = ci.top; hc = L.hookCountdown - ${after}; ${load}`);
        emit(`  if (L.hookMask !== 0) { xpc = ${pc + 1}; xrem = ${after}; break out; }`);
        emit(`} else ${exit} }`);
        break;
      }
      default:
        return null;
    }
    doneInBlock++;
  }
  emit(`xpc = ${end + 1}; xrem = 0; break out;`);

  const body = [
    `const k = cl.p.k; const upvals = cl.upvals;`,
    `let ${regs.map((r) => `${R(r)} = stack[base + ${r}]`).join(', ') || '_unused'};`,
    `let hc = L.hookCountdown; let pc = ${start}; let xpc = 0; let xrem = 0;`,
    `out: for (;;) { switch (pc) {`,
    ...out,
    `default: xpc = pc; xrem = 0; break out;`,
    `} }`,
    store,
    `L.hookCountdown = hc + xrem;`,
    `return xpc;`,
  ].join('\n');
  const factory = new Function('LuaTable', 'pow', 'numMod', 'precall', 'LuaClosure', 'inl', 'UNDO', 'UPVAL_MARK', 'NEXT_PAIR', `return function loop_${start}_${end}(L, th, ci, cl, stack, base) {\n${body}\n};`) as (
    t: typeof LuaTable, pw: typeof pow, nm: typeof numMod, pc: typeof precall, lc: typeof LuaClosure, inl: Proto[],
    undo: unknown[], mark: symbol, pair: LuaValue[],
  ) => CompiledLoop;
  return factory(LuaTable, pow, numMod, precall, LuaClosure, leafProtos, UNDO_LOG, UPVAL_MARK, NEXT_PAIR);
}
