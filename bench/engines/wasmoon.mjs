// wasmoon 1.16.0 (Lua 5.4 compiled to WebAssembly), in-process.
// print is redefined in Lua on top of one JS write function so output is captured exactly.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const PRINT = `local w = __bench_write
__bench_write = nil
print = function(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do t[i] = tostring((select(i, ...))) end
  w(table.concat(t, '\\t') .. '\\n')
end`;

/** @returns {Promise<import('./types.mjs').Engine>} */
export async function create() {
  const { LuaFactory } = require('wasmoon');
  const version = require('wasmoon/package.json').version;
  const factory = new LuaFactory();
  return {
    name: 'wasmoon',
    version: `wasmoon ${version} (Lua 5.4)`,
    async run(source, chunkName, opts = {}) {
      const engine = await factory.createEngine({ injectObjects: false, enableProxy: false });
      const write = opts.write ?? ((s) => process.stdout.write(s));
      try {
        engine.global.set('__bench_write', (s) => write(String(s)));
        await engine.doString(PRINT);
        await engine.doString(source);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      } finally {
        engine.global.close();
      }
    },
  };
}
