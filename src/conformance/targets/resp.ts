// `resp://host:port`: any server speaking RESP (a real Redis, Valkey, a clone, redlua's
// own server). Redis cases run as EVAL (and FCALL where the case allows); Lua cases
// flagged `redis` run as EVAL. Cases run one at a time: they flush the whole server.
import type { Case } from '../case.js';
import type { Expectation } from '../expectation.js';
import { connect } from '../../redis/client.js';
import { runLuaCaseOnRedis, runRedisCase } from '../redis-session.js';
import { TargetUnavailable, slugOf, type RunOutcome, type Target } from './target.js';
import { UsageError } from '../../cli/usage-error.js';

export function parseRespUrl(url: string): { host: string; port: number } {
  const m = /^resp:\/\/(\[[^\]]+\]|[^:/]+):(\d+)\/?$/.exec(url);
  const port = Number(m?.[2]);
  if (!m || !m[1] || !(port > 0 && port < 65536)) {
    throw new UsageError(`bad target '${url}': expected resp://host:port`);
  }
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

export function redisSkipReason(c: Case): string | null {
  if (c.kind === 'lua' && !c.flags.includes('redis')) return 'stand-alone Lua case: needs a lua: or builtin target';
  return null;
}

/** Races a promise against a timer; the loser is ignored. */
export async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<'timeout'>((r) => {
    timer = setTimeout(() => r('timeout'), ms);
  });
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

export class RespTarget implements Target {
  readonly slug: string;
  readonly concurrency = 1;
  private readonly host: string;
  private readonly port: number;
  private serverVersion = '';

  constructor(readonly name: string) {
    this.slug = slugOf(name);
    ({ host: this.host, port: this.port } = parseRespUrl(name));
  }

  async prepare(): Promise<void> {
    let c;
    try {
      c = await connect(this.host, this.port);
    } catch (e) {
      throw new TargetUnavailable(`cannot connect to ${this.host}:${this.port}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      const info = await c.call(['INFO', 'server']);
      const m = info.type === 'bulk' ? /redis_version:([^\r\n]+)/.exec(info.value) : null;
      this.serverVersion = m?.[1] ? `redis_version:${m[1]}` : 'unknown server';
    } finally {
      c.close();
    }
  }

  version(): string {
    return this.serverVersion;
  }

  skipReason(c: Case): string | null {
    return redisSkipReason(c);
  }

  async run(c: Case, _e: Expectation, timeoutMs: number): Promise<RunOutcome> {
    let conn;
    try {
      conn = await connect(this.host, this.port);
    } catch (e) {
      return { kind: 'error', reason: `connection failed: ${e instanceof Error ? e.message : String(e)}` };
    }
    try {
      const work =
        c.kind === 'redis'
          ? runRedisCase(conn, c).then((r) => ({ ...r }) as Record<string, unknown>)
          : runLuaCaseOnRedis(conn, c).then((reply) => ({ reply }) as Record<string, unknown>);
      const r = await withTimeout(work, timeoutMs);
      if (r === 'timeout') return { kind: 'timeout' };
      return { kind: 'ran', actual: r };
    } catch (e) {
      return { kind: 'error', reason: e instanceof Error ? e.message : String(e) };
    } finally {
      conn.close();
    }
  }

  async close(): Promise<void> {}
}
