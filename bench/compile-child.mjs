// Times compiling (parsing + code generation, no execution) of one file in this node process.
//   node bench/compile-child.mjs <builtin|fengari> <file.lua> [reps]
// Prints one line "@@BENCH {json}" with the cold (first) time, the warm runs and maxRSS.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { ROOT } from './lib.mjs';

const [engine, file, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
const source = readFileSync(file, 'latin1');

async function compiler() {
  if (engine === 'builtin') {
    const p = join(ROOT, 'dist', 'compiler', 'index.js');
    if (!existsSync(p)) return { unavailable: 'dist/compiler/index.js missing (npm run build)' };
    const mod = await import(pathToFileURL(p).href);
    if (typeof mod.compile !== 'function') return { unavailable: 'dist/compiler/index.js has no compile()' };
    return { version: 'redlua compile()', run: () => { mod.compile(source, '@big.lua'); } };
  }
  if (engine === 'fengari') {
    const { lua, lauxlib, to_luastring } = createRequire(import.meta.url)('fengari');
    const bytes = Uint8Array.from(Buffer.from(source, 'latin1'));
    return {
      version: 'fengari luaL_loadbuffer',
      run: () => {
        const L = lauxlib.luaL_newstate();
        const st = lauxlib.luaL_loadbuffer(L, bytes, null, to_luastring('@big.lua'));
        if (st !== lua.LUA_OK) throw new Error('fengari failed to compile');
      },
    };
  }
  return { unavailable: `unknown compiler ${engine}` };
}

const c = await compiler();
if (c.unavailable) {
  process.stderr.write(`@@BENCH ${JSON.stringify({ ok: false, unavailable: c.unavailable })}\n`);
  process.exitCode = 3;
} else {
  const times = [];
  let error;
  for (let i = 0; i <= reps && !error; i++) {
    const t0 = process.hrtime.bigint();
    try { c.run(); } catch (e) { error = e instanceof Error ? `${e.name}: ${e.message}` : String(e); }
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  process.stderr.write(`@@BENCH ${JSON.stringify({ ok: !error, error, version: c.version, coldMs: times[0],
    warmMs: times.slice(1), maxRssKB: process.resourceUsage().maxRSS })}\n`);
}
