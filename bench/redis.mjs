#!/usr/bin/env node
// Redis scripting benchmark: EVAL / EVALSHA throughput and latency (p50/p99) of representative
// scripts, measured with Debian's redis-benchmark (--csv), against a real redis-server 7.0
// and against `redlua server` (node dist/cli/main.js server), each started here on a free
// loopback port and stopped afterwards. Only loopback traffic. The targets are measured in
// turn script by script (interleaved), as the engine benchmark interleaves its engines.
//
//   node bench/redis.mjs [-n 100000] [-c 50] [--targets redis,redlua] [--record]
//                        [--max-seconds 20] [--out reports/bench] [--render-only]
//
// --render-only rewrites redis.md from an existing redis.json (no servers started).
// -n is the request count per (script, EVAL|EVALSHA); when a target is too slow for -n within
// --max-seconds, a short probe (2000 requests) measures its rate and -n is reduced for it (the
// report says so). --record writes the redis-server numbers to bench/recorded/redis-7.0.yaml.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, BENCH, YAML, machine, which } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = { n: 100000, c: 50, targets: ['redis', 'redlua'], record: false, maxSeconds: 20, out: join(ROOT, 'reports', 'bench') };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '-n') opt.n = Number(argv[++i]);
  else if (a === '-c') opt.c = Number(argv[++i]);
  else if (a === '--targets') opt.targets = argv[++i].split(',');
  else if (a === '--record') opt.record = true;
  else if (a === '--max-seconds') opt.maxSeconds = Number(argv[++i]);
  else if (a === '--out') opt.out = argv[++i];
  else if (a === '--render-only') opt.renderOnly = true;
  else { process.stderr.write(`unknown option ${a}\n`); process.exit(2); }
}
const log = (s) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

// A JSON document for the cjson round trip (passed as ARGV[1]); ~1.3 KB.
const DOC = JSON.stringify({
  id: 1234, name: 'bench', active: true, score: 98.5, n: 0,
  tags: ['alpha', 'beta', 'gamma', 'delta'],
  items: Array.from({ length: 12 }, (_, i) => ({ sku: `sku-${i}`, qty: i + 1, price: (i * 7) % 50 + 0.25, opts: { gift: i % 2 === 0 } })),
});

/** The scripts: name, Lua body, numkeys, keys and args (redis-benchmark passes them verbatim). */
const SCRIPTS = [
  { name: 'return-1', body: 'return 1', keys: [], args: [] },
  { name: 'incr', body: "return redis.call('incr', KEYS[1])", keys: ['bench:counter'], args: [] },
  { name: 'hset-100', body: "for i = 1, 100 do redis.call('hset', KEYS[1], 'f' .. i, i) end return 100", keys: ['bench:hash'], args: [] },
  { name: 'cpu-loop', body: 'local s = 0 for i = 1, 10000 do s = s + i % 7 end return s', keys: [], args: [] },
  { name: 'cjson-roundtrip', body: "local t = cjson.decode(ARGV[1]) t.n = t.n + 1 return cjson.encode(t)", keys: [], args: [DOC] },
  // the "cjson.encode/decode of a large document" engine program, Redis-flavoured: cjson exists
  // only in Redis's Lua, so it is measured here rather than in bench/lua/
  { name: 'cjson-large', body: "local t = {} for i = 1, 200 do t[i] = { id = i, name = 'item' .. i, tags = { 'a', 'b', 'c' }, price = i * 0.25, ok = (i % 2 == 0) } end local s = cjson.encode(t) local back = cjson.decode(s) return #s + #back", keys: [], args: [] },
];

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => res(p)); });
  });
}

/** One RESP command over a fresh loopback connection; resolves with the raw reply text. */
function command(port, args, timeoutMs = 2000) {
  return new Promise((res, rej) => {
    const sock = connect(port, '127.0.0.1');
    const chunks = [];
    const timer = setTimeout(() => { sock.destroy(); rej(new Error('timeout')); }, timeoutMs);
    sock.on('error', (e) => { clearTimeout(timer); rej(e); });
    sock.on('data', (d) => {
      chunks.push(d);
      const s = Buffer.concat(chunks).toString('latin1');
      // enough for the single-line or bulk replies used here
      if (/^[+\-:].*\r\n$/.test(s) || /^\$\d+\r\n[\s\S]*\r\n$/.test(s) || s.startsWith('$-1\r\n')) {
        clearTimeout(timer); sock.end(); res(s);
      }
    });
    sock.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
  });
}

