/**
 * Scripts that crash redis-server 7.0.15 (an error object that is a table without a string
 * `err`: NULL passed to sdscatfmt). We answer as later Redis / Valkey do: `ERR unknown error`
 * with the usual script suffix. Not differential: the reference would die.
 */
import { describe, expect, it } from 'vitest';
import { createRedis, toPlain } from '../../src/redis/index.js';

describe('error tables without err', () => {
  it('EVAL error({}) answers ERR unknown error', () => {
    const r = createRedis();
    const out = toPlain(r.eval('error({})') as never) as { error: string };
    expect(out.error).toMatch(/^ERR unknown error script: [0-9a-f]{40}, on @user_script:1\.$/);
    const out2 = toPlain(r.eval("error(setmetatable({}, {__tostring = function() return 'x' end}))") as never) as { error: string };
    expect(out2.error).toMatch(/^ERR unknown error script: /);
    r.close();
  });
  it('FCALL error({}) names the function', () => {
    const r = createRedis();
    r.call('FUNCTION', 'LOAD', "#!lua name=c\nredis.register_function('c', function() error({ok = 'x'}) end)");
    expect(toPlain(r.fcall('c') as never)).toEqual({ error: 'ERR unknown error script: c, on @user_function:2.' });
    r.close();
  });
});
