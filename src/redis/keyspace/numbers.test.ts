import { describe, expect, it } from 'vitest';
import { addLongDouble, formatLongDoubleHuman, parseLongDouble, parseRedisDouble, strtod } from './numbers.js';

const incr = (a: string, b: string): string | null => {
  const x = parseLongDouble(a);
  const y = parseLongDouble(b);
  if (!x || !y) return null;
  return formatLongDoubleHuman(addLongDouble(x, y));
};

describe('long double (INCRBYFLOAT) arithmetic', () => {
  it('matches values recorded from redis-server 7.0.15', () => {
    expect(incr('10.5', '0.1')).toBe('10.6');
    expect(incr('10.6', '1e20')).toBe('100000000000000000008');
    expect(incr('3', '1.5')).toBe('4.5');
    expect(incr('0', '5.0e3')).toBe('5000');
    expect(incr('5000', '-5000')).toBe('0');
    expect(incr('1', '0.1')).toBe('1.1');
    expect(incr('1.1', '0.2')).toBe('1.3');
  });
  it('parses like string2ld', () => {
    for (const bad of ['', ' 1', '1 ', 'abc', 'nan', '1e5000']) expect(parseLongDouble(bad)).toBeNull();
    expect(parseLongDouble('inf')?.kind).toBe('inf');
    expect(parseLongDouble('0x10')).not.toBeNull();
  });
});

describe('strtod', () => {
  it('follows C syntax', () => {
    expect(strtod('  1.5xyz')).toEqual({ value: 1.5, end: 5, erange: false });
    expect(strtod('-inf').value).toBe(-Infinity);
    expect(strtod('infinity').end).toBe(8);
    expect(strtod('0x1p4').value).toBe(16);
    expect(strtod('1e400').erange).toBe(true);
    expect(strtod('abc').end).toBe(0);
  });
  it('applies Redis getDoubleFromObject rules', () => {
    expect(parseRedisDouble('1.5')).toBe(1.5);
    expect(parseRedisDouble(' 1')).toBeNull();
    expect(parseRedisDouble('nan')).toBeNull();
    expect(parseRedisDouble('1e-400')).toBeNull();
    expect(parseRedisDouble('+inf')).toBe(Infinity);
  });
});
