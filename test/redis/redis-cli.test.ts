/** Debian's redis-cli talks to redlua's server (one-shot commands, pipe mode, RESP3). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startServer, type RunningServer } from '../../src/server/server.js';

const cli = '/usr/bin/redis-cli';

/** Run redis-cli asynchronously (a synchronous spawn would block our in-process server). */
function redisCli(args: string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cli, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const t = setTimeout(() => p.kill('SIGKILL'), 10000);
    p.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
    p.on('error', reject);
    p.on('close', () => {
      clearTimeout(t);
      resolve(out);
    });
    p.stdin.end(input);
  });
}

describe.skipIf(!existsSync(cli))('redis-cli against redlua (skipped without redis-cli)', () => {
  let srv: RunningServer;
  const run = (...args: string[]): Promise<string> => redisCli(['-p', String(srv.port), ...args]);
  beforeAll(async () => {
    srv = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await srv.close();
  });

  it('runs one-shot commands', async () => {
    expect(await run('PING')).toBe('PONG\n');
    expect(await run('SET', 'k', 'hello')).toBe('OK\n');
    expect(await run('GET', 'k')).toBe('hello\n');
    expect(await run('INCR', 'n')).toBe('1\n');
    expect(await run('RPUSH', 'l', 'a', 'b')).toBe('2\n');
    expect(await run('LRANGE', 'l', '0', '-1')).toBe('a\nb\n');
    expect(await run('GET', 'missing')).toBe('\n');
    expect(await run('FOO')).toContain("ERR unknown command 'FOO'");
    expect(await run('INFO', 'server')).toContain('redis_version:7.0.15');
  });
  it('speaks RESP3 with -3', async () => {
    expect(await run('-3', 'HSET', 'h', 'f', 'v')).toBe('1\n');
    expect(await run('-3', 'HGETALL', 'h')).toBe('f v\n'); // redis-cli prints a map entry per line
    expect(await run('-3', 'ZADD', 'z', '1.5', 'm')).toBe('1\n');
    expect(await run('-3', 'ZSCORE', 'z', 'm')).toBe('1.5\n');
  });
  it('feeds commands from stdin (interactive-less mode) and --pipe', async () => {
    const r = await redisCli(['-p', String(srv.port)], 'SET a 1\nINCRBY a 41\nGET a\n');
    expect(r).toBe('OK\n42\n42\n');
    const p = await redisCli(['-p', String(srv.port), '--pipe'], '*3\r\n$3\r\nSET\r\n$1\r\np\r\n$1\r\nv\r\nPING\r\n');
    expect(p).toContain('errors: 0, replies: 2');
  });
  it('authenticates with -a against --requirepass', async () => {
    const s2 = await startServer({ port: 0, requirepass: 'sekret' });
    try {
      const noauth = await redisCli(['-p', String(s2.port), 'GET', 'x']);
      expect(noauth).toContain('NOAUTH Authentication required.');
      const ok = await redisCli(['-p', String(s2.port), '-a', 'sekret', '--no-auth-warning', 'PING']);
      expect(ok).toBe('PONG\n');
    } finally {
      await s2.close();
    }
  });
});
