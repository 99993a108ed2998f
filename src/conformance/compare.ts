// Compares what a target produced with the recorded expectation: every field the target
// produced must equal the expectation's field of the same name, byte for byte.
import type { Actual } from './targets/target.js';
import { typedEqual } from './typed-reply.js';

export interface FieldDiff {
  field: string;
  expected: unknown;
  actual: unknown;
}

export function compareFields(expected: Record<string, unknown>, actual: Actual): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const [field, a] of Object.entries(actual)) {
    const e = expected[field] ?? null;
    if (!typedEqual(e, a ?? null)) diffs.push({ field, expected: e, actual: a ?? null });
  }
  return diffs;
}

/** A unified-style line diff of two texts, for reports. */
export function lineDiff(expected: string, actual: string, context = 3): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // LCS table is fine for the sizes of case outputs; cap to keep reports small.
  if (a.length * b.length > 4_000_000) return `--- expected (${a.length} lines)\n+++ actual (${b.length} lines)\n(too large to diff)`;
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const next = lcs[i + 1]!;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
  }
  const ops: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push(`- ${a[i]}`);
      i++;
    } else {
      ops.push(`+ ${b[j]}`);
      j++;
    }
  }
  // Keep only changed lines and their context.
  const keep = new Array<boolean>(ops.length).fill(false);
  ops.forEach((op, k) => {
    if (!op.startsWith('  ')) for (let d = -context; d <= context; d++) if (ops[k + d] !== undefined) keep[k + d] = true;
  });
  const out: string[] = ['--- expected', '+++ actual'];
  let skipped = false;
  ops.forEach((op, k) => {
    if (keep[k]) {
      out.push(op);
      skipped = false;
    } else if (!skipped) {
      out.push('  ...');
      skipped = true;
    }
  });
  return out.join('\n');
}

export function renderValue(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 1);
}

export function renderDiffs(diffs: FieldDiff[]): string {
  return diffs
    .map((d) => {
      const e = renderValue(d.expected);
      const a = renderValue(d.actual);
      const multi = e.includes('\n') || a.includes('\n');
      return multi
        ? `[${d.field}]\n${lineDiff(e, a)}`
        : `[${d.field}]\n- expected: ${JSON.stringify(d.expected)}\n+ actual:   ${JSON.stringify(d.actual)}`;
    })
    .join('\n');
}
