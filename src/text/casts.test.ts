import { describe, expect, it } from 'vitest';
import { castToIntViaLong, castToLong, NEG_NAN } from './printf.js';
import { strRep, strSub } from './lstrings.js';
import { luaNumber, runCases } from './testing/lua51.js';

const VALUES = [0, 3.9, -0.5, -3.9, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 + 2, -(2 ** 32) + 3, 2 ** 53 + 2, 2 ** 62 + 3 * 2 ** 32,
  2 ** 63, -(2 ** 63), 1e300, -1e300, Infinity, -Infinity, NEG_NAN];

describe('C casts of lua_Number as lua5.1 applies them', () => {
  it('luaL_checkint ((int)(lua_Integer)d) through string.rep', () => {
    // only values whose cast is small or negative (string.rep really allocates)
    const small = VALUES.filter((v) => v !== 2 ** 31 - 1);
    const calls = small.map((v) => `string.rep, 'x', ${luaNumber(v)}`);
    const exp = runCases(calls);
    const got = small.map((v) => ({ values: [strRep('x', castToIntViaLong(v))] }));
    expect(got).toEqual(exp);
  });
  it('luaL_checkinteger ((long)d) through string.sub', () => {
    const calls = VALUES.flatMap((v) => [`string.sub, "abcdef", ${luaNumber(v)}`, `string.sub, "abcdef", 2, ${luaNumber(v)}`]);
    const exp = runCases(calls);
    const got = VALUES.flatMap((v) => [{ values: [strSub('abcdef', castToLong(v))] }, { values: [strSub('abcdef', 2, castToLong(v))] }]);
    expect(got).toEqual(exp);
  });
});
