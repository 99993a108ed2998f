/**
 * SUBSCRIBE family (Redis 7.0 pubsub.c) and PING's Pub/Sub form. Confirmations
 * are pushes in RESP3 and arrays in RESP2, one per channel; PUBLISH itself is a
 * data command (src/redis/keyspace/commands/misc.ts) so scripts reach subscribers too.
 */
import { R, type Reply } from '../../redis/reply.js';
import { PubSub, pubsubReply } from '../../redis/pubsub.js';
import { executeCommand } from '../../redis/keyspace/registry.js';
import type { ServerCommandHandler, ServerReply } from '../server.js';
import type { ClientSession } from '../session.js';

const many = (replies: Reply[]): ServerReply => ({ type: 'replies', replies });

function confirm(c: ClientSession, kind: string, name: Reply, count: number): Reply {
  return pubsubReply(c, [R.bulk(kind), name, R.int(count)]);
}

const subscribe: ServerCommandHandler = ({ server, client, argv }) => {
  const ps = server.keyspace.pubsub;
  return many(argv.slice(1).map((ch) => {
    ps.subscribe(client, ch);
    return confirm(client, 'subscribe', R.bulk(ch), PubSub.count(client));
  }));
};

const psubscribe: ServerCommandHandler = ({ server, client, argv }) => {
  const ps = server.keyspace.pubsub;
  return many(argv.slice(1).map((p) => {
    ps.psubscribe(client, p);
    return confirm(client, 'psubscribe', R.bulk(p), PubSub.count(client));
  }));
};

const ssubscribe: ServerCommandHandler = ({ server, client, argv }) => {
  const ps = server.keyspace.pubsub;
  return many(argv.slice(1).map((ch) => {
    ps.ssubscribe(client, ch);
    return confirm(client, 'ssubscribe', R.bulk(ch), client.shardChannels.size);
  }));
};

/** (P|S)UNSUBSCRIBE [name...]: without names, every subscription of that kind; with none, one reply with a null name. */
function unsubscribeGeneric(kind: 'unsubscribe' | 'punsubscribe' | 'sunsubscribe'): ServerCommandHandler {
  return ({ server, client, argv }) => {
    const ps = server.keyspace.pubsub;
    const set = kind === 'unsubscribe' ? client.channels : kind === 'punsubscribe' ? client.patterns : client.shardChannels;
    const names = argv.length > 1 ? argv.slice(1) : [...set];
    const count = (): number => (kind === 'sunsubscribe' ? client.shardChannels.size : PubSub.count(client));
    if (names.length === 0) return confirm(client, kind, R.nil(), count());
    return many(names.map((n) => {
      if (kind === 'unsubscribe') ps.unsubscribe(client, n);
      else if (kind === 'punsubscribe') ps.punsubscribe(client, n);
      else ps.sunsubscribe(client, n);
      return confirm(client, kind, R.bulk(n), count());
    }));
  };
}

/** PING in RESP2 Pub/Sub context replies ["pong", message-or-""]. */
const ping: ServerCommandHandler = ({ server, client, argv }) => {
  if (client.subscribed && client.protocol === 2 && argv.length <= 2) {
    return R.array([R.bulk('pong'), R.bulk(argv[1] ?? '')]);
  }
  return executeCommand(server.keyspace, client.ctx, argv, server.table);
};

export const pubsubCommands: Record<string, ServerCommandHandler> = {
  subscribe, psubscribe, ssubscribe,
  unsubscribe: unsubscribeGeneric('unsubscribe'),
  punsubscribe: unsubscribeGeneric('punsubscribe'),
  sunsubscribe: unsubscribeGeneric('sunsubscribe'),
  ping,
};
