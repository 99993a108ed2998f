// The code generator of Lua 5.1.5 (lcode.c), function for function: jump lists, register
// allocation, constants, discharging expressions, constant folding, operators.

import type { LuaConstant } from '../chunk/proto.js';
import {
  createABC, createABx, createAsBx, getA, getB, getC, getOp, getSBx,
  LFIELDS_PER_FLUSH, MAXARG_BX, MAXARG_C, MAXARG_SBX, MAXINDEXRK, OP_IS_TEST, Op, rkAsK, isK,
} from '../spec/opcodes.js';
import { pow, numMod } from '../text/libm.js';
import { LuaSyntaxError } from './errors.js';
import { copyExp, K, NO_JUMP, NO_REG, type ExpDesc } from './expdesc.js';
import type { FuncState } from './funcstate.js';
import { NIL_KEY } from './funcstate.js';
import { setArgA, setArgB, setArgC, setArgSBx } from './instr.js';

/** MAXSTACK of llimits.h. */
const MAXSTACK = 250;
/** LUA_MULTRET. */
export const LUA_MULTRET = -1;

export const enum BinOpr {
  ADD, SUB, MUL, DIV, MOD, POW, CONCAT, NE, EQ, LT, LE, GT, GE, AND, OR, NOBINOPR,
}
export const enum UnOpr { MINUS, NOT, LEN, NOUNOPR }

function hasJumps(e: ExpDesc): boolean {
  return e.t !== e.f;
}

function isNumeral(e: ExpDesc): boolean {
  return e.k === K.VKNUM && e.t === NO_JUMP && e.f === NO_JUMP;
}

/** luaK_code: discharge pending jumps to here, then append. */
function code(fs: FuncState, i: number, line: number): number {
  dischargejpc(fs);
  return fs.push(i, line);
}

export function codeABC(fs: FuncState, o: Op, a: number, b: number, c: number): number {
  return code(fs, createABC(o, a, b, c), fs.ls.lastline);
}

export function codeABx(fs: FuncState, o: Op, a: number, bx: number): number {
  return code(fs, createABx(o, a, bx), fs.ls.lastline);
}

export function codeAsBx(fs: FuncState, o: Op, a: number, sbx: number): number {
  return code(fs, createAsBx(o, a, sbx), fs.ls.lastline);
}

/** luaK_fixline. */
export function fixLine(fs: FuncState, line: number): void {
  fs.lineinfo[fs.pc - 1] = line;
}

/** luaK_nil: LOADNIL, merged with a previous LOADNIL or elided at function start. */
export function nil(fs: FuncState, from: number, n: number): void {
  if (fs.pc > fs.lasttarget) { // no jumps to current position?
    if (fs.pc === 0) { // function start?
      if (from >= fs.nactvar) return; // positions are already clean
    } else {
      const prev = fs.at(fs.pc - 1);
      if (getOp(prev) === Op.LOADNIL) {
        const pfrom = getA(prev);
        const pto = getB(prev);
        if (pfrom <= from && from <= pto + 1) { // can connect both?
          if (from + n - 1 > pto) fs.set(fs.pc - 1, setArgB(prev, from + n - 1));
          return;
        }
      }
    }
  }
  codeABC(fs, Op.LOADNIL, from, from + n - 1, 0);
}

/** luaK_jump. */
export function jump(fs: FuncState): number {
  const jpc = fs.jpc; // save list of jumps to here
  fs.jpc = NO_JUMP;
  const j = { v: codeAsBx(fs, Op.JMP, 0, NO_JUMP) };
  concatList(fs, j, jpc); // keep them on hold
  return j.v;
}

/** luaK_ret. */
export function ret(fs: FuncState, first: number, nret: number): void {
  codeABC(fs, Op.RETURN, first, nret + 1, 0);
}

function condjump(fs: FuncState, op: Op, a: number, b: number, c: number): number {
  codeABC(fs, op, a, b, c);
  return jump(fs);
}

function fixjump(fs: FuncState, pc: number, dest: number): void {
  const offset = dest - (pc + 1);
  if (Math.abs(offset) > MAXARG_SBX) fs.ls.syntaxError('control structure too long');
  fs.set(pc, setArgSBx(fs.at(pc), offset));
}

/** luaK_getlabel: current pc, marked as a jump target. */
export function getLabel(fs: FuncState): number {
  fs.lasttarget = fs.pc;
  return fs.pc;
}

