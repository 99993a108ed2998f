// Runs a Redis case (or a Lua case flagged `redis`) over any connection that answers
// commands with typed replies: a socket to a real server, our server, or the in-process
// engine. One definition of how a case is executed, for record and for every target.
import type { Reply } from '../redis/reply.js';
import { isEvalStep, type Argv, type LuaCase, type RedisCase } from './case.js';
import { toTyped, type TypedReply } from './typed-reply.js';

export interface CommandConnection {
  call(argv: string[]): Promise<Reply>;
}

/** Brings a connection to the state every case starts from. */
export async function resetServer(conn: CommandConnection, resp: 2 | 3): Promise<void> {
  await conn.call(['HELLO', String(resp)]);
  for (const argv of [['SELECT', '0'], ['FLUSHALL'], ['SCRIPT', 'FLUSH'], ['FUNCTION', 'FLUSH']]) {
    const r = await conn.call(argv);
    if (r.type === 'error') throw new Error(`cannot reset the server (${argv.join(' ')}): ${r.value}`);
  }
}

async function runSteps(conn: CommandConnection, steps: Argv[]): Promise<TypedReply[]> {
  const out: TypedReply[] = [];
  for (const argv of steps) out.push(toTyped(await conn.call(argv)));
  return out;
}

/**
 * The FCALL form of a case: each EVAL step's script becomes a library whose only function
 * takes (KEYS, ARGV); the script's line 1 is the library's line 2 (INTERPRETING.md).
 */
export function fcallSteps(steps: Argv[]): Argv[] {
  const libs = new Map<string, number>();
  const out: Argv[] = [];
  for (const argv of steps) {
    if (!isEvalStep(argv)) {
      out.push(argv);
      continue;
    }
    const script = argv[1] ?? '';
    let n = libs.get(script);
    if (n === undefined) {
      n = libs.size + 1;
      libs.set(script, n);
      out.push(['FUNCTION', 'LOAD', `#!lua name=rl${n}\nredis.register_function('f${n}', function(KEYS, ARGV) ${script}\nend)`]);
    }
    const ro = argv[0]?.toUpperCase() === 'EVAL_RO';
    out.push([ro ? 'FCALL_RO' : 'FCALL', `f${n}`, ...argv.slice(2)]);
  }
  return out;
}

export interface RedisCaseReplies {
  eval: TypedReply[];
  fcall?: TypedReply[];
}

export async function runRedisCase(conn: CommandConnection, c: RedisCase): Promise<RedisCaseReplies> {
  await resetServer(conn, c.resp);
  await runSteps(conn, c.setup);
  const evalReplies = await runSteps(conn, c.steps);
  if (!c.fcall) return { eval: evalReplies };
  await resetServer(conn, c.resp);
  await runSteps(conn, c.setup);
  // Every reply of the FCALL form is recorded, the inserted FUNCTION LOAD ones included.
  return { eval: evalReplies, fcall: await runSteps(conn, fcallSteps(c.steps)) };
}

/** A Lua case flagged `redis`: its whole file is the script of `EVAL <body> 0`. */
export async function runLuaCaseOnRedis(conn: CommandConnection, c: LuaCase): Promise<TypedReply> {
  await resetServer(conn, 2);
  const [reply] = await runSteps(conn, [['EVAL', c.source, '0']]);
  return reply ?? { error: '(no reply)' };
}
