/**
 * Differential harness: the same command sequences against a real
 * redis-server 7.0 and against redlua's server, replies compared as typed
 * replies. Fixtures are YAML files under test/redis/fixtures/.
 *
 * Fixture format:
 *   cases:
 *     - name: set-get
 *       resp: [2, 3]            # optional, default both
 *       commands:
 *         - [SET, k, v]
 *         - { cmd: [SMEMBERS, s], unordered: true }   # compare array/set elements as a multiset
 *         - { cmd: [SPOP, s], ignore: true }          # run on both, do not compare
 *         - { cmd: [PTTL, k], approx: 50 }            # integers may differ by up to 50
 *         - { raw: "PING\r\n" }                        # raw bytes (inline commands...)
 *
 * Strings in argv may use the YAML escapes (\x00, \r, ...) for binary data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { connect, type RespClient } from '../../src/redis/client.js';
import { type Reply, toPlain, type PlainReply, replyEquals } from '../../src/redis/reply.js';

export interface FixtureCommand {
  cmd?: string[];
  raw?: string;
  unordered?: boolean;
  ignore?: boolean;
  approx?: number;
}

export interface FixtureCase {
  file: string;
  /** File-level `requirepass:` — both servers are started with it. */
  requirepass: string | undefined;
  name: string;
  resp: Array<2 | 3>;
  commands: FixtureCommand[];
}

export function loadFixtures(dir: string): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as { cases?: unknown[]; requirepass?: string };
    for (const c of doc.cases ?? []) {
      const cc = c as { name?: string; resp?: Array<2 | 3>; commands?: unknown[] };
      const commands: FixtureCommand[] = (cc.commands ?? []).map((x) => {
        if (Array.isArray(x)) return { cmd: x.map((a) => String(a)) };
        const o = x as FixtureCommand & { cmd?: unknown[] };
        return { ...o, ...(o.cmd ? { cmd: o.cmd.map((a) => String(a)) } : {}) };
      });
      out.push({ file: f, requirepass: doc.requirepass, name: cc.name ?? `case${out.length}`, resp: cc.resp ?? [2, 3], commands });
    }
  }
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const p = typeof a === 'object' && a ? a.port : 0;
      s.close(() => res(p));
    });
  });
}

export interface RealRedis {
  port: number;
  stop(): Promise<void>;
}

export function redisServerAvailable(): boolean {
  try {
    readFileSync('/usr/bin/redis-server');
    return true;
  } catch {
    return false;
  }
}

/** Start /usr/bin/redis-server on a free loopback port (no persistence). */
export async function startRealRedis(extra: string[] = []): Promise<RealRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', ...extra],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const c = await connect('127.0.0.1', port, { connectTimeoutMs: 200 });
      await c.call(['PING']);
      await c.close();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    port,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

function sortKey(p: PlainReply): string {
  return JSON.stringify(p);
}

/** Normalise a reply for comparison under the command's options. */
export function normalise(r: Reply, c: FixtureCommand): PlainReply {
  const p = toPlain(r);
  if (c.unordered) {
    if (Array.isArray(p)) return [...p].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    if (p && typeof p === 'object' && 'set' in p) return { set: [...p.set].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)) };
    if (p && typeof p === 'object' && 'map' in p) return { map: [...p.map].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)) };
  }
  return p;
}

export function repliesMatch(a: Reply, b: Reply, c: FixtureCommand): boolean {
  if (c.ignore) return true;
  if (c.approx !== undefined && a.type === 'integer' && b.type === 'integer') {
    const d = a.value - b.value;
    return (d < 0n ? -d : d) <= BigInt(c.approx);
  }
  if (!c.unordered) return replyEquals(a, b); // iterative: replies can nest ~8000 levels
  return JSON.stringify(normalise(a, c)) === JSON.stringify(normalise(b, c));
}

function show(r: Reply, c: FixtureCommand): string {
  try {
    return JSON.stringify(normalise(r, c));
  } catch {
    return '<reply too deep to print>';
  }
}

export interface CaseResult {
  ok: boolean;
  diffs: string[];
}

async function open(port: number, resp: 2 | 3): Promise<RespClient> {
  const c = await connect('127.0.0.1', port, { callTimeoutMs: 5000 });
  if (resp === 3) await c.hello(3);
  return c;
}

async function runOne(c: RespClient, cmd: FixtureCommand): Promise<Reply> {
  try {
    if (cmd.raw !== undefined) return await c.sendRaw(cmd.raw);
    return await c.call(cmd.cmd ?? []);
  } catch {
    // The server closed the connection (e.g. after a protocol error); the text of the
    // socket error depends on timing, so every failure reads the same.
    return { type: 'error', value: '<connection closed>' };
  }
}

/** Run one case in one protocol on both servers and compare reply by reply. */
export async function runCase(fc: FixtureCase, resp: 2 | 3, realPort: number, oursPort: number): Promise<CaseResult> {
  const [a, b] = await Promise.all([open(realPort, fc.requirepass ? 2 : resp), open(oursPort, fc.requirepass ? 2 : resp)]);
  const diffs: string[] = [];
  try {
    if (fc.requirepass !== undefined) {
      await Promise.all([a.call(['AUTH', fc.requirepass]), b.call(['AUTH', fc.requirepass])]);
    }
    // a failed case must not leave the real server over maxmemory
    await Promise.all([a.call(['CONFIG', 'SET', 'maxmemory', '0']), b.call(['CONFIG', 'SET', 'maxmemory', '0'])]);
    await Promise.all([a.call(['FLUSHALL']), b.call(['FLUSHALL'])]);
    if (fc.requirepass !== undefined) {
      // each case starts from a fresh, unauthenticated connection
      await Promise.all([a.call(['RESET']), b.call(['RESET'])]);
    }
    for (const cmd of fc.commands) {
      const [ra, rb] = await Promise.all([runOne(a, cmd), runOne(b, cmd)]);
      if (!repliesMatch(ra, rb, cmd)) {
        diffs.push(
          `${JSON.stringify(cmd.cmd ?? cmd.raw)}\n    redis : ${show(ra, cmd)}\n    redlua: ${show(rb, cmd)}`,
        );
      }
    }
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
  return { ok: diffs.length === 0, diffs };
}
