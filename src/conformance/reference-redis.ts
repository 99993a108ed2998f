// A real redis-server 7.0 started for recording (and for tests): on a free loopback port,
// without persistence, stopped afterwards. Recording refuses any version but 7.0.x.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../redis/client.js';
import { UsageError } from '../cli/usage-error.js';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export interface RunningRedis {
  host: string;
  port: number;
  version: string;
  stop(): Promise<void>;
}

async function waitReady(host: string, port: number, child: ChildProcess, deadline: number): Promise<string> {
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new UsageError(`redis-server exited at start (status ${child.exitCode})`);
    try {
      const c = await connect(host, port);
      try {
        const info = await c.call(['INFO', 'server']);
        if (info.type === 'bulk') {
          const m = /redis_version:([^\r\n]+)/.exec(info.value);
          return m?.[1] ?? 'unknown';
        }
        lastError = JSON.stringify(info);
      } finally {
        c.close();
      }
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new UsageError(`redis-server did not become ready on ${host}:${port}: ${lastError}`);
}

/** Starts `binary` (default redis-server). With requireVersion70, refuses non-7.0.x servers. */
export async function startRedisServer(opts: { binary?: string; requireVersion70?: boolean } = {}): Promise<RunningRedis> {
  const binary = opts.binary ?? 'redis-server';
  const host = '127.0.0.1';
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'redlua-redis-'));
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', host, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir, '--loglevel', 'warning'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const spawnFailed = new Promise<never>((_, reject) => {
    child.once('error', (e) => reject(new UsageError(`cannot start ${binary}: ${e.message}`)));
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let version: string;
  try {
    version = await Promise.race([waitReady(host, port, child, Date.now() + 15_000), spawnFailed]);
  } catch (e) {
    await stop();
    throw e;
  }
  if (opts.requireVersion70 && !/^7\.0\.\d+$/.test(version)) {
    await stop();
    throw new UsageError(`refusing to record against redis-server ${version}: expectations come from Redis 7.0.x only`);
  }
  return { host, port, version, stop };
}
