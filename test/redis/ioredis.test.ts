/** ioredis (a devDependency) against redlua's server: handshake, pipelines, MULTI, pub/sub, blocking pops, binary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startServer, type RunningServer } from '../../src/server/server.js';

describe('ioredis against redlua', () => {
  let srv: RunningServer;
  const clients: Redis[] = [];
  const open = async (opts: Record<string, unknown> = {}): Promise<Redis> => {
    const c = new Redis({ port: srv.port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, ...opts });
    clients.push(c);
    await c.connect();
    return c;
  };
  beforeAll(async () => {
    srv = await startServer({ port: 0, requirepass: 'pw' });
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await srv.close();
  });

  it('connects with a password and a db (ready check uses INFO)', async () => {
    const c = await open({ password: 'pw', db: 3 });
    expect(await c.set('k', 'v')).toBe('OK');
    expect(await c.get('k')).toBe('v');
    expect(await c.client('ID')).toBeTypeOf('number');
    const d = await open({ password: 'pw' });
    expect(await d.get('k')).toBeNull();
  });

  it('refuses a wrong password', async () => {
    const c = new Redis({ port: srv.port, host: '127.0.0.1', lazyConnect: true, password: 'nope', maxRetriesPerRequest: 0, retryStrategy: () => null });
    clients.push(c);
    const errors: string[] = [];
    c.on('error', (e: Error) => errors.push(e.message));
    await expect(c.connect()).rejects.toThrow();
    expect(errors.join('\n')).toMatch(/WRONGPASS invalid username-password pair or user is disabled/);
  });

  it('pipelines and transactions', async () => {
    const c = await open({ password: 'pw' });
    const res = await c.pipeline().del('n').incr('n').incrby('n', 10).hset('h', 'a', '1', 'b', '2').hgetall('h').exec();
    expect(res).toEqual([[null, 0], [null, 1], [null, 11], [null, 2], [null, { a: '1', b: '2' }]]);
    const tx = await c.multi().set('x', '1').incr('x').lpush('x', 'y').exec();
    expect(tx?.[0]).toEqual([null, 'OK']);
    expect(tx?.[1]).toEqual([null, 2]);
    expect(String(tx?.[2]?.[0])).toMatch(/WRONGTYPE/);
    expect(await c.zadd('z', 1.5, 'm', 2, 'n')).toBe(2);
    expect(await c.zrange('z', 0, -1, 'WITHSCORES')).toEqual(['m', '1.5', 'n', '2']);
  });

  it('binary values round-trip as Buffers', async () => {
    const c = await open({ password: 'pw' });
    const bin = Buffer.from([0, 1, 2, 0xfe, 0xff, 13, 10]);
    await c.set(Buffer.from('bk\xff', 'latin1'), bin);
    expect(await c.getBuffer(Buffer.from('bk\xff', 'latin1'))).toEqual(bin);
  });

  it('pub/sub and blocking pops', async () => {
    const sub = await open({ password: 'pw' });
    const pub = await open({ password: 'pw' });
    const got: string[] = [];
    sub.on('message', (ch: string, msg: string) => got.push(`${ch}:${msg}`));
    await sub.subscribe('news');
    expect(await pub.publish('news', 'hello')).toBe(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(got).toEqual(['news:hello']);
    const waiter = await open({ password: 'pw' });
    const pending = waiter.blpop('jobs', 0);
    await new Promise((r) => setTimeout(r, 20));
    await pub.rpush('jobs', 'j1');
    expect(await pending).toEqual(['jobs', 'j1']);
  });
});
