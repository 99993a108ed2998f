// Property-based invariants of the heap (issue: fuzzing, items 1-3 and 7): the generational
// arena, host transactions and the collector, each checked on random operation sequences,
// and each shown to have teeth: a deliberately broken variant is caught by the same property.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Arena, StaleHandleError, type Handle } from '../src/heap/arena.js';
import { createState, tableSet, LuaTable, type LuaState, type LuaValue } from '../src/vm/index.js';
import { LuaUserdata, type GCObject } from '../src/vm/value.js';
import { fuzzParams, propertyTimeout } from './support/options.js';

// ------------------------------------------------------------------ arena
type ArenaOp = { op: 'insert' } | { op: 'free'; k: number } | { op: 'get'; k: number };
const arenaOps = fc.array(
  fc.oneof(fc.constant<ArenaOp>({ op: 'insert' }), fc.nat(40).map((k): ArenaOp => ({ op: 'free', k })), fc.nat(40).map((k): ArenaOp => ({ op: 'get', k }))),
  { maxLength: 200 },
);

/** Runs ops against an arena and a model; throws on the first violated invariant. */
function checkArena(arena: Arena, ops: ArenaOp[]): void {
  const tracked: { h: Handle; o: GCObject; alive: boolean }[] = [];
  const lastGen = new Map<number, number>();
  const GEN = 2 ** 21;
  for (const op of ops) {
    if (op.op === 'insert') {
      const o = new LuaTable(null);
      const h = arena.insert(o);
      const slot = Math.floor(h / GEN);
      const gen = h % GEN;
      const prev = lastGen.get(slot);
      if (prev !== undefined && !(gen > prev)) throw new Error(`generation of slot ${slot} did not grow (${prev} -> ${gen})`);
      lastGen.set(slot, gen);
      tracked.push({ h, o, alive: true });
    } else if (tracked.length > 0) {
      const t = tracked[op.k % tracked.length]!;
      if (op.op === 'free' && t.alive) {
        arena.free(Math.floor(t.h / GEN));
        t.alive = false;
      }
    }
    // invariants after every step
    let alive = 0;
    for (const t of tracked) {
      if (t.alive) {
        alive++;
        if (arena.get(t.h) !== t.o) throw new Error('a live handle does not read its own object');
      } else {
        if (arena.isLive(t.h)) throw new Error('a freed handle is still live');
        let rejected = false;
        try {
          arena.get(t.h);
        } catch (e) {
          rejected = e instanceof StaleHandleError;
        }
        if (!rejected) throw new Error('a stale handle was not rejected (slot reuse resurrected it)');
      }
    }
    if (arena.live !== alive) throw new Error(`live count ${arena.live} != allocations - frees ${alive}`);
  }
}

/** Broken on purpose: ignores generations, so a reused slot answers an old handle. */
class NoGenerationCheckArena extends Arena {
  override get(h: Handle): GCObject {
    const o = this.objs[Math.floor(h / 2 ** 21)];
    if (o === undefined) throw new StaleHandleError('empty slot');
    return o;
  }
  override isLive(h: Handle): boolean {
    return this.objs[Math.floor(h / 2 ** 21)] !== undefined;
  }
}

describe('arena properties', () => {
  it('stale handles are rejected, live handles read their object, generations grow, live = allocs - frees', () => {
    fc.assert(fc.property(arenaOps, (ops) => checkArena(new Arena(), ops)), fuzzParams(300));
  }, propertyTimeout(60_000));

  it('has teeth: an arena without the generation check is caught', () => {
    const r = fc.check(fc.property(arenaOps, (ops) => checkArena(new NoGenerationCheckArena(), ops)), { seed: 1, numRuns: 300 });
    expect(r.failed).toBe(true);
  });
});

// ------------------------------------------------------------------ transactions
const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', 'c', 'key', 1.5, true, false));
type TxOp =
  | { op: 'begin' }
  | { op: 'commit' }
  | { op: 'rollback' }
  | { op: 'fail' }
  | { op: 'write'; t: number; k: string | number | boolean; v: string | number | boolean | null }
  | { op: 'link'; t: number; k: string | number | boolean; to: number }
  | { op: 'alloc'; t: number; k: string | number | boolean };
const txOps = fc.array(
  fc.oneof(
    fc.constant<TxOp>({ op: 'begin' }),
    fc.constant<TxOp>({ op: 'commit' }),
    fc.constant<TxOp>({ op: 'rollback' }),
    fc.constant<TxOp>({ op: 'fail' }),
    fc.tuple(fc.nat(3), scalar, fc.option(scalar, { nil: null })).map(([t, k, v]): TxOp => ({ op: 'write', t, k, v })),
    fc.tuple(fc.nat(3), scalar, fc.nat(3)).map(([t, k, to]): TxOp => ({ op: 'link', t, k, to })),
    fc.tuple(fc.nat(3), scalar).map(([t, k]): TxOp => ({ op: 'alloc', t, k })),
  ),
  { maxLength: 80 },
);

