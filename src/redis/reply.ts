/**
 * The typed reply model shared by the keyspace, the server, the client, the
 * scripting layer and the conformance harness.
 *
 * Byte strings (bulk, status, error, verbatim, big number text) are JS strings
 * whose code units are 0–255 (latin1), converted to Buffers only at the edges.
 * Integers are bigint: Redis integers are signed 64-bit and must not lose
 * precision in a reference implementation.
 *
 * Null flavours (Redis networking.c):
 *  - `nil`      : addReplyNull        → RESP2 `$-1`, RESP3 `_`
 *  - `nilarray` : addReplyNullArray   → RESP2 `*-1`, RESP3 `_`
 *  - `null`     : a RESP3 `_` as read from the wire (encodes like `nil` in RESP2)
 */
import { formatDouble } from '../text/printf.js';

export type Reply =
  | { type: 'status'; value: string }
  | { type: 'error'; value: string }
  | { type: 'integer'; value: bigint }
  | { type: 'bulk'; value: string }
  | { type: 'nil' }
  | { type: 'nilarray' }
  | { type: 'null' }
  | { type: 'array'; value: Reply[] }
  | { type: 'map'; value: Array<[Reply, Reply]> }
  | { type: 'set'; value: Reply[] }
  /** `text` is the exact RESP text when known (read from the wire or formatted by Redis rules). */
  | { type: 'double'; value: number; text?: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'bignum'; value: string }
  | { type: 'verbatim'; format: string; value: string }
  | { type: 'push'; value: Reply[] }
  /** RESP3 attribute `|` followed by the reply it annotates. */
  | { type: 'attribute'; attributes: Array<[Reply, Reply]>; reply: Reply };

export type Protocol = 2 | 3;

// ---------- constructors ----------
export const R = {
  status: (value: string): Reply => ({ type: 'status', value }),
  error: (value: string): Reply => ({ type: 'error', value }),
  int: (value: number | bigint): Reply => ({ type: 'integer', value: BigInt(value) }),
  bulk: (value: string): Reply => ({ type: 'bulk', value }),
  nil: (): Reply => ({ type: 'nil' }),
  nilArray: (): Reply => ({ type: 'nilarray' }),
  null: (): Reply => ({ type: 'null' }),
  array: (value: Reply[]): Reply => ({ type: 'array', value }),
  bulkArray: (values: string[]): Reply => ({ type: 'array', value: values.map((v) => ({ type: 'bulk', value: v })) }),
  map: (value: Array<[Reply, Reply]>): Reply => ({ type: 'map', value }),
  set: (value: Reply[]): Reply => ({ type: 'set', value }),
  double: (value: number): Reply => ({ type: 'double', value, text: formatDouble17g(value) }),
  bool: (value: boolean): Reply => ({ type: 'boolean', value }),
  ok: (): Reply => ({ type: 'status', value: 'OK' }),
};

export const OK: Reply = { type: 'status', value: 'OK' };

/**
 * `%.17g` as glibc prints it (used by Redis 7.0 addReplyDouble), with Redis's explicit
 * `inf` / `-inf`; NaN prints as glibc does (`nan` or `-nan` by sign bit). The one C printf
 * engine of the project (src/text/printf.ts) does the formatting, exact ties included.
 */
export function formatDouble17g(d: number): string {
  if (d === Infinity) return 'inf';
  if (d === -Infinity) return '-inf';
  return formatDouble('g', 0, 0, 17, d);
}

/** C printf `%.<p>g`. */
export function formatG(d: number, p: number): string {
  return formatDouble('g', 0, 0, p, d);
}

// ---------- encoder ----------

/** Encode one reply for a client speaking `protocol`, downgrading RESP3 types for RESP2 as Redis does. */
export function encodeReply(reply: Reply, protocol: Protocol): Buffer {
  const parts: string[] = [];
  encodeInto(reply, protocol, parts);
  return Buffer.from(parts.join(''), 'latin1');
}

/** Same as encodeReply but returns the latin1 string (cheaper to concatenate). */
export function encodeReplyString(reply: Reply, protocol: Protocol): string {
  const parts: string[] = [];
  encodeInto(reply, protocol, parts);
  return parts.join('');
}

function bulkText(s: string, out: string[]): void {
  out.push(`$${s.length}\r\n`, s, '\r\n');
}

/**
 * Iterative (replies can nest thousands of levels deep: a Lua script returning a
 * self-referencing table gives ~8000 levels before "reached lua stack limit").
 */
