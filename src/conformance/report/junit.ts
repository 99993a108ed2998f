import { areaOf, type RunResults } from '../results.js';

function esc(s: string): string {
  // XML 1.0 cannot carry most control characters even escaped: show them as \xNN.
  return s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function renderJunit(r: RunResults): string {
  const suites = new Map<string, typeof r.cases>();
  for (const c of r.cases) {
    const a = areaOf(c.id);
    suites.set(a, [...(suites.get(a) ?? []), c]);
  }
  const L: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const t = r.totals;
  L.push(`<testsuites name="redlua conformance: ${esc(r.target)}" tests="${t.total}" failures="${t.fail}" errors="${t.error + t.timeout}" skipped="${t.skip}" time="${(r.durationMs / 1000).toFixed(3)}">`);
  for (const [area, cases] of suites) {
    const f = cases.filter((c) => c.status === 'fail').length;
    const e = cases.filter((c) => c.status === 'error' || c.status === 'timeout').length;
    const s = cases.filter((c) => c.status === 'skip').length;
    L.push(`  <testsuite name="${esc(area)}" tests="${cases.length}" failures="${f}" errors="${e}" skipped="${s}">`);
    for (const c of cases) {
      L.push(`    <testcase classname="${esc(area)}" name="${esc(c.id)}" time="${(c.durationMs / 1000).toFixed(3)}">`);
      if (c.status === 'fail') L.push(`      <failure message="differs from the reference">${esc(c.diff ?? '')}</failure>`);
      if (c.status === 'error' || c.status === 'timeout') L.push(`      <error message="${esc(c.status)}">${esc(c.reason ?? '')}</error>`);
      if (c.status === 'skip') L.push(`      <skipped message="${esc(c.reason ?? '')}"/>`);
      L.push('    </testcase>');
    }
    L.push('  </testsuite>');
  }
  L.push('</testsuites>');
  return L.join('\n') + '\n';
}
