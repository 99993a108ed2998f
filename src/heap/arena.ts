// Generational arena: every collectable object occupies a slot; a handle is (slot, generation)
// packed in one safe integer. Freeing a slot bumps its generation, so a stale handle is
// rejected (StaleHandleError) instead of silently reaching a different object.
import type { GCObject } from '../vm/value.js';

const GEN_BITS = 2 ** 21;

export type Handle = number;

export class StaleHandleError extends Error {
  override name = 'StaleHandleError';
}

export class Arena {
  readonly objs: (GCObject | undefined)[] = [];
  readonly gens: number[] = [];
  private readonly freeList: number[] = [];
  live = 0;

  insert(o: GCObject): Handle {
    let idx: number;
    if (this.freeList.length > 0) {
      idx = this.freeList.pop()!;
      this.objs[idx] = o;
    } else {
      idx = this.objs.length;
      this.objs.push(o);
      this.gens.push(0);
    }
    o.hidx = idx;
    this.live++;
    return idx * GEN_BITS + this.gens[idx]!;
  }

  /** Handle of a registered object. */
  handleOf(o: GCObject): Handle {
    if (o.hidx < 0 || this.objs[o.hidx] !== o) throw new StaleHandleError('object is not in the arena');
    return o.hidx * GEN_BITS + this.gens[o.hidx]!;
  }

  get(h: Handle): GCObject {
    const idx = Math.floor(h / GEN_BITS);
    const gen = h % GEN_BITS;
    const o = this.objs[idx];
    if (o === undefined || this.gens[idx] !== gen) {
      throw new StaleHandleError(`stale handle ${idx}:${gen} (slot generation ${this.gens[idx] ?? 'none'})`);
    }
    return o;
  }

  isLive(h: Handle): boolean {
    const idx = Math.floor(h / GEN_BITS);
    return this.objs[idx] !== undefined && this.gens[idx] === h % GEN_BITS;
  }

  /** Free a slot: the object leaves the arena and the slot's generation is bumped. */
  free(idx: number): void {
    const o = this.objs[idx];
    if (o === undefined) throw new StaleHandleError(`double free of slot ${idx}`);
    o.hidx = -1;
    this.objs[idx] = undefined;
    this.gens[idx] = (this.gens[idx]! + 1) % GEN_BITS;
    this.freeList.push(idx);
    this.live--;
  }
}
