/** MULTI / EXEC / DISCARD / WATCH / UNWATCH (Redis 7.0 multi.c). */
import { R, type Reply } from '../../redis/reply.js';
import type { ServerCommandHandler } from '../server.js';
import type { ClientSession } from '../session.js';
import type { RedisServer } from '../server.js';

function discard(c: ClientSession): void {
  c.multi = null;
  c.multiDirty = false;
  c.watched = [];
}

/** A watched key was touched since WATCH (signalModifiedKey bumps its version). */
function watchedTouched(server: RedisServer, c: ClientSession): boolean {
  const now = server.keyspace.clock.now();
  for (const w of c.watched) {
    const db = server.keyspace.dbs[w.db];
    if (!db) continue;
    if (server.keyspace.keyVersion(db, w.key) !== w.version) return true;
    // isWatchedKeyExpired: a key that expired since WATCH counts as modified
    if (!w.expiredAtWatch && server.keyspace.isExpired(db, w.key, now)) return true;
  }
  return false;
}

const multi: ServerCommandHandler = ({ client }) => {
  if (client.multi) return R.error('ERR MULTI calls can not be nested');
  client.beginMulti();
  return R.ok();
};

const exec: ServerCommandHandler = async ({ server, client }) => {
  if (!client.multi) return R.error('ERR EXEC without MULTI');
  const queued = client.multi;
  if (client.multiDirty) {
    discard(client);
    return R.error('EXECABORT Transaction discarded because of previous errors.');
  }
  if (watchedTouched(server, client)) {
    discard(client);
    return R.nilArray();
  }
  discard(client);
  const replies: Reply[] = [];
  client.inExec = true;
  try {
    for (const argv of queued) {
      const r = server.table.resolve(argv);
      if (r.kind !== 'ok') {
        replies.push(r.error);
        continue;
      }
      let rep = server.runHandler(client, argv, r.spec);
      if (rep instanceof Promise) rep = await rep;
      if (rep.type === 'replies') replies.push(...rep.replies);
      else replies.push(rep);
    }
  } finally {
    client.inExec = false;
  }
  return R.array(replies);
};

const discardCmd: ServerCommandHandler = ({ client }) => {
  if (!client.multi) return R.error('ERR DISCARD without MULTI');
  discard(client);
  return R.ok();
};

const watch: ServerCommandHandler = ({ server, client, argv }) => {
  if (client.multi) return R.error('ERR WATCH inside MULTI is not allowed');
  const db = server.keyspace.db(client.ctx.db);
  for (let i = 1; i < argv.length; i++) {
    const key = argv[i] ?? '';
    if (client.watched.some((w) => w.db === db.id && w.key === key)) continue;
    const expiredAtWatch = server.keyspace.isExpired(db, key, server.keyspace.clock.now());
    client.watched.push({ db: db.id, key, version: server.keyspace.keyVersion(db, key), expiredAtWatch });
  }
  return R.ok();
};

const unwatch: ServerCommandHandler = ({ client }) => {
  client.watched = [];
  return R.ok();
};

export const transactionCommands: Record<string, ServerCommandHandler> = {
  multi, exec, discard: discardCmd, watch, unwatch,
};
