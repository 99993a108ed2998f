import { describe, expect, it } from 'vitest';
import { RequestParser, ReplyParser, encodeCommand, string2ll } from './resp-parser.js';
import { splitArgs } from './splitargs.js';

const feedAll = (p: RequestParser, s: string): ReturnType<RequestParser['feed']> => p.feed(Buffer.from(s, 'latin1'));

describe('RequestParser', () => {
  it('parses multibulk and inline requests, pipelined', () => {
    const p = new RequestParser();
    const ev = feedAll(p, '*2\r\n$4\r\nECHO\r\n$3\r\na\x00b\r\nPING\r\nSET k "v w"\n');
    expect(ev).toEqual([
      { kind: 'command', argv: ['ECHO', 'a\x00b'], inline: false },
      { kind: 'command', argv: ['PING'], inline: true },
      { kind: 'command', argv: ['SET', 'k', 'v w'], inline: true },
    ]);
  });
  it('gives the same result whatever the chunking', () => {
    const input = '*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nhello\r\nGET k\r\n*0\r\n*1\r\n$4\r\nPING\r\n';
    const whole = feedAll(new RequestParser(), input);
    for (let cut = 1; cut < input.length; cut++) {
      const p = new RequestParser();
      const got = [...feedAll(p, input.slice(0, cut)), ...feedAll(p, input.slice(cut))];
      expect(got).toEqual(whole);
    }
    const p = new RequestParser();
    const bytewise = [...input].flatMap((c) => feedAll(p, c));
    expect(bytewise).toEqual(whole);
  });
  it.each([
    ['*x\r\n', 'Protocol error: invalid multibulk length'],
    ['*3000000000\r\n', 'Protocol error: invalid multibulk length'],
    ['*1\r\n$-5\r\n', 'Protocol error: invalid bulk length'],
    ['*1\r\n$04\r\n', 'Protocol error: invalid bulk length'],
    ['*2\r\n$3\r\nGET\r\nx1\r\n', "Protocol error: expected '$', got 'x'"],
    ['PING "a\r\n', 'Protocol error: unbalanced quotes in request'],
    ['PING "a"b\r\n', 'Protocol error: unbalanced quotes in request'],
  ])('%j → %s', (input, message) => {
    const ev = feedAll(new RequestParser(), input);
    expect(ev.at(-1)).toEqual({ kind: 'error', message });
  });
  it('rejects oversized inline requests and headers', () => {
    expect(feedAll(new RequestParser(), 'A'.repeat(65 * 1024))).toEqual([{ kind: 'error', message: 'Protocol error: too big inline request' }]);
    expect(feedAll(new RequestParser(), `*${'1'.repeat(65 * 1024)}`)).toEqual([{ kind: 'error', message: 'Protocol error: too big mbulk count string' }]);
  });
  it('applies the unauthenticated limits', () => {
    const p = new RequestParser({ unauthenticated: () => true });
    expect(feedAll(p, '*1\r\n$20000\r\n')).toEqual([{ kind: 'error', message: 'Protocol error: unauthenticated bulk length' }]);
    expect(feedAll(new RequestParser({ unauthenticated: () => true }), '*2000000\r\n')).toEqual([
      { kind: 'error', message: 'Protocol error: unauthenticated multibulk length' },
    ]);
  });
  it('handles big binary payloads', () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0xab);
    const req = encodeCommand(['SET', 'k', big]);
    const p = new RequestParser();
    const out = [];
    for (let i = 0; i < req.length; i += 65536) out.push(...p.feed(req.subarray(i, i + 65536)));
    expect(out).toHaveLength(1);
    const ev = out[0];
    expect(ev?.kind === 'command' && ev.argv[2]?.length).toBe(big.length);
  });
});

describe('splitArgs (sdssplitargs)', () => {
  it.each([
    ['a b  c', ['a', 'b', 'c']],
    ['"a\\x41\\n" \'b\\\'c\'', ['aA\n', "b'c"]],
    ['"\\x4g"', ['x4g']],
    ['a"b c"d', null],
    ['a"b c" d', ['ab c', 'd']],
    ['""', ['']],
    ["''", ['']],
    ['"unterminated', null],
    ['   ', []],
    ['a\x00b c', ['a']],
  ])('%j', (input, expected) => {
    expect(splitArgs(input)).toEqual(expected);
  });
});

describe('string2ll', () => {
  it('is strict', () => {
    expect(string2ll('0')).toBe(0n);
    expect(string2ll('-9223372036854775808')).toBe(-9223372036854775808n);
    for (const bad of ['', '-', '+1', '01', ' 1', '1 ', '9223372036854775808', '-0', '1.0']) expect(string2ll(bad)).toBeNull();
  });
});

describe('ReplyParser', () => {
  it('decodes every RESP3 type', () => {
    const p = new ReplyParser();
    const got = p.feed(Buffer.from('%1\r\n+a\r\n~1\r\n#t\r\n,1.5\r\n_\r\n(123\r\n=7\r\ntxt:abc\r\n|1\r\n+k\r\n:1\r\n:2\r\n>1\r\n+m\r\n!3\r\nERR\r\n', 'latin1'));
    expect(got).toEqual([
      { type: 'map', value: [[{ type: 'status', value: 'a' }, { type: 'set', value: [{ type: 'boolean', value: true }] }]] },
      { type: 'double', value: 1.5, text: '1.5' },
      { type: 'null' },
      { type: 'bignum', value: '123' },
      { type: 'verbatim', format: 'txt', value: 'abc' },
      { type: 'attribute', attributes: [[{ type: 'status', value: 'k' }, { type: 'integer', value: 1n }]], reply: { type: 'integer', value: 2n } },
      { type: 'push', value: [{ type: 'status', value: 'm' }] },
      { type: 'error', value: 'ERR' },
    ]);
  });
  it('waits for incomplete replies', () => {
    const p = new ReplyParser();
    expect(p.feed(Buffer.from('*2\r\n$1\r\na\r\n'))).toEqual([]);
    expect(p.feed(Buffer.from('$1\r'))).toEqual([]);
    expect(p.feed(Buffer.from('\nb\r\n'))).toEqual([{ type: 'array', value: [{ type: 'bulk', value: 'a' }, { type: 'bulk', value: 'b' }] }]);
  });
});

describe('deep replies', () => {
  it('encodes, decodes and compares 20000 nested levels without recursion', async () => {
    const { encodeReply, replyEquals, toPlain } = await import('./reply.js');
    type R = import('./reply.js').Reply;
    let r: R = { type: 'error', value: 'ERR reached lua stack limit' };
    for (let i = 0; i < 20000; i++) r = { type: 'array', value: [r] };
    const bytes = encodeReply(r, 2);
    const back = new ReplyParser().feed(bytes);
    expect(back).toHaveLength(1);
    expect(replyEquals(back[0] as R, r)).toBe(true);
    let p = toPlain(back[0] as R);
    let depth = 0;
    while (Array.isArray(p)) {
      p = p[0] ?? null;
      depth++;
    }
    expect(depth).toBe(20000);
  });
});
