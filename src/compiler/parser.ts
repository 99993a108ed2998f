// The parser of Lua 5.1.5 (lparser.c): one pass, generating code through codegen.ts while it
// reads, exactly in lparser.c's order (which the bytecode depends on).

import type { Proto } from '../chunk/proto.js';
import { VARARG_HASARG, VARARG_ISVARARG, VARARG_NEEDSARG } from '../chunk/proto.js';
import { LFIELDS_PER_FLUSH, MAXARG_BX, Op } from '../spec/opcodes.js';
import {
  BinOpr, checkStack, codeABC, codeABx, codeAsBx, concatList, dischargeVars, exp2anyreg,
  exp2nextreg, exp2RK, exp2val, fixLine, getLabel, goIfTrue, indexed, infix, jump, LUA_MULTRET,
  nil, numberK, patchList, patchToHere, posfix, prefix, reserveRegs, ret, self, setList,
  setMultRet, setOneRet, setReturns, storeVar, stringK, UnOpr,
} from './codegen.js';
import { hasMultRet, initExp, K, newExp, NO_JUMP, type ExpDesc } from './expdesc.js';
import { FuncState, type BlockCnt } from './funcstate.js';
import { setArgB, setArgC, setOpcode } from './instr.js';
import { LuaSyntaxError } from './errors.js';
import type { Lexer } from './lexer.js';
import { Tk, token2str } from './tokens.js';

/** LUAI_MAXVARS, LUAI_MAXUPVALUES, LUAI_MAXCCALLS of luaconf.h. */
const LUAI_MAXVARS = 200;
const LUAI_MAXUPVALUES = 60;
const LUAI_MAXCCALLS = 200;
/** SHRT_MAX: limit of registerlocalvar's luaM_growvector. */
const SHRT_MAX = 32767;
/** UNARY_PRIORITY of lparser.c. */
const UNARY_PRIORITY = 8;

/** Left and right priority of each binary operator, ORDER OPR. */
const PRIORITY_LEFT = [6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1];
const PRIORITY_RIGHT = [6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1];

/** A left-hand side of an assignment (LHS_assign). */
interface LhsAssign {
  prev: LhsAssign | null;
  v: ExpDesc;
}

/** ConsControl of a table constructor. */
interface ConsControl {
  v: ExpDesc;
  t: ExpDesc;
  nh: number;
  na: number;
  tostore: number;
}

/** luaO_int2fb: "floating point byte" 1xxx * 2^(eeeee - 1) of NEWTABLE sizes. */
function int2fb(x: number): number {
  let e = 0;
  while (x >= 16) {
    x = (x + 1) >>> 1;
    e++;
  }
  if (x < 8) return x;
  return ((e + 1) << 3) | (x - 8);
}

function getUnopr(t: number): UnOpr {
  switch (t) {
    case Tk.NOT: return UnOpr.NOT;
    case 45: return UnOpr.MINUS;
    case 35: return UnOpr.LEN;
    default: return UnOpr.NOUNOPR;
  }
}

function getBinopr(t: number): BinOpr {
  switch (t) {
    case 43: return BinOpr.ADD;
    case 45: return BinOpr.SUB;
    case 42: return BinOpr.MUL;
    case 47: return BinOpr.DIV;
    case 37: return BinOpr.MOD;
    case 94: return BinOpr.POW;
    case Tk.CONCAT: return BinOpr.CONCAT;
    case Tk.NE: return BinOpr.NE;
    case Tk.EQ: return BinOpr.EQ;
    case 60: return BinOpr.LT;
    case Tk.LE: return BinOpr.LE;
    case 62: return BinOpr.GT;
    case Tk.GE: return BinOpr.GE;
    case Tk.AND: return BinOpr.AND;
    case Tk.OR: return BinOpr.OR;
    default: return BinOpr.NOBINOPR;
  }
}

function blockFollow(t: number): boolean {
  return t === Tk.ELSE || t === Tk.ELSEIF || t === Tk.END || t === Tk.UNTIL || t === Tk.EOS;
}

export class Parser {
  private readonly ls: Lexer;
  private fs!: FuncState;
  /** L->nCcalls: C-call depth, counted by enterlevel against LUAI_MAXCCALLS. */
  private nCcalls: number;

  constructor(ls: Lexer, baseCcalls: number) {
    this.ls = ls;
    this.nCcalls = baseCcalls;
  }

  /** luaY_parser. */
  parseChunk(): Proto {
    const fs = this.openFunc();
    fs.isVararg = VARARG_ISVARARG; // main func. is always vararg
    this.ls.advance(); // read first token
    this.chunk();
    this.check(Tk.EOS);
    return this.closeFunc();
  }