async function waitReady(port, child, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) return `exited with code ${child.exitCode}`;
    try {
      const r = await command(port, ['PING'], 1000);
      if (r.startsWith('+PONG')) return null;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  return `no PONG within ${seconds} s`;
}

async function startTarget(name) {
  const port = await freePort();
  let cmd, args, version;
  const tmp = mkdtempSync(join(tmpdir(), 'redlua-bench-redis-'));
  if (name === 'redis') {
    if (!which('redis-server')) return { unavailable: 'redis-server not installed (apt-get install -y redis-server)' };
    cmd = 'redis-server';
    args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmp, '--daemonize', 'no', '--logfile', ''];
    version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.trim();
  } else {
    const main = join(ROOT, 'dist', 'cli', 'main.js');
    if (!existsSync(main)) return { unavailable: 'dist/cli/main.js missing (npm run build)' };
    cmd = process.execPath;
    args = [main, 'server', '--port', String(port), '--bind', '127.0.0.1'];
    version = 'redlua server';
  }
  const child = spawn(cmd, args, { cwd: tmp, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const why = await waitReady(port, child, 15);
  if (why) {
    child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
    return { unavailable: `${name}: ${why}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}` };
  }
  return {
    port, version, command: displayCommand([name === 'redis' ? 'redis-server' : 'node dist/cli/main.js', ...args.slice(name === 'redis' ? 0 : 1).map(shellQuote)].join(' ')),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => { if (child.exitCode !== null) r(); else child.once('exit', r); setTimeout(r, 3000); });
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A server command line as the report shows it: the temporary --dir is not reproducible. */
function displayCommand(cmd) {
  return cmd.replace(/--dir \S+/, '--dir <tmpdir>').replace(/--logfile\s*$/, "--logfile ''");
}

function parseCsv(text) {
  const lines = text.trim().split('\n').filter((l) => l.startsWith('"'));
  if (lines.length < 2) return null;
  // the test name (first field) echoes the script and may hold quotes and commas: read the
  // numeric fields from the end of the line
  const nums = [...lines[lines.length - 1].matchAll(/"([0-9.]+)"/g)].map((m) => Number(m[1])).slice(-7);
  if (nums.length < 7) return null;
  const [rps, avgMs, minMs, p50Ms, p95Ms, p99Ms, maxMs] = nums;
  return { rps, avgMs, minMs, p50Ms, p95Ms, p99Ms, maxMs };
}

function benchArgs(port, n, cmdArgs) {
  return ['-h', '127.0.0.1', '-p', String(port), '-n', String(n), '-c', String(opt.c), '--csv', ...cmdArgs];
}
function shellQuote(a) { return /^[\w@%+=:,./<>-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`; }

function redisBenchmark(port, n, cmdArgs, timeoutSeconds) {
  const args = benchArgs(port, n, cmdArgs);
  const t0 = Date.now();
  const r = spawnSync('redis-benchmark', args, { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 1 << 24 });
  const parsed = parseCsv(r.stdout ?? '');
  return { parsed, seconds: (Date.now() - t0) / 1000, error: parsed ? null : (r.error?.message ?? r.stderr?.trim() ?? 'no CSV output'),
    command: `redis-benchmark ${args.map((a) => (a.length > 80 ? `'<${a.length}-byte JSON document>'` : shellQuote(a))).join(' ')}` };
}

let results;
if (opt.renderOnly) {
  results = JSON.parse(readFileSync(join(opt.out, 'redis.json'), 'utf8'));
} else {
results = await measureAll();
}
compareReplies(results);
mkdirSync(opt.out, { recursive: true });
if (!opt.renderOnly) writeFileSync(join(opt.out, 'redis.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(opt.out, 'redis.md'), markdown(results));
log(`wrote ${relative(ROOT, opt.out)}/${opt.renderOnly ? '' : 'redis.json and '}redis.md`);
if (opt.record) recordRedis(results);

async function measureAll() {
if (!which('redis-benchmark')) {
  process.stderr.write('redis-benchmark not installed (apt-get install -y redis-server)\n');
  process.exit(1);
}

const results = { date: new Date().toISOString(), command: `node bench/redis.mjs ${argv.join(' ')}`.trim(), machine: machine(), options: { n: opt.n, c: opt.c }, targets: {} };

// Every target runs for the whole measurement, and each script is measured on all of them in
// turn (the order rotating per script), so a slow phase of this shared machine falls on all
// targets alike instead of on whichever was measured last.
const live = [];
for (const name of opt.targets) {
  log(`starting ${name}`);
  const t = await startTarget(name);
  if (t.unavailable) {
    log(`${name}: unavailable (${t.unavailable})`);
    results.targets[name] = { status: 'unavailable', reason: t.unavailable };
    continue;
  }
  const target = { status: 'measured', version: t.version, serverCommand: t.command, scripts: {} };
  results.targets[name] = target;
  live.push({ name, t, target });
}
try {
  for (const [si, s] of SCRIPTS.entries()) {
    const order = live.map((_, i) => live[(i + si) % live.length]);
    const rows = new Map();
    for (const { name, t } of order) {
      const row = {};
      // check the script runs at all, and get its SHA for EVALSHA
      const evalReply = await command(t.port, ['EVAL', s.body, String(s.keys.length), ...s.keys, ...s.args], 10_000).catch((e) => `-${e.message}`);
      const loaded = await command(t.port, ['SCRIPT', 'LOAD', s.body], 10_000).catch((e) => `-${e.message}`);
      const sha = /^\$40\r\n([0-9a-f]{40})\r\n$/.exec(loaded)?.[1];
      row.reply = evalReply.split('\r\n').slice(0, 2).join(' ').slice(0, 120);
      rows.set(name, { row, evalReply, loaded, sha });
    }
    for (const mode of ['EVAL', 'EVALSHA']) {
      for (const { name, t } of order) {
        const { row, evalReply, loaded, sha } = rows.get(name);
        if (evalReply.startsWith('-')) { row[mode] = { status: 'failed', error: evalReply.trim() }; continue; }
        if (mode === 'EVALSHA' && !sha) { row[mode] = { status: 'failed', error: `SCRIPT LOAD: ${loaded.trim()}` }; continue; }
        const cmdArgs = [mode, mode === 'EVAL' ? s.body : sha, String(s.keys.length), ...s.keys, ...s.args];
        let n = opt.n;
        const probe = redisBenchmark(t.port, Math.min(1000, n), cmdArgs, 120);
        if (!probe.parsed) { row[mode] = { status: 'failed', error: probe.error }; continue; }
        const est = n / probe.parsed.rps;
        // the probe is short and noisy: aim at 70% of the budget
        if (est > opt.maxSeconds * 0.7) n = Math.max(1000, Math.floor((probe.parsed.rps * opt.maxSeconds * 0.7) / 1000) * 1000);
        const r = redisBenchmark(t.port, n, cmdArgs, opt.maxSeconds * 6 + 60);
        row[mode] = r.parsed
          ? { status: 'measured', n, reduced: n < opt.n, ...r.parsed, seconds: r.seconds, command: r.command }
          : { status: 'failed', error: r.error, command: r.command };
        log(`${name} ${s.name} ${mode}: ${r.parsed ? `${r.parsed.rps.toFixed(0)} req/s p50 ${r.parsed.p50Ms} ms p99 ${r.parsed.p99Ms} ms (n=${n})` : `failed ${r.error}`}`);
      }
    }
    for (const { name, target } of live) target.scripts[s.name] = { body: s.body, numkeys: s.keys.length, ...rows.get(name).row };
  }
} finally {
  for (const { t } of live) await t.stop();
}
for (const { name, target } of live) {
  const evals = Object.values(target.scripts).map((v) => v.EVAL);
  if (evals.length && evals.every((e) => e?.status === 'failed' && /unknown command/i.test(String(e.error)))) {
    results.targets[name] = { status: 'unavailable', reason: `the server answers PING but not EVAL: ${evals[0].error}` };
    log(`${name}: unavailable (EVAL not implemented)`);
  }
}

return results;
}

function compareReplies(results) {
// ratios redlua / redis
const rs = results.targets.redis, rl = results.targets.redlua;
if (rs?.status === 'measured' && rl?.status === 'measured') {
  for (const [k, v] of Object.entries(rl.scripts)) {
    // incr's reply is a running counter; compare the others verbatim
    if (rs.scripts[k] && k !== 'incr') v.sameReplyAsRedis = v.reply === rs.scripts[k].reply;
    for (const mode of ['EVAL', 'EVALSHA']) {
      const a = v[mode], b = rs.scripts[k]?.[mode];
      if (a?.rps && b?.rps) a.throughputRatioToRedis = a.rps / b.rps;
    }
  }
}
}

function markdown(res) {
  const L = ['# Redis scripting benchmark', '', `Run ${res.date} on ${res.machine.nproc} × ${res.machine.cpu}; redis-benchmark -c ${res.options.c}, -n ${res.options.n} (reduced per cell when marked *).`, ''];
  for (const [name, t] of Object.entries(res.targets)) {
    L.push(`## ${name}`, '');
    if (t.status !== 'measured') { L.push(`unavailable: ${t.reason}`, ''); continue; }
    L.push(`${t.version} — \`${displayCommand(t.serverCommand)}\``, '', '| script | EVAL req/s | p50 ms | p99 ms | EVALSHA req/s | p50 ms | p99 ms | reply |', '|---|---|---|---|---|---|---|---|');
    for (const [k, v] of Object.entries(t.scripts)) {
      const c = (m) => (v[m]?.status === 'measured' ? `${v[m].rps.toFixed(0)}${v[m].reduced ? `* (n=${v[m].n})` : ''}${v[m].throughputRatioToRedis ? ` (${(v[m].throughputRatioToRedis * 100).toFixed(1)}% of redis)` : ''} | ${v[m].p50Ms} | ${v[m].p99Ms}` : `${v[m]?.status ?? '—'}: ${String(v[m]?.error ?? '').slice(0, 80)} | | `);
      const reply = `\`${String(v.reply).replace(/\|/g, '\\|').slice(0, 60)}\`${v.sameReplyAsRedis === true ? ' (same as redis)' : v.sameReplyAsRedis === false ? ' (DIFFERS from redis)' : ''}`;
      L.push(`| ${k} | ${c('EVAL')} | ${c('EVALSHA')} | ${reply} |`);
    }
    L.push('');
  }
  return L.join('\n');
}

function recordRedis(results) {
  const rs = results.targets.redis;
  if (rs?.status !== 'measured') return;
  const rec = {
    date: results.date,
    machine: results.machine,
    command: results.command ?? 'node bench/redis.mjs --record',
    server: { version: rs.version, command: displayCommand(rs.serverCommand) },
    note: 'redis-benchmark --csv numbers (requests per second; latencies in ms) for each script, with EVAL and with EVALSHA.',
    scripts: Object.fromEntries(Object.entries(rs.scripts).map(([k, v]) => [k, {
      body: v.body,
      ...Object.fromEntries(['EVAL', 'EVALSHA'].filter((m) => v[m]?.status === 'measured').map((m) => [m, {
        command: v[m].command, n: v[m].n, rps: Math.round(v[m].rps), avgMs: v[m].avgMs, p50Ms: v[m].p50Ms, p95Ms: v[m].p95Ms, p99Ms: v[m].p99Ms, maxMs: v[m].maxMs,
      }])),
    }])),
  };
  const f = join(BENCH, 'recorded', 'redis-7.0.yaml');
  writeFileSync(f, `# Recorded by ${rec.command}\n` + YAML.stringify(rec, { lineWidth: 0 }));
  log(`wrote ${relative(ROOT, f)}`);
}
