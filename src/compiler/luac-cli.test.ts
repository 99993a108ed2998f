// `redlua luac` (src/cli/luac.ts) against luac5.1: same stdout, stderr and exit status for
// option combinations, several files, stdin, errors (program name given as "luac5.1").

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { luacMain, type LuacIo } from '../cli/luac.js';
import { LUAC, luacMissing, normalisePointers } from './testing/luac-reference.js';

const dir = mkdtempSync(join(tmpdir(), 'redlua-luac-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.lua'), 'x = 1\nlocal y = x .. "s"\n');
writeFileSync(join(dir, 'b.lua'), '#!/usr/bin/lua\nfunction f(...) return ... end\n');
writeFileSync(join(dir, 'bad.lua'), 'x = \n');
// binary chunks made by luac5.1 itself, plain and behind a '#' line
spawnSync(LUAC, ['-o', 'c.luac', 'a.lua'], { cwd: dir });
writeFileSync(join(dir, 'u.lua'), 'local u = 1\nfunction f(...) local a = ... return function() u = u + 1 return u, a end end\n');
spawnSync(LUAC, ['-s', '-o', 'st.luac', 'u.lua'], { cwd: dir });
writeFileSync(join(dir, 'sb.luac'), Buffer.concat([Buffer.from('#!/bin/x\n'), readFileSync(join(dir, 'c.luac'))]));
writeFileSync(join(dir, 'trunc.luac'), readFileSync(join(dir, 'c.luac')).subarray(0, 20));
const STDIN = 'z = 3\nreturn z\n';

interface Run { stdout: string; stderr: string; status: number; files: Record<string, string> }

const OUT_FILES = ['luac.out', 'o.out'];

async function ours(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const files: Record<string, string> = {};
  const io: LuacIo = {
    stdout: async (s) => { stdout += s; },
    stderr: async (s) => { stderr += s; },
    readFile: (p) => readFileSync(join(dir, p)),
    readStdin: async () => Buffer.from(STDIN, 'latin1'),
    writeFile: (p, d) => { files[p] = Buffer.from(d).toString('latin1'); },
  };
  const status = await luacMain(args, 'luac5.1', io);
  return { stdout: normalisePointers(stdout), stderr, status, files };
}

function reference(args: string[]): Run {
  for (const f of OUT_FILES) rmSync(join(dir, f), { force: true });
  const r = spawnSync(LUAC, args, { cwd: dir, input: STDIN, encoding: 'latin1' });
  const files: Record<string, string> = {};
  for (const f of OUT_FILES) {
    if (existsSync(join(dir, f))) files[f] = readFileSync(join(dir, f), 'latin1');
  }
  return { stdout: normalisePointers(r.stdout), stderr: r.stderr, status: r.status ?? -1, files };
}

const COMMANDS = [
  ['-l', '-p', 'a.lua'], ['-l', '-l', '-p', 'a.lua'], ['-l', '-p', 'a.lua', 'b.lua'],
  ['-l', '-l', '-p', '-', 'a.lua'], ['-p', '-l', '-'], ['-p', 'bad.lua'], ['-l', '-p', 'a.lua', 'bad.lua'],
  ['-v'], ['-v', '-v'], ['-x'], ['nonexist.lua'], [], ['-o'], ['-l'], ['-p'], ['-l', '-l', '-s', '-p', 'b.lua'],
  ['-p', '--', 'a.lua'], ['-v', '--'], ['-', '-l'], ['-p', '.'],
  // binary chunks out (byte-identical to luac5.1's) and in
  ['a.lua'], ['-o', 'o.out', 'a.lua', 'b.lua'], ['-s', '-o', 'o.out', 'b.lua'], ['-o', '-', 'a.lua'],
  ['-s', '-o', '-', '-'], ['-l', '-o', 'o.out', 'a.lua'], ['-l', '-l', '-p', 'c.luac'], ['-l', '-p', 'sb.luac'],
  ['-p', 'trunc.luac'], ['-l', '-l', '-p', 'st.luac'], ['-l', '-l', '-p', 'u.lua', 'st.luac'], ['-o', 'o.out', 'c.luac', 'a.lua'], ['-s', '-o', 'o.out', 'c.luac'],
];

describe('redlua luac', () => {
  it('has the reference compiler, which made the binary inputs', () => {
    expect(luacMissing()).toBeNull();
    expect(existsSync(join(dir, 'c.luac')) && existsSync(join(dir, 'st.luac'))).toBe(true);
  });
  for (const args of COMMANDS) {
    it(`luac ${args.join(' ')}`, async () => {
      const missing = luacMissing();
      if (missing !== null) throw new Error(missing);
      expect(await ours(args)).toEqual(reference(args));
    });
  }
});