  // ---- errors and token checks

  private errorExpected(token: number): never {
    return this.ls.syntaxError(`'${token2str(token)}' expected`);
  }

  private errorLimit(fs: FuncState, limit: number, what: string): never {
    const msg = fs.lineDefined === 0
      ? `main function has more than ${limit} ${what}`
      : `function at line ${fs.lineDefined} has more than ${limit} ${what}`;
    return this.ls.error(msg, 0);
  }

  private checkLimit(fs: FuncState, v: number, l: number, what: string): void {
    if (v > l) this.errorLimit(fs, l, what);
  }

  private testNext(c: number): boolean {
    if (this.ls.t === c) {
      this.ls.advance();
      return true;
    }
    return false;
  }

  private check(c: number): void {
    if (this.ls.t !== c) this.errorExpected(c);
  }

  private checkNext(c: number): void {
    this.check(c);
    this.ls.advance();
  }

  private checkCondition(c: boolean, msg: string): void {
    if (!c) this.ls.syntaxError(msg);
  }

  private checkMatch(what: number, who: number, where: number): void {
    if (!this.testNext(what)) {
      if (where === this.ls.linenumber) this.errorExpected(what);
      else {
        this.ls.syntaxError(
          `'${token2str(what)}' expected (to close '${token2str(who)}' at line ${where})`);
      }
    }
  }

  private strCheckName(): string {
    this.check(Tk.NAME);
    const ts = this.ls.sem as string;
    this.ls.advance();
    return ts;
  }

  private codeString(e: ExpDesc, s: string): void {
    initExp(e, K.VK, stringK(this.fs, s));
  }

  private checkName(e: ExpDesc): void {
    this.codeString(e, this.strCheckName());
  }

  // ---- variables

  private registerLocalVar(name: string): number {
    const fs = this.fs;
    // luaM_growvector's runtime error: no position prefix
    if (fs.locVars.length >= SHRT_MAX) throw new LuaSyntaxError('too many local variables');
    fs.locVars.push({ name, startPc: 0, endPc: 0 });
    return fs.locVars.length - 1;
  }

  private newLocalVar(name: string, n: number): void {
    const fs = this.fs;
    this.checkLimit(fs, fs.nactvar + n + 1, LUAI_MAXVARS, 'local variables');
    fs.actvar[fs.nactvar + n] = this.registerLocalVar(name);
  }

  private getLocVar(fs: FuncState, i: number): { name: string; startPc: number; endPc: number } {
    const lv = fs.locVars[fs.actvar[i] ?? -1];
    if (lv === undefined) throw new Error('internal: bad local variable index');
    return lv;
  }

  private adjustLocalVars(nvars: number): void {
    const fs = this.fs;
    fs.nactvar += nvars;
    for (; nvars; nvars--) this.getLocVar(fs, fs.nactvar - nvars).startPc = fs.pc;
  }

  private removeVars(tolevel: number): void {
    const fs = this.fs;
    while (fs.nactvar > tolevel) this.getLocVar(fs, --fs.nactvar).endPc = fs.pc;
  }

  private indexUpvalue(fs: FuncState, name: string, v: ExpDesc): number {
    const nups = fs.nups;
    for (let i = 0; i < nups; i++) {
      const u = fs.upvalues[i];
      if (u !== undefined && u.k === v.k && u.info === v.info) return i;
    }
    // new one
    this.checkLimit(fs, nups + 1, LUAI_MAXUPVALUES, 'upvalues');
    fs.upvalueNames.push(name);
    fs.upvalues.push({ k: v.k, info: v.info });
    return nups;
  }

  private searchVar(fs: FuncState, n: string): number {
    for (let i = fs.nactvar - 1; i >= 0; i--) {
      if (n === this.getLocVar(fs, i).name) return i;
    }
    return -1;
  }

  private markUpval(fs: FuncState, level: number): void {
    let bl = fs.bl;
    while (bl && bl.nactvar > level) bl = bl.previous;
    if (bl) bl.upval = true;
  }

  private singleVarAux(fs: FuncState | null, n: string, v: ExpDesc, base: boolean): K {
    if (fs === null) { // no more levels?
      initExp(v, K.VGLOBAL, 255); // default is global variable
      return K.VGLOBAL;
    }
    const idx = this.searchVar(fs, n);
    if (idx >= 0) {
      initExp(v, K.VLOCAL, idx);
      if (!base) this.markUpval(fs, idx); // local will be used as an upval
      return K.VLOCAL;
    }
    if (this.singleVarAux(fs.prev, n, v, false) === K.VGLOBAL) return K.VGLOBAL;
    v.info = this.indexUpvalue(fs, n, v); // else was LOCAL or UPVAL
    v.k = K.VUPVAL;
    return K.VUPVAL;
  }

