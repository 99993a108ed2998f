// `luac:<command>`: a compiler whose `-l -l -p` listing is compared with luac5.1's.
import { basename, dirname } from 'node:path';
import type { Case } from '../case.js';
import type { Expectation, LuaExpectation } from '../expectation.js';
import { runProcess } from '../proc.js';
import { normaliseListing } from '../lua-output.js';
import type { RunOutcome, Target } from './target.js';
import { CliTarget } from './cli-target.js';

export function listingSkipReason(c: Case, e: Expectation): string | null {
  if (c.kind !== 'lua' || c.flags.includes('redis')) return 'not a stand-alone Lua case';
  if (c.flags.includes('no-listing')) return 'case flagged no-listing';
  if (!('listing' in e) || (e as LuaExpectation).listing === null) return 'does not compile on the reference (no listing)';
  return null;
}

export class LuacCliTarget extends CliTarget implements Target {
  skipReason(c: Case, e: Expectation): string | null {
    return listingSkipReason(c, e);
  }

  async run(c: Case, _e: Expectation, timeoutMs: number): Promise<RunOutcome> {
    const r = await runProcess(this.command, ['-l', '-l', '-p', basename(c.file)], { cwd: dirname(c.file), timeoutMs });
    if (r.timedOut) return { kind: 'timeout' };
    if (r.spawnError !== undefined || r.exit === null) return { kind: 'error', reason: r.spawnError ?? 'killed' };
    if (r.exit !== 0) return { kind: 'ran', actual: { listing: null } };
    return { kind: 'ran', actual: { listing: normaliseListing(r.stdout) } };
  }
}
