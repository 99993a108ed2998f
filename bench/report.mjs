// Renders bench/run.mjs results as Markdown (summary.md) and a static HTML page with an SVG
// bar chart (index.html): log-scale time ratio to lua5.1, per program, per engine.

const COLORS = { builtin: '#d62728', fengari: '#1f77b4', wasmoon: '#9467bd', 'lua5.1': '#2ca02c', luajit: '#ff7f0e' };

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtRatio = (r) => (r === undefined || !Number.isFinite(r) ? '—' : r >= 10 ? `×${r.toFixed(1)}` : `×${r.toFixed(2)}`);
const fmtMB = (kb) => (kb ? `${(kb / 1024).toFixed(1)} MB` : '—');
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mdEsc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function cellText(c) {
  if (!c) return '—';
  if (c.status === 'unavailable') return 'unavailable';
  if (c.status === 'failed') return `FAILED: ${mdEsc(String(c.error).slice(0, 80))}`;
  const mark = c.match === false ? ' ✗ checksum' : '';
  const rec = c.status === 'recorded' ? ' (recorded)' : '';
  const n = c.n && c.n < 3 ? ` n=${c.n}` : '';
  return `${fmtMs(c.medianMs)} ${fmtRatio(c.ratioLua51)} / f${fmtRatio(c.ratioFengari)}${n}${rec}${mark}`;
}

