// The one error type the compiler throws (parse errors, lexical errors, limits).

/** A Lua syntax error; .message is the full Lua message, e.g.
 *  `[string "x = "]:1: unexpected symbol near '<eof>'`. */
export class LuaSyntaxError extends Error {
  override name = 'LuaSyntaxError';
}
