/** DUMP and RESTORE of keys (Redis 7.0 cluster.c dumpCommand / restoreCommand). */
import { R } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandHandler, dbOf, eqi, lookup, nowMs, parseLL } from '../context.js';
import { RdbFormatError, bytesOf, deserializeValue, dumpPayload, stringOf, verifyPayload } from '../../rdb/index.js';
import type { RValue } from '../keyspace.js';

/** DUMP key: the serialised value with RDB version and CRC64 footer; nil when the key is missing. */
const dump: CommandHandler = (ks, ctx, argv) => {
  const v = lookup(ks, ctx, argv[1] ?? '');
  if (!v) return R.nil();
  return R.bulk(stringOf(dumpPayload(v)));
};

/**
 * RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency].
 * Order of checks as restoreCommand: options (IDLETIME and FREQ exclude each other: the second
 * one is a syntax error), existing key without REPLACE (BUSYKEY), TTL, payload footer, payload
 * body. A TTL is relative ms unless ABSTTL; a deadline already past deletes the old key (when
 * REPLACE) and creates nothing, still answering OK. IDLETIME / FREQ only feed eviction, which
 * redlua does not have: they are validated and ignored.
 */
const restore: CommandHandler = (ks, ctx, argv) => {
  let replace = false;
  let absttl = false;
  let idle = -1n;
  let freq = -1n;
  for (let j = 4; j < argv.length; j++) {
    const additional = argv.length - j - 1;
    const a = argv[j];
    if (eqi(a, 'replace')) replace = true;
    else if (eqi(a, 'absttl')) absttl = true;
    else if (eqi(a, 'idletime') && additional >= 1 && freq === -1n) {
      idle = parseLL(argv[j + 1] ?? '');
      if (idle < 0n) return err('ERR Invalid IDLETIME value, must be >= 0');
      j++;
    } else if (eqi(a, 'freq') && additional >= 1 && idle === -1n) {
      freq = parseLL(argv[j + 1] ?? '');
      if (freq < 0n || freq > 255n) return err('ERR Invalid FREQ value, must be >= 0 and <= 255');
      j++;
    } else return ERR.syntax;
  }
  const key = argv[1] ?? '';
  const db = dbOf(ks, ctx);
  if (!replace && lookup(ks, ctx, key) !== undefined) return err('BUSYKEY Target key name already exists.');
  let ttl = parseLL(argv[2] ?? '');
  if (ttl < 0n) return err('ERR Invalid TTL value, must be >= 0');
  const payload = bytesOf(argv[3] ?? '');
  if (!verifyPayload(payload)) return err('ERR DUMP payload version or checksum are wrong');
  let value: RValue;
  try {
    // rdbLoadObject reads from the whole argument (rioInitWithBuffer): a value may run into the
    // footer bytes, and bytes left after it are ignored.
    value = deserializeValue(payload);
  } catch (e) {
    if (e instanceof RdbFormatError) return err('ERR Bad data format');
    throw e;
  }
  let deleted = false;
  if (replace) {
    ks.expireIfNeeded(db, key, nowMs(ks, ctx));
    deleted = ks.deleteKey(db, key);
  }
  // ttl += mstime() wraps around in C for huge TTLs, which then count as already expired.
  if (ttl && !absttl) ttl = BigInt.asIntN(64, ttl + BigInt(ks.clock.now()));
  if (ttl && ttl <= BigInt(ks.clock.now())) {
    if (deleted) ks.dirty++;
    return R.ok();
  }
  ks.addKey(db, key, value);
  if (ttl) ks.setExpire(db, key, Number(ttl));
  ks.dirty++;
  return R.ok();
};

export const dumpRestoreCommands: Record<string, CommandHandler> = {
  dump,
  restore,
  'restore-asking': restore,
};
