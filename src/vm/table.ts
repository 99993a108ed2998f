// Lua 5.1.5 tables (ltable.c), laid out as the C code lays them out so that `next` order and
// `#t` borders are the same as lua5.1's:
//  - an array part `arr` (indices 1..sizearray), sized by rehash/computesizes;
//  - a node hash part of 2^lsizenode nodes (parallel arrays nk/nv/nn = key, value, next),
//    main position by 5.1's hashing (hashnum: sum of the two 32-bit words of the double,
//    mod (size-1)|1; strings: luaS_hash & (size-1); booleans: b & (size-1); objects: id mod
//    (size-1)|1), Brent-style collision resolution and `lastfree` walking downward.
// A node whose value is nil keeps its key (a dead key), as in C: lookups still find it.
import { GCObject, T_TABLE, newObjectId, type LuaValue } from './value.js';
import { strHash } from './strhash.js';

/** Memory accounting target (the heap). */
export interface MemAccount {
  totalBytes: number;
}

const MAXBITS = 26;
const MAXASIZE = 1 << MAXBITS;
/** sizeof(Table), sizeof(TValue), sizeof(Node) on x86-64 (for collectgarbage("count")). */
export const SIZEOF_TABLE = 64;
const SIZEOF_TVALUE = 16;
const SIZEOF_NODE = 40;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const EMPTY_NODE: LuaValue[] = [];
/** nums[] of rehash (keys counted per power-of-2 slice), reused: rehash does not nest. */
const REHASH_NUMS = new Int32Array(MAXBITS + 1);
/** Whether REHASH_NUMS holds counts of an earlier rehash (tables without integer keys, the
 * usual objects, never write it, and then it needs no clearing). */
let rehashNumsDirty = false;
const EMPTY_ARR: LuaValue[] = [];
/** Fresh node vectors of 2^l nodes (l <= NODE_TEMPLATE_MAX) are copies of these. */
const NODE_TEMPLATE_MAX = 12;
const NODE_TEMPLATES: (LuaValue[] | undefined)[] = [];

/**
 * LUA_TDEADKEY: the collector turns the collectable key (string or object) of a node whose
 * value is nil into a dead key (lgc.c removeentry). Lookups no longer find it, so a later
 * insertion of the same key goes through newkey again; `next` still accepts it.
 */
export class DeadKey {
  constructor(readonly key: LuaValue) {}
}

/** Raised by newkey for a nil or NaN key; the VM turns it into a positioned runtime error. */
export class TableIndexError {
  constructor(readonly message: string) {}
}

/** ceil(log2(x)) for x >= 1 (luaO_log2(x-1)+1). */
export function ceilLog2(x: number): number {
  let l = 0;
  x -= 1;
  while (x > 0) {
    l++;
    x = Math.floor(x / 2);
  }
  return l;
}

/** arrayindex: the integer value of a number key, or -1. */
function arrayIndex(k: LuaValue): number {
  if (typeof k === 'number') {
    const i = k | 0;
    if (i === k) return i;
  }
  return -1;
}

/** Scratch pair for tryNext callers (next and the generic for's inline step): no Lua code
 * runs between filling and reading it. */
export const NEXT_PAIR: LuaValue[] = [undefined, undefined];

