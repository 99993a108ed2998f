// Token codes of Lua 5.1.5 (llex.h): single-character tokens are their byte value; reserved
// words and multi-character tokens start at FIRST_RESERVED = 257 in ORDER RESERVED.

export const FIRST_RESERVED = 257;

export const enum Tk {
  AND = 257, BREAK, DO, ELSE, ELSEIF, END, FALSE, FOR, FUNCTION, IF, IN, LOCAL, NIL, NOT, OR,
  REPEAT, RETURN, THEN, TRUE, UNTIL, WHILE,
  CONCAT, DOTS, EQ, GE, LE, NE, NUMBER, NAME, STRING, EOS,
}

/** luaX_tokens: printable names of the tokens from FIRST_RESERVED on. */
export const TOKEN_NAMES: readonly string[] = [
  'and', 'break', 'do', 'else', 'elseif',
  'end', 'false', 'for', 'function', 'if',
  'in', 'local', 'nil', 'not', 'or', 'repeat',
  'return', 'then', 'true', 'until', 'while',
  '..', '...', '==', '>=', '<=', '~=',
  '<number>', '<name>', '<string>', '<eof>',
];

/** Reserved words (the first 21 luaX_tokens) to their token codes. */
export const RESERVED: ReadonlyMap<string, number> = new Map(
  TOKEN_NAMES.slice(0, 21).map((name, i) => [name, FIRST_RESERVED + i] as const),
);

/** iscntrl of the C locale. */
function isCntrl(c: number): boolean {
  return c < 32 || c === 127;
}

/** luaX_token2str. */
export function token2str(token: number): string {
  if (token < FIRST_RESERVED) {
    return isCntrl(token) ? `char(${token})` : String.fromCharCode(token);
  }
  return TOKEN_NAMES[token - FIRST_RESERVED] ?? '?';
}
