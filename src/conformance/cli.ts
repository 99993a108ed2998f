// `redlua conformance record|run|check|list`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli/usage-error.js';
import { discoverCaseFiles } from './discover.js';
import { recordCases } from './record.js';
import { runCorpus } from './runner.js';
import { writeReports } from './report/write.js';
import { functionsLine } from './report/markdown.js';
import { reportsDir } from './paths.js';
import { readBaseline, regressions, writeBaseline, baselinePath } from './baseline.js';
import { makeTarget } from './targets/make.js';
import { TargetUnavailable } from './targets/target.js';
import { loadCase } from './case.js';
import type { RunResults } from './results.js';

const out = (s: string): void => void process.stdout.write(s + '\n');

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(argv: string[], extra: Record<string, { type: 'string' | 'boolean' }>): Parsed {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { timeout: { type: 'string' }, quiet: { type: 'boolean' }, ...extra },
    }) as Parsed;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function timeoutOf(v: unknown): number {
  if (v === undefined) return 20_000;
  const n = Number(v);
  if (!(n > 0)) throw new UsageError(`--timeout takes milliseconds, got '${String(v)}'`);
  return n;
}

async function runTarget(targetName: string, paths: string[], timeoutMs: number, quiet: boolean): Promise<RunResults | null> {
  const target = makeTarget(targetName);
  const files = discoverCaseFiles(paths);
  try {
    await target.prepare();
  } catch (e) {
    if (e instanceof TargetUnavailable) {
      process.stderr.write(`redlua: target '${targetName}' is unavailable: ${e.message}\n`);
      return null;
    }
    throw e;
  }
  try {
    let done = 0;
    const results = await runCorpus(target, files, {
      timeoutMs,
      onResult: (r) => {
        done++;
        if (!quiet && (r.status === 'fail' || r.status === 'error' || r.status === 'timeout')) out(`  ${r.status.toUpperCase()} ${r.id}${r.reason ? `: ${r.reason}` : ''}`);
        if (!quiet && process.stdout.isTTY && done % 50 === 0) process.stdout.write(`  ${done}/${files.length}\r`);
      },
    });
    const dir = join(reportsDir(), target.slug);
    writeReports(dir, results);
    const t = results.totals;
    out(`${targetName} (${results.targetVersion}): ${t.pass} passed, ${t.fail} failed, ${t.error} errors, ${t.timeout} timeouts, ${t.skip} skipped of ${t.total} cases in ${(results.durationMs / 1000).toFixed(1)} s`);
    if (results.functions) out(functionsLine(results.functions));
    out(`reports: ${dir}/{results.json,summary.md,junit.xml,index.html}`);
    return results;
  } finally {
    await target.close();
  }
}

export async function conformanceMain(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'list': {
      const { positionals } = parse(rest, {});
      for (const f of discoverCaseFiles(positionals)) {
        const c = loadCase(f);
        out(`${c.id}\t${c.kind}\t${c.spec.join(',')}\t${c.description}`);
      }
      return 0;
    }
    case 'record': {
      const { values, positionals } = parse(rest, { lua: { type: 'string' }, luac: { type: 'string' }, 'redis-server': { type: 'string' } });
      const files = discoverCaseFiles(positionals);
      out(`recording ${files.length} cases from the references`);
      const r = await recordCases(files, {
        lua: (values['lua'] as string | undefined) ?? 'lua5.1',
        luac: (values['luac'] as string | undefined) ?? 'luac5.1',
        redisServer: (values['redis-server'] as string | undefined) ?? 'redis-server',
        timeoutMs: timeoutOf(values['timeout']),
        log: out,
      });
      out(`recorded ${r.recorded} cases${r.problems ? `, ${r.problems} not recorded (see above)` : ''}`);
      return r.problems ? 1 : 0;
    }
    case 'run': {
      const { values, positionals } = parse(rest, { target: { type: 'string' } });
      const target = values['target'];
      if (typeof target !== 'string') throw new UsageError('conformance run needs --target (builtin, lua:CMD, luac:CMD, builtin-luac, resp://HOST:PORT)');
      const r = await runTarget(target, positionals, timeoutOf(values['timeout']), values['quiet'] === true);
      if (r === null) return 3;
      return r.totals.fail + r.totals.error + r.totals.timeout === 0 ? 0 : 1;
    }
    case 'check': {
      const { values, positionals } = parse(rest, { target: { type: 'string' }, 'update-baseline': { type: 'boolean' } });
      const target = values['target'];
      if (typeof target !== 'string') throw new UsageError('conformance check needs --target');
      const r = await runTarget(target, positionals, timeoutOf(values['timeout']), true);
      if (r === null) return 3;
      const slug = makeTarget(target).slug;
      if (values['update-baseline'] === true) {
        const b = writeBaseline(slug, r);
        out(`baseline ${baselinePath(slug)}: ${b.passing.length} passing cases`);
        return 0;
      }
      const b = readBaseline(slug);
      if (b === undefined) {
        process.stderr.write(`redlua: no baseline for '${target}' (${baselinePath(slug)}); create it with --update-baseline\n`);
        return 2;
      }
      const reg = regressions(b, r);
      if (reg.length === 0) {
        out(`no regressions against the baseline (${b.passing.length} cases passing there)`);
        return 0;
      }
      out(`${reg.length} regression(s): cases passing in the baseline that do not pass now:`);
      for (const x of reg) out(`  ${x.status.toUpperCase()} ${x.id}${x.reason ? `: ${x.reason}` : ''}`);
      return 1;
    }
    case undefined:
      throw new UsageError('conformance needs a verb: record, run, check or list');
    default:
      throw new UsageError(`unknown conformance verb '${verb}' (record, run, check, list)`);
  }
}
