// Runs a corpus selection against one target and produces RunResults. A target that
// crashes or hangs on a case fails that case; it never stops the run.
import { loadCase, expectationPath, CorpusError, type Case } from './case.js';
import { readExpectation, type Expectation } from './expectation.js';
import { compareFields, renderDiffs } from './compare.js';
import { countStatuses, functionTotals, RESULTS_SCHEMA, type CaseResult, type RunResults } from './results.js';
import { compareListingFunctions } from './lua-output.js';
import { mapPool } from './pool.js';
import { corpusVersion, gitCommit, ENGINE_VERSION } from './meta.js';
import { caseId } from './case.js';
import type { Target } from './targets/target.js';

export interface RunOptions {
  timeoutMs: number;
  onResult?: (r: CaseResult) => void;
}

async function runOne(target: Target, file: string, timeoutMs: number): Promise<CaseResult> {
  const t0 = performance.now();
  let c: Case;
  try {
    c = loadCase(file);
  } catch (e) {
    const reason = e instanceof CorpusError ? e.message : `cannot read case: ${String(e)}`;
    return { id: caseId(file), status: 'error', spec: [], durationMs: 0, reason };
  }
  const base = { id: c.id, spec: c.spec };
  const expected = readExpectation<Expectation>(expectationPath(file));
  if (expected === undefined) return { ...base, status: 'skip', durationMs: 0, reason: 'not recorded' };
  const skip = target.skipReason(c, expected);
  if (skip !== null) return { ...base, status: 'skip', durationMs: 0, reason: skip };
  const outcome = await target.run(c, expected, timeoutMs);
  const durationMs = Math.round((performance.now() - t0) * 10) / 10;
  if (outcome.kind === 'timeout') return { ...base, status: 'timeout', durationMs, reason: `no result within ${timeoutMs} ms` };
  if (outcome.kind === 'error') return { ...base, status: 'error', durationMs, reason: outcome.reason };
  const exp = expected as unknown as Record<string, unknown>;
  const diffs = compareFields(exp, outcome.actual);
  const listing = exp['listing'];
  const functions =
    'listing' in outcome.actual && typeof listing === 'string'
      ? { functions: compareListingFunctions(listing, (outcome.actual['listing'] as string | null) ?? null) }
      : {};
  if (diffs.length === 0) return { ...base, status: 'pass', durationMs, ...functions };
  return {
    ...base,
    ...functions,
    status: 'fail',
    durationMs,
    expected: Object.fromEntries(diffs.map((d) => [d.field, d.expected])),
    actual: Object.fromEntries(diffs.map((d) => [d.field, d.actual])),
    diff: renderDiffs(diffs),
  };
}

export async function runCorpus(target: Target, files: string[], opts: RunOptions): Promise<RunResults> {
  const startedAt = new Date();
  const t0 = performance.now();
  const cases = await mapPool(files, target.concurrency, async (f) => {
    const r = await runOne(target, f, opts.timeoutMs);
    opts.onResult?.(r);
    return r;
  });
  return {
    schema: RESULTS_SCHEMA,
    target: target.name,
    targetVersion: target.version(),
    engineVersion: ENGINE_VERSION,
    corpusVersion: corpusVersion(),
    commit: gitCommit(),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    totals: countStatuses(cases),
    ...(functionTotals(cases) ? { functions: functionTotals(cases) } : {}),
    cases,
  };
}
