// The heap: memory accounting (approximating Lua 5.1's object sizes on x86-64), the mark
// collector, host handles (arena slots) and host transactions.
//
// Liveness is by mark epoch, with no sweep over all objects: an object is born with the current
// epoch (register), a collection moves the epoch on and re-marks what is reachable, so after it
// `mark < epoch` means collected. Dead objects are simply dropped for V8 to reclaim; only the
// objects the host asked a handle for (handleOf) sit in the arena, and only those are swept
// (their handles go stale). totalBytes after a cycle is the size of what was marked.
//
// Collector rule (like luaC_checkGC of lvm.c): a collection only starts at a safe point — the
// interpreter calls checkGC() after NEWTABLE, CONCAT, CLOSURE, VARARG-table creation, and
// collectgarbage() runs one explicitly. Roots: registry, globals, basic-type metatables, every
// thread reachable (the running one, its resumers), their stacks and open upvalues, pinned
// objects. A native's JS locals are NOT roots: a native that calls back into Lua must keep its
// temporaries on the Lua stack (L.push) or pin them.
import { Arena, type Handle, StaleHandleError } from './arena.js';
import type { GCObject, LuaValue } from '../vm/value.js';
import { LuaUserdata, T_TABLE, T_FUNCTION, T_USERDATA, T_THREAD } from '../vm/value.js';
import { LuaTable, type TableSnapshot } from '../vm/table.js';
import { LuaClosure, NativeFunction } from '../vm/function.js';
import type { LuaThread } from '../vm/thread.js';
import type { LuaState } from '../vm/state.js';
import { LuaMemoryError } from '../vm/errors.js';

const SIZEOF_UDATA = 40;
const SIZEOF_THREAD = 1224;
const SIZEOF_UPVAL = 40;
const SIZEOF_CFUNCTION = 40;

/** sizeLclosure plus one UpVal per upvalue. */
function closureSize(o: LuaClosure): number {
  return 32 + 8 * o.upvals.length + SIZEOF_UPVAL * o.upvals.length;
}

interface Txn {
  allocs: GCObject[];
  snaps: Map<LuaTable, TableSnapshot>;
}

export class Heap {
  readonly arena = new Arena();
  totalBytes = 0;
  /** Collection starts when totalBytes reaches this (luaC_checkGC). */
  threshold = 4 * 1024 * 1024;
  /** setpause / setstepmul (percent). */
  pause = 200;
  stepmul = 200;
  /** collectgarbage("stop") */
  stopped = false;
  /** Optional memory limit in bytes (0 = none): beyond it, `not enough memory`. */
  memoryLimit = 0;
  state: LuaState | null = null;
  private epoch = 1;
  private readonly pinned = new Map<GCObject, number>();
  private txns: Txn[] = [];
  private finalizing = false;
  /** Number of completed collections (for tests). */
  cycles = 0;
  /** Every live userdata (the only objects that can have a finalizer). */
  private udatas: LuaUserdata[] = [];

  /** Account a new object (born alive in the current epoch). */
  register(o: GCObject): void {
    o.mark = this.epoch;
    switch (o.tt) {
      case T_FUNCTION:
        this.totalBytes += o instanceof LuaClosure ? closureSize(o) : SIZEOF_CFUNCTION;
        break;
      case T_USERDATA:
        this.totalBytes += SIZEOF_UDATA;
        this.udatas.push(o as LuaUserdata);
        break;
      case T_THREAD:
        this.totalBytes += SIZEOF_THREAD;
        break;
      default:
        break; // tables account for themselves
    }
    if (this.txns.length > 0) this.txns[this.txns.length - 1]!.allocs.push(o);
  }

  /** Whether a collection (or a rollback of its allocation) has found the object dead. */
  isDead(o: GCObject): boolean {
    return o.mark < this.epoch && o.mark !== 0;
  }

  /** The host handle of a live object (its arena slot, taken on first request). */
  handleOf(o: GCObject): Handle {
    if (o.hidx >= 0) return this.arena.handleOf(o);
    if (this.isDead(o)) throw new StaleHandleError('object is not in the arena (collected)');
    return this.arena.insert(o);
  }

  deref(h: Handle): GCObject {
    return this.arena.get(h);
  }

  /** Keep an object alive while the host holds it (counted). */
  pin(o: GCObject): void {
    this.pinned.set(o, (this.pinned.get(o) ?? 0) + 1);
  }

