// Differential test: every fixture in src/vm/fixtures runs on lua5.1 and on our VM (from a
// luac5.1 binary chunk, and from our compiler once it is available); stdout, exit status and
// the error text after "lua5.1: " must be identical.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveLua51, runReference, runOursFromLuac, runOursOn } from './testing/differential.js';
import { compile } from '../compiler/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.lua')).sort();

function compilerReady(): boolean {
  try {
    compile('return 1', '=probe');
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!haveLua51())('VM differential vs lua5.1 (luac5.1 chunks; skipped without lua5.1)', () => {
  for (const f of fixtures) {
    it(f, async () => {
      const file = join(dir, f);
      const ref = runReference(file);
      const ours = await runOursFromLuac(file);
      expect(ours.stdout).toBe(ref.stdout);
      expect(ours.error).toBe(ref.error);
      expect(ours.exit).toBe(ref.exit);
    });
  }
});

describe.skipIf(!haveLua51() || !compilerReady())('VM differential vs lua5.1 (our compiler; skipped without lua5.1 or the compiler)', () => {
  for (const f of fixtures) {
    it(f, async () => {
      const file = join(dir, f);
      const ref = runReference(file);
      const ours = await runOursOn(f, dir);
      expect(ours.stdout).toBe(ref.stdout);
      expect(ours.error).toBe(ref.error);
      expect(ours.exit).toBe(ref.exit);
    });
  }
});
