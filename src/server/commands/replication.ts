/**
 * REPLICAOF / SLAVEOF, ROLE, WAIT and INFO replication (replication.c, Redis 7.0.15) over the
 * server's Replication state. redlua does not sync from the master: the link stays down.
 */
import { R } from '../../redis/reply.js';
import { string2ll } from '../../redis/resp-parser.js';
import { executeCommand } from '../../redis/keyspace/registry.js';
import type { RedisServer, ServerCommandHandler } from '../server.js';
import { disconnectAllBlockedClients } from './blocking.js';

/**
 * replicaofCommand: `NO ONE` turns a replica back into a master; otherwise the port must be a
 * long in 0..65535 (getRangeLongFromObjectOrReply), and the same host (strcasecmp) and port as
 * the current master is a no-op answered `+OK Already connected to specified master`.
 */
const replicaof: ServerCommandHandler = ({ server, argv }) => {
  const host = argv[1] ?? '';
  const portArg = argv[2] ?? '';
  const repl = server.replication;
  if (host.toLowerCase() === 'no' && portArg.toLowerCase() === 'one') {
    if (repl.isReplica) repl.unsetMaster();
    return R.ok();
  }
  const port = string2ll(portArg);
  if (port === null || port < 0n || port > 65535n) return R.error('ERR Invalid master port');
  if (repl.masterHost !== null && repl.masterHost.toLowerCase() === host.toLowerCase() && repl.masterPort === Number(port)) {
    return R.status('OK Already connected to specified master');
  }
  repl.setMaster(host, Number(port));
  // replicationSetMaster: clients blocked on the master's keys cannot be served by a replica.
  disconnectAllBlockedClients(server);
  return R.ok();
};

/** roleCommand: master [offset, replicas] or slave [host, port, link state, offset]. */
const role: ServerCommandHandler = ({ server }) => {
  const repl = server.replication;
  if (repl.masterHost === null) return R.array([R.bulk('master'), R.int(0), R.array([])]);
  return R.array([R.bulk('slave'), R.bulk(repl.masterHost), R.int(repl.masterPort), R.bulk(repl.linkState), R.int(-1)]);
};

/** waitCommand: refused on a replica before its arguments are parsed. */
const wait: ServerCommandHandler = ({ server, client, argv }) => {
  if (server.replication.isReplica) {
    return R.error(
      'ERR WAIT cannot be used with replica instances. Please also note that since Redis 4.0 if a replica is configured to be writable (which is not the default) writes to replicas are just local and are not propagated.',
    );
  }
  return executeCommand(server.keyspace, client.ctx, argv, server.table);
};

export const replicationCommands: Record<string, ServerCommandHandler> = { replicaof, slaveof: replicaof, role, wait };

/** genRedisInfoString's "replication" section, as a replica of an unreachable master shows it. */
export function installReplicationInfo(server: RedisServer): void {
  server.keyspace.infoSections.set('replication', () => {
    const repl = server.replication;
    const cfg = (name: string): string => server.config.get(name) ?? '';
    const flag = (name: string): string => (cfg(name) === 'yes' ? '1' : '0');
    const head =
      repl.masterHost === null
        ? ['role:master']
        : [
            'role:slave', `master_host:${repl.masterHost}`, `master_port:${repl.masterPort}`,
            `master_link_status:${repl.linkUp ? 'up' : 'down'}`, 'master_last_io_seconds_ago:-1', 'master_sync_in_progress:0',
            'slave_read_repl_offset:0', 'slave_repl_offset:0', 'master_link_down_since_seconds:-1',
            `slave_priority:${cfg('replica-priority')}`, `slave_read_only:${flag('replica-read-only')}`,
            `replica_announced:${flag('replica-announced')}`,
          ];
    return [
      ...head, 'connected_slaves:0', 'master_failover_state:no-failover', `master_replid:${repl.replid}`,
      `master_replid2:${repl.replid2}`, 'master_repl_offset:0', `second_repl_offset:${repl.secondReplOffset}`,
      'repl_backlog_active:0', `repl_backlog_size:${cfg('repl-backlog-size')}`, 'repl_backlog_first_byte_offset:0', 'repl_backlog_histlen:0',
    ];
  });
}
