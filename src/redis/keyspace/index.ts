/** Public entry of the in-memory keyspace. */
export { Keyspace, ManualClock, systemClock, Db } from './keyspace.js';
export type { Clock, KeyspaceOptions, RValue, RString, RHash, RList, RSet, RZSet, RStream, StreamEntry, StreamId } from './keyspace.js';
export type { CommandContext, CommandHandler } from './context.js';
export { ReplyError } from './context.js';
export { CommandTable, defaultCommandTable, createDefaultCommandTable, executeCommand, getKeyPositions, hasFlag, unknownCommandError } from './registry.js';
export type { CommandSpec, ResolveResult } from './registry.js';
export { ZSet } from './zset.js';
export { encodingOf } from './commands/misc.js';
