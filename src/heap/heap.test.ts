import { describe, it, expect } from 'vitest';
import { Arena, StaleHandleError } from './arena.js';
import { createState, tableSet, LuaTable, type LuaValue } from '../vm/index.js';

function entries(t: LuaTable): [LuaValue, LuaValue][] {
  const out: [LuaValue, LuaValue][] = [];
  const kv: LuaValue[] = [undefined, undefined];
  let k: LuaValue = undefined;
  while (t.next(k, kv)) {
    out.push([kv[0], kv[1]]);
    k = kv[0];
  }
  return out;
}

describe('arena', () => {
  it('rejects stale handles after free and reuses the slot with a new generation', () => {
    const L = createState();
    const arena = new Arena();
    const t = new LuaTable(null);
    const h = arena.insert(t);
    expect(arena.get(h)).toBe(t);
    arena.free(t.hidx);
    expect(() => arena.get(h)).toThrow(StaleHandleError);
    const t2 = new LuaTable(null);
    const h2 = arena.insert(t2);
    expect(h2).not.toBe(h);
    expect(arena.get(h2)).toBe(t2);
    expect(() => arena.get(h)).toThrow(/stale handle/);
    void L;
  });

  it('the collector frees unreachable objects and their handles go stale', () => {
    const L = createState();
    const t = L.newTable();
    const h = L.heap.handleOf(t);
    L.heap.fullGC();
    expect(() => L.heap.deref(h)).toThrow(StaleHandleError);
    const kept = L.newTable();
    L.heap.pin(kept);
    const hk = L.heap.handleOf(kept);
    L.heap.fullGC();
    expect(L.heap.deref(hk)).toBe(kept);
    L.heap.unpin(kept);
    L.heap.fullGC();
    expect(L.heap.arena.isLive(hk)).toBe(false);
  });
});

describe('transactions', () => {
  it('rollback restores table contents, next order and frees allocations', () => {
    const L = createState();
    const g = L.globals;
    const before = entries(g);
    const t = L.newTable();
    tableSet(L, g, 'keep', t);
    for (let i = 1; i <= 5; i++) tableSet(L, t, i, i * 10);
    tableSet(L, t, 'a', 'x');
    const beforeT = entries(t);
    const beforeG = entries(g);
    L.heap.begin();
    const fresh = L.newTable();
    const hf = L.heap.handleOf(fresh);
    tableSet(L, g, 'fresh', fresh);
    for (let i = 6; i <= 100; i++) tableSet(L, t, i, i);
    for (let i = 0; i < 50; i++) tableSet(L, t, 'k' + i, i);
    tableSet(L, t, 'a', undefined);
    tableSet(L, g, 'print', undefined);
    L.heap.rollback();
    expect(entries(t)).toEqual(beforeT);
    expect(entries(g)).toEqual(beforeG);
    expect(L.heap.arena.isLive(hf)).toBe(false);
    expect(before.length + 1).toBe(beforeG.length);
  });

  it('commit keeps the writes', () => {
    const L = createState();
    L.heap.begin();
    tableSet(L, L.globals, 'x', 1);
    L.heap.commit();
    expect(L.globals.get('x')).toBe(1);
  });
});