export class LuaTable extends GCObject {
  override hidx = -1;
  override mark = 0;
  override readonly id = newObjectId();
  readonly tt = T_TABLE;
  metatable: LuaTable | undefined = undefined;
  /** Absent-metamethod cache (ltm.h fasttm): bit set = known absent. Reset on every write. */
  flags = 0;
  /** The array part (shared empty array until the first growth). */
  arr: LuaValue[] = EMPTY_ARR;
  /**
   * The node vector, interleaved: node[3n] = key, node[3n+1] = value, node[3n+2] = index of
   * the next node in the collision chain (-1 = none).
   */
  node: LuaValue[] = EMPTY_NODE;
  /** Number of nodes (0 = the shared dummy node of C). */
  nodeSize = 0;
  lsizenode = 0;
  lastfree = 0;
  /** Weak mode cached by the GC (1 = weak keys, 2 = weak values). */
  weak = 0;
  /**
   * Redis 7.0's read-only tables (lua_enablereadonlytable): every write from Lua (settable,
   * rawset, setmetatable) raises "Attempt to modify a readonly table".
   */
  readonly = false;
  /**
   * The array part's border when it is known to be unique: arr[0..border-1] all non-nil and
   * arr[border..] all nil; -1 when unknown (a hole was made). Then luaH_getn's binary search
   * over the array part can only find this border, and `length` returns it without searching.
   * Kept by every write to the array part (noteArrayWrite), recounted after a resize.
   */
  border = 0;

  constructor(readonly mem: MemAccount | null, narray = 0, nhash = 0) {
    super();
    if (mem) mem.totalBytes += SIZEOF_TABLE;
    if (narray > 0) this.setArrayVector(narray);
    if (nhash > 0) this.setNodeVector(nhash);
  }

  /** Bytes this table accounts for (approximating 5.1's sizes). */
  byteSize(): number {
    return SIZEOF_TABLE + this.arr.length * SIZEOF_TVALUE + this.nodeSize * SIZEOF_NODE;
  }

  /** Key of node n (n < nodeSize). */
  keyAt(n: number): LuaValue {
    return this.node[3 * n];
  }

  /** Value of node n (n < nodeSize). */
  valAt(n: number): LuaValue {
    return this.node[3 * n + 1];
  }

  /** Clear the value of node n (the key stays, dead, as in C). */
  clearValAt(n: number): void {
    this.node[3 * n + 1] = undefined;
  }

  // ---- main positions ----
  private mainPosition(key: LuaValue): number {
    const size = this.nodeSize;
    switch (typeof key) {
      case 'number': {
        if (key === 0) return 0; // avoid problems with -0
        f64[0] = key;
        const a = ((u32[0] as number) + (u32[1] as number)) >>> 0;
        return a % ((size - 1) | 1);
      }
      case 'string':
        return strHash(key) & (size - 1);
      case 'boolean':
        return (key ? 1 : 0) & (size - 1);
      default:
        return (key as GCObject).id % ((size - 1) | 1);
    }
  }

  // ---- lookups ----
  /** luaH_get */
  get(key: LuaValue): LuaValue {
    if (typeof key === 'number') return this.getNum(key);
    if (typeof key === 'string') return this.getStr(key);
    if (key === undefined || this.nodeSize === 0) return undefined;
    const node = this.node;
    let n = this.mainPosition(key) * 3;
    for (;;) {
      if (node[n] === key) return node[n + 1];
      const nx = node[n + 2] as number;
      if (nx < 0) return undefined;
      n = nx * 3;
    }
  }

  getNum(key: number): LuaValue {
    const arr = this.arr;
    if ((key | 0) === key && (key - 1) >>> 0 < arr.length) return arr[key - 1];
    if (this.nodeSize === 0) return undefined;
    const node = this.node;
    let n = this.mainPosition(key) * 3;
    for (;;) {
      if (node[n] === key) return node[n + 1];
      const nx = node[n + 2] as number;
      if (nx < 0) return undefined;
      n = nx * 3;
    }
  }

  getStr(key: string): LuaValue {
    const size = this.nodeSize;
    if (size === 0) return undefined;
    const node = this.node;
    let n = (strHash(key) & (size - 1)) * 3;
    for (;;) {
      if (node[n] === key) return node[n + 1];
      const nx = node[n + 2] as number;
      if (nx < 0) return undefined;
      n = nx * 3;
    }
  }

