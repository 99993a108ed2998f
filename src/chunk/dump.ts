// Binary chunk writer (ldump.c of Lua 5.1.5): the x86-64 format that luac5.1 writes and lua5.1
// loads. With strip, debug information is dropped and every source is written as NULL.
import type { Proto } from './proto.js';
import { HEADER } from './undump.js';

class Writer {
  private buf = new Uint8Array(256);
  len = 0;
  private readonly tmp = new DataView(new ArrayBuffer(8));
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const nb = new Uint8Array(size);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.len++] = b & 0xff;
  }
  int(v: number): void {
    this.tmp.setInt32(0, v | 0, true);
    for (let i = 0; i < 4; i++) this.byte(this.tmp.getUint8(i));
  }
  sizeT(v: number): void {
    this.tmp.setUint32(0, v >>> 0, true);
    this.tmp.setUint32(4, Math.floor(v / 0x100000000), true);
    for (let i = 0; i < 8; i++) this.byte(this.tmp.getUint8(i));
  }
  number(v: number): void {
    this.tmp.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.byte(this.tmp.getUint8(i));
  }
  string(s: string | undefined): void {
    if (s === undefined) {
      this.sizeT(0);
      return;
    }
    this.sizeT(s.length + 1);
    this.grow(s.length + 1);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i) & 0xff;
    this.buf[this.len++] = 0;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** luaU_dump */
export function dumpProto(p: Proto, strip: boolean): Uint8Array {
  const w = new Writer();
  for (const b of HEADER) w.byte(b);
  dumpFunction(w, p, undefined, strip);
  return w.result();
}

function dumpFunction(w: Writer, f: Proto, parentSource: string | undefined, strip: boolean): void {
  w.string(f.source === parentSource || strip ? undefined : f.source);
  w.int(f.lineDefined);
  w.int(f.lastLineDefined);
  w.byte(f.numUpvalues);
  w.byte(f.numParams);
  w.byte(f.isVararg);
  w.byte(f.maxStackSize);
  w.int(f.code.length);
  for (let i = 0; i < f.code.length; i++) w.int(f.code[i]!);
  w.int(f.k.length);
  for (const k of f.k) {
    if (k === undefined) w.byte(0);
    else if (typeof k === 'boolean') {
      w.byte(1);
      w.byte(k ? 1 : 0);
    } else if (typeof k === 'number') {
      w.byte(3);
      w.number(k);
    } else {
      w.byte(4);
      w.string(k);
    }
  }
  w.int(f.p.length);
  for (const c of f.p) dumpFunction(w, c, f.source, strip);
  const n = strip ? 0 : f.lineInfo.length;
  w.int(n);
  for (let i = 0; i < n; i++) w.int(f.lineInfo[i]!);
  const lv = strip ? [] : f.locVars;
  w.int(lv.length);
  for (const v of lv) {
    w.string(v.name);
    w.int(v.startPc);
    w.int(v.endPc);
  }
  const uv = strip ? [] : f.upvalueNames;
  w.int(uv.length);
  for (const u of uv) w.string(u);
}
