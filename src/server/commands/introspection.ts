/** CONFIG (noscript, so server-level) and the server's INFO sections. */
import { R } from '../../redis/reply.js';
import type { ServerCommandHandler, RedisServer } from '../server.js';

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

export const introspectionCommands: Record<string, ServerCommandHandler> = {
  config, 'config|get': config, 'config|set': config, 'config|resetstat': config, 'config|rewrite': config, 'config|help': config,
};

/** INFO sections the server knows better than the keyspace (INFO itself is a data command: scripts may call it). */
export function installInfoSections(server: RedisServer): void {
  const ks = server.keyspace;
  ks.infoSections.set('server', () => {
    const uptime = Math.floor((Date.now() - server.startedAt) / 1000);
    return [
      'redis_version:7.0.15', 'redis_git_sha1:00000000', 'redis_git_dirty:0', 'redis_build_id:redlua', 'redis_mode:standalone',
      `os:${process.platform} node ${process.version}`, 'arch_bits:64', 'multiplexing_api:node', `process_id:${process.pid}`,
      'run_id:0000000000000000000000000000000000000000', `tcp_port:${server.port}`, `server_time_usec:${Date.now() * 1000}`,
      `uptime_in_seconds:${uptime}`, `uptime_in_days:${Math.floor(uptime / 86400)}`, 'hz:10', 'executable:redlua', 'config_file:',
    ];
  });
  ks.infoSections.set('clients', () => [`connected_clients:${server.clients.size}`, 'blocked_clients:0']);
  ks.infoSections.set('memory', () => ['used_memory:0', `maxmemory:${server.config.get('maxmemory') ?? '0'}`, 'maxmemory_policy:noeviction']);
  ks.infoSections.set('stats', () => [`total_connections_received:${server.totalConnections}`, `total_commands_processed:${server.totalCommands}`, 'expired_keys:0']);
}
