// The whole Proto, not only what the listing shows (is_vararg bits, sizes, debug info): every
// fixture dumped (src/chunk/dump.ts) must equal, byte for byte, what luac5.1 -o writes,
// with and without -s.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'glob';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpProto } from '../chunk/dump.js';
import { compile, skipShebang } from './index.js';
import { luacMissing, runLuac } from './testing/luac-reference.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'redlua-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('binary chunks identical to luac5.1 -o', () => {
  for (const file of globSync('fixtures/*.lua', { cwd: HERE }).sort()) {
    for (const strip of [false, true]) {
      it(`${basename(file)}${strip ? ' (-s)' : ''}`, () => {
        const missing = luacMissing();
        if (missing !== null) throw new Error(missing);
        const out = join(dir, `${basename(file)}${strip ? '.s' : ''}.luac`);
        const r = runLuac([...(strip ? ['-s'] : []), '-o', out, file], HERE);
        expect(r.error).toBe('');
        const src = skipShebang(readFileSync(join(HERE, file), 'latin1'));
        const ours = Buffer.from(dumpProto(compile(src, '@' + file), strip));
        expect(ours.equals(readFileSync(out))).toBe(true);
      });
    }
  }
});