function getjump(fs: FuncState, pc: number): number {
  const offset = getSBx(fs.at(pc));
  return offset === NO_JUMP ? NO_JUMP : pc + 1 + offset;
}

/** getjumpcontrol: the test instruction guarding the jump at pc, or the jump itself. */
function jumpControlPc(fs: FuncState, pc: number): number {
  if (pc >= 1 && OP_IS_TEST[getOp(fs.at(pc - 1))]) return pc - 1;
  return pc;
}

/** need_value: whether some jump in the list does not produce a value. */
function needValue(fs: FuncState, list: number): boolean {
  for (; list !== NO_JUMP; list = getjump(fs, list)) {
    if (getOp(fs.at(jumpControlPc(fs, list))) !== Op.TESTSET) return true;
  }
  return false;
}

function patchtestreg(fs: FuncState, node: number, reg: number): boolean {
  const ipc = jumpControlPc(fs, node);
  const i = fs.at(ipc);
  if (getOp(i) !== Op.TESTSET) return false;
  if (reg !== NO_REG && reg !== getB(i)) fs.set(ipc, setArgA(i, reg));
  else fs.set(ipc, createABC(Op.TEST, getB(i), 0, getC(i)));
  return true;
}

function removevalues(fs: FuncState, list: number): void {
  for (; list !== NO_JUMP; list = getjump(fs, list)) patchtestreg(fs, list, NO_REG);
}

function patchlistaux(fs: FuncState, list: number, vtarget: number, reg: number, dtarget: number): void {
  while (list !== NO_JUMP) {
    const next = getjump(fs, list);
    if (patchtestreg(fs, list, reg)) fixjump(fs, list, vtarget);
    else fixjump(fs, list, dtarget);
    list = next;
  }
}

function dischargejpc(fs: FuncState): void {
  patchlistaux(fs, fs.jpc, fs.pc, NO_REG, fs.pc);
  fs.jpc = NO_JUMP;
}

/** luaK_patchlist. */
export function patchList(fs: FuncState, list: number, target: number): void {
  if (target === fs.pc) patchToHere(fs, list);
  else patchlistaux(fs, list, target, NO_REG, target);
}

/** luaK_patchtohere. */
export function patchToHere(fs: FuncState, list: number): void {
  getLabel(fs);
  const l = { v: fs.jpc };
  concatList(fs, l, list);
  fs.jpc = l.v;
}

/** luaK_concat: append list l2 to the list held in l1.v. */
export function concatList(fs: FuncState, l1: { v: number }, l2: number): void {
  if (l2 === NO_JUMP) return;
  if (l1.v === NO_JUMP) {
    l1.v = l2;
  } else {
    let list = l1.v;
    let next: number;
    while ((next = getjump(fs, list)) !== NO_JUMP) list = next; // find last element
    fixjump(fs, list, l2);
  }
}

/** luaK_concat on an expdesc's true list. */
function concatT(fs: FuncState, e: ExpDesc, l2: number): void {
  const l = { v: e.t };
  concatList(fs, l, l2);
  e.t = l.v;
}

/** luaK_concat on an expdesc's false list. */
function concatF(fs: FuncState, e: ExpDesc, l2: number): void {
  const l = { v: e.f };
  concatList(fs, l, l2);
  e.f = l.v;
}

/** luaK_checkstack. */
export function checkStack(fs: FuncState, n: number): void {
  const newstack = fs.freereg + n;
  if (newstack > fs.maxStackSize) {
    if (newstack >= MAXSTACK) fs.ls.syntaxError('function or expression too complex');
    fs.maxStackSize = newstack;
  }
}

/** luaK_reserveregs. */
export function reserveRegs(fs: FuncState, n: number): void {
  checkStack(fs, n);
  fs.freereg += n;
}

function freereg(fs: FuncState, reg: number): void {
  if (!isK(reg) && reg >= fs.nactvar) fs.freereg--;
}

function freeexp(fs: FuncState, e: ExpDesc): void {
  if (e.k === K.VNONRELOC) freereg(fs, e.info);
}

/** addk: index of a constant, added on first use (keys compare as Lua raw equality). */
function addk(fs: FuncState, key: string | number | boolean | symbol, v: LuaConstant): number {
  const idx = fs.h.get(key);
  if (idx !== undefined) return idx;
  const n = fs.k.length;
  if (n >= MAXARG_BX) throw new LuaSyntaxError('constant table overflow'); // no position prefix
  fs.h.set(key, n);
  fs.k.push(v);
  return n;
}

