// What the runner needs from a target: whether a case applies, and the compared fields
// of running it. Comparison itself is the runner's (compare.ts), the same for all targets.
import type { Case } from '../case.js';
import type { Expectation } from '../expectation.js';

/** The fields of an expectation that a target produced, e.g. {stdout, exit, error}. */
export type Actual = Record<string, unknown>;

export type RunOutcome =
  | { kind: 'ran'; actual: Actual }
  | { kind: 'error'; reason: string; actual?: Actual }
  | { kind: 'timeout' };

export class TargetUnavailable extends Error {}

export interface Target {
  /** As the user wrote it: builtin, lua:lua5.1, resp://127.0.0.1:6379 ... */
  readonly name: string;
  /** Folder name under reports/. */
  readonly slug: string;
  /** How many cases may run at once. */
  readonly concurrency: number;
  /** Checks the target can run (binary present, server reachable); throws TargetUnavailable. */
  prepare(): Promise<void>;
  /** A version string for the report (interpreter banner, redis_version ...). */
  version(): string;
  /** null when the case applies to this target; otherwise why it is skipped. */
  skipReason(c: Case, e: Expectation): string | null;
  run(c: Case, e: Expectation, timeoutMs: number): Promise<RunOutcome>;
  close(): Promise<void>;
}

export function slugOf(name: string): string {
  return name
    .replace(/^resp:\/\//, 'resp-')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
