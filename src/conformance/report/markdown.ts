import { areaOf, type CaseStatus, type RunResults } from '../results.js';
import type { CoverageRow } from '../spec-items.js';

const STATUSES: CaseStatus[] = ['pass', 'fail', 'error', 'timeout', 'skip'];

/** Shows bytes that are not printable text as \xNN, so reports stay text and diffs stay readable. */
export function visible(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\xff]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function areaTotals(r: RunResults): Map<string, Record<CaseStatus, number>> {
  const m = new Map<string, Record<CaseStatus, number>>();
  for (const c of r.cases) {
    const a = areaOf(c.id);
    const t = m.get(a) ?? { pass: 0, fail: 0, error: 0, timeout: 0, skip: 0 };
    t[c.status]++;
    m.set(a, t);
  }
  return new Map([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The listing figure: functions (prototypes) whose listing is identical to the reference's. */
export function functionsLine(f: { identical: number; total: number }): string {
  const pct = f.total === 0 ? '–' : `${((100 * f.identical) / f.total).toFixed(2)}%`;
  return `Functions with identical listings: ${f.identical} of ${f.total} (${pct})`;
}

export function passRate(t: Record<CaseStatus, number>): string {
  const ran = t.pass + t.fail + t.error + t.timeout;
  return ran === 0 ? '–' : `${((100 * t.pass) / ran).toFixed(1)}%`;
}

export function renderMarkdown(r: RunResults, cov: CoverageRow[]): string {
  const L: string[] = [];
  L.push(`# Conformance: ${r.target}`, '');
  L.push(`- target: \`${r.target}\` (${r.targetVersion})`);
  L.push(`- engine: ${r.engineVersion}; corpus version ${r.corpusVersion}; commit \`${r.commit.slice(0, 12)}\``);
  L.push(`- started ${r.startedAt}, ${(r.durationMs / 1000).toFixed(1)} s`, '');
  const t = r.totals;
  L.push(`**${t.pass} passed, ${t.fail} failed, ${t.error} errors, ${t.timeout} timeouts, ${t.skip} skipped** of ${t.total} (pass rate of cases run: ${passRate(t)})`, '');
  if (r.functions) L.push(functionsLine(r.functions), '');
  L.push('## Per spec area', '', `| area | ${STATUSES.join(' | ')} | pass rate |`, `| --- | ${STATUSES.map(() => '---:').join(' | ')} | ---: |`);
  for (const [area, at] of areaTotals(r)) L.push(`| ${area} | ${STATUSES.map((s) => at[s]).join(' | ')} | ${passRate(at)} |`);
  const bad = r.cases.filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'timeout');
  L.push('', `## Not passing (${bad.length})`, '');
  for (const c of bad) {
    L.push(`### ${c.id} — ${c.status}`, '');
    if (c.reason) L.push(visible(c.reason), '');
    if (c.diff) L.push('```diff', visible(c.diff), '```', '');
  }
  const skipReasons = new Map<string, number>();
  for (const c of r.cases) if (c.status === 'skip') skipReasons.set(c.reason ?? '', (skipReasons.get(c.reason ?? '') ?? 0) + 1);
  if (skipReasons.size) {
    L.push('## Skipped', '', '| reason | cases |', '| --- | ---: |');
    for (const [reason, n] of skipReasons) L.push(`| ${reason} | ${n} |`);
    L.push('');
  }
  const none = cov.filter((c) => c.cases === 0);
  L.push(`## Spec coverage`, '', `${cov.length - none.length} of ${cov.length} spec items have cases; ${none.length} have none (listed first).`, '');
  L.push('| spec item | cases | summary |', '| --- | ---: | --- |');
  for (const row of cov) L.push(`| \`${row.item.id}\` | ${row.cases} | ${row.item.summary.replace(/\|/g, '\\|')} |`);
  return L.join('\n') + '\n';
}
