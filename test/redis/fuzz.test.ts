/**
 * Property: random byte streams never crash the server and never affect
 * another connected client's replies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as net from 'node:net';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { connect } from '../../src/redis/client.js';

function blast(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const s = net.createConnection({ host: '127.0.0.1', port });
    s.on('error', () => resolve());
    s.on('close', () => resolve());
    s.on('data', () => undefined);
    s.on('connect', () => {
      s.write(Buffer.from(bytes));
      setTimeout(() => s.destroy(), 20);
    });
  });
}

const fragments = [
  '*', '$', '\r\n', '\n', '"', "'", '\\x', '-1', '0', '1', '3', '99999999999', 'PING', 'SET', 'GET', 'k', 'DEL', 'MULTI', 'EXEC',
  'FLUSHALL', 'QUIT', 'HELLO', '3', 'SUBSCRIBE', 'CONFIG', 'SET', 'requirepass', 'x', ' ', '\x00', '\xff',
];

describe('fuzz: hostile clients', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await srv.close();
  });

  it('random bytes and protocol fragments never crash the server nor disturb a bystander', async () => {
    const bystander = await connect('127.0.0.1', srv.port);
    await bystander.call(['SELECT', '9']);
    await bystander.call(['SET', 'bystander', 'safe']);
    const arb = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 40 }).map((a) => Uint8Array.from(Buffer.from(a.join(''), 'latin1'))),
    );
    let i = 0;
    await fc.assert(
      fc.asyncProperty(arb, async (bytes) => {
        await blast(srv.port, bytes);
        i++;
        const r = await bystander.call(['ECHO', `ping-${i}`]);
        expect(r).toEqual({ type: 'bulk', value: `ping-${i}` });
      }),
      { numRuns: 300 },
    );
    // FLUSHALL from a fuzz client may have removed the key; the bystander's connection state is intact.
    expect(await bystander.call(['CLIENT', 'INFO'])).toMatchObject({ type: 'bulk' });
    const db = await bystander.call(['SET', 'still', 'here']);
    expect(db).toEqual({ type: 'status', value: 'OK' });
    await bystander.close();
    // the server still accepts new clients
    const c = await connect('127.0.0.1', srv.port);
    expect(await c.call(['PING'])).toEqual({ type: 'status', value: 'PONG' });
    await c.close();
  });
});
