import { describe, expect, it } from 'vitest';
import { createRedis, toPlain } from '../../src/redis/index.js';

describe('scripting smoke', () => {
  it('runs EVAL', async () => {
    const r = createRedis();
    const out = [];
    for (const s of [
      'return 1',
      "return redis.call('incr', KEYS[1])",
      "return {1, 'a', {ok='x'}, {err='E y'}}",
      'error("boom")',
      'return y',
      'x = 1',
      "return redis.call('nosuch')",
      "return pcall(redis.call, 'get')",
      'return math.random(1000)',
    ]) {
      out.push(toPlain(await r.eval(s, ['k'], [])));
    }
    console.log(JSON.stringify(out, null, 1));
    expect(out.length).toBe(9);
  });
});
