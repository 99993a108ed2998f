// Derives src/spec/opcodes.ts from spec/opcodes.yaml (the single definition of the
// Lua 5.1 instruction set). Run `npm run gen` after editing the YAML; the test
// src/spec/opcodes.test.ts fails when the checked-in module drifts from the YAML.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function renderOpcodesModule(yamlText) {
  const spec = parse(yamlText);
  const L = spec.layout;
  const ops = spec.opcodes;
  const modeNum = { N: 0, U: 1, R: 2, K: 3 };
  const fmtNum = { iABC: 0, iABx: 1, iAsBx: 2 };
  const lines = [];
  lines.push('// GENERATED from spec/opcodes.yaml by scripts/gen-opcodes.mjs — do not edit by hand.');
  lines.push('// Lua 5.1.5 instruction set: opcode numbers, formats, operand modes and field layout.');
  lines.push('');
  lines.push('export const enum Op {');
  ops.forEach((o, i) => lines.push(`  ${o.name} = ${i},`));
  lines.push('}');
  lines.push('');
  lines.push(`export const NUM_OPCODES = ${ops.length};`);
  lines.push('');
  lines.push('/** Opcode names indexed by opcode number, as luac5.1 -l prints them. */');
  lines.push(`export const OP_NAMES: readonly string[] = [${ops.map((o) => `'${o.name}'`).join(', ')}];`);
  lines.push('');
  lines.push('export const enum OpFormat { iABC = 0, iABx = 1, iAsBx = 2 }');
  lines.push('/** Operand modes of lopcodes.h: N not used, U used, R register/jump, K constant or RK. */');
  lines.push('export const enum OpArgMode { N = 0, U = 1, R = 2, K = 3 }');
  lines.push('');
  lines.push(`export const OP_FORMAT: readonly OpFormat[] = [${ops.map((o) => fmtNum[o.format]).join(', ')}];`);
  lines.push(`export const OP_BMODE: readonly OpArgMode[] = [${ops.map((o) => modeNum[o.b]).join(', ')}];`);
  lines.push(`export const OP_CMODE: readonly OpArgMode[] = [${ops.map((o) => modeNum[o.c]).join(', ')}];`);
  lines.push(`export const OP_SETS_A: readonly boolean[] = [${ops.map((o) => String(o.sets_a)).join(', ')}];`);
  lines.push(`export const OP_IS_TEST: readonly boolean[] = [${ops.map((o) => String(o.test)).join(', ')}];`);
  lines.push(`export const OP_MEANING: readonly string[] = [`);
  for (const o of ops) lines.push(`  ${JSON.stringify(o.meaning)},`);
  lines.push('];');
  lines.push('');
  lines.push('// Field layout');
  const consts = {
    SIZE_OP: L.size_op, SIZE_A: L.size_a, SIZE_B: L.size_b, SIZE_C: L.size_c, SIZE_BX: L.size_bx,
    POS_OP: L.pos_op, POS_A: L.pos_a, POS_C: L.pos_c, POS_B: L.pos_b, POS_BX: L.pos_bx,
    MAXARG_A: (1 << L.size_a) - 1, MAXARG_B: (1 << L.size_b) - 1, MAXARG_C: (1 << L.size_c) - 1,
    MAXARG_BX: (1 << L.size_bx) - 1, MAXARG_SBX: L.maxarg_sbx, BITRK: L.bitrk, MAXINDEXRK: L.bitrk - 1,
    LFIELDS_PER_FLUSH: L.lfields_per_flush,
  };
  for (const [k, v] of Object.entries(consts)) lines.push(`export const ${k} = ${v};`);
  lines.push('');
  lines.push('export function getOp(i: number): Op { return (i & 0x3f) as Op; }');
  lines.push('export function getA(i: number): number { return (i >>> 6) & 0xff; }');
  lines.push('export function getB(i: number): number { return i >>> 23; }');
  lines.push('export function getC(i: number): number { return (i >>> 14) & 0x1ff; }');
  lines.push('export function getBx(i: number): number { return i >>> 14; }');
  lines.push('export function getSBx(i: number): number { return (i >>> 14) - 131071; }');
  lines.push('export function isK(x: number): boolean { return (x & 256) !== 0; }');
  lines.push('export function indexK(x: number): number { return x & 255; }');
  lines.push('export function rkAsK(x: number): number { return x | 256; }');
  lines.push('');
  lines.push('/** Encoders return unsigned 32-bit words (>>> 0) so they store unchanged in a Uint32Array. */');
  lines.push('export function createABC(op: Op, a: number, b: number, c: number): number {');
  lines.push('  return ((op | (a << 6) | (c << 14)) + b * 0x800000) >>> 0;');
  lines.push('}');
  lines.push('export function createABx(op: Op, a: number, bx: number): number {');
  lines.push('  return ((op | (a << 6)) + bx * 0x4000) >>> 0;');
  lines.push('}');
  lines.push('export function createAsBx(op: Op, a: number, sbx: number): number {');
  lines.push('  return createABx(op, a, sbx + 131071);');
  lines.push('}');
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(join(root, 'spec/opcodes.yaml'), 'utf8');
  writeFileSync(join(root, 'src/spec/opcodes.ts'), renderOpcodesModule(text));
  console.log('wrote src/spec/opcodes.ts');
}
