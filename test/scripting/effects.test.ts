/**
 * The effects journal against the AOF a real redis-server 7.0 writes for the same scripts
 * (fixtures/effects/scripts.yaml): same commands, SELECTs, MULTI/EXEC wrapping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { connect } from '../../src/redis/client.js';
import { ReplyParser } from '../../src/redis/resp-parser.js';
import { freePort } from '../../src/conformance/reference-redis.js';
import { createRedis } from '../../src/redis/index.js';
import { FIXTURES } from './harness.js';

function haveRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Parse an AOF (RESP arrays of bulk strings) into argv lists. */
function parseAof(buf: Buffer): string[][] {
  const out: string[][] = [];
  for (const r of new ReplyParser().feed(buf)) {
    if (r.type !== 'array') throw new Error('bad AOF');
    out.push(r.value.map((x) => (x.type === 'bulk' ? x.value : '?')));
  }
  return out;
}

describe.skipIf(!haveRedis())('effects journal vs the AOF of redis-server 7.0', () => {
  let child: ChildProcess;
  let dir: string;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redlua-aof-'));
    port = await freePort();
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      try {
        const c = await connect('127.0.0.1', port);
        await c.call(['PING']);
        c.close();
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }, 20_000);
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('journals what Redis propagates', async () => {
    const scripts = parse(readFileSync(join(FIXTURES, 'effects', 'scripts.yaml'), 'utf8')) as string[][];
    const c = await connect('127.0.0.1', port);
    const ours = createRedis();
    for (const argv of scripts) {
      await c.call(argv);
      await ours.call(...argv);
    }
    c.close();
    const aofDir = join(dir, 'appendonlydir');
    const incr = readdirSync(aofDir).find((f) => f.endsWith('.incr.aof'));
    expect(incr).toBeDefined();
    const normalise = (cmds: string[][]): string[][] =>
      cmds.map((a) => a.map((x, i) => (i > 0 && /^\d{13}$/.test(x) ? '<ms>' : x)));
    const expected = normalise(parseAof(readFileSync(join(aofDir, incr as string))));
    expect(normalise(ours.effects())).toEqual(expected);
    ours.close();
  });
});

describe('aofLog option', () => {
  it('appends each run as RESP', async () => {
    const { mkdtempSync: mk, readFileSync: rf } = await import('node:fs');
    const d = mk(join(tmpdir(), 'redlua-aoflog-'));
    const file = join(d, 'effects.aof');
    const r = createRedis({ aofLog: file });
    await r.call('EVAL', "redis.call('set', 'a', '1') return redis.call('incr', 'n')", '0');
    expect(rf(file, 'latin1')).toBe(
      '*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*1\r\n$5\r\nMULTI\r\n*3\r\n$3\r\nset\r\n$1\r\na\r\n$1\r\n1\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n*1\r\n$4\r\nEXEC\r\n',
    );
    r.close();
    rmSync(d, { recursive: true, force: true });
  });
});

describe('effects journal of a long-running server', () => {
  it('keeps no history with keepEffects: false, and still hands every run to its AOF writer', async () => {
    const redis = createRedis({ keepEffects: false });
    const streamed: string[][] = [];
    redis.scripting.engine.effects.onAppend = (cmds) => streamed.push(...cmds);
    for (let i = 0; i < 50; i++) await redis.eval("redis.call('set', KEYS[1], ARGV[1]) redis.call('incr', 'n')", ['k'], [String(i)]);
    expect(redis.scripting.engine.effects.commands).toEqual([]);
    expect(redis.effects()).toEqual([]);
    // each run: MULTI, SET, INCR, EXEC (the first one after a SELECT)
    expect(streamed.length).toBe(1 + 50 * 4);
    expect(streamed.slice(0, 5)).toEqual([['SELECT', '0'], ['MULTI'], ['set', 'k', '0'], ['incr', 'n'], ['EXEC']]);
    redis.close();
  });
});
