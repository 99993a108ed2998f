/**
 * `redlua server [--port 6379] [--bind 127.0.0.1] [--requirepass x]`:
 * runs the RESP server until SIGINT/SIGTERM. Resolves with the exit code.
 */
import { startServer } from '../server/server.js';

export async function serverMain(argv: string[]): Promise<number> {
  let port = 6379;
  let bind = '127.0.0.1';
  let requirepass: string | undefined;
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
      else if (a === '--help' || a === '-h') {
        process.stdout.write('usage: redlua server [--port 6379] [--bind 127.0.0.1] [--requirepass PASSWORD]\n');
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
  let running;
  try {
    running = await startServer({ port, bind, ...(requirepass !== undefined ? { requirepass } : {}) });
  } catch (e) {
    process.stderr.write(`redlua server: cannot listen on ${bind}:${port}: ${(e as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`redlua server (Redis 7.0.15 compatible) listening on ${running.host}:${running.port}\n`);
  const srv = running;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void srv.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