/** Contents and next() order of a table, objects compared by identity. */
function dump(t: LuaTable): [LuaValue, LuaValue][] {
  const out: [LuaValue, LuaValue][] = [];
  const kv: LuaValue[] = [undefined, undefined];
  let k: LuaValue = undefined;
  while (t.next(k, kv)) {
    out.push([kv[0], kv[1]]);
    k = kv[0];
  }
  return out;
}

/**
 * Applies ops with nested transactions; at each rollback (explicit, or after an injected
 * failure) the tables must read exactly as at the matching begin, and the transaction's
 * allocations must be gone from the arena. `write` is how the host writes (journaled).
 */
function checkTransactions(ops: TxOp[], write: (L: LuaState, t: LuaTable, k: LuaValue, v: LuaValue) => void): void {
  const L = createState();
  const heap = L.heap;
  const tables = [0, 1, 2, 3].map(() => L.newTable());
  tables.forEach((t, i) => L.globals.set(`t${i}`, t));
  const states: { dumps: [LuaValue, LuaValue][][]; allocs: LuaTable[] }[] = [];
  const rollback = (): void => {
    const s = states.pop()!;
    heap.rollback();
    tables.forEach((t, i) => expect(dump(t)).toEqual(s.dumps[i]));
    for (const a of s.allocs) expect(heap.isDead(a)).toBe(true);
  };
  for (const op of ops) {
    switch (op.op) {
      case 'begin':
        heap.begin();
        states.push({ dumps: tables.map(dump), allocs: [] });
        break;
      case 'commit':
        if (states.length === 0) break;
        heap.commit();
        {
          const s = states.pop()!;
          states[states.length - 1]?.allocs.push(...s.allocs);
        }
        break;
      case 'rollback':
        if (states.length > 0) rollback();
        break;
      case 'fail':
        // a failure injected mid-transaction: the host catches it and rolls back
        if (states.length === 0) break;
        try {
          throw new Error('injected failure');
        } catch {
          rollback();
        }
        break;
      case 'write':
        write(L, tables[op.t]!, op.k, op.v ?? undefined);
        break;
      case 'link':
        write(L, tables[op.t]!, op.k, tables[op.to]!);
        break;
      case 'alloc': {
        const n = L.newTable();
        states[states.length - 1]?.allocs.push(n);
        write(L, tables[op.t]!, op.k, n);
        break;
      }
    }
  }
  while (states.length > 0) rollback();
}

describe('transaction properties', () => {
  it('rollback restores contents and next order exactly and frees the transaction\'s allocations', () => {
    fc.assert(fc.property(txOps, (ops) => checkTransactions(ops, tableSet)), fuzzParams(300));
  }, propertyTimeout(60_000));

  it('commit keeps exactly the journaled writes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(scalar, scalar), { maxLength: 30 }), (writes) => {
        const L = createState();
        const t = L.newTable();
        const model = L.newTable(); // the same writes, outside any transaction
        L.heap.begin();
        for (const [k, v] of writes) {
          tableSet(L, t, k, v);
          model.set(k, v);
        }
        L.heap.commit();
        expect(dump(t)).toEqual(dump(model));
      }),
      fuzzParams(200),
    );
  }, propertyTimeout(60_000));

  it('has teeth: a write that skips the journal is caught at rollback', () => {
    const unjournaled = (_L: LuaState, t: LuaTable, k: LuaValue, v: LuaValue): void => t.set(k, v);
    const r = fc.check(fc.property(txOps, (ops) => checkTransactions(ops, unjournaled)), { seed: 1, numRuns: 300 });
    expect(r.failed).toBe(true);
  });
});

// ------------------------------------------------------------------ collector
interface Graph {
  nodes: { kind: 'table' | 'weakk' | 'weakv' | 'udata' }[];
  edges: { from: number; to: number }[];
  roots: number[];
  pinned: number[];
}
const graphs: fc.Arbitrary<Graph> = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    nodes: fc.array(fc.record({ kind: fc.constantFrom<'table' | 'weakk' | 'weakv' | 'udata'>('table', 'table', 'weakk', 'weakv', 'udata') }), { minLength: n, maxLength: n }),
    edges: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1) }), { maxLength: n * 2 }),
    roots: fc.array(fc.nat(n - 1), { maxLength: 3 }),
    pinned: fc.array(fc.nat(n - 1), { maxLength: 2 }),
  }),
);

/**
 * Builds the graph in a fresh state, collects, and checks: reachable objects survive,
 * unreachable ones are swept (userdata with __gc after their finalizer ran), entries of weak
 * tables pointing to collected objects are gone. `afterGC` lets a test break the collector.
 */
