// Finds the cases under the given paths (files or folders, relative to the working
// directory or to conformance/), in a stable order.
import { globSync } from 'glob';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve, join } from 'node:path';
import { CORPUS_DIR } from './paths.js';
import { UsageError } from '../cli/usage-error.js';

function isCaseFile(f: string): boolean {
  return (f.endsWith('.lua') || f.endsWith('.yaml')) && !f.endsWith('.expected.yaml');
}

function resolveInput(p: string): string {
  const candidates = isAbsolute(p) ? [p] : [resolve(process.cwd(), p), join(CORPUS_DIR, p), resolve(CORPUS_DIR, '..', p)];
  for (const c of candidates) if (existsSync(c)) return c;
  throw new UsageError(`no such file or folder: ${p}`);
}

export function discoverCaseFiles(paths: string[]): string[] {
  const roots = paths.length === 0 ? [CORPUS_DIR] : paths.map(resolveInput);
  const out = new Set<string>();
  for (const root of roots) {
    if (statSync(root).isDirectory()) {
      for (const f of globSync('**/*.{lua,yaml}', { cwd: root, absolute: true, nodir: true })) {
        if (isCaseFile(f)) out.add(f);
      }
    } else if (isCaseFile(root)) {
      out.add(root);
    } else {
      throw new UsageError(`not a case file (.lua or .yaml): ${root}`);
    }
  }
  return [...out].sort();
}
