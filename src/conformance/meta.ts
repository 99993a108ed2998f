// Facts about this checkout that go into every report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, PACKAGE_ROOT } from './paths.js';
import { VERSION } from '../version.js';

export function corpusVersion(): string {
  try {
    return readFileSync(join(CORPUS_DIR, 'VERSION'), 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

export function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export const ENGINE_VERSION = `redlua ${VERSION}`;
