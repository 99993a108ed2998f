// luaS_hash of Lua 5.1.5 (lstring.c luaS_newlstr): seed = length; for long strings only every
// `step`-th byte, from the end, enters the hash. Results are unsigned 32-bit.
const cache = new Map<string, number>();

function compute(s: string): number {
  const l = s.length;
  let h = l >>> 0;
  const step = (l >>> 5) + 1;
  for (let l1 = l; l1 >= step; l1 -= step) {
    h = (h ^ (((h << 5) >>> 0) + (h >>> 2) + (s.charCodeAt(l1 - 1) & 0xff))) >>> 0;
  }
  return h;
}

export function strHash(s: string): number {
  if (s.length <= 16) return compute(s);
  let h = cache.get(s);
  if (h === undefined) {
    h = compute(s);
    if (cache.size > 65536) cache.clear();
    cache.set(s, h);
  }
  return h;
}
