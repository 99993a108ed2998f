/** SORT and SORT_RO (Redis 7.0 sort.c). */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, lookup, parseLong } from '../context.js';
import type { Keyspace } from '../keyspace.js';
import { strtod } from '../numbers.js';
import { setMembers } from './sets.js';

/** lookupKeyByPattern: `#` is the element itself; `*` is replaced by it; `->field` reads a hash field. */
function lookupByPattern(ks: Keyspace, ctx: CommandContext, pattern: string, subst: string): string | null {
  if (pattern === '#') return subst;
  const star = pattern.indexOf('*');
  if (star < 0) return null;
  const arrow = pattern.indexOf('->', star + 1);
  let field: string | null = null;
  let keyPat = pattern;
  if (arrow >= 0 && arrow + 2 < pattern.length) {
    field = pattern.slice(arrow + 2);
    keyPat = pattern.slice(0, arrow);
  }
  const key = keyPat.slice(0, star) + subst + keyPat.slice(star + 1);
  const o = lookup(ks, ctx, key);
  if (!o) return null;
  if (field !== null) {
    if (o.type !== 'hash') return null;
    return o.value.get(field) ?? null;
  }
  return o.type === 'string' ? o.value : null;
}

const bytesCmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], readonly: boolean): Reply {
  let desc = false;
  let alpha = false;
  let limitStart = 0;
  let limitCount = -1;
  let sortby: string | null = null;
  let dontsort = false;
  let storekey: string | null = null;
  const gets: string[] = [];
  for (let j = 2; j < argv.length; j++) {
    const leftargs = argv.length - j - 1;
    const a = (argv[j] ?? '').toLowerCase();
    if (a === 'asc') desc = false;
    else if (a === 'desc') desc = true;
    else if (a === 'alpha') alpha = true;
    else if (a === 'limit' && leftargs >= 2) {
      limitStart = parseLong(argv[j + 1] ?? '');
      limitCount = parseLong(argv[j + 2] ?? '');
      j += 2;
    } else if (!readonly && a === 'store' && leftargs >= 1) {
      storekey = argv[j + 1] ?? '';
      j++;
    } else if (a === 'by' && leftargs >= 1) {
      sortby = argv[j + 1] ?? '';
      if (!sortby.includes('*')) dontsort = true;
      j++;
    } else if (a === 'get' && leftargs >= 1) {
      gets.push(argv[j + 1] ?? '');
      j++;
    } else return ERR.syntax;
  }
  const v = lookup(ks, ctx, argv[1] ?? '');
  if (v && v.type !== 'set' && v.type !== 'list' && v.type !== 'zset') return ERR.wrongType;
  // A set sorted without order must be sorted anyway for scripts and STORE (deterministic effects).
  if (dontsort && v?.type === 'set' && (storekey !== null || ctx.inScript)) {
    dontsort = false;
    alpha = true;
    sortby = null;
  }
  let elements: string[];
  if (!v) elements = [];
  else if (v.type === 'list') elements = [...v.value];
  else if (v.type === 'set') elements = setMembers(v);
  else if (v.type === 'zset') elements = v.value.all().map((e) => e.member);
  else elements = [];
  const vectorlen = elements.length;
  let start = limitStart < 0 ? 0 : limitStart;
  let end = limitCount < 0 ? vectorlen - 1 : start + limitCount - 1;
  if (start >= vectorlen) {
    start = vectorlen - 1;
    end = vectorlen - 2;
  }
  if (end >= vectorlen) end = vectorlen - 1;
  let vector: string[];
  if (dontsort && (v?.type === 'list' || v?.type === 'zset')) {
    // native order (reversed for DESC), LIMIT applied directly
    const ordered = desc ? [...elements].reverse() : elements;
    vector = end >= start ? ordered.slice(start, end + 1) : [];
    end -= start;
    start = 0;
  } else vector = elements;
  if (!dontsort) {
    const items = vector.map((obj) => ({ obj, score: 0, cmp: null as string | null }));
    let convErr = false;
    for (const it of items) {
      let byval: string | null;
      if (sortby !== null) {
        byval = lookupByPattern(ks, ctx, sortby, it.obj);
        if (byval === null) continue;
      } else byval = it.obj;
      if (alpha) {
        if (sortby !== null) it.cmp = byval;
      } else {
        const cut = byval.indexOf('\0');
        const text = cut >= 0 ? byval.slice(0, cut) : byval;
        const r = strtod(text);
        it.score = r.value;
        if (r.end !== text.length || r.erange || Number.isNaN(r.value)) convErr = true;
      }
    }
    if (convErr) return err("ERR One or more scores can't be converted into double");
    items.sort((x, y) => {
      let c: number;
      if (!alpha) {
        c = x.score > y.score ? 1 : x.score < y.score ? -1 : bytesCmp(x.obj, y.obj);
      } else if (sortby !== null) {
        if (x.cmp === null || y.cmp === null) c = x.cmp === y.cmp ? 0 : x.cmp === null ? -1 : 1;
        else c = bytesCmp(x.cmp, y.cmp);
      } else c = bytesCmp(x.obj, y.obj);
      return desc ? -c : c;
    });
    vector = items.map((i) => i.obj);
  }
  const out: Array<string | null> = [];
  for (let j = start; j <= end; j++) {
    const obj = vector[j] ?? '';
    if (gets.length === 0) out.push(obj);
    for (const g of gets) out.push(lookupByPattern(ks, ctx, g, obj));
  }
  if (storekey === null) return R.array(out.map((x) => (x === null ? R.nil() : R.bulk(x))));
  const db = dbOf(ks, ctx);
  if (out.length) {
    ks.setKey(db, storekey, { type: 'list', value: out.map((x) => x ?? '') });
    ks.dirty += out.length;
  } else if (lookup(ks, ctx, storekey) !== undefined) {
    ks.deleteKey(db, storekey);
    ks.dirty++;
  }
  return R.int(out.length);
}

const sort: CommandHandler = (ks, ctx, argv) => sortGeneric(ks, ctx, argv, false);
const sortRo: CommandHandler = (ks, ctx, argv) => sortGeneric(ks, ctx, argv, true);

export const sortCommands: Record<string, CommandHandler> = { sort, sort_ro: sortRo };
