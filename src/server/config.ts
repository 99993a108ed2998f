/**
 * CONFIG GET / CONFIG SET over Redis 7.0's parameter list (config-defaults.ts,
 * recorded from the real server). Validation is modelled for the parameters
 * redlua uses (busy-reply-threshold / lua-time-limit, maxmemory, requirepass)
 * and for yes/no booleans; other values are stored as given.
 */
import { R, type Reply } from '../redis/reply.js';
import { stringMatch } from '../redis/glob.js';
import { CONFIG_DEFAULTS } from './config-defaults.js';

/** Alias pairs: both names read and write one value (Redis `alias` in config.c). */
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['lua-time-limit', 'busy-reply-threshold'],
  ['hash-max-ziplist-entries', 'hash-max-listpack-entries'],
  ['hash-max-ziplist-value', 'hash-max-listpack-value'],
  ['zset-max-ziplist-entries', 'zset-max-listpack-entries'],
  ['zset-max-ziplist-value', 'zset-max-listpack-value'],
  ['list-max-ziplist-size', 'list-max-listpack-size'],
  ['slaveof', 'replicaof'],
  ['slave-serve-stale-data', 'replica-serve-stale-data'],
  ['slave-read-only', 'replica-read-only'],
  ['slave-ignore-maxmemory', 'replica-ignore-maxmemory'],
  ['slave-lazy-flush', 'replica-lazy-flush'],
  ['slave-priority', 'replica-priority'],
  ['slave-announce-ip', 'replica-announce-ip'],
  ['slave-announce-port', 'replica-announce-port'],
  ['min-slaves-to-write', 'min-replicas-to-write'],
  ['min-slaves-max-lag', 'min-replicas-max-lag'],
  ['repl-ping-slave-period', 'repl-ping-replica-period'],
  ['cluster-slave-validity-factor', 'cluster-replica-validity-factor'],
  ['cluster-slave-no-failover', 'cluster-replica-no-failover'],
];

const INTEGER_PARAMS = new Set(['busy-reply-threshold', 'hash-max-listpack-entries', 'hash-max-listpack-value', 'zset-max-listpack-entries', 'zset-max-listpack-value', 'set-max-intset-entries', 'databases', 'port', 'timeout', 'hz', 'maxclients', 'list-max-listpack-size', 'proto-max-bulk-len-x']);
const MEMORY_PARAMS = new Set(['maxmemory', 'proto-max-bulk-len', 'client-query-buffer-limit']);
const IMMUTABLE = new Set(['replicaof', 'databases', 'daemonize', 'port-x', 'bind-x', 'pidfile', 'unixsocket', 'logfile', 'syslog-enabled', 'supervised', 'cluster-enabled', 'io-threads']);

/** memtoull: digits with optional b/k/kb/m/mb/g/gb (case-insensitive). */
export function parseMemory(s: string): bigint | null {
  const m = /^(-?\d+)(b|k|kb|m|mb|g|gb)?$/i.exec(s);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase();
  const mul: Record<string, bigint> = { b: 1n, k: 1000n, kb: 1024n, m: 1000000n, mb: 1048576n, g: 1000000000n, gb: 1073741824n };
  const v = BigInt(m[1] ?? '0') * (mul[unit] ?? 1n);
  if (v < 0n) return null;
  return v;
}

export class ConfigStore {
  private readonly values = new Map<string, string>();
  private readonly canonical = new Map<string, string>();
  /** Called after a successful CONFIG SET of a canonical name. */
  readonly listeners: Array<(name: string, value: string) => void> = [];

  constructor(overrides: Record<string, string> = {}) {
    for (const [k, v] of CONFIG_DEFAULTS) this.values.set(k, v);
    for (const [alias, name] of ALIASES) {
      this.canonical.set(alias, name);
      this.values.delete(alias);
      if (!this.values.has(name)) this.values.set(name, '');
    }
    for (const [k, v] of Object.entries(overrides)) this.values.set(this.canon(k), v);
  }

  private canon(name: string): string {
    const l = name.toLowerCase();
    return this.canonical.get(l) ?? l;
  }

  get(name: string): string | undefined {
    return this.values.get(this.canon(name));
  }

  getInt(name: string): number {
    return Number(this.get(name) ?? '0');
  }

  /** All names (canonical and aliases), each with its value. */
  private entries(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [k, v] of this.values) out.push([k, v]);
    for (const [alias, name] of this.canonical) out.push([alias, this.values.get(name) ?? '']);
    return out;
  }

  /** CONFIG GET pattern... → map (flat array in RESP2), each matching parameter once. */
  configGet(patterns: string[]): Reply {
    const seen = new Set<string>();
    const pairs: Array<[Reply, Reply]> = [];
    for (const p of patterns) {
      const lp = p.toLowerCase();
      const direct = this.values.has(this.canon(lp)) && !/[*?[]/.test(lp);
      for (const [k, v] of this.entries()) {
        if (seen.has(k)) continue;
        if (direct ? k === lp : stringMatch(lp, k, true)) {
          seen.add(k);
          pairs.push([R.bulk(k), R.bulk(v)]);
        }
      }
    }
    return R.map(pairs);
  }

  /** Server state mirrored into a parameter CONFIG SET cannot change (replicaof). */
  setInternal(name: string, value: string): void {
    this.values.set(this.canon(name), value);
  }

  /** CONFIG SET name value [name value ...]: all or nothing. */
  configSet(args: string[]): Reply {
    if (args.length === 0 || args.length % 2 !== 0) return R.error("ERR wrong number of arguments for 'config|set' command");
    const updates = new Map<string, string>();
    const given = new Set<string>();
    for (let i = 0; i < args.length; i += 2) {
      const raw = args[i] ?? '';
      const name = this.canon(raw);
      if (!this.values.has(name)) return R.error(`ERR Unknown option or number of arguments for CONFIG SET - '${raw}'`);
      if (given.has(name)) return R.error(`ERR CONFIG SET failed (possibly related to argument '${raw}') - duplicate parameter`);
      given.add(name);
      const v = args[i + 1] ?? '';
      const bad = (why: string): Reply => R.error(`ERR CONFIG SET failed (possibly related to argument '${raw}') - ${why}`);
      if (IMMUTABLE.has(name)) return bad("can't set immutable config");
      let stored = v;
      const cur = this.values.get(name) ?? '';
      if (INTEGER_PARAMS.has(name)) {
        if (!/^-?\d+$/.test(v)) return bad("argument couldn't be parsed into an integer");
        stored = String(BigInt(v));
      } else if (MEMORY_PARAMS.has(name)) {
        const m = parseMemory(v);
        if (m === null) return bad('argument must be a memory value');
        stored = m.toString();
      } else if (cur === 'yes' || cur === 'no') {
        const l = v.toLowerCase();
        if (l !== 'yes' && l !== 'no') return bad("argument must be 'yes' or 'no'");
        stored = l;
      }
      updates.set(name, stored);
    }
    for (const [k, v] of updates) {
      this.values.set(k, v);
      for (const l of this.listeners) l(k, v);
    }
    return R.ok();
  }
}
