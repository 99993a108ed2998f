#!/usr/bin/env node
// The benchmark runner (issue 8). In ONE run it measures every engine program on every engine,
// interleaved (round-robin per repetition, the engine order rotated each time, the same launch
// protocol for every engine of a kind), plus the compile-speed benchmark, the stdlib
// micro-suite and the memory-limit check, and writes reports/bench/{results.json,summary.md,
// index.html}.
//
//   node bench/run.mjs [--reps 3] [--scale 1] [--only fib,nbody] [--engines builtin,fengari,...]
//                      [--cell-budget 12] [--no-compile] [--no-micro] [--no-memory]
//                      [--record-lua] [--out reports/bench] [--render-only]
//
// --render-only rewrites summary.md and index.html from an existing results.json.
// Engines: builtin (redlua from dist/), fengari (Lua 5.3 in JS), wasmoon (Lua 5.4 in wasm) run
// in-process, each inside its own child node process (bench/engines/child.mjs) so peak RSS is
// attributable; their time is load+run measured inside the child (node start-up and module
// import excluded). lua5.1 and `luajit -joff` run as processes; their time is the wall time of
// the process (start-up included, ~1 ms). Peak RSS: /usr/bin/time -f %M for processes, the
// child's process.resourceUsage().maxRSS for in-process engines (it includes node itself: the
// report shows each engine's idle RSS beside it).
//
// Repetitions: every cell gets --reps runs, except that a cell stops repeating once its runs
// add up to more than --cell-budget seconds (so a 15 s fengari run is done once or twice, not
// three times); the cell records how many runs its median is of. Missing lua5.1/luajit fall
// back to bench/recorded/lua-5.1.yaml, marked "recorded".
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import {
  BENCH, ROOT, TIME_BIN, YAML, geomean, machine, median, readYaml, runMeasured, versionOf, which,
} from './lib.mjs';
import { generateBig } from './gen-big.mjs';
import { renderHtml, renderMarkdown } from './report.mjs';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = { reps: 3, scale: '1', only: null, engines: null, cellBudget: 12, compile: true, micro: true,
  memory: true, recordLua: false, out: join(ROOT, 'reports', 'bench') };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const next = () => argv[++i];
  if (a === '--reps') opt.reps = Number(next());
  else if (a === '--scale') opt.scale = String(next());
  else if (a === '--only') opt.only = next().split(',');
  else if (a === '--engines') opt.engines = next().split(',');
  else if (a === '--cell-budget') opt.cellBudget = Number(next());
  else if (a === '--no-compile') opt.compile = false;
  else if (a === '--no-micro') opt.micro = false;
  else if (a === '--no-memory') opt.memory = false;
  else if (a === '--record-lua') opt.recordLua = true;
  else if (a === '--out') opt.out = next();
  else if (a === '--render-only') opt.renderOnly = true;
  else { process.stderr.write(`unknown option ${a}\n`); process.exit(2); }
}

const log = (s) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
const started = Date.now();

if (opt.renderOnly) {
  const res = JSON.parse(readFileSync(join(opt.out, 'results.json'), 'utf8'));
  const progs = Object.keys(res.programs);
  const engs = Object.keys(res.engines);
  writeFileSync(join(opt.out, 'summary.md'), renderMarkdown(res, progs, engs));
  writeFileSync(join(opt.out, 'index.html'), renderHtml(res, progs, engs));
  log(`rewrote ${relative(ROOT, opt.out)}/{summary.md,index.html}`);
  process.exit(0);
}

// ---------------------------------------------------------------- programs and engines
const PROG_DIR = join(BENCH, 'lua');
let programs = readdirSync(PROG_DIR).filter((f) => f.endsWith('.lua')).map((f) => basename(f, '.lua')).sort();
if (opt.only) programs = programs.filter((p) => opt.only.includes(p));

const ALL_ENGINES = [
  { name: 'builtin', kind: 'inproc' },
  { name: 'fengari', kind: 'inproc' },
  { name: 'wasmoon', kind: 'inproc' },
  { name: 'lua5.1', kind: 'proc', cmd: 'lua5.1', pre: [] },
  { name: 'luajit', kind: 'proc', cmd: 'luajit', pre: ['-joff'], label: 'luajit -joff' },
];
const engines = ALL_ENGINES.filter((e) => !opt.engines || opt.engines.includes(e.name));
const CHILD = join(BENCH, 'engines', 'child.mjs');
const recordedLua = readYaml(join(BENCH, 'recorded', 'lua-5.1.yaml'));
const checksums = readYaml(join(BENCH, 'checksums.yaml'));

