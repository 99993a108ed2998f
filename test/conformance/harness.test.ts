// The conformance harness against the real references: the recorded corpus must pass
// 100% on the binaries it was recorded from, and must discriminate (luajit fails some).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, redlua, requireBinary } from './cli-helpers.js';
import { freePort, startRedisServer, type RunningRedis } from '../../src/conformance/reference-redis.js';
import { connect } from '../../src/redis/client.js';
import { readBaseline } from '../../src/conformance/baseline.js';
import type { RunResults } from '../../src/conformance/results.js';

const reportsRoot = mkdtempSync(join(tmpdir(), 'redlua-reports-'));
const results = (slug: string): RunResults => JSON.parse(readFileSync(join(reportsRoot, 'reports', slug, 'results.json'), 'utf8')) as RunResults;

describe('conformance run against the Lua references', () => {
  it('lua:lua5.1 passes every recorded Lua case and writes the four reports', () => {
    requireBinary('lua5.1');
    const r = redlua(['conformance', 'run', '--quiet', '--target', 'lua:lua5.1'], { cwd: reportsRoot });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['results.json', 'summary.md', 'junit.xml', 'index.html']) {
      expect(existsSync(join(reportsRoot, 'reports', 'lua-lua5.1', f))).toBe(true);
    }
    const res = results('lua-lua5.1');
    expect(res.schema).toBe(1);
    expect(res.totals.pass).toBeGreaterThanOrEqual(100);
    expect(res.totals.fail + res.totals.error + res.totals.timeout).toBe(0);
    // Only Redis cases are skipped on a stand-alone interpreter, never an unrecorded Lua case.
    expect(res.cases.filter((c) => c.status === 'skip' && c.reason === 'not recorded')).toEqual([]);
  });

  it('luac:luac5.1 reproduces every recorded listing', () => {
    requireBinary('luac5.1');
    const r = redlua(['conformance', 'run', '--quiet', '--target', 'luac:luac5.1'], { cwd: reportsRoot });
    expect(r.status).toBe(0);
    expect(results('luac-luac5.1').totals.pass).toBeGreaterThanOrEqual(100);
  });

  it('lua:luajit fails some cases (the corpus discriminates) and the report names them', () => {
    requireBinary('luajit');
    const r = redlua(['conformance', 'run', '--quiet', '--target', 'lua:luajit'], { cwd: reportsRoot });
    expect(r.status).toBe(1);
    const res = results('lua-luajit');
    const failing = res.cases.filter((c) => c.status === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    const md = readFileSync(join(reportsRoot, 'reports', 'lua-luajit', 'summary.md'), 'utf8');
    for (const c of failing) expect(md).toContain(c.id);
  });
});

describe('conformance run against a real redis-server 7.0', () => {
  let server: RunningRedis;
  beforeAll(async () => {
    requireBinary('redis-server');
    server = await startRedisServer({ requireVersion70: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('resp:// passes every recorded Redis case', () => {
    const target = `resp://127.0.0.1:${server.port}`;
    const r = redlua(['conformance', 'run', '--quiet', '--target', target], { cwd: reportsRoot });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const res = results(`resp-127.0.0.1-${server.port}`);
    expect(res.totals.pass).toBeGreaterThanOrEqual(50);
    expect(res.cases.filter((c) => c.id.startsWith('redis/') && c.status !== 'pass')).toEqual([]);
  });
});

describe('conformance run against redlua server over a socket', () => {
  let child: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    child = spawn(process.execPath, [CLI, 'server', '--port', String(port), '--bind', '127.0.0.1'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const ok = await connect('127.0.0.1', port).then(
        async (c) => (await c.close(), true),
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('redlua server did not start');
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('resp:// passes every Redis case that the built-in engine passes in the committed baseline', () => {
    redlua(['conformance', 'run', '--quiet', '--target', `resp://127.0.0.1:${port}`], { cwd: reportsRoot });
    const res = results(`resp-127.0.0.1-${port}`);
    const passing = new Set(readBaseline('builtin')?.passing ?? []);
    expect(res.totals.pass).toBeGreaterThanOrEqual(1200);
    // a resp:// target skips only the stand-alone Lua cases; every other baseline case must pass
    expect(res.cases.filter((c) => passing.has(c.id) && c.status !== 'pass' && c.status !== 'skip').map((c) => c.id)).toEqual([]);
    expect(res.cases.filter((c) => c.status === 'skip' && c.id.startsWith('redis/'))).toEqual([]);
  });
});

describe('record', () => {
  it('refuses a redis-server that is not 7.0.x, and says so', () => {
    const fake = new URL('../fixtures/fake-redis/redis-server-7.2.mjs', import.meta.url).pathname;
    const r = redlua(['conformance', 'record', '--redis-server', fake, 'redis']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/refusing to record against redis-server 7\.2\.4/);
  });
});

describe('a misbehaving target fails its cases, never the run', () => {
  const fake = (name: string): string => new URL(`../fixtures/fake-lua/${name}`, import.meta.url).pathname;

  it('a target that hangs: every case is a timeout, and the reports are written', () => {
    const r = redlua(['conformance', 'run', '--quiet', '--timeout', '300', '--target', `lua:${fake('hang.sh')}`, 'lua/opcodes/MOVE'], { cwd: reportsRoot });
    expect(r.status).toBe(1);
    const res = results(`lua-${fake('hang.sh').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+/, '')}`);
    expect(res.totals.timeout).toBe(res.totals.total);
  });

  it('a target that crashes: every case is an error naming the signal', () => {
    const r = redlua(['conformance', 'run', '--quiet', '--target', `lua:${fake('crash.sh')}`, 'lua/opcodes/MOVE'], { cwd: reportsRoot });
    expect(r.status).toBe(1);
    const res = results(`lua-${fake('crash.sh').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+/, '')}`);
    expect(res.totals.error).toBe(res.totals.total);
    expect(res.cases[0]?.reason).toMatch(/SIGSEGV/);
  });
});
