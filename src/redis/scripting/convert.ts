/**
 * The ONE place where Lua values and Redis replies meet (script_lua.c, Redis 7.0):
 *  - luaToReply: luaReplyToRedisReply — what a script's return value becomes;
 *  - replyToLua: redisProtocolToLuaType — what redis.call/pcall return, for the RESP version
 *    the script selected with redis.setresp (2 by default);
 *  - luaArgsToArgv: luaArgsToRedisArgv — redis.call arguments;
 *  - errorTable: luaPushErrorBuff — the `{err=...}` tables of redis.call/pcall/error_reply.
 * Table fields are read raw (the binary ignores metatables here).
 */
import { formatDouble17g, type Reply } from '../reply.js';
import { cstr } from './cstr.js';
import { LuaTable } from '../../vm/table.js';
import type { LuaState } from '../../vm/state.js';
import type { LuaValue } from '../../vm/value.js';

/** LUAI_MAXCSTACK: lua_checkstack refuses to grow a C function's stack past it. */
const MAXCSTACK = 8000;

/** (long long) of a lua_Number on x86-64: truncation; NaN, ±inf and out of range → INT64_MIN. */
export function doubleToInt64(n: number): bigint {
  if (!Number.isFinite(n) || n >= 9223372036854775808 || n < -9223372036854775808) return -9223372036854775808n;
  return BigInt(Math.trunc(n));
}

/** sdsmapchars(s, "\r\n", "  ") */
function mapCRLF(s: string): string {
  return s.replace(/[\r\n]/g, ' ');
}

interface Task {
  v: LuaValue;
  top: number;
  set: (r: Reply) => void;
}

/**
 * luaReplyToRedisReply. `scriptResp` is the script client's RESP version (2 unless the script
 * called redis.setresp(3)); it decides how booleans are returned. `top` is the Lua stack
 * height at which the value sits (2 for a script's return value: the error handler and the
 * result); Redis answers `reached lua stack limit` when lua_checkstack(4) fails, so a
 * self-referencing table gives thousands of nested levels: converted with an explicit stack.
 */
export function luaToReply(v: LuaValue, scriptResp: 2 | 3, top = 2): Reply {
  let result: Reply = { type: 'nil' };
  const tasks: Task[] = [{ v, top, set: (r) => (result = r) }];
  for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) task.set(convertOne(task, scriptResp, tasks));
  return result;
}

/** One level of luaReplyToRedisReply; children are queued as tasks filling their slots. */
function convertOne(task: Task, scriptResp: 2 | 3, tasks: Task[]): Reply {
  const { v, top } = task;
  if (top + 4 > MAXCSTACK) return { type: 'error', value: 'ERR reached lua stack limit' };
  switch (typeof v) {
    case 'string':
      return { type: 'bulk', value: v };
    case 'boolean':
      if (scriptResp === 2) return v ? { type: 'integer', value: 1n } : { type: 'nil' };
      return { type: 'boolean', value: v };
    case 'number':
      return { type: 'integer', value: doubleToInt64(v) };
    default:
      break;
  }
  if (!(v instanceof LuaTable)) return { type: 'nil' };
  const t = v;
  // err: luaExtractErrorInformation (sdsnew of a C string: cut at NUL), then
  // addReplyErrorFormatEx("-%s"): trailing CR/LF trimmed, inner ones mapped to spaces.
  const err = t.getStr('err');
  if (typeof err === 'string') return { type: 'error', value: mapCRLF(cstr(err).replace(/[\r\n]+$/, '')) };
  // ok: sdsnew (cut at NUL) + sdsmapchars.
  const ok = t.getStr('ok');
  if (typeof ok === 'string') return { type: 'status', value: mapCRLF(cstr(ok)) };
  const dbl = t.getStr('double');
  if (typeof dbl === 'number') return { type: 'double', value: dbl, text: formatDouble17g(dbl) };
  const big = t.getStr('big_number');
  if (typeof big === 'string') return { type: 'bignum', value: mapCRLF(big) };
  const verb = t.getStr('verbatim_string');
  if (verb instanceof LuaTable) {
    const format = verb.getStr('format');
    if (typeof format === 'string') {
      const str = verb.getStr('string');
      if (typeof str === 'string') return { type: 'verbatim', format: format.slice(0, 3), value: str };
    }
  }
  const map = t.getStr('map');
  if (map instanceof LuaTable) {
    const entries: Array<[LuaValue, LuaValue]> = [];
    const kv: LuaValue[] = [undefined, undefined];
    let k: LuaValue = undefined;
    while (map.next(k, kv)) {
      k = kv[0];
      entries.push([k, kv[1]]);
    }
    const out: Array<[Reply, Reply]> = entries.map((): [Reply, Reply] => [{ type: 'nil' }, { type: 'nil' }]);
    // stack while converting: t, map, key, value, key-copy (key) / t, map, key, value (value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i] as [LuaValue, LuaValue];
      const slot = out[i] as [Reply, Reply];
      tasks.push({ v: e[1], top: top + 3, set: (r) => (slot[1] = r) });
      tasks.push({ v: e[0], top: top + 4, set: (r) => (slot[0] = r) });
    }
    return { type: 'map', value: out };
  }
  const set = t.getStr('set');
  if (set instanceof LuaTable) {
    const keys: LuaValue[] = [];
    const kv: LuaValue[] = [undefined, undefined];
    let k: LuaValue = undefined;
    while (set.next(k, kv)) {
      k = kv[0];
      keys.push(k);
    }
    const out: Reply[] = keys.map((): Reply => ({ type: 'nil' }));
    // stack: t, set, key, key-copy
    for (let i = keys.length - 1; i >= 0; i--) tasks.push({ v: keys[i], top: top + 3, set: (r) => (out[i] = r) });
    return { type: 'set', value: out };
  }
  const elems: LuaValue[] = [];
  for (let j = 1; ; j++) {
    const e = t.getNum(j);
    if (e === undefined) break;
    elems.push(e);
  }
  const arr: Reply[] = elems.map((): Reply => ({ type: 'nil' }));
  for (let i = elems.length - 1; i >= 0; i--) tasks.push({ v: elems[i], top: top + 1, set: (r) => (arr[i] = r) });
  return { type: 'array', value: arr };
}

