// The same multi-case fixtures loaded as strings (chunk name = the source itself): messages
// must match lua5.1's loadstring, prefix [string "..."] included. loadstring called from a
// main chunk parses at C-call depth 2 (luac: 1), hence baseCcalls: 2.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'glob';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, LuaSyntaxError } from './index.js';
import { luacMissing } from './testing/luac-reference.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEPARATOR = '\n--##\n';
const LUA = process.env['REDLUA_LUA'] ?? 'lua5.1';

const DRIVER = `
local f = assert(io.open(arg[1], "rb")); local all = f:read("*a"); f:close()
local sep, pos = "\\n--##\\n", 1
while true do
  local s, e = string.find(all, sep, pos, true)
  local src = string.sub(all, pos, (s or 0) - 1)
  local fn, err = loadstring(src)
  io.write(fn and "OK" or err, "\\0\\n")
  if not s then break end
  pos = e + 1
end
`;

function ours(src: string): string {
  try {
    compile(src, src, { baseCcalls: 2 });
    return 'OK';
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'redlua-loadstring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'driver.lua'), DRIVER);

for (const file of globSync('fixtures/errors/*.lua', { cwd: HERE }).sort()) {
  describe(`loadstring ${basename(file)}`, () => {
    it('gives lua5.1 messages', () => {
      expect(luacMissing()).toBeNull();
      const text = readFileSync(join(HERE, file), 'latin1');
      const r = spawnSync(LUA, [join(dir, 'driver.lua'), join(HERE, file)], { encoding: 'latin1' });
      if (r.error) throw new Error(`cannot run ${LUA}: ${r.error.message}`);
      const expected = r.stdout.split('\0\n').slice(0, -1);
      const got = text.split(SEPARATOR).map(ours);
      expect(got).toEqual(expected);
    });
  });
}
