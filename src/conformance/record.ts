// `redlua conformance record`: runs each case on the reference and writes its expectation.
// The only writer of *.expected.yaml files. Lua cases: lua5.1 (stdout, exit, error) and
// luac5.1 -l -l -p (listing). Redis cases and Lua cases flagged `redis`: a redis-server
// 7.0.x started here on a free loopback port (any other version is refused).
import { basename, dirname } from 'node:path';
import { loadCase, expectationPath, type Case } from './case.js';
import { writeExpectation, type Expectation, type LuaExpectation } from './expectation.js';
import { runProcess } from './proc.js';
import { splitLuaStderr, normaliseListing } from './lua-output.js';
import { startRedisServer, type RunningRedis } from './reference-redis.js';
import { connect } from '../redis/client.js';
import { runLuaCaseOnRedis, runRedisCase } from './redis-session.js';
import { withTimeout } from './targets/resp.js';
import { UsageError } from '../cli/usage-error.js';

export interface RecordOptions {
  lua: string;
  luac: string;
  redisServer: string;
  timeoutMs: number;
  log: (line: string) => void;
}

async function banner(cmd: string): Promise<string> {
  const r = await runProcess(cmd, ['-v'], { timeoutMs: 10_000 });
  if (r.spawnError !== undefined || r.exit !== 0) throw new UsageError(`cannot run the reference '${cmd}' (install it: apt-get install -y lua5.1)`);
  const m = /Lua \d+\.\d+(\.\d+)?/.exec(r.stdout + r.stderr);
  return m?.[0] ?? (r.stdout + r.stderr).trim();
}

async function recordLua(c: Case & { kind: 'lua' }, o: RecordOptions, luaVersion: string): Promise<string> {
  const run = await runProcess(o.lua, [basename(c.file)], { cwd: dirname(c.file), timeoutMs: o.timeoutMs });
  if (run.timedOut) return `timeout on ${o.lua}: not recorded`;
  if (run.exit === null) return `${o.lua} died (${run.signal ?? run.spawnError ?? '?'}): not recorded`;
  const lst = await runProcess(o.luac, ['-l', '-l', '-p', basename(c.file)], { cwd: dirname(c.file), timeoutMs: o.timeoutMs });
  const { error, traceback } = splitLuaStderr(run.stderr, o.lua);
  const exp: LuaExpectation = {
    recorded_with: luaVersion,
    stdout: run.stdout,
    exit: run.exit,
    error,
    traceback,
    listing: lst.exit === 0 ? normaliseListing(lst.stdout) : null,
  };
  const negative = c.negative !== false;
  if (negative !== (run.exit !== 0)) {
    o.log(`  warning: ${c.id}: negative=${String(negative)} but the reference exited ${run.exit}`);
  }
  writeExpectation(expectationPath(c.file), exp);
  return 'recorded';
}

async function recordRedis(c: Case, server: RunningRedis, o: RecordOptions): Promise<string> {
  const conn = await connect(server.host, server.port);
  try {
    const work: Promise<Expectation> =
      c.kind === 'redis'
        ? runRedisCase(conn, c).then((r) => ({ recorded_with: `redis_version:${server.version}`, ...r }))
        : runLuaCaseOnRedis(conn, c).then((reply) => ({ recorded_with: `redis_version:${server.version}`, reply }));
    const r = await withTimeout(work, o.timeoutMs);
    if (r === 'timeout') return 'timeout on redis-server: not recorded';
    writeExpectation(expectationPath(c.file), r);
    return 'recorded';
  } finally {
    conn.close();
  }
}

export async function recordCases(files: string[], o: RecordOptions): Promise<{ recorded: number; problems: number }> {
  const cases = files.map(loadCase);
  const needsRedis = cases.some((c) => c.kind === 'redis' || c.flags.includes('redis'));
  const needsLua = cases.some((c) => c.kind === 'lua' && !c.flags.includes('redis'));
  const luaVersion = needsLua ? await banner(o.lua) : '';
  const server = needsRedis ? await startRedisServer({ binary: o.redisServer, requireVersion70: true }) : null;
  let recorded = 0;
  let problems = 0;
  try {
    for (const c of cases) {
      const viaRedis = c.kind === 'redis' || c.flags.includes('redis');
      const outcome = viaRedis ? await recordRedis(c, server!, o) : await recordLua(c as Case & { kind: 'lua' }, o, luaVersion);
      if (outcome === 'recorded') recorded++;
      else {
        problems++;
        o.log(`  ${c.id}: ${outcome}`);
      }
    }
  } finally {
    await server?.stop();
  }
  return { recorded, problems };
}
