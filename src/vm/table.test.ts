// LuaTable.setStrH (compiled code's field writes with the key's hash known) against set: the
// same operations must leave the same layout (node order decides `next`/pairs order).
// LuaTable.length with its known border against luaH_getn's searches done from scratch.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LuaTable } from './table.js';
import { strHash } from './strhash.js';
import type { LuaValue } from './value.js';

function order(t: LuaTable): LuaValue[] {
  const out: LuaValue[] = [];
  const kv: LuaValue[] = [undefined, undefined];
  let k: LuaValue = undefined;
  while (t.next(k, kv)) {
    k = kv[0];
    out.push(k, kv[1]);
  }
  return out;
}

describe('LuaTable.setStrH', () => {
  it('property: writes like set (values, nil values, new keys, rehashes, integer keys between)', () => {
    const key = fc.constantFrom('x', 'y', 'z', 'vx', 'vy', 'mass', 'name', 'a', 'bb', 'ccc', 'a long field name over 16');
    const op = fc.oneof(
      fc.tuple(key, fc.oneof(fc.integer(), fc.constant(undefined))).map(([k, v]) => ({ k: k as LuaValue, v: v as LuaValue })),
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer()).map(([k, v]) => ({ k: k as LuaValue, v: v as LuaValue })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const a = new LuaTable(null);
        const b = new LuaTable(null);
        for (const { k, v } of ops) {
          // a new key with a nil value is not created by either (luaH_set then a nil store)
          if (typeof k === 'string') {
            a.set(k, v);
            b.setStrH(k, strHash(k), v);
          } else {
            a.set(k, v);
            b.set(k, v);
          }
        }
        expect(order(b)).toEqual(order(a));
        expect(b.nodeSize).toBe(a.nodeSize);
        expect(b.arr.length).toBe(a.arr.length);
      }),
      { numRuns: 2000, seed: 99 },
    );
  });
});

/** luaH_getn of ltable.c, searching every time (no known border). */
function getnReference(t: LuaTable): number {
  const arr = t.arr;
  let j = arr.length;
  if (j > 0 && arr[j - 1] === undefined) {
    let i = 0;
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (arr[m - 1] === undefined) j = m;
      else i = m;
    }
    return i;
  }
  if (t.nodeSize === 0) return j;
  let i = j;
  j++;
  while (t.get(j) !== undefined) {
    i = j;
    j *= 2;
  }
  while (j - i > 1) {
    const m = Math.floor((i + j) / 2);
    if (t.get(m) === undefined) j = m;
    else i = m;
  }
  return i;
}

describe('LuaTable.length', () => {
  it('property: the known border gives luaH_getn\'s answer (appends, holes, removals, rehashes, sorts, resizes)', () => {
    // mostly appends (the border is known), then writes and removals that may make holes
    const op = fc.oneof(
      { arbitrary: fc.constant({ kind: 'append' as const, k: 0, v: 1 as LuaValue }), weight: 6 },
      fc.constant({ kind: 'pop' as const, k: 0, v: undefined as LuaValue }),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.oneof(fc.integer(), fc.constant(undefined)))
        .map(([k, v]) => ({ kind: 'set' as const, k, v: v as LuaValue })),
      fc.tuple(fc.integer({ min: 1, max: 70 }), fc.oneof(fc.integer(), fc.constant(undefined)))
        .map(([k, v]) => ({ kind: 'set' as const, k, v: v as LuaValue })),
      fc.tuple(fc.integer({ min: 1, max: 70 }), fc.oneof(fc.integer(), fc.constant(undefined)))
        .map(([k, v]) => ({ kind: 'replace' as const, k, v: v as LuaValue })),
      fc.tuple(fc.integer({ min: 0, max: 70 }), fc.oneof(fc.integer(), fc.constant(undefined)))
        .map(([k, v]) => ({ kind: 'write' as const, k, v: v as LuaValue })),
      fc.integer({ min: 0, max: 80 }).map((k) => ({ kind: 'resize' as const, k, v: undefined as LuaValue })),
      fc.constantFrom('x', 'y', 'z').map((k) => ({ kind: 'field' as const, k: 0, v: k as LuaValue })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.array(op, { maxLength: 120 }), (presize, ops) => {
        const t = new LuaTable(null, presize, 0);
        for (const o of ops) {
          switch (o.kind) {
            case 'append': t.set(t.length() + 1, 1); break;
            case 'pop': { const n = t.length(); if (n > 0) t.set(n, undefined); break; }
            case 'set': if (o.v !== undefined || t.get(o.k) !== undefined) t.set(o.k, o.v); break;
            case 'replace': t.replace(o.k, o.v); break;
            case 'write': if (o.k < t.arr.length) t.writeArray(o.k, o.v); break;
            case 'resize': t.resizeArray(o.k); break;
            case 'field': t.set(o.v, 1); break;
          }
          expect(t.length()).toBe(getnReference(t));
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
