// A static page a person can open: a bar per spec area, the failing cases expandable with
// their diffs, and the spec coverage table (items without cases first). No scripts needed.
import type { CaseStatus, RunResults } from '../results.js';
import type { CoverageRow } from '../spec-items.js';
import { areaTotals, functionsLine, passRate, visible } from './markdown.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const COLORS: Record<CaseStatus, string> = { pass: '#2da44e', fail: '#cf222e', error: '#bf8700', timeout: '#8250df', skip: '#afb8c1' };

export function renderHtml(r: RunResults, cov: CoverageRow[]): string {
  const bars: string[] = [];
  for (const [area, t] of areaTotals(r)) {
    const total = t.pass + t.fail + t.error + t.timeout + t.skip;
    const segs = (Object.keys(COLORS) as CaseStatus[])
      .filter((s) => t[s] > 0)
      .map((s) => `<span class="seg" style="width:${((100 * t[s]) / total).toFixed(2)}%;background:${COLORS[s]}" title="${s}: ${t[s]}"></span>`)
      .join('');
    bars.push(`<tr><td class="area">${esc(area)}</td><td class="bar">${segs}</td><td class="num">${t.pass}/${total}</td><td class="num">${passRate(t)}</td></tr>`);
  }
  const bad = r.cases.filter((c) => c.status !== 'pass' && c.status !== 'skip');
  const details = bad
    .map(
      (c) =>
        `<details><summary><b class="st-${c.status}">${c.status}</b> ${esc(c.id)}</summary>` +
        (c.reason ? `<p>${esc(visible(c.reason))}</p>` : '') +
        (c.diff ? `<pre>${esc(visible(c.diff))}</pre>` : '') +
        `</details>`,
    )
    .join('\n');
  const covRows = cov
    .map((row) => `<tr class="${row.cases === 0 ? 'none' : ''}"><td><code>${esc(row.item.id)}</code></td><td class="num">${row.cases}</td><td>${esc(row.item.summary)}</td></tr>`)
    .join('\n');
  const t = r.totals;
  const legend = (Object.keys(COLORS) as CaseStatus[]).map((s) => `<span class="key" style="background:${COLORS[s]}"></span>${s} ${t[s]}`).join(' &nbsp; ');
  const withCases = cov.filter((c) => c.cases > 0).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>redlua conformance — ${esc(r.target)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#1f2328;padding:0 1em}
table{border-collapse:collapse;width:100%}td,th{padding:3px 8px;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
td.bar{width:55%}.seg{display:inline-block;height:14px}.num{text-align:right;white-space:nowrap}td.area{white-space:nowrap}
.key{display:inline-block;width:10px;height:10px;margin-right:4px}
pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}details{margin:4px 0}
.st-fail{color:#cf222e}.st-error{color:#bf8700}.st-timeout{color:#8250df}tr.none td{background:#fff8c5}
</style></head><body>
<h1>redlua conformance: ${esc(r.target)}</h1>
<p>${esc(r.targetVersion)} · ${esc(r.engineVersion)} · corpus v${esc(r.corpusVersion)} · commit <code>${esc(r.commit.slice(0, 12))}</code> · ${esc(r.startedAt)} · ${(r.durationMs / 1000).toFixed(1)} s</p>
<p><b>${t.pass} passed</b> of ${t.total} (${passRate(t)} of cases run) — ${legend}</p>
${r.functions ? `<p>${esc(functionsLine(r.functions))}</p>` : ''}
<h2>Per spec area</h2>
<table><tr><th>area</th><th>cases</th><th>passed</th><th>rate</th></tr>${bars.join('\n')}</table>
<h2>Not passing (${bad.length})</h2>
${details || '<p>None.</p>'}
<h2>Spec coverage</h2>
<p>${withCases} of ${cov.length} spec items have cases. Items without cases are listed first (highlighted).</p>
<table><tr><th>spec item</th><th>cases</th><th>summary</th></tr>${covRows}</table>
</body></html>
`;
}
