/**
 * RESP decoding, incremental and binary safe.
 *
 *  - RequestParser: the server side (Redis networking.c processInlineBuffer /
 *    processMultibulkBuffer), producing argv arrays of byte strings, with
 *    Redis's protocol error texts.
 *  - ReplyParser: the client side, decoding RESP2 and RESP3 replies into the
 *    typed Reply model.
 *
 * Byte strings are latin1 JS strings (code units 0–255).
 */
import type { Reply } from './reply.js';
import { splitArgs } from './splitargs.js';

/** PROTO_INLINE_MAX_SIZE: max bytes of an inline request or a `*`/`$` header line. */
export const PROTO_INLINE_MAX_SIZE = 1024 * 64;
/** proto-max-bulk-len default (512MB). */
export const PROTO_MAX_BULK_LEN = 512 * 1024 * 1024;
const INT_MAX = 2147483647;

/** Accumulates chunks; concatenates lazily so that big payloads are not copied per chunk. */
class ByteQueue {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private pending: Buffer[] = [];
  private pendingLen = 0;

  push(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingLen += chunk.length;
  }
  /** Bytes available (unread). */
  get length(): number {
    return this.buf.length - this.pos + this.pendingLen;
  }
  /** Ensure everything is in one buffer; returns [buffer, pos]. */
  flat(): Buffer {
    if (this.pending.length) {
      const rest = this.pos < this.buf.length ? [this.buf.subarray(this.pos)] : [];
      this.buf = Buffer.concat([...rest, ...this.pending]);
      this.pos = 0;
      this.pending = [];
      this.pendingLen = 0;
    }
    return this.buf;
  }
  get offset(): number {
    return this.pos;
  }
  set offset(p: number) {
    this.pos = p;
    if (this.pos >= this.buf.length && this.pending.length === 0) {
      this.buf = Buffer.alloc(0);
      this.pos = 0;
    }
  }
  clear(): void {
    this.buf = Buffer.alloc(0);
    this.pos = 0;
    this.pending = [];
    this.pendingLen = 0;
  }
}

/** strchr semantics over a Buffer: first `ch` at or after `from`, or -1 if a NUL or the end comes first. */
function strchr(b: Buffer, from: number, ch: number): number {
  const i = b.indexOf(ch, from);
  const z = b.indexOf(0, from);
  if (i < 0) return -1;
  if (z >= 0 && z < i) return -1;
  return i;
}

/** Redis string2ll: strict signed 64-bit decimal (no spaces, no '+', no leading zeros except "0"). */
export function string2ll(s: string): bigint | null {
  if (s.length === 0 || s.length > 20) return null;
  if (s === '0') return 0n;
  if (!/^-?[1-9][0-9]*$/.test(s)) return null;
  const v = BigInt(s);
  if (v > 9223372036854775807n || v < -9223372036854775808n) return null;
  return v;
}

export type RequestEvent =
  | { kind: 'command'; argv: string[]; inline: boolean }
  | { kind: 'error'; message: string };

export interface RequestParserOptions {
  /** When true, Redis's limits for unauthenticated clients apply (multibulk ≤ 1024*1024, bulk ≤ 16384). */
  unauthenticated?: () => boolean;
  maxBulkLen?: number;
}

/**
 * Server-side request parser. feed() returns complete commands in order; after
 * a protocol error the parser stops (Redis closes the client after replying).
 */
export class RequestParser {
  private q = new ByteQueue();
  private multibulklen = 0;
  private bulklen = -1;
  private argv: string[] = [];
  private failed = false;
  constructor(private readonly opts: RequestParserOptions = {}) {}

  feed(chunk: Buffer): RequestEvent[] {
    const out: RequestEvent[] = [];
    if (this.failed) return out;
    this.q.push(chunk);
    for (;;) {
      if (this.q.length === 0) break;
      // Waiting for the body of a big bulk: do not flatten the queue for every chunk.
      if (this.multibulklen > 0 && this.bulklen >= 0 && this.q.length < this.bulklen + 2) break;
      const ev = this.step();
      if (ev === null) break;
      if (ev === 'skip') continue;
      out.push(ev);
      if (ev.kind === 'error') {
        this.failed = true;
        this.q.clear();
        break;
      }
    }
    return out;
  }

  /** True while a multibulk request is partially read. */
  get inRequest(): boolean {
    return this.multibulklen > 0;
  }

  private step(): RequestEvent | 'skip' | null {
    const b = this.q.flat();
    const pos = this.q.offset;
    if (this.multibulklen === 0 && b[pos] !== 0x2a /* '*' */) return this.inline(b, pos);
    return this.multibulk(b, pos);
  }

