/**
 * `redlua server [--port 6379] [--bind 127.0.0.1] [--requirepass x] [--aof-log FILE]`:
 * runs the RESP server, with the Lua scripting layer installed, until
 * SIGINT/SIGTERM. Resolves with the exit code.
 */
import { RedisServer } from '../server/server.js';
import { installScripting } from '../redis/scripting/install.js';

export async function serverMain(argv: string[]): Promise<number> {
  let port = 6379;
  let bind = '127.0.0.1';
  let requirepass: string | undefined;
  let aofLog: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`missing value for ${a ?? ''}`);
      return v;
    };
    try {
      if (a === '--port' || a === '-p') port = Number(next());
      else if (a === '--bind') bind = next();
      else if (a === '--requirepass') requirepass = next();
      else if (a === '--aof-log') aofLog = next();
      else if (a === '--help' || a === '-h') {
        process.stdout.write('usage: redlua server [--port 6379] [--bind 127.0.0.1] [--requirepass PASSWORD] [--aof-log FILE]\n');
        return 0;
      } else {
        process.stderr.write(`redlua server: unknown option ${a ?? ''}\n`);
        return 2;
      }
    } catch (e) {
      process.stderr.write(`redlua server: ${(e as Error).message}\n`);
      return 2;
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('redlua server: invalid port\n');
    return 2;
  }
  const srv = new RedisServer({ port, bind, ...(requirepass !== undefined ? { requirepass } : {}) });
  // a server streams effects to its AOF log (if any) and keeps no history of them
  installScripting(srv, aofLog !== undefined ? { aofLog, keepEffects: false } : { keepEffects: false });
  let listening: number;
  try {
    listening = await srv.listen(port, bind);
  } catch (e) {
    process.stderr.write(`redlua server: cannot listen on ${bind}:${port}: ${(e as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`redlua server (Redis 7.0.15 compatible) listening on ${bind}:${listening}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void srv.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    srv.shutdownListeners.push(() => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    });
  });
  return 0;
}
