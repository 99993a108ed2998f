// `lua:<command>`: any stand-alone Lua 5.1 interpreter, run as `<command> <case>.lua` in
// the case's folder. Compared fields: stdout, exit, error.
import { basename, dirname } from 'node:path';
import type { Case } from '../case.js';
import type { Expectation } from '../expectation.js';
import { runProcess } from '../proc.js';
import { splitLuaStderr } from '../lua-output.js';
import type { RunOutcome, Target } from './target.js';
import { CliTarget } from './cli-target.js';

export function runLuaFile(cmd: string, file: string, timeoutMs: number): ReturnType<typeof runProcess> {
  return runProcess(cmd, [basename(file)], { cwd: dirname(file), timeoutMs });
}

export class LuaCliTarget extends CliTarget implements Target {
  skipReason(c: Case): string | null {
    if (c.kind !== 'lua') return 'Redis case: needs a resp:// or builtin target';
    if (c.flags.includes('redis')) return 'Redis-only library: runs through EVAL on resp:// or builtin';
    if (c.flags.includes('no-run')) return 'listing-only case';
    return null;
  }

  async run(c: Case, _e: Expectation, timeoutMs: number): Promise<RunOutcome> {
    const r = await runLuaFile(this.command, c.file, timeoutMs);
    if (r.timedOut) return { kind: 'timeout' };
    if (r.spawnError !== undefined || r.exit === null) {
      return { kind: 'error', reason: r.spawnError ?? `killed by ${r.signal ?? 'signal'}` };
    }
    const { error } = splitLuaStderr(r.stderr, this.command);
    return { kind: 'ran', actual: { stdout: r.stdout, exit: r.exit, error } };
  }
}