/** luaK_stringK. */
export function stringK(fs: FuncState, s: string): number {
  return addk(fs, s, s);
}

/** luaK_numberK. */
export function numberK(fs: FuncState, r: number): number {
  return addk(fs, r, r);
}

function boolK(fs: FuncState, b: boolean): number {
  return addk(fs, b, b);
}

function nilK(fs: FuncState): number {
  return addk(fs, NIL_KEY, undefined);
}

/** luaK_setreturns. */
export function setReturns(fs: FuncState, e: ExpDesc, nresults: number): void {
  if (e.k === K.VCALL) { // expression is an open function call?
    fs.set(e.info, setArgC(fs.at(e.info), nresults + 1));
  } else if (e.k === K.VVARARG) {
    let i = setArgB(fs.at(e.info), nresults + 1);
    i = setArgA(i, fs.freereg);
    fs.set(e.info, i);
    reserveRegs(fs, 1);
  }
}

/** luaK_setmultret. */
export function setMultRet(fs: FuncState, e: ExpDesc): void {
  setReturns(fs, e, LUA_MULTRET);
}

/** luaK_setoneret. */
export function setOneRet(fs: FuncState, e: ExpDesc): void {
  if (e.k === K.VCALL) {
    e.k = K.VNONRELOC;
    e.info = getA(fs.at(e.info));
  } else if (e.k === K.VVARARG) {
    fs.set(e.info, setArgB(fs.at(e.info), 2));
    e.k = K.VRELOCABLE; // can relocate its simple result
  }
}

/** luaK_dischargevars. */
export function dischargeVars(fs: FuncState, e: ExpDesc): void {
  switch (e.k) {
    case K.VLOCAL:
      e.k = K.VNONRELOC;
      break;
    case K.VUPVAL:
      e.info = codeABC(fs, Op.GETUPVAL, 0, e.info, 0);
      e.k = K.VRELOCABLE;
      break;
    case K.VGLOBAL:
      e.info = codeABx(fs, Op.GETGLOBAL, 0, e.info);
      e.k = K.VRELOCABLE;
      break;
    case K.VINDEXED:
      freereg(fs, e.aux);
      freereg(fs, e.info);
      e.info = codeABC(fs, Op.GETTABLE, 0, e.info, e.aux);
      e.k = K.VRELOCABLE;
      break;
    case K.VVARARG:
    case K.VCALL:
      setOneRet(fs, e);
      break;
    default:
      break; // there is one value available (somewhere)
  }
}

function codeLabel(fs: FuncState, a: number, b: number, jmp: number): number {
  getLabel(fs); // those instructions may be jump targets
  return codeABC(fs, Op.LOADBOOL, a, b, jmp);
}

function discharge2reg(fs: FuncState, e: ExpDesc, reg: number): void {
  dischargeVars(fs, e);
  switch (e.k) {
    case K.VNIL:
      nil(fs, reg, 1);
      break;
    case K.VFALSE:
    case K.VTRUE:
      codeABC(fs, Op.LOADBOOL, reg, e.k === K.VTRUE ? 1 : 0, 0);
      break;
    case K.VK:
      codeABx(fs, Op.LOADK, reg, e.info);
      break;
    case K.VKNUM:
      codeABx(fs, Op.LOADK, reg, numberK(fs, e.nval));
      break;
    case K.VRELOCABLE:
      fs.set(e.info, setArgA(fs.at(e.info), reg));
      break;
    case K.VNONRELOC:
      if (reg !== e.info) codeABC(fs, Op.MOVE, reg, e.info, 0);
      break;
    default:
      return; // VVOID or VJMP: nothing to do
  }
  e.info = reg;
  e.k = K.VNONRELOC;
}

function discharge2anyreg(fs: FuncState, e: ExpDesc): void {
  if (e.k !== K.VNONRELOC) {
    reserveRegs(fs, 1);
    discharge2reg(fs, e, fs.freereg - 1);
  }
}

