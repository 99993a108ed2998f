// The listing of luac5.1 -l (and -l -l when `full`): print.c of Lua 5.1.5 (PrintFunction,
// PrintHeader, PrintCode, PrintConstants, PrintLocals, PrintUpvalues). Pointers ("%p") are
// unknowable here and print as 0x0; compare with luac5.1 after normalising 0x[0-9a-f]+.

import {
  getA, getB, getBx, getC, getOp, getSBx, indexK, isK, Op, OP_BMODE, OP_CMODE, OP_FORMAT,
  OP_NAMES, OpArgMode, OpFormat,
} from '../spec/opcodes.js';
import { formatNumber14g } from '../text/printf.js';
import type { LuaConstant, Proto } from './proto.js';

const POINTER = '0x0';

/** isprint of the C locale. */
function isPrint(c: number): boolean {
  return c >= 32 && c <= 126;
}

/** PrintString: quoted, with C escapes and \ddd for other unprintable bytes. */
function printString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 34: out += '\\"'; break;
      case 92: out += '\\\\'; break;
      case 7: out += '\\a'; break;
      case 8: out += '\\b'; break;
      case 12: out += '\\f'; break;
      case 10: out += '\\n'; break;
      case 13: out += '\\r'; break;
      case 9: out += '\\t'; break;
      case 11: out += '\\v'; break;
      default:
        out += isPrint(c) ? String.fromCharCode(c) : '\\' + String(c & 255).padStart(3, '0');
    }
  }
  return out + '"';
}

/** PrintConstant. */
function printConstant(k: LuaConstant): string {
  if (k === undefined) return 'nil';
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'number') return formatNumber14g(k); // LUA_NUMBER_FMT "%.14g"
  return printString(k);
}

/** "%s" of a C string: cut at the first NUL. */
function cString(s: string): string {
  const nul = s.indexOf('\0');
  return nul >= 0 ? s.slice(0, nul) : s;
}

function constantAt(p: Proto, i: number): string {
  return i < p.k.length ? printConstant(p.k[i]) : '?';
}

function printCode(p: Proto, out: string[]): void {
  const code = p.code;
  const n = code.length;
  for (let pc = 0; pc < n; pc++) {
    const i = code[pc] ?? 0;
    const o = getOp(i);
    const a = getA(i);
    const b = getB(i);
    const c = getC(i);
    const bx = getBx(i);
    const sbx = getSBx(i);
    const line = p.lineInfo.length > pc ? (p.lineInfo[pc] ?? 0) : 0;
    let s = `\t${pc + 1}\t${line > 0 ? `[${line}]` : '[-]'}\t${(OP_NAMES[o] ?? '').padEnd(9)}\t`;
    switch (OP_FORMAT[o]) {
      case OpFormat.iABC:
        s += `${a}`;
        if (OP_BMODE[o] !== OpArgMode.N) s += ` ${isK(b) ? -1 - indexK(b) : b}`;
        if (OP_CMODE[o] !== OpArgMode.N) s += ` ${isK(c) ? -1 - indexK(c) : c}`;
        break;
      case OpFormat.iABx:
        s += OP_BMODE[o] === OpArgMode.K ? `${a} ${-1 - bx}` : `${a} ${bx}`;
        break;
      case OpFormat.iAsBx:
        s += o === Op.JMP ? `${sbx}` : `${a} ${sbx}`;
        break;
      default:
        break;
    }
    switch (o) {
      case Op.LOADK:
        s += '\t; ' + constantAt(p, bx);
        break;
      case Op.GETUPVAL:
      case Op.SETUPVAL:
        s += '\t; ' + (p.upvalueNames.length > 0 ? cString(p.upvalueNames[b] ?? '') : '-');
        break;
      case Op.GETGLOBAL:
      case Op.SETGLOBAL: {
        const k = p.k[bx];
        s += '\t; ' + (typeof k === 'string' ? cString(k) : '');
        break;
      }
      case Op.GETTABLE:
      case Op.SELF:
        if (isK(c)) s += '\t; ' + constantAt(p, indexK(c));
        break;
      case Op.SETTABLE:
      case Op.ADD:
      case Op.SUB:
      case Op.MUL:
      case Op.DIV:
      case Op.POW:
      case Op.EQ:
      case Op.LT:
      case Op.LE:
        if (isK(b) || isK(c)) {
          s += '\t; ' + (isK(b) ? constantAt(p, indexK(b)) : '-') + ' '
            + (isK(c) ? constantAt(p, indexK(c)) : '-');
        }
        break;
      case Op.JMP:
      case Op.FORLOOP:
      case Op.FORPREP:
        s += `\t; to ${sbx + pc + 2}`;
        break;
      case Op.CLOSURE:
        s += `\t; ${POINTER}`;
        break;
      case Op.SETLIST:
        if (c === 0) s += `\t; ${(code[++pc] ?? 0) | 0}`;
        else s += `\t; ${c}`;
        break;
      default:
        break;
    }
    out.push(s + '\n');
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function printHeader(p: Proto, out: string[]): void {
  const src = p.source;
  let s: string;
  if (src.startsWith('@') || src.startsWith('=')) s = cString(src.slice(1));
  else if (src.startsWith('\x1b')) s = '(bstring)';
  else s = '(string)';
  const nc = p.code.length;
  out.push(`\n${p.lineDefined === 0 ? 'main' : 'function'} <${s}:${p.lineDefined},${p.lastLineDefined}> `
    + `(${nc} instruction${plural(nc)}, ${nc * 4} bytes at ${POINTER})\n`);
  out.push(`${p.numParams}${p.isVararg ? '+' : ''} param${plural(p.numParams)}, `
    + `${p.maxStackSize} slot${plural(p.maxStackSize)}, `
    + `${p.numUpvalues} upvalue${plural(p.numUpvalues)}, `);
  out.push(`${p.locVars.length} local${plural(p.locVars.length)}, `
    + `${p.k.length} constant${plural(p.k.length)}, `
    + `${p.p.length} function${plural(p.p.length)}\n`);
}

function printDebug(p: Proto, out: string[]): void {
  out.push(`constants (${p.k.length}) for ${POINTER}:\n`);
  p.k.forEach((k, i) => out.push(`\t${i + 1}\t${printConstant(k)}\n`));
  out.push(`locals (${p.locVars.length}) for ${POINTER}:\n`);
  p.locVars.forEach((v, i) => out.push(`\t${i}\t${cString(v.name)}\t${v.startPc + 1}\t${v.endPc + 1}\n`));
  out.push(`upvalues (${p.upvalueNames.length}) for ${POINTER}:\n`);
  p.upvalueNames.forEach((u, i) => out.push(`\t${i}\t${cString(u)}\n`));
}

function printFunction(p: Proto, full: boolean, out: string[]): void {
  printHeader(p, out);
  printCode(p, out);
  if (full) printDebug(p, out);
  for (const child of p.p) printFunction(child, full, out);
}

/** The text luac5.1 prints for -l (full = false) or -l -l (full = true). */
export function formatListing(p: Proto, full: boolean): string {
  const out: string[] = [];
  printFunction(p, full, out);
  return out.join('');
}
