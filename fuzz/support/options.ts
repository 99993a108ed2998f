// Fast mode (inside npm test): fixed seed, bounded runs. Long mode (npm run fuzz -- --minutes N):
// FUZZ_MINUTES sets a time budget per property and lifts the run count; FUZZ_SEED/FUZZ_PATH
// replay a reported failure.
import type { Parameters } from 'fast-check';

const minutes = Number(process.env['FUZZ_MINUTES'] ?? 0);
export const LONG_MODE = minutes > 0;

export function fuzzParams<T>(fastRuns: number): Parameters<T> {
  const p: Parameters<T> = { seed: 20261121, numRuns: fastRuns, endOnFailure: false };
  if (LONG_MODE) {
    p.numRuns = 1_000_000_000;
    p.interruptAfterTimeLimit = minutes * 60_000;
    p.markInterruptAsFailure = false;
    p.seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
  } else if (process.env['FUZZ_SEED']) {
    p.seed = Number(process.env['FUZZ_SEED']);
  }
  if (process.env['FUZZ_PATH']) p.path = process.env['FUZZ_PATH'];
  return p;
}

/** Vitest timeout for a property: its time budget plus slack. */
export function propertyTimeout(fastMs: number): number {
  return LONG_MODE ? minutes * 60_000 + 120_000 : fastMs;
}