/**
 * luaPushErrorBuff: "-CODE msg" keeps CODE, "-msg" (no space) and "msg" get `ERR`; the message
 * is trimmed of CR/LF at both ends; the result is `CODE msg`.
 */
export function normalizeErrorText(buf: string): string {
  let code = 'ERR';
  let msg: string;
  if (buf.startsWith('-')) {
    const sp = buf.indexOf(' ');
    if (sp < 0) msg = buf.slice(1);
    else {
      code = buf.slice(1, sp);
      msg = buf.slice(sp + 1);
    }
  } else {
    msg = buf;
  }
  msg = msg.replace(/^[\r\n]+/, '').replace(/[\r\n]+$/, '');
  return `${code} ${msg}`;
}

/** A `{err="CODE msg"}` table as luaPushErrorBuff builds it. */
export function errorTable(L: LuaState, buf: string, ignoreStats = false): LuaTable {
  const t = L.newTable();
  t.set('err', normalizeErrorText(buf));
  if (ignoreStats) t.set('ignore_error_stats_update', true);
  return t;
}

/** redisProtocolToLuaType for a reply produced for a client speaking `proto`. */
export function replyToLua(L: LuaState, r: Reply, proto: 2 | 3): LuaValue {
  switch (r.type) {
    case 'integer':
      return Number(r.value);
    case 'bulk':
      return r.value;
    case 'status': {
      const t = L.newTable();
      t.set('ok', r.value);
      return t;
    }
    case 'error':
      return errorTable(L, `-${r.value}`, true);
    case 'nil':
    case 'nilarray':
    case 'null':
      return proto === 2 ? false : undefined;
    case 'array':
    case 'push': {
      const t = L.newTable();
      for (let j = 0; j < r.value.length; j++) t.set(j + 1, replyToLua(L, r.value[j] as Reply, proto));
      return t;
    }
    case 'map': {
      if (proto === 2) {
        const t = L.newTable();
        let j = 1;
        for (const [k, v] of r.value) {
          t.set(j++, replyToLua(L, k, proto));
          t.set(j++, replyToLua(L, v, proto));
        }
        return t;
      }
      const outer = L.newTable();
      const m = L.newTable();
      outer.set('map', m);
      for (const [k, v] of r.value) {
        const kk = replyToLua(L, k, proto);
        m.set(kk, replyToLua(L, v, proto));
      }
      return outer;
    }
    case 'set': {
      if (proto === 2) {
        const t = L.newTable();
        for (let j = 0; j < r.value.length; j++) t.set(j + 1, replyToLua(L, r.value[j] as Reply, proto));
        return t;
      }
      const outer = L.newTable();
      const s = L.newTable();
      outer.set('set', s);
      for (const e of r.value) s.set(replyToLua(L, e, proto), true);
      return outer;
    }
    case 'double': {
      if (proto === 2) return r.text ?? formatDouble17g(r.value);
      const t = L.newTable();
      t.set('double', r.value);
      return t;
    }
    case 'boolean':
      return proto === 2 ? (r.value ? 1 : 0) : r.value;
    case 'bignum': {
      if (proto === 2) return r.value;
      const t = L.newTable();
      t.set('big_number', r.value);
      return t;
    }
    case 'verbatim': {
      if (proto === 2) return r.value;
      const t = L.newTable();
      const inner = L.newTable();
      t.set('verbatim_string', inner);
      inner.set('string', r.value);
      inner.set('format', r.format);
      return t;
    }
    case 'attribute':
      return replyToLua(L, r.reply, proto);
  }
}

/**
 * luaArgsToRedisArgv: numbers formatted with `%.17g`, strings as they are; the first other
 * value stops the conversion (error). Returns null on error with the error text in `error`.
 */
export function luaArgsToArgv(args: readonly LuaValue[]): { argv: string[] } | { error: string } {
  if (args.length === 0) return { error: 'Please specify at least one argument for this redis lib call' };
  const argv: string[] = [];
  for (const a of args) {
    if (typeof a === 'number') argv.push(formatDouble17g(a));
    else if (typeof a === 'string') argv.push(a);
    else return { error: 'Lua redis lib command arguments must be strings or integers' };
  }
  return { argv };
}
