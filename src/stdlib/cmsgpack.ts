// lua-cmsgpack 0.4.0 as bundled with Redis 7.0 (deps/lua/src/lua_cmsgpack.c): the global
// `cmsgpack` with pack, unpack, unpack_one and unpack_limit (see msgpack/ for the codec).
import type { LuaState } from '../vm/state.js';
import type { LuaTable } from '../vm/table.js';
import type { LuaValue } from '../vm/value.js';
import type { NativeFn } from '../vm/function.js';
import { MpBuf, encodeValue } from './msgpack/encode.js';
import { MpCursor, decodeValue } from './msgpack/decode.js';

const INT_MAX = 2147483647;

/** mp_pack: every argument encoded in turn, the results concatenated. */
const pack: NativeFn = (L, nargs) => {
  if (nargs === 0) L.argError(0, 'MessagePack pack needs input.');
  if (!L.checkStack(nargs)) L.argError(0, 'Too many arguments for MessagePack pack.');
  const buf = new MpBuf();
  for (let i = 1; i <= nargs; i++) {
    // stack: the arguments, the i-1 strings already made, then the copy of argument i
    if (nargs + i > 8000) L.error('stack overflow (in function mp_check)');
    encodeValue(L, buf, L.arg(i), 0, nargs + i);
  }
  L.push(buf.toString());
  return 1;
};

/**
 * mp_unpack_full: values from `offset`; with a limit or an offset, the next offset (-1 at
 * the end) comes first. `used` = Lua stack slots in use before the first value.
 */
function unpackFull(L: LuaState, limit: number, offset: number, used: number): number {
  const s = L.checkString(1);
  const len = s.length;
  const decodeAll = limit === 0 && offset === 0;
  if (offset < 0 || limit < 0) L.error(`Invalid request to unpack with offset of ${offset | 0} and limit of ${len | 0}.`);
  else if (offset > len) L.error(`Start offset ${offset | 0} greater than input length ${len | 0}.`);
  if (decodeAll) limit = INT_MAX;
  const c = new MpCursor(s, offset);
  const out: LuaValue[] = [];
  for (let cnt = 0; c.pos < len && cnt < limit; cnt++) {
    out.push(decodeValue(L, c, used));
    used++;
  }
  if (!decodeAll) {
    if (used + 1 > 8000) L.error('stack overflow (in function mp_unpack_full)');
    L.push(c.pos >= len ? -1 : c.pos);
    L.pushAll(out);
    return out.length + 1;
  }
  L.pushAll(out);
  return out.length;
}

export function openCmsgpack(L: LuaState): LuaTable {
  const funcs: [string, NativeFn][] = [
    ['pack', pack],
    ['unpack', (L, nargs) => unpackFull(L, 0, 0, nargs)],
    [
      'unpack_one',
      (L) => {
        const offset = L.optInteger(2, 0);
        return unpackFull(L, 1, offset, 1);
      },
    ],
    [
      'unpack_limit',
      (L) => {
        const limit = L.checkInteger(2);
        const offset = L.optInteger(3, 0);
        return unpackFull(L, limit, offset, 1);
      },
    ],
  ];
  const t = L.newTable();
  for (const [name, fn] of funcs) t.set(name, L.newNative(name, fn));
  t.set('_NAME', 'cmsgpack');
  t.set('_VERSION', 'lua-cmsgpack 0.4.0');
  t.set('_COPYRIGHT', 'Copyright (C) 2012, Salvatore Sanfilippo');
  t.set('_DESCRIPTION', 'MessagePack C implementation for Lua');
  L.globals.set('cmsgpack', t);
  return t;
}