  private singleVar(v: ExpDesc): void {
    const name = this.strCheckName();
    const fs = this.fs;
    if (this.singleVarAux(fs, name, v, true) === K.VGLOBAL) v.info = stringK(fs, name);
  }

  private adjustAssign(nvars: number, nexps: number, e: ExpDesc): void {
    const fs = this.fs;
    let extra = nvars - nexps;
    if (hasMultRet(e.k)) {
      extra++; // includes call itself
      if (extra < 0) extra = 0;
      setReturns(fs, e, extra); // last exp. provides the difference
      if (extra > 1) reserveRegs(fs, extra - 1);
    } else {
      if (e.k !== K.VVOID) exp2nextreg(fs, e); // close last expression
      if (extra > 0) {
        const reg = fs.freereg;
        reserveRegs(fs, extra);
        nil(fs, reg, extra);
      }
    }
  }

  private enterLevel(): void {
    if (++this.nCcalls > LUAI_MAXCCALLS) this.ls.error('chunk has too many syntax levels', 0);
  }

  private leaveLevel(): void {
    this.nCcalls--;
  }

  private enterBlock(fs: FuncState, bl: BlockCnt, isbreakable: boolean): void {
    bl.breaklist = NO_JUMP;
    bl.isbreakable = isbreakable;
    bl.nactvar = fs.nactvar;
    bl.upval = false;
    bl.previous = fs.bl;
    fs.bl = bl;
  }

  private leaveBlock(fs: FuncState): void {
    const bl = fs.bl;
    if (bl === null) return;
    fs.bl = bl.previous;
    this.removeVars(bl.nactvar);
    if (bl.upval) codeABC(fs, Op.CLOSE, bl.nactvar, 0, 0);
    fs.freereg = fs.nactvar; // free registers
    patchToHere(fs, bl.breaklist);
  }

  private newBlock(): BlockCnt {
    return { previous: null, breaklist: NO_JUMP, nactvar: 0, upval: false, isbreakable: false };
  }

  private pushClosure(func: FuncState, proto: Proto, v: ExpDesc): void {
    const fs = this.fs;
    if (fs.p.length >= MAXARG_BX) throw new LuaSyntaxError('constant table overflow');
    fs.p.push(proto);
    initExp(v, K.VRELOCABLE, codeABx(fs, Op.CLOSURE, 0, fs.p.length - 1));
    for (const u of func.upvalues) {
      const o = u.k === K.VLOCAL ? Op.MOVE : Op.GETUPVAL;
      codeABC(fs, o, 0, u.info, 0);
    }
  }

  private openFunc(): FuncState {
    const prev = this.fs as FuncState | undefined;
    const fs = new FuncState(this.ls, prev ?? null);
    this.fs = fs;
    return fs;
  }

  private closeFunc(): Proto {
    const fs = this.fs;
    this.removeVars(0);
    ret(fs, 0, 0); // final return
    const proto = fs.toProto();
    if (fs.prev !== null) this.fs = fs.prev;
    return proto;
  }

  // ---- grammar rules

  private field(v: ExpDesc): void {
    // field -> ['.' | ':'] NAME
    const fs = this.fs;
    const key = newExp();
    exp2anyreg(fs, v);
    this.ls.advance(); // skip the dot or colon
    this.checkName(key);
    indexed(fs, v, key);
  }

  private yindex(v: ExpDesc): void {
    // index -> '[' expr ']'
    this.ls.advance(); // skip the '['
    this.expr(v);
    exp2val(this.fs, v);
    this.checkNext(93);
  }

  private recfield(cc: ConsControl): void {
    // recfield -> (NAME | `['exp1`]') = exp1
    const fs = this.fs;
    const reg = fs.freereg;
    const key = newExp();
    const val = newExp();
    if (this.ls.t === Tk.NAME) this.checkName(key);
    else this.yindex(key); // ls.t === '['
    cc.nh++;
    this.checkNext(61);
    const rkkey = exp2RK(fs, key);
    this.expr(val);
    codeABC(fs, Op.SETTABLE, cc.t.info, rkkey, exp2RK(fs, val));
    fs.freereg = reg; // free registers
  }

  private closeListField(fs: FuncState, cc: ConsControl): void {
    if (cc.v.k === K.VVOID) return; // there is no list item
    exp2nextreg(fs, cc.v);
    cc.v.k = K.VVOID;
    if (cc.tostore === LFIELDS_PER_FLUSH) {
      setList(fs, cc.t.info, cc.na, cc.tostore); // flush
      cc.tostore = 0; // no more items pending
    }
  }

