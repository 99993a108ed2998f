/**
 * In-memory multi-database keyspace (16 databases by default) with a
 * controllable clock, lazy expiry on access and an active expiry cycle.
 *
 * Value encodings only matter for reply order (Redis 7.0):
 *  - hash: listpack (insertion order) while ≤ hash-max-listpack-entries (512, the built-in default)
 *    fields and every field/value ≤ hash-max-listpack-value (64) bytes; after
 *    that a hashtable whose order depends on a random seed — we keep insertion
 *    order (documented divergence).
 *  - set: intset (sorted numerically) while every member is a strict integer
 *    and there are ≤ set-max-intset-entries (512); then a hashtable (random
 *    order in Redis; insertion order here). Redis 7.0 has no listpack sets.
 *  - zset: always ordered by (score, member).
 *  - list: a sequence.
 */
import { ZSet } from './zset.js';
import { PubSub } from '../pubsub.js';

export interface RString {
  type: 'string';
  value: string;
  /** Modified in place (APPEND, SETRANGE, SETBIT, BITFIELD, HLL): OBJECT ENCODING says raw. */
  raw?: boolean;
}
export interface RHash {
  type: 'hash';
  value: Map<string, string>;
  /** false once converted to a hashtable (never converts back). */
  listpack: boolean;
}
export interface RList {
  type: 'list';
  value: string[];
}
export interface RSet {
  type: 'set';
  value: Set<string>;
  /** true while the set is an intset. */
  intset: boolean;
}
export interface RZSet {
  type: 'zset';
  value: ZSet;
}
/** A stream ID: two unsigned 64-bit parts. */
export interface StreamId {
  ms: bigint;
  seq: bigint;
}
export interface StreamEntry {
  id: StreamId;
  /** field, value, field, value ... */
  fields: string[];
}
/** A pending (delivered, not acknowledged) entry of a consumer group. */
export interface StreamNack {
  id: StreamId;
  consumer: string;
  deliveryTime: number;
  deliveryCount: number;
}
export interface StreamConsumer {
  name: string;
  seenTime: number;
  /** IDs (as "ms-seq" text) pending for this consumer. */
  pel: Set<string>;
}
export interface StreamGroup {
  lastId: StreamId;
  entriesRead: bigint;
  /** Group PEL by "ms-seq" text. */
  pel: Map<string, StreamNack>;
  consumers: Map<string, StreamConsumer>;
}
export interface RStream {
  type: 'stream';
  /** Entries in ID order. */
  entries: StreamEntry[];
  /** Last ID ever added (kept after deletions: XADD must go above it). */
  lastId: StreamId;
  /** Consumer groups by name. */
  groups?: Map<string, StreamGroup>;
}
export type RValue = RString | RHash | RList | RSet | RZSet | RStream;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to (tests, deterministic runs). */
export class ManualClock implements Clock {
  constructor(public ms: number = Date.now()) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
}

export class Db {
  readonly dict = new Map<string, RValue>();
  /** key → absolute expire time in ms. */
  readonly expires = new Map<string, number>();
  /** Modification versions for WATCH (signalModifiedKey). */
  readonly versions = new Map<string, number>();
  constructor(readonly id: number) {}
}

export interface KeyspaceOptions {
  clock?: Clock;
  databases?: number;
}

export class Keyspace {
  readonly dbs: Db[];
  clock: Clock;
  /** Pub/Sub registry: PUBLISH from clients and scripts reaches the subscribers registered here. */
  readonly pubsub = new PubSub();
  /** Creation time (ms): LASTSAVE. */
  readonly createdAt = Date.now();
  /** Count of changes since start (Redis server.dirty). */
  dirty = 0;
  private versionCounter = 0;
  /**
   * INFO section producers (lines without CRLF) a host can add or override
   * (the server adds `server`, `clients`, `stats`...). Keyed by lower-case section name.
   */
  readonly infoSections = new Map<string, () => string[]>();
  /** Listeners told when a key is modified (WATCH, keyspace notifications). */
  readonly modifiedListeners: Array<(db: number, key: string) => void> = [];

  constructor(opts: KeyspaceOptions = {}) {
    this.clock = opts.clock ?? systemClock;
    const n = opts.databases ?? 16;
    this.dbs = [];
    for (let i = 0; i < n; i++) this.dbs.push(new Db(i));
  }

  db(i: number): Db {
    const d = this.dbs[i];
    if (!d) throw new RangeError(`no database ${i}`);
    return d;
  }

  /** True when key has an expire time that is ≤ now. */
  isExpired(db: Db, key: string, now: number): boolean {
    const t = db.expires.get(key);
    return t !== undefined && t <= now;
  }

  /** expireIfNeeded: delete the key if it is logically expired. Returns true if it was. */
  expireIfNeeded(db: Db, key: string, now: number): boolean {
    if (!this.isExpired(db, key, now)) return false;
    this.deleteKey(db, key);
    return true;
  }

  /** Look a key up, expiring it lazily. */
  lookup(db: Db, key: string, now: number = this.clock.now()): RValue | undefined {
    this.expireIfNeeded(db, key, now);
    return db.dict.get(key);
  }

  /** Set a key's value, keeping or clearing its TTL. */
  setKey(db: Db, key: string, value: RValue, keepTtl = false): void {
    db.dict.set(key, value);
    if (!keepTtl) db.expires.delete(key);
    this.signalModified(db, key);
  }

  /** Add a new key (caller knows it does not exist). */
  addKey(db: Db, key: string, value: RValue): void {
    db.dict.set(key, value);
    this.signalModified(db, key);
  }

  deleteKey(db: Db, key: string): boolean {
    const had = db.dict.delete(key);
    db.expires.delete(key);
    if (had) this.signalModified(db, key);
    return had;
  }

  setExpire(db: Db, key: string, whenMs: number): void {
    db.expires.set(key, whenMs);
    this.signalModified(db, key);
  }

  signalModified(db: Db, key: string): void {
    db.versions.set(key, ++this.versionCounter);
    for (const l of this.modifiedListeners) l(db.id, key);
  }

  keyVersion(db: Db, key: string): number {
    return db.versions.get(key) ?? 0;
  }

  flushDb(db: Db): number {
    const n = db.dict.size;
    for (const k of db.dict.keys()) this.signalModified(db, k);
    db.dict.clear();
    db.expires.clear();
    return n;
  }

  flushAll(): number {
    let n = 0;
    for (const d of this.dbs) n += this.flushDb(d);
    return n;
  }

  /**
   * Active expiry: delete every key whose time has come (Redis samples keys
   * probabilistically; the observable result once the cycle has run is the same).
   */
  activeExpireCycle(now: number = this.clock.now()): number {
    let n = 0;
    for (const db of this.dbs) {
      for (const [k, t] of db.expires) {
        if (t <= now) {
          this.deleteKey(db, k);
          n++;
        }
      }
    }
    return n;
  }

  /** Number of keys in a db (expired keys not yet reclaimed still count, as in Redis DBSIZE). */
  size(db: Db): number {
    return db.dict.size;
  }
}
