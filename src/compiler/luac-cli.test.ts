// `redlua luac` (src/cli/luac.ts) against luac5.1: same stdout, stderr and exit status for
// option combinations, several files, stdin, errors (program name given as "luac5.1").

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { luacMain, type LuacIo } from '../cli/luac.js';
import { LUAC, luacMissing, normalisePointers } from './testing/luac-reference.js';

const dir = mkdtempSync(join(tmpdir(), 'redlua-luac-'));
writeFileSync(join(dir, 'a.lua'), 'x = 1\nlocal y = x .. "s"\n');
writeFileSync(join(dir, 'b.lua'), '#!/usr/bin/lua\nfunction f(...) return ... end\n');
writeFileSync(join(dir, 'bad.lua'), 'x = \n');
const STDIN = 'z = 3\nreturn z\n';

interface Run { stdout: string; stderr: string; status: number }

async function ours(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: LuacIo = {
    stdout: async (s) => { stdout += s; },
    stderr: async (s) => { stderr += s; },
    readFile: (p) => readFileSync(join(dir, p)),
    readStdin: async () => Buffer.from(STDIN, 'latin1'),
    writeFile: () => undefined,
  };
  const status = await luacMain(args, 'luac5.1', io);
  return { stdout: normalisePointers(stdout), stderr, status };
}

function reference(args: string[]): Run {
  const r = spawnSync(LUAC, args, { cwd: dir, input: STDIN, encoding: 'latin1' });
  return { stdout: normalisePointers(r.stdout), stderr: r.stderr, status: r.status ?? -1 };
}

const COMMANDS = [
  ['-l', '-p', 'a.lua'], ['-l', '-l', '-p', 'a.lua'], ['-l', '-p', 'a.lua', 'b.lua'],
  ['-l', '-l', '-p', '-', 'a.lua'], ['-p', '-l', '-'], ['-p', 'bad.lua'], ['-l', '-p', 'a.lua', 'bad.lua'],
  ['-v'], ['-v', '-v'], ['-x'], ['nonexist.lua'], [], ['-o'], ['-l'], ['-p'], ['-l', '-l', '-s', '-p', 'b.lua'],
  ['-p', '--', 'a.lua'], ['-v', '--'], ['-', '-l'],
];

describe('redlua luac', () => {
  it('has the reference compiler', () => {
    expect(luacMissing()).toBeNull();
  });
  for (const args of COMMANDS) {
    it(`luac ${args.join(' ')}`, async () => {
      const missing = luacMissing();
      if (missing !== null) throw new Error(missing);
      expect(await ours(args)).toEqual(reference(args));
    });
  }
});
