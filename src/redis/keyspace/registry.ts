/**
 * The command table: every Redis 7.0 command's metadata (from command-meta.ts,
 * recorded from the real server) joined with our handler when we implement it.
 * Lookup, arity and "unknown command" rules follow Redis 7.0 processCommand.
 */
import { R, type Reply } from '../reply.js';
import { COMMAND_META } from '../command-meta.js';
import type { CommandMeta } from '../command-meta-types.js';
import { type CommandContext, type CommandHandler, ReplyError } from './context.js';
import type { Keyspace } from './keyspace.js';
import { stringCommands } from './commands/strings.js';
import { keyCommands } from './commands/keys.js';
import { hashCommands } from './commands/hashes.js';
import { listCommands } from './commands/lists.js';
import { setCommands } from './commands/sets.js';
import { zsetCommands } from './commands/zsets.js';
import { miscCommands } from './commands/misc.js';
import { introspectionCommands } from './commands/introspection.js';
import { streamCommands } from './commands/streams.js';
import { bitmapCommands } from './commands/bitmaps.js';
import { sortCommands } from './commands/sort.js';
import { hyperloglogCommands } from './commands/hyperloglog.js';
import { bitfieldCommands } from './commands/bitfield.js';
import { geoCommands } from './commands/geo.js';
import { streamGroupCommands } from './commands/stream-groups.js';
import { dumpRestoreCommands } from './commands/dump-restore.js';
export { getKeyPositions } from './keys.js';

export interface CommandSpec extends CommandMeta {
  handler?: CommandHandler;
  subcommands?: CommandSpec[];
}

export type ResolveResult =
  | { kind: 'ok'; spec: CommandSpec }
  | { kind: 'unknown'; error: Reply }
  | { kind: 'unknown-subcommand'; error: Reply }
  | { kind: 'arity'; spec: CommandSpec; error: Reply };

/** printf "%.*s": a C string stops at the first NUL. */
const cstr = (s: string): string => {
  const z = s.indexOf('\0');
  return z >= 0 ? s.slice(0, z) : s;
};

/** rejectCommandFormat replaces CR/LF by spaces so the error stays one line. */
const oneLine = (s: string): string => s.replace(/[\r\n]/g, ' ');

export function unknownCommandError(argv: readonly string[]): Reply {
  let args = '';
  for (let i = 1; i < argv.length && args.length < 128; i++) {
    args += `'${cstr(argv[i] ?? '').slice(0, 128 - args.length)}' `;
  }
  return R.error(oneLine(`ERR unknown command '${cstr(argv[0] ?? '').slice(0, 128)}', with args beginning with: ${args}`));
}

export class CommandTable {
  private readonly byName = new Map<string, CommandSpec>();

  constructor(meta: readonly CommandMeta[] = COMMAND_META) {
    for (const m of meta) this.byName.set(m.name, cloneMeta(m));
  }

  /** Top-level command by (case-insensitive) name. */
  get(name: string): CommandSpec | undefined {
    // command names are matched case-insensitively; most callers already send lower case
    return this.byName.get(name) ?? this.byName.get(name.toLowerCase());
  }

  all(): CommandSpec[] {
    return [...this.byName.values()];
  }

  /**
   * Attach a handler. `name` may be `container|sub`. Unknown names are added
   * with `meta` (required then) — e.g. commands that exist only in redlua.
   */
  register(name: string, handler: CommandHandler, meta?: Partial<CommandMeta>): void {
    const lname = name.toLowerCase();
    const [top, sub] = lname.split('|') as [string, string | undefined];
    let spec = this.byName.get(top);
    if (!spec) {
      spec = { name: top, arity: -1, flags: [], firstKey: 0, lastKey: 0, step: 0, acl: [], ...(sub ? {} : meta), ...(sub ? {} : { name: top }) };
      this.byName.set(top, spec);
    }
    if (sub === undefined) {
      spec.handler = handler;
      if (meta) Object.assign(spec, meta, { name: top });
      return;
    }
    spec.subcommands ??= [];
    let s = spec.subcommands.find((x) => x.name === lname);
    if (!s) {
      s = { name: lname, arity: -2, flags: [], firstKey: 0, lastKey: 0, step: 0, acl: [], ...meta };
      spec.subcommands.push(s);
    }
    s.handler = handler;
    if (meta) Object.assign(s, meta, { name: lname });
  }

