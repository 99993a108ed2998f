// The io library of Lua 5.1.5 (liolib.c) for the stand-alone interpreter, on synchronous node:fs.
// File handles are userdata with the "FILE*" metatable (as in C, stored in the registry).
// Standard output goes through L.stdout -- the channel `print` uses -- so that io.write and
// print interleave exactly and a host can capture both; stderr is written at once (unbuffered,
// as in C); stdin is read from fd 0.
import {
  openSync, closeSync, readSync, writeSync, fstatSync, ftruncateSync, unlinkSync, constants as fsc,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { LuaTable } from '../vm/table.js';
import { LuaUserdata, addressOf, typeName, type LuaValue } from '../vm/value.js';
import { numberToString } from '../vm/tostr.js';
import { formatNumber14g } from '../text/printf.js';
import type { LuaState } from '../vm/state.js';
import { castToLong } from '../text/printf.js';
import { registerLib, loadedTable, type LibFuncs } from './lib.js';
import { pushResult } from './os.js';
import { osError } from './oserr.js';
void loadedTable;

/** A cell to sleep on (Atomics.wait) while a non-blocking read has no data. */
const EAGAIN_WAIT = new Int32Array(new SharedArrayBuffer(4));

const enum Kind {
  FILE = 0,
  STDIN = 1,
  STDOUT = 2,
  STDERR = 3,
  POPEN_READ = 4,
  POPEN_WRITE = 5,
}

class IoFailure {
  constructor(readonly err: unknown) {}
}

/** A C FILE: an fd with a read buffer, the C position, error/EOF flags. */
export class LFile {
  closed = false;
  /** Logical position (regular files). */
  pos = 0;
  rbuf: Buffer = Buffer.alloc(0);
  rpos = 0;
  eof = false;
  error: unknown = null;
  /** Pending output of a popen(..., "w") handle. */
  pending = '';
  tmpPath: string | null = null;
  constructor(
    readonly L: LuaState,
    public fd: number,
    readonly kind: Kind,
    readonly canRead: boolean,
    readonly canWrite: boolean,
    readonly append: boolean,
  ) {}

  private isStream(): boolean {
    return this.kind !== Kind.FILE;
  }

  /** Refill the read buffer; false at end of file. */
  private fill(): boolean {
    if (this.rpos < this.rbuf.length) return true;
    if (!this.canRead || this.kind === Kind.POPEN_WRITE) {
      this.error = Object.assign(new Error('EBADF'), { code: 'EBADF' });
      return false;
    }
    if (this.kind === Kind.POPEN_READ) {
      this.eof = true;
      return false;
    }
    if (this.kind === Kind.STDIN && this.L.stdinSource !== null) {
      // host-supplied standard input: all of it at once, then end of file
      const text = this.L.stdinSource();
      this.L.stdinSource = () => '';
      if (text === '') {
        this.eof = true;
        return false;
      }
      this.rbuf = Buffer.from(text, 'latin1');
      this.rpos = 0;
      return true;
    }
    const buf = Buffer.allocUnsafe(65536);
    let n: number;
    for (;;) {
      try {
        n = readSync(this.fd, buf, 0, buf.length, this.isStream() ? null : this.pos);
        break;
      } catch (e) {
        if ((e as { code?: string }).code === 'EAGAIN') {
          // a non-blocking descriptor with nothing yet: wait a little instead of spinning
          Atomics.wait(EAGAIN_WAIT, 0, 0, 10);
          continue;
        }
        if ((e as { code?: string }).code === 'EOF') {
          n = 0;
          break;
        }
        this.error = e;
        return false;
      }
    }
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.rbuf = buf.subarray(0, n);
    this.rpos = 0;
    if (!this.isStream()) this.pos += n;
    return true;
  }

  /** Byte at the read position without consuming it (-1 at EOF). */
  peek(): number {
    if (!this.fill()) return -1;
    return this.rbuf[this.rpos]!;
  }

  getc(): number {
    if (!this.fill()) return -1;
    return this.rbuf[this.rpos++]!;
  }

  /** Up to n bytes (fewer at EOF). */
  read(n: number): string {
    let out = '';
    while (n > 0 && this.fill()) {
      const take = Math.min(n, this.rbuf.length - this.rpos);
      out += this.rbuf.toString('latin1', this.rpos, this.rpos + take);
      this.rpos += take;
      n -= take;
    }
    return out;
  }

  /** A line without its '\n'; null when at EOF with nothing read. */
  readLine(): string | null {
    let out = '';
    let any = false;
    while (this.fill()) {
      any = true;
      const nl = this.rbuf.indexOf(10, this.rpos);
      if (nl >= 0) {
        out += this.rbuf.toString('latin1', this.rpos, nl);
        this.rpos = nl + 1;
        return out;
      }
      out += this.rbuf.toString('latin1', this.rpos);
      this.rpos = this.rbuf.length;
    }
    return any && out.length > 0 ? out : null;
  }

  /** Drop read-ahead: move the fd position back to the logical one. */
  private syncRead(): void {
    if (this.rpos < this.rbuf.length && !this.isStream()) this.pos -= this.rbuf.length - this.rpos;
    this.rbuf = Buffer.alloc(0);
    this.rpos = 0;
  }

  write(s: string): void {
    if (!this.canWrite) throw new IoFailure(Object.assign(new Error('EBADF'), { code: 'EBADF' }));
    switch (this.kind) {
      case Kind.STDOUT:
        this.L.stdout(s);
        return;
      case Kind.STDERR:
        this.L.stderr(s);
        return;
      case Kind.POPEN_WRITE:
        this.pending += s;
        return;
      default:
        break;
    }
    this.syncRead();
    const b = Buffer.from(s, 'latin1');
    try {
      if (this.kind === Kind.STDIN) {
        writeSync(this.fd, b);
      } else if (this.append) {
        writeSync(this.fd, b, 0, b.length, null);
        this.pos = fstatSync(this.fd).size;
      } else {
        let off = 0;
        while (off < b.length) {
          const n = writeSync(this.fd, b, off, b.length - off, this.pos);
          off += n;
          this.pos += n;
        }
      }
    } catch (e) {
      throw new IoFailure(e);
    }
  }

  /** fseek + ftell; throws IoFailure. */
  seek(whence: number, offset: number): number {
    if (this.isStream()) throw new IoFailure(Object.assign(new Error('ESPIPE'), { code: 'ESPIPE' }));
    this.syncRead();
    let base = 0;
    if (whence === 1) base = this.pos;
    else if (whence === 2) {
      try {
        const st = fstatSync(this.fd);
        base = st.isDirectory() ? 9223372036854775807 : st.size;
      } catch (e) {
        throw new IoFailure(e);
      }
    }
    const np = base + offset;
    if (np < 0) throw new IoFailure(Object.assign(new Error('EINVAL'), { code: 'EINVAL' }));
    this.pos = np;
    this.eof = false;
    return np;
  }

  close(): void {
    this.closed = true;
    if (this.kind === Kind.POPEN_WRITE) {
      // nothing ran yet: run the command with the collected input now
      return;
    }
    if (this.kind === Kind.FILE) {
      try {
        closeSync(this.fd);
      } catch {
        // ignore
      }
      if (this.tmpPath !== null) {
        try {
          unlinkSync(this.tmpPath);
        } catch {
          // ignore
        }
      }
    }
  }
}

/** fopen's mode parsing (glibc): r/w/a first, then '+', 'b' and others ignored. */
function parseMode(mode: string): { flags: number; read: boolean; write: boolean; append: boolean } | null {
  const c = mode[0];
  let plus = false;
  for (let i = 1; i < mode.length; i++) if (mode[i] === '+') plus = true;
  switch (c) {
    case 'r':
      return { flags: plus ? fsc.O_RDWR : fsc.O_RDONLY, read: true, write: plus, append: false };
    case 'w':
      return { flags: (plus ? fsc.O_RDWR : fsc.O_WRONLY) | fsc.O_CREAT | fsc.O_TRUNC, read: plus, write: true, append: false };
    case 'a':
      return { flags: (plus ? fsc.O_RDWR : fsc.O_WRONLY) | fsc.O_CREAT | fsc.O_APPEND, read: plus, write: true, append: true };
    default:
      return null;
  }
}

const EINVAL = Object.assign(new Error('EINVAL'), { code: 'EINVAL' });

export function openIo(L: LuaState): LuaTable {
  // createmeta: the FILE* metatable (registry["FILE*"]) with __index = itself
  const mt = L.newTable();
  L.registry.set('FILE*', mt);
  mt.set('__index', mt);

  // The library's environment (LUA_ENVIRONINDEX of liolib.c: IO_INPUT at [1], IO_OUTPUT at
  // [2], __close): files opened by io functions get it as their env (lua_newuserdata takes the
  // running C function's environment). The standard files get their own {__close} instead
  // (createstdfile), whose __close refuses to close them.
  const ioEnv = L.newTable(2, 1);
  const stdEnv = L.newTable(0, 1);
  const newFile = (f: LFile, env: LuaTable = ioEnv): LuaUserdata => {
    const u = L.newUserdata(f);
    u.metatable = mt;
    u.env = env;
    return u;
  };

  /** luaL_checkudata(L, 1, "FILE*") */
  const topFile = (L2: LuaState, i = 1): LFile => {
    const u = L2.arg(i);
    if (u instanceof LuaUserdata && u.metatable === mt && u.payload instanceof LFile) return u.payload;
    return L2.typeArgError(i, 'FILE*');
  };
  /** tofile: an open file */
  const toFile = (L2: LuaState, i = 1): LFile => {
    const f = topFile(L2, i);
    if (f.closed) L2.error('attempt to use a closed file');
    return f;
  };

  const fopen = (filename: string, mode: string): LFile => {
    const m = parseMode(mode);
    if (m === null) throw new IoFailure(EINVAL);
    try {
      const fd = openSync(Buffer.from(filename, 'latin1'), m.flags, 0o666);
      return new LFile(L, fd, Kind.FILE, m.read, m.write, m.append);
    } catch (e) {
      throw new IoFailure(e);
    }
  };

  const stdinF = new LFile(L, 0, Kind.STDIN, true, false, false);
  const stdoutF = new LFile(L, 1, Kind.STDOUT, false, true, false);
  const stderrF = new LFile(L, 2, Kind.STDERR, false, true, false);
  const uStdin = newFile(stdinF, stdEnv);
  const uStdout = newFile(stdoutF, stdEnv);
  const uStderr = newFile(stderrF, stdEnv);
  /** IO_INPUT / IO_OUTPUT of the library's environment */
  const current: [LuaUserdata, LuaUserdata] = [uStdin, uStdout];
  ioEnv.set(1, uStdin);
  ioEnv.set(2, uStdout);

  /** aux_close: standard files cannot be closed. */
  const auxClose = (L2: LuaState, f: LFile): number => {
    if (f.kind === Kind.STDIN || f.kind === Kind.STDOUT || f.kind === Kind.STDERR) {
      L2.push(undefined);
      L2.push('cannot close standard file');
      return 2;
    }
    if (f.kind === Kind.POPEN_WRITE) {
      f.close();
      const r = spawnSync('/bin/sh', ['-c', f.tmpPath ?? ''], {
        input: Buffer.from(f.pending, 'latin1'), stdio: ['pipe', 'inherit', 'inherit'],
      });
      return pushResult(L2, r.status === 0, null, undefined);
    }
    f.close();
    L2.push(true);
    return 1;
  };
  // the environments' __close: io_fclose for opened files, io_noclose for the standard ones
  ioEnv.set('__close', L.newNative('io_fclose', (L2) => auxClose(L2, toFile(L2, 1))));
  stdEnv.set('__close', L.newNative('io_noclose', (L2) => {
    L2.push(undefined);
    L2.push('cannot close standard file');
    return 2;
  }));

  const getIoFile = (L2: LuaState, idx: 0 | 1): LFile => {
    const f = current[idx].payload as LFile;
    if (f.closed) L2.error(`standard ${idx === 0 ? 'input' : 'output'} file is closed`);
    return f;
  };

  const readNumber = (f: LFile): number | undefined => {
    // fscanf("%lf"): skip white space, then the longest number prefix
    let c = f.peek();
    while (c === 32 || (c >= 9 && c <= 13)) {
      f.getc();
      c = f.peek();
    }
    let s = '';
    const take = (): number => {
      s += String.fromCharCode(f.getc());
      return f.peek();
    };
    if (c === 43 || c === 45) c = take();
    let digits = 0;
    if (c === 48) {
      c = take();
      digits++;
      if (c === 120 || c === 88) {
        c = take();
        const isHex = (ch: number): boolean => (ch >= 48 && ch <= 57) || (ch >= 97 && ch <= 102) || (ch >= 65 && ch <= 70);
        let mant = '';
        let fracLen = 0;
        while (isHex(c)) {
          mant += String.fromCharCode(c);
          c = take();
        }
        if (c === 46) {
          c = take();
          while (isHex(c)) {
            mant += String.fromCharCode(c);
            fracLen++;
            c = take();
          }
        }
        if (mant.length === 0) return undefined;
        let exp = 0;
        if (c === 112 || c === 80) {
          c = take();
          let esign = 1;
          if (c === 43 || c === 45) {
            if (c === 45) esign = -1;
            c = take();
          }
          let ed = '';
          while (c >= 48 && c <= 57) {
            ed += String.fromCharCode(c);
            c = take();
          }
          if (ed.length > 0) exp = esign * Number(ed);
        }
        const v = Number(BigInt('0x' + mant)) * Math.pow(2, exp - 4 * fracLen);
        return s.startsWith('-') ? -v : v;
      }
    }
    while (c >= 48 && c <= 57) {
      c = take();
      digits++;
    }
    if (c === 46) {
      c = take();
      while (c >= 48 && c <= 57) {
        c = take();
        digits++;
      }
    }
    if (digits === 0) {
      // inf / nan
      const low = String.fromCharCode(c).toLowerCase();
      if (low === 'i' || low === 'n') {
        const word = low === 'i' ? 'inf' : 'nan';
        let got = '';
        while (got.length < 3 && String.fromCharCode(c).toLowerCase() === word[got.length]) {
          got += String.fromCharCode(c).toLowerCase();
          c = take();
        }
        if (got === word) {
          const neg = s.startsWith('-');
          if (word === 'nan') return NaN;
          // "infinity"
          const rest = 'inity';
          let k = 0;
          while (k < rest.length && String.fromCharCode(c).toLowerCase() === rest[k]) {
            c = take();
            k++;
          }
          return neg ? -Infinity : Infinity;
        }
      }
      return undefined;
    }
    if (c === 101 || c === 69) {
      c = take();
      if (c === 43 || c === 45) c = take();
      let ed = 0;
      while (c >= 48 && c <= 57) {
        c = take();
        ed++;
      }
      if (ed === 0) return Number(s.replace(/[eE][+-]?$/, ''));
    }
    return Number(s);
  };

  /** g_read: formats from argument `first`; returns the number of results. */
  const gRead = (L2: LuaState, f: LFile, first: number, nargs: number): number => {
    f.error = null;
    const nfmt = nargs - first + 1;
    let success = true;
    let n = first;
    const results: LuaValue[] = [];
    if (nfmt <= 0) {
      const line = f.readLine();
      success = line !== null;
      results.push(line ?? undefined);
      n = first + 1;
    } else {
      if (!L2.checkStack(nfmt + 20)) L2.error('stack overflow (too many arguments)');
      for (let k = 0; k < nfmt && success; k++, n++) {
        const a = L2.arg(n);
        if (typeof a === 'number') {
          const l = castToLong(a);
          if (l === 0) {
            success = f.peek() !== -1;
            results.push('');
          } else {
            const s = f.read(l < 0 ? Number.MAX_SAFE_INTEGER : l);
            success = s.length > 0;
            results.push(s);
          }
        } else {
          const p = typeof a === 'string' ? a : undefined;
          if (p === undefined || p.charCodeAt(0) !== 42) L2.argError(n, 'invalid option');
          switch (p[1]) {
            case 'n': {
              const v = readNumber(f);
              success = v !== undefined;
              results.push(v);
              break;
            }
            case 'l': {
              const line = f.readLine();
              success = line !== null;
              results.push(line ?? undefined);
              break;
            }
            case 'a':
              results.push(f.read(Number.MAX_SAFE_INTEGER));
              success = true;
              break;
            default:
              return L2.argError(n, 'invalid format');
          }
        }
      }
    }
    if (f.error !== null) {
      const e = f.error;
      f.error = null;
      return pushResult(L2, false, e, undefined);
    }
    if (!success) results[results.length - 1] = undefined;
    for (const r of results) L2.push(r);
    return n - first;
  };

  /** g_write: arguments from `arg`. */
  const gWrite = (L2: LuaState, f: LFile, arg: number, nargs: number): number => {
    let err: unknown = null;
    for (; arg <= nargs; arg++) {
      const v = L2.arg(arg);
      const s = typeof v === 'number' ? formatNumber14g(v) : L2.checkString(arg);
      if (err === null) {
        try {
          f.write(s);
        } catch (e) {
          if (!(e instanceof IoFailure)) throw e;
          err = e.err;
        }
      }
    }
    return pushResult(L2, err === null, err, undefined);
  };

  /** aux_lines: an iterator over the lines of u; closes the file at EOF when toClose. */
  const auxLines = (L2: LuaState, u: LuaUserdata, toClose: boolean): number => {
    const f = u.payload as LFile;
    const it = L2.newNative('io_readline', (L3) => {
      if (f.closed) L3.error('file is already closed');
      f.error = null;
      const line = f.readLine();
      if (f.error !== null) {
        const e = f.error;
        f.error = null;
        L3.error(osError(e)[1]);
      }
      if (line !== null) {
        L3.push(line);
        return 1;
      }
      if (toClose) auxClose(L3, f);
      return 0;
    }, [u, toClose]);
    L2.push(it);
    return 1;
  };

  const fileError = (L2: LuaState, arg: number, filename: string, e: unknown): never =>
    L2.argError(arg, `${filename}: ${osError(e)[1]}`);

  const gIoFile = (L2: LuaState, idx: 0 | 1, mode: string): number => {
    const a = L2.arg(1);
    if (a !== undefined) {
      if (typeof a === 'string' || typeof a === 'number') {
        const filename = typeof a === 'number' ? numberToString(a) : a;
        let f: LFile;
        try {
          f = fopen(filename, mode);
        } catch (e) {
          if (!(e instanceof IoFailure)) throw e;
          return fileError(L2, 1, filename, e.err);
        }
        current[idx] = newFile(f);
      } else {
        toFile(L2, 1);
        current[idx] = a as LuaUserdata;
      }
      ioEnv.set(idx + 1, current[idx]);
    }
    L2.push(current[idx]);
    return 1;
  };

  const iolib: LibFuncs = [
    ['close', (L2, nargs) => {
      const u = nargs === 0 ? current[1] : L2.arg(1);
      if (nargs === 0) L2.push(u);
      const f = nargs === 0 ? toFileValue(L2, u) : toFile(L2, 1);
      return auxClose(L2, f);
    }],
    ['flush', (L2) => {
      getIoFile(L2, 1);
      return pushResult(L2, true, null, undefined);
    }],
    ['input', (L2) => gIoFile(L2, 0, 'r')],
    ['lines', (L2) => {
      if (L2.arg(1) === undefined) {
        toFileValue(L2, current[0]);
        return auxLines(L2, current[0], false);
      }
      const filename = L2.checkString(1);
      let f: LFile;
      try {
        f = fopen(filename, 'r');
      } catch (e) {
        if (!(e instanceof IoFailure)) throw e;
        return fileError(L2, 1, filename, e.err);
      }
      return auxLines(L2, newFile(f), true);
    }],
    ['open', (L2) => {
      const filename = L2.checkString(1);
      const mode = L2.optString(2, 'r');
      try {
        L2.push(newFile(fopen(filename, mode)));
        return 1;
      } catch (e) {
        if (!(e instanceof IoFailure)) throw e;
        return pushResult(L2, false, e.err, filename);
      }
    }],
    ['output', (L2) => gIoFile(L2, 1, 'w')],
    ['popen', (L2) => {
      const prog = L2.checkString(1);
      const mode = L2.optString(2, 'r');
      if (mode[0] === 'w') {
        const f = new LFile(L2, -1, Kind.POPEN_WRITE, false, true, false);
        f.tmpPath = Buffer.from(prog, 'latin1').toString();
        L2.push(newFile(f));
        return 1;
      }
      const r = spawnSync('/bin/sh', ['-c', Buffer.from(prog, 'latin1').toString()], {
        stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 1 << 30,
      });
      const f = new LFile(L2, -1, Kind.POPEN_READ, true, false, false);
      f.rbuf = r.stdout ?? Buffer.alloc(0);
      L2.push(newFile(f));
      return 1;
    }],
    ['read', (L2, nargs) => gRead(L2, getIoFile(L2, 0), 1, nargs)],
    ['tmpfile', (L2) => {
      const path = join(tmpdir(), 'lua_tmp_' + randomBytes(6).toString('hex'));
      try {
        const fd = openSync(path, fsc.O_RDWR | fsc.O_CREAT | fsc.O_EXCL, 0o600);
        const f = new LFile(L2, fd, Kind.FILE, true, true, false);
        f.tmpPath = path;
        L2.push(newFile(f));
        return 1;
      } catch (e) {
        return pushResult(L2, false, e, undefined);
      }
    }],
    ['type', (L2) => {
      L2.checkAny(1);
      const u = L2.arg(1);
      if (u instanceof LuaUserdata && u.metatable === mt && u.payload instanceof LFile) {
        L2.push(u.payload.closed ? 'closed file' : 'file');
      } else {
        L2.push(undefined);
      }
      return 1;
    }],
    ['write', (L2, nargs) => gWrite(L2, getIoFile(L2, 1), 1, nargs)],
  ];

  const toFileValue = (L2: LuaState, u: LuaValue): LFile => {
    if (u instanceof LuaUserdata && u.payload instanceof LFile) {
      if (u.payload.closed) L2.error('attempt to use a closed file');
      return u.payload;
    }
    return L2.typeArgError(1, 'FILE*');
  };

  // flib
  const flib: LibFuncs = [
    // io_close as a method: the FILE* methods were registered before luaopen_io replaced its
    // environment, so with no argument they read IO_OUTPUT from the globals ([2], usually nil).
    ['close', (L2, nargs) => {
      if (nargs === 0) {
        const v = L2.globals.get(2);
        if (!(v instanceof LuaUserdata && v.metatable === mt && v.payload instanceof LFile)) {
          return L2.argError(1, `FILE* expected, got ${typeName(v)}`);
        }
        return auxClose(L2, toFileValue(L2, v));
      }
      return auxClose(L2, toFile(L2, 1));
    }],
    ['flush', (L2) => {
      toFile(L2, 1);
      return pushResult(L2, true, null, undefined);
    }],
    ['lines', (L2) => {
      toFile(L2, 1);
      return auxLines(L2, L2.arg(1) as LuaUserdata, false);
    }],
    ['read', (L2, nargs) => gRead(L2, toFile(L2, 1), 2, nargs)],
    ['seek', (L2) => {
      const f = toFile(L2, 1);
      const op = L2.checkOption(2, 'cur', ['set', 'cur', 'end']);
      const offset = L2.optInteger(3, 0);
      try {
        L2.push(f.seek(op, offset));
        return 1;
      } catch (e) {
        if (!(e instanceof IoFailure)) throw e;
        return pushResult(L2, false, e.err, undefined);
      }
    }],
    ['setvbuf', (L2) => {
      toFile(L2, 1);
      L2.checkOption(2, undefined, ['no', 'full', 'line']);
      L2.optInteger(3, 8192);
      return pushResult(L2, true, null, undefined);
    }],
    ['write', (L2, nargs) => gWrite(L2, toFile(L2, 1), 2, nargs)],
    ['__gc', (L2) => {
      const f = topFile(L2, 1);
      if (!f.closed && f.kind === Kind.FILE) f.close();
      return 0;
    }],
    ['__tostring', (L2) => {
      const u = L2.arg(1) as LuaUserdata;
      const f = topFile(L2, 1);
      L2.push(f.closed ? 'file (closed)' : `file (${addressOf(u)})`);
      return 1;
    }],
  ];
  for (const [name, fn] of flib) mt.set(name, L.newNative(name, fn));

  const lib = registerLib(L, 'io', iolib);
  lib.set('stdin', uStdin);
  lib.set('stdout', uStdout);
  lib.set('stderr', uStderr);
  void ftruncateSync;
  return lib;
}
