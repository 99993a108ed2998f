/** Redis 7.0 shared error replies (server.c createSharedObjects and command files). */
import type { Reply } from '../reply.js';

const e = (value: string): Reply => ({ type: 'error', value });

export const ERR = {
  wrongType: e('WRONGTYPE Operation against a key holding the wrong kind of value'),
  syntax: e('ERR syntax error'),
  notInt: e('ERR value is not an integer or out of range'),
  notFloat: e('ERR value is not a valid float'),
  noSuchKey: e('ERR no such key'),
  outOfRange: e('ERR index out of range'),
  dbIndex: e('ERR DB index is out of range'),
  overflow: e('ERR increment or decrement would overflow'),
  nanOrInf: e('ERR increment would produce NaN or Infinity'),
  stringTooBig: e('ERR string exceeds maximum allowed size (proto-max-bulk-len)'),
  mustBePositive: e('ERR value is out of range, must be positive'),
  minMaxNotFloat: e('ERR min or max is not a float'),
  minMaxNotLex: e('ERR min or max not valid string range item'),
  hashNotInt: e('ERR hash value is not an integer'),
  hashNotFloat: e('ERR hash value is not a float'),
  offsetOutOfRange: e('ERR offset is out of range'),
};

export const err = e;

export function arityError(name: string): Reply {
  return e(`ERR wrong number of arguments for '${name}' command`);
}
