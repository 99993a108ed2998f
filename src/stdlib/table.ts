// The table library of Lua 5.1.5 (ltablib.c): luaL_getn is `#t` (no LUA_COMPAT_GETN), setn is
// obsolete, and sort is 5.1's quicksort (auxsort) performed with the same reads, writes and
// comparisons in the same order, so results with equal elements, comparator call counts and
// error points are those of lua5.1.
import { LuaTable } from '../vm/table.js';
import { T_TABLE, T_FUNCTION, typeName, type LuaValue } from '../vm/value.js';
import { lessThan } from '../vm/meta.js';
import { numberToString } from '../vm/tostr.js';
import { LuaMemoryError } from '../vm/errors.js';
import type { LuaState } from '../vm/state.js';
import { checkInt, optInt, checkType } from './base.js';
import { registerLib, rawSetFromNative, call2, type LibFuncs } from './lib.js';

/** aux_getn: luaL_checktype(table) then (int)lua_objlen. */
function auxGetn(L: LuaState, i: number): number {
  checkType(L, i, T_TABLE);
  return (L.arg(i) as LuaTable).length() | 0;
}

function foreachi(L: LuaState): number {
  const n = auxGetn(L, 1);
  checkType(L, 2, T_FUNCTION);
  const t = L.arg(1) as LuaTable;
  const f = L.arg(2);
  for (let i = 1; i <= n; i++) {
    const r = call2(L, f, i, t.getNum(i));
    if (r !== undefined) {
      L.push(r);
      return 1;
    }
  }
  return 0;
}

function foreach(L: LuaState): number {
  checkType(L, 1, T_TABLE);
  checkType(L, 2, T_FUNCTION);
  const t = L.arg(1) as LuaTable;
  const f = L.arg(2);
  const kv: LuaValue[] = [undefined, undefined];
  let key: LuaValue = undefined;
  for (;;) {
    if (!nextOf(L, t, key, kv)) return 0;
    key = kv[0];
    const r = call2(L, f, key, kv[1]);
    if (r !== undefined) {
      L.push(r);
      return 1;
    }
  }
}

/** lua_next from a native: "invalid key to 'next'" as a runtime error. */
function nextOf(L: LuaState, t: LuaTable, key: LuaValue, out: LuaValue[]): boolean {
  try {
    return t.next(key, out);
  } catch (e) {
    if (e instanceof Error) throw e;
    return L.runError("invalid key to 'next'");
  }
}

function maxn(L: LuaState): number {
  checkType(L, 1, T_TABLE);
  const t = L.arg(1) as LuaTable;
  let max = 0;
  const kv: LuaValue[] = [undefined, undefined];
  let key: LuaValue = undefined;
  while (nextOf(L, t, key, kv)) {
    key = kv[0];
    if (typeof key === 'number' && key > max) max = key;
  }
  L.push(max);
  return 1;
}

function getn(L: LuaState): number {
  L.push(auxGetn(L, 1));
  return 1;
}

function setn(L: LuaState): number {
  checkType(L, 1, T_TABLE);
  L.error("'setn' is obsolete");
}

function tinsert(L: LuaState, nargs: number): number {
  let e = auxGetn(L, 1) + 1;
  const t = L.arg(1) as LuaTable;
  let pos: number;
  switch (nargs) {
    case 2:
      pos = e;
      break;
    case 3: {
      pos = checkInt(L, 2);
      if (pos > e) e = pos;
      for (let i = e; i > pos; i--) rawSetFromNative(L, t, i, t.getNum(i - 1));
      break;
    }
    default:
      return L.error("wrong number of arguments to 'insert'");
  }
  rawSetFromNative(L, t, pos, L.arg(nargs));
  return 0;
}

function tremove(L: LuaState): number {
  const e = auxGetn(L, 1);
  const t = L.arg(1) as LuaTable;
  let pos = optInt(L, 2, e);
  if (!(1 <= pos && pos <= e)) return 0;
  L.push(t.getNum(pos));
  for (; pos < e; pos++) rawSetFromNative(L, t, pos, t.getNum(pos + 1));
  rawSetFromNative(L, t, e, undefined);
  return 1;
}

function addField(L: LuaState, t: LuaTable, i: number): string {
  const v = t.getNum(i);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return L.error(`invalid value (${typeName(v)}) at index ${i} in table for 'concat'`);
}

