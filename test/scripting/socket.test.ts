/**
 * The scripting layer through the built-in RESP server: redis-cli and ioredis (defineCommand:
 * EVALSHA, NOSCRIPT, then EVAL) against `installScripting(server)`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
import { Redis } from 'ioredis';
import { RedisServer } from '../../src/server/server.js';
import { installScripting } from '../../src/redis/scripting/install.js';

function haveRedisCli(): boolean {
  try {
    execFileSync('redis-cli', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('scripting over the RESP server', () => {
  let server: RedisServer;
  let port: number;
  beforeAll(async () => {
    server = new RedisServer();
    installScripting(server);
    port = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.close();
  });

  it.skipIf(!haveRedisCli())('redis-cli EVAL (skipped without redis-cli)', async () => {
    // The server lives in this process: run redis-cli asynchronously.
    const cli = async (...args: string[]): Promise<string> =>
      (await execFileP('redis-cli', ['-p', String(port), ...args], { encoding: 'latin1' })).stdout.trim();
    expect(await cli('EVAL', "return redis.call('incr', KEYS[1])", '1', 'k')).toBe('1');
    expect(await cli('EVAL', "return redis.call('incr', KEYS[1])", '1', 'k')).toBe('2');
    expect(await cli('EVAL', "return {1, 'two', {ok='three'}}", '0')).toBe('1\ntwo\nthree');
    expect(await cli('EVAL', 'return y', '0')).toMatch(/^ERR user_script:1: Script attempted to access nonexistent global variable 'y' script: [0-9a-f]{40}, on @user_script:1\.$/);
    expect(await cli('SCRIPT', 'LOAD', 'return 42')).toBe('1fa00e76656cc152ad327c13fe365858fd7be306');
    expect(await cli('EVALSHA', '1fa00e76656cc152ad327c13fe365858fd7be306', '0')).toBe('42');
    expect(await cli('HSET', 'h', 'f', 'v')).toBe('1');
    expect(await cli('EVAL', "redis.setresp(3) return redis.call('hgetall', KEYS[1])", '1', 'h')).toBe('f\nv');
  });

  it('ioredis defineCommand', async () => {
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    await client.connect();
    try {
      client.defineCommand('addTo', { numberOfKeys: 1, lua: "return redis.call('incrby', KEYS[1], ARGV[1])" });
      const withCmd = client as unknown as { addTo(key: string, n: number): Promise<number> };
      expect(await withCmd.addTo('counter', 5)).toBe(5);
      expect(await withCmd.addTo('counter', 3)).toBe(8);
      // pipelined: EVALSHA for a known script
      const res = await client.pipeline().set('a', '1').eval("return redis.call('get', KEYS[1])", 1, 'a').exec();
      expect(res).toEqual([
        [null, 'OK'],
        [null, '1'],
      ]);
      await expect(client.eval('error("boom")', 0)).rejects.toThrow(/ERR user_script:1: boom script: /);
      expect(await client.call('FUNCTION', 'LOAD', "#!lua name=io\nredis.register_function('hello', function(keys, args) return 'hi ' .. args[1] end)")).toBe('io');
      expect(await client.call('FCALL', 'hello', '0', 'there')).toBe('hi there');
    } finally {
      client.disconnect();
    }
  });
});
