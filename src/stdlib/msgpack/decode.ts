// cmsgpack.unpack* (lua_cmsgpack.c 0.4.0 as Redis 7.0 bundles it): MessagePack -> Lua values.
// Iterative; the Lua stack slots the C code uses are counted so that luaL_checkstack fails
// where it fails in C. 64-bit integers (signed or not) become the double of their int64
// value, as lua_pushinteger does on x86-64; bin, ext and 0xc1 are a bad format.
import type { LuaState } from '../../vm/state.js';
import { TableIndexError, type LuaTable } from '../../vm/table.js';
import type { LuaValue } from '../../vm/value.js';

const MAXCSTACK = 8000;
const TWO32 = 4294967296;

export const ERR_EOF = 'Missing bytes in input.';
export const ERR_BADFMT = 'Bad data format in input.';

const scratch = new DataView(new ArrayBuffer(8));

interface Frame {
  t: LuaTable;
  map: boolean;
  left: number;
  /** array: next index */
  index: number;
  key: LuaValue;
  haveKey: boolean;
  /** Lua stack slots in use when the container's own decoding began. */
  base: number;
}

export class MpCursor {
  pos: number;
  constructor(
    readonly s: string,
    offset: number,
  ) {
    this.pos = offset;
  }

  get left(): number {
    return this.s.length - this.pos;
  }
}

/** lua_settable on a fresh table (no metamethods): luaH_set's errors for nil and NaN keys. */
function settable(L: LuaState, t: LuaTable, k: LuaValue, v: LuaValue): void {
  if (k === undefined) L.runError('table index is nil');
  if (typeof k === 'number' && k !== k) L.runError('table index is NaN');
  try {
    t.set(k, v);
  } catch (e) {
    if (e instanceof TableIndexError) L.runError(e.message);
    throw e;
  }
}

/**
 * mp_decode_to_lua_type: one value at the cursor; `used` = Lua stack slots in use (top -
 * base) before it is pushed.
 */
