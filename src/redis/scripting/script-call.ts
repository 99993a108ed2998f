/**
 * scriptCall (script.c, Redis 7.0): the checks a command goes through when a script calls it,
 * in Redis's order, then the call itself. Returns the reply, or the rejection text (without
 * `ERR `, which luaPushError adds).
 *
 *  1. lookupCommand(argv) + arity: `Unknown Redis command called from script` /
 *     `Wrong number of args calling Redis command from script`;
 *  2. CMD_NOSCRIPT: `This Redis command is not allowed from script`;
 *  3. scriptVerifyAllowStale: on a stale replica (link down, replica-serve-stale-data no) a
 *     command without the `stale` flag: `Can not execute the command on a stale replica`;
 *     (ACL: not modelled — single default user);
 *  4. scriptVerifyWriteCommandAllow: a read-only run and a write or may-replicate command:
 *     `Write commands are not allowed from read-only scripts.`; then a write command on a
 *     read-only replica: shared.roslaveerr (`READONLY You can't write against a read only replica.`);
 *  5. scriptVerifyOOM: over maxmemory (replicas too), before the run's first write, a deny-oom
 *     command: `OOM command not allowed when used memory > 'maxmemory'.` (cluster: not modelled);
 *  6. a write command marks the run dirty (it can no longer be killed), then call().
 */
import type { Reply } from '../reply.js';
import type { CommandMeta } from '../command-meta-types.js';
import type { CommandHost, ScriptClientState } from './host.js';
import type { RunCtx } from './run-context.js';
import { propagatedCommands } from './propagation.js';
import { REPLICA_ERR } from '../../server/replication.js';

/** Commands with CMD_MAY_REPLICATE in 7.0 that scripts can reach (COMMAND does not list the flag). */
const MAY_REPLICATE = new Set(['publish', 'spublish', 'pfcount']);

function isWrite(meta: CommandMeta): boolean {
  return meta.flags.includes('write');
}

export function scriptCall(host: CommandHost, ctx: RunCtx, argv: string[]): { reply: Reply } | { error: string } {
  const meta = host.lookupCommand(argv);
  if (meta === undefined) return { error: 'Unknown Redis command called from script' };
  if ((meta.arity > 0 && meta.arity !== argv.length) || argv.length < -meta.arity) {
    return { error: 'Wrong number of args calling Redis command from script' };
  }
  if (meta.flags.includes('noscript')) return { error: 'This Redis command is not allowed from script' };
  if (host.replica.stale && !meta.flags.includes('stale')) return { error: 'Can not execute the command on a stale replica' };
  const write = isWrite(meta);
  if (ctx.readOnly && (write || MAY_REPLICATE.has(meta.name.split('|')[0] ?? meta.name))) {
    return { error: 'Write commands are not allowed from read-only scripts.' };
  }
  if (write && host.replica.readOnly) return { error: `-${REPLICA_ERR.readonly.value}` };
  // scriptVerifyOOM: before the first write, a deny-oom command is refused over maxmemory.
  if (!ctx.allowOom && !ctx.writeDirty && ctx.oomAtStart && meta.flags.includes('denyoom')) {
    return { error: "-OOM command not allowed when used memory > 'maxmemory'." };
  }
  if (write) ctx.writeDirty = true;
  const client: ScriptClientState = {
    db: ctx.db,
    protocol: ctx.resp,
    timeSnapshot: ctx.snapshotTime,
    inMulti: ctx.inMulti,
  };
  const dirtyBefore = host.keyspace.dirty;
  const dbBefore = ctx.db;
  const reply = host.execute(argv, client);
  ctx.db = client.db;
  // Propagation (alsoPropagate): commands that changed the dataset, unless set_repl said none.
  if (write && ctx.replFlags !== 0 && host.keyspace.dirty > dirtyBefore) {
    for (const a of propagatedCommands(host.keyspace, dbBefore, argv, reply)) ctx.effects.push({ db: dbBefore, argv: a });
  }
  return { reply };
}
