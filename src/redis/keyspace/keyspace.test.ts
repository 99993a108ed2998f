import { describe, expect, it } from 'vitest';
import { Keyspace, ManualClock } from './keyspace.js';
import { defaultCommandTable, executeCommand, getKeyPositions, hasFlag } from './registry.js';
import { R } from '../reply.js';
import type { CommandContext } from './context.js';

const setup = (): { ks: Keyspace; clock: ManualClock; ctx: CommandContext; run: (...a: string[]) => unknown } => {
  const clock = new ManualClock(1_000_000);
  const ks = new Keyspace({ clock });
  const ctx: CommandContext = { db: 0, protocol: 2 };
  return { ks, clock, ctx, run: (...a: string[]) => executeCommand(ks, ctx, a) };
};

describe('Keyspace + executeCommand', () => {
  it('runs data commands synchronously', () => {
    const { run } = setup();
    expect(run('SET', 'k', 'v')).toEqual(R.ok());
    expect(run('GET', 'k')).toEqual(R.bulk('v'));
    expect(run('get')).toEqual(R.error("ERR wrong number of arguments for 'get' command"));
    expect(run('LPUSH', 'k', 'x')).toEqual(R.error('WRONGTYPE Operation against a key holding the wrong kind of value'));
    expect(run('NOPE', 'a')).toEqual(R.error("ERR unknown command 'NOPE', with args beginning with: 'a' "));
  });
  it('expires lazily with the controllable clock, and actively', () => {
    const { ks, clock, run } = setup();
    run('SET', 'k', 'v', 'PX', '100');
    run('SET', 'k2', 'v', 'PX', '100');
    clock.advance(99);
    expect(run('GET', 'k')).toEqual(R.bulk('v'));
    clock.advance(1);
    expect(run('GET', 'k')).toEqual(R.nil());
    expect(run('DBSIZE')).toEqual(R.int(1)); // k2 not yet reclaimed
    expect(ks.activeExpireCycle()).toBe(1);
    expect(run('DBSIZE')).toEqual(R.int(0));
  });
  it('freezes expiry time for scripts (timeSnapshot)', () => {
    const { ks, clock } = setup();
    const ctx: CommandContext = { db: 0, protocol: 2 };
    executeCommand(ks, ctx, ['SET', 'k', 'v', 'PX', '10']);
    const scriptCtx: CommandContext = { db: 0, protocol: 2, inScript: true, timeSnapshot: clock.now() };
    clock.advance(50);
    expect(executeCommand(ks, scriptCtx, ['GET', 'k'])).toEqual(R.bulk('v'));
    expect(executeCommand(ks, ctx, ['GET', 'k'])).toEqual(R.nil());
  });
  it('SELECT changes the context database', () => {
    const { ctx, run } = setup();
    run('SELECT', '3');
    expect(ctx.db).toBe(3);
    run('SET', 'a', '1');
    run('SELECT', '0');
    expect(run('GET', 'a')).toEqual(R.nil());
  });
  it('replies in the caller protocol', () => {
    const { ks, run } = setup();
    run('HSET', 'h', 'a', '1');
    expect(executeCommand(ks, { db: 0, protocol: 3 }, ['HGETALL', 'h'])).toEqual(R.map([[R.bulk('a'), R.bulk('1')]]));
  });
});

describe('stream consumer groups with a manual clock', () => {
  it('XPENDING reports idle time and delivery counts', () => {
    const { clock, run } = setup();
    run('XADD', 's', '1-0', 'f', 'v');
    run('XGROUP', 'CREATE', 's', 'g', '0');
    run('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', 's', '>');
    clock.advance(500);
    expect(run('XPENDING', 's', 'g', '-', '+', '10')).toEqual(R.array([R.array([R.bulk('1-0'), R.bulk('c'), R.int(500), R.int(1)])]));
    run('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', 's', '0');
    clock.advance(10);
    expect(run('XPENDING', 's', 'g', 'IDLE', '100', '-', '+', '10')).toEqual(R.array([]));
    expect(run('XPENDING', 's', 'g', '-', '+', '10')).toEqual(R.array([R.array([R.bulk('1-0'), R.bulk('c'), R.int(10), R.int(2)])]));
  });
});

describe('command table', () => {
  it('knows flags, arity and keys for every Redis 7.0 command', () => {
    expect(defaultCommandTable.all().length).toBe(240);
    const get = defaultCommandTable.get('GET');
    expect(get && hasFlag(get, 'readonly')).toBe(true);
    const blpop = defaultCommandTable.get('blpop');
    expect(blpop && hasFlag(blpop, 'noscript')).toBe(true);
    const set = defaultCommandTable.get('set');
    expect(set && hasFlag(set, 'write')).toBe(true);
    expect(set && getKeyPositions(set, ['SET', 'k', 'v'])).toEqual([1]);
    const mset = defaultCommandTable.get('mset');
    expect(mset && getKeyPositions(mset, ['MSET', 'a', '1', 'b', '2'])).toEqual([1, 3]);
    const zu = defaultCommandTable.get('zunionstore');
    expect(zu && getKeyPositions(zu, ['ZUNIONSTORE', 'd', '2', 'a', 'b'])).toEqual([1, 3, 4]);
    const r = defaultCommandTable.resolve(['config', 'get']);
    expect(r.kind).toBe('arity');
    expect(defaultCommandTable.resolve(['config', 'nope']).kind).toBe('unknown-subcommand');
  });
});
