// Robustness (issue: fuzzing, item 6): random bytes as Lua source only ever produce a
// syntax error — and the same text luac5.1 gives; random binary chunks only ever produce
// the loader's own errors. Never a JS exception, never a hang.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { skipShebang } from '../src/compiler/index.js';
import { createState, loadChunk, LuaError } from '../src/vm/index.js';
import { undump, UndumpError } from '../src/chunk/undump.js';
import { luaTokenSoup } from './gen/lua-program.js';
import { fuzzParams, propertyTimeout } from './support/options.js';
import { requireReference } from './support/runners.js';

const bytes = fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'));

/** luac5.1 -p on stdin: exit status and the message after "luac5.1: ". */
function luacCheck(source: string): string | null {
  const r = spawnSync('luac5.1', ['-p', '-'], { input: Buffer.from(source, 'latin1'), encoding: 'latin1' });
  if (r.status === 0) return null;
  return r.stderr.replace(/^luac5\.1: /, '').replace(/\n$/, '');
}

const L = createState();

/**
 * luac reads `-` through luaL_loadfile: a first line starting with '#' is skipped, and a
 * chunk starting with ESC is a binary chunk. loadChunk is the engine's one loader.
 */
function ourCheck(source: string): string | null {
  try {
    loadChunk(L, skipShebang(source), '=stdin');
    return null;
  } catch (e) {
    if (e instanceof LuaError && typeof e.value === 'string') return e.value;
    throw e; // anything else is a bug and fails the property
  }
}

describe('robustness', () => {
  it('random bytes and token soup compile or fail with luac5.1\'s exact syntax error', () => {
    requireReference('luac5.1');
    fc.assert(
      fc.property(fc.oneof(bytes, luaTokenSoup), (src) => {
        expect(ourCheck(src)).toBe(luacCheck(src));
      }),
      fuzzParams(300),
    );
  }, propertyTimeout(60_000));

  it('random and mutated binary chunks only raise the loader\'s errors', () => {
    const valid = spawnSync('luac5.1', ['-o', '-', '-'], { input: 'local t = {1, "x", 2.5} for i = 1, #t do print(t[i]) end return function(a) return a end' });
    const chunk = new Uint8Array(valid.stdout);
    const mutated = fc
      .tuple(fc.nat({ max: chunk.length }), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([at, b, cut]) => {
        const c = new Uint8Array(chunk);
        c.set(b.subarray(0, Math.max(0, c.length - at)), Math.min(at, c.length));
        return cut ? c.subarray(0, at) : c;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 100 }), mutated), (b) => {
        try {
          undump(b, '=chunk');
        } catch (e) {
          expect(e).toBeInstanceOf(UndumpError);
        }
      }),
      fuzzParams(500),
    );
  }, propertyTimeout(60_000));
});
