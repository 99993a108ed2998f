/**
 * INFO and COMMAND: allowed from scripts in Redis 7.0 (not `noscript`), so they
 * live with the data commands. Hosts add INFO sections through `ks.infoSections`.
 */
import { R, type Reply } from '../../reply.js';
import type { CommandMeta, KeySpecValue } from '../../command-meta-types.js';
import type { CommandHandler, CommandTableView } from '../context.js';
import type { Keyspace } from '../keyspace.js';
import { getKeyPositions } from '../keys.js';

const SECTION_TITLES: Array<[string, string]> = [
  ['server', 'Server'], ['clients', 'Clients'], ['memory', 'Memory'], ['persistence', 'Persistence'], ['stats', 'Stats'],
  ['replication', 'Replication'], ['cpu', 'CPU'], ['modules', 'Modules'], ['errorstats', 'Errorstats'], ['cluster', 'Cluster'], ['keyspace', 'Keyspace'],
];
/** Sections of plain `INFO` / `INFO default` (Redis 7.0 leaves out commandstats, latencystats). */
const DEFAULT_SECTIONS = ['server', 'clients', 'memory', 'persistence', 'stats', 'replication', 'cpu', 'modules', 'errorstats', 'cluster', 'keyspace'];

function defaultSection(ks: Keyspace, name: string): string[] {
  switch (name) {
    case 'server':
      return ['redis_version:7.0.15', 'redis_git_sha1:00000000', 'redis_git_dirty:0', 'redis_build_id:redlua', 'redis_mode:standalone', 'arch_bits:64', 'hz:10'];
    case 'clients':
      return ['connected_clients:0', 'blocked_clients:0'];
    case 'memory':
      return ['used_memory:0', 'maxmemory:0', 'maxmemory_policy:noeviction'];
    case 'persistence':
      return ['loading:0', 'async_loading:0', `rdb_changes_since_last_save:${ks.dirty}`, 'aof_enabled:0'];
    case 'stats':
      return ['total_connections_received:0', 'total_commands_processed:0', 'expired_keys:0'];
    case 'replication':
      return ['role:master', 'connected_slaves:0'];
    case 'cpu':
      return ['used_cpu_sys:0.000000', 'used_cpu_user:0.000000'];
    case 'cluster':
      return ['cluster_enabled:0'];
    case 'keyspace': {
      const out: string[] = [];
      for (const db of ks.dbs) if (db.dict.size) out.push(`db${db.id}:keys=${db.dict.size},expires=${db.expires.size},avg_ttl=0`);
      return out;
    }
    default:
      return [];
  }
}

/** INFO [section ...]: a verbatim "txt" reply (bulk in RESP2); sections separated by an empty line. */
const info: CommandHandler = (ks, _ctx, argv) => {
  let wanted = argv.slice(1).map((s) => s.toLowerCase());
  const everything = wanted.includes('all') || wanted.includes('everything');
  if (wanted.length === 0 || wanted.includes('default') || everything) wanted = [...new Set([...wanted, ...DEFAULT_SECTIONS])];
  const parts: string[] = [];
  for (const [name, title] of SECTION_TITLES) {
    if (!wanted.includes(name)) continue;
    const lines = ks.infoSections.get(name)?.() ?? defaultSection(ks, name);
    parts.push(`# ${title}\r\n${lines.map((l) => `${l}\r\n`).join('')}`);
  }
  return { type: 'verbatim', format: 'txt', value: parts.join('\r\n') };
};

/** One COMMAND / COMMAND INFO entry: name, arity, flags, first, last, step, ACL categories, tips, key specs, subcommands. */
export function commandEntry(spec: CommandMeta): Reply {
  return R.array([
    R.bulk(spec.name),
    R.int(spec.arity),
    R.set(spec.flags.map((f) => R.status(f))),
    R.int(spec.firstKey),
    R.int(spec.lastKey),
    R.int(spec.step),
    R.set(spec.acl.map((a) => R.status(`@${a}`))),
    R.set((spec.tips ?? []).map((t) => R.bulk(t))),
    R.set((spec.keySpecs ?? []).map(keySpecReply)),
    // addReplyCommandSubCommands: an empty set without subcommands, else an array (dict order in Redis).
    spec.subcommands?.length ? R.array(spec.subcommands.map(commandEntry)) : R.set([]),
  ]);
}

/** addReplyCommandKeySpecs: maps for objects, sets of status replies for flag lists. */
function keySpecReply(v: KeySpecValue): Reply {
  if (typeof v === 'number') return R.int(v);
  if (typeof v === 'string') return R.bulk(v);
  if (Array.isArray(v)) return R.set(v.map((x) => R.status(x)));
  return R.map(Object.entries(v).map(([k, x]) => [R.bulk(k), keySpecReply(x)] as [Reply, Reply]));
}

/** lookupCommandBySds: "container|sub" names reach subcommands. */
function lookupByFullName(table: CommandTableView, name: string): CommandMeta | undefined {
  const [top, sub] = name.toLowerCase().split('|');
  const t = table.get(top ?? '');
  if (sub === undefined) return t;
  return t?.subcommands?.find((x) => x.name === `${top ?? ''}|${sub}`);
}

function resolveMeta(all: CommandMeta[], argv: readonly string[]): CommandMeta | undefined {
  const top = all.find((c) => c.name === (argv[0] ?? '').toLowerCase());
  if (!top) return undefined;
  if (top.subcommands?.length && argv.length >= 2) return top.subcommands.find((s) => s.name === `${top.name}|${(argv[1] ?? '').toLowerCase()}`);
  return top;
}

const command: CommandHandler = (_ks, _ctx, argv, table) => {
  const all = table.all();
  if (argv.length === 1) return R.array(all.map(commandEntry));
  const sub = (argv[1] ?? '').toLowerCase();
  switch (sub) {
    case 'count':
      return R.int(all.length);
    case 'info':
      if (argv.length === 2) return R.array(all.map(commandEntry));
      return R.array(argv.slice(2).map((n) => {
        const s = lookupByFullName(table, n);
        return s ? commandEntry(s) : R.nil();
      }));
    case 'docs':
      // redlua carries no documentation: an empty map (clients fall back gracefully).
      return R.map([]);
    case 'list': {
      const names: string[] = [];
      for (const s of all) {
        names.push(s.name);
        for (const x of s.subcommands ?? []) names.push(x.name);
      }
      return R.bulkArray(names);
    }
    case 'getkeys': {
      const rest = argv.slice(2);
      const spec = resolveMeta(all, rest);
      if (!spec) return R.error('ERR Invalid command specified');
      if ((spec.arity > 0 && spec.arity !== rest.length) || rest.length < -spec.arity) return R.error('ERR Invalid number of arguments specified for command');
      const pos = getKeyPositions(spec, rest);
      if (pos.length === 0) return R.error('ERR The command has no key arguments');
      return R.bulkArray(pos.map((p) => rest[p] ?? ''));
    }
    default:
      return R.error(`ERR unknown subcommand '${argv[1] ?? ''}'. Try COMMAND HELP.`);
  }
};

export const introspectionCommands: Record<string, CommandHandler> = { info, command };