function parseChild(stderr) {
  const m = /^@@BENCH (.*)$/m.exec(stderr);
  if (!m) return null;
  try { return JSON.parse(m[1]); } catch { return null; }
}
const stripMarker = (s) => s.replace(/^@@BENCH .*$\n?/m, '').trim();

/** One run of a program on an engine. */
async function runOnce(engine, file, scale, extra = []) {
  if (engine.kind === 'proc') {
    const r = await runMeasured(engine.cmd, [...engine.pre, file, scale]);
    const ok = r.code === 0 && !r.timedOut;
    return { ok, ms: r.ms, rssKB: r.rssKB, stdout: r.stdout, error: ok ? undefined : (r.timedOut ? 'timeout' : r.stderr.trim()) };
  }
  const r = await runMeasured(process.execPath, [CHILD, engine.name, file, scale, ...extra]);
  const res = parseChild(r.stderr);
  if (!res) return { ok: false, ms: r.ms, rssKB: r.rssKB, stdout: r.stdout, error: r.timedOut ? 'timeout' : `child failed: ${r.stderr.trim().slice(0, 500)}` };
  if (res.unavailable) return { ok: false, unavailable: res.unavailable };
  return { ok: res.ok, ms: res.ms, rssKB: res.maxRssKB ?? r.rssKB, stdout: r.stdout, error: res.error, version: res.version, notes: res.notes, tinybench: res.tinybench };
}

// ---------------------------------------------------------------- availability
const status = {}; // engine -> { state: 'live'|'recorded'|'unavailable', reason, version, idleRssKB }
for (const e of engines) {
  if (e.kind === 'proc') {
    if (which(e.cmd)) status[e.name] = { state: 'live', version: versionOf(e.cmd, ['-v']), label: e.label ?? e.name };
    // recorded timings stand in only for a run at the scale they were recorded at
    else if (recordedLua?.engines?.[e.name] && String(recordedLua.scale) === opt.scale) status[e.name] = { state: 'recorded', reason: `${e.cmd} not installed: recorded timings from bench/recorded/lua-5.1.yaml (${recordedLua.date})`, version: recordedLua.engines[e.name].version, label: e.label ?? e.name };
    else if (recordedLua?.engines?.[e.name]) status[e.name] = { state: 'unavailable', reason: `${e.cmd} not installed; its recorded timings are for scale ${recordedLua.scale}, not ${opt.scale}`, label: e.label ?? e.name };
    else status[e.name] = { state: 'unavailable', reason: `${e.cmd} not installed and no recorded timings`, label: e.label ?? e.name };
  } else {
    const r = await runMeasured(process.execPath, [CHILD, e.name, join(PROG_DIR, 'fib.lua'), '0', '--idle']);
    const res = parseChild(r.stderr);
    if (!res) status[e.name] = { state: 'unavailable', reason: `child failed: ${r.stderr.trim().slice(0, 300)}`, label: e.name };
    else if (res.unavailable) status[e.name] = { state: 'unavailable', reason: res.unavailable, label: e.name };
    else status[e.name] = { state: 'live', version: res.version, idleRssKB: res.maxRssKB, label: e.name };
  }
  const s = status[e.name];
  log(`${e.name}: ${s.state}${s.version ? ` (${s.version})` : ''}${s.reason ? ` — ${s.reason}` : ''}`);
}