  /** getStr with the key's strHash already known (metamethod names, see state.ts). */
  getStrH(key: string, h: number): LuaValue {
    const size = this.nodeSize;
    if (size === 0) return undefined;
    const node = this.node;
    let n = (h & (size - 1)) * 3;
    for (;;) {
      if (node[n] === key) return node[n + 1];
      const nx = node[n + 2] as number;
      if (nx < 0) return undefined;
      n = nx * 3;
    }
  }

  /** Node index holding `key`, or -1 (array-part keys are not looked up here). */
  private findNode(key: LuaValue): number {
    if (this.nodeSize === 0) return -1;
    const node = this.node;
    let n = this.mainPosition(key);
    for (;;) {
      if (node[3 * n] === key) return n;
      n = node[3 * n + 2] as number;
      if (n < 0) return -1;
    }
  }

  // ---- writes ----
  /** luaH_set + assignment (rawset). Throws TableIndexError for a new nil/NaN key. */
  set(key: LuaValue, val: LuaValue): void {
    this.flags = 0;
    for (;;) {
      if (typeof key === 'number') {
        const arr = this.arr;
        if ((key | 0) === key && (key - 1) >>> 0 < arr.length) {
          arr[key - 1] = val;
          if (this.border >= 0) this.noteArrayWrite(key - 1, val);
          return;
        }
      }
      // luaH_set: a nil key never has a node (mainPosition cannot hash it)
      if (key === undefined) throw new TableIndexError('table index is nil');
      let n = this.findNode(key);
      if (n < 0) {
        if (key !== key) throw new TableIndexError('table index is NaN');
        n = this.newKey(key);
        if (n < 0) continue; // table was rehashed: insert again
      }
      this.node[3 * n + 1] = val;
      return;
    }
  }

  /**
   * Assignment to a key already present with a non-nil value (no new key, no rehash; the
   * same effect as set). Returns false, changing nothing, when the key has no value.
   */
  replace(key: LuaValue, val: LuaValue): boolean {
    if (typeof key === 'number') {
      const arr = this.arr;
      if ((key | 0) === key && (key - 1) >>> 0 < arr.length) {
        if (arr[key - 1] === undefined) return false;
        this.flags = 0;
        arr[key - 1] = val;
        if (this.border >= 0) this.noteArrayWrite(key - 1, val);
        return true;
      }
    }
    if (key === undefined) return false;
    const n = this.findNode(key);
    if (n < 0 || this.node[3 * n + 1] === undefined) return false;
    this.flags = 0;
    this.node[3 * n + 1] = val;
    return true;
  }

  /** arr[idx] = val for idx < arr.length (code that writes the array part directly). */
  writeArray(idx: number, val: LuaValue): void {
    this.arr[idx] = val;
    if (this.border >= 0) this.noteArrayWrite(idx, val);
  }

  /** Keep `border` after arr[idx] = val. */
  private noteArrayWrite(idx: number, val: LuaValue): void {
    const b = this.border;
    if (val !== undefined) {
      if (idx === b) this.border = b + 1;
      else if (idx > b) this.border = -1;
    } else if (idx < b) {
      this.border = idx === b - 1 ? idx : -1;
    }
  }

  /** Find `border` again by scanning the array part (after writes that did not keep it). */
  recountBorder(): void {
    const arr = this.arr;
    const n = arr.length;
    let b = 0;
    while (b < n && arr[b] !== undefined) b++;
    let k = b;
    while (k < n && arr[k] === undefined) k++;
    this.border = k === n ? b : -1;
  }

  /** set for a string key whose strHash is known (compiled code's constant field names). */
  setStrH(key: string, h: number, val: LuaValue): void {
    const size = this.nodeSize;
    if (size > 0) {
      const node = this.node;
      let n = (h & (size - 1)) * 3;
      for (;;) {
        if (node[n] === key) {
          this.flags = 0;
          node[n + 1] = val;
          return;
        }
        const nx = node[n + 2] as number;
        if (nx < 0) break;
        n = nx * 3;
      }
    }
    this.set(key, val);
  }

