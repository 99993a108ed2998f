// Recorded expectations (<case>.expected.yaml): written by `conformance record` only.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { TypedReply } from './typed-reply.js';

export interface LuaExpectation {
  recorded_with: string;
  stdout: string;
  exit: number;
  error: string | null;
  traceback: string | null;
  /** luac5.1 -l -l listing with header addresses normalised; null when it does not compile. */
  listing: string | null;
}

/** A Lua case flagged `redis`: the body ran as EVAL. */
export interface LuaRedisExpectation {
  recorded_with: string;
  reply: TypedReply;
}

export interface RedisExpectation {
  recorded_with: string;
  eval: TypedReply[];
  fcall?: TypedReply[];
}

export type Expectation = LuaExpectation | LuaRedisExpectation | RedisExpectation;

export function readExpectation<T extends Expectation>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  return parseYaml(readFileSync(path, 'utf8')) as T;
}

/**
 * YAML text that reads back to exactly the same data. Block literals are used for
 * readability; if the round trip ever differs (trailing spaces, control bytes), every
 * string is written double-quoted instead, which is always exact.
 */
export function stringifyExact(data: unknown): string {
  const readable = stringifyYaml(data, { lineWidth: 0, blockQuote: 'literal' });
  if (JSON.stringify(parseYaml(readable)) === JSON.stringify(data)) return readable;
  return stringifyYaml(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

export function writeExpectation(path: string, data: Expectation): void {
  writeFileSync(path, stringifyExact(data));
}
