// Test support: the reference compiler luac5.1 (Debian package lua5.1), run on files.
// Tests that need it fail with a clear message when it is missing (CI installs it).

import { spawnSync } from 'node:child_process';

export const LUAC = process.env['REDLUA_LUAC'] ?? 'luac5.1';

let missing: string | null | undefined;

/** null when luac5.1 runs, else the reason it cannot (checked once). */
export function luacMissing(): string | null {
  if (missing === undefined) {
    const r = spawnSync(LUAC, ['-v'], { encoding: 'latin1' });
    missing = r.error
      ? `reference compiler '${LUAC}' not found (${r.error.message}); `
        + 'install it with `apt-get install -y lua5.1` or set REDLUA_LUAC'
      : null;
  }
  return missing;
}

/** Replace pointers (%p) by 0x0, as our listing prints them. */
export function normalisePointers(listing: string): string {
  return listing.replace(/0x[0-9a-f]+/g, '0x0');
}

export interface LuacResult {
  ok: boolean;
  /** stdout (listing) when ok */
  stdout: string;
  /** stderr without the "luac5.1: " prefix and final newline */
  error: string;
}

/** Run luac5.1 with args in cwd; byte-exact (latin1) output. */
export function runLuac(args: string[], cwd?: string): LuacResult {
  const r = spawnSync(LUAC, args, { encoding: 'latin1', cwd, maxBuffer: 1 << 28 });
  if (r.error) throw new Error(luacMissing() ?? r.error.message);
  const prefix = /^[^:]*luac[^:]*: /;
  return {
    ok: r.status === 0,
    stdout: r.stdout,
    error: r.stderr.replace(prefix, '').replace(/\n$/, ''),
  };
}
