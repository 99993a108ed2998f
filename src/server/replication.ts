/**
 * The replica role of the server (replication.c, Redis 7.0): `server.masterhost` / `masterport`
 * set by REPLICAOF, and the server states derived from them that processCommand and the
 * scripting layer check. This is the one place that decides "read-only replica", "stale
 * replica" and "replica ignoring maxmemory".
 *
 * redlua never syncs from a master: while a replica, the link stays down (repl_state
 * REPL_STATE_CONNECT, what a real replica of an unreachable master shows), so the data set is
 * kept as it was and `master_link_status` is `down`.
 */
import { randomBytes } from 'node:crypto';
import type { Reply } from '../redis/reply.js';
import type { ConfigStore } from './config.js';

/** server.c shared error objects of the replica role. */
export const REPLICA_ERR = {
  /** shared.roslaveerr */
  readonly: { type: 'error', value: "READONLY You can't write against a read only replica." } satisfies Reply,
  /** shared.masterdownerr */
  masterdown: { type: 'error', value: "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'." } satisfies Reply,
} as const;

/** changeReplicationId: 40 random hex characters. */
function newReplid(): string {
  return randomBytes(20).toString('hex');
}

export class Replication {
  /** server.masterhost (null on a master). */
  masterHost: string | null = null;
  /** server.masterport */
  masterPort = 0;
  /** server.replid / replid2 / second_replid_offset (INFO replication). */
  replid = newReplid();
  replid2 = '0'.repeat(40);
  secondReplOffset = -1;

  constructor(private readonly config: ConfigStore) {}

  /** server.masterhost != NULL */
  get isReplica(): boolean {
    return this.masterHost !== null;
  }

  /** repl_state == REPL_STATE_CONNECTED: never, redlua does not connect to its master. */
  get linkUp(): boolean {
    return false;
  }

  /** repl_state as ROLE names it (REPL_STATE_CONNECT while the link is down). */
  get linkState(): string {
    return this.linkUp ? 'connected' : 'connect';
  }

  /** server.masterhost && server.repl_slave_ro (replica-read-only). */
  get readOnly(): boolean {
    return this.isReplica && this.config.get('replica-read-only') === 'yes';
  }

  /**
   * server.masterhost && repl_state != REPL_STATE_CONNECTED && !repl_serve_stale_data: the
   * condition of processCommand's MASTERDOWN, scriptPrepareForRun's `running_stale` and
   * scriptVerifyAllowStale.
   */
  get stale(): boolean {
    return this.isReplica && !this.linkUp && this.config.get('replica-serve-stale-data') === 'no';
  }

  /** isSafeToPerformEvictions: a replica with replica-ignore-maxmemory is never out of memory. */
  get ignoresMaxmemory(): boolean {
    return this.isReplica && this.config.get('replica-ignore-maxmemory') === 'yes';
  }

  /** replicationSetMaster (the caller unblocks blocked clients). CONFIG GET replicaof mirrors it. */
  setMaster(host: string, port: number): void {
    this.masterHost = host;
    this.masterPort = port;
    this.config.setInternal('replicaof', `${host} ${port}`);
  }

  /** replicationUnsetMaster: back to master, the data set kept. */
  unsetMaster(): void {
    // shiftReplicationId: the old history stays valid up to offset 0 (+1), under a new id.
    this.replid2 = this.replid;
    this.secondReplOffset = 1;
    this.replid = newReplid();
    this.masterHost = null;
    this.masterPort = 0;
    this.config.setInternal('replicaof', '');
  }
}
