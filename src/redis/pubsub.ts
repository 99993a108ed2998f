/**
 * Pub/Sub registry (Redis 7.0 pubsub.c): channels, patterns and shard
 * channels, each subscriber an opaque object that receives message replies.
 * Owned by the Keyspace so that PUBLISH (allowed in scripts) reaches the
 * server's subscribed clients.
 */
import { R, type Reply } from './reply.js';
import { stringMatch } from './glob.js';

export interface Subscriber {
  /** Protocol of the subscriber (messages are pushes in RESP3, arrays in RESP2). */
  readonly protocol: 2 | 3;
  /** Deliver one message reply. */
  deliver(reply: Reply): void;
  readonly channels: Set<string>;
  readonly patterns: Set<string>;
  readonly shardChannels: Set<string>;
}

/** A pub/sub message: a push in RESP3, a plain array in RESP2 (addReplyPubsubMessage). */
export function pubsubReply(sub: Subscriber, items: Reply[]): Reply {
  return sub.protocol === 3 ? { type: 'push', value: items } : R.array(items);
}

export class PubSub {
  readonly channels = new Map<string, Set<Subscriber>>();
  readonly patterns = new Map<string, Set<Subscriber>>();
  readonly shardChannels = new Map<string, Set<Subscriber>>();

  private static add(m: Map<string, Set<Subscriber>>, key: string, s: Subscriber): void {
    let set = m.get(key);
    if (!set) {
      set = new Set();
      m.set(key, set);
    }
    set.add(s);
  }

  private static remove(m: Map<string, Set<Subscriber>>, key: string, s: Subscriber): void {
    const set = m.get(key);
    if (!set) return;
    set.delete(s);
    if (set.size === 0) m.delete(key);
  }

  /** Number of subscriptions (channels + patterns) used in (un)subscribe confirmations. */
  static count(s: Subscriber): number {
    return s.channels.size + s.patterns.size;
  }

  subscribe(s: Subscriber, channel: string): void {
    s.channels.add(channel);
    PubSub.add(this.channels, channel, s);
  }
  unsubscribe(s: Subscriber, channel: string): boolean {
    const had = s.channels.delete(channel);
    PubSub.remove(this.channels, channel, s);
    return had;
  }
  psubscribe(s: Subscriber, pattern: string): void {
    s.patterns.add(pattern);
    PubSub.add(this.patterns, pattern, s);
  }
  punsubscribe(s: Subscriber, pattern: string): boolean {
    const had = s.patterns.delete(pattern);
    PubSub.remove(this.patterns, pattern, s);
    return had;
  }
  ssubscribe(s: Subscriber, channel: string): void {
    s.shardChannels.add(channel);
    PubSub.add(this.shardChannels, channel, s);
  }
  sunsubscribe(s: Subscriber, channel: string): boolean {
    const had = s.shardChannels.delete(channel);
    PubSub.remove(this.shardChannels, channel, s);
    return had;
  }

  /** Drop every subscription of a subscriber (disconnect, RESET). */
  removeAll(s: Subscriber): void {
    for (const c of [...s.channels]) this.unsubscribe(s, c);
    for (const p of [...s.patterns]) this.punsubscribe(s, p);
    for (const c of [...s.shardChannels]) this.sunsubscribe(s, c);
  }

  /** pubsubPublishMessage: channel subscribers first, then pattern subscribers; returns receivers. */
  publish(channel: string, message: string): number {
    let n = 0;
    for (const s of this.channels.get(channel) ?? []) {
      s.deliver(pubsubReply(s, [R.bulk('message'), R.bulk(channel), R.bulk(message)]));
      n++;
    }
    for (const [pattern, subs] of this.patterns) {
      if (!stringMatch(pattern, channel)) continue;
      for (const s of subs) {
        s.deliver(pubsubReply(s, [R.bulk('pmessage'), R.bulk(pattern), R.bulk(channel), R.bulk(message)]));
        n++;
      }
    }
    return n;
  }

  spublish(channel: string, message: string): number {
    let n = 0;
    for (const s of this.shardChannels.get(channel) ?? []) {
      s.deliver(pubsubReply(s, [R.bulk('smessage'), R.bulk(channel), R.bulk(message)]));
      n++;
    }
    return n;
  }
}
