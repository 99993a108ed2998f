/**
 * numkeys validation of EVAL/EVALSHA (eval.c evalGenericCommand) and FCALL
 * (functions.c fcallCommandGeneric). Returns the error text (with `ERR `) or the count.
 */
import { string2ll } from '../keyspace/numbers.js';

export function parseEvalNumkeys(arg: string, argc: number): number | string {
  const n = string2ll(arg);
  if (n === null) return 'ERR value is not an integer or out of range';
  if (n > BigInt(argc - 3)) return "ERR Number of keys can't be greater than number of args";
  if (n < 0n) return "ERR Number of keys can't be negative";
  return Number(n);
}

export function parseFcallNumkeys(arg: string, argc: number): number | string {
  const n = string2ll(arg);
  if (n === null) return 'ERR Bad number of keys provided';
  if (n > BigInt(argc - 3)) return "ERR Number of keys can't be greater than number of args";
  if (n < 0n) return "ERR Number of keys can't be negative";
  return Number(n);
}
