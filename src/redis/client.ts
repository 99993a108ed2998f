/**
 * Minimal promise-based RESP2/RESP3 client returning typed replies.
 * Used by the differential tests and the conformance harness.
 *
 *   const c = await connect('127.0.0.1', 6379);
 *   await c.hello(3);
 *   const r = await c.call(['SET', 'k', 'v']);   // { type: 'status', value: 'OK' }
 *   await c.close();
 *
 * Replies arrive in order (pipelining: several call()s may be in flight).
 * RESP3 push messages (`>`: published messages, invalidations) are delivered
 * to `onPush` instead of a call; (un)subscribe confirmations answer the call.
 * A call that times out destroys the connection (the reply stream would be
 * out of step) and rejects every pending call.
 */
import * as net from 'node:net';
import type { Reply } from './reply.js';
import { ReplyParser, encodeCommand } from './resp-parser.js';

export interface ConnectOptions {
  /** Connect timeout in ms (default 5000). */
  connectTimeoutMs?: number;
  /** Default per-call timeout in ms (default 30000; 0 = none). */
  callTimeoutMs?: number;
}

export interface CallOptions {
  timeoutMs?: number;
}

interface Pending {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

export class RespClientError extends Error {}

function isMessagePush(r: Reply): boolean {
  if (r.type !== 'push') return false;
  const k = r.value[0];
  const kind = k && (k.type === 'bulk' || k.type === 'status') ? k.value.toLowerCase() : '';
  return kind === 'message' || kind === 'pmessage' || kind === 'smessage' || kind === 'invalidate';
}

export class RespClient {
  private parser = new ReplyParser();
  private pending: Pending[] = [];
  private closed = false;
  private closeError: Error | null = null;
  private closeWaiters: Array<() => void> = [];
  /** Protocol negotiated with HELLO (2 until hello(3) succeeds). */
  protocol: 2 | 3 = 2;
  /** Handler for RESP3 push messages. */
  onPush: ((r: Reply) => void) | null = null;

  constructor(
    private readonly socket: net.Socket,
    private readonly opts: ConnectOptions = {},
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (e: Error) => this.fail(e));
    socket.on('close', () => this.fail(new RespClientError('connection closed')));
  }

  /** True once the connection is closed (by either side). */
  get isClosed(): boolean {
    return this.closed;
  }

  private onData(chunk: Buffer): void {
    let replies: Reply[];
    try {
      replies = this.parser.feed(chunk);
    } catch (e) {
      this.fail(e instanceof Error ? e : new RespClientError(String(e)));
      this.socket.destroy();
      return;
    }
    for (const r of replies) {
      // Published messages (and any push nobody waits for) go to onPush; subscribe
      // confirmations, which are pushes too in RESP3, answer the pending call.
      if (r.type === 'push' && this.onPush && (this.pending.length === 0 || isMessagePush(r))) {
        this.onPush(r);
        continue;
      }
      const p = this.pending.shift();
      if (!p) continue; // unsolicited reply
      if (p.timer) clearTimeout(p.timer);
      p.resolve(r);
    }
  }

  private fail(e: Error): void {
    if (!this.closed) {
      this.closed = true;
      this.closeError = e;
    }
    const ps = this.pending;
    this.pending = [];
    for (const p of ps) {
      if (p.timer) clearTimeout(p.timer);
      p.reject(e);
    }
    const ws = this.closeWaiters;
    this.closeWaiters = [];
    for (const w of ws) w();
  }

  /** Send one command; resolves with its typed reply (error replies resolve, they do not reject). */
  call(argv: ReadonlyArray<string | Buffer>, options: CallOptions = {}): Promise<Reply> {
    return this.sendRaw(encodeCommand(argv), options);
  }

  /**
   * Send raw bytes that are expected to produce exactly one reply
   * (e.g. an inline command). Use writeRaw for bytes with no or several replies.
   */
  sendRaw(bytes: Buffer | string, options: CallOptions = {}): Promise<Reply> {
    if (this.closed) return Promise.reject(this.closeError ?? new RespClientError('connection closed'));
    return new Promise<Reply>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? this.opts.callTimeoutMs ?? 30000;
      const entry: Pending = { resolve, reject, timer: undefined };
      if (timeoutMs > 0) {
        entry.timer = setTimeout(() => {
          const err = new RespClientError(`timeout after ${timeoutMs} ms`);
          this.fail(err);
          this.socket.destroy();
        }, timeoutMs);
      }
      this.pending.push(entry);
      this.socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
    });
  }

  /** Expect `n` replies for some raw bytes (n may be 0). */
  async sendRawMany(bytes: Buffer | string, n: number, options: CallOptions = {}): Promise<Reply[]> {
    if (n === 0) {
      this.writeRaw(bytes);
      return [];
    }
    const ps: Array<Promise<Reply>> = [];
    // register n-1 waiters without writing, then write once with the last
    for (let i = 0; i < n - 1; i++) ps.push(this.sendRaw(Buffer.alloc(0), options));
    ps.push(this.sendRaw(bytes, options));
    return Promise.all(ps);
  }

  /** Write bytes without expecting a reply. */
  writeRaw(bytes: Buffer | string): void {
    if (!this.closed) this.socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  }

  /** HELLO <protover>; on success the client decodes in that protocol. Resolves with HELLO's reply. */
  async hello(protover: 2 | 3, extra: ReadonlyArray<string> = []): Promise<Reply> {
    const r = await this.call(['HELLO', String(protover), ...extra]);
    if (r.type !== 'error') this.protocol = protover;
    return r;
  }

  /** Resolves when the server closes the connection (or it fails). */
  waitClosed(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((res) => this.closeWaiters.push(res));
  }

  /** Close the connection (pending calls are rejected). */
  async close(): Promise<void> {
    if (this.closed) return;
    const done = this.waitClosed();
    this.socket.end();
    const t = setTimeout(() => this.socket.destroy(), 1000);
    await done;
    clearTimeout(t);
  }
}

/** Open a connection to host:port. */
export function connect(host: string, port: number, opts: ConnectOptions = {}): Promise<RespClient> {
  return new Promise<RespClient>((resolve, reject) => {
    const socket = net.createConnection({ host, port });
    const timeoutMs = opts.connectTimeoutMs ?? 5000;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new RespClientError(`connect timeout to ${host}:${port}`));
    }, timeoutMs);
    const onError = (e: Error): void => {
      clearTimeout(timer);
      reject(e);
    };
    socket.once('error', onError);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(new RespClient(socket, opts));
    });
  });
}
