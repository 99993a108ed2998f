// Compiling 1 MB of mixed Lua (every fixture, repeated inside do ... end blocks) stays well
// under a second.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'glob';
import { describe, expect, it } from 'vitest';
import { compile, skipShebang } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describe('compiler speed', () => {
  it('compiles 1 MB of mixed code in under a second', () => {
    const parts = globSync('fixtures/*.lua', { cwd: HERE }).sort()
      .map((f) => skipShebang(readFileSync(join(HERE, f), 'latin1')));
    let src = '';
    for (let i = 0; src.length < 1 << 20; i++) src += `do\n${parts[i % parts.length] ?? ''}\nend\n`;
    let best = Infinity;
    for (let run = 0; run < 5; run++) { // best of 5: the first runs include JIT warm-up
      const t0 = performance.now();
      const p = compile(src, '@big.lua');
      best = Math.min(best, performance.now() - t0);
      expect(p.code.length).toBeGreaterThan(100_000);
    }
    expect(best).toBeLessThan(1000);
  });
});