function exp2reg(fs: FuncState, e: ExpDesc, reg: number): void {
  discharge2reg(fs, e, reg);
  if (e.k === K.VJMP) concatT(fs, e, e.info); // put this jump in `t' list
  if (hasJumps(e)) {
    let pF = NO_JUMP; // position of an eventual LOAD false
    let pT = NO_JUMP; // position of an eventual LOAD true
    if (needValue(fs, e.t) || needValue(fs, e.f)) {
      const fj = e.k === K.VJMP ? NO_JUMP : jump(fs);
      pF = codeLabel(fs, reg, 0, 1);
      pT = codeLabel(fs, reg, 1, 0);
      patchToHere(fs, fj);
    }
    const final = getLabel(fs); // position after whole expression
    patchlistaux(fs, e.f, final, reg, pF);
    patchlistaux(fs, e.t, final, reg, pT);
  }
  e.f = e.t = NO_JUMP;
  e.info = reg;
  e.k = K.VNONRELOC;
}

/** luaK_exp2nextreg. */
export function exp2nextreg(fs: FuncState, e: ExpDesc): void {
  dischargeVars(fs, e);
  freeexp(fs, e);
  reserveRegs(fs, 1);
  exp2reg(fs, e, fs.freereg - 1);
}

/** luaK_exp2anyreg. */
export function exp2anyreg(fs: FuncState, e: ExpDesc): number {
  dischargeVars(fs, e);
  if (e.k === K.VNONRELOC) {
    if (!hasJumps(e)) return e.info; // exp is already in a register
    if (e.info >= fs.nactvar) { // reg. is not a local?
      exp2reg(fs, e, e.info);
      return e.info;
    }
  }
  exp2nextreg(fs, e);
  return e.info;
}

/** luaK_exp2val. */
export function exp2val(fs: FuncState, e: ExpDesc): void {
  if (hasJumps(e)) exp2anyreg(fs, e);
  else dischargeVars(fs, e);
}

/** luaK_exp2RK. */
export function exp2RK(fs: FuncState, e: ExpDesc): number {
  exp2val(fs, e);
  switch (e.k) {
    case K.VKNUM:
    case K.VTRUE:
    case K.VFALSE:
    case K.VNIL:
      if (fs.k.length <= MAXINDEXRK) { // constant fit in RK operand?
        e.info = e.k === K.VNIL ? nilK(fs)
          : e.k === K.VKNUM ? numberK(fs, e.nval)
            : boolK(fs, e.k === K.VTRUE);
        e.k = K.VK;
        return rkAsK(e.info);
      }
      break;
    case K.VK:
      if (e.info <= MAXINDEXRK) return rkAsK(e.info); // constant fit in argC?
      break;
    default:
      break;
  }
  // not a constant in the right range: put it in a register
  return exp2anyreg(fs, e);
}

/** luaK_storevar. */
export function storeVar(fs: FuncState, v: ExpDesc, ex: ExpDesc): void {
  switch (v.k) {
    case K.VLOCAL:
      freeexp(fs, ex);
      exp2reg(fs, ex, v.info);
      return;
    case K.VUPVAL: {
      const e = exp2anyreg(fs, ex);
      codeABC(fs, Op.SETUPVAL, e, v.info, 0);
      break;
    }
    case K.VGLOBAL: {
      const e = exp2anyreg(fs, ex);
      codeABx(fs, Op.SETGLOBAL, e, v.info);
      break;
    }
    case K.VINDEXED: {
      const e = exp2RK(fs, ex);
      codeABC(fs, Op.SETTABLE, v.info, v.aux, e);
      break;
    }
    default:
      break; // invalid var kind to store (the parser never asks)
  }
  freeexp(fs, ex);
}

/** luaK_self. */
export function self(fs: FuncState, e: ExpDesc, key: ExpDesc): void {
  exp2anyreg(fs, e);
  freeexp(fs, e);
  const func = fs.freereg;
  reserveRegs(fs, 2);
  codeABC(fs, Op.SELF, func, e.info, exp2RK(fs, key));
  freeexp(fs, key);
  e.info = func;
  e.k = K.VNONRELOC;
}

function invertjump(fs: FuncState, e: ExpDesc): void {
  const pc = jumpControlPc(fs, e.info);
  const i = fs.at(pc);
  fs.set(pc, setArgA(i, getA(i) ? 0 : 1));
}

function jumponcond(fs: FuncState, e: ExpDesc, cond: number): number {
  if (e.k === K.VRELOCABLE) {
    const ie = fs.at(e.info);
    if (getOp(ie) === Op.NOT) {
      fs.pc--; // remove previous OP_NOT
      return condjump(fs, Op.TEST, getB(ie), 0, cond ? 0 : 1);
    }
  }
  discharge2anyreg(fs, e);
  freeexp(fs, e);
  return condjump(fs, Op.TESTSET, NO_REG, e.info, cond);
}

