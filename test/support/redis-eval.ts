// Runs a Lua fixture that returns a list of strings both as EVAL on a real redis-server 7.0
// and on our engine (a bare state with the given libraries), for differential tests of the
// libraries Redis bundles. The reply is compared as the list of strings.
import { readFileSync } from 'node:fs';
import { connect } from '../../src/redis/client.js';
import type { RunningRedis } from '../../src/conformance/reference-redis.js';
import { createState, loadChunk, pcallHost, LuaTable, type LuaState } from '../../src/vm/index.js';

export async function evalStringsOnRedis(server: RunningRedis, file: string): Promise<string[]> {
  const c = await connect(server.host, server.port);
  try {
    const r = await c.call(['EVAL', readFileSync(file, 'latin1'), '0']);
    if (r.type !== 'array') throw new Error(`redis replied ${JSON.stringify(r)}`);
    return r.value.map((x) => (x.type === 'bulk' ? x.value : JSON.stringify(x)));
  } finally {
    await c.close();
  }
}

export function evalStringsOnEngine(file: string, open: ((L: LuaState) => unknown)[]): string[] {
  const L = createState();
  for (const o of open) o(L);
  const f = loadChunk(L, readFileSync(file, 'latin1'), '@user_script');
  const r = pcallHost(L, f, []);
  if (!r.ok) throw new Error(`engine error: ${String(r.error)}`);
  const t = r.values[0];
  if (!(t instanceof LuaTable)) throw new Error('fixture must return a table');
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const v = t.get(i);
    if (v === undefined) break;
    out.push(String(v));
  }
  return out;
}
