/** What a command handler sees: the keyspace, the caller's context, helpers shared by all data types. */
import type { Reply } from '../reply.js';
import { ERR, err } from './errors.js';
import type { Db, Keyspace, RValue } from './keyspace.js';
import { string2ll } from './numbers.js';
import type { CommandMeta } from '../command-meta-types.js';

export interface CommandContext {
  /** Selected database (SELECT changes it). */
  db: number;
  /** Protocol of the caller (for redis.call from scripts: the script's RESP version). */
  protocol: 2 | 3;
  /** True when the command runs inside a script (redis.call / redis.pcall). */
  inScript?: boolean;
  /**
   * Redis 7.0 freezes time for key-expiry checks while a script runs (the
   * script start time); set it for commands run by a script.
   */
  timeSnapshot?: number;
  /** Id of the calling client (CLIENT ID, etc.); 0 for scripts' fake client. */
  clientId?: number;
}

/** The parts of the command table a handler may consult (COMMAND, key positions). */
export interface CommandTableView {
  all(): CommandMeta[];
  get(name: string): CommandMeta | undefined;
}

export type CommandHandler = (ks: Keyspace, ctx: CommandContext, argv: string[], table: CommandTableView) => Reply;

/** Thrown by helpers to abort a command with an error reply. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(reply.type === 'error' ? reply.value : 'reply error');
  }
}

export function fail(reply: Reply): never {
  throw new ReplyError(reply);
}

export function nowMs(ks: Keyspace, ctx: CommandContext): number {
  return ctx.timeSnapshot ?? ks.clock.now();
}

export function dbOf(ks: Keyspace, ctx: CommandContext): Db {
  return ks.db(ctx.db);
}

/** lookupKey with lazy expiry; undefined when missing. */
export function lookup(ks: Keyspace, ctx: CommandContext, key: string): RValue | undefined {
  return ks.lookup(dbOf(ks, ctx), key, nowMs(ks, ctx));
}

type TypeMap = {
  string: Extract<RValue, { type: 'string' }>;
  hash: Extract<RValue, { type: 'hash' }>;
  list: Extract<RValue, { type: 'list' }>;
  set: Extract<RValue, { type: 'set' }>;
  zset: Extract<RValue, { type: 'zset' }>;
  stream: Extract<RValue, { type: 'stream' }>;
};

/** lookupKey + checkType: undefined when missing, WRONGTYPE thrown when another type. */
export function lookupTyped<T extends keyof TypeMap>(ks: Keyspace, ctx: CommandContext, key: string, type: T): TypeMap[T] | undefined {
  const v = lookup(ks, ctx, key);
  if (v === undefined) return undefined;
  if (v.type !== type) fail(ERR.wrongType);
  return v as TypeMap[T];
}

/** getLongLongFromObjectOrReply. */
export function parseLL(s: string, errReply: Reply = ERR.notInt): bigint {
  const v = string2ll(s);
  if (v === null) fail(errReply);
  return v;
}

/** getLongFromObjectOrReply (long = 64-bit on x86-64), as a JS number (may lose precision beyond 2^53 only for huge values). */
export function parseLong(s: string, errReply: Reply = ERR.notInt): number {
  return Number(parseLL(s, errReply));
}

/**
 * getRangeLongFromObjectOrReply(min, max, msg): with a message, that message
 * is used for parse errors too; without, parse errors say "value is not an
 * integer or out of range" and range errors "value is out of range, value must between min and max".
 */
export function parseRangeLong(s: string, min: bigint, max: bigint, msg?: string): number {
  const v = string2ll(s);
  if (v === null) fail(msg ? err(`ERR ${msg}`) : ERR.notInt);
  if (v < min || v > max) fail(err(`ERR ${msg ?? `value is out of range, value must between ${min} and ${max}`}`));
  return Number(v);
}

/** getPositiveLongFromObjectOrReply: "value is out of range, must be positive" for parse and range errors alike. */
export function parsePositiveLong(s: string, msg = 'value is out of range, must be positive'): number {
  return parseRangeLong(s, 0n, 9223372036854775807n, msg);
}

export function eqi(a: string | undefined, b: string): boolean {
  return a !== undefined && a.length === b.length && a.toLowerCase() === b;
}

/** Delete the key if the collection became empty (Redis deletes empty aggregates). */
export function deleteIfEmpty(ks: Keyspace, ctx: CommandContext, key: string, size: number): boolean {
  if (size === 0) {
    ks.deleteKey(dbOf(ks, ctx), key);
    return true;
  }
  return false;
}
