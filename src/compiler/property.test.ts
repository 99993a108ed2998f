// Differential properties against luac5.1 (fixed seeds, a few hundred runs each):
//  - random well-formed programs (expressions of every operator, statements, nested
//    functions, loops with break, tables, varargs, method calls) give identical listings;
//  - random token sequences give the same listing or the same error message;
//  - random bytes never make compile throw anything but LuaSyntaxError.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatListing } from '../chunk/listing.js';
import { compile, INTERNAL_ERROR, LuaSyntaxError, skipShebang } from './index.js';
import { luacMissing, normalisePointers, runLuac } from './testing/luac-reference.js';

/** REDLUA_PROP_RUNS / REDLUA_PROP_SEED widen a local bug hunt; CI uses the fixed defaults. */
const RUNS = Number(process.env['REDLUA_PROP_RUNS'] ?? 300);
const SEED = process.env['REDLUA_PROP_SEED'];
function params(seed: number): { numRuns: number; seed: number } {
  return { numRuns: RUNS, seed: SEED === undefined ? seed : Number(SEED) };
}
let compiled = 0;
/** Per-test time limit, scaled with the number of runs (each spawns luac5.1). */
const TIMEOUT = 30_000 + RUNS * 30;

const dir = mkdtempSync(join(tmpdir(), 'redlua-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our result for src saved as p.lua (luaL_loadfile skips a first line starting with '#'). */
function ours(src: string): string {
  try {
    return normalisePointers(formatListing(compile(skipShebang(src), '@p.lua'), true));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return `ERROR ${e.message}`;
    throw e;
  }
}

function reference(src: string): string {
  writeFileSync(join(dir, 'p.lua'), Buffer.from(src, 'latin1'));
  const r = runLuac(['-l', '-l', '-p', 'p.lua'], dir);
  return r.ok ? normalisePointers(r.stdout) : `ERROR ${r.error}`;
}

const NAMES = ['a', 'b', 'c', 'x', 'g', 'h', 't', 'self', 'arg'];
const BINOPS = ['+', '-', '*', '/', '%', '^', '..', '==', '~=', '<', '<=', '>', '>=', 'and', 'or'];
const UNOPS = ['-', 'not ', '#'];
const NUMBERS = ['0', '1', '2', '0.5', '1e308', '1e-5', '0x10', '3', '255', '256', '1e15', '123456789012345', '.5', '2.'];
const STRINGS = ['"s"', "'k'", '"a\\nb"', '[[long]]', '"\\0\\1"', '"x"', '""'];

const name = fc.constantFrom(...NAMES);
/** Numerals around the folding rules: zeros, infinities (1e309), NaN-makers, huge, tiny. */
const FOLD_NUMBERS = ['0', '1', '2', '3', '0.5', '1e308', '1e309', '1e-320', '4.9e-324', '0x7fffffff',
  '0.1', '10', '1e15', '1e16', '123456789012345', '2.5', '7', '1e-300'];

const { expr } = fc.letrec<{ expr: string; prefix: string; args: string; table: string; func: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...STRINGS),
    fc.constantFrom('nil', 'true', 'false', '...'),
    fc.constantFrom('function(a) return a end', 'function() local x; x = 1 end'),
    tie('prefix'),
    fc.tuple(tie('expr'), fc.constantFrom(...BINOPS), tie('expr')).map(([l, o, r]) => `${l} ${o} ${r}`),
    fc.tuple(fc.constantFrom(...UNOPS), tie('expr')).map(([o, e]) => `${o}${e}`),
    tie('table'),
    tie('func'),
  ),
  prefix: fc.oneof(
    { depthSize: 'small' },
    name,
    tie('expr').map((e) => `(${e})`),
    fc.tuple(tie('prefix'), name).map(([p, n]) => `${p}.${n}`),
    fc.tuple(tie('prefix'), tie('expr')).map(([p, e]) => `${p}[${e}]`),
    fc.tuple(tie('prefix'), tie('args')).map(([p, a]) => `${p}${a}`),
    fc.tuple(tie('prefix'), name, tie('args')).map(([p, n, a]) => `${p}:${n}${a}`),
  ),
  args: fc.oneof(
    fc.array(tie('expr'), { maxLength: 4 }).map((es) => `(${es.join(', ')})`),
    fc.constantFrom('"str"', '{}'),
    tie('table'),
  ),
  table: fc.array(
    fc.oneof(
      tie('expr'),
      fc.tuple(name, tie('expr')).map(([n, e]) => `${n} = ${e}`),
      fc.tuple(tie('expr'), tie('expr')).map(([k, v]) => `[${k}] = ${v}`),
    ),
    { maxLength: 5 },
  ).map((items) => `{${items.join(', ')}}`),
  func: fc.tuple(
    fc.constantFrom('...', 'a, ...', 'a, b, ...'),
    fc.array(tie('expr'), { maxLength: 3 }),
  ).map(([params, rets]) => `function(${params}) local c = a return ${rets.join(', ')} end`),
}));

/** A block: statements and an optional last statement (break only inside loops). */
function blockOf(stats: fc.Arbitrary<string[]>, lasts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(stats, fc.option(lasts, { nil: undefined }))
    .map(([ss, last]) => [...ss, ...(last === undefined ? [] : [last])].join('\n'));
}

const returnStat = fc.array(expr, { maxLength: 3 }).map((es) => `return ${es.join(', ')}`);

