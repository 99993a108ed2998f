// Number <-> string conversions of the VM (lvm.c luaV_tostring / luaV_tonumber).
import { formatNumber14g } from '../text/printf.js';
import { str2number } from '../text/str2number.js';
import type { LuaValue } from './value.js';

/** lua_Number -> string with LUA_NUMBER_FMT "%.14g". */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && n > -1e14 && n < 1e14 && !(n === 0 && 1 / n < 0)) return String(n);
  return formatNumber14g(n);
}

/** luaV_tonumber: a number, or a string convertible by luaO_str2d; else undefined. */
export function toNumber(v: LuaValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return str2number(v);
  return undefined;
}

export { str2number };