  setStr(key: string, val: LuaValue): void {
    this.set(key, val);
  }

  setInt(key: number, val: LuaValue): void {
    this.set(key, val);
  }

  /** getfreepos */
  private getFreePos(): number {
    const node = this.node;
    while (this.lastfree > 0) {
      this.lastfree--;
      if (node[3 * this.lastfree] === undefined) return this.lastfree;
    }
    return -1;
  }

  /** newkey: returns the node for `key`, or -1 when the table had to grow (caller retries). */
  private newKey(key: LuaValue): number {
    if (this.nodeSize === 0) {
      this.rehash(key);
      return -1;
    }
    let mp = this.mainPosition(key);
    const node = this.node;
    if (node[3 * mp + 1] !== undefined) {
      const n = this.getFreePos();
      if (n < 0) {
        this.rehash(key);
        return -1;
      }
      let othern = this.mainPosition(node[3 * mp]);
      if (othern !== mp) {
        // colliding node is out of its main position: move it to the free slot
        while (node[3 * othern + 2] !== mp) othern = node[3 * othern + 2] as number;
        node[3 * othern + 2] = n;
        node[3 * n] = node[3 * mp];
        node[3 * n + 1] = node[3 * mp + 1];
        node[3 * n + 2] = node[3 * mp + 2];
        node[3 * mp + 2] = -1;
        node[3 * mp + 1] = undefined;
      } else {
        // colliding node is in its own main position: new key goes to the free slot
        node[3 * n + 2] = node[3 * mp + 2];
        node[3 * mp + 2] = n;
        mp = n;
      }
    }
    node[3 * mp] = key;
    return mp;
  }

  // ---- resizing ----
  private setArrayVector(size: number): void {
    let arr = this.arr;
    if (arr === EMPTY_ARR) this.arr = arr = [];
    if (this.mem) this.mem.totalBytes += (size - arr.length) * SIZEOF_TVALUE;
    while (arr.length < size) arr.push(undefined);
  }

  private setNodeVector(size: number): void {
    if (this.mem) this.mem.totalBytes -= this.nodeSize * SIZEOF_NODE;
    if (size === 0) {
      this.node = EMPTY_NODE;
      this.nodeSize = 0;
      this.lsizenode = 0;
      this.lastfree = 0;
      return;
    }
    const lsize = ceilLog2(size);
    if (lsize > MAXBITS) throw new TableIndexError('table overflow');
    size = 1 << lsize;
    // a copy of a packed template (one per size) is much cheaper than growing an array
    let node: LuaValue[];
    if (lsize <= NODE_TEMPLATE_MAX) {
      let tpl = NODE_TEMPLATES[lsize];
      if (tpl === undefined) {
        tpl = [];
        for (let i = 0; i < size; i++) tpl.push(undefined, undefined, -1);
        NODE_TEMPLATES[lsize] = tpl;
      }
      node = tpl.slice();
    } else {
      node = [];
      for (let i = 0; i < size; i++) node.push(undefined, undefined, -1);
    }
    this.node = node;
    this.nodeSize = size;
    this.lsizenode = lsize;
    this.lastfree = size;
    if (this.mem) this.mem.totalBytes += size * SIZEOF_NODE;
  }

  /** resize(L, t, nasize, nhsize) */
  resize(nasize: number, nhsize: number): void {
    const oldarr = this.arr;
    const oldasize = oldarr.length;
    const onode = this.node;
    const oldhsize = this.nodeSize;
    if (nasize > oldasize) this.setArrayVector(nasize);
    this.setNodeVector(nhsize);
    if (nasize < oldasize) {
      const vanishing = oldarr.slice(nasize);
      oldarr.length = nasize;
      if (this.mem) this.mem.totalBytes -= (oldasize - nasize) * SIZEOF_TVALUE;
      for (let i = 0; i < vanishing.length; i++) {
        const v = vanishing[i];
        if (v !== undefined) this.set(nasize + i + 1, v);
      }
    }
    // reinsert the old nodes, last first (ltable.c resize); their keys are distinct and the
    // new part has room for all of them, so no lookup comes first and newkey never rehashes
    for (let i = oldhsize - 1; i >= 0; i--) {
      const v = onode[3 * i + 1];
      if (v !== undefined) this.reinsert(onode[3 * i], v);
    }
    this.recountBorder();
  }