  /** lookupCommand + the unknown/arity checks of processCommand. */
  resolve(argv: readonly string[]): ResolveResult {
    const top = this.get(argv[0] ?? '');
    if (!top) return { kind: 'unknown', error: unknownCommandError(argv) };
    let spec: CommandSpec = top;
    if (top.subcommands && top.subcommands.length && argv.length >= 2) {
      const sub = top.subcommands.find((s) => s.name === `${top.name}|${(argv[1] ?? '').toLowerCase()}`);
      if (!sub) {
        return {
          kind: 'unknown-subcommand',
          error: R.error(oneLine(`ERR unknown subcommand '${cstr(argv[1] ?? '').slice(0, 128)}'. Try ${(argv[0] ?? '').toUpperCase()} HELP.`)),
        };
      }
      spec = sub;
    }
    if ((spec.arity > 0 && spec.arity !== argv.length) || argv.length < -spec.arity) {
      return { kind: 'arity', spec, error: R.error(`ERR wrong number of arguments for '${spec.name}' command`) };
    }
    return { kind: 'ok', spec };
  }
}

function cloneMeta(m: CommandMeta): CommandSpec {
  const s: CommandSpec = { ...m, flags: [...m.flags], acl: [...m.acl] };
  if (m.subcommands) s.subcommands = m.subcommands.map(cloneMeta);
  else delete s.subcommands;
  return s;
}

/** True if the command has the given Redis flag (write, readonly, noscript, denyoom, fast, ...). */
export function hasFlag(spec: CommandMeta, flag: string): boolean {
  return spec.flags.includes(flag);
}

/** The table every Keyspace uses unless told otherwise: all data commands registered. */
export function createDefaultCommandTable(): CommandTable {
  const t = new CommandTable();
  for (const group of [stringCommands, keyCommands, hashCommands, listCommands, setCommands, zsetCommands, miscCommands, introspectionCommands, streamCommands, bitmapCommands, sortCommands, hyperloglogCommands, bitfieldCommands, geoCommands, streamGroupCommands, dumpRestoreCommands]) {
    for (const [name, h] of Object.entries(group)) t.register(name, h);
  }
  // OBJECT is a container command in Redis; route its subcommands to our one handler.
  const obj = miscCommands['object'];
  if (obj) for (const sub of ['encoding', 'refcount', 'idletime', 'freq']) t.register(`object|${sub}`, obj);
  const ps = miscCommands['pubsub'];
  if (ps) for (const sub of ['channels', 'numsub', 'numpat', 'shardchannels', 'shardnumsub']) t.register(`pubsub|${sub}`, ps);
  const xg = streamGroupCommands['xgroup'];
  if (xg) for (const sub of ['create', 'setid', 'destroy', 'createconsumer', 'delconsumer']) t.register(`xgroup|${sub}`, xg);
  const cmd = introspectionCommands['command'];
  if (cmd) for (const sub of ['count', 'info', 'docs', 'list', 'getkeys']) t.register(`command|${sub}`, cmd);
  return t;
}

export const defaultCommandTable: CommandTable = createDefaultCommandTable();

/**
 * Run one command synchronously. Unknown commands, unknown subcommands and
 * arity errors get Redis's texts; commands known to Redis but not implemented
 * here reply `ERR unknown command ...` too (redlua does not have them).
 */
export function executeCommand(ks: Keyspace, ctx: CommandContext, argv: string[], table: CommandTable = defaultCommandTable): Reply {
  const r = table.resolve(argv);
  if (r.kind !== 'ok') return r.error;
  const h = r.spec.handler ?? table.get(argv[0] ?? '')?.handler;
  if (!h) return unknownCommandError(argv);
  try {
    return h(ks, ctx, argv, table);
  } catch (e) {
    if (e instanceof ReplyError) return e.reply;
    // JS limits Redis does not have (e.g. V8's maximum string length just under 512MB).
    if (e instanceof RangeError) return R.error(`ERR redlua limit: ${e.message}`);
    throw e;
  }
}
