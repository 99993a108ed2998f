/**
 * How Redis 7.0 rewrites a command for propagation (AOF / replicas) — the argv a script's effect
 * is journaled as (t_string.c setGenericCommand / getexCommand / getdelCommand /
 * incrbyfloatCommand, expire.c expireGenericCommand, t_hash.c hincrbyfloatCommand, t_set.c
 * spopCommand, t_list.c / t_zset.c *MPOP, cluster.c restoreCommand). Checked against the AOF of redis-server 7.0.15.
 * Commands not listed are propagated as called.
 */
import type { Reply } from '../reply.js';
import type { Keyspace } from '../keyspace/keyspace.js';

const lc = (s: string | undefined): string => (s ?? '').toLowerCase();

function expireAt(ks: Keyspace, db: number, key: string): string | null {
  const t = ks.db(db).expires.get(key);
  return t === undefined ? null : String(t);
}

function exists(ks: Keyspace, db: number, key: string): boolean {
  return ks.db(db).dict.has(key);
}

export function propagatedCommands(ks: Keyspace, db: number, argv: readonly string[], reply: Reply): string[][] {
  const cmd = lc(argv[0]);
  const key = argv[1] ?? '';
  switch (cmd) {
    case 'set': {
      const opts = argv.slice(3).map(lc);
      if (opts.includes('pxat')) return [[...argv]];
      if (opts.some((o) => o === 'ex' || o === 'px' || o === 'exat')) {
        const ms = expireAt(ks, db, key);
        if (ms !== null) return [['SET', key, argv[2] ?? '', 'PXAT', ms]];
      }
      return [[...argv]];
    }
    case 'setex':
    case 'psetex': {
      const ms = expireAt(ks, db, key);
      return ms !== null ? [['SET', key, argv[3] ?? '', 'PXAT', ms]] : [[...argv]];
    }
    case 'getex': {
      const opt = lc(argv[2]);
      if (opt === 'persist') return [['PERSIST', key]];
      if (opt === 'ex' || opt === 'px' || opt === 'exat' || opt === 'pxat') {
        if (!exists(ks, db, key)) return [['DEL', key]];
        const ms = expireAt(ks, db, key);
        if (ms !== null) return [['PEXPIREAT', key, ms]];
      }
      return [[...argv]];
    }
    case 'getdel':
      return [['DEL', key]];
    case 'expire':
    case 'pexpire':
    case 'expireat':
    case 'pexpireat': {
      if (!exists(ks, db, key)) return [['DEL', key]];
      if (cmd === 'pexpireat') return [[...argv]];
      const ms = expireAt(ks, db, key);
      if (ms === null) return [[...argv]];
      return [['PEXPIREAT', key, ms, ...argv.slice(3)]];
    }
    case 'incrbyfloat':
      return reply.type === 'bulk' ? [['SET', key, reply.value, 'KEEPTTL']] : [[...argv]];
    case 'hincrbyfloat':
      return reply.type === 'bulk' ? [['HSET', key, argv[2] ?? '', reply.value]] : [[...argv]];
    case 'spop': {
      if (argv.length === 2) return reply.type === 'bulk' ? [['SREM', key, reply.value]] : [[...argv]];
      if (!exists(ks, db, key)) return [['DEL', key]];
      if (reply.type === 'array') {
        const members = reply.value.map((r) => (r.type === 'bulk' ? r.value : ''));
        const out: string[][] = [];
        for (let i = 0; i < members.length; i += 1024) out.push(['SREM', key, ...members.slice(i, i + 1024)]);
        return out;
      }
      return [[...argv]];
    }
    case 'lmpop':
    case 'zmpop': {
      // reply: [key, elements]; propagated as LPOP/RPOP/ZPOPMIN/ZPOPMAX key count
      if (reply.type !== 'array' || reply.value.length !== 2) return [[...argv]];
      const k = reply.value[0];
      const els = reply.value[1];
      if (k?.type !== 'bulk' || els?.type !== 'array') return [[...argv]];
      const n = Number(argv[1] ?? '0');
      const where = lc(argv[2 + n]);
      const name = cmd === 'lmpop' ? (where === 'left' ? 'LPOP' : 'RPOP') : where === 'min' ? 'ZPOPMIN' : 'ZPOPMAX';
      return [[name, k.value, String(els.value.length)]];
    }
    case 'restore':
    case 'restore-asking': {
      // cluster.c restoreCommand: a deadline already past only propagates the deletion of the
      // replaced key; a relative TTL is rewritten as the absolute deadline + ABSTTL.
      if (!exists(ks, db, key)) return [['DEL', key]];
      const ttl = argv[2] ?? '0';
      if (ttl === '0' || argv.slice(4).some((a) => lc(a) === 'absttl')) return [[...argv]];
      const ms = expireAt(ks, db, key);
      return ms === null ? [[...argv]] : [[argv[0] ?? 'RESTORE', key, ms, ...argv.slice(3), 'ABSTTL']];
    }
    default:
      return [[...argv]];
  }
}
