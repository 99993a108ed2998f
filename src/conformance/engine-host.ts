// The built-in engine as the conformance harness drives it (loaded by builtin-engine.ts in
// each worker). Lua cases run exactly as `redlua run <case>.lua` does, in the case's folder;
// listings are what `redlua luac -l -l -p` prints.
import { basename, dirname } from 'node:path';
import type { LuaCase, RedisCase } from './case.js';
import type { TypedReply } from './typed-reply.js';
import { runLuaCaseOnRedis, runRedisCase, type CommandConnection, type RedisCaseReplies } from './redis-session.js';
import { createRedis, type Redis } from '../redis/index.js';
import type { LuaRun } from './builtin-engine.js';
import { splitLuaStderr } from './lua-output.js';
import { runMain } from '../cli/run.js';
import { compile, skipShebang } from '../compiler/index.js';
import { formatListing } from '../chunk/listing.js';
import { VERSION } from '../version.js';

export const ENGINE_VERSION = `redlua ${VERSION}`;

const PROG = 'redlua';

export async function runLuaCase(c: LuaCase): Promise<LuaRun> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runMain([basename(c.file)], {
    progName: PROG,
    cwd: dirname(c.file),
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readStdin: () => '',
  });
  const { error } = splitLuaStderr(err.join(''), PROG);
  return { stdout: out.join(''), exit, error };
}

/** The -l -l listing of a case, or null when it does not compile (as luac5.1 then prints none). */
export function listingOfCase(c: LuaCase): string | null {
  try {
    return formatListing(compile(skipShebang(c.source), '@' + basename(c.file)), true);
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ Redis cases
// One in-process server per worker, like one redis-server for a whole run: every case
// starts on a fresh connection and resets the server (FLUSHALL, SCRIPT FLUSH, FUNCTION
// FLUSH) through the same session code as the resp:// target.
let redis: Redis | null = null;

function connection(): CommandConnection {
  redis ??= createRedis();
  return redis.connect();
}

export async function runRedisCaseBuiltin(c: RedisCase): Promise<RedisCaseReplies> {
  const conn = connection() as CommandConnection & { close(): void };
  try {
    return await runRedisCase(conn, c);
  } finally {
    conn.close();
  }
}

export async function runLuaCaseOnRedisBuiltin(c: LuaCase): Promise<TypedReply> {
  const conn = connection() as CommandConnection & { close(): void };
  try {
    return await runLuaCaseOnRedis(conn, c);
  } finally {
    conn.close();
  }
}