  private lastListField(fs: FuncState, cc: ConsControl): void {
    if (cc.tostore === 0) return;
    if (hasMultRet(cc.v.k)) {
      setMultRet(fs, cc.v);
      setList(fs, cc.t.info, cc.na, LUA_MULTRET);
      cc.na--; // do not count last expression (unknown number of elements)
    } else {
      if (cc.v.k !== K.VVOID) exp2nextreg(fs, cc.v);
      setList(fs, cc.t.info, cc.na, cc.tostore);
    }
  }

  private listField(cc: ConsControl): void {
    this.expr(cc.v);
    cc.na++;
    cc.tostore++;
  }

  private constructor_(t: ExpDesc): void {
    const fs = this.fs;
    const line = this.ls.linenumber;
    const pc = codeABC(fs, Op.NEWTABLE, 0, 0, 0);
    const cc: ConsControl = { v: newExp(), t, nh: 0, na: 0, tostore: 0 };
    initExp(t, K.VRELOCABLE, pc);
    exp2nextreg(fs, t); // fix it at stack top (for gc)
    this.checkNext(123);
    do {
      if (this.ls.t === 125) break;
      this.closeListField(fs, cc);
      switch (this.ls.t) {
        case Tk.NAME: // may be listfields or recfields
          if (this.ls.lookahead() !== 61) this.listField(cc); // expression?
          else this.recfield(cc);
          break;
        case 91: // constructor_item -> recfield
          this.recfield(cc);
          break;
        default: // constructor_part -> listfield
          this.listField(cc);
          break;
      }
    } while (this.testNext(44) || this.testNext(59));
    this.checkMatch(125, 123, line);
    this.lastListField(fs, cc);
    let i = fs.at(pc);
    i = setArgB(i, int2fb(cc.na)); // set initial array size
    i = setArgC(i, int2fb(cc.nh)); // set initial table size
    fs.set(pc, i);
  }

  private parlist(): void {
    // parlist -> [ param { `,' param } ]
    const fs = this.fs;
    let nparams = 0;
    fs.isVararg = 0;
    if (this.ls.t !== 41) { // is `parlist' not empty?
      do {
        switch (this.ls.t) {
          case Tk.NAME: // param -> NAME
            this.newLocalVar(this.strCheckName(), nparams++);
            break;
          case Tk.DOTS: // param -> `...'
            this.ls.advance();
            // LUA_COMPAT_VARARG: use `arg' as default name
            this.newLocalVar('arg', nparams++);
            fs.isVararg = VARARG_HASARG | VARARG_NEEDSARG;
            fs.isVararg |= VARARG_ISVARARG;
            break;
          default:
            this.ls.syntaxError("<name> or '...' expected");
        }
      } while (!fs.isVararg && this.testNext(44));
    }
    this.adjustLocalVars(nparams);
    fs.numParams = fs.nactvar - (fs.isVararg & VARARG_HASARG);
    reserveRegs(fs, fs.nactvar); // reserve register for parameters
  }

  private body(e: ExpDesc, needself: boolean, line: number): void {
    // body ->  `(' parlist `)' chunk END
    const newFs = this.openFunc();
    newFs.lineDefined = line;
    this.checkNext(40);
    if (needself) {
      this.newLocalVar('self', 0);
      this.adjustLocalVars(1);
    }
    this.parlist();
    this.checkNext(41);
    this.chunk();
    newFs.lastLineDefined = this.ls.linenumber;
    this.checkMatch(Tk.END, Tk.FUNCTION, line);
    const proto = this.closeFunc();
    this.pushClosure(newFs, proto, e);
  }

  private explist1(v: ExpDesc): number {
    // explist1 -> expr { `,' expr }
    let n = 1; // at least one expression
    this.expr(v);
    while (this.testNext(44)) {
      exp2nextreg(this.fs, v);
      this.expr(v);
      n++;
    }
    return n;
  }

