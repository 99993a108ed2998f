// Runs ONE Lua program on ONE in-process engine, in this (child) node process, so that its
// peak RSS is attributable. Program output goes to stdout; the result goes to stderr as one
// line "@@BENCH {json}" (wall ms of load+run, maxRSS KB, error).
//
//   node bench/engines/child.mjs <engine> <file.lua> [scale] [--memory-limit BYTES] [--idle]
//                                 [--repeat K]
//
// --repeat K: micro-benchmark mode. The program is run once for its output, then K more times
// under tinybench (output discarded); the result carries tinybench's samples and statistics.
//
// The script gets `arg` as lua5.1 would give it: arg[0] = file, arg[1] = scale. It is
// prepended to the source on line 1 (no newline added, so line numbers do not move).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IN_PROCESS } from './index.mjs';

const argv = process.argv.slice(2);
let memoryLimit;
let idle = false;
let repeat = 0;
const pos = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--memory-limit') memoryLimit = Number(argv[++i]);
  else if (argv[i] === '--idle') idle = true;
  else if (argv[i] === '--repeat') repeat = Number(argv[++i]);
  else pos.push(argv[i]);
}
const [engineName, file, scale] = pos;

function report(obj) {
  process.stderr.write(`@@BENCH ${JSON.stringify({ ...obj, maxRssKB: process.resourceUsage().maxRSS })}\n`);
}

const factory = IN_PROCESS[engineName];
if (!factory) {
  report({ ok: false, unavailable: `unknown engine ${engineName}` });
  process.exitCode = 2;
} else {
  let engine;
  try {
    engine = await factory();
  } catch (e) {
    engine = { unavailable: e instanceof Error ? e.message : String(e) };
  }
  if (engine.unavailable) {
    report({ ok: false, unavailable: engine.unavailable });
    process.exitCode = 3;
  } else if (idle) {
    report({ ok: true, ms: 0, version: engine.version });
  } else {
    const name = basename(file);
    const prefix = `arg={[0]=${JSON.stringify(name)}${scale !== undefined ? `,${JSON.stringify(String(scale))}` : ''}};`;
    const source = prefix + readFileSync(file, 'latin1');
    const t0 = process.hrtime.bigint();
    let r;
    try {
      r = await engine.run(source, name, { memoryLimit });
    } catch (e) {
      r = { ok: false, error: `adapter threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.ok && repeat > 0) {
      const { Bench } = await import('tinybench');
      const bench = new Bench({ time: 0, iterations: repeat, warmupTime: 0, warmupIterations: 0 });
      let failure = null;
      bench.add(name, async () => {
        const rr = await engine.run(source, name, { memoryLimit, write: () => {} });
        if (!rr.ok) failure = rr.error ?? 'failed';
      });
      // engines that print straight to process.stdout (fengari) are silenced for the repeats
      const realWrite = process.stdout.write;
      process.stdout.write = () => true;
      try {
        await bench.run();
      } finally {
        process.stdout.write = realWrite;
      }
      const res = bench.tasks[0]?.result;
      const samples = res?.samples ?? [];
      report({ ok: failure === null, error: failure ?? undefined, ms, version: engine.version, notes: engine.notes,
        tinybench: { samples, mean: res?.mean, min: res?.min, max: res?.max, p75: res?.p75, p99: res?.p99, rme: res?.rme } });
    } else {
      report({ ok: r.ok, error: r.error, ms, version: engine.version, notes: engine.notes });
    }
    if (!r.ok) process.exitCode = 1;
  }
}
