// The committed ratchet: reports/baseline/<slug>.json lists the cases that pass. A case in
// that list that does not pass now is a regression and fails `conformance check`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';
import type { RunResults } from './results.js';

export interface Baseline {
  schema: 1;
  target: string;
  commit: string;
  passing: string[];
}

export function baselinePath(slug: string): string {
  return join(PACKAGE_ROOT, 'reports', 'baseline', `${slug}.json`);
}

export function readBaseline(slug: string): Baseline | undefined {
  const p = baselinePath(slug);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Baseline) : undefined;
}

export function writeBaseline(slug: string, r: RunResults): Baseline {
  const b: Baseline = { schema: 1, target: r.target, commit: r.commit, passing: r.cases.filter((c) => c.status === 'pass').map((c) => c.id).sort() };
  mkdirSync(join(PACKAGE_ROOT, 'reports', 'baseline'), { recursive: true });
  writeFileSync(baselinePath(slug), JSON.stringify(b, null, 1) + '\n');
  return b;
}

/** Baseline cases that were part of this run and did not pass. */
export function regressions(b: Baseline, r: RunResults): { id: string; status: string; reason?: string }[] {
  const now = new Map(r.cases.map((c) => [c.id, c]));
  const out: { id: string; status: string; reason?: string }[] = [];
  for (const id of b.passing) {
    const c = now.get(id);
    if (c === undefined) continue; // not selected in this run (or removed from the corpus)
    if (c.status !== 'pass') out.push({ id, status: c.status, ...(c.reason ? { reason: c.reason } : {}) });
  }
  return out;
}
