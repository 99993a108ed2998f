// cjson.encode (lua_cjson.c 2.1.0 as Redis 7.0 bundles it): Lua value -> JSON text.
// Iterative (an explicit frame stack) so that deep tables never grow the JS stack; the
// Lua stack slots C would use are counted so that lua_checkstack fails where it fails in C.
import type { LuaState } from '../../vm/state.js';
import { LuaTable } from '../../vm/table.js';
import { typeName, type LuaValue } from '../../vm/value.js';
import { castToInt32, formatDouble } from '../../text/printf.js';
import { MAXCSTACK, type JsonConfig } from './config.js';

/** char2escape[256] of lua_cjson.c. */
const ESCAPES: (string | undefined)[] = (() => {
  const t: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (let i = 0; i < 32; i++) t[i] = '\\u00' + (i < 16 ? '0' : '1') + (i & 15).toString(16);
  t[8] = '\\b';
  t[9] = '\\t';
  t[10] = '\\n';
  t[12] = '\\f';
  t[13] = '\\r';
  t[34] = '\\"';
  t[47] = '\\/';
  t[92] = '\\\\';
  t[127] = '\\u007f';
  return t;
})();

/** The output buffer (strbuf_t): bytes, reused from call to call (encode_keep_buffer). */
class JsonBuf {
  b: Buffer = Buffer.allocUnsafe(1 << 16);
  len = 0;

  private grow(n: number): void {
    let size = this.b.length * 2;
    while (size < this.len + n) size *= 2;
    const nb = Buffer.allocUnsafe(size);
    this.b.copy(nb, 0, 0, this.len);
    this.b = nb;
  }

  ch(c: number): void {
    if (this.len >= this.b.length) this.grow(1);
    this.b[this.len++] = c;
  }

  /** ASCII / byte string */
  str(s: string): void {
    const n = s.length;
    if (this.len + n > this.b.length) this.grow(n);
    if (n < 24) {
      const b = this.b;
      let p = this.len;
      for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
      this.len = p;
    } else {
      this.len += this.b.write(s, this.len, n, 'latin1');
    }
  }

  /** json_append_string: the quoted, escaped string (one pass: char2escape per byte) */
  quoted(s: string): void {
    const n = s.length;
    if (this.len + n * 6 + 2 > this.b.length) this.grow(n * 6 + 2);
    const b = this.b;
    let p = this.len;
    b[p++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      const e = ESCAPES[c];
      if (e === undefined) {
        b[p++] = c;
      } else {
        for (let k = 0; k < e.length; k++) b[p++] = e.charCodeAt(k);
      }
    }
    b[p++] = 34;
    this.len = p;
  }

  take(): string {
    const s = this.b.toString('latin1', 0, this.len);
    this.len = 0;
    if (this.b.length > 1 << 20) this.b = Buffer.allocUnsafe(1 << 16);
    return s;
  }
}

const sharedBuf = new JsonBuf();

/** sprintf("%.<prec>g", n) */
export function formatJsonNumber(n: number, prec: number): string {
  if (Number.isInteger(n) && n !== 0 && Math.abs(n) < POW10[prec]!) return String(n);
  if (n === 0 && 1 / n > 0) return '0';
  return formatDouble('g', 0, 0, prec, n);
}

const POW10: number[] = [];
for (let i = 0; i <= 15; i++) POW10.push(10 ** i);

interface Frame {
  t: LuaTable;
  array: boolean;
  /** array: number of elements; object: unused */
  n: number;
  /** array: elements emitted; object: next iteration position (array part, then nodes) */
  i: number;
  /** object: entries emitted */
  count: number;
  depth: number;
  /** Lua stack slots in use (top - base) while this table is the value being encoded. */
  used: number;
}

export class JsonEncoder {
  constructor(
    readonly L: LuaState,
    readonly cfg: JsonConfig,
    readonly nullValue: LuaValue,
  ) {}

  private fail(type: string, reason: string): never {
    this.L.error(`Cannot serialise ${type}: ${reason}`);
  }