  private inline(b: Buffer, pos: number): RequestEvent | 'skip' | null {
    const nl = strchr(b, pos, 0x0a);
    if (nl < 0) {
      if (b.length - pos > PROTO_INLINE_MAX_SIZE) return { kind: 'error', message: 'Protocol error: too big inline request' };
      return null;
    }
    let end = nl;
    if (end !== pos && b[end - 1] === 0x0d) end--;
    const line = b.toString('latin1', pos, end);
    this.q.offset = nl + 1;
    const args = splitArgs(line);
    if (args === null) return { kind: 'error', message: 'Protocol error: unbalanced quotes in request' };
    if (args.length === 0) return 'skip';
    return { kind: 'command', argv: args, inline: true };
  }

  private multibulk(b: Buffer, startPos: number): RequestEvent | 'skip' | null {
    let pos = startPos;
    if (this.multibulklen === 0) {
      const cr = strchr(b, pos, 0x0d);
      if (cr < 0) {
        if (b.length - pos > PROTO_INLINE_MAX_SIZE) return { kind: 'error', message: 'Protocol error: too big mbulk count string' };
        return null;
      }
      // Buffer must contain \r\n (the byte after \r is skipped unchecked, as Redis does).
      if (cr + 1 >= b.length) return null;
      const ll = string2ll(b.toString('latin1', pos + 1, cr));
      if (ll === null || ll > BigInt(INT_MAX)) return { kind: 'error', message: 'Protocol error: invalid multibulk length' };
      if (ll > 1024n * 1024n && this.opts.unauthenticated?.()) return { kind: 'error', message: 'Protocol error: unauthenticated multibulk length' };
      pos = cr + 2;
      this.q.offset = pos;
      if (ll <= 0n) return 'skip';
      this.multibulklen = Number(ll);
      this.argv = [];
      this.bulklen = -1;
    }
    while (this.multibulklen > 0) {
      const buf = this.q.flat();
      pos = this.q.offset;
      if (this.bulklen === -1) {
        if (pos >= buf.length) return null;
        const cr = strchr(buf, pos, 0x0d);
        if (cr < 0) {
          if (buf.length - pos > PROTO_INLINE_MAX_SIZE) return { kind: 'error', message: 'Protocol error: too big bulk count string' };
          return null;
        }
        if (cr + 1 >= buf.length) return null;
        if (buf[pos] !== 0x24 /* '$' */) {
          return { kind: 'error', message: `Protocol error: expected '$', got '${String.fromCharCode(buf[pos] ?? 0)}'` };
        }
        const ll = string2ll(buf.toString('latin1', pos + 1, cr));
        const max = this.opts.maxBulkLen ?? PROTO_MAX_BULK_LEN;
        if (ll === null || ll < 0n || ll > BigInt(max)) return { kind: 'error', message: 'Protocol error: invalid bulk length' };
        if (ll > 16384n && this.opts.unauthenticated?.()) return { kind: 'error', message: 'Protocol error: unauthenticated bulk length' };
        this.bulklen = Number(ll);
        this.q.offset = cr + 2;
        continue;
      }
      // Need bulklen + 2 bytes (trailing CRLF skipped unchecked, as Redis does).
      if (this.q.length < this.bulklen + 2) return null;
      const data = this.q.flat();
      const p = this.q.offset;
      this.argv.push(data.toString('latin1', p, p + this.bulklen));
      this.q.offset = p + this.bulklen + 2;
      this.bulklen = -1;
      this.multibulklen--;
    }
    const argv = this.argv;
    this.argv = [];
    return { kind: 'command', argv, inline: false };
  }
}

// ---------------------------------------------------------------------------
// Client side: RESP2/RESP3 reply decoder

export class ReplyProtocolError extends Error {}

/** Incremental decoder of server replies. feed() returns all complete replies. */
export class ReplyParser {
  private q = new ByteQueue();
  /** Lower bound of the bytes the pending reply needs (avoids re-parsing big bulks per chunk). */
  private need = 0;
  private start = 0;

  feed(chunk: Buffer): Reply[] {
    this.q.push(chunk);
    const out: Reply[] = [];
    for (;;) {
      if (this.q.length === 0 || this.q.length < this.need) break;
      const b = this.q.flat();
      const start = this.q.offset;
      this.start = start;
      this.need = 0;
      const r = this.parse(b, start);
      if (r === null) break;
      out.push(r.reply);
      this.q.offset = r.next;
    }
    return out;
  }