  /** Insert a key known to be absent, into a part with room for it (resize only). */
  private reinsert(key: LuaValue, val: LuaValue): void {
    if (typeof key === 'number') {
      const arr = this.arr;
      if ((key | 0) === key && (key - 1) >>> 0 < arr.length) {
        arr[key - 1] = val;
        return;
      }
    }
    const n = this.nodeSize > 0 ? this.newKey(key) : -1;
    if (n < 0) {
      this.set(key, val);
      return;
    }
    this.node[3 * n + 1] = val;
  }

  /** luaH_resizearray (SETLIST) */
  resizeArray(nasize: number): void {
    this.resize(nasize, this.nodeSize);
  }

  /** rehash(L, t, ek) */
  private rehash(ek: LuaValue): void {
    const nums = REHASH_NUMS;
    if (rehashNumsDirty) {
      nums.fill(0);
      rehashNumsDirty = false;
    }
    let nasize = this.numUseArray(nums);
    let totaluse = nasize;
    // numusehash
    let ause = 0;
    const node = this.node;
    for (let i = this.nodeSize - 1; i >= 0; i--) {
      if (node[3 * i + 1] !== undefined) {
        ause += countInt(node[3 * i], nums);
        totaluse++;
      }
    }
    nasize += ause;
    nasize += countInt(ek, nums);
    totaluse++;
    // computesizes
    let a = 0;
    let na = 0;
    let n = 0;
    for (let i = 0, twotoi = 1; twotoi / 2 < nasize; i++, twotoi *= 2) {
      const c = nums[i] as number;
      if (c > 0) {
        a += c;
        if (a > twotoi / 2) {
          n = twotoi;
          na = a;
        }
      }
      if (a === nasize) break;
    }
    this.resize(n, totaluse - na);
  }

  private numUseArray(nums: Int32Array): number {
    const arr = this.arr;
    const size = arr.length;
    let ause = 0;
    let i = 1;
    if (size > 0) rehashNumsDirty = true;
    for (let lg = 0, ttlg = 1; lg <= MAXBITS; lg++, ttlg *= 2) {
      let lc = 0;
      let lim = ttlg;
      if (lim > size) {
        lim = size;
        if (i > lim) break;
      }
      for (; i <= lim; i++) if (arr[i - 1] !== undefined) lc++;
      nums[lg] = (nums[lg] as number) + lc;
      ause += lc;
    }
    return ause;
  }

  // ---- traversal ----
  /**
   * luaH_next: the entry after `key` goes to out[0] (key) and out[1] (value); false at the end.
   * Throws TableIndexError("invalid key to 'next'").
   */
  next(key: LuaValue, out: LuaValue[]): boolean {
    const r = this.tryNext(key, out);
    if (r < 0) throw new TableIndexError("invalid key to 'next'");
    return r === 1;
  }

  /**
   * luaH_next without raising: 1 with the next pair in out[0], out[1]; 0 after the last pair;
   * -1 when `key` is not in the table (next's "invalid key to 'next'").
   */
  tryNext(key: LuaValue, out: LuaValue[]): number {
    let i = this.findIndex(key);
    if (i < -1) return -1;
    const arr = this.arr;
    const asize = arr.length;
    for (i++; i < asize; i++) {
      const v = arr[i];
      if (v !== undefined) {
        out[0] = i + 1;
        out[1] = v;
        return 1;
      }
    }
    const node = this.node;
    for (i -= asize; i < this.nodeSize; i++) {
      const v = node[3 * i + 1];
      if (v !== undefined) {
        out[0] = node[3 * i];
        out[1] = v;
        return 1;
      }
    }
    return 0;
  }

