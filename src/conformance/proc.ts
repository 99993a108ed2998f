// Runs a reference or target process with a time limit, capturing bytes exactly.
import { spawn } from 'node:child_process';

export interface ProcResult {
  stdout: string; // latin1: one code unit per byte
  stderr: string;
  exit: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Set when the program could not be started (ENOENT, EACCES ...). */
  spawnError?: string;
}

export function runProcess(
  cmd: string,
  args: string[],
  opts: { cwd?: string; input?: string; timeoutMs: number },
): Promise<ProcResult> {
  return new Promise((resolvePromise) => {
    let child;
    try {
      child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      resolvePromise({ stdout: '', stderr: '', exit: null, signal: null, timedOut: false, spawnError: String(e) });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let spawnError: string | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined); // a target that exits early closes its stdin
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const r: ProcResult = {
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('latin1'),
        exit: code,
        signal,
        timedOut,
      };
      if (spawnError !== undefined) r.spawnError = spawnError;
      resolvePromise(r);
    });
    child.stdin.end(opts.input !== undefined ? Buffer.from(opts.input, 'latin1') : undefined);
  });
}
