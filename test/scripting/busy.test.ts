/**
 * Busy scripts (script.c scriptInterrupt / scriptKill, server.c processCommand): past
 * busy-reply-threshold other connections get BUSY, SCRIPT KILL / FUNCTION KILL stop the run,
 * UNKILLABLE after a write, NOTBUSY when idle.
 */
import { describe, expect, it } from 'vitest';
import { createRedis, toPlain } from '../../src/redis/index.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('busy scripts', () => {
  it('answers BUSY, then SCRIPT KILL stops an EVAL', async () => {
    const r = createRedis({ config: { 'busy-reply-threshold': '50' } });
    const c1 = r.connect();
    const c2 = r.connect();
    const running = c1.call(['EVAL', 'local i = 0 while true do i = i + 1 end', '0']);
    await sleep(150);
    expect(toPlain(await c2.call(['PING']))).toEqual({
      error: 'BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.',
    });
    expect(toPlain(await c2.call(['FUNCTION', 'KILL']))).toEqual({
      error: 'BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.',
    });
    expect(toPlain(await c2.call(['SCRIPT', 'KILL']))).toEqual({ status: 'OK' });
    const out = toPlain(await running) as { error: string };
    expect(out.error).toMatch(/^ERR Script killed by user with SCRIPT KILL\.\.\. script: [0-9a-f]{40}, on @user_script:1\.$/);
    expect(toPlain(await c2.call(['PING']))).toEqual({ status: 'PONG' });
    expect(toPlain(await c2.call(['SCRIPT', 'KILL']))).toEqual({ error: 'NOTBUSY No scripts in execution right now.' });
    r.close();
  });

  it('pcall cannot keep a killed script alive', async () => {
    const r = createRedis({ config: { 'busy-reply-threshold': '50' } });
    const c1 = r.connect();
    const c2 = r.connect();
    const running = c1.call(['EVAL', 'while true do pcall(function() local i = 0 while true do i = i + 1 end end) end', '0']);
    await sleep(150);
    expect(toPlain(await c2.call(['SCRIPT', 'KILL']))).toEqual({ status: 'OK' });
    const out = toPlain(await running) as { error: string };
    expect(out.error).toMatch(/^ERR Script killed by user with SCRIPT KILL\.\.\./);
    r.close();
  });

  it('refuses to kill a script that wrote (UNKILLABLE)', async () => {
    const r = createRedis({ config: { 'busy-reply-threshold': '50' } });
    const c1 = r.connect();
    const c2 = r.connect();
    const running = c1.call(['EVAL', "redis.call('set', 'k', 'v') local t = redis.call('time') while redis.call('time')[1] - t[1] < 2 do end return 'done'", '0']);
    await sleep(150);
    expect(toPlain(await c2.call(['SCRIPT', 'KILL']))).toEqual({
      error:
        'UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.',
    });
    expect(toPlain(await running)).toEqual('done');
    r.close();
  }, 10_000);

  it('FUNCTION KILL stops a function; SCRIPT KILL refuses it', async () => {
    const r = createRedis({ config: { 'lua-time-limit': '50' } });
    await r.call('FUNCTION', 'LOAD', "#!lua name=spin\nredis.register_function('spin', function() while true do end end)");
    const c1 = r.connect();
    const c2 = r.connect();
    const running = c1.call(['FCALL', 'spin', '0']);
    await sleep(150);
    expect(toPlain(await c2.call(['GET', 'x']))).toEqual({
      error: 'BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.',
    });
    const stats = toPlain(await c2.call(['FUNCTION', 'STATS'])) as unknown[];
    expect(JSON.stringify(stats)).toContain('"spin"');
    expect(toPlain(await c2.call(['SCRIPT', 'KILL']))).toEqual({
      error: 'BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.',
    });
    expect(toPlain(await c2.call(['FUNCTION', 'KILL']))).toEqual({ status: 'OK' });
    const out = toPlain(await running) as { error: string };
    expect(out.error).toMatch(/^ERR Script killed by user with SCRIPT KILL\.\.\. script: spin, on @user_function:2\.$/);
    r.close();
  });

  // Observed on redis-server 7.0.15 (busy-reply-threshold 100): processCommand answers BUSY
  // before MULTI queueing and rejectCommand flags the transaction; a rejected EXEC aborts it.
  it('answers BUSY inside MULTI instead of queueing; EXEC aborts', async () => {
    const BUSY = 'BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.';
    const r = createRedis({ config: { 'busy-reply-threshold': '50' } });
    const c1 = r.connect();
    const c2 = r.connect();
    const c3 = r.connect();
    const spin = ['EVAL', 'local i = 0 while true do i = i + 1 end', '0'];
    expect(toPlain(await c2.call(['MULTI']))).toEqual({ status: 'OK' });
    expect(toPlain(await c2.call(['SET', 'k1', 'v']))).toEqual({ status: 'QUEUED' });
    let running = c1.call(spin);
    await sleep(150);
    expect(toPlain(await c2.call(['SET', 'k2', 'v']))).toEqual({ error: BUSY });
    expect(toPlain(await c2.call(['PING']))).toEqual({ error: BUSY });
    // allow-busy commands are still queued; no-multi is checked before BUSY
    expect(toPlain(await c2.call(['SCRIPT', 'KILL']))).toEqual({ status: 'QUEUED' });
    expect(toPlain(await c2.call(['SAVE']))).toEqual({ error: 'ERR Command not allowed inside a transaction' });
    expect(toPlain(await c3.call(['SCRIPT', 'KILL']))).toEqual({ status: 'OK' });
    await running;
    expect(toPlain(await c2.call(['EXEC']))).toEqual({ error: 'EXECABORT Transaction discarded because of previous errors.' });
    expect(toPlain(await c2.call(['GET', 'k1']))).toEqual({ nil: 'bulk' });

    // EXEC while busy: aborted and discarded, in MULTI or not
    expect(toPlain(await c2.call(['MULTI']))).toEqual({ status: 'OK' });
    expect(toPlain(await c2.call(['SET', 'k3', 'v']))).toEqual({ status: 'QUEUED' });
    running = c1.call(spin);
    await sleep(150);
    expect(toPlain(await c2.call(['EXEC']))).toEqual({ error: `EXECABORT Transaction discarded because of: ${BUSY}` });
    expect(toPlain(await c2.call(['DISCARD']))).toEqual({ error: 'ERR DISCARD without MULTI' });
    expect(toPlain(await c2.call(['EXEC']))).toEqual({ error: `EXECABORT Transaction discarded because of: ${BUSY}` });
    expect(toPlain(await c2.call(['MULTI']))).toEqual({ status: 'OK' });
    expect(toPlain(await c3.call(['SCRIPT', 'KILL']))).toEqual({ status: 'OK' });
    await running;
    expect(toPlain(await c2.call(['EXEC']))).toEqual([]);
    expect(toPlain(await c2.call(['GET', 'k3']))).toEqual({ nil: 'bulk' });
    r.close();
  });

  it('FUNCTION LOAD is aborted after 500 ms', () => {
    const r = createRedis();
    const out = toPlain(r.call('FUNCTION', 'LOAD', '#!lua name=slow\nwhile true do end') as never);
    expect(out).toEqual({ error: 'ERR Error registering functions: ERR FUNCTION LOAD timeout' });
    r.close();
  });

  it('per-script instruction budget (option, off by default)', () => {
    const r = createRedis({ maxInstructions: 1000 });
    const out = toPlain(r.call('EVAL', 'while true do end', '0') as never) as { error: string };
    expect(out.error).toMatch(/^ERR Script exceeded the instruction limit script: /);
    r.close();
  });
});

describe('per-run limits', () => {
  it('memory budget (option, off by default)', () => {
    const r = createRedis({ maxMemoryBytes: 200_000 });
    const out = toPlain(r.call('EVAL', 'local t = {} for i = 1, 1e6 do t[i] = {} end return #t', '0') as never) as { error: string };
    expect(out.error).toMatch(/not enough memory/);
    // the state stays usable
    expect(toPlain(r.call('EVAL', 'return 1', '0') as never)).toEqual({ int: '1' });
    r.close();
  });
});

describe('library default connection', () => {
  it('keeps command order while a script is busy', async () => {
    const r = createRedis({ config: { 'busy-reply-threshold': '20' } });
    const first = r.eval("local i = 0 while i < 20000000 do i = i + 1 end redis.call('set', 'k', 'v') return 1");
    const second = r.call('GET', 'k');
    expect(first).toBeInstanceOf(Promise);
    expect(toPlain(await first)).toEqual({ int: '1' });
    expect(toPlain(await second)).toEqual('v');
    r.close();
  }, 10_000);
});