  private funcargs(f: ExpDesc): void {
    const fs = this.fs;
    const args = newExp();
    const line = this.ls.linenumber;
    switch (this.ls.t) {
      case 40: { // funcargs -> `(' [ explist1 ] `)'
        if (line !== this.ls.lastline) {
          this.ls.syntaxError('ambiguous syntax (function call x new statement)');
        }
        this.ls.advance();
        if ((this.ls.t as number) === 41) args.k = K.VVOID; // arg list is empty?
        else {
          this.explist1(args);
          setMultRet(fs, args);
        }
        this.checkMatch(41, 40, line);
        break;
      }
      case 123: // funcargs -> constructor
        this.constructor_(args);
        break;
      case Tk.STRING: // funcargs -> STRING
        this.codeString(args, this.ls.sem as string);
        this.ls.advance(); // must use `seminfo' before `next'
        break;
      default:
        this.ls.syntaxError('function arguments expected');
    }
    const base = f.info; // base register for call
    let nparams: number;
    if (hasMultRet(args.k)) {
      nparams = LUA_MULTRET; // open call
    } else {
      if (args.k !== K.VVOID) exp2nextreg(fs, args); // close last argument
      nparams = fs.freereg - (base + 1);
    }
    initExp(f, K.VCALL, codeABC(fs, Op.CALL, base, nparams + 1, 2));
    fixLine(fs, line);
    fs.freereg = base + 1; // call removes function and arguments and leaves one result
  }

  private prefixexp(v: ExpDesc): void {
    // prefixexp -> NAME | '(' expr ')'
    switch (this.ls.t) {
      case 40: {
        const line = this.ls.linenumber;
        this.ls.advance();
        this.expr(v);
        this.checkMatch(41, 40, line);
        dischargeVars(this.fs, v);
        return;
      }
      case Tk.NAME:
        this.singleVar(v);
        return;
      default:
        this.ls.syntaxError('unexpected symbol');
    }
  }

  private primaryexp(v: ExpDesc): void {
    // primaryexp -> prefixexp { `.' NAME | `[' exp `]' | `:' NAME funcargs | funcargs }
    const fs = this.fs;
    this.prefixexp(v);
    for (;;) {
      switch (this.ls.t) {
        case 46: // field
          this.field(v);
          break;
        case 91: { // `[' exp1 `]'
          const key = newExp();
          exp2anyreg(fs, v);
          this.yindex(key);
          indexed(fs, v, key);
          break;
        }
        case 58: { // `:' NAME funcargs
          const key = newExp();
          this.ls.advance();
          this.checkName(key);
          self(fs, v, key);
          this.funcargs(v);
          break;
        }
        case 40:
        case Tk.STRING:
        case 123: // funcargs
          exp2nextreg(fs, v);
          this.funcargs(v);
          break;
        default:
          return;
      }
    }
  }

  private simpleexp(v: ExpDesc): void {
    // simpleexp -> NUMBER | STRING | NIL | true | false | ... | constructor | FUNCTION body
    //            | primaryexp
    switch (this.ls.t) {
      case Tk.NUMBER:
        initExp(v, K.VKNUM, 0);
        v.nval = this.ls.sem as number;
        break;
      case Tk.STRING:
        this.codeString(v, this.ls.sem as string);
        break;
      case Tk.NIL:
        initExp(v, K.VNIL, 0);
        break;
      case Tk.TRUE:
        initExp(v, K.VTRUE, 0);
        break;
      case Tk.FALSE:
        initExp(v, K.VFALSE, 0);
        break;
      case Tk.DOTS: { // vararg
        const fs = this.fs;
        this.checkCondition(fs.isVararg !== 0, "cannot use '...' outside a vararg function");
        fs.isVararg &= ~VARARG_NEEDSARG; // don't need 'arg'
        initExp(v, K.VVARARG, codeABC(fs, Op.VARARG, 0, 1, 0));
        break;
      }
      case 123: // constructor
        this.constructor_(v);
        return;
      case Tk.FUNCTION:
        this.ls.advance();
        this.body(v, false, this.ls.linenumber);
        return;
      default:
        this.primaryexp(v);
        return;
    }
    this.ls.advance();
  }

  /** subexpr -> (simpleexp | unop subexpr) { binop subexpr }, binops with priority > limit. */
  private subexpr(v: ExpDesc, limit: number): BinOpr {
    this.enterLevel();
    const uop = getUnopr(this.ls.t);
    if (uop !== UnOpr.NOUNOPR) {
      this.ls.advance();
      this.subexpr(v, UNARY_PRIORITY);
      prefix(this.fs, uop, v);
    } else {
      this.simpleexp(v);
    }
    // expand while operators have priorities higher than `limit'
    let op = getBinopr(this.ls.t);
    while (op !== BinOpr.NOBINOPR && (PRIORITY_LEFT[op] ?? 0) > limit) {
      const v2 = newExp();
      this.ls.advance();
      infix(this.fs, op, v);
      // read sub-expression with higher priority
      const nextop = this.subexpr(v2, PRIORITY_RIGHT[op] ?? 0);
      posfix(this.fs, op, v, v2);
      op = nextop;
    }
    this.leaveLevel();
    return op; // return first untreated operator
  }

