// Open/closed upvalues (lfunc.c luaF_findupval / luaF_close): a thread keeps its open upvalues
// in a list sorted by decreasing stack index; closing copies the stack value into the upvalue.
import { UpVal } from './function.js';
import type { LuaThread } from './thread.js';

export function findUpval(th: LuaThread, idx: number): UpVal {
  let prev: UpVal | null = null;
  let p = th.openupval;
  while (p !== null && p.idx > idx) {
    prev = p;
    p = p.next;
  }
  if (p !== null && p.idx === idx) return p;
  const uv = new UpVal(th.stack, idx, p);
  if (prev === null) th.openupval = uv;
  else prev.next = uv;
  return uv;
}

/** luaF_close: close every open upvalue at stack index >= level. */
export function closeUpvals(th: LuaThread, level: number): void {
  let p = th.openupval;
  while (p !== null && p.idx >= level) {
    p.v = th.stack[p.idx];
    p.idx = -1;
    const n = p.next;
    p.next = null;
    p = n;
  }
  th.openupval = p;
}
