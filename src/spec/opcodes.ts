// GENERATED from spec/opcodes.yaml by scripts/gen-opcodes.mjs — do not edit by hand.
// Lua 5.1.5 instruction set: opcode numbers, formats, operand modes and field layout.

export const enum Op {
  MOVE = 0,
  LOADK = 1,
  LOADBOOL = 2,
  LOADNIL = 3,
  GETUPVAL = 4,
  GETGLOBAL = 5,
  GETTABLE = 6,
  SETGLOBAL = 7,
  SETUPVAL = 8,
  SETTABLE = 9,
  NEWTABLE = 10,
  SELF = 11,
  ADD = 12,
  SUB = 13,
  MUL = 14,
  DIV = 15,
  MOD = 16,
  POW = 17,
  UNM = 18,
  NOT = 19,
  LEN = 20,
  CONCAT = 21,
  JMP = 22,
  EQ = 23,
  LT = 24,
  LE = 25,
  TEST = 26,
  TESTSET = 27,
  CALL = 28,
  TAILCALL = 29,
  RETURN = 30,
  FORLOOP = 31,
  FORPREP = 32,
  TFORLOOP = 33,
  SETLIST = 34,
  CLOSE = 35,
  CLOSURE = 36,
  VARARG = 37,
}

export const NUM_OPCODES = 38;

/** Opcode names indexed by opcode number, as luac5.1 -l prints them. */
export const OP_NAMES: readonly string[] = ['MOVE', 'LOADK', 'LOADBOOL', 'LOADNIL', 'GETUPVAL', 'GETGLOBAL', 'GETTABLE', 'SETGLOBAL', 'SETUPVAL', 'SETTABLE', 'NEWTABLE', 'SELF', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'POW', 'UNM', 'NOT', 'LEN', 'CONCAT', 'JMP', 'EQ', 'LT', 'LE', 'TEST', 'TESTSET', 'CALL', 'TAILCALL', 'RETURN', 'FORLOOP', 'FORPREP', 'TFORLOOP', 'SETLIST', 'CLOSE', 'CLOSURE', 'VARARG'];

export const enum OpFormat { iABC = 0, iABx = 1, iAsBx = 2 }
/** Operand modes of lopcodes.h: N not used, U used, R register/jump, K constant or RK. */
export const enum OpArgMode { N = 0, U = 1, R = 2, K = 3 }

export const OP_FORMAT: readonly OpFormat[] = [0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 1, 0];
export const OP_BMODE: readonly OpArgMode[] = [2, 3, 1, 2, 1, 3, 2, 3, 1, 3, 1, 2, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 2, 2, 1, 1, 1, 2, 2, 0, 1, 0, 1, 1];
export const OP_CMODE: readonly OpArgMode[] = [0, 0, 1, 0, 0, 0, 3, 0, 0, 3, 1, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 2, 0, 3, 3, 3, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0];
export const OP_SETS_A: readonly boolean[] = [true, true, true, true, true, true, true, false, false, false, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, true, true, true, true, false, true, true, false, false, false, true, true];
export const OP_IS_TEST: readonly boolean[] = [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, true, true, true, true, false, false, false, false, false, true, false, false, false, false];
export const OP_MEANING: readonly string[] = [
  "R(A) := R(B)",
  "R(A) := Kst(Bx)",
  "R(A) := (Bool)B; if (C) pc++",
  "R(A) := ... := R(B) := nil",
  "R(A) := UpValue[B]",
  "R(A) := Gbl[Kst(Bx)]",
  "R(A) := R(B)[RK(C)]",
  "Gbl[Kst(Bx)] := R(A)",
  "UpValue[B] := R(A)",
  "R(A)[RK(B)] := RK(C)",
  "R(A) := {} (size = B,C)",
  "R(A+1) := R(B); R(A) := R(B)[RK(C)]",
  "R(A) := RK(B) + RK(C)",
  "R(A) := RK(B) - RK(C)",
  "R(A) := RK(B) * RK(C)",
  "R(A) := RK(B) / RK(C)",
  "R(A) := RK(B) % RK(C)",
  "R(A) := RK(B) ^ RK(C)",
  "R(A) := -R(B)",
  "R(A) := not R(B)",
  "R(A) := length of R(B)",
  "R(A) := R(B).. ... ..R(C)",
  "pc+=sBx",
  "if ((RK(B) == RK(C)) ~= A) then pc++",
  "if ((RK(B) <  RK(C)) ~= A) then pc++",
  "if ((RK(B) <= RK(C)) ~= A) then pc++",
  "if not (R(A) <=> C) then pc++",
  "if (R(B) <=> C) then R(A) := R(B) else pc++",
  "R(A), ... ,R(A+C-2) := R(A)(R(A+1), ... ,R(A+B-1))",
  "return R(A)(R(A+1), ... ,R(A+B-1))",
  "return R(A), ... ,R(A+B-2)",
  "R(A)+=R(A+2); if R(A) <?= R(A+1) then { pc+=sBx; R(A+3)=R(A) }",
  "R(A)-=R(A+2); pc+=sBx",
  "R(A+3), ... ,R(A+2+C) := R(A)(R(A+1), R(A+2)); if R(A+3) ~= nil then R(A+2)=R(A+3) else pc++",
  "R(A)[(C-1)*FPF+i] := R(A+i), 1 <= i <= B",
  "close all variables in the stack up to (>=) R(A)",
  "R(A) := closure(KPROTO[Bx], R(A), ... ,R(A+n))",
  "R(A), R(A+1), ..., R(A+B-1) = vararg",
];

// Field layout
export const SIZE_OP = 6;
export const SIZE_A = 8;
export const SIZE_B = 9;
export const SIZE_C = 9;
export const SIZE_BX = 18;
export const POS_OP = 0;
export const POS_A = 6;
export const POS_C = 14;
export const POS_B = 23;
export const POS_BX = 14;
export const MAXARG_A = 255;
export const MAXARG_B = 511;
export const MAXARG_C = 511;
export const MAXARG_BX = 262143;
export const MAXARG_SBX = 131071;
export const BITRK = 256;
export const MAXINDEXRK = 255;
export const LFIELDS_PER_FLUSH = 50;

export function getOp(i: number): Op { return (i & 0x3f) as Op; }
export function getA(i: number): number { return (i >>> 6) & 0xff; }
export function getB(i: number): number { return i >>> 23; }
export function getC(i: number): number { return (i >>> 14) & 0x1ff; }
export function getBx(i: number): number { return i >>> 14; }
export function getSBx(i: number): number { return (i >>> 14) - 131071; }
export function isK(x: number): boolean { return (x & 256) !== 0; }
export function indexK(x: number): number { return x & 255; }
export function rkAsK(x: number): number { return x | 256; }

/** Encoders return unsigned 32-bit words (>>> 0) so they store unchanged in a Uint32Array. */
export function createABC(op: Op, a: number, b: number, c: number): number {
  return ((op | (a << 6) | (c << 14)) + b * 0x800000) >>> 0;
}
export function createABx(op: Op, a: number, bx: number): number {
  return ((op | (a << 6)) + bx * 0x4000) >>> 0;
}
export function createAsBx(op: Op, a: number, sbx: number): number {
  return createABx(op, a, sbx + 131071);
}