  private expr(v: ExpDesc): void {
    this.subexpr(v, 0);
  }

  // ---- statements

  private block(): void {
    // block -> chunk
    const fs = this.fs;
    const bl = this.newBlock();
    this.enterBlock(fs, bl, false);
    this.chunk();
    this.leaveBlock(fs);
  }

  /** check_conflict: a local assigned here is used as table/index of a previous indexed LHS. */
  private checkConflict(lh: LhsAssign | null, v: ExpDesc): void {
    const fs = this.fs;
    const extra = fs.freereg; // eventual position to save local variable
    let conflict = false;
    for (; lh; lh = lh.prev) {
      if (lh.v.k === K.VINDEXED) {
        if (lh.v.info === v.info) { // conflict?
          conflict = true;
          lh.v.info = extra; // previous assignment will use safe copy
        }
        if (lh.v.aux === v.info) { // conflict?
          conflict = true;
          lh.v.aux = extra; // previous assignment will use safe copy
        }
      }
    }
    if (conflict) {
      codeABC(fs, Op.MOVE, fs.freereg, v.info, 0); // make copy
      reserveRegs(fs, 1);
    }
  }

  private assignment(lh: LhsAssign, nvars: number): void {
    const e = newExp();
    this.checkCondition(K.VLOCAL <= lh.v.k && lh.v.k <= K.VINDEXED, 'syntax error');
    if (this.testNext(44)) { // assignment -> `,' primaryexp assignment
      const nv: LhsAssign = { prev: lh, v: newExp() };
      this.primaryexp(nv.v);
      if (nv.v.k === K.VLOCAL) this.checkConflict(lh, nv.v);
      this.checkLimit(this.fs, nvars, LUAI_MAXCCALLS - this.nCcalls, 'variables in assignment');
      this.assignment(nv, nvars + 1);
    } else { // assignment -> `=' explist1
      this.checkNext(61);
      const nexps = this.explist1(e);
      if (nexps !== nvars) {
        this.adjustAssign(nvars, nexps, e);
        if (nexps > nvars) this.fs.freereg -= nexps - nvars; // remove extra values
      } else {
        setOneRet(this.fs, e); // close last expression
        storeVar(this.fs, lh.v, e);
        return; // avoid default
      }
    }
    initExp(e, K.VNONRELOC, this.fs.freereg - 1); // default assignment
    storeVar(this.fs, lh.v, e);
  }

  private cond(): number {
    // cond -> exp
    const v = newExp();
    this.expr(v); // read condition
    if (v.k === K.VNIL) v.k = K.VFALSE; // `falses' are all equal here
    goIfTrue(this.fs, v);
    return v.f;
  }

  private breakstat(): void {
    const fs = this.fs;
    let bl = fs.bl;
    let upval = false;
    while (bl && !bl.isbreakable) {
      upval ||= bl.upval;
      bl = bl.previous;
    }
    if (!bl) return this.ls.syntaxError('no loop to break');
    if (upval) codeABC(fs, Op.CLOSE, bl.nactvar, 0, 0);
    const l = { v: bl.breaklist };
    concatList(fs, l, jump(fs));
    bl.breaklist = l.v;
  }

  private whilestat(line: number): void {
    // whilestat -> WHILE cond DO block END
    const fs = this.fs;
    const bl = this.newBlock();
    this.ls.advance(); // skip WHILE
    const whileinit = getLabel(fs);
    const condexit = this.cond();
    this.enterBlock(fs, bl, true);
    this.checkNext(Tk.DO);
    this.block();
    patchList(fs, jump(fs), whileinit);
    this.checkMatch(Tk.END, Tk.WHILE, line);
    this.leaveBlock(fs);
    patchToHere(fs, condexit); // false conditions finish the loop
  }

  private repeatstat(line: number): void {
    // repeatstat -> REPEAT block UNTIL cond
    const fs = this.fs;
    const repeatInit = getLabel(fs);
    const bl1 = this.newBlock();
    const bl2 = this.newBlock();
    this.enterBlock(fs, bl1, true); // loop block
    this.enterBlock(fs, bl2, false); // scope block
    this.ls.advance(); // skip REPEAT
    this.chunk();
    this.checkMatch(Tk.UNTIL, Tk.REPEAT, line);
    const condexit = this.cond(); // read condition (inside scope block)
    if (!bl2.upval) { // no upvalues?
      this.leaveBlock(fs); // finish scope
      patchList(fs, condexit, repeatInit); // close the loop
    } else { // complete semantics when there are upvalues
      this.breakstat(); // if condition then break
      patchToHere(fs, condexit); // else...
      this.leaveBlock(fs); // finish scope...
      patchList(fs, jump(fs), repeatInit); // and repeat
    }
    this.leaveBlock(fs); // finish loop
  }