const { block } = fc.letrec<{ block: string; loop: string; stat: string }>((tie) => ({
  block: blockOf(fc.array(tie('stat'), { maxLength: 5 }), returnStat),
  loop: blockOf(fc.array(tie('stat'), { maxLength: 5 }), fc.oneof(returnStat, fc.constant('break'))),
  stat: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(fc.array(name, { minLength: 1, maxLength: 3 }), fc.array(expr, { maxLength: 3 }))
      .map(([ns, es]) => `local ${ns.join(', ')}${es.length ? ' = ' + es.join(', ') : ''}`),
    fc.tuple(fc.array(fc.oneof(name, expr.map((e) => `t[${e}]`), name.map((n) => `t.${n}`)), { minLength: 1, maxLength: 3 }),
      fc.array(expr, { minLength: 1, maxLength: 3 }))
      .map(([vs, es]) => `${vs.join(', ')} = ${es.join(', ')}`),
    fc.tuple(name, fc.array(expr, { maxLength: 3 })).map(([n, es]) => `${n}(${es.join(', ')})`),
    fc.tuple(expr, tie('block'), fc.array(fc.tuple(expr, tie('block')), { maxLength: 2 }), fc.option(tie('block')))
      .map(([c, b, eifs, els]) => `if ${c} then\n${b}\n${eifs.map(([e, bb]) => `elseif ${e} then\n${bb}\n`).join('')}${els === null ? '' : `else\n${els}\n`}end`),
    fc.tuple(expr, tie('loop')).map(([c, b]) => `while ${c} do\n${b}\nend`),
    fc.tuple(tie('loop'), expr).map(([b, c]) => `repeat\n${b}\nuntil ${c}`),
    fc.tuple(name, expr, expr, fc.option(expr), tie('loop'))
      .map(([n, a, b, s, body]) => `for ${n} = ${a}, ${b}${s === null ? '' : ', ' + s} do\n${body}\nend`),
    fc.tuple(fc.array(name, { minLength: 1, maxLength: 3 }), fc.array(expr, { minLength: 1, maxLength: 3 }), tie('loop'))
      .map(([ns, es, body]) => `for ${ns.join(', ')} in ${es.join(', ')} do\n${body}\nend`),
    tie('block').map((b) => `do\n${b}\nend`),
    fc.tuple(name, fc.constantFrom('a, ...', 'a, b, ...', '...'), tie('block'))
      .map(([n, ps, b]) => `local function ${n}(${ps})\n${b}\nend`),
    fc.tuple(name, name, tie('block')).map(([n, m, b]) => `function ${n}.${m}:${m}(p, ...)\n${b}\nend`),
  ),
}));

const TOKENS = [
  'local', 'function', 'end', 'if', 'then', 'else', 'elseif', 'while', 'do', 'for', 'in', 'repeat', 'until',
  'return', 'break', 'and', 'or', 'not', 'nil', 'true', 'false', '...', '..', '=', '==', '~=', '<', '<=', '>',
  '>=', '+', '-', '*', '/', '%', '^', '#', '(', ')', '{', '}', '[', ']', ';', ':', ',', '.', 'a', 'b', 'x',
  '1', '2.5', '"s"', '[[l]]', '\n', 'f', 't',
];

/** Characters and fragments that stress llex.c: brackets, quotes, escapes, numerals, comments. */
const CHARS = [
  '[', ']', '=', '"', "'", '\\', '\n', '\r', ' ', '-', '--', '.', '0', '1', '9', 'x', 'X', 'e', 'E', 'p',
  'a', 'f', '_', '+', '\t', '\v', '\0', '\x1b', '\xff', '\\n', '\\1', '\\255', '\\256', '[[', ']]',
  '[=[', ']=]', '--[[', '~', '<', '>', '#', ';', ',', '(', ')', '{', '}', 'end', 'local', '\\\n',
];

describe('compiler properties', () => {
  it('random programs compile as luac5.1 compiles them', () => {
    const missing = luacMissing();
    if (missing !== null) throw new Error(missing);
    fc.assert(
      fc.property(block, (src) => {
        const got = ours(src);
        if (!got.startsWith('ERROR')) compiled++;
        expect(got).toBe(reference(src));
      }),
      params(20261121),
    );
    // most generated programs must be valid, or the property would test only errors
    expect(compiled).toBeGreaterThan(RUNS / 3);
  }, TIMEOUT);

  it('constant folding of random numeric expressions matches luac5.1', () => {
    const missing = luacMissing();
    if (missing !== null) throw new Error(missing);
    const num = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...FOLD_NUMBERS),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }).map((d) => String(d)),
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '^'), tie('e')).map(([l, o, r]) => `(${l} ${o} ${r})`),
        tie('e').map((e) => `-${e}`),
      ),
    })).e;
    fc.assert(
      fc.property(fc.array(num, { minLength: 1, maxLength: 6 }), (es) => {
        const src = `local a = ${es.join(', ')}\nreturn ${es.join(' + ')}`;
        expect(ours(src)).toBe(reference(src));
      }),
      params(1234),
    );
  }, TIMEOUT);

  it('random token sequences give luac5.1 listings or messages', () => {
    const missing = luacMissing();
    if (missing !== null) throw new Error(missing);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (toks) => {
        const src = toks.join(' ');
        expect(ours(src)).toBe(reference(src));
      }),
      params(51),
    );
  }, TIMEOUT);

  it('random character soup lexes as luac5.1 lexes it', () => {
    const missing = luacMissing();
    if (missing !== null) throw new Error(missing);
    const piece = fc.constantFrom(...CHARS);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        const src = 'x = ' + ps.join('');
        expect(ours(src)).toBe(reference(src));
      }),
      params(77),
    );
  }, TIMEOUT);

  it('random bytes only ever raise LuaSyntaxError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const src = Buffer.from(bytes).toString('latin1');
        try {
          compile(src, src);
        } catch (e) {
          expect(e).toBeInstanceOf(LuaSyntaxError);
          expect((e as Error).message).not.toContain(INTERNAL_ERROR);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
