// Lua values (lobject.h): nil = undefined, booleans, numbers (doubles) and byte strings are JS
// primitives; the collectable types are class instances carrying a numeric type tag `tt`
// (LUA_T* of lua.h) for fast dispatch, and the bookkeeping of the arena heap.
import type { LuaTable } from './table.js';
import type { LuaFunction } from './function.js';

export const T_NIL = 0;
export const T_BOOLEAN = 1;
export const T_LIGHTUSERDATA = 2;
export const T_NUMBER = 3;
export const T_STRING = 4;
export const T_TABLE = 5;
export const T_FUNCTION = 6;
export const T_USERDATA = 7;
export const T_THREAD = 8;

/** luaT_typenames of ltm.c. */
export const TYPE_NAMES: readonly string[] = [
  'nil', 'boolean', 'userdata', 'number', 'string', 'table', 'function', 'userdata', 'thread',
];

/** Base of every collectable object: registered in the arena (slot `hidx`), marked by the GC. */
// The three fields are declared here but initialised by each concrete class, first of its
// fields (hidx = -1, mark = 0, id = newObjectId()): stores made in a base-class initialiser
// see every subclass's map and go megamorphic, which made object creation slow.
export abstract class GCObject {
  abstract readonly tt: number;
  /** Arena slot; -1 until registered. */
  declare hidx: number;
  /** GC mark epoch. */
  declare mark: number;
  /** Unique creation number: stands in for the C pointer in tostring and pointer hashing. */
  declare readonly id: number;
}
let nextObjectId = 1;
/** The id of a new collectable object (in creation order). */
export function newObjectId(): number {
  return nextObjectId++;
}

/**
 * Payload marking a userdata that stands for a NULL light userdata (lua_pushlightuserdata(L,
 * NULL), as cjson.null is): the VM has no separate light-userdata type.
 */
export const LIGHTUSERDATA_NULL: unique symbol = Symbol.for('redlua.lightuserdata.null');

/** Full userdata (newproxy, host objects): a metatable, an environment and a JS payload. */
export class LuaUserdata extends GCObject {
  override hidx = -1;
  override mark = 0;
  override readonly id = newObjectId();
  readonly tt = T_USERDATA;
  metatable: LuaTable | undefined = undefined;
  env: LuaTable | undefined = undefined;
  /** Set once the finalizer has run (5.1 runs __gc once). */
  finalized = false;
  constructor(public payload: unknown = undefined) {
    super();
  }
}

import type { LuaThread } from './thread.js';

export type LuaValue = undefined | boolean | number | string | LuaTable | LuaFunction | LuaUserdata | LuaThread;
export type LuaObject = LuaTable | LuaFunction | LuaUserdata | LuaThread;

/** ttype(o) */
export function typeOf(v: LuaValue): number {
  switch (typeof v) {
    case 'undefined': return T_NIL;
    case 'boolean': return T_BOOLEAN;
    case 'number': return T_NUMBER;
    case 'string': return T_STRING;
    default: return v.tt;
  }
}

export function typeName(v: LuaValue): string {
  return TYPE_NAMES[typeOf(v)] as string;
}

/** l_isfalse */
export function isFalse(v: LuaValue): boolean {
  return v === undefined || v === false;
}

/** The %p-like address printed by tostring and print for objects. */
export function addressOf(o: GCObject): string {
  return '0x' + (0x8000000 + o.id * 0x20).toString(16).padStart(8, '0');
}
