// The settings of one lua-cjson instance (json_config_t of lua_cjson.c 2.1.0), with its
// defaults; cjson.new() makes an independent one.

export interface JsonConfig {
  encodeSparseConvert: number;
  encodeSparseRatio: number;
  encodeSparseSafe: number;
  encodeMaxDepth: number;
  /** 0 off (error), 1 on ("inf", "nan"), 2 "null". */
  encodeInvalidNumbers: number;
  encodeNumberPrecision: number;
  encodeKeepBuffer: number;
  decodeInvalidNumbers: number;
  decodeMaxDepth: number;
}

export function defaultConfig(): JsonConfig {
  return {
    encodeSparseConvert: 0,
    encodeSparseRatio: 2,
    encodeSparseSafe: 10,
    encodeMaxDepth: 1000,
    encodeInvalidNumbers: 0,
    encodeNumberPrecision: 14,
    encodeKeepBuffer: 1,
    decodeInvalidNumbers: 1,
    decodeMaxDepth: 1000,
  };
}

/** LUAI_MAXCSTACK: lua_checkstack refuses to grow a C function's frame beyond this. */
export const MAXCSTACK = 8000;