export function decodeValue(L: LuaState, c: MpCursor, used: number): LuaValue {
  const s = c.s;
  const end = s.length;
  const frames: Frame[] = [];
  let v: LuaValue = undefined;
  for (;;) {
    // ---- one value at c.pos
    let p = c.pos;
    if (end - p < 1) L.error(ERR_EOF);
    if (used + 1 > MAXCSTACK) L.error('stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)');
    const b = s.charCodeAt(p);
    let container = -1; // element count of an array/map header
    let map = false;
    switch (b) {
      case 0xcc:
        if (end - p < 2) L.error(ERR_EOF);
        v = s.charCodeAt(p + 1);
        c.pos = p + 2;
        break;
      case 0xd0:
        if (end - p < 2) L.error(ERR_EOF);
        v = (s.charCodeAt(p + 1) << 24) >> 24;
        c.pos = p + 2;
        break;
      case 0xcd:
        if (end - p < 3) L.error(ERR_EOF);
        v = (s.charCodeAt(p + 1) << 8) | s.charCodeAt(p + 2);
        c.pos = p + 3;
        break;
      case 0xd1:
        if (end - p < 3) L.error(ERR_EOF);
        v = (((s.charCodeAt(p + 1) << 8) | s.charCodeAt(p + 2)) << 16) >> 16;
        c.pos = p + 3;
        break;
      case 0xce:
        if (end - p < 5) L.error(ERR_EOF);
        v = u32at(s, p + 1);
        c.pos = p + 5;
        break;
      case 0xd2:
        if (end - p < 5) L.error(ERR_EOF);
        v = u32at(s, p + 1) | 0;
        c.pos = p + 5;
        break;
      case 0xcf:
      case 0xd3:
        if (end - p < 9) L.error(ERR_EOF);
        v = (u32at(s, p + 1) | 0) * TWO32 + u32at(s, p + 5);
        c.pos = p + 9;
        break;
      case 0xc0:
        v = undefined;
        c.pos = p + 1;
        break;
      case 0xc3:
        v = true;
        c.pos = p + 1;
        break;
      case 0xc2:
        v = false;
        c.pos = p + 1;
        break;
      case 0xca:
        if (end - p < 5) L.error(ERR_EOF);
        for (let i = 0; i < 4; i++) scratch.setUint8(i, s.charCodeAt(p + 1 + i));
        v = scratch.getFloat32(0, false);
        c.pos = p + 5;
        break;
      case 0xcb:
        if (end - p < 9) L.error(ERR_EOF);
        for (let i = 0; i < 8; i++) scratch.setUint8(i, s.charCodeAt(p + 1 + i));
        v = scratch.getFloat64(0, false);
        c.pos = p + 9;
        break;
      case 0xd9: {
        if (end - p < 2) L.error(ERR_EOF);
        const l = s.charCodeAt(p + 1);
        if (end - p < 2 + l) L.error(ERR_EOF);
        v = s.slice(p + 2, p + 2 + l);
        c.pos = p + 2 + l;
        break;
      }
      case 0xda: {
        if (end - p < 3) L.error(ERR_EOF);
        const l = (s.charCodeAt(p + 1) << 8) | s.charCodeAt(p + 2);
        if (end - p < 3 + l) L.error(ERR_EOF);
        v = s.slice(p + 3, p + 3 + l);
        c.pos = p + 3 + l;
        break;
      }
      case 0xdb: {
        if (end - p < 5) L.error(ERR_EOF);
        const l = u32at(s, p + 1);
        p += 5;
        if (end - p < l) L.error(ERR_EOF);
        v = s.slice(p, p + l);
        c.pos = p + l;
        break;
      }
      case 0xdc:
      case 0xde:
        if (end - p < 3) L.error(ERR_EOF);
        container = (s.charCodeAt(p + 1) << 8) | s.charCodeAt(p + 2);
        map = b === 0xde;
        c.pos = p + 3;
        break;
      case 0xdd:
      case 0xdf:
        if (end - p < 5) L.error(ERR_EOF);
        container = u32at(s, p + 1);
        map = b === 0xdf;
        c.pos = p + 5;
        break;
      default:
        if ((b & 0x80) === 0) {
          v = b;
          c.pos = p + 1;
        } else if ((b & 0xe0) === 0xe0) {
          v = b - 256;
          c.pos = p + 1;
        } else if ((b & 0xe0) === 0xa0) {
          const l = b & 0x1f;
          if (end - p < 1 + l) L.error(ERR_EOF);
          v = s.slice(p + 1, p + 1 + l);
          c.pos = p + 1 + l;
        } else if ((b & 0xf0) === 0x90) {
          container = b & 0xf;
          c.pos = p + 1;
        } else if ((b & 0xf0) === 0x80) {
          container = b & 0xf;
          map = true;
          c.pos = p + 1;
        } else {
          L.error(ERR_BADFMT);
        }
    }
    if (container >= 0) {
      const t = L.newTable();
      if (!map && used + 2 > MAXCSTACK) L.error('stack overflow (in function mp_decode_to_lua_array)');
      if (container > 0) {
        frames.push({ t, map, left: container, index: 1, key: undefined, haveKey: false, base: used });
        used += map ? 1 : 2;
        continue;
      }
      v = t;
    }
    // ---- store v in the enclosing containers, closing those that are complete
    for (;;) {
      const f = frames[frames.length - 1];
      if (f === undefined) return v;
      if (f.map && !f.haveKey) {
        f.key = v;
        f.haveKey = true;
        used = f.base + 2;
        break;
      }
      if (f.map) {
        settable(L, f.t, f.key, v);
        f.haveKey = false;
        f.key = undefined;
      } else {
        settable(L, f.t, f.index++, v);
      }
      if (--f.left > 0) {
        used = f.base + (f.map ? 1 : 2);
        break;
      }
      frames.pop();
      used = f.base;
      v = f.t;
    }
  }
}

function u32at(s: string, p: number): number {
  return ((s.charCodeAt(p) << 24) | (s.charCodeAt(p + 1) << 16) | (s.charCodeAt(p + 2) << 8) | s.charCodeAt(p + 3)) >>> 0;
}
