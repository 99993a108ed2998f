/**
 * Differential harness for the scripting layer: cases from test/scripting/fixtures run against a
 * real redis-server 7.0 and against createRedis() in-process; typed replies are compared.
 *
 * Fixture formats:
 *  - `eval/*.lua`: scripts separated by `--- case: <name>` lines. Each script runs as
 *    `EVAL <script> 2 key1 key2 arg1 arg2` in RESP2 and again in RESP3.
 *  - `commands/*.yaml`: a list of `{ name, protocol?, commands: [[arg, ...], ...] }`; an argument
 *    `@file.lua` is replaced by that file's content (path relative to fixtures/), `sha1:<text>`
 *    by the SHA1 of the text (`SHA1:` upper case), `$N` by the bulk value of the case's reply N.
 * Every case starts on a fresh connection after FLUSHALL, SCRIPT FLUSH and FUNCTION FLUSH.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Reply } from '../../src/redis/reply.js';
import { sha1hex } from '../../src/redis/scripting/sha1.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface DiffCase {
  id: string;
  protocol: 2 | 3;
  commands: string[][];
  /** Indexes of replies not compared (e.g. FUNCTION DUMP bytes: Redis's dict order and LZF). */
  ignore?: number[];
}

export interface Connection {
  call(argv: string[]): Promise<Reply>;
}

function luaCases(file: string): DiffCase[] {
  const text = readFileSync(join(FIXTURES, 'eval', file), 'latin1');
  const out: DiffCase[] = [];
  const parts = text.split(/^--- case: (.*)\n/m);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const name = (parts[i] ?? '').trim();
    const body = (parts[i + 1] ?? '').replace(/\n$/, '');
    for (const protocol of [2, 3] as const) {
      out.push({ id: `${file}:${name}:resp${protocol}`, protocol, commands: [['EVAL', body, '2', 'key1', 'key2', 'arg1', 'arg2']] });
    }
  }
  return out;
}

interface YamlCase {
  name: string;
  protocol?: 2 | 3;
  ignore?: number[];
  commands: Array<Array<string | number>>;
}

function yamlCases(file: string): DiffCase[] {
  const doc = parse(readFileSync(join(FIXTURES, 'commands', file), 'utf8')) as YamlCase[];
  return doc.map((c) => ({
    id: `${file}:${c.name}`,
    protocol: c.protocol ?? 2,
    ...(c.ignore ? { ignore: c.ignore } : {}),
    commands: c.commands.map((argv) =>
      argv.map((a) => {
        const s = String(a);
        if (s.startsWith('@') && s.endsWith('.lua')) return readFileSync(join(FIXTURES, s.slice(1)), 'latin1');
        if (s.startsWith('sha1:')) return sha1hex(s.slice(5));
        if (s.startsWith('SHA1:')) return sha1hex(s.slice(5)).toUpperCase();
        return s;
      }),
    ),
  }));
}

export function loadCases(): DiffCase[] {
  const cases: DiffCase[] = [];
  for (const f of readdirSync(join(FIXTURES, 'eval')).sort()) if (f.endsWith('.lua')) cases.push(...luaCases(f));
  for (const f of readdirSync(join(FIXTURES, 'commands')).sort()) if (f.endsWith('.yaml')) cases.push(...yamlCases(f));
  return cases;
}

/** Reset the server state shared by cases, then run the case's commands. */
export async function runCase(conn: Connection, c: DiffCase): Promise<Reply[]> {
  for (const argv of [['FLUSHALL'], ['SCRIPT', 'FLUSH'], ['FUNCTION', 'FLUSH'], ['SELECT', '0']]) await conn.call(argv);
  if (c.protocol === 3) await conn.call(['HELLO', '3']);
  const replies: Reply[] = [];
  for (const argv of c.commands) {
    // `$N`: the bulk value of this case's reply N (e.g. FUNCTION RESTORE $1 after FUNCTION DUMP).
    const resolved = argv.map((a) => {
      const m = /^\$(\d+)$/.exec(a);
      if (m === null) return a;
      const r = replies[Number(m[1])];
      return r !== undefined && r.type === 'bulk' ? r.value : a;
    });
    replies.push(await conn.call(resolved));
  }
  return replies;
}
