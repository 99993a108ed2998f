import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { undump, UndumpError } from './undump.js';
import { dumpProto } from './dump.js';
import { haveLua51 } from '../vm/testing/differential.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'vm', 'fixtures');

describe.skipIf(!haveLua51())('binary chunks (skipped without lua5.1)', () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.lua'));
  for (const strip of [false, true]) {
    it(`undump then dump reproduces luac5.1's bytes${strip ? ' (-s)' : ''}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'redlua-dump-'));
      for (const f of files) {
        const out = join(dir, f + 'c');
        const args = strip ? ['-s', '-o', out, f] : ['-o', out, f];
        expect(spawnSync('luac5.1', args, { cwd: fixtures }).status).toBe(0);
        const bytes = new Uint8Array(readFileSync(out));
        const p = undump(bytes, '@' + f);
        expect(Buffer.from(dumpProto(p, strip)).equals(Buffer.from(bytes))).toBe(true);
      }
    });
  }

  it('a dumped chunk runs on lua5.1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redlua-dump-'));
    const out = join(dir, 'basics.luac');
    spawnSync('luac5.1', ['-o', out, 'basics.lua'], { cwd: fixtures });
    const p = undump(new Uint8Array(readFileSync(out)), '@basics.lua');
    const again = join(dir, 'again.luac');
    writeFileSync(again, dumpProto(p, true));
    const a = spawnSync('lua5.1', [again], { encoding: 'latin1' });
    const b = spawnSync('lua5.1', ['basics.lua'], { cwd: fixtures, encoding: 'latin1' });
    expect(a.stdout).toBe(b.stdout);
  });

  it('malformed chunks fail with lua5.1 messages', () => {
    expect(() => undump(new Uint8Array([0x1b, 0x4c, 0x75, 0x61, 0x50]), '=x')).toThrow(
      new UndumpError('x: unexpected end in precompiled chunk'),
    );
    const bad = new Uint8Array([0x1b, 0x4c, 0x75, 0x61, 0x50, 0, 1, 4, 8, 4, 8, 0]);
    expect(() => undump(bad, '@f.luac')).toThrow('f.luac: bad header in precompiled chunk');
    expect(() => undump(bad, '\x1bLua')).toThrow('binary string: bad header in precompiled chunk');
  });
});
