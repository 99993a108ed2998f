import { describe, expect, it } from 'vitest';
import { splitLuaStderr, normaliseListing, compareListingFunctions } from '../../src/conformance/lua-output.js';
import { compareFields, lineDiff } from '../../src/conformance/compare.js';
import { regressions, type Baseline } from '../../src/conformance/baseline.js';
import { fcallSteps } from '../../src/conformance/redis-session.js';
import { stringifyExact } from '../../src/conformance/expectation.js';
import { parse } from 'yaml';
import type { RunResults } from '../../src/conformance/results.js';

describe('harness units', () => {
  it('splits lua.c stderr into the message (multi-line) and the traceback', () => {
    const s = 'lua5.1: x.lua:1: a\nb\nstack traceback:\n\t[C]: in function \'error\'\n';
    expect(splitLuaStderr(s, 'lua5.1')).toEqual({ error: 'x.lua:1: a\nb', traceback: "stack traceback:\n\t[C]: in function 'error'" });
    expect(splitLuaStderr('lua5.1: x.lua:1: unexpected symbol near \'@\'\n', 'lua5.1').traceback).toBeNull();
  });

  it('normalises addresses in listing headers and CLOSURE comments only', () => {
    const l = 'main <a.lua:0,0> (3 instructions, 12 bytes at 0x55d0a1)\n\t1\t[1]\tCLOSURE  \t0 0\t; 0x55d0b2\n\t2\t[1]\tLOADK    \t1 -1\t; "0x1234"\nconstants (1) for 0x55d0a1:\n\t1\t"0x1234"\nlocals (0) for 0x55d0a1:\n';
    expect(normaliseListing(l)).toBe('main <a.lua:0,0> (3 instructions, 12 bytes at 0x0)\n\t1\t[1]\tCLOSURE  \t0 0\t; 0x0\n\t2\t[1]\tLOADK    \t1 -1\t; "0x1234"\nconstants (1) for 0x0:\n\t1\t"0x1234"\nlocals (0) for 0x0:\n');
  });

  it('counts identical functions of a listing, in order', () => {
    const e = '\nmain <a.lua:0,0> (1 instructions)\n\t1\t[1]\tRETURN\n\nfunction <a.lua:1,2> (2 instructions)\n\t1\t[2]\tRETURN\n';
    expect(compareListingFunctions(e, e)).toEqual({ identical: 2, total: 2 });
    expect(compareListingFunctions(e, e.replace('[2]', '[3]'))).toEqual({ identical: 1, total: 2 });
    expect(compareListingFunctions(e, null)).toEqual({ identical: 0, total: 2 });
  });

  it('compares only the fields the target produced, byte for byte', () => {
    expect(compareFields({ stdout: 'a\n', exit: 0, listing: 'x' }, { stdout: 'a\n', exit: 0 })).toEqual([]);
    expect(compareFields({ stdout: 'a\n', exit: 0 }, { stdout: 'a', exit: 0 })).toHaveLength(1);
    expect(compareFields({ eval: [{ integer: 3 }] }, { eval: [{ integer: 3 }] })).toEqual([]);
    expect(compareFields({ eval: [{ integer: 3 }] }, { eval: [{ bulk: '3' }] })).toHaveLength(1);
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toContain('- b\n+ B');
  });

  it('round-trips every byte value and trailing whitespace through expectation YAML', () => {
    const all = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
    for (const data of [{ stdout: all }, { stdout: 'x  \n\n' }, { stdout: '  lead\n' }]) {
      expect(parse(stringifyExact(data))).toEqual(data);
    }
  });

  it('turns EVAL steps into FUNCTION LOAD + FCALL with the script on line 2', () => {
    const steps = fcallSteps([['SET', 'k', '1'], ['EVAL', 'return 1', '0'], ['EVAL', 'return 1', '1', 'k'], ['EVAL_RO', 'return 2', '0']]);
    expect(steps).toEqual([
      ['SET', 'k', '1'],
      ['FUNCTION', 'LOAD', "#!lua name=rl1\nredis.register_function('f1', function(KEYS, ARGV) return 1\nend)"],
      ['FCALL', 'f1', '0'],
      ['FCALL', 'f1', '1', 'k'],
      ['FUNCTION', 'LOAD', "#!lua name=rl2\nredis.register_function('f2', function(KEYS, ARGV) return 2\nend)"],
      ['FCALL_RO', 'f2', '0'],
    ]);
  });

  it('reports as regressions exactly the baseline cases that no longer pass', () => {
    const b: Baseline = { schema: 1, target: 't', commit: 'c', passing: ['a', 'b', 'gone'] };
    const r = { cases: [{ id: 'a', status: 'pass' }, { id: 'b', status: 'fail' }, { id: 'n', status: 'fail' }] } as unknown as RunResults;
    expect(regressions(b, r).map((x) => x.id)).toEqual(['b']);
  });
});
