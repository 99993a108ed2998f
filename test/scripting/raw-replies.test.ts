/**
 * Replies compared byte for byte on the wire (RESP2 and RESP3) between redis-server 7.0 and the
 * built-in server — for replies too deep for a recursive parser: self-referencing tables end in
 * `ERR reached lua stack limit` after Redis's exact depth (lua_checkstack limit 8000). The
 * encoder (src/redis/reply.ts encodeInto) uses an explicit stack. On the socket the bytes are
 * compared after HELLO's `id` field, the one value that differs between two servers (each
 * counts its own connections).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as net from 'node:net';
import { startRedisServer, type RunningRedis } from '../../src/conformance/reference-redis.js';
import { RedisServer } from '../../src/server/server.js';
import { installScripting } from '../../src/redis/scripting/install.js';
import { encodeCommand } from '../../src/redis/resp-parser.js';
import { encodeReplyString, type Reply } from '../../src/redis/reply.js';
import { createRedis } from '../../src/redis/index.js';

function haveRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** RESP encoding with an explicit stack (deep replies), same rules as reply.ts encodeReply. */
function encodeIter(root: Reply, proto: 2 | 3): string {
  const out: string[] = [];
  const stack: Reply[] = [root];
  while (stack.length) {
    const r = stack.pop() as Reply;
    switch (r.type) {
      case 'array':
        out.push(`*${r.value.length}\r\n`);
        for (let i = r.value.length - 1; i >= 0; i--) stack.push(r.value[i] as Reply);
        break;
      case 'set':
        out.push(`${proto === 2 ? '*' : '~'}${r.value.length}\r\n`);
        for (let i = r.value.length - 1; i >= 0; i--) stack.push(r.value[i] as Reply);
        break;
      case 'map':
        out.push(proto === 2 ? `*${r.value.length * 2}\r\n` : `%${r.value.length}\r\n`);
        for (let i = r.value.length - 1; i >= 0; i--) {
          const [k, v] = r.value[i] as [Reply, Reply];
          stack.push(v, k);
        }
        break;
      default:
        out.push(encodeReplyString(r, proto));
    }
  }
  return out.join('');
}

/** HELLO's reply with its client id made neutral (`id` is a bulk key in RESP2 and RESP3 alike). */
function neutralId(bytes: string): string {
  return bytes.replace(/\$2\r\nid\r\n:\d+\r\n/, () => '$2\r\nid\r\n:0\r\n');
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
    s.on('close', () => {
      clearTimeout(timer);
      resolve(buf);
    });
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
  for (const proto of ['2', '3'] as const) {
    for (const script of SCRIPTS) {
      it(`conversion RESP${proto} ${script}`, async () => {
        const ours = createRedis();
        const session = [...ours.server.clients.values()][0];
        if (session === undefined) throw new Error('no session');
        await ours.server.dispatch(session, ['HELLO', proto]);
        const reply = await ours.server.dispatch(session, ['EVAL', script, '0']);
        const a = await raw(ref.port, [['HELLO', proto], ['EVAL', script, '0']]);
        const hello = await raw(ref.port, [['HELLO', proto]]);
        const b = encodeIter(reply, Number(proto) as 2 | 3);
        expect(b.length).toBe(a.length - hello.length);
        expect(b === a.slice(hello.length)).toBe(true);
        ours.close();
      });
      it(`RESP${proto} ${script}`, async () => {
        const cmds = [['HELLO', proto], ['EVAL', script, '0']];
        const [a, b] = (await Promise.all([raw(ref.port, cmds), raw(port, cmds)])).map(neutralId) as [string, string];
        expect(b.length).toBe(a.length);
        expect(b === a).toBe(true);
      });
    }
  }
});