export function renderMarkdown(res, programs, engines) {
  const L = [];
  const m = res.meta;
  L.push('# redlua benchmarks', '');
  L.push(`Run ${m.date} on ${m.machine.nproc} × ${m.machine.cpu}, ${m.machine.node}, load average at the end ${m.machine.loadavg ?? '?'}; `
    + `${m.options.reps} repetitions (round-robin, engine order rotated), cell budget ${m.options.cellBudgetSeconds} s, scale ${m.options.scale}; took ${m.durationSeconds} s.`, '');
  L.push(`Command: \`${m.command}\``, '');
  L.push('## Engines', '', '| engine | status | version / reason | idle RSS |', '|---|---|---|---|');
  for (const e of engines) {
    const s = res.engines[e];
    L.push(`| ${s.label ?? e} | ${s.state} | ${mdEsc(s.version ?? s.reason ?? '')} | ${fmtMB(s.idleRssKB)} |`);
  }
  L.push('', '## Engine programs', '',
    'Cells: median time, ratio to lua5.1 (×, lower is faster), ratio to fengari (f×); `n=` when fewer runs than asked '
    + '(slow cells stop at the time budget); ✗ when the output differs from lua5.1\'s. In-process engines (builtin, '
    + 'fengari, wasmoon) are timed inside their child process (load + run); lua5.1/luajit as whole processes.', '');
  L.push(`| program | ${engines.map((e) => res.engines[e].label ?? e).join(' | ')} |`);
  L.push(`|---|${engines.map(() => '---').join('|')}|`);
  for (const p of programs) {
    L.push(`| ${p} | ${engines.map((e) => cellText(res.programs[p].cells[e])).join(' | ')} |`);
  }
  L.push(`| **geometric mean** | ${engines.map((e) => `${fmtRatio(res.geomean[e].ratioLua51)} / f${fmtRatio(res.geomean[e].ratioFengari)}`).join(' | ')} |`);
  L.push('', '## Peak RSS', '', 'Peak resident set size per program; in-process engines include their node process (see idle RSS above).', '');
  L.push(`| program | ${engines.map((e) => res.engines[e].label ?? e).join(' | ')} |`);
  L.push(`|---|${engines.map(() => '---').join('|')}|`);
  for (const p of programs) {
    L.push(`| ${p} | ${engines.map((e) => fmtMB(res.programs[p].cells[e]?.rssKB)).join(' | ')} |`);
  }
  L.push('', '## Checksums', '');
  for (const p of programs) {
    const ref = res.programs[p].reference;
    const bad = engines.filter((e) => res.programs[p].cells[e]?.match === false);
    L.push(`- **${p}**: \`${ref ? mdEsc(ref.text) : 'no reference'}\`${ref ? ` (${ref.from})` : ''}${bad.length ? ` — differs on ${bad.join(', ')}` : ''}`);
  }
  if (res.memoryLimit) {
    const ml = res.memoryLimit;
    L.push('', '## Memory limit (builtin, binary_trees)', '');
    if (ml.status === 'unavailable') L.push(`unavailable: ${mdEsc(ml.reason)}`);
    else {
      L.push(`Status: **${ml.status}**`, '');
      for (const r of ml.runs) L.push(`- limit ${(r.limitBytes / 1048576).toFixed(0)} MB: expected ${r.expect}; got ${r.ok ? 'completed' : `error \`${mdEsc(String(r.error).slice(0, 200))}\``} — ${r.pass ? 'ok' : 'NOT as expected'}`);
      for (const n of ml.notes ?? []) L.push(`- note: ${mdEsc(n)}`);
    }
  }
  if (res.compile) {
    const c = res.compile;
    L.push('', '## Compile speed', '', `Input: ${c.bytes} bytes of generated Lua (${c.generator}).`, '',
      '| compiler | median | cold (first) | ratio to luac5.1 -p | peak RSS | how |', '|---|---|---|---|---|---|');
    for (const [k, v] of Object.entries(c.engines)) {
      if (v.status !== 'measured') { L.push(`| ${k} | ${v.status} | | | | ${mdEsc(v.reason ?? v.error ?? '')} |`); continue; }
      L.push(`| ${k} | ${fmtMs(v.medianMs)} | ${v.coldMs ? fmtMs(v.coldMs) : '—'} | ${fmtRatio(v.ratioLuac)}${v.coldRatioLuac ? ` (cold ${fmtRatio(v.coldRatioLuac)})` : ''} | ${fmtMB(v.rssKB)} | ${mdEsc(v.command)} |`);
    }
  }
  if (res.micro) {
    const mi = res.micro;
    L.push('', '## Stdlib micro-suite', '', mi.method, '', `| case | ${mi.engines.join(' | ')} |`, `|---|${mi.engines.map(() => '---').join('|')}|`);
    for (const [name, row] of Object.entries(mi.cases)) {
      L.push(`| ${name} | ${mi.engines.map((e) => {
        const v = row[e];
        if (!v || v.status !== 'measured') return v ? `${v.status}${v.error ? ': ' + mdEsc(String(v.error).slice(0, 60)) : ''}` : '—';
        return `${fmtMs(v.medianMs)} ${fmtRatio(v.ratioLua51)}${v.match === false ? ' ✗' : ''}`;
      }).join(' | ')} |`);
    }
  }
  L.push('');
  return L.join('\n');
}

export function renderHtml(res, programs, engines) {
  const shown = engines.filter((e) => e !== 'lua5.1' && programs.some((p) => res.programs[p].cells[e]?.ratioLua51));
  const ratios = programs.flatMap((p) => shown.map((e) => res.programs[p].cells[e]?.ratioLua51)).filter((r) => r > 0 && Number.isFinite(r));
  const lo = Math.min(-1, Math.floor(Math.log10(Math.min(1, ...ratios))));
  const hi = Math.max(1, Math.ceil(Math.log10(Math.max(1, ...ratios))));
  const W = 960, left = 130, right = 70, barH = 13, gap = 12, top = 40;
  const plotW = W - left - right;
  const x = (r) => left + ((Math.log10(r) - lo) / (hi - lo)) * plotW;
  const rows = [...programs, 'geomean'];
  const groupH = shown.length * barH + gap;
  const H = top + rows.length * groupH + 40;
  const s = [];
  s.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`);
  for (let d = lo; d <= hi; d++) {
    const gx = x(10 ** d);
    s.push(`<line x1="${gx}" y1="${top - 8}" x2="${gx}" y2="${H - 30}" stroke="${d === 0 ? '#000' : '#ccc'}" stroke-width="${d === 0 ? 1.5 : 1}"/>`);
    s.push(`<text x="${gx}" y="${top - 12}" text-anchor="middle">${10 ** d >= 1 ? `${10 ** d}×` : `${(10 ** d).toFixed(-d)}×`}</text>`);
  }
  s.push(`<text x="${left + plotW / 2}" y="${H - 10}" text-anchor="middle">time relative to lua5.1 (log scale; left of the black line = faster than lua5.1)</text>`);
  rows.forEach((p, gi) => {
    const gy = top + gi * groupH;
    s.push(`<text x="${left - 8}" y="${gy + (shown.length * barH) / 2 + 4}" text-anchor="end" font-weight="${p === 'geomean' ? 'bold' : 'normal'}">${esc(p)}</text>`);
    shown.forEach((e, ei) => {
      const c = p === 'geomean' ? { ratioLua51: res.geomean[e].ratioLua51 } : res.programs[p].cells[e];
      const y = gy + ei * barH;
      const r = c?.ratioLua51;
      if (!r || !Number.isFinite(r)) {
        s.push(`<text x="${x(1) + 4}" y="${y + barH - 3}" fill="#888">${esc(e)}: ${esc(c?.status ?? 'n/a')}</text>`);
        return;
      }
      const x0 = x(1), x1 = x(r);
      const bad = c.match === false;
      s.push(`<rect x="${Math.min(x0, x1)}" y="${y + 1}" width="${Math.max(1, Math.abs(x1 - x0))}" height="${barH - 2}" fill="${COLORS[e] ?? '#777'}"${bad ? ' stroke="#000" stroke-dasharray="2,2"' : ''}><title>${esc(e)} ${esc(p)}: ${fmtRatio(r)}${c.medianMs ? `, ${fmtMs(c.medianMs)}` : ''}${bad ? ', checksum differs' : ''}</title></rect>`);
      s.push(`<text x="${Math.max(x0, x1) + 3}" y="${y + barH - 3}">${fmtRatio(r)}${bad ? ' ✗' : ''}</text>`);
    });
  });
  s.push('</svg>');
  const legend = shown.map((e) => `<span style="display:inline-block;width:12px;height:12px;background:${COLORS[e] ?? '#777'};margin:0 4px 0 14px"></span>${esc(res.engines[e].label ?? e)}`).join('');
  const unavailable = engines.filter((e) => res.engines[e].state !== 'live').map((e) => `<li>${esc(e)}: ${esc(res.engines[e].state)} — ${esc(res.engines[e].reason ?? '')}</li>`).join('');
  const md = renderMarkdown(res, programs, engines);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>redlua benchmarks</title>
<style>body{font-family:sans-serif;margin:24px;max-width:1100px}pre{white-space:pre-wrap;background:#f6f6f6;padding:12px;font-size:12px}</style>
</head><body>
<h1>redlua benchmarks</h1>
<p>${esc(res.meta.date)} — ${esc(res.meta.machine.nproc)} × ${esc(res.meta.machine.cpu)} — ${esc(res.meta.command)}</p>
<p>${legend}</p>
${s.join('\n')}
${unavailable ? `<h2>Not measured</h2><ul>${unavailable}</ul>` : ''}
<p>Redis scripting (EVAL/EVALSHA with redis-benchmark): <a href="redis.md">redis.md</a> (written by <code>node bench/redis.mjs</code>).</p>
<h2>Summary</h2>
<pre>${esc(md)}</pre>
</body></html>
`;
}