  unpin(o: GCObject): void {
    const n = this.pinned.get(o);
    if (n === undefined) throw new StaleHandleError('unpin of an object that is not pinned');
    if (n <= 1) this.pinned.delete(o);
    else this.pinned.set(o, n - 1);
  }

  /** KB in use, as collectgarbage("count"). */
  countKB(): number {
    return this.totalBytes / 1024;
  }

  /** luaC_checkGC: run a cycle if the threshold is reached (safe points only). */
  checkGC(): void {
    if (this.totalBytes >= this.threshold) {
      if (!this.stopped) this.fullGC();
      if (this.memoryLimit > 0 && this.totalBytes > this.memoryLimit) throw new LuaMemoryError();
      if (this.stopped && this.totalBytes >= this.threshold) this.threshold = this.totalBytes * 2;
    }
  }

  // ------------------------------------------------------------------ mark & sweep
  fullGC(): void {
    const L = this.state;
    if (L === null || this.finalizing) return;
    const epoch = ++this.epoch;
    let live = 0;
    const gray: GCObject[] = [];
    const weak: LuaTable[] = [];
    const mark = (v: LuaValue): void => {
      if (typeof v === 'object' && v.mark !== epoch) {
        v.mark = epoch;
        gray.push(v);
      }
    };
    const propagate = (): void => {
      for (;;) {
        const o = gray.pop();
        if (o === undefined) break;
        switch (o.tt) {
          case T_TABLE: {
            const t = o as LuaTable;
            const mt = t.metatable;
            let wk = false;
            let wv = false;
            if (mt !== undefined) {
              mark(mt);
              const mode = mt.getStr('__mode');
              if (typeof mode === 'string') {
                wk = mode.includes('k');
                wv = mode.includes('v');
              }
            }
            live += t.byteSize();
            t.weak = (wk ? 1 : 0) | (wv ? 2 : 0);
            if (t.weak !== 0) weak.push(t);
            if (!wv) {
              const arr = t.arr;
              for (let i = 0; i < arr.length; i++) {
                const v = arr[i];
                if (typeof v === 'object' && v.mark !== epoch) {
                  v.mark = epoch;
                  gray.push(v);
                }
              }
            }
            // traversetable: a node with a nil value loses its key (removeentry: dead key),
            // the others have their collectable key and value marked (unless weak)
            const nsize = t.nodeSize;
            if (nsize > 0) {
              t.killDeadKeys();
              const node = t.node;
              for (let i = 0; i < nsize; i++) {
                const v = node[3 * i + 1];
                if (v === undefined) continue;
                if (!wk) mark(node[3 * i]);
                if (!wv) mark(v);
              }
            }
            break;
          }
          case T_FUNCTION: {
            if (o instanceof LuaClosure) {
              live += closureSize(o);
              mark(o.env);
              for (const uv of o.upvals) mark(uv.get());
            } else {
              const f = o as NativeFunction;
              live += SIZEOF_CFUNCTION;
              mark(f.env);
              for (const v of f.upvalues) mark(v);
            }
            break;
          }
          case T_USERDATA: {
            const u = o as LuaUserdata;
            live += SIZEOF_UDATA;
            mark(u.metatable);
            mark(u.env);
            break;
          }
          case T_THREAD:
            live += SIZEOF_THREAD;
            this.markThread(o as LuaThread, mark);
            break;
        }
      }
    };
    // roots
    mark(L.registry);
    mark(L.globals);
    mark(L.main);
    for (let th: LuaThread | null = L.th; th !== null; th = th.resumer) mark(th);
    for (const mt of L.typeMeta) mark(mt);
    for (const o of this.pinned.keys()) mark(o as LuaValue as never);
    propagate();
    // userdata with __gc that died: resurrect for finalization (luaC_separateudata)
    const tobefnz: LuaUserdata[] = [];
    for (const o of this.udatas) {
      if (o.mark !== epoch && !o.finalized && o.metatable !== undefined) {
        const gc = L.fastTM(o.metatable, 2);
        if (gc !== undefined) tobefnz.push(o);
      }
    }
    for (const u of tobefnz) {
      u.finalized = true;
      mark(u);
    }
    propagate();
    // clear weak tables (cleartable): collectable keys/values that are not marked
    const cleared = (v: LuaValue, isKey: boolean): boolean =>
      typeof v === 'object' && (v.mark !== epoch || (!isKey && v instanceof LuaUserdata && tobefnz.includes(v)));
    for (const t of weak) {
      if (t.weak & 2) {
        const arr = t.arr;
        for (let i = 0; i < arr.length; i++) if (cleared(arr[i], false)) t.writeArray(i, undefined);
      }
      for (let i = 0; i < t.nodeSize; i++) {
        const v = t.valAt(i);
        if (v !== undefined && (cleared(t.keyAt(i), true) || cleared(v, false))) t.clearValAt(i);
      }
      t.killDeadKeys();
    }
    // sweep the host handles only: everything else unmarked is left to V8
    const objs = this.arena.objs;
    for (let i = 0; i < objs.length; i++) {
      const o = objs[i];
      if (o !== undefined && o.mark !== epoch) this.arena.free(i);
    }
    this.udatas = this.udatas.filter((u) => u.mark === epoch);
    this.totalBytes = live;
    this.threshold = Math.max(Math.floor((this.totalBytes / 100) * this.pause), 4 * 1024 * 1024);
    this.cycles++;
    // finalizers (GCTM): called in reverse order of separation, like 5.1's tmudata list
    if (tobefnz.length > 0) {
      this.finalizing = true;
      try {
        for (let i = tobefnz.length - 1; i >= 0; i--) {
          const u = tobefnz[i]!;
          const gc = u.metatable !== undefined ? u.metatable.getStr('__gc') : undefined;
          if (typeof gc === 'object' && gc.tt === T_FUNCTION) {
            L.push(u);
            try {
              L.call(gc, [u], 0);
            } finally {
              L.th.top--;
            }
          }
        }
      } finally {
        this.finalizing = false;
      }
    }
  }