function encodeInto(root: Reply, proto: Protocol, out: string[]): void {
  const stack: Array<Reply | string> = [root];
  const pushChildren = (items: Reply[]): void => {
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as Reply);
  };
  const pushPairs = (pairs: Array<[Reply, Reply]>): void => {
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pr = pairs[i] as [Reply, Reply];
      stack.push(pr[1], pr[0]);
    }
  };
  while (stack.length) {
    const r = stack.pop() as Reply | string;
    if (typeof r === 'string') {
      out.push(r);
      continue;
    }
    switch (r.type) {
      case 'status':
        out.push('+', r.value, '\r\n');
        break;
      case 'error':
        out.push('-', r.value, '\r\n');
        break;
      case 'integer':
        out.push(':', r.value.toString(), '\r\n');
        break;
      case 'bulk':
        bulkText(r.value, out);
        break;
      case 'nil':
      case 'null':
        out.push(proto === 2 ? '$-1\r\n' : '_\r\n');
        break;
      case 'nilarray':
        out.push(proto === 2 ? '*-1\r\n' : '_\r\n');
        break;
      case 'array':
        out.push(`*${r.value.length}\r\n`);
        pushChildren(r.value);
        break;
      case 'push':
        // RESP2 clients receive pushes as plain arrays (addReplyPushLen).
        out.push(`${proto === 2 ? '*' : '>'}${r.value.length}\r\n`);
        pushChildren(r.value);
        break;
      case 'set':
        out.push(`${proto === 2 ? '*' : '~'}${r.value.length}\r\n`);
        pushChildren(r.value);
        break;
      case 'map':
        // RESP2: a flat array of 2n elements (addReplyMapLen).
        out.push(proto === 2 ? `*${r.value.length * 2}\r\n` : `%${r.value.length}\r\n`);
        pushPairs(r.value);
        break;
      case 'attribute':
        // RESP2 clients never see attributes (addReplyAttributeLen is RESP3 only).
        stack.push(r.reply);
        if (proto === 3) {
          out.push(`|${r.attributes.length}\r\n`);
          pushPairs(r.attributes);
        }
        break;
      case 'double': {
        const text = r.text ?? formatDouble17g(r.value);
        if (proto === 2) bulkText(text, out);
        else out.push(',', text, '\r\n');
        break;
      }
      case 'boolean':
        // addReplyBool: RESP2 gets :1 / :0.
        out.push(proto === 2 ? (r.value ? ':1\r\n' : ':0\r\n') : r.value ? '#t\r\n' : '#f\r\n');
        break;
      case 'bignum':
        // addReplyBigNum: RESP2 gets a bulk string.
        if (proto === 2) bulkText(r.value, out);
        else out.push('(', r.value, '\r\n');
        break;
      case 'verbatim':
        // addReplyVerbatim: RESP2 gets a bulk string with only the text.
        if (proto === 2) bulkText(r.value, out);
        else {
          const body = `${r.format.padEnd(3, ' ').slice(0, 3)}:${r.value}`;
          out.push(`=${body.length}\r\n`, body, '\r\n');
        }
        break;
    }
  }
}

// ---------- helpers for tests and the harness ----------

/** A plain JSON-able view of a reply (bigint → string with `n` suffix avoided: integers become {int:"..."}). */
export type PlainReply =
  | null
  | string
  | boolean
  | { status: string }
  | { error: string }
  | { int: string }
  | { nil: 'bulk' | 'array' | 'null' }
  | { double: string }
  | { bignum: string }
  | { verbatim: string; format: string }
  | { map: Array<[PlainReply, PlainReply]> }
  | { set: PlainReply[] }
  | { push: PlainReply[] }
  | { attribute: Array<[PlainReply, PlainReply]>; reply: PlainReply }
  | PlainReply[];

