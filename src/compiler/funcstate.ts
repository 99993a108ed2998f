// FuncState and BlockCnt of Lua 5.1.5 (lparser.h / lparser.c): the function being compiled,
// with growable typed arrays for code and line info, and its conversion to a Proto
// (close_func's final sizes).

import type { LocVar, LuaConstant, Proto } from '../chunk/proto.js';
import { K, NO_JUMP } from './expdesc.js';
import type { Lexer } from './lexer.js';

export interface BlockCnt {
  previous: BlockCnt | null;
  /** list of jumps out of this loop */
  breaklist: number;
  /** # active locals outside the breakable structure */
  nactvar: number;
  /** true if some variable in the block is an upvalue */
  upval: boolean;
  /** true if `block' is a loop */
  isbreakable: boolean;
}

/** upvaldesc: how the enclosing function provides an upvalue (VLOCAL register or VUPVAL index). */
export interface UpvalDesc {
  k: K;
  info: number;
}

/** Key standing for nil in the constant map (nilK uses the table itself as key). */
export const NIL_KEY: unique symbol = Symbol('nil');

export class FuncState {
  readonly ls: Lexer;
  readonly prev: FuncState | null;
  bl: BlockCnt | null = null;
  code = new Uint32Array(32);
  lineinfo = new Int32Array(32);
  /** next position to code (equivalent to `ncode') */
  pc = 0;
  /** `pc' of last `jump target' */
  lasttarget = -1;
  /** list of pending jumps to `pc' */
  jpc = NO_JUMP;
  /** first free register */
  freereg = 0;
  /** number of active local variables */
  nactvar = 0;
  readonly k: LuaConstant[] = [];
  /** constant value -> index (addk's table `h') */
  readonly h = new Map<string | number | boolean | symbol, number>();
  readonly p: Proto[] = [];
  readonly locVars: LocVar[] = [];
  /** declared-variable stack: indices into locVars */
  readonly actvar: number[] = [];
  readonly upvalueNames: string[] = [];
  readonly upvalues: UpvalDesc[] = [];
  numParams = 0;
  isVararg = 0;
  /** registers 0/1 are always valid */
  maxStackSize = 2;
  lineDefined = 0;
  lastLineDefined = 0;

  constructor(ls: Lexer, prev: FuncState | null) {
    this.ls = ls;
    this.prev = prev;
  }

  get nups(): number {
    return this.upvalueNames.length;
  }

  /** Append an instruction with its line (luaK_code without the jpc discharge). */
  push(i: number, line: number): number {
    if (this.pc === this.code.length) {
      const code = new Uint32Array(this.code.length * 2);
      code.set(this.code);
      this.code = code;
      const li = new Int32Array(this.lineinfo.length * 2);
      li.set(this.lineinfo);
      this.lineinfo = li;
    }
    this.code[this.pc] = i;
    this.lineinfo[this.pc] = line;
    return this.pc++;
  }

  /** Instruction at pc (pc is always < this.pc). */
  at(pc: number): number {
    return this.code[pc] ?? 0;
  }

  set(pc: number, i: number): void {
    this.code[pc] = i;
  }

  toProto(): Proto {
    return {
      source: this.ls.source,
      lineDefined: this.lineDefined,
      lastLineDefined: this.lastLineDefined,
      numUpvalues: this.upvalueNames.length,
      numParams: this.numParams,
      isVararg: this.isVararg,
      maxStackSize: this.maxStackSize,
      code: this.code.slice(0, this.pc),
      k: this.k,
      p: this.p,
      lineInfo: this.lineinfo.slice(0, this.pc),
      locVars: this.locVars,
      upvalueNames: this.upvalueNames,
      jit: null,
    };
  }
}