  private markThread(th: LuaThread, mark: (v: LuaValue) => void): void {
    mark(th.env);
    // traversestack: values up to top are live; the dead part up to the frames' tops is cleared
    const stack = th.stack;
    const top = Math.min(th.top, stack.length);
    let lim = top;
    for (let i = 0; i <= th.ci; i++) {
      const t = th.cis[i]!.top;
      if (t > lim) lim = t;
    }
    if (lim > stack.length) lim = stack.length;
    for (let i = 0; i < top; i++) mark(stack[i]);
    for (let i = top; i < lim; i++) stack[i] = undefined;
    for (let uv = th.openupval; uv !== null; uv = uv.next) mark(uv.get());
    if (th.resumer) mark(th.resumer);
  }

  private sizeOf(o: GCObject): number {
    if (o instanceof LuaTable) return o.byteSize();
    if (o instanceof LuaClosure) return closureSize(o);
    if (o instanceof NativeFunction) return SIZEOF_CFUNCTION;
    if (o instanceof LuaUserdata) return SIZEOF_UDATA;
    return SIZEOF_THREAD;
  }

  // ------------------------------------------------------------------ transactions
  /** Start a host transaction (nestable). */
  begin(): void {
    this.txns.push({ allocs: [], snaps: new Map() });
  }

  get inTransaction(): boolean {
    return this.txns.length > 0;
  }

  /** Record a table's full state before its first host write in the transaction. */
  journalTable(t: LuaTable): void {
    if (this.txns.length === 0) return;
    const tx = this.txns[this.txns.length - 1]!;
    if (tx.snaps.has(t)) return;
    tx.snaps.set(t, t.snapshot());
  }

  commit(): void {
    const tx = this.txns.pop();
    if (tx === undefined) throw new StaleHandleError('commit without begin');
    const parent = this.txns[this.txns.length - 1];
    if (parent !== undefined) {
      parent.allocs.push(...tx.allocs);
      for (const [t, s] of tx.snaps) if (!parent.snaps.has(t)) parent.snaps.set(t, s);
    }
  }

  /** Undo the host writes and allocations of the innermost transaction. */
  rollback(): void {
    const tx = this.txns.pop();
    if (tx === undefined) throw new StaleHandleError('rollback without begin');
    for (const [t, s] of tx.snaps) t.restore(s);
    for (let i = tx.allocs.length - 1; i >= 0; i--) {
      const o = tx.allocs[i]!;
      if (this.isDead(o)) continue;
      this.totalBytes -= this.sizeOf(o);
      this.pinned.delete(o);
      if (o.hidx >= 0 && this.arena.objs[o.hidx] === o) this.arena.free(o.hidx);
      o.mark = -1; // dead: handleOf refuses it
    }
  }
}
