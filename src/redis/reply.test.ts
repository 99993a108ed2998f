import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { R, encodeReply, formatDouble17g, formatG, type Reply } from './reply.js';
import { ReplyParser } from './resp-parser.js';

const enc = (r: Reply, p: 2 | 3): string => encodeReply(r, p).toString('latin1');

describe('encodeReply', () => {
  it('encodes the RESP2 types', () => {
    expect(enc(R.status('OK'), 2)).toBe('+OK\r\n');
    expect(enc(R.error('ERR x'), 2)).toBe('-ERR x\r\n');
    expect(enc(R.int(-5), 2)).toBe(':-5\r\n');
    expect(enc(R.int(9223372036854775807n), 2)).toBe(':9223372036854775807\r\n');
    expect(enc(R.bulk('a\x00\xff'), 2)).toBe('$3\r\na\x00\xff\r\n');
    expect(enc(R.nil(), 2)).toBe('$-1\r\n');
    expect(enc(R.nilArray(), 2)).toBe('*-1\r\n');
    expect(enc(R.array([R.int(1), R.bulk('x')]), 2)).toBe('*2\r\n:1\r\n$1\r\nx\r\n');
  });
  it('downgrades RESP3 types for RESP2 clients as Redis does', () => {
    expect(enc(R.map([[R.bulk('k'), R.int(1)]]), 2)).toBe('*2\r\n$1\r\nk\r\n:1\r\n');
    expect(enc(R.set([R.bulk('a')]), 2)).toBe('*1\r\n$1\r\na\r\n');
    expect(enc(R.double(1.5), 2)).toBe('$3\r\n1.5\r\n');
    expect(enc(R.double(0.1), 2)).toBe('$19\r\n0.10000000000000001\r\n');
    expect(enc(R.double(Infinity), 2)).toBe('$3\r\ninf\r\n');
    expect(enc(R.bool(true), 2)).toBe(':1\r\n');
    expect(enc(R.bool(false), 2)).toBe(':0\r\n');
    expect(enc(R.null(), 2)).toBe('$-1\r\n');
    expect(enc({ type: 'bignum', value: '123' }, 2)).toBe('$3\r\n123\r\n');
    expect(enc({ type: 'verbatim', format: 'txt', value: 'hi' }, 2)).toBe('$2\r\nhi\r\n');
  });
  it('encodes RESP3 natively', () => {
    expect(enc(R.map([[R.bulk('k'), R.int(1)]]), 3)).toBe('%1\r\n$1\r\nk\r\n:1\r\n');
    expect(enc(R.set([]), 3)).toBe('~0\r\n');
    expect(enc(R.double(-Infinity), 3)).toBe(',-inf\r\n');
    expect(enc(R.double(1e17), 3)).toBe(',1e+17\r\n');
    expect(enc(R.bool(false), 3)).toBe('#f\r\n');
    expect(enc(R.nil(), 3)).toBe('_\r\n');
    expect(enc(R.nilArray(), 3)).toBe('_\r\n');
    expect(enc({ type: 'verbatim', format: 'txt', value: 'hi' }, 3)).toBe('=6\r\ntxt:hi\r\n');
    expect(enc({ type: 'push', value: [R.bulk('m')] }, 3)).toBe('>1\r\n$1\r\nm\r\n');
  });
  it('round-trips through the reply parser', () => {
    const replies: Reply[] = [
      R.status('OK'), R.error('WRONGTYPE x'), R.int(42), R.bulk('\r\n\x00'), R.nil(), R.nilArray(),
      R.array([R.array([]), R.bulk('')]),
    ];
    const p = new ReplyParser();
    const got = p.feed(Buffer.concat(replies.map((r) => encodeReply(r, 2))));
    expect(got).toEqual(replies);
  });
});

describe('formatDouble17g (glibc %.17g)', () => {
  it.each([
    [0.1, '0.10000000000000001'], [1.5, '1.5'], [3, '3'], [-0, '-0'], [1e17, '1e+17'], [123456789012345678, '1.2345678901234568e+17'],
    [1e-5, '1.0000000000000001e-05'], [2.5e-7, '2.4999999999999999e-07'], [1e300, '1.0000000000000001e+300'], [100, '100'],
    [0.0001, '0.0001'], [5e-324, '4.9406564584124654e-324'],
  ])('%s → %s', (v, s) => {
    expect(formatDouble17g(v)).toBe(s);
  });
  it('prints an integer below 1e17 as its exact digits (BigInt as the oracle, past 2^53 too)', () => {
    const big = fc.bigInt({ min: -(10n ** 17n) + 1n, max: 10n ** 17n - 1n }).map((b) => Number(b)).filter((v) => Math.abs(v) < 1e17);
    const ints = fc.oneof(fc.integer(), fc.maxSafeInteger(), big, fc.constantFrom(2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 99999999999999984, 1e16));
    fc.assert(fc.property(ints, (v) => formatDouble17g(v) === (v < 0 ? '-' : '') + BigInt(Math.abs(v)).toString()), { numRuns: 2000, seed: 17 });
  });
  it('formats %.14g too', () => {
    expect(formatG(0.1, 14)).toBe('0.1');
    expect(formatG(1e15, 14)).toBe('1e+15');
    expect(formatG(123456.789, 14)).toBe('123456.789');
  });
});