function tconcat(L: LuaState): number {
  const sep = L.optString(2, '');
  checkType(L, 1, T_TABLE);
  const t = L.arg(1) as LuaTable;
  let i = optInt(L, 3, 1);
  const last = L.arg(4) === undefined ? t.length() | 0 : checkInt(L, 4);
  let out = '';
  try {
    if (sep.length === 0) {
      for (; i <= last; i++) out += addField(L, t, i);
    } else {
      for (; i < last; i++) {
        out += addField(L, t, i);
        out += sep;
      }
      if (i === last) out += addField(L, t, i);
    }
  } catch (e) {
    if (e instanceof RangeError && /string length/i.test(e.message)) throw new LuaMemoryError();
    throw e;
  }
  L.push(out);
  return 1;
}

// ------------------------------------------------------------------ sort (auxsort)
class Sorter {
  constructor(
    readonly L: LuaState,
    readonly t: LuaTable,
    readonly comp: LuaValue,
  ) {
    this.ro = (t as unknown as { readonly?: boolean }).readonly === true;
  }

  readonly ro: boolean;

  /** sort_comp(a, b): a < b by the order function or lua_lessthan. */
  lt(a: LuaValue, b: LuaValue): boolean {
    const c = this.comp;
    if (c !== undefined) {
      const r = call2(this.L, c, a, b);
      return r !== undefined && r !== false;
    }
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    return lessThan(this.L, a, b);
  }

  set(i: number, v: LuaValue): void {
    const arr = this.t.arr;
    if (!this.ro && (i - 1) >>> 0 < arr.length) this.t.writeArray(i - 1, v);
    else rawSetFromNative(this.L, this.t, i, v);
  }

  sort(l: number, u: number): void {
    const t = this.t;
    const L = this.L;
    while (l < u) {
      // sort elements a[l], a[(l+u)/2] and a[u]
      {
        const al = t.getNum(l);
        const au = t.getNum(u);
        if (this.lt(au, al)) {
          this.set(l, au);
          this.set(u, al);
        }
      }
      if (u - l === 1) break;
      let i = Math.floor((l + u) / 2);
      {
        const ai = t.getNum(i);
        const al = t.getNum(l);
        if (this.lt(ai, al)) {
          this.set(i, al);
          this.set(l, ai);
        } else {
          const au = t.getNum(u);
          if (this.lt(au, ai)) {
            this.set(i, au);
            this.set(u, ai);
          }
        }
      }
      if (u - l === 2) break;
      const P = t.getNum(i);
      {
        const x = t.getNum(u - 1);
        this.set(i, x);
        this.set(u - 1, P);
      }
      i = l;
      let j = u - 1;
      for (;;) {
        let ai: LuaValue;
        let aj: LuaValue;
        while (this.lt((ai = t.getNum(++i)), P)) {
          if (i > u) L.error('invalid order function for sorting');
        }
        while (this.lt(P, (aj = t.getNum(--j)))) {
          if (j < l) L.error('invalid order function for sorting');
        }
        if (j < i) break;
        this.set(i, aj);
        this.set(j, ai);
      }
      {
        const x = t.getNum(u - 1);
        const y = t.getNum(i);
        this.set(u - 1, y);
        this.set(i, x);
      }
      if (i - l < u - i) {
        j = l;
        i = i - 1;
        l = i + 2;
      } else {
        j = i + 1;
        i = u;
        u = j - 2;
      }
      this.sort(j, i);
    }
  }
}

function sort(L: LuaState): number {
  const n = auxGetn(L, 1);
  const t = L.arg(1) as LuaTable;
  const c = L.arg(2);
  if (c !== undefined) checkType(L, 2, T_FUNCTION);
  new Sorter(L, t, c).sort(1, n);
  return 0;
}

/** luaopen_table */
export function openTable(L: LuaState): LuaTable {
  const funcs: LibFuncs = [
    ['concat', tconcat],
    ['foreach', foreach],
    ['foreachi', foreachi],
    ['getn', getn],
    ['maxn', maxn],
    ['insert', tinsert],
    ['remove', tremove],
    ['setn', setn],
    ['sort', sort],
  ];
  return registerLib(L, 'table', funcs);
}
