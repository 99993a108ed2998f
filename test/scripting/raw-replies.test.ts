/**
 * Replies compared byte for byte on the wire (RESP2 and RESP3) between redis-server 7.0 and the
 * built-in server — for replies too deep for a recursive parser: self-referencing tables end in
 * `ERR reached lua stack limit` after Redis's exact depth (lua_checkstack limit 8000).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as net from 'node:net';
import { startRedisServer, type RunningRedis } from '../../src/conformance/reference-redis.js';
import { RedisServer } from '../../src/server/server.js';
import { installScripting } from '../../src/redis/scripting/install.js';
import { encodeCommand } from '../../src/redis/resp-parser.js';

function haveRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Send commands, return the raw bytes of the last reply (ends with an error line or times out). */
function raw(port: number, cmds: string[][], quietMs = 300): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    let buf = '';
    let timer: NodeJS.Timeout | undefined;
    const done = (): void => {
      s.destroy();
      resolve(buf);
    };
    s.on('data', (d) => {
      buf += d.toString('latin1');
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    s.on('error', reject);
    for (const c of cmds) s.write(encodeCommand(c));
  });
}

const SCRIPTS = [
  'local t = {} t[1] = t return t',
  'local t = {} t.map = {a = t} return t',
  'local t = {} t.set = {} t.set[t] = true return t',
  'local t = {} t[1] = {map = {k = t}} return t',
];

describe.skipIf(!haveRedis())('raw replies vs redis-server 7.0', () => {
  let ref: RunningRedis;
  let server: RedisServer;
  let port: number;
  beforeAll(async () => {
    ref = await startRedisServer();
    server = new RedisServer();
    installScripting(server);
    port = await server.listen(0, '127.0.0.1');
  }, 30_000);
  afterAll(async () => {
    await ref?.stop();
    await server?.close();
  });
  for (const proto of ['2', '3']) {
    for (const script of SCRIPTS) {
      it(`RESP${proto} ${script}`, async () => {
        const cmds = [['HELLO', proto], ['EVAL', script, '0']];
        const [a, b] = await Promise.all([raw(ref.port, cmds), raw(port, cmds)]);
        expect(b.length).toBe(a.length);
        expect(b === a).toBe(true);
      });
    }
  }
});
