// Differential test of the standard libraries: every fixture under src/stdlib/fixtures runs on
// lua5.1 and on our engine (createState + openStandaloneLibs, our compiler); stdout and the
// error text (without lua.c's traceback) must be identical.
import { describe, it, expect } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveLua51, runReference, runOurs } from './testing/run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** The folders of the lua5.1 standard libraries (others hold Redis-only libraries). */
const LIBS = ['base', 'string', 'table', 'math', 'os', 'io', 'debug', 'package'];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (f.endsWith('.lua')) out.push(p);
  }
  return out;
}

describe('stdlib differential vs lua5.1', () => {
  it('has the reference interpreter (apt-get install -y lua5.1)', () => {
    expect(haveLua51()).toBe(true);
  });
  for (const file of LIBS.flatMap((d) => walk(join(root, d)))) {
    it(relative(root, file), () => {
      const ref = runReference(file);
      const ours = runOurs(file);
      expect(ours.stdout).toBe(ref.stdout);
      expect(ours.error).toBe(ref.error);
    });
  }
});
