// Lua CJSON 2.1.0 as bundled with Redis 7.0 (deps/lua/src/lua_cjson.c, strbuf.c, fpconv.c):
// the global `cjson` with encode/decode and the configuration functions, each module table
// (cjson and every cjson.new()) carrying its own settings. Numbers are written with
// "%.<precision>g" (14 by default) and read with strtod. JSON null is `cjson.null`, C's
// NULL light userdata: here one userdata per state without a metatable, shared by every
// instance (so that `v == cjson.null` holds for all of them).
import type { LuaState } from '../vm/state.js';
import { LuaTable } from '../vm/table.js';
import type { LuaUserdata } from '../vm/value.js';
import type { NativeFn } from '../vm/function.js';
import { defaultConfig, type JsonConfig } from './json/config.js';
import { JsonEncoder } from './json/encode.js';
import { JsonDecoder } from './json/decode.js';

const INT_MAX = 2147483647;
const nulls = new WeakMap<LuaState, LuaUserdata>();

/**
 * Payload marking the userdata that stands for C's NULL light userdata (cjson.null), so that
 * the VM can recognise it without importing this module (Redis prints it "userdata: (nil)").
 */
import { LIGHTUSERDATA_NULL } from '../vm/value.js';
export { LIGHTUSERDATA_NULL };

/** The value cjson.null and decoded JSON nulls are (one per state, never collected). */
export function cjsonNull(L: LuaState): LuaUserdata {
  let u = nulls.get(L);
  if (u === undefined) {
    u = L.newUserdata(LIGHTUSERDATA_NULL);
    L.heap.pin(u);
    nulls.set(L, u);
  }
  return u;
}

/** json_arg_init: at most `args` arguments (missing ones read as nil). */
function argInit(L: LuaState, nargs: number, args: number): void {
  if (nargs > args) L.argError(args + 1, 'found too many arguments');
}

/** json_integer_option: note that C reports a range error against argument 1 whatever i is. */
function integerOption(L: LuaState, i: number, cur: number, min: number, max: number): number {
  if (L.arg(i) !== undefined) {
    const value = L.checkInteger(i) | 0; // (int)lua_Integer: the low 32 bits
    if (!(min <= value && value <= max)) L.argError(1, `expected integer between ${min} and ${max}`);
    cur = value;
  }
  L.push(cur);
  return cur;
}

const BOOL_OPTIONS = ['off', 'on'];

/** json_enum_option (options null: the off/on booleans). */
function enumOption(L: LuaState, i: number, cur: number, options: readonly string[] | null, boolTrue: number): number {
  if (options === null) {
    options = BOOL_OPTIONS;
    boolTrue = 1;
  }
  const v = L.arg(i);
  if (v !== undefined) {
    if (boolTrue && typeof v === 'boolean') cur = v ? boolTrue : 0;
    else cur = L.checkOption(i, undefined, options);
  }
  if (boolTrue && (cur === 0 || cur === boolTrue)) L.push(cur !== 0);
  else L.push(options[cur]);
  return cur;
}

const ENCODE_INVALID_OPTIONS = ['off', 'on', 'null'];

/** lua_cjson_new: a module table with fresh settings. */
function newModule(L: LuaState): LuaTable {
  const cfg: JsonConfig = defaultConfig();
  const nul = cjsonNull(L);
  const funcs: [string, NativeFn][] = [
    [
      'encode',
      (L, nargs) => {
        if (nargs !== 1) L.argError(1, 'expected 1 argument');
        L.push(new JsonEncoder(L, cfg, nul).encode(L.arg(1)));
        return 1;
      },
    ],
    [
      'decode',
      (L, nargs) => {
        if (nargs !== 1) L.argError(1, 'expected 1 argument');
        const s = L.checkString(1);
        L.push(new JsonDecoder(L, cfg, nul).decode(s));
        return 1;
      },
    ],
    [
      'encode_sparse_array',
      (L, nargs) => {
        argInit(L, nargs, 3);
        cfg.encodeSparseConvert = enumOption(L, 1, cfg.encodeSparseConvert, null, 1);
        cfg.encodeSparseRatio = integerOption(L, 2, cfg.encodeSparseRatio, 0, INT_MAX);
        cfg.encodeSparseSafe = integerOption(L, 3, cfg.encodeSparseSafe, 0, INT_MAX);
        return 3;
      },
    ],
    [
      'encode_max_depth',
      (L, nargs) => {
        argInit(L, nargs, 1);
        cfg.encodeMaxDepth = integerOption(L, 1, cfg.encodeMaxDepth, 1, INT_MAX);
        return 1;
      },
    ],
    [
      'decode_max_depth',
      (L, nargs) => {
        argInit(L, nargs, 1);
        cfg.decodeMaxDepth = integerOption(L, 1, cfg.decodeMaxDepth, 1, INT_MAX);
        return 1;
      },
    ],
    [
      'encode_number_precision',
      (L, nargs) => {
        argInit(L, nargs, 1);
        cfg.encodeNumberPrecision = integerOption(L, 1, cfg.encodeNumberPrecision, 1, 14);
        return 1;
      },
    ],
    [
      'encode_keep_buffer',
      (L, nargs) => {
        argInit(L, nargs, 1);
        cfg.encodeKeepBuffer = enumOption(L, 1, cfg.encodeKeepBuffer, null, 1);
        return 1;
      },
    ],
    [
      'encode_invalid_numbers',
      (L, nargs) => {
        argInit(L, nargs, 1);
        cfg.encodeInvalidNumbers = enumOption(L, 1, cfg.encodeInvalidNumbers, ENCODE_INVALID_OPTIONS, 1);
        return 1;
      },
    ],
    [
      'decode_invalid_numbers',
      (L, nargs) => {
        argInit(L, nargs, 1);
        cfg.decodeInvalidNumbers = enumOption(L, 1, cfg.decodeInvalidNumbers, null, 1);
        return 1;
      },
    ],
    [
      'new',
      (L) => {
        L.push(newModule(L));
        return 1;
      },
    ],
  ];
  const t = L.newTable();
  for (const [name, fn] of funcs) t.set(name, L.newNative(name, fn));
  t.set('null', nul);
  t.set('_NAME', 'cjson');
  t.set('_VERSION', '2.1.0');
  return t;
}

/** luaopen_cjson with ENABLE_CJSON_GLOBAL (as Redis builds it): sets the global `cjson`. */
export function openCjson(L: LuaState): LuaTable {
  const t = newModule(L);
  L.globals.set('cjson', t);
  return t;
}