// ---------------------------------------------------------------- engine programs
const cells = {}; // prog -> engine -> cell
for (const p of programs) {
  cells[p] = {};
  for (const e of engines) cells[p][e.name] = { samples: [], rssKB: null, output: null, error: null, totalMs: 0 };
}
const live = engines.filter((e) => status[e.name].state === 'live');
for (let rep = 0; rep < opt.reps; rep++) {
  for (let pi = 0; pi < programs.length; pi++) {
    const p = programs[pi];
    const file = join(PROG_DIR, `${p}.lua`);
    // rotate the engine order so no engine always runs right after another
    const k = (rep + pi) % Math.max(1, live.length);
    const order = [...live.slice(k), ...live.slice(0, k)];
    for (const e of order) {
      const cell = cells[p][e.name];
      if (cell.error) continue;
      if (rep > 0 && cell.totalMs > opt.cellBudget * 1000) continue;
      const r = await runOnce(e, file, opt.scale);
      if (r.unavailable) { cell.error = r.unavailable; continue; }
      if (!r.ok) { cell.error = r.error ?? 'failed'; cell.output = r.stdout?.trim() ?? null; log(`${p} ${e.name}: FAILED ${String(cell.error).slice(0, 200)}`); continue; }
      cell.samples.push(r.ms);
      cell.totalMs += r.ms;
      cell.rssKB = Math.max(cell.rssKB ?? 0, r.rssKB ?? 0) || null;
      if (cell.output === null) cell.output = r.stdout.trim();
      if (r.notes?.length) cell.notes = r.notes;
      log(`rep ${rep + 1}/${opt.reps} ${p} ${e.name}: ${r.ms.toFixed(0)} ms, ${r.rssKB ?? '?'} KB`);
    }
  }
}

// reference output: lua5.1 in this run, else the recorded checksum (scale 1 / test scale)
function referenceOutput(p) {
  const c = cells[p]['lua5.1'];
  if (c && c.output && !c.error) return { text: c.output, from: 'lua5.1 (this run)' };
  const key = opt.scale === '1' ? 'full' : opt.scale === String(checksums?.test_scale) ? 'test' : null;
  const rec = key ? checksums?.programs?.[p]?.[key] : undefined;
  if (rec) return { text: String(rec).trim(), from: 'bench/checksums.yaml' };
  return null;
}

const results = { programs: {}, engines: {}, geomean: {} };
for (const e of engines) results.engines[e.name] = { ...status[e.name], kind: e.kind };
for (const p of programs) {
  const ref = referenceOutput(p);
  const row = {};
  for (const e of engines) {
    const cell = cells[p][e.name];
    const st = status[e.name];
    if (st.state === 'unavailable') { row[e.name] = { status: 'unavailable', reason: st.reason }; continue; }
    if (st.state === 'recorded') {
      const rec = recordedLua.engines[e.name].programs?.[p];
      row[e.name] = rec ? { status: 'recorded', medianMs: rec.ms, rssKB: rec.rssKB ?? null, n: rec.n ?? null, match: null }
        : { status: 'unavailable', reason: 'no recorded timing for this program' };
      continue;
    }
    if (cell.error && cell.samples.length === 0) {
      row[e.name] = { status: 'failed', error: String(cell.error).slice(0, 2000), output: cell.output, match: false };
      continue;
    }
    row[e.name] = {
      status: 'measured', medianMs: median(cell.samples), samples: cell.samples, n: cell.samples.length,
      rssKB: cell.rssKB, output: cell.output, match: ref ? cell.output === ref.text : null,
      ...(cell.notes ? { notes: cell.notes } : {}),
    };
  }
  const base = row['lua5.1']?.medianMs;
  const fen = row.fengari?.medianMs;
  for (const e of engines) {
    const c = row[e.name];
    if (c.medianMs === undefined) continue;
    if (base) c.ratioLua51 = c.medianMs / base;
    if (fen) c.ratioFengari = c.medianMs / fen;
  }
  results.programs[p] = { reference: ref, cells: row };
}
for (const e of engines) {
  const rs = programs.map((p) => results.programs[p].cells[e.name]);
  results.geomean[e.name] = {
    ratioLua51: geomean(rs.map((c) => c.ratioLua51)),
    ratioFengari: geomean(rs.map((c) => c.ratioFengari)),
    programs: rs.filter((c) => c.ratioLua51 !== undefined).length,
  };
}