function checkCollector(g: Graph, afterGC: (L: LuaState, objs: GCObject[], reachable: boolean[]) => void = () => undefined): void {
  const L = createState();
  const finalized: number[] = [];
  const udMeta = L.newTable();
  udMeta.set('__gc', L.newNative('gc', (L2) => {
    const u = L2.arg(1);
    if (u instanceof LuaUserdata) finalized.push(u.payload as number);
    return 0;
  }));
  L.registry.set('udmeta', udMeta);
  const weakK = L.newTable();
  weakK.set('__mode', 'k');
  const weakV = L.newTable();
  weakV.set('__mode', 'v');
  L.registry.set('wk', weakK);
  L.registry.set('wv', weakV);
  const objs: GCObject[] = g.nodes.map((n, i) => {
    if (n.kind === 'udata') {
      const u = L.newUserdata(i);
      u.metatable = udMeta;
      return u;
    }
    const t = L.newTable();
    if (n.kind === 'weakk') t.metatable = weakK;
    if (n.kind === 'weakv') t.metatable = weakV;
    return t;
  });
  // Edges: a table holds its targets as values under numeric keys, except a weak-key table,
  // which holds them as keys (value true). Userdata hold nothing.
  g.edges.forEach((e, j) => {
    const from = objs[e.from]!;
    if (!(from instanceof LuaTable)) return;
    if (g.nodes[e.from]!.kind === 'weakk') from.set(objs[e.to] as LuaTable, true);
    else from.set(j + 1, objs[e.to] as LuaTable);
  });
  g.roots.forEach((r, i) => L.globals.set(`root${i}`, objs[r] as LuaTable));
  const handles = objs.map((o) => L.heap.handleOf(o));
  for (const p of g.pinned) L.heap.pin(objs[p]!);
  // the model: strong edges are all but the values of weak-value tables and keys of weak-key tables
  const reachable = g.nodes.map(() => false);
  const stack = [...g.roots, ...g.pinned];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (reachable[i]) continue;
    reachable[i] = true;
    const kind = g.nodes[i]!.kind;
    if (kind === 'weakv' || kind === 'weakk' || kind === 'udata') continue;
    for (const e of g.edges) if (e.from === i) stack.push(e.to);
  }
  L.heap.fullGC(); // finalizers of dead userdata run; they survive this cycle
  L.heap.fullGC(); // and are swept in the next
  afterGC(L, objs, reachable);
  objs.forEach((o, i) => {
    // alive for Lua (not dead by epoch) and its host handle still answers
    const live = !L.heap.isDead(o) && o.hidx >= 0 && L.heap.arena.objs[o.hidx] === o;
    if (live) expect(L.heap.deref(handles[i]!)).toBe(o);
    expect({ node: i, live }).toEqual({ node: i, live: reachable[i] });
    if (g.nodes[i]!.kind === 'udata') expect(finalized.includes(i)).toBe(!reachable[i]);
  });
  // weak tables that survive hold no collected object
  objs.forEach((o, i) => {
    if (!reachable[i] || !(o instanceof LuaTable)) return;
    for (const [k, v] of dump(o)) {
      for (const x of [k, v]) if (typeof x === 'object') expect(L.heap.isDead(x)).toBe(false);
    }
  });
}

describe('collector properties', () => {
  it('reachable objects survive, unreachable ones are swept, weak entries to them disappear', () => {
    fc.assert(fc.property(graphs, (g) => checkCollector(g)), fuzzParams(200));
  }, propertyTimeout(60_000));

  it('collectgarbage("count") returns to its baseline after collecting garbage-only allocations', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const L = createState();
        L.heap.fullGC();
        const baseline = L.heap.countKB();
        for (const n of sizes) {
          const t = L.newTable();
          for (let i = 1; i <= n; i++) t.set(i, `v${i}`);
          t.set('self', t);
        }
        expect(L.heap.countKB()).toBeGreaterThan(baseline);
        L.heap.fullGC();
        expect(L.heap.countKB()).toBe(baseline);
      }),
      fuzzParams(100),
    );
  }, propertyTimeout(60_000));

  it('has teeth: a collector that frees a reachable object is caught', () => {
    const freeOneReachable = (L: LuaState, objs: GCObject[], reachable: boolean[]): void => {
      const i = reachable.indexOf(true);
      const o = objs[i];
      if (o !== undefined && o.hidx >= 0) L.heap.arena.free(o.hidx);
    };
    const r = fc.check(fc.property(graphs, (g) => checkCollector(g, freeOneReachable)), { seed: 1, numRuns: 100 });
    expect(r.failed).toBe(true);
  });

  it('has teeth: a collector that sweeps nothing is caught', () => {
    const r = fc.check(
      fc.property(graphs, (g) =>
        checkCollector(g, (L, objs, reachable) => {
          // resurrect every unreachable object: as if the sweep had not run
          objs.forEach((o, i) => {
            if (!reachable[i] && L.heap.isDead(o)) {
              L.heap.register(o);
              L.heap.handleOf(o);
            }
          });
        }),
      ),
      { seed: 1, numRuns: 100 },
    );
    expect(r.failed).toBe(true);
  });
});