  private exp1(): void {
    const e = newExp();
    this.expr(e);
    exp2nextreg(this.fs, e);
  }

  private forbody(base: number, line: number, nvars: number, isnum: boolean): void {
    // forbody -> DO block
    const bl = this.newBlock();
    const fs = this.fs;
    this.adjustLocalVars(3); // control variables
    this.checkNext(Tk.DO);
    const prep = isnum ? codeAsBx(fs, Op.FORPREP, base, NO_JUMP) : jump(fs);
    this.enterBlock(fs, bl, false); // scope for declared variables
    this.adjustLocalVars(nvars);
    reserveRegs(fs, nvars);
    this.block();
    this.leaveBlock(fs); // end of scope for declared variables
    patchToHere(fs, prep);
    const endfor = isnum
      ? codeAsBx(fs, Op.FORLOOP, base, NO_JUMP)
      : codeABC(fs, Op.TFORLOOP, base, 0, nvars);
    fixLine(fs, line); // pretend that `OP_FOR' starts the loop
    patchList(fs, isnum ? endfor : jump(fs), prep + 1);
  }

  private fornum(varname: string, line: number): void {
    // fornum -> NAME = exp1,exp1[,exp1] forbody
    const fs = this.fs;
    const base = fs.freereg;
    this.newLocalVar('(for index)', 0);
    this.newLocalVar('(for limit)', 1);
    this.newLocalVar('(for step)', 2);
    this.newLocalVar(varname, 3);
    this.checkNext(61);
    this.exp1(); // initial value
    this.checkNext(44);
    this.exp1(); // limit
    if (this.testNext(44)) {
      this.exp1(); // optional step
    } else { // default step = 1
      codeABx(fs, Op.LOADK, fs.freereg, numberK(fs, 1));
      reserveRegs(fs, 1);
    }
    this.forbody(base, line, 1, true);
  }

  private forlist(indexname: string): void {
    // forlist -> NAME {,NAME} IN explist1 forbody
    const fs = this.fs;
    const e = newExp();
    let nvars = 0;
    const base = fs.freereg;
    // create control variables
    this.newLocalVar('(for generator)', nvars++);
    this.newLocalVar('(for state)', nvars++);
    this.newLocalVar('(for control)', nvars++);
    // create declared variables
    this.newLocalVar(indexname, nvars++);
    while (this.testNext(44)) this.newLocalVar(this.strCheckName(), nvars++);
    this.checkNext(Tk.IN);
    const line = this.ls.linenumber;
    this.adjustAssign(3, this.explist1(e), e);
    checkStack(fs, 3); // extra space to call generator
    this.forbody(base, line, nvars - 3, false);
  }

  private forstat(line: number): void {
    // forstat -> FOR (fornum | forlist) END
    const fs = this.fs;
    const bl = this.newBlock();
    this.enterBlock(fs, bl, true); // scope for loop and control variables
    this.ls.advance(); // skip `for'
    const varname = this.strCheckName(); // first variable name
    switch (this.ls.t) {
      case 61: this.fornum(varname, line); break;
      case 44: case Tk.IN: this.forlist(varname); break;
      default: this.ls.syntaxError("'=' or 'in' expected");
    }
    this.checkMatch(Tk.END, Tk.FOR, line);
    this.leaveBlock(fs); // loop scope (`break' jumps to this point)
  }

  private testThenBlock(): number {
    // test_then_block -> [IF | ELSEIF] cond THEN block
    this.ls.advance(); // skip IF or ELSEIF
    const condexit = this.cond();
    this.checkNext(Tk.THEN);
    this.block(); // `then' part
    return condexit;
  }

  private ifstat(line: number): void {
    // ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END
    const fs = this.fs;
    const escapelist = { v: NO_JUMP };
    let flist = this.testThenBlock(); // IF cond THEN block
    while (this.ls.t === Tk.ELSEIF) {
      concatList(fs, escapelist, jump(fs));
      patchToHere(fs, flist);
      flist = this.testThenBlock(); // ELSEIF cond THEN block
    }
    if (this.ls.t === Tk.ELSE) {
      concatList(fs, escapelist, jump(fs));
      patchToHere(fs, flist);
      this.ls.advance(); // skip ELSE (after patch, for correct line info)
      this.block(); // `else' part
    } else {
      concatList(fs, escapelist, flist);
    }
    patchToHere(fs, escapelist.v);
    this.checkMatch(Tk.END, Tk.IF, line);
  }

