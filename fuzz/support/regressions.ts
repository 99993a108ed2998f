// A mismatch found by the long fuzz run is kept as a corpus case: the shrunk program is
// written under conformance/lua/fuzz/ and recorded from the reference with the project's
// record command (never an expectation typed here).
import { createHash } from 'node:crypto';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Two lua5.1 processes (different address layouts) print the same: the program is deterministic. */
function deterministicOnReference(file: string): boolean {
  const run = () => spawnSync('lua5.1', [file], { encoding: 'latin1' });
  const a = run();
  const b = run();
  return a.stdout === b.stdout && a.stderr === b.stderr;
}

export function saveRegression(kind: 'run' | 'listing', program: string, note: string): string | null {
  const id = createHash('sha1').update(program).digest('hex').slice(0, 10);
  const dir = join(ROOT, 'conformance', 'lua', 'fuzz');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${kind}-${id}.lua`);
  const header = `--[==[\ndescription: "differential fuzz regression (${kind}): ${note.replace(/["\\\n]/g, ' ').slice(0, 100)}"\nspec: [lang.fuzz]\nfeatures: [fuzz]\nflags: [${kind === 'listing' ? 'no-run' : ''}]\nnegative: false\n]==]\n`;
  writeFileSync(file, Buffer.from(header + program, 'latin1'));
  if (kind === 'run' && !deterministicOnReference(file)) {
    // A generator bug, not an engine bug: the reference itself is not deterministic here.
    unlinkSync(file);
    console.error(`fuzz: counterexample is nondeterministic on lua5.1 (a generator bug); not kept:\n${program}`);
    return null;
  }
  spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'conformance', 'record', file], { stdio: 'inherit' });
  return file;
}
