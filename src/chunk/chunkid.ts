// luaO_chunkid of Lua 5.1.5 (lobject.c): how a chunk name appears in messages.
//   "=name"  -> name, at most LUA_IDSIZE - 1 characters
//   "@file"  -> file; when longer than LUA_IDSIZE - 8, "..." + its last LUA_IDSIZE - 8 characters
//   source   -> [string "first line"], cut at the first newline or after LUA_IDSIZE - 17
//               characters, with "..." whenever anything was cut
// (8 and 17 are sizeof(" '...' ") and sizeof(" [string \"...\"] "), NUL included.)

export const LUA_IDSIZE = 60;

export function chunkId(source: string, bufflen: number = LUA_IDSIZE): string {
  if (source.startsWith('=')) return source.slice(1, bufflen);
  if (source.startsWith('@')) {
    const file = source.slice(1);
    const room = bufflen - 8;
    return file.length > room ? '...' + file.slice(file.length - room) : file;
  }
  const nl = source.search(/[\n\r]/);
  let len = nl >= 0 ? nl : source.length;
  const room = bufflen - 17;
  if (len > room) len = room;
  const body = len < source.length ? source.slice(0, len) + '...' : source;
  return `[string "${body}"]`;
}
