// fengari 0.1.5 (Lua 5.3 in JavaScript), in-process. print writes to process.stdout.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {Promise<import('./types.mjs').Engine>} */
export async function create() {
  const fengari = require('fengari');
  const { lua, lauxlib, lualib, to_luastring, to_jsstring } = fengari;
  const version = require('fengari/package.json').version;
  return {
    name: 'fengari',
    version: `fengari ${version} (Lua 5.3)`,
    async run(source, chunkName) {
      const L = lauxlib.luaL_newstate();
      lualib.luaL_openlibs(L);
      // Lua strings are byte strings: hand fengari the latin1 bytes.
      const bytes = Uint8Array.from(Buffer.from(source, 'latin1'));
      let st = lauxlib.luaL_loadbuffer(L, bytes, null, to_luastring('@' + chunkName));
      if (st === lua.LUA_OK) st = lua.lua_pcall(L, 0, 0, 0);
      if (st !== lua.LUA_OK) {
        const msg = lua.lua_tojsstring ? lua.lua_tojsstring(L, -1) : to_jsstring(lua.lua_tostring(L, -1));
        return { ok: false, error: String(msg) };
      }
      return { ok: true };
    },
  };
}
