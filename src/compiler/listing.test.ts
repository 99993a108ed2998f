// Every fixture (src/compiler/fixtures/*.lua) and every .lua of conformance/ and bench/ must
// compile to the listing luac5.1 -l -l prints, byte for byte (pointers normalised).

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'glob';
import { describe, expect, it } from 'vitest';
import { formatListing } from '../chunk/listing.js';
import { compile, LuaSyntaxError, skipShebang } from './index.js';
import { luacMissing, normalisePointers, runLuac } from './testing/luac-reference.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const files = [
  ...globSync('src/compiler/fixtures/*.lua', { cwd: ROOT }),
  ...globSync('conformance/**/*.lua', { cwd: ROOT }),
  ...globSync('bench/**/*.lua', { cwd: ROOT }),
].sort();

function ours(path: string): string {
  const src = skipShebang(readFileSync(join(ROOT, path), 'latin1'));
  try {
    return normalisePointers(formatListing(compile(src, '@' + path), true));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return `ERROR ${e.message}`;
    throw e;
  }
}

describe('listing identical to luac5.1 -l -l', () => {
  it('has the reference compiler', () => {
    expect(luacMissing()).toBeNull();
  });

  it('finds fixtures', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const path of files) {
    it(relative('.', path), () => {
      const missing = luacMissing();
      if (missing !== null) throw new Error(missing);
      const ref = runLuac(['-l', '-l', '-p', path], ROOT);
      // our own fixtures are valid programs (error cases live in fixtures/errors/)
      if (path.startsWith('src/compiler/fixtures/')) expect(ref.error).toBe('');
      const expected = ref.ok ? normalisePointers(ref.stdout) : `ERROR ${ref.error}`;
      expect(ours(path)).toBe(expected);
    });
  }
});
