// Debug information of Lua 5.1.5 (ldebug.c): current lines, variable names found by symbolic
// execution of the bytecode (getobjname/symbexec), function names from the call site
// (getfuncname), luaL_where and the traceback of debug.traceback / lua.c.
import type { Proto } from '../chunk/proto.js';
import { chunkId } from '../chunk/chunkid.js';
import {
  Op, getA, getB, getC, getBx, getSBx, isK, indexK, OP_FORMAT, OP_SETS_A,
} from '../spec/opcodes.js';
import { LuaClosure } from './function.js';
import { CI_LUA, CI_BASE, type CallInfo, type LuaThread } from './thread.js';

/** A Lua string as C's "%s" prints it: up to its first NUL byte. */
function cstr(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

/** currentpc: index of the instruction being executed by a Lua frame. */
export function currentPc(ci: CallInfo): number {
  return ci.savedpc - 1;
}

export function currentLine(ci: CallInfo): number {
  if (ci.kind !== CI_LUA) return -1;
  const p = (ci.fn as LuaClosure).p;
  const pc = currentPc(ci);
  if (p.lineInfo.length === 0) return -1;
  return p.lineInfo[pc < 0 ? 0 : pc] ?? -1;
}

/** luaF_getlocalname */
export function getLocalName(p: Proto, localNumber: number, pc: number): string | undefined {
  const lv = p.locVars;
  for (let i = 0; i < lv.length; i++) {
    const v = lv[i]!;
    if (v.startPc > pc) break;
    if (pc < v.endPc) {
      localNumber--;
      if (localNumber === 0) return v.name;
    }
  }
  return undefined;
}

/** symbexec (tracing part): the last instruction before lastpc that changed `reg`. */
function symbexec(p: Proto, lastpc: number, reg: number): number {
  const code = p.code;
  let last = code.length - 1;
  for (let pc = 0; pc < lastpc; pc++) {
    const i = code[pc]!;
    const op = (i & 0x3f) as Op;
    const a = getA(i);
    let b = 0;
    let c = 0;
    switch (OP_FORMAT[op]) {
      case 0: b = getB(i); c = getC(i); break;
      case 1: b = getBx(i); break;
      default: b = getSBx(i); break;
    }
    if (OP_SETS_A[op] && a === reg) last = pc;
    switch (op) {
      case Op.LOADNIL:
        if (a <= reg && reg <= b) last = pc;
        break;
      case Op.SELF:
        if (reg === a + 1) last = pc;
        break;
      case Op.TFORLOOP:
        if (reg >= a + 2) last = pc;
        break;
      case Op.FORLOOP:
      case Op.FORPREP:
      case Op.JMP: {
        const dest = pc + 1 + b;
        if (pc < dest && dest <= lastpc) pc += b;
        break;
      }
      case Op.CALL:
      case Op.TAILCALL:
        if (reg >= a) last = pc;
        break;
      case Op.SETLIST:
        if (c === 0) pc++;
        break;
      case Op.CLOSURE:
        pc += p.p[b]!.numUpvalues;
        break;
      default:
        break;
    }
  }
  return code[last]!;
}

function kname(p: Proto, c: number): string {
  if (isK(c)) {
    const k = p.k[indexK(c)];
    if (typeof k === 'string') return k;
  }
  return '?';
}

/** getobjname: [kind, name] describing register `reg` of a Lua frame at its current pc. */
export function getObjName(ci: CallInfo, reg: number): [string, string] | null {
  if (ci.kind !== CI_LUA) return null;
  const p = (ci.fn as LuaClosure).p;
  return objName(p, currentPc(ci), reg);
}

function objName(p: Proto, pc: number, reg: number): [string, string] | null {
  const local = getLocalName(p, reg + 1, pc);
  if (local !== undefined) return ['local', local];
  const i = symbexec(p, pc, reg);
  switch ((i & 0x3f) as Op) {
    case Op.GETGLOBAL: {
      const k = p.k[getBx(i)];
      return ['global', typeof k === 'string' ? k : '?'];
    }
    case Op.MOVE: {
      const a = getA(i);
      const b = getB(i);
      if (b < a) return objName(p, pc, b);
      return null;
    }
    case Op.GETTABLE:
      return ['field', kname(p, getC(i))];
    case Op.GETUPVAL: {
      const u = getB(i);
      return ['upvalue', p.upvalueNames.length > 0 ? (p.upvalueNames[u] ?? '?') : '?'];
    }
    case Op.SELF:
      return ['method', kname(p, getC(i))];
    default:
      return null;
  }
}

/** getfuncname: how the function running in cis[idx] was called ([namewhat, name]) or null. */
export function getFuncName(th: LuaThread, idx: number): [string, string] | null {
  const ci = th.cis[idx]!;
  if ((ci.kind === CI_LUA && ci.tailcalls > 0) || idx <= 0) return null;
  const prev = th.cis[idx - 1]!;
  if (prev.kind !== CI_LUA) return null;
  const p = (prev.fn as LuaClosure).p;
  const i = p.code[currentPc(prev)]!;
  const op = (i & 0x3f) as Op;
  if (op === Op.CALL || op === Op.TAILCALL || op === Op.TFORLOOP) return getObjName(prev, getA(i));
  return null;
}

/**
 * lua_getstack: the CallInfo index for `level` (0 = current), -2 for a lost tail call, -1 when
 * there is no such level.
 */
export function getStack(th: LuaThread, level: number): number {
  let ci = th.ci;
  for (; level > 0 && ci > 0; ci--) {
    level--;
    const c = th.cis[ci]!;
    if (c.kind === CI_LUA) level -= c.tailcalls;
  }
  if (level === 0 && ci > 0) return ci;
  if (level < 0) return -2;
  return -1;
}

/** luaL_where(L, level): "chunk:line:" of a Lua function at that level, else "". */
export function where(th: LuaThread, level: number): string {
  const idx = getStack(th, level);
  if (idx > 0) {
    const ci = th.cis[idx]!;
    const line = currentLine(ci);
    if (line > 0) return `${shortSrc(ci)}:${line}: `;
  }
  return '';
}

export function shortSrc(ci: CallInfo): string {
  if (ci.kind === CI_LUA) return chunkId((ci.fn as LuaClosure).p.source);
  return '[C]';
}

/** The frame description used by tracebacks (db_errorfb of ldblib.c). */
function frameLine(th: LuaThread, idx: number): string {
  if (idx === -2) return '\n\t(tail call): ?';
  const ci = th.cis[idx]!;
  let s = '\n\t' + shortSrc(ci) + ':';
  const line = currentLine(ci);
  if (line > 0) s += line + ':';
  const name = getFuncName(th, idx);
  if (name) return s + ` in function '${cstr(name[1])}'`;
  if (ci.kind === CI_LUA) {
    const p = (ci.fn as LuaClosure).p;
    if (p.lineDefined === 0) return s + ' in main chunk';
    return s + ` in function <${chunkId(p.source)}:${p.lineDefined}>`;
  }
  return s + ' ?';
}

const LEVELS1 = 12;
const LEVELS2 = 10;

/**
 * debug.traceback(msg, level) text for thread `th`. `bias` is added to the level when deciding
 * where the first part ends (lua.c calls debug.traceback from its own handler at level 2).
 */
export function traceback(th: LuaThread, msg: string | undefined, level: number, bias = 0): string {
  let out = msg !== undefined ? msg + '\n' : '';
  out += 'stack traceback:';
  let firstpart = true;
  for (;;) {
    const idx = getStack(th, level++);
    if (idx === -1) break;
    if (level + bias > LEVELS1 && firstpart) {
      if (getStack(th, level + LEVELS2) === -1) {
        level--;
      } else {
        out += '\n\t...';
        while (getStack(th, level + LEVELS2) !== -1) level++;
      }
      firstpart = false;
      continue;
    }
    out += frameLine(th, idx);
  }
  return out;
}

export { CI_BASE };