  /** json_append_number */
  private number(n: number): string {
    const mode = this.cfg.encodeInvalidNumbers;
    if (n !== n || n === Infinity || n === -Infinity) {
      if (mode === 0) this.fail('number', 'must not be NaN or Inf');
      if (mode === 2) return 'null';
      if (n !== n) return 'nan';
    }
    return formatJsonNumber(n, this.cfg.encodeNumberPrecision);
  }

  /** lua_array_length: -1 for an object, else the array size (max index, an int). */
  private arrayLength(t: LuaTable): number {
    let max = 0;
    let items = 0;
    const arr = t.arr;
    for (let i = 0; i < arr.length; i++) {
      if (arr[i] !== undefined) {
        if (i + 1 > max) max = i + 1;
        items++;
      }
    }
    const nsize = t.nodeSize;
    for (let i = 0; i < nsize; i++) {
      if (t.valAt(i) === undefined) continue;
      const k = t.keyAt(i);
      if (typeof k === 'number' && k !== 0 && Math.floor(k) === k && k >= 1) {
        if (k > max) max = castToInt32(k);
        items++;
        continue;
      }
      return -1;
    }
    const cfg = this.cfg;
    if (cfg.encodeSparseRatio > 0 && max > Math.imul(items, cfg.encodeSparseRatio) && max > cfg.encodeSparseSafe) {
      if (!cfg.encodeSparseConvert) this.fail('table', 'excessively sparse array');
      return -1;
    }
    return max;
  }

  encode(root: LuaValue): string {
    const out = sharedBuf;
    out.len = 0;
    const frames: Frame[] = [];
    const cfg = this.cfg;
    let v: LuaValue = root;
    let depth = 0;
    let used = 1;
    for (;;) {
      // ---- emit v (json_append_data)
      switch (typeof v) {
        case 'string':
          out.quoted(v);
          break;
        case 'number':
          out.str(this.number(v));
          break;
        case 'boolean':
          out.str(v ? 'true' : 'false');
          break;
        case 'undefined':
          out.str('null');
          break;
        default:
          if (v instanceof LuaTable) {
            const d = depth + 1;
            if (d > cfg.encodeMaxDepth || used + 3 > MAXCSTACK) this.L.error(`Cannot serialise, excessive nesting (${d})`);
            const len = this.arrayLength(v);
            if (len > 0) {
              out.ch(91);
              frames.push({ t: v, array: true, n: len, i: 0, count: 0, depth: d, used });
            } else {
              out.ch(123);
              frames.push({ t: v, array: false, n: 0, i: 0, count: 0, depth: d, used });
            }
          } else if (v === this.nullValue) {
            out.str('null');
          } else {
            this.fail(typeName(v), 'type not supported');
          }
      }
      // ---- find the next value to emit
      let next = false;
      while (!next) {
        const f = frames[frames.length - 1];
        if (f === undefined) return out.take();
        if (f.array) {
          if (f.i >= f.n) {
            out.ch(93);
            frames.pop();
            continue;
          }
          if (f.i > 0) out.ch(44);
          f.i++;
          v = f.t.getNum(f.i);
          depth = f.depth;
          used = f.used + 1;
          next = true;
        } else {
          const t = f.t;
          const arr = t.arr;
          const asize = arr.length;
          let pos = f.i;
          let key: LuaValue;
          let val: LuaValue;
          for (; pos < asize; pos++) {
            if (arr[pos] !== undefined) break;
          }
          if (pos < asize) {
            key = pos + 1;
            val = arr[pos];
          } else {
            const nsize = t.nodeSize;
            let j = pos - asize;
            while (j < nsize && t.valAt(j) === undefined) j++;
            if (j >= nsize) {
              out.ch(125);
              frames.pop();
              continue;
            }
            key = t.keyAt(j);
            val = t.valAt(j);
            pos = j + asize;
          }
          f.i = pos + 1;
          if (f.count++ > 0) out.ch(44);
          if (typeof key === 'number') {
            out.ch(34);
            out.str(this.number(key));
            out.ch(34);
            out.ch(58);
          } else if (typeof key === 'string') {
            out.quoted(key);
            out.ch(58);
          } else {
            this.fail(typeName(key), 'table key must be a number or string');
          }
          v = val;
          depth = f.depth;
          used = f.used + 2;
          next = true;
        }
      }
    }
  }
}
