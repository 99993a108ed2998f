// Shared helpers for the benchmark runners: process launch with peak RSS, statistics,
// machine description, recorded timings.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH = join(ROOT, 'bench');
export const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Absolute path of an executable on PATH, or null. */
export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * Runs a command, measuring wall time (hrtime around the process) and peak RSS
 * (/usr/bin/time -f %M when installed). Bounded by timeoutMs.
 * @returns {Promise<{ms: number, rssKB: number|null, code: number|null, signal: string|null,
 *   stdout: string, stderr: string, timedOut: boolean}>}
 */
export function runMeasured(cmd, args, { timeoutMs = 120_000, cwd = ROOT, env } = {}) {
  return new Promise((resolvePromise) => {
    const full = TIME_BIN ? [TIME_BIN, ['-f', '@@RSS %M', cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(full[0], full[1], { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let stderr = Buffer.concat(err).toString('latin1');
      let rssKB = null;
      const m = /@@RSS (\d+)\s*$/.exec(stderr);
      if (m) { rssKB = Number(m[1]); stderr = stderr.slice(0, m.index); }
      // /usr/bin/time reports a non-zero exit status on its own line
      stderr = stderr.replace(/^Command exited with non-zero status \d+\n/m, '');
      resolvePromise({ ms, rssKB, code, signal, stdout: Buffer.concat(out).toString('latin1'), stderr, timedOut });
    });
  });
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function geomean(xs) {
  const v = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (v.length === 0) return NaN;
  return Math.exp(v.reduce((a, x) => a + Math.log(x), 0) / v.length);
}

export function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m) cpu = m[1].trim();
  } catch { /* not Linux */ }
  let memTotalKB = null;
  try {
    const m = /^MemTotal:\s*(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'));
    if (m) memTotalKB = Number(m[1]);
  } catch { /* not Linux */ }
  const nproc = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || cpus().length;
  let load = null;
  try { load = readFileSync('/proc/loadavg', 'utf8').trim(); } catch { /* not Linux */ }
  return { nproc, cpu, memTotalKB, kernel: release(), node: process.version, loadavg: load };
}

export function versionOf(cmd, args = ['-v']) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return (r.stdout || r.stderr || '').split('\n')[0].trim();
}

export function readYaml(file) {
  if (!existsSync(file)) return null;
  return YAML.parse(readFileSync(file, 'utf8'));
}

export { YAML };
