/**
 * The CommandHost of the built-in server (src/server): commands called by scripts run through
 * the server's handlers (connection/introspection commands) or the data command table, for a
 * fake client holding the script's database and RESP version (eval.c lctx.lua_client).
 */
import type { Reply } from '../reply.js';
import type { CommandMeta } from '../command-meta-types.js';
import type { RedisServer } from '../../server/server.js';
import { ClientSession } from '../../server/session.js';
import type { CommandHost, ReplicaView, ScriptClientState } from './host.js';

/** An idle redis-server 7.0's used_memory, about 0.85 MiB. */
export const USED_MEMORY_ESTIMATE = 900_000;

const LOG_LEVELS: Record<string, number> = { debug: 0, verbose: 1, notice: 2, warning: 3 };

export class ServerCommandHost implements CommandHost {
  /** The script client (lctx.lua_client). */
  readonly fake = new ClientSession(0, '', '', true);
  /** Messages of redis.log and the slow-script warning (level, text). */
  logSink: (level: number, message: string) => void = () => {};

  constructor(readonly server: RedisServer) {
    this.fake.name = 'lua';
  }

  get keyspace(): RedisServer['keyspace'] {
    return this.server.keyspace;
  }

  get verbosity(): number {
    return LOG_LEVELS[(this.server.config.get('loglevel') ?? 'notice').toLowerCase()] ?? 2;
  }

  log(level: number, message: string): void {
    this.logSink(level, message);
  }

  /**
   * redlua does not account memory like zmalloc: the used memory is taken as a constant close to
   * an idle redis-server's used_memory, so only a maxmemory below it (e.g. 1) means OOM.
   */
  isOom(): boolean {
    if (this.server.replication.ignoresMaxmemory) return false;
    const max = this.server.config.getInt('maxmemory');
    return max > 0 && USED_MEMORY_ESTIMATE > max;
  }

  get replica(): ReplicaView {
    return this.server.replication;
  }

  /** lookupCommandLogic: the base command, or with argc > 1 its subcommand (null if unknown). */
  lookupCommand(argv: readonly string[]): CommandMeta | undefined {
    const base = this.server.table.get(argv[0] ?? '');
    if (base === undefined) return undefined;
    if (argv.length === 1 || !base.subcommands || base.subcommands.length === 0) return base;
    return base.subcommands.find((s) => s.name === `${base.name}|${(argv[1] ?? '').toLowerCase()}`);
  }

  execute(argv: string[], client: ScriptClientState): Reply {
    const spec = this.server.table.resolve(argv);
    if (spec.kind !== 'ok') return spec.error;
    const fake = this.fake;
    fake.ctx.db = client.db;
    fake.ctx.protocol = client.protocol;
    fake.ctx.inScript = true;
    fake.ctx.timeSnapshot = client.timeSnapshot;
    fake.ctx.clientId = 0;
    fake.multi = null;
    try {
      const r = this.server.runHandler(fake, argv, spec.spec);
      if (r instanceof Promise) {
        r.catch(() => undefined);
        return { type: 'error', value: 'ERR redlua cannot run an asynchronous command from a script' };
      }
      return r.type === 'replies' ? { type: 'array', value: r.replies } : r;
    } finally {
      client.db = fake.ctx.db;
    }
  }
}
