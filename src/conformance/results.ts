// The results of one run (reports/<target>/results.json). Versioned: readers check
// `schema` and refuse what they do not know.
export const RESULTS_SCHEMA = 1;

export type CaseStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'skip';

export interface CaseResult {
  id: string;
  status: CaseStatus;
  spec: string[];
  durationMs: number;
  /** Why it was skipped or errored. */
  reason?: string;
  /** The compared fields, for fail: what the reference gave and what the target gave. */
  expected?: Record<string, unknown>;
  actual?: Record<string, unknown>;
  /** Human-readable diff of the differing fields. */
  diff?: string;
  /** Listing comparisons: functions (prototypes) whose listing is identical, of all. */
  functions?: { identical: number; total: number };
}

export interface RunResults {
  schema: typeof RESULTS_SCHEMA;
  target: string;
  targetVersion: string;
  engineVersion: string;
  corpusVersion: string;
  commit: string;
  startedAt: string;
  durationMs: number;
  totals: Record<CaseStatus, number> & { total: number };
  /** Listing targets: functions with identical listings over all compared cases. */
  functions?: { identical: number; total: number };
  cases: CaseResult[];
}

/** Sums the per-case function counts of listing comparisons (undefined when there are none). */
export function functionTotals(cases: CaseResult[]): { identical: number; total: number } | undefined {
  let identical = 0;
  let total = 0;
  let any = false;
  for (const c of cases) {
    if (c.functions === undefined) continue;
    any = true;
    identical += c.functions.identical;
    total += c.functions.total;
  }
  return any ? { identical, total } : undefined;
}

export function countStatuses(cases: CaseResult[]): RunResults['totals'] {
  const t = { pass: 0, fail: 0, error: 0, timeout: 0, skip: 0, total: cases.length };
  for (const c of cases) t[c.status]++;
  return t;
}

/**
 * The spec area of a case id: its first two path segments (lua/opcodes, redis/sandbox ...),
 * three for library functions (lua/stdlib/string).
 */
export function areaOf(id: string): string {
  const parts = id.split('/');
  return parts.slice(0, parts[1] === 'stdlib' ? 3 : 2).join('/');
}