/** luaK_goiftrue. */
export function goIfTrue(fs: FuncState, e: ExpDesc): void {
  let pc: number; // pc of last jump
  dischargeVars(fs, e);
  switch (e.k) {
    case K.VK:
    case K.VKNUM:
    case K.VTRUE:
      pc = NO_JUMP; // always true; do nothing
      break;
    case K.VJMP:
      invertjump(fs, e);
      pc = e.info;
      break;
    default:
      pc = jumponcond(fs, e, 0);
      break;
  }
  concatF(fs, e, pc); // insert last jump in `f' list
  patchToHere(fs, e.t);
  e.t = NO_JUMP;
}

function goIfFalse(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  dischargeVars(fs, e);
  switch (e.k) {
    case K.VNIL:
    case K.VFALSE:
      pc = NO_JUMP; // always false; do nothing
      break;
    case K.VJMP:
      pc = e.info;
      break;
    default:
      pc = jumponcond(fs, e, 1);
      break;
  }
  concatT(fs, e, pc); // insert last jump in `t' list
  patchToHere(fs, e.f);
  e.f = NO_JUMP;
}

function codenot(fs: FuncState, e: ExpDesc): void {
  dischargeVars(fs, e);
  switch (e.k) {
    case K.VNIL:
    case K.VFALSE:
      e.k = K.VTRUE;
      break;
    case K.VK:
    case K.VKNUM:
    case K.VTRUE:
      e.k = K.VFALSE;
      break;
    case K.VJMP:
      invertjump(fs, e);
      break;
    case K.VRELOCABLE:
    case K.VNONRELOC:
      discharge2anyreg(fs, e);
      freeexp(fs, e);
      e.info = codeABC(fs, Op.NOT, 0, e.info, 0);
      e.k = K.VRELOCABLE;
      break;
    default:
      break; // cannot happen
  }
  // interchange true and false lists
  const temp = e.f;
  e.f = e.t;
  e.t = temp;
  removevalues(fs, e.f);
  removevalues(fs, e.t);
}

/** luaK_indexed. */
export function indexed(fs: FuncState, t: ExpDesc, k: ExpDesc): void {
  t.aux = exp2RK(fs, k);
  t.k = K.VINDEXED;
}

/** constfolding: 5.1 folds numerals only, never divides or takes modulo by 0, never makes NaN. */
function constfolding(op: Op, e1: ExpDesc, e2: ExpDesc): boolean {
  if (!isNumeral(e1) || !isNumeral(e2)) return false;
  const v1 = e1.nval;
  const v2 = e2.nval;
  let r: number;
  switch (op) {
    case Op.ADD: r = v1 + v2; break;
    case Op.SUB: r = v1 - v2; break;
    case Op.MUL: r = v1 * v2; break;
    case Op.DIV:
      if (v2 === 0) return false;
      r = v1 / v2;
      break;
    case Op.MOD:
      if (v2 === 0) return false;
      r = numMod(v1, v2);
      break;
    case Op.POW: r = pow(v1, v2); break; // luai_numpow: C pow, correctly rounded as glibc's
    case Op.UNM: r = -v1; break;
    default: return false; // no constant folding for 'len'
  }
  if (Number.isNaN(r)) return false;
  e1.nval = r;
  return true;
}

function codearith(fs: FuncState, op: Op, e1: ExpDesc, e2: ExpDesc): void {
  if (constfolding(op, e1, e2)) return;
  const o2 = op !== Op.UNM && op !== Op.LEN ? exp2RK(fs, e2) : 0;
  const o1 = exp2RK(fs, e1);
  if (o1 > o2) {
    freeexp(fs, e1);
    freeexp(fs, e2);
  } else {
    freeexp(fs, e2);
    freeexp(fs, e1);
  }
  e1.info = codeABC(fs, op, 0, o1, o2);
  e1.k = K.VRELOCABLE;
}

function codecomp(fs: FuncState, op: Op, cond: number, e1: ExpDesc, e2: ExpDesc): void {
  let o1 = exp2RK(fs, e1);
  let o2 = exp2RK(fs, e2);
  freeexp(fs, e2);
  freeexp(fs, e1);
  if (cond === 0 && op !== Op.EQ) {
    const temp = o1; // exchange args to replace by `<' or `<='
    o1 = o2;
    o2 = temp;
    cond = 1;
  }
  e1.info = condjump(fs, op, cond, o1, o2);
  e1.k = K.VJMP;
}

