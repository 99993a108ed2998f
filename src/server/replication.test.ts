// The replica role across connections (what one-connection conformance cases cannot show);
// expected replies are those of redis-server 7.0.15 made a replica of 127.0.0.1:1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { connect, type RespClient } from '../redis/client.js';
import { R, type Reply } from '../redis/reply.js';
import { installScripting } from '../redis/scripting/install.js';

const READONLY = "READONLY You can't write against a read only replica.";
const MASTERDOWN = "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";

describe('replica role', () => {
  let srv: RunningServer;
  let a: RespClient;
  let b: RespClient;
  beforeAll(async () => {
    srv = await startServer({ port: 0 });
    installScripting(srv.server);
    a = await connect('127.0.0.1', srv.port);
    b = await connect('127.0.0.1', srv.port);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await srv.close();
  });

  const master = async (): Promise<void> => {
    expect(await b.call(['REPLICAOF', 'NO', 'ONE'])).toEqual(R.ok());
    expect(await b.call(['CONFIG', 'SET', 'replica-serve-stale-data', 'yes'])).toEqual(R.ok());
  };

  it('aborts at EXEC a transaction queued on the master (execCommandAbort)', async () => {
    expect(await a.call(['MULTI'])).toEqual(R.ok());
    expect(await a.call(['SET', 'k', 'v'])).toEqual(R.status('QUEUED'));
    expect(await b.call(['REPLICAOF', '127.0.0.1', '1'])).toEqual(R.ok());
    expect(await a.call(['EXEC'])).toEqual(R.error(`EXECABORT Transaction discarded because of: ${READONLY}`));
    expect(await a.call(['MULTI'])).toEqual(R.ok());
    expect(await a.call(['EVAL', '#!lua flags=no-writes\nreturn 1', '0'])).toEqual(R.status('QUEUED'));
    expect(await b.call(['CONFIG', 'SET', 'replica-serve-stale-data', 'no'])).toEqual(R.ok());
    expect(await a.call(['EXEC'])).toEqual(R.error(`EXECABORT Transaction discarded because of: ${MASTERDOWN}`));
    // the transaction is gone
    expect(await a.call(['EXEC'])).toEqual(R.error('ERR EXEC without MULTI'));
    await master();
  });

  it('aborts at EXEC a transaction with a deny-oom command once over maxmemory', async () => {
    expect(await a.call(['MULTI'])).toEqual(R.ok());
    expect(await a.call(['SET', 'k', 'v'])).toEqual(R.status('QUEUED'));
    expect(await b.call(['CONFIG', 'SET', 'maxmemory', '1'])).toEqual(R.ok());
    expect(await a.call(['EXEC'])).toEqual(R.error("EXECABORT Transaction discarded because of: OOM command not allowed when used memory > 'maxmemory'."));
    expect(await b.call(['CONFIG', 'SET', 'maxmemory', '0'])).toEqual(R.ok());
  });

  it('unblocks blocked clients with UNBLOCKED and closes them (disconnectAllBlockedClients)', async () => {
    const c = await connect('127.0.0.1', srv.port);
    const blocked = c.call(['BLPOP', 'list', '0']);
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.call(['REPLICAOF', '127.0.0.1', '1'])).toEqual(R.ok());
    expect(await blocked).toEqual(R.error('UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)'));
    await c.waitClosed();
    await c.close();
    await master();
  });

  it('reports the role in HELLO and INFO replication', async () => {
    const role = async (): Promise<Reply | undefined> => {
      const r = await a.call(['HELLO', '2']);
      if (r.type !== 'array') return undefined;
      const i = r.value.findIndex((x) => x.type === 'bulk' && x.value === 'role');
      return r.value[i + 1];
    };
    expect(await role()).toEqual(R.bulk('master'));
    expect(await b.call(['REPLICAOF', 'LocalHost', '6380'])).toEqual(R.ok());
    expect(await role()).toEqual(R.bulk('replica'));
    const info = await a.call(['INFO', 'replication']);
    const text = info.type === 'bulk' ? info.value : '';
    expect(text).toContain('role:slave\r\nmaster_host:LocalHost\r\nmaster_port:6380\r\nmaster_link_status:down\r\n');
    expect(text).toContain('slave_read_only:1\r\n');
    expect(await a.call(['ROLE'])).toEqual(R.array([R.bulk('slave'), R.bulk('LocalHost'), R.int(6380), R.bulk('connect'), R.int(-1)]));
    await master();
    expect(await role()).toEqual(R.bulk('master'));
  });
});
