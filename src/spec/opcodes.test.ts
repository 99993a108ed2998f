import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
// @ts-expect-error -- plain ESM script without type declarations
import { renderOpcodesModule } from '../../scripts/gen-opcodes.mjs';
import { OP_NAMES, createABC, createAsBx, getA, getB, getC, getSBx, getOp, Op } from './opcodes.js';

const yamlText = readFileSync(new URL('../../spec/opcodes.yaml', import.meta.url), 'utf8');

describe('spec/opcodes.yaml and the generated module', () => {
  it('src/spec/opcodes.ts is exactly what the generator makes from the YAML (run `npm run gen`)', () => {
    const onDisk = readFileSync(new URL('./opcodes.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe((renderOpcodesModule as (t: string) => string)(yamlText));
  });

  it('lists the 38 opcodes of Lua 5.1 in their numeric order', () => {
    const spec = parse(yamlText) as { opcodes: { name: string }[] };
    expect(spec.opcodes).toHaveLength(38);
    expect(OP_NAMES[0]).toBe('MOVE');
    expect(OP_NAMES[Op.TFORLOOP]).toBe('TFORLOOP');
    expect(OP_NAMES[37]).toBe('VARARG');
  });

  it('encodes fields at Lua 5.1 positions (OP 0-5, A 6-13, C 14-22, B 23-31)', () => {
    const i = createABC(Op.SETTABLE, 200, 511, 300);
    expect(getOp(i)).toBe(Op.SETTABLE);
    expect(getA(i)).toBe(200);
    expect(getB(i)).toBe(511);
    expect(getC(i)).toBe(300);
    expect(i >>> 23).toBe(511);
    const j = createAsBx(Op.JMP, 0, -5);
    expect(getSBx(j)).toBe(-5);
  });
});
