// redlua as a library: the Lua 5.1 engine, its compiler, the standard libraries, and Redis
// 7.0's scripting (in-process or as a RESP server). See README.md "Use the engine".
export {
  createState, loadChunk, pcallHost, startRun, setHook, registerNative, getGlobal, setGlobal, tableGet, tableSet,
  LuaState, LuaTable, LuaClosure, LuaFunction, NativeFunction, LuaUserdata, LuaThread, LuaError, LuaMemoryError,
  typeName, numberToString, traceback,
} from './vm/index.js';
export type { LuaValue, NativeFn, CallResult, Run, Proto } from './vm/index.js';
export { openStandaloneLibs } from './stdlib/openlibs.js';
export { compile, skipShebang, LuaSyntaxError } from './compiler/index.js';
export { formatListing } from './chunk/listing.js';
export { dumpProto } from './chunk/dump.js';
export { undump } from './chunk/undump.js';
export { createRedis, connectInProcess, toPlain, replyEquals, showReply, encodeReply } from './redis/index.js';
export type { Redis, RedisOptions, InProcessConnection, Reply } from './redis/index.js';
export { startServer } from './server/index.js';
export { VERSION } from './version.js';
