// Public API of the compiler: Lua 5.1.5 source -> Proto, as luaY_parser (lparser.c) builds it.
//
// compile(source, chunkName) never throws anything but LuaSyntaxError. `source` is a byte
// string (code units 0-255). lua5.1 skips a first line starting with '#' only when loading a
// file (luaL_loadfile), never in loadstring/luaL_loadbuffer: callers that load files apply
// skipShebang first (it keeps the newline so line numbers stay right).

import type { Proto } from '../chunk/proto.js';
import { LuaSyntaxError } from './errors.js';
import { Lexer } from './lexer.js';
import { Parser } from './parser.js';

export { LuaSyntaxError } from './errors.js';

/** Prefix of the message when compile meets a fault of its own (a bug, never Lua input). */
export const INTERNAL_ERROR = 'internal compiler error';

export interface CompileOptions {
  /**
   * L->nCcalls when the parser starts, which the "chunk has too many syntax levels" and
   * "variables in assignment" limits (LUAI_MAXCCALLS = 200) count from. luac5.1 parses inside
   * lua_cpcall, so 1 (the default); Redis calls luaL_loadbuffer from C, so 0.
   */
  baseCcalls?: number;
}

/** Compile a chunk. chunkName is "@file.lua", "=stdin", or the source text itself. */
export function compile(source: string, chunkName: string, options: CompileOptions = {}): Proto {
  try {
    const ls = new Lexer(source, chunkName);
    return new Parser(ls, options.baseCcalls ?? 1).parseChunk();
  } catch (e) {
    if (e instanceof LuaSyntaxError) throw e;
    // never expected (nesting is bounded by LUAI_MAXCCALLS): keep the contract, name the fault
    throw new LuaSyntaxError(`${INTERNAL_ERROR}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** luaL_loadfile's rule: a first line starting with '#' is skipped (its newline is kept). */
export function skipShebang(source: string): string {
  if (source.charCodeAt(0) !== 35 /* # */) return source;
  const nl = source.indexOf('\n');
  return nl < 0 ? '\n' : source.slice(nl); // getF's extra "\n"
}
