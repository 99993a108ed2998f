// Multi-case fixtures (src/compiler/fixtures/errors/*.lua, cases separated by a line "--##"):
// each case, alone in a file, must give luac5.1's error message, or its listing when it compiles.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'glob';
import { afterAll, describe, expect, it } from 'vitest';
import { formatListing } from '../chunk/listing.js';
import { compile, LuaSyntaxError } from './index.js';
import { luacMissing, normalisePointers, runLuac } from './testing/luac-reference.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEPARATOR = '\n--##\n';

function outcome(src: string, name: string): string {
  try {
    return normalisePointers(formatListing(compile(src, '@' + name), true));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return `ERROR ${e.message}`;
    throw e;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'redlua-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const file of globSync('fixtures/errors/*.lua', { cwd: HERE }).sort()) {
  const cases = readFileSync(join(HERE, file), 'latin1').split(SEPARATOR);
  describe(basename(file), () => {
    cases.forEach((src, n) => {
      it(`case ${n + 1}: ${JSON.stringify(src.slice(0, 40))}`, () => {
        const missing = luacMissing();
        if (missing !== null) throw new Error(missing);
        const name = `case${n + 1}.lua`;
        writeFileSync(join(dir, name), Buffer.from(src, 'latin1'));
        const ref = runLuac(['-l', '-l', '-p', name], dir);
        const expected = ref.ok ? normalisePointers(ref.stdout) : `ERROR ${ref.error}`;
        expect(outcome(src, name)).toBe(expected);
      });
    });
  });
}