  private localfunc(): void {
    const fs = this.fs;
    const v = newExp();
    const b = newExp();
    this.newLocalVar(this.strCheckName(), 0);
    initExp(v, K.VLOCAL, fs.freereg);
    reserveRegs(fs, 1);
    this.adjustLocalVars(1);
    this.body(b, false, this.ls.linenumber);
    storeVar(fs, v, b);
    // debug information will only see the variable after this point!
    this.getLocVar(fs, fs.nactvar - 1).startPc = fs.pc;
  }

  private localstat(): void {
    // stat -> LOCAL NAME {`,' NAME} [`=' explist1]
    let nvars = 0;
    let nexps: number;
    const e = newExp();
    do {
      this.newLocalVar(this.strCheckName(), nvars++);
    } while (this.testNext(44));
    if (this.testNext(61)) {
      nexps = this.explist1(e);
    } else {
      e.k = K.VVOID;
      nexps = 0;
    }
    this.adjustAssign(nvars, nexps, e);
    this.adjustLocalVars(nvars);
  }

  private funcname(v: ExpDesc): boolean {
    // funcname -> NAME {field} [`:' NAME]
    let needself = false;
    this.singleVar(v);
    while (this.ls.t === 46) this.field(v);
    if (this.ls.t === 58) {
      needself = true;
      this.field(v);
    }
    return needself;
  }

  private funcstat(line: number): void {
    // funcstat -> FUNCTION funcname body
    const v = newExp();
    const b = newExp();
    this.ls.advance(); // skip FUNCTION
    const needself = this.funcname(v);
    this.body(b, needself, line);
    storeVar(this.fs, v, b);
    fixLine(this.fs, line); // definition `happens' in the first line
  }

  private exprstat(): void {
    // stat -> func | assignment
    const fs = this.fs;
    const v: LhsAssign = { prev: null, v: newExp() };
    this.primaryexp(v.v);
    if (v.v.k === K.VCALL) { // stat -> func
      fs.set(v.v.info, setArgC(fs.at(v.v.info), 1)); // call statement uses no results
    } else { // stat -> assignment
      this.assignment(v, 1);
    }
  }

  private retstat(): void {
    // stat -> RETURN explist
    const fs = this.fs;
    const e = newExp();
    let first: number;
    let nret: number; // registers with returned values
    this.ls.advance(); // skip RETURN
    if (blockFollow(this.ls.t) || this.ls.t === 59) {
      first = nret = 0; // return no values
    } else {
      nret = this.explist1(e); // optional return values
      if (hasMultRet(e.k)) {
        setMultRet(fs, e);
        if (e.k === K.VCALL && nret === 1) { // tail call?
          fs.set(e.info, setOpcode(fs.at(e.info), Op.TAILCALL));
        }
        first = fs.nactvar;
        nret = LUA_MULTRET; // return all values
      } else if (nret === 1) { // only one single value?
        first = exp2anyreg(fs, e);
      } else {
        exp2nextreg(fs, e); // values must go to the `stack'
        first = fs.nactvar; // return all `active' values
      }
    }
    ret(fs, first, nret);
  }

  /** statement: returns true when it must be the last statement of the block. */
  private statement(): boolean {
    const line = this.ls.linenumber; // may be needed for error messages
    switch (this.ls.t) {
      case Tk.IF:
        this.ifstat(line);
        return false;
      case Tk.WHILE:
        this.whilestat(line);
        return false;
      case Tk.DO:
        this.ls.advance(); // skip DO
        this.block();
        this.checkMatch(Tk.END, Tk.DO, line);
        return false;
      case Tk.FOR:
        this.forstat(line);
        return false;
      case Tk.REPEAT:
        this.repeatstat(line);
        return false;
      case Tk.FUNCTION:
        this.funcstat(line);
        return false;
      case Tk.LOCAL:
        this.ls.advance(); // skip LOCAL
        if (this.testNext(Tk.FUNCTION)) this.localfunc();
        else this.localstat();
        return false;
      case Tk.RETURN:
        this.retstat();
        return true;
      case Tk.BREAK:
        this.ls.advance(); // skip BREAK
        this.breakstat();
        return true;
      default:
        this.exprstat();
        return false;
    }
  }

  private chunk(): void {
    // chunk -> { stat [`;'] }
    let islast = false;
    this.enterLevel();
    while (!islast && !blockFollow(this.ls.t)) {
      islast = this.statement();
      this.testNext(59);
      this.fs.freereg = this.fs.nactvar; // free registers
    }
    this.leaveLevel();
  }
}