// ---------------------------------------------------------------- memory limit (builtin)
if (opt.memory) {
  const mem = { program: 'binary_trees', scale: '1', runs: [] };
  if (status.builtin?.state !== 'live') {
    mem.status = 'unavailable';
    mem.reason = status.builtin?.reason ?? 'builtin not selected';
  } else {
    const file = join(PROG_DIR, 'binary_trees.lua');
    for (const [limit, expect] of [[256 * 1024 * 1024, 'ok'], [1024 * 1024, 'not enough memory']]) {
      // always full size: at the test scale the trees fit in 1 MB
      const r = await runOnce({ name: 'builtin', kind: 'inproc' }, file, '1', ['--memory-limit', String(limit)]);
      const got = r.ok ? 'ok' : String(r.error ?? '');
      const pass = expect === 'ok' ? r.ok : /not enough memory/.test(got);
      mem.runs.push({ limitBytes: limit, expect, ok: r.ok, error: r.error ?? null, ms: r.ms, rssKB: r.rssKB, pass, notes: r.notes });
      log(`memory limit ${limit} B: ${r.ok ? 'completed' : `error: ${String(r.error).slice(0, 120)}`} (${pass ? 'as expected' : 'NOT as expected'})`);
    }
    mem.status = mem.runs.every((x) => x.pass) ? 'pass' : 'fail';
    const notes = mem.runs.flatMap((x) => x.notes ?? []).filter((n) => /memory/.test(n));
    if (notes.length) mem.notes = [...new Set(notes)];
  }
  results.memoryLimit = mem;
}

// ---------------------------------------------------------------- compile speed
if (opt.compile) {
  const bigFile = join(tmpdir(), `redlua-bench-big-${process.pid}.lua`);
  const src = generateBig(1_000_000);
  writeFileSync(bigFile, src, 'latin1');
  const comp = { bytes: src.length, generator: 'node bench/gen-big.mjs (deterministic)', engines: {} };
  if (which('luac5.1')) {
    const times = [];
    let rss = null;
    for (let i = 0; i < 3; i++) {
      const r = await runMeasured('luac5.1', ['-p', bigFile]);
      if (r.code !== 0) { comp.engines['luac5.1'] = { status: 'failed', error: r.stderr.trim() }; break; }
      times.push(r.ms); rss = r.rssKB;
    }
    if (!comp.engines['luac5.1']) comp.engines['luac5.1'] = { status: 'measured', medianMs: median(times), samples: times, rssKB: rss, command: 'luac5.1 -p big.lua (process wall time)' };
  } else comp.engines['luac5.1'] = { status: 'unavailable', reason: 'luac5.1 not installed' };
  for (const name of ['builtin', 'fengari']) {
    const r = await runMeasured(process.execPath, [join(BENCH, 'compile-child.mjs'), name, bigFile, '3']);
    const res = parseChild(r.stderr);
    if (!res) comp.engines[name] = { status: 'failed', error: r.stderr.trim().slice(0, 500) };
    else if (res.unavailable) comp.engines[name] = { status: 'unavailable', reason: res.unavailable };
    else if (!res.ok) comp.engines[name] = { status: 'failed', error: res.error };
    else comp.engines[name] = { status: 'measured', coldMs: res.coldMs, medianMs: median(res.warmMs), samples: res.warmMs, rssKB: res.maxRssKB, command: `${res.version} in one node process: first (cold) call, then median of 3 warm calls` };
  }
  const base = comp.engines['luac5.1']?.medianMs;
  for (const c of Object.values(comp.engines)) {
    if (base && c.medianMs) { c.ratioLuac = c.medianMs / base; if (c.coldMs) c.coldRatioLuac = c.coldMs / base; }
  }
  rmSync(bigFile, { force: true });
  results.compile = comp;
  log(`compile: ${Object.entries(comp.engines).map(([k, v]) => `${k} ${v.medianMs ? v.medianMs.toFixed(0) + ' ms' : v.status}`).join(', ')}`);
}

