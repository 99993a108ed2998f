// Where the corpus, the spec and the reports live. Paths resolve from the package root so
// the CLI works from any working directory (and from an installed package).
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'conformance'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const PACKAGE_ROOT = findRoot();
export const CORPUS_DIR = join(PACKAGE_ROOT, 'conformance');
export const SPEC_DIR = join(PACKAGE_ROOT, 'spec');

/** Reports go under the current directory's reports/ (what a CI job collects). */
export function reportsDir(): string {
  return resolve(process.cwd(), 'reports');
}