  private line(b: Buffer, pos: number): { text: string; next: number } | null {
    const cr = b.indexOf('\r\n', pos, 'latin1');
    if (cr < 0) return null;
    return { text: b.toString('latin1', pos, cr), next: cr + 2 };
  }

  private int(text: string): number {
    if (!/^-?\d+$/.test(text)) throw new ReplyProtocolError(`invalid length '${text}'`);
    return Number(text);
  }

  /**
   * Parse one complete reply starting at pos, iteratively (replies may nest
   * thousands of levels deep); null when the buffer does not hold all of it yet.
   */
  private parse(b: Buffer, pos: number): { reply: Reply; next: number } | null {
    interface Frame {
      kind: 'array' | 'set' | 'push' | 'map' | 'attr';
      want: number;
      items: Reply[];
    }
    const stack: Frame[] = [];
    let p = pos;
    for (;;) {
      if (p >= b.length) return null;
      const t = String.fromCharCode(b[p] ?? 0);
      const l = this.line(b, p + 1);
      if (l === null) return null;
      const text = l.text;
      let value: Reply | null = null;
      p = l.next;
      switch (t) {
        case '+':
          value = { type: 'status', value: text };
          break;
        case '-':
          value = { type: 'error', value: text };
          break;
        case ':':
          value = { type: 'integer', value: BigInt(text) };
          break;
        case '_':
          value = { type: 'null' };
          break;
        case '#':
          value = { type: 'boolean', value: text === 't' };
          break;
        case ',': {
          const v = text === 'inf' ? Infinity : text === '-inf' ? -Infinity : /nan/i.test(text) ? NaN : Number(text);
          value = { type: 'double', value: v, text };
          break;
        }
        case '(':
          value = { type: 'bignum', value: text };
          break;
        case '$':
        case '=':
        case '!': {
          const n = this.int(text);
          if (n < 0) {
            value = t === '$' ? { type: 'nil' } : { type: 'null' };
            break;
          }
          if (b.length < p + n + 2) {
            this.need = Math.max(this.need, p + n + 2 - this.start);
            return null;
          }
          const body = b.toString('latin1', p, p + n);
          p += n + 2;
          if (t === '$') value = { type: 'bulk', value: body };
          else if (t === '!') value = { type: 'error', value: body };
          else value = { type: 'verbatim', format: body.slice(0, 3), value: body.slice(4) };
          break;
        }
        case '*':
        case '~':
        case '>': {
          const n = this.int(text);
          if (n < 0) {
            value = { type: 'nilarray' };
            break;
          }
          const kind = t === '*' ? 'array' : t === '~' ? 'set' : 'push';
          if (n === 0) value = { type: kind, value: [] };
          else stack.push({ kind, want: n, items: [] });
          break;
        }
        case '%':
        case '|': {
          const n = this.int(text);
          if (t === '%' && n === 0) value = { type: 'map', value: [] };
          // an attribute is followed by the reply it annotates: 2n + 1 items
          else stack.push({ kind: t === '%' ? 'map' : 'attr', want: t === '%' ? 2 * n : 2 * n + 1, items: [] });
          break;
        }
        default:
          throw new ReplyProtocolError(`unknown reply type byte 0x${(b[p - text.length - 3] ?? 0).toString(16)}`);
      }
      // attach completed values to their containers
      while (value !== null) {
        const top = stack[stack.length - 1];
        if (!top) return { reply: value, next: p };
        top.items.push(value);
        if (top.items.length < top.want) {
          value = null;
          break;
        }
        stack.pop();
        const it = top.items;
        const pairs = (n: number): Array<[Reply, Reply]> => {
          const out: Array<[Reply, Reply]> = [];
          for (let i = 0; i < n; i++) out.push([it[2 * i] as Reply, it[2 * i + 1] as Reply]);
          return out;
        };
        if (top.kind === 'map') value = { type: 'map', value: pairs(it.length / 2) };
        else if (top.kind === 'attr') value = { type: 'attribute', attributes: pairs((it.length - 1) / 2), reply: it[it.length - 1] as Reply };
        else value = { type: top.kind, value: it };
      }
    }
  }
}

/** Encode argv as a RESP multibulk request (latin1 strings or Buffers). */
export function encodeCommand(argv: ReadonlyArray<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${argv.length}\r\n`, 'latin1')];
  for (const a of argv) {
    const b = typeof a === 'string' ? Buffer.from(a, 'latin1') : a;
    parts.push(Buffer.from(`$${b.length}\r\n`, 'latin1'), b, Buffer.from('\r\n', 'latin1'));
  }
  return Buffer.concat(parts);
}
