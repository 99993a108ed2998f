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
 * `%.17g` as glibc prints it (used by Redis 7.0 addReplyDouble), with Redis's
 * explicit `inf` / `-inf`; NaN prints as glibc does (`nan` or `-nan` by sign bit).
 */
export function formatDouble17g(d: number): string {
  if (d === Infinity) return 'inf';
  if (d === -Infinity) return '-inf';
  if (Number.isNaN(d)) return nanSignBit(d) ? '-nan' : 'nan';
  return formatG(d, 17);
}

function nanSignBit(d: number): boolean {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, d);
  return (b.getUint8(0) & 0x80) !== 0;
}

/** C printf `%.<p>g` for finite doubles. */
export function formatG(d: number, p: number): string {
  if (d === 0) return Object.is(d, -0) ? '-0' : '0';
  if (p === 0) p = 1;
  const exp = d.toExponential(p - 1); // e.g. "1.2345678901234567e+20"
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
  if (!m) return String(d);
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const x = Number(m[4]);
  if (x < -4 || x >= p) {
    let mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const ax = Math.abs(x);
    return `${sign}${mant}e${x < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
  }
  // fixed notation with p - 1 - x decimals
  let s: string;
  if (x >= 0) {
    const intPart = digits.slice(0, x + 1).padEnd(x + 1, '0');
    const frac = digits.slice(x + 1);
    s = frac.length ? `${intPart}.${frac}` : intPart;
  } else {
    s = `0.${'0'.repeat(-x - 1)}${digits}`;
  }
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return sign + s;
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

function encodeInto(r: Reply, proto: Protocol, out: string[]): void {
  switch (r.type) {
    case 'status':
      out.push('+', r.value, '\r\n');
      return;
    case 'error':
      out.push('-', r.value, '\r\n');
      return;
    case 'integer':
      out.push(':', r.value.toString(), '\r\n');
      return;
    case 'bulk':
      bulkText(r.value, out);
      return;
    case 'nil':
    case 'null':
      out.push(proto === 2 ? '$-1\r\n' : '_\r\n');
      return;
    case 'nilarray':
      out.push(proto === 2 ? '*-1\r\n' : '_\r\n');
      return;
    case 'array':
      out.push(`*${r.value.length}\r\n`);
      for (const e of r.value) encodeInto(e, proto, out);
      return;
    case 'push':
      // RESP2 clients receive pushes as plain arrays (addReplyPushLen).
      out.push(`${proto === 2 ? '*' : '>'}${r.value.length}\r\n`);
      for (const e of r.value) encodeInto(e, proto, out);
      return;
    case 'set':
      out.push(`${proto === 2 ? '*' : '~'}${r.value.length}\r\n`);
      for (const e of r.value) encodeInto(e, proto, out);
      return;
    case 'map':
      // RESP2: a flat array of 2n elements (addReplyMapLen).
      out.push(proto === 2 ? `*${r.value.length * 2}\r\n` : `%${r.value.length}\r\n`);
      for (const [k, v] of r.value) {
        encodeInto(k, proto, out);
        encodeInto(v, proto, out);
      }
      return;
    case 'attribute':
      // RESP2 clients never see attributes (addReplyAttributeLen is RESP3 only).
      if (proto === 3) {
        out.push(`|${r.attributes.length}\r\n`);
        for (const [k, v] of r.attributes) {
          encodeInto(k, proto, out);
          encodeInto(v, proto, out);
        }
      }
      encodeInto(r.reply, proto, out);
      return;
    case 'double': {
      const text = r.text ?? formatDouble17g(r.value);
      if (proto === 2) bulkText(text, out);
      else out.push(',', text, '\r\n');
      return;
    }
    case 'boolean':
      // addReplyBool: RESP2 gets :1 / :0.
      out.push(proto === 2 ? (r.value ? ':1\r\n' : ':0\r\n') : r.value ? '#t\r\n' : '#f\r\n');
      return;
    case 'bignum':
      // addReplyBigNum: RESP2 gets a bulk string.
      if (proto === 2) bulkText(r.value, out);
      else out.push('(', r.value, '\r\n');
      return;
    case 'verbatim':
      // addReplyVerbatim: RESP2 gets a bulk string with only the text.
      if (proto === 2) bulkText(r.value, out);
      else {
        const body = `${r.format.padEnd(3, ' ').slice(0, 3)}:${r.value}`;
        out.push(`=${body.length}\r\n`, body, '\r\n');
      }
      return;
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

export function toPlain(r: Reply): PlainReply {
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
    case 'array':
      return r.value.map(toPlain);
    case 'map':
      return { map: r.value.map(([k, v]) => [toPlain(k), toPlain(v)] as [PlainReply, PlainReply]) };
    case 'set':
      return { set: r.value.map(toPlain) };
    case 'push':
      return { push: r.value.map(toPlain) };
    case 'double':
      return { double: r.text ?? formatDouble17g(r.value) };
    case 'boolean':
      return r.value;
    case 'bignum':
      return { bignum: r.value };
    case 'verbatim':
      return { verbatim: r.value, format: r.format };
    case 'attribute':
      return { attribute: r.attributes.map(([k, v]) => [toPlain(k), toPlain(v)] as [PlainReply, PlainReply]), reply: toPlain(r.reply) };
  }
}

/** Structural equality of two replies (double compared by text when both have one). */
export function replyEquals(a: Reply, b: Reply): boolean {
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}

/** Human-readable one-line rendering, redis-cli-like, for diagnostics. */
export function showReply(r: Reply): string {
  return JSON.stringify(toPlain(r));
}
