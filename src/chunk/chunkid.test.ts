import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chunkId } from './chunkid.js';

const names = [
  '=stdin', '=' + 'n'.repeat(70), '@short.lua', '@' + 'd/'.repeat(40) + 'file.lua',
  'x = ', 'line one\nline two', 's'.repeat(42), 's'.repeat(43), 's'.repeat(44),
  '@' + 'a'.repeat(52), '@' + 'a'.repeat(53), 'first\rsecond',
];

describe('chunkId (luaO_chunkid)', () => {
  it('gives the same prefixes as lua5.1 for every kind and length of chunk name', () => {
    const fixture = fileURLToPath(new URL('../../test/fixtures/chunkid/names.lua', import.meta.url));
    const r = spawnSync('lua5.1', [fixture], { input: names.map((n) => n + '\0').join(''), encoding: 'latin1' });
    if (r.error) throw new Error('lua5.1 is required for this test (apt-get install -y lua5.1)');
    const expected = r.stdout.split('\n').filter((l) => l !== '');
    expect(expected).toHaveLength(names.length);
    expect(names.map((n) => `${chunkId(n)}:1: boom`)).toEqual(expected);
  });
});
