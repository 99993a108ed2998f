// The os library of Lua 5.1.5 (loslib.c) for the stand-alone interpreter: time/date with C's
// mktime normalisation in the process's time zone and glibc's strftime (C locale), clock as
// process CPU time, getenv, remove/rename/tmpname with `nil, "<name>: <strerror>", errno`
// results, execute through /bin/sh, exit (raised as LuaExit for the host to honour).
import { unlinkSync, rmdirSync, renameSync, statSync, openSync, closeSync, constants as fsc } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { LuaTable } from '../vm/table.js';
import { T_TABLE, type LuaValue } from '../vm/value.js';
import { getTable } from '../vm/meta.js';
import { toNumber } from '../vm/tostr.js';
import type { LuaState } from '../vm/state.js';
import { castToLong } from '../text/printf.js';
import { checkType, optInt } from './base.js';
import { registerLib, type LibFuncs } from './lib.js';
import { osError } from './oserr.js';

/** Thrown by os.exit: the host ends the run with this status (after flushing its output). */
export class LuaExit {
  constructor(readonly code: number) {}
}

/** os_pushresult / pushresult: true, or nil, "<name>: <strerror>", errno. */
export function pushResult(L: LuaState, ok: boolean, err: unknown, filename: string | undefined): number {
  if (ok) {
    L.push(true);
    return 1;
  }
  const [errno, msg] = osError(err);
  L.push(undefined);
  L.push(filename !== undefined ? `${filename}: ${msg}` : msg);
  L.push(errno);
  return 3;
}

// ------------------------------------------------------------------ broken-down time
export interface Tm {
  sec: number;
  min: number;
  hour: number;
  mday: number;
  mon: number; // 0-11
  year: number; // full year
  wday: number; // 0-6, Sunday = 0
  yday: number; // 0-365
  isdst: number; // -1 unknown
  gmtoff: number; // seconds east of UTC
  zone: string;
}

function zoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
    for (const p of parts) if (p.type === 'timeZoneName') return p.value;
  } catch {
    // fall through
  }
  return 'UTC';
}

function isDst(d: Date): boolean {
  const y = d.getFullYear();
  const jan = new Date(y, 0, 1).getTimezoneOffset();
  const jul = new Date(y, 6, 1).getTimezoneOffset();
  return jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul);
}

/** gmtime / localtime of a time_t (seconds); null when out of Date's range. */
export function breakDown(t: number, utc: boolean): Tm | null {
  const d = new Date(t * 1000);
  if (Number.isNaN(d.getTime())) return null;
  const startOfYear = utc ? Date.UTC(d.getUTCFullYear(), 0, 1) : new Date(d.getFullYear(), 0, 1).getTime();
  if (utc) {
    const dayStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return {
      sec: d.getUTCSeconds(), min: d.getUTCMinutes(), hour: d.getUTCHours(), mday: d.getUTCDate(),
      mon: d.getUTCMonth(), year: d.getUTCFullYear(), wday: d.getUTCDay(),
      yday: Math.round((dayStart - startOfYear) / 86400000), isdst: 0, gmtoff: 0, zone: 'GMT',
    };
  }
  const dayStart = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const off = -d.getTimezoneOffset() * 60;
  return {
    sec: d.getSeconds(), min: d.getMinutes(), hour: d.getHours(), mday: d.getDate(),
    mon: d.getMonth(), year: d.getFullYear(), wday: d.getDay(),
    yday: Math.round((dayStart - startOfYear + (new Date(dayStart).getTimezoneOffset() - new Date(startOfYear).getTimezoneOffset()) * -60000) / 86400000),
    isdst: isDst(d) ? 1 : 0, gmtoff: off, zone: zoneName(d),
  };
}

