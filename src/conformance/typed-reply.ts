// The typed form of a Redis reply used in expectations and reports (INTERPRETING.md,
// "Typed replies"). Plain data: it compares with deepEqual and round-trips through YAML.

export type TypedReply =
  | { status: string }
  | { error: string }
  | { integer: number | string }
  | { bulk: string }
  | { nil: 'bulk' | 'array' }
  | { array: TypedReply[] }
  | { null: true }
  | { map: [TypedReply, TypedReply][] }
  | { set: TypedReply[] }
  | { double: string }
  | { boolean: boolean }
  | { bignum: string }
  | { verbatim: { format: string; text: string } };

export function typedEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    // Integers may be stored as numbers or (beyond 2^53) as strings.
    if ((typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string')) {
      return String(a) === String(b);
    }
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => typedEqual(x, b[i]));
  }
  const ak = Object.keys(a as object).sort();
  const bk = Object.keys(b as object).sort();
  if (ak.length !== bk.length || ak.some((k, i) => k !== bk[i])) return false;
  return ak.every((k) => typedEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** One-line rendering for diffs and reports. */
export function renderTyped(r: TypedReply | undefined): string {
  return r === undefined ? '(no reply)' : JSON.stringify(r);
}

import type { Reply } from '../redis/reply.js';
import { formatDouble17g } from '../redis/reply.js';

/** The typed form of a reply read from a server (INTERPRETING.md "Typed replies"). */
export function toTyped(r: Reply): TypedReply {
  switch (r.type) {
    case 'status':
      return { status: r.value };
    case 'error':
      return { error: r.value };
    case 'integer': {
      const n = Number(r.value);
      return { integer: Number.isSafeInteger(n) ? n : r.value.toString() };
    }
    case 'bulk':
      return { bulk: r.value };
    case 'nil':
      return { nil: 'bulk' };
    case 'nilarray':
      return { nil: 'array' };
    case 'null':
      return { null: true };
    case 'array':
    case 'push':
      return { array: r.value.map(toTyped) };
    case 'map':
      return { map: r.value.map(([k, v]) => [toTyped(k), toTyped(v)] as [TypedReply, TypedReply]) };
    case 'set':
      return { set: r.value.map(toTyped) };
    case 'double':
      return { double: r.text ?? formatDouble17g(r.value) };
    case 'boolean':
      return { boolean: r.value };
    case 'bignum':
      return { bignum: r.value };
    case 'verbatim':
      return { verbatim: { format: r.format, text: r.value } };
    case 'attribute':
      return toTyped(r.reply);
  }
}
