/** Connection-independent server commands usable from scripts: PING ECHO TIME PUBLISH OBJECT. */
import { R, type Reply } from '../../reply.js';
import { stringMatch } from '../../glob.js';
import { ERR, err } from '../errors.js';
import { type CommandHandler, lookup } from '../context.js';
import { string2ll } from '../numbers.js';
import type { RValue } from '../keyspace.js';

/** pingCommand (not subscribed): PONG as status, or the argument as bulk. */
const ping: CommandHandler = (_ks, _ctx, argv) => {
  if (argv.length > 2) return err("ERR wrong number of arguments for 'ping' command");
  return argv.length === 1 ? R.status('PONG') : R.bulk(argv[1] ?? '');
};

const echo: CommandHandler = (_ks, _ctx, argv) => R.bulk(argv[1] ?? '');

/** TIME: [unix seconds, microseconds] as bulk strings; real time, even in scripts (7.0). */
const time: CommandHandler = () => {
  const us = BigInt(Math.round(performance.timeOrigin * 1000 + performance.now() * 1000));
  return R.array([R.bulk((us / 1000000n).toString()), R.bulk((us % 1000000n).toString())]);
};

/** PUBLISH / SPUBLISH: delivered through the keyspace's Pub/Sub registry; replies the receivers count. */
const publish: CommandHandler = (ks, _ctx, argv) => R.int(ks.pubsub.publish(argv[1] ?? '', argv[2] ?? ''));
const spublish: CommandHandler = (ks, _ctx, argv) => R.int(ks.pubsub.spublish(argv[1] ?? '', argv[2] ?? ''));

/** PUBSUB CHANNELS [pattern] | NUMSUB [channel...] | NUMPAT | SHARDCHANNELS [pattern] | SHARDNUMSUB [channel...]. */
const pubsub: CommandHandler = (ks, _ctx, argv) => {
  const sub = (argv[1] ?? '').toLowerCase();
  const ps = ks.pubsub;
  const channelsMatching = (m: Map<string, unknown>, pat: string | undefined): Reply =>
    R.bulkArray([...m.keys()].filter((c) => pat === undefined || stringMatch(pat, c)));
  const numsub = (m: Map<string, Set<unknown>>): Reply => {
    const out: Reply[] = [];
    for (const c of argv.slice(2)) out.push(R.bulk(c), R.int(m.get(c)?.size ?? 0));
    return R.array(out);
  };
  if (sub === 'channels' && argv.length <= 3) return channelsMatching(ps.channels, argv[2]);
  if (sub === 'numsub') return numsub(ps.channels);
  if (sub === 'numpat' && argv.length === 2) return R.int(ps.patterns.size);
  if (sub === 'shardchannels' && argv.length <= 3) return channelsMatching(ps.shardChannels, argv[2]);
  if (sub === 'shardnumsub') return numsub(ps.shardChannels);
  return err(`ERR unknown subcommand or wrong number of arguments for '${argv[1] ?? ''}'. Try PUBSUB HELP.`);
};

/** OBJECT ENCODING as Redis 7.0 would report it for our value. */
export function encodingOf(v: RValue): string {
  switch (v.type) {
    case 'string':
      if (v.raw) return 'raw';
      if (v.value.length <= 20 && string2ll(v.value) !== null) return 'int';
      return v.value.length <= 44 ? 'embstr' : 'raw';
    case 'hash':
      return v.listpack ? 'listpack' : 'hashtable';
    case 'list':
      return 'quicklist';
    case 'set':
      return v.intset ? 'intset' : 'hashtable';
    case 'zset':
      return v.value.listpack ? 'listpack' : 'skiplist';
    case 'stream':
      return 'stream';
  }
}

const object: CommandHandler = (ks, ctx, argv) => {
  const sub = (argv[1] ?? '').toLowerCase();
  if (sub === 'encoding' && argv.length === 3) {
    const v = lookup(ks, ctx, argv[2] ?? '');
    return v ? R.bulk(encodingOf(v)) : R.nil();
  }
  if (sub === 'refcount' && argv.length === 3) {
    const v = lookup(ks, ctx, argv[2] ?? '');
    if (!v) return R.nil();
    // shared integer objects 0..9999 (OBJ_SHARED_INTEGERS) report OBJ_SHARED_REFCOUNT
    if (v.type === 'string' && !v.raw && /^(0|[1-9]\d{0,3})$/.test(v.value)) return R.int(2147483647);
    return R.int(1);
  }
  if (sub === 'idletime' && argv.length === 3) return lookup(ks, ctx, argv[2] ?? '') ? R.int(0) : R.nil();
  if (sub === 'freq' && argv.length === 3) {
    if (!lookup(ks, ctx, argv[2] ?? '')) return R.nil();
    return err('ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.');
  }
  return ERR.syntax;
};

/** Persistence and replication stubs: redlua keeps no files and has no replicas. */
const save: CommandHandler = () => R.ok();
const bgsave: CommandHandler = () => R.status('Background saving started');
const bgrewriteaof: CommandHandler = () => R.status('Background append only file rewriting started');
const wait: CommandHandler = (_ks, _ctx, argv) => {
  const n = string2ll(argv[1] ?? '');
  const t = string2ll(argv[2] ?? '');
  if (n === null || t === null) return ERR.notInt;
  if (t < 0n) return err('ERR timeout is negative');
  return R.int(0);
};

export const miscCommands: Record<string, CommandHandler> = { ping, echo, time, publish, spublish, pubsub, object, save, bgsave, bgrewriteaof, wait };
