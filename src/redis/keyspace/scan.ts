/**
 * SCAN-family cursor iteration (Redis db.c scanGenericCommand).
 *
 * Redis's cursor is a reverse-binary bucket index of a randomly seeded hash
 * table, which cannot be reproduced. Here the cursor is an offset into the
 * collection's iteration order. Like Redis, small encodings (listpack,
 * intset) are returned whole with cursor 0, and when everything left fits in
 * COUNT the reply ends the iteration (cursor 0).
 */
import { R, type Reply } from '../reply.js';
import { stringMatch } from '../glob.js';
import { err, ERR } from './errors.js';
import { fail, parseLong } from './context.js';

const isCSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

/** parseScanCursorOrReply: strtoul base 10 rules. */
export function parseCursor(s: string): bigint {
  if (isCSpace(s[0])) fail(err('ERR invalid cursor'));
  if (s === '') return 0n; // strtoul consumed nothing and eptr[0] is '\0'
  if (!/^[+-]?\d+$/.test(s)) fail(err('ERR invalid cursor'));
  let v = BigInt(s.replace(/^\+/, ''));
  const MAX = 18446744073709551615n;
  if (v > MAX || v < -MAX) fail(err('ERR invalid cursor'));
  if (v < 0n) v = MAX + 1n + v; // strtoul negates in unsigned arithmetic
  return v;
}

export interface ScanOptions {
  count: number;
  pattern: string | undefined;
  type: string | undefined;
}

/** Parse COUNT / MATCH / TYPE options from argv[from..]. */
export function parseScanOptions(argv: string[], from: number, allowType: boolean): ScanOptions {
  const o: ScanOptions = { count: 10, pattern: undefined, type: undefined };
  let i = from;
  while (i < argv.length) {
    const j = argv.length - i;
    const a = (argv[i] ?? '').toLowerCase();
    if (a === 'count' && j >= 2) {
      o.count = parseLong(argv[i + 1] ?? '');
      if (o.count < 1) fail(ERR.syntax);
      i += 2;
    } else if (a === 'match' && j >= 2) {
      const p = argv[i + 1] ?? '';
      o.pattern = p === '*' ? undefined : p;
      i += 2;
    } else if (a === 'type' && allowType && j >= 2) {
      o.type = argv[i + 1] ?? '';
      i += 2;
    } else fail(ERR.syntax);
  }
  return o;
}

/**
 * One SCAN step over `items` (each item has a key for matching and the
 * strings to return). `whole` = small encoding: return everything, cursor 0.
 */
export function scanStep<T>(
  items: readonly T[],
  cursor: bigint,
  opts: ScanOptions,
  whole: boolean,
  keyOf: (t: T) => string,
  emit: (t: T, out: string[]) => void,
  filter?: (t: T) => boolean,
): Reply {
  let start = whole ? 0 : Number(cursor);
  if (!Number.isFinite(start) || start > items.length) start = items.length;
  let end = whole ? items.length : Math.min(items.length, start + opts.count);
  if (!whole && items.length - start <= opts.count) end = items.length;
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const t = items[i] as T;
    if (opts.pattern !== undefined && !stringMatch(opts.pattern, keyOf(t))) continue;
    if (filter && !filter(t)) continue;
    emit(t, out);
  }
  const next = end >= items.length ? 0 : end;
  return R.array([R.bulk(String(next)), R.bulkArray(out)]);
}

export const emptyScan: Reply = R.array([R.bulk('0'), R.array([])]);
