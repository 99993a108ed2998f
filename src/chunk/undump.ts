// Binary chunk reader (lundump.c of Lua 5.1.5) for the format luac5.1 writes on x86-64:
// header 1B 'Lua' 51 00 01(little endian) 04(int) 08(size_t) 04(Instruction) 08(lua_Number) 00.
// Errors are Lua's: "<name>: bad header in precompiled chunk", "...: unexpected end in
// precompiled chunk", where <name> is the chunk name without its '@'/'=' ("binary string" when
// the name is itself a binary chunk).
import type { LocVar, LuaConstant, Proto } from './proto.js';

export const LUA_SIGNATURE = '\x1bLua';
export const HEADER = [0x1b, 0x4c, 0x75, 0x61, 0x51, 0x00, 0x01, 0x04, 0x08, 0x04, 0x08, 0x00];

/** A malformed binary chunk (status LUA_ERRSYNTAX); message is the full Lua message. */
export class UndumpError extends Error {
  override name = 'UndumpError';
}

class Reader {
  pos = 0;
  private readonly dv: DataView;
  constructor(readonly b: Uint8Array, readonly name: string) {
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  fail(why: string): never {
    throw new UndumpError(`${this.name}: ${why} in precompiled chunk`);
  }
  need(n: number): void {
    if (this.pos + n > this.b.length) this.fail('unexpected end');
  }
  byte(): number {
    this.need(1);
    return this.b[this.pos++]!;
  }
  int(): number {
    this.need(4);
    const v = this.dv.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  sizeT(): number {
    this.need(8);
    const lo = this.dv.getUint32(this.pos, true);
    const hi = this.dv.getUint32(this.pos + 4, true);
    this.pos += 8;
    return hi * 0x100000000 + lo;
  }
  number(): number {
    this.need(8);
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  string(): string | undefined {
    const size = this.sizeT();
    if (size === 0) return undefined;
    this.need(size);
    let s = '';
    const end = this.pos + size - 1; // drop the trailing '\0'
    for (let i = this.pos; i < end; i += 8192) {
      s += String.fromCharCode(...this.b.subarray(i, Math.min(end, i + 8192)));
    }
    this.pos += size;
    return s;
  }
}

/** S->name of luaU_undump. */
export function undumpName(chunkName: string): string {
  if (chunkName.startsWith('@') || chunkName.startsWith('=')) return chunkName.slice(1);
  if (chunkName.startsWith(LUA_SIGNATURE[0]!)) return 'binary string';
  return chunkName;
}

/** luaU_undump */
export function undump(bytes: Uint8Array, chunkName: string): Proto {
  const r = new Reader(bytes, undumpName(chunkName));
  // LoadHeader: the whole header is read, then compared
  r.need(HEADER.length);
  for (let i = 0; i < HEADER.length; i++) {
    if (bytes[i] !== HEADER[i]) r.fail('bad header');
  }
  r.pos = HEADER.length;
  return loadFunction(r, '=?', 0);
}

function loadFunction(r: Reader, parentSource: string, depth: number): Proto {
  if (depth > 200) r.fail('code too deep');
  const source = r.string() ?? parentSource;
  const lineDefined = r.int();
  const lastLineDefined = r.int();
  const numUpvalues = r.byte();
  const numParams = r.byte();
  const isVararg = r.byte();
  const maxStackSize = r.byte();
  const ncode = r.int();
  if (ncode < 0) r.fail('bad code');
  r.need(ncode * 4);
  const code = new Uint32Array(ncode);
  for (let i = 0; i < ncode; i++) code[i] = r.int() >>> 0;
  const nk = r.int();
  const k: LuaConstant[] = [];
  for (let i = 0; i < nk; i++) {
    const t = r.byte();
    switch (t) {
      case 0: k.push(undefined); break;
      case 1: k.push(r.byte() !== 0); break;
      case 3: k.push(r.number()); break;
      case 4: k.push(r.string() ?? ''); break;
      default: r.fail('bad constant');
    }
  }
  const np = r.int();
  const p: Proto[] = [];
  for (let i = 0; i < np; i++) p.push(loadFunction(r, source, depth + 1));
  const nline = r.int();
  r.need(Math.max(0, nline) * 4);
  const lineInfo = new Int32Array(Math.max(0, nline));
  for (let i = 0; i < nline; i++) lineInfo[i] = r.int();
  const nloc = r.int();
  const locVars: LocVar[] = [];
  for (let i = 0; i < nloc; i++) {
    const name = r.string() ?? '';
    const startPc = r.int();
    const endPc = r.int();
    locVars.push({ name, startPc, endPc });
  }
  const nup = r.int();
  const upvalueNames: string[] = [];
  for (let i = 0; i < nup; i++) upvalueNames.push(r.string() ?? '');
  return {
    source, lineDefined, lastLineDefined, numUpvalues, numParams, isVararg, maxStackSize,
    code, k, p, lineInfo, locVars, upvalueNames, jit: null,
  };
}

/** Byte string (code units 0-255) -> bytes. */
export function bytesOf(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
