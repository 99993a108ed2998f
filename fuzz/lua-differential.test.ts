// Differential fuzzing of the language (issue: fuzzing, item 4): random terminating programs
// must print the same output, fail with the same error text and exit status on redlua as on
// lua5.1, and compile to the listing luac5.1 prints.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { luaProgram } from './gen/lua-program.js';
import { builtinListing, referenceListing, requireReference, runBuiltin, runReference } from './support/runners.js';
import { fuzzParams, LONG_MODE, propertyTimeout } from './support/options.js';
import { saveRegression } from './support/regressions.js';
import { setLoopJit } from '../src/vm/jit/loops.js';

let executed = 0;
let compiled = 0;

describe('differential fuzzing against lua5.1', () => {
  it('random programs behave identically (stdout, error text, exit status)', async () => {
    requireReference('lua5.1');
    const result = await fc.check(
      fc.asyncProperty(luaProgram, async (program) => {
        executed++;
        const ref = runReference(program);
        const ours = await runBuiltin(program);
        expect(ours).toEqual(ref);
      }),
      fuzzParams(LONG_MODE ? 0 : 120),
    );
    if (result.failed && result.counterexample) {
      const program = result.counterexample[0];
      if (LONG_MODE) saveRegression('run', program, String(result.errorInstance).split('\n')[0] ?? '');
      throw new Error(`mismatch (seed ${result.seed}, path "${result.counterexample ? result.counterexamplePath : ''}"):\n${program}\n${String(result.errorInstance)}`);
    }
    expect(result.numRuns).toBeGreaterThan(0);
    if (LONG_MODE) console.log(`differential programs executed: ${executed}`);
  }, propertyTimeout(120_000));

  it('random programs behave identically with every loop compiled at its first iteration (REDLUA_JIT=eager)', async () => {
    requireReference('lua5.1');
    setLoopJit('eager');
    try {
      const result = await fc.check(
        fc.asyncProperty(luaProgram, async (program) => {
          expect(await runBuiltin(program)).toEqual(runReference(program));
        }),
        fuzzParams(LONG_MODE ? 0 : 120),
      );
      if (result.failed && result.counterexample) {
        const program = result.counterexample[0];
        if (LONG_MODE) saveRegression('run', program, String(result.errorInstance).split('\n')[0] ?? '');
        throw new Error(`mismatch with compiled loops (seed ${result.seed}):\n${program}\n${String(result.errorInstance)}`);
      }
    } finally {
      setLoopJit('on');
    }
  }, propertyTimeout(120_000));

  it('random programs compile to the listing luac5.1 prints', () => {
    requireReference('luac5.1');
    const result = fc.check(
      fc.property(luaProgram, (program) => {
        compiled++;
        expect(builtinListing(program)).toEqual(referenceListing(program));
      }),
      fuzzParams(LONG_MODE ? 0 : 120),
    );
    if (result.failed && result.counterexample) {
      const program = result.counterexample[0];
      if (LONG_MODE) saveRegression('listing', program, 'listing differs');
      throw new Error(`listing mismatch (seed ${result.seed}, path "${result.counterexamplePath}"):\n${program}\n${String(result.errorInstance)}`);
    }
    if (LONG_MODE) console.log(`programs compiled and listed: ${compiled}`);
  }, propertyTimeout(120_000));
});
