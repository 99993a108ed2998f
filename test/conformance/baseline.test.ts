// The ratchet (issue: "CI runs the check for builtin once the engine exists"): every case
// that passes in the committed reports/baseline/builtin.json must still pass.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redlua } from './cli-helpers.js';

describe('conformance check --target builtin', () => {
  it('has no regressions against the committed baseline', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'redlua-check-'));
    const r = redlua(['conformance', 'check', '--target', 'builtin'], { cwd });
    expect(r.stdout).toMatch(/no regressions against the baseline \(\d+ cases passing there\)/);
    expect(r.status).toBe(0);
  });
});