export function toPlain(root: Reply): PlainReply {
  // Iterative post-order conversion (deeply nested replies must not overflow the JS stack).
  interface Frame {
    r: Reply;
    kids: Reply[];
    done: PlainReply[];
  }
  const childrenOf = (r: Reply): Reply[] => {
    switch (r.type) {
      case 'array':
      case 'set':
      case 'push':
        return r.value;
      case 'map':
        return r.value.flatMap(([k, v]) => [k, v]);
      case 'attribute':
        return [...r.attributes.flatMap(([k, v]) => [k, v]), r.reply];
      default:
        return [];
    }
  };
  const leaf = (r: Reply): PlainReply => {
    switch (r.type) {
      case 'status':
        return { status: r.value };
      case 'error':
        return { error: r.value };
      case 'integer':
        return { int: r.value.toString() };
      case 'bulk':
        return r.value;
      case 'nil':
        return { nil: 'bulk' };
      case 'nilarray':
        return { nil: 'array' };
      case 'null':
        return { nil: 'null' };
      case 'double':
        return { double: r.text ?? formatDouble17g(r.value) };
      case 'boolean':
        return r.value;
      case 'bignum':
        return { bignum: r.value };
      case 'verbatim':
        return { verbatim: r.value, format: r.format };
      default:
        return null;
    }
  };
  const build = (r: Reply, d: PlainReply[]): PlainReply => {
    const pairs = (n: number): Array<[PlainReply, PlainReply]> => {
      const out: Array<[PlainReply, PlainReply]> = [];
      for (let i = 0; i < n; i++) out.push([d[2 * i] ?? null, d[2 * i + 1] ?? null]);
      return out;
    };
    switch (r.type) {
      case 'array':
        return d;
      case 'set':
        return { set: d };
      case 'push':
        return { push: d };
      case 'map':
        return { map: pairs(r.value.length) };
      case 'attribute':
        return { attribute: pairs(r.attributes.length), reply: d[d.length - 1] ?? null };
      default:
        return leaf(r);
    }
  };
  const isAggregate = (r: Reply): boolean => ['array', 'set', 'push', 'map', 'attribute'].includes(r.type);
  if (!isAggregate(root)) return leaf(root);
  const stack: Frame[] = [{ r: root, kids: childrenOf(root), done: [] }];
  for (;;) {
    const top = stack[stack.length - 1] as Frame;
    if (top.done.length < top.kids.length) {
      const next = top.kids[top.done.length] as Reply;
      if (isAggregate(next)) stack.push({ r: next, kids: childrenOf(next), done: [] });
      else top.done.push(leaf(next));
      continue;
    }
    stack.pop();
    const value = build(top.r, top.done);
    const parent = stack[stack.length - 1];
    if (!parent) return value;
    parent.done.push(value);
  }
}

/** Structural equality of two replies (doubles compared by their text); iterative. */
export function replyEquals(a: Reply, b: Reply): boolean {
  const stack: Array<[Reply, Reply]> = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop() as [Reply, Reply];
    if (x.type !== y.type) return false;
    switch (x.type) {
      case 'status':
      case 'error':
      case 'bulk':
      case 'bignum':
        if (x.value !== (y as typeof x).value) return false;
        break;
      case 'integer':
        if (x.value !== (y as typeof x).value) return false;
        break;
      case 'boolean':
        if (x.value !== (y as typeof x).value) return false;
        break;
      case 'double': {
        const yy = y as typeof x;
        if ((x.text ?? formatDouble17g(x.value)) !== (yy.text ?? formatDouble17g(yy.value))) return false;
        break;
      }
      case 'verbatim': {
        const yy = y as typeof x;
        if (x.value !== yy.value || x.format !== yy.format) return false;
        break;
      }
      case 'array':
      case 'set':
      case 'push': {
        const yy = y as typeof x;
        if (x.value.length !== yy.value.length) return false;
        for (let i = 0; i < x.value.length; i++) stack.push([x.value[i] as Reply, yy.value[i] as Reply]);
        break;
      }
      case 'map': {
        const yy = y as typeof x;
        if (x.value.length !== yy.value.length) return false;
        for (let i = 0; i < x.value.length; i++) {
          const p = x.value[i] as [Reply, Reply];
          const q = yy.value[i] as [Reply, Reply];
          stack.push([p[0], q[0]], [p[1], q[1]]);
        }
        break;
      }
      case 'attribute': {
        const yy = y as typeof x;
        if (x.attributes.length !== yy.attributes.length) return false;
        for (let i = 0; i < x.attributes.length; i++) {
          const p = x.attributes[i] as [Reply, Reply];
          const q = yy.attributes[i] as [Reply, Reply];
          stack.push([p[0], q[0]], [p[1], q[1]]);
        }
        stack.push([x.reply, yy.reply]);
        break;
      }
      default:
        break; // nil, nilarray, null
    }
  }
  return true;
}

/** Human-readable one-line rendering, redis-cli-like, for diagnostics. */
export function showReply(r: Reply): string {
  try {
    return JSON.stringify(toPlain(r));
  } catch {
    return '<reply too deep to print>';
  }
}
