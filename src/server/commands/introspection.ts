/** INFO, CONFIG, COMMAND (enough for redis-cli and ioredis; Redis 7.0 formats). */
import { R, type Reply } from '../../redis/reply.js';
import type { CommandSpec } from '../../redis/keyspace/registry.js';
import { getKeyPositions } from '../../redis/keyspace/registry.js';
import type { ServerCommandHandler, RedisServer } from '../server.js';

function infoSections(server: RedisServer, clientCount: number): Record<string, string[]> {
  const uptime = Math.floor((Date.now() - server.startedAt) / 1000);
  const ks = server.keyspace;
  const keyspace: string[] = [];
  for (const db of ks.dbs) {
    if (db.dict.size) keyspace.push(`db${db.id}:keys=${db.dict.size},expires=${db.expires.size},avg_ttl=0`);
  }
  return {
    server: [
      'redis_version:7.0.15',
      'redis_git_sha1:00000000',
      'redis_git_dirty:0',
      'redis_build_id:redlua',
      'redis_mode:standalone',
      `os:${process.platform} node ${process.version}`,
      'arch_bits:64',
      'multiplexing_api:node',
      `process_id:${process.pid}`,
      'run_id:0000000000000000000000000000000000000000',
      `tcp_port:${server.options.port ?? 6379}`,
      `server_time_usec:${Date.now() * 1000}`,
      `uptime_in_seconds:${uptime}`,
      `uptime_in_days:${Math.floor(uptime / 86400)}`,
      'hz:10',
      'executable:redlua',
      'config_file:',
    ],
    clients: [`connected_clients:${clientCount}`, 'blocked_clients:0'],
    memory: ['used_memory:0', `maxmemory:${server.config.get('maxmemory') ?? '0'}`, 'maxmemory_policy:noeviction'],
    persistence: ['loading:0', 'rdb_changes_since_last_save:0', 'aof_enabled:0'],
    stats: [`total_connections_received:${server.totalConnections}`, `total_commands_processed:${server.totalCommands}`],
    replication: ['role:master', 'connected_slaves:0'],
    cpu: ['used_cpu_sys:0.0', 'used_cpu_user:0.0'],
    keyspace,
  };
}

const SECTION_TITLES: Record<string, string> = {
  server: 'Server', clients: 'Clients', memory: 'Memory', persistence: 'Persistence', stats: 'Stats',
  replication: 'Replication', cpu: 'CPU', keyspace: 'Keyspace',
};
const DEFAULT_SECTIONS = ['server', 'clients', 'memory', 'persistence', 'stats', 'replication', 'cpu', 'keyspace'];

/** INFO [section ...]: a verbatim "txt" string in RESP3, bulk in RESP2; sections separated by CRLF. */
const info: ServerCommandHandler = ({ server, argv }) => {
  const all = infoSections(server, server.clients.size);
  let wanted = argv.slice(1).map((s) => s.toLowerCase());
  if (wanted.length === 0 || wanted.includes('default') || wanted.includes('all') || wanted.includes('everything')) wanted = DEFAULT_SECTIONS;
  const parts: string[] = [];
  for (const s of DEFAULT_SECTIONS) {
    if (!wanted.includes(s)) continue;
    parts.push(`# ${SECTION_TITLES[s] ?? s}\r\n${(all[s] ?? []).map((l) => `${l}\r\n`).join('')}`);
  }
  return { type: 'verbatim', format: 'txt', value: parts.join('\r\n') };
};

const CONFIG_HELP = [
  'CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:',
  'GET <pattern>',
  '    Return parameters matching the glob-like <pattern> and their values.',
  'SET <directive> <value>',
  '    Set the configuration <directive> to <value>.',
  'RESETSTAT',
  '    Reset statistics reported by the INFO command.',
  'REWRITE',
  '    Rewrite the configuration file.',
  'HELP',
  '    Print this help.',
];

const config: ServerCommandHandler = ({ server, argv }) => {
  const sub = (argv[1] ?? '').toLowerCase();
  switch (sub) {
    case 'get':
      return server.config.configGet(argv.slice(2));
    case 'set':
      return server.config.configSet(argv.slice(2));
    case 'resetstat':
      server.totalCommands = 0;
      return R.ok();
    case 'rewrite':
      return R.error('ERR The server is running without a config file');
    case 'help':
      return R.array(CONFIG_HELP.map((l) => R.status(l)));
    default:
      return R.error(`ERR unknown subcommand '${argv[1] ?? ''}'. Try CONFIG HELP.`);
  }
};

/** One COMMAND / COMMAND INFO entry: name, arity, flags, first, last, step, ACL categories, tips, key specs, subcommands. */
function commandEntry(spec: CommandSpec): Reply {
  return R.array([
    R.bulk(spec.name),
    R.int(spec.arity),
    R.set(spec.flags.map((f) => R.status(f))),
    R.int(spec.firstKey),
    R.int(spec.lastKey),
    R.int(spec.step),
    R.set(spec.acl.map((a) => R.status(`@${a}`))),
    R.set([]),
    R.array([]),
    R.array((spec.subcommands ?? []).map(commandEntry)),
  ]);
}

const command: ServerCommandHandler = ({ server, argv }) => {
  const sub = (argv[1] ?? '').toLowerCase();
  const all = server.table.all();
  if (argv.length === 1) return R.array(all.map(commandEntry));
  switch (sub) {
    case 'count':
      return R.int(all.length);
    case 'info': {
      if (argv.length === 2) return R.array(all.map(commandEntry));
      return R.array(argv.slice(2).map((n) => {
        const s = server.table.get(n);
        return s ? commandEntry(s) : R.nilArray();
      }));
    }
    case 'docs':
      // Documentation is not carried by redlua: an empty map (clients fall back gracefully).
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
      const r = server.table.resolve(rest);
      if (r.kind !== 'ok') return R.error('ERR Invalid command specified');
      const pos = getKeyPositions(r.spec, rest);
      if (pos.length === 0) return R.error('ERR Invalid arguments specified for command');
      return R.bulkArray(pos.map((p) => rest[p] ?? ''));
    }
    default:
      return R.error(`ERR unknown subcommand '${argv[1] ?? ''}'. Try COMMAND HELP.`);
  }
};

export const introspectionCommands: Record<string, ServerCommandHandler> = {
  info,
  config, 'config|get': config, 'config|set': config, 'config|resetstat': config, 'config|rewrite': config, 'config|help': config,
  command, 'command|count': command, 'command|info': command, 'command|docs': command, 'command|list': command, 'command|getkeys': command,
};
