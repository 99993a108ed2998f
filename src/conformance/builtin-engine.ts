// The adapter between the harness and redlua's own engine. Everything the builtin targets
// need from the engine goes through here, so the harness never depends on engine internals.
import type { LuaCase, RedisCase } from './case.js';
import type { TypedReply } from './typed-reply.js';
import type { RedisCaseReplies } from './redis-session.js';

export interface LuaRun {
  stdout: string;
  exit: number;
  /** The error text as lua5.1 would print it after "lua5.1: ", or null. */
  error: string | null;
}

export interface BuiltinEngine {
  version: string;
  /** Runs a case file like `lua5.1 <file>` in the file's folder; null when the VM is absent. */
  runLua: ((c: LuaCase) => Promise<LuaRun>) | null;
  /** `luac -l -l -p` listing of a case file (addresses as 0x0); null when the compiler is absent. */
  listing: ((c: LuaCase) => string | null) | null;
  /** The built-in Redis layer; null when absent. */
  redisCase: ((c: RedisCase) => Promise<RedisCaseReplies>) | null;
  luaOnRedis: ((c: LuaCase) => Promise<TypedReply>) | null;
}

type Mod = Record<string, unknown>;

async function tryImport(spec: string): Promise<Mod | null> {
  try {
    return (await import(spec)) as Mod;
  } catch {
    return null;
  }
}

function fn<T>(mod: Mod | null, name: string): T | null {
  const f = mod?.[name];
  return typeof f === 'function' ? (f as T) : null;
}

/** Loads whatever parts of the engine exist. */
export async function loadBuiltinEngine(): Promise<BuiltinEngine> {
  const host = await tryImport('./engine-host.js');
  return {
    version: (host?.['ENGINE_VERSION'] as string | undefined) ?? 'redlua (engine not built)',
    runLua: fn(host, 'runLuaCase'),
    listing: fn(host, 'listingOfCase'),
    redisCase: fn(host, 'runRedisCaseBuiltin'),
    luaOnRedis: fn(host, 'runLuaCaseOnRedisBuiltin'),
  };
}