/** mktime: normalise the fields in local time; isdst 0/1 shifts by an hour when it disagrees. */
export function mkTime(year: number, mon: number, mday: number, hour: number, min: number, sec: number, isdst: number): number | null {
  const d = new Date(2000, 0, 1, 0, 0, 0, 0);
  d.setFullYear(year, mon, mday);
  d.setHours(hour, min, sec, 0);
  let t = d.getTime();
  if (Number.isNaN(t)) return null;
  if (isdst >= 0) {
    const actual = isDst(d) ? 1 : 0;
    const y = d.getFullYear();
    const jan = new Date(y, 0, 1).getTimezoneOffset();
    const jul = new Date(y, 6, 1).getTimezoneOffset();
    const dstShift = jan !== jul ? Math.abs(jan - jul) * 60000 : 3600000;
    if (isdst > 0 && actual === 0) t -= dstShift;
    else if (isdst === 0 && actual === 1) t += dstShift;
  }
  return Math.floor(t / 1000);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function pad(n: number, w: number, c = '0'): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < w) s = c + s;
  return neg ? '-' + s : s;
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** ISO 8601 week-based year and week number (glibc's iso_week_days). */
function isoWeek(tm: Tm): [number, number] {
  const isoWeekDays = (yday: number, wday: number): number => {
    const bigEnough = 382;
    return yday - ((yday - wday + bigEnough) % 7) + 3;
  };
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

/** strftime of one conversion character in the C locale (glibc). */
export function strftime1(c: string, tm: Tm, t: number): string {
  switch (c) {
    case 'a': return DAYS[tm.wday]!.slice(0, 3);
    case 'A': return DAYS[tm.wday]!;
    case 'b': case 'h': return MONTHS[tm.mon]!.slice(0, 3);
    case 'B': return MONTHS[tm.mon]!;
    case 'c': return `${strftime1('a', tm, t)} ${strftime1('b', tm, t)} ${pad(tm.mday, 2, ' ')} ${strftime1('T', tm, t)} ${tm.year}`;
    case 'C': return pad(Math.floor(tm.year / 100), 2);
    case 'd': return pad(tm.mday, 2);
    case 'D': return `${pad(tm.mon + 1, 2)}/${pad(tm.mday, 2)}/${pad(((tm.year % 100) + 100) % 100, 2)}`;
    case 'e': return pad(tm.mday, 2, ' ');
    case 'F': return `${pad(tm.year, 4).replace(/^0+(?=\d{4})/, '')}-${pad(tm.mon + 1, 2)}-${pad(tm.mday, 2)}`;
    case 'g': return pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
    case 'G': return String(isoWeek(tm)[0]);
    case 'H': return pad(tm.hour, 2);
    case 'I': return pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2);
    case 'j': return pad(tm.yday + 1, 3);
    case 'k': return pad(tm.hour, 2, ' ');
    case 'l': return pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, ' ');
    case 'm': return pad(tm.mon + 1, 2);
    case 'M': return pad(tm.min, 2);
    case 'n': return '\n';
    case 'p': return tm.hour >= 12 ? 'PM' : 'AM';
    case 'P': return tm.hour >= 12 ? 'pm' : 'am';
    case 'r': return `${strftime1('I', tm, t)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${strftime1('p', tm, t)}`;
    case 'R': return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`;
    case 's': return String(t);
    case 'S': return pad(tm.sec, 2);
    case 't': return '\t';
    case 'T': case 'X': return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`;
    case 'u': return String(tm.wday === 0 ? 7 : tm.wday);
    case 'U': return pad(Math.floor((tm.yday - tm.wday + 7) / 7), 2);
    case 'V': return pad(isoWeek(tm)[1], 2);
    case 'w': return String(tm.wday);
    case 'W': return pad(Math.floor((tm.yday - ((tm.wday - 1 + 7) % 7) + 7) / 7), 2);
    case 'x': return strftime1('D', tm, t);
    case 'y': return pad(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return String(tm.year);
    case 'z': {
      const off = tm.gmtoff;
      const a = Math.abs(off);
      return `${off < 0 ? '-' : '+'}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
    }
    case 'Z': return tm.zone;
    case '%': return '%';
    default: {
      const code = c.charCodeAt(0);
      if (code >= 49 && code <= 57) return ('%' + c).padStart(code - 48, ' ');
      return '%' + c;
    }
  }
}

/** os.date's formatting loop: each "%x" is one strftime call; a trailing '%' is literal. */
export function formatDate(fmt: string, tm: Tm, t: number): string {
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const ch = fmt[i]!;
    if (ch !== '%' || i + 1 >= n) out += ch;
    else out += strftime1(fmt[++i]!, tm, t);
  }
  return out;
}

function getField(L: LuaState, t: LuaTable, key: string, d: number): number {
  const v = getTable(L, t, key, -1);
  const n = toNumber(v);
  if (n !== undefined) return castToLong(n) | 0;
  if (d < 0) L.error(`field '${key}' missing in date table`);
  return d;
}

function getBoolField(L: LuaState, t: LuaTable, key: string): number {
  const v: LuaValue = getTable(L, t, key, -1);
  return v === undefined ? -1 : v === false ? 0 : 1;
}

const LOCALE_CATS = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time'];

export function openOs(L: LuaState): LuaTable {
  const funcs: LibFuncs = [
    ['clock', (L2) => {
      const u = process.cpuUsage();
      L2.push((u.user + u.system) / 1e6);
      return 1;
    }],
    ['date', (L2) => {
      let s = L2.optString(1, '%c');
      const t = L2.arg(2) === undefined ? Math.floor(Date.now() / 1000) : castToLong(L2.checkNumber(2));
      const z = s.indexOf('\0');
      if (z >= 0) s = s.slice(0, z);
      let utc = false;
      if (s.charCodeAt(0) === 33) {
        utc = true;
        s = s.slice(1);
      }
      const tm = breakDown(t, utc);
      if (tm === null) {
        L2.push(undefined);
        return 1;
      }
      if (s === '*t') {
        const r = L2.newTable(0, 9);
        r.set('sec', tm.sec);
        r.set('min', tm.min);
        r.set('hour', tm.hour);
        r.set('day', tm.mday);
        r.set('month', tm.mon + 1);
        r.set('year', tm.year);
        r.set('wday', tm.wday + 1);
        r.set('yday', tm.yday + 1);
        if (tm.isdst >= 0) r.set('isdst', tm.isdst !== 0);
        L2.push(r);
        return 1;
      }
      L2.push(formatDate(s, tm, t));
      return 1;
    }],
    ['difftime', (L2) => {
      // difftime(checknumber(1), optnumber(2, 0)): GCC evaluates argument 2 first
      const t2 = L2.arg(2) === undefined ? 0 : castToLong(L2.checkNumber(2));
      const t1 = castToLong(L2.checkNumber(1));
      L2.push(t1 - t2);
      return 1;
    }],
    ['execute', (L2) => {
      const cmd = L2.arg(1) === undefined ? undefined : L2.checkString(1);
      if (cmd === undefined) {
        L2.push(1);
        return 1;
      }
      const r = spawnSync('/bin/sh', ['-c', Buffer.from(cmd, 'latin1').toString()], { stdio: 'inherit' });
      let st: number;
      if (r.error) st = 127 << 8;
      else if (r.signal) st = 128 + 0;
      else st = ((r.status ?? 0) & 0xff) << 8;
      L2.push(st);
      return 1;
    }],
    ['exit', (L2) => {
      throw new LuaExit(optInt(L2, 1, 0));
    }],
    ['getenv', (L2) => {
      const name = L2.checkString(1);
      const v = process.env[Buffer.from(name, 'latin1').toString()];
      L2.push(v === undefined ? undefined : Buffer.from(v, 'utf8').toString('latin1'));
      return 1;
    }],
    ['remove', (L2) => {
      const filename = L2.checkString(1);
      const path = Buffer.from(filename, 'latin1');
      try {
        let isDir = false;
        try {
          isDir = statSync(path).isDirectory();
        } catch {
          isDir = false;
        }
        if (isDir) rmdirSync(path);
        else unlinkSync(path);
        return pushResult(L2, true, null, filename);
      } catch (e) {
        return pushResult(L2, false, e, filename);
      }
    }],
    ['rename', (L2) => {
      const from = L2.checkString(1);
      const to = L2.checkString(2);
      try {
        renameSync(Buffer.from(from, 'latin1'), Buffer.from(to, 'latin1'));
        return pushResult(L2, true, null, from);
      } catch (e) {
        return pushResult(L2, false, e, from);
      }
    }],
    ['setlocale', (L2) => {
      const l = L2.arg(1) === undefined ? undefined : L2.checkString(1);
      L2.checkOption(2, 'all', LOCALE_CATS);
      if (l === undefined || l === 'C' || l === 'POSIX') L2.push('C');
      else if (l === '') L2.push('C');
      else L2.push(undefined);
      return 1;
    }],
    ['time', (L2) => {
      if (L2.arg(1) === undefined) {
        L2.push(Math.floor(Date.now() / 1000));
        return 1;
      }
      checkType(L2, 1, T_TABLE);
      const t = L2.arg(1) as LuaTable;
      const sec = getField(L2, t, 'sec', 0);
      const min = getField(L2, t, 'min', 0);
      const hour = getField(L2, t, 'hour', 12);
      const day = getField(L2, t, 'day', -1);
      const month = getField(L2, t, 'month', -1) - 1;
      const year = getField(L2, t, 'year', -1);
      const isdst = getBoolField(L2, t, 'isdst');
      const r = mkTime(year, month, day, hour, min, sec, isdst);
      L2.push(r === null || r === -1 ? undefined : r);
      return 1;
    }],
    ['tmpname', (L2) => {
      for (let tries = 0; tries < 100; tries++) {
        const name = '/tmp/lua_' + randomBytes(6).toString('base64').replace(/[+/]/g, 'x').slice(0, 6);
        try {
          const fd = openSync(name, fsc.O_CREAT | fsc.O_EXCL | fsc.O_RDWR, 0o600);
          closeSync(fd);
          L2.push(name);
          return 1;
        } catch {
          // try another name
        }
      }
      return L2.error('unable to generate a unique filename');
    }],
  ];
  return registerLib(L, 'os', funcs);
}