// ---------------------------------------------------------------- stdlib micro-suite
if (opt.micro) {
  const MICRO = join(BENCH, 'micro');
  const cases = readdirSync(MICRO).filter((f) => f.endsWith('.lua')).map((f) => basename(f, '.lua')).sort();
  const microEngines = ['builtin', 'fengari', 'lua5.1'].filter((n) => status[n]?.state === 'live');
  const micro = { cases: {}, engines: microEngines, method: 'in-process engines: tinybench, 3 iterations after one output-checking run, median of samples; lua5.1: median wall time of 3 processes' };
  for (const c of cases) {
    const file = join(MICRO, `${c}.lua`);
    const row = {};
    for (const n of microEngines) {
      if (n === 'lua5.1') {
        const times = [];
        let out = null;
        for (let i = 0; i < 3; i++) {
          const r = await runMeasured('lua5.1', [file, '1']);
          if (r.code !== 0) { row[n] = { status: 'failed', error: r.stderr.trim() }; break; }
          times.push(r.ms); out = r.stdout.trim();
        }
        if (!row[n]) row[n] = { status: 'measured', medianMs: median(times), samples: times, output: out };
      } else {
        const r = await runOnce({ name: n, kind: 'inproc' }, file, '1', ['--repeat', '3']);
        if (r.unavailable) row[n] = { status: 'unavailable', reason: r.unavailable };
        else if (!r.ok) row[n] = { status: 'failed', error: r.error, output: r.stdout?.trim() };
        else row[n] = { status: 'measured', medianMs: median(r.tinybench?.samples ?? [r.ms]), samples: r.tinybench?.samples, rme: r.tinybench?.rme, output: r.stdout.trim() };
      }
    }
    const ref = row['lua5.1']?.output;
    for (const v of Object.values(row)) {
      if (ref && v.output !== undefined) v.match = v.output === ref;
      if (row['lua5.1']?.medianMs && v.medianMs) v.ratioLua51 = v.medianMs / row['lua5.1'].medianMs;
      if (row.fengari?.medianMs && v.medianMs) v.ratioFengari = v.medianMs / row.fengari.medianMs;
    }
    micro.cases[c] = row;
    log(`micro ${c}: ${Object.entries(row).map(([k, v]) => `${k} ${v.medianMs ? v.medianMs.toFixed(0) + ' ms' : v.status}`).join(', ')}`);
  }
  results.micro = micro;
}

// ---------------------------------------------------------------- write reports
results.meta = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  machine: machine(),
  options: { reps: opt.reps, scale: opt.scale, cellBudgetSeconds: opt.cellBudget },
  rssMethod: TIME_BIN ? '/usr/bin/time -f %M (processes); process.resourceUsage().maxRSS of the child node process (in-process engines)' : 'child maxRSS only (no /usr/bin/time)',
  command: `node bench/run.mjs ${argv.join(' ')}`.trim(),
};
mkdirSync(opt.out, { recursive: true });
writeFileSync(join(opt.out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(opt.out, 'summary.md'), renderMarkdown(results, programs, engines.map((e) => e.name)));
writeFileSync(join(opt.out, 'index.html'), renderHtml(results, programs, engines.map((e) => e.name)));
log(`wrote ${relative(ROOT, opt.out)}/{results.json,summary.md,index.html} in ${results.meta.durationSeconds} s`);

if (opt.recordLua) {
  const rec = {
    date: results.meta.date,
    machine: results.meta.machine,
    command: `node bench/run.mjs ${argv.join(' ')}`.trim(),
    scale: opt.scale,
    note: 'Median wall time (ms) of the process, peak RSS from /usr/bin/time -f %M. Used by bench/run.mjs when the binary is missing.',
    engines: {},
  };
  for (const e of engines.filter((x) => x.kind === 'proc' && status[x.name].state === 'live')) {
    rec.engines[e.name] = { version: status[e.name].version, command: `${e.cmd} ${e.pre.join(' ')} bench/lua/<program>.lua ${opt.scale}`.replace(/ +/g, ' '), programs: {} };
    for (const p of programs) {
      const c = results.programs[p].cells[e.name];
      if (c.status === 'measured') rec.engines[e.name].programs[p] = { ms: Math.round(c.medianMs), n: c.n, rssKB: c.rssKB };
    }
  }
  const f = join(BENCH, 'recorded', 'lua-5.1.yaml');
  writeFileSync(f, `# Recorded by ${rec.command}\n` + YAML.stringify(rec));
  log(`wrote ${relative(ROOT, f)}`);
}
const mismatches = programs.flatMap((p) => Object.entries(results.programs[p].cells).filter(([, c]) => c.match === false).map(([e]) => `${p}/${e}`));
if (mismatches.length) log(`checksum mismatches: ${mismatches.join(', ')}`);
if (!existsSync(join(opt.out, 'summary.md'))) process.exitCode = 1;