  /** findindex: the traversal index of key (-1 for nil), or -2 when it is not in the table. */
  private findIndex(key: LuaValue): number {
    if (key === undefined) return -1;
    const i = arrayIndex(key);
    const asize = this.arr.length;
    if (0 < i && i <= asize) return i - 1;
    if (this.nodeSize > 0) {
      // the key may be dead already: it is fine to use it in `next`
      const node = this.node;
      let n = this.mainPosition(key);
      for (;;) {
        const k = node[3 * n] as unknown;
        if (k === key || (k instanceof DeadKey && k.key === key)) return n + asize;
        n = node[3 * n + 2] as number;
        if (n < 0) break;
      }
    }
    return -2;
  }

  /** removeentry for every node with a nil value and a collectable key (GC traversal). */
  killDeadKeys(): void {
    const node = this.node;
    for (let i = 0; i < this.nodeSize; i++) {
      if (node[3 * i + 1] !== undefined) continue;
      const k = node[3 * i];
      if (typeof k === 'string' || (typeof k === 'object' && !((k as unknown) instanceof DeadKey))) {
        node[3 * i] = new DeadKey(k) as unknown as LuaValue;
      }
    }
  }

  // ---- length ----
  /** luaH_getn: a border, found exactly as 5.1 finds it. */
  length(): number {
    const arr = this.arr;
    let j = arr.length;
    if (j > 0 && arr[j - 1] === undefined) {
      if (this.border >= 0) return this.border;
      let i = 0;
      while (j - i > 1) {
        const m = (i + j) >>> 1;
        if (arr[m - 1] === undefined) j = m;
        else i = m;
      }
      return i;
    }
    if (this.nodeSize === 0) return j;
    return this.unboundSearch(j);
  }

  private unboundSearch(j: number): number {
    let i = j;
    j++;
    while (this.getNum(j) !== undefined) {
      i = j;
      j *= 2;
      if (j > 2147483647) {
        i = 1;
        while (this.getNum(i) !== undefined) i++;
        return i - 1;
      }
    }
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (this.getNum(m) === undefined) j = m;
      else i = m;
    }
    return i;
  }

  // ---- snapshots (heap transactions) ----
  snapshot(): TableSnapshot {
    return {
      arr: this.arr.slice(),
      node: this.node.slice(),
      nodeSize: this.nodeSize,
      lsizenode: this.lsizenode,
      lastfree: this.lastfree,
      metatable: this.metatable,
    };
  }

  restore(s: TableSnapshot): void {
    if (this.mem) this.mem.totalBytes -= this.byteSize();
    this.arr = s.arr;
    this.node = s.nodeSize === 0 ? EMPTY_NODE : s.node;
    this.nodeSize = s.nodeSize;
    this.lsizenode = s.lsizenode;
    this.lastfree = s.lastfree;
    this.metatable = s.metatable;
    this.flags = 0;
    this.recountBorder();
    if (this.mem) this.mem.totalBytes += this.byteSize();
  }
}

export interface TableSnapshot {
  arr: LuaValue[];
  node: LuaValue[];
  nodeSize: number;
  lsizenode: number;
  lastfree: number;
  metatable: LuaTable | undefined;
}

/** countint */
function countInt(key: LuaValue, nums: Int32Array): number {
  const k = arrayIndex(key);
  if (0 < k && k <= MAXASIZE) {
    rehashNumsDirty = true;
    const l = ceilLog2(k);
    nums[l] = (nums[l] as number) + 1;
    return 1;
  }
  return 0;
}

/** luaO_fb2int: "floating point byte" of NEWTABLE's B and C. */
export function fb2int(x: number): number {
  const e = (x >>> 3) & 31;
  if (e === 0) return x;
  return ((x & 7) + 8) * Math.pow(2, e - 1);
}
