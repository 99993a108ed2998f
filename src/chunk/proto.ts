// The function prototype: the contract between the compiler (which produces it), the
// binary-chunk reader/writer, the listing printer and the VM (which runs it).
// Mirrors `Proto` of Lua 5.1.5's lobject.h field for field, so that a prototype made by
// our compiler, one read from a luac5.1 binary chunk and one written back are the same.

/** A constant of a prototype: nil, boolean, number or byte string (code units 0-255). */
export type LuaConstant = undefined | boolean | number | string;

/** Local variable debug information (LocVar): active for startPc <= pc < endPc. */
export interface LocVar {
  name: string;
  startPc: number;
  endPc: number;
}

/** is_vararg bits of Lua 5.1 (lobject.h). */
export const VARARG_HASARG = 1;
export const VARARG_ISVARARG = 2;
export const VARARG_NEEDSARG = 4;

export interface Proto {
  /** Chunk name as given to load: "@file.lua", "=stdin", or the source text itself. */
  source: string;
  lineDefined: number;
  lastLineDefined: number;
  numUpvalues: number;
  numParams: number;
  /** VARARG_* bits. */
  isVararg: number;
  maxStackSize: number;
  /** Instructions, one 32-bit word each, layout of spec/opcodes.yaml. */
  code: Uint32Array;
  /** Constants, referenced by Bx of LOADK/GETGLOBAL/SETGLOBAL and by RK operands. */
  k: LuaConstant[];
  /** Nested prototypes, referenced by Bx of CLOSURE. */
  p: Proto[];
  /** Source line of each instruction (empty when stripped). */
  lineInfo: Int32Array;
  locVars: LocVar[];
  /** Upvalue names (empty when stripped). */
  upvalueNames: string[];
  /** Not part of the chunk: the VM's loop-compiler state (src/vm/jit), null until it runs. */
  jit: ProtoJit | null;
}

/** VM-private per-prototype state of the loop compiler (src/vm/jit/loops.ts). */
export interface ProtoJit {
  /** Per instruction: how often a backward jump has landed there (a loop start). */
  readonly hot: Int32Array;
  /** Per loop start: its compiled function, or null when the loop cannot be compiled. */
  readonly loops: unknown[];
  /** Per loop start: side exits taken inside the loop (a loop that keeps leaving is dropped). */
  readonly exits: Int32Array;
  /**
   * Per constant: the low 30 bits of a string constant's strHash (enough for any node vector
   * of 2^MAXBITS), -1 for other constants; the interpreter looks constant field names and
   * globals up without hashing them again.
   */
  readonly kh: Int32Array;
}
