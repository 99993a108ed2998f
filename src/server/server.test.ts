import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as net from 'node:net';
import { startServer, type RunningServer } from './server.js';
import { connect } from '../redis/client.js';
import { R } from '../redis/reply.js';

function rawExchange(port: number, bytes: string, waitMs = 200): Promise<string> {
  return new Promise((resolve) => {
    const s = net.createConnection({ host: '127.0.0.1', port });
    let out = '';
    s.on('data', (d: Buffer) => (out += d.toString('latin1')));
    s.on('close', () => resolve(out));
    s.on('connect', () => s.write(Buffer.from(bytes, 'latin1')));
    setTimeout(() => s.destroy(), waitMs);
  });
}

describe('RESP server', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await srv.close();
  });

  it('pipelines many commands in order', async () => {
    const c = await connect('127.0.0.1', srv.port);
    const ps = [];
    for (let i = 0; i < 500; i++) ps.push(c.call(['INCR', 'ctr']));
    const rs = await Promise.all(ps);
    expect(rs.map((r) => (r.type === 'integer' ? Number(r.value) : -1))).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    await c.close();
  });

  it('stores and returns big binary payloads', async () => {
    const c = await connect('127.0.0.1', srv.port);
    const big = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
    expect(await c.call(['SET', 'big', big])).toEqual(R.ok());
    const r = await c.call(['GET', 'big']);
    expect(r.type === 'bulk' && Buffer.from(r.value, 'latin1').equals(big)).toBe(true);
    await c.close();
  });

  it('answers a protocol error and closes only that client', async () => {
    const other = await connect('127.0.0.1', srv.port);
    const out = await rawExchange(srv.port, 'PING\r\n*1\r\n$x\r\nPING\r\n');
    expect(out).toBe('+PONG\r\n-ERR Protocol error: invalid bulk length\r\n');
    expect(await other.call(['PING'])).toEqual(R.status('PONG'));
    await other.close();
  });

  it('switches protocol with HELLO and back with RESET', async () => {
    const c = await connect('127.0.0.1', srv.port);
    const h = await c.hello(3, ['SETNAME', 'me']);
    expect(h.type).toBe('map');
    expect(await c.call(['CLIENT', 'GETNAME'])).toEqual(R.bulk('me'));
    expect(await c.call(['GET', 'nothing'])).toEqual({ type: 'null' });
    expect(await c.call(['RESET'])).toEqual(R.status('RESET'));
    c.protocol = 2;
    expect(await c.call(['GET', 'nothing'])).toEqual(R.nil());
    await c.close();
  });

  it('QUIT replies OK then closes', async () => {
    const c = await connect('127.0.0.1', srv.port);
    expect(await c.call(['QUIT'])).toEqual(R.ok());
    await c.waitClosed();
    expect(c.isClosed).toBe(true);
  });

  it('WATCH aborts EXEC when another client touches the key', async () => {
    const a = await connect('127.0.0.1', srv.port);
    const b = await connect('127.0.0.1', srv.port);
    await a.call(['WATCH', 'w']);
    await b.call(['SET', 'w', 'x']);
    await a.call(['MULTI']);
    await a.call(['GET', 'w']);
    expect(await a.call(['EXEC'])).toEqual(R.nilArray());
    await Promise.all([a.close(), b.close()]);
  });

  it('EXEC fails when a WATCHed key expired in between (isWatchedKeyExpired)', async () => {
    const a = await connect('127.0.0.1', srv.port);
    await a.call(['SET', 'wx', 'v', 'PX', '40']);
    await a.call(['WATCH', 'wx']);
    await new Promise((r) => setTimeout(r, 60));
    await a.call(['MULTI']);
    await a.call(['PING']);
    expect(await a.call(['EXEC'])).toEqual(R.nilArray());
    await a.close();
  });

  it('lets extensions register commands and filter them', async () => {
    srv.server.registerCommand('eval', async () => {
      await new Promise((r) => setTimeout(r, 30));
      return R.bulk('from-hook');
    });
    const c = await connect('127.0.0.1', srv.port);
    const [r1, r2] = await Promise.all([c.call(['EVAL', 'return 1', '0']), c.call(['PING'])]);
    expect(r1).toEqual(R.bulk('from-hook'));
    expect(r2).toEqual(R.status('PONG'));
    expect(await c.call(['EVAL'])).toEqual(R.error("ERR wrong number of arguments for 'eval' command"));
    srv.server.commandFilter = ({ spec }) => (spec.name === 'get' ? R.error('BUSY test') : null);
    expect(await c.call(['GET', 'x'])).toEqual(R.error('BUSY test'));
    srv.server.commandFilter = null;
    await c.close();
  });

  it('delivers PUBLISH to channel and pattern subscribers of other clients', async () => {
    const sub = await connect('127.0.0.1', srv.port);
    const pushes: unknown[] = [];
    await sub.hello(3);
    sub.onPush = (r) => pushes.push(r);
    expect(await sub.call(['SUBSCRIBE', 'news'])).toEqual({ type: 'push', value: [R.bulk('subscribe'), R.bulk('news'), R.int(1)] });
    expect(await sub.call(['PSUBSCRIBE', 'n*'])).toEqual({ type: 'push', value: [R.bulk('psubscribe'), R.bulk('n*'), R.int(2)] });
    const pub = await connect('127.0.0.1', srv.port);
    expect(await pub.call(['PUBLISH', 'news', 'hello'])).toEqual(R.int(2));
    expect(await pub.call(['PUBLISH', 'other', 'x'])).toEqual(R.int(0));
    await sub.call(['PING']);
    expect(pushes).toEqual([
      { type: 'push', value: [R.bulk('message'), R.bulk('news'), R.bulk('hello')] },
      { type: 'push', value: [R.bulk('pmessage'), R.bulk('n*'), R.bulk('news'), R.bulk('hello')] },
    ]);
    await Promise.all([sub.close(), pub.close()]);
    // the subscriptions die with the connection
    const c = await connect('127.0.0.1', srv.port);
    expect(await c.call(['PUBSUB', 'NUMSUB', 'news'])).toEqual(R.array([R.bulk('news'), R.int(0)]));
    await c.close();
  });

  it('BLPOP blocks until another client pushes, clients served in FIFO order', async () => {
    const a = await connect('127.0.0.1', srv.port);
    const b = await connect('127.0.0.1', srv.port);
    const w = await connect('127.0.0.1', srv.port);
    const pa = a.call(['BLPOP', 'q', '0']);
    await new Promise((r) => setTimeout(r, 20));
    const pb = b.call(['BLPOP', 'q', 'q2', '0']);
    const pbNext = b.call(['PING']); // queued behind the blocked command
    await new Promise((r) => setTimeout(r, 20));
    expect(await w.call(['RPUSH', 'q', 'x', 'y'])).toEqual(R.int(2));
    expect(await pa).toEqual(R.array([R.bulk('q'), R.bulk('x')]));
    expect(await pb).toEqual(R.array([R.bulk('q'), R.bulk('y')]));
    expect(await pbNext).toEqual(R.status('PONG'));
    expect(await w.call(['EXISTS', 'q'])).toEqual(R.int(0));
    const t0 = Date.now();
    expect(await a.call(['BZPOPMIN', 'nz', '0.05'])).toEqual(R.nilArray());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(40);
    await Promise.all([a.close(), b.close(), w.close()]);
  });

  it('XREAD BLOCK waits for XADD ($ = last ID at call time) or times out', async () => {
    const a = await connect('127.0.0.1', srv.port);
    const w = await connect('127.0.0.1', srv.port);
    await w.call(['XADD', 'st', '1-0', 'f', 'old']);
    const p = a.call(['XREAD', 'BLOCK', '0', 'STREAMS', 'st', '$']);
    await new Promise((r) => setTimeout(r, 20));
    await w.call(['XADD', 'st', '2-0', 'f', 'new']);
    expect(await p).toEqual(R.array([R.array([R.bulk('st'), R.array([R.array([R.bulk('2-0'), R.bulkArray(['f', 'new'])])])])]));
    expect(await a.call(['XREAD', 'BLOCK', '30', 'STREAMS', 'st', '$'])).toEqual(R.nilArray());
    await Promise.all([a.close(), w.close()]);
  });

  it('XREADGROUP BLOCK waits for new entries', async () => {
    const a = await connect('127.0.0.1', srv.port);
    const w = await connect('127.0.0.1', srv.port);
    await w.call(['XGROUP', 'CREATE', 'gs', 'g', '$', 'MKSTREAM']);
    const p = a.call(['XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '0', 'STREAMS', 'gs', '>']);
    await new Promise((r) => setTimeout(r, 20));
    await w.call(['XADD', 'gs', '5-0', 'k', 'v']);
    expect(await p).toEqual(R.array([R.array([R.bulk('gs'), R.array([R.array([R.bulk('5-0'), R.bulkArray(['k', 'v'])])])])]));
    expect(await w.call(['XPENDING', 'gs', 'g'])).toEqual(R.array([R.int(1), R.bulk('5-0'), R.bulk('5-0'), R.array([R.array([R.bulk('c'), R.bulk('1')])])]));
    await Promise.all([a.close(), w.close()]);
  });

  it('the client times out and rejects pending calls', async () => {
    srv.server.registerCommand('fcall', () => new Promise(() => undefined));
    const c = await connect('127.0.0.1', srv.port, { callTimeoutMs: 100 });
    await expect(c.call(['FCALL', 'f', '0'])).rejects.toThrow(/timeout/);
    expect(c.isClosed).toBe(true);
  });
});