/** luaK_prefix. */
export function prefix(fs: FuncState, op: UnOpr, e: ExpDesc): void {
  const e2: ExpDesc = { k: K.VKNUM, info: 0, aux: 0, nval: 0, t: NO_JUMP, f: NO_JUMP };
  switch (op) {
    case UnOpr.MINUS:
      if (!isNumeral(e)) exp2anyreg(fs, e); // cannot operate on non-numeric constants
      codearith(fs, Op.UNM, e, e2);
      break;
    case UnOpr.NOT:
      codenot(fs, e);
      break;
    case UnOpr.LEN:
      exp2anyreg(fs, e); // cannot operate on constants
      codearith(fs, Op.LEN, e, e2);
      break;
    default:
      break;
  }
}

/** luaK_infix. */
export function infix(fs: FuncState, op: BinOpr, v: ExpDesc): void {
  switch (op) {
    case BinOpr.AND:
      goIfTrue(fs, v);
      break;
    case BinOpr.OR:
      goIfFalse(fs, v);
      break;
    case BinOpr.CONCAT:
      exp2nextreg(fs, v); // operand must be on the `stack'
      break;
    case BinOpr.ADD: case BinOpr.SUB: case BinOpr.MUL:
    case BinOpr.DIV: case BinOpr.MOD: case BinOpr.POW:
      if (!isNumeral(v)) exp2RK(fs, v);
      break;
    default:
      exp2RK(fs, v);
      break;
  }
}

/** luaK_posfix. */
export function posfix(fs: FuncState, op: BinOpr, e1: ExpDesc, e2: ExpDesc): void {
  switch (op) {
    case BinOpr.AND:
      dischargeVars(fs, e2);
      concatF(fs, e2, e1.f);
      copyExp(e1, e2);
      break;
    case BinOpr.OR:
      dischargeVars(fs, e2);
      concatT(fs, e2, e1.t);
      copyExp(e1, e2);
      break;
    case BinOpr.CONCAT:
      exp2val(fs, e2);
      if (e2.k === K.VRELOCABLE && getOp(fs.at(e2.info)) === Op.CONCAT) {
        freeexp(fs, e1);
        fs.set(e2.info, setArgB(fs.at(e2.info), e1.info));
        e1.k = K.VRELOCABLE;
        e1.info = e2.info;
      } else {
        exp2nextreg(fs, e2); // operand must be on the 'stack'
        codearith(fs, Op.CONCAT, e1, e2);
      }
      break;
    case BinOpr.ADD: codearith(fs, Op.ADD, e1, e2); break;
    case BinOpr.SUB: codearith(fs, Op.SUB, e1, e2); break;
    case BinOpr.MUL: codearith(fs, Op.MUL, e1, e2); break;
    case BinOpr.DIV: codearith(fs, Op.DIV, e1, e2); break;
    case BinOpr.MOD: codearith(fs, Op.MOD, e1, e2); break;
    case BinOpr.POW: codearith(fs, Op.POW, e1, e2); break;
    case BinOpr.EQ: codecomp(fs, Op.EQ, 1, e1, e2); break;
    case BinOpr.NE: codecomp(fs, Op.EQ, 0, e1, e2); break;
    case BinOpr.LT: codecomp(fs, Op.LT, 1, e1, e2); break;
    case BinOpr.LE: codecomp(fs, Op.LE, 1, e1, e2); break;
    case BinOpr.GT: codecomp(fs, Op.LT, 0, e1, e2); break;
    case BinOpr.GE: codecomp(fs, Op.LE, 0, e1, e2); break;
    default: break;
  }
}

/** luaK_setlist: SETLIST, with the batch number in the next word when it exceeds MAXARG_C. */
export function setList(fs: FuncState, base: number, nelems: number, tostore: number): void {
  const c = Math.floor((nelems - 1) / LFIELDS_PER_FLUSH) + 1;
  const b = tostore === LUA_MULTRET ? 0 : tostore;
  if (c <= MAXARG_C) {
    codeABC(fs, Op.SETLIST, base, b, c);
  } else {
    codeABC(fs, Op.SETLIST, base, b, 0);
    code(fs, c >>> 0, fs.ls.lastline);
  }
  fs.freereg = base + 1; // free registers with list values
}
