// Bad input to the CLI: one clear line on stderr, a non-zero status, never a stack trace.
import { describe, expect, it } from 'vitest';
import { redlua } from './cli-helpers.js';
import { freePort } from '../../src/conformance/reference-redis.js';

function expectOneLineError(r: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(r.status).not.toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('redlua CLI bad input', () => {
  it('unknown verb', () => expectOneLineError(redlua(['frobnicate']), /unknown verb 'frobnicate'/));
  it('unknown conformance verb', () => expectOneLineError(redlua(['conformance', 'sing']), /unknown conformance verb/));
  it('unknown target', () => expectOneLineError(redlua(['conformance', 'run', '--target', 'python:3']), /unknown target 'python:3'/));
  it('missing target', () => expectOneLineError(redlua(['conformance', 'run']), /needs --target/));
  it('missing corpus path', () =>
    expectOneLineError(redlua(['conformance', 'run', '--target', 'lua:lua5.1', 'no/such/dir']), /no such file or folder: no\/such\/dir/));
  it('interpreter that does not exist', () =>
    expectOneLineError(redlua(['conformance', 'run', '--target', 'lua:no-such-lua-binary']), /unavailable: cannot run 'no-such-lua-binary'/));
  it('unreachable server', async () => {
    const port = await freePort();
    expectOneLineError(redlua(['conformance', 'run', '--target', `resp://127.0.0.1:${port}`]), /unavailable: cannot connect to 127\.0\.0\.1/);
  });
  it('malformed resp:// address', () => expectOneLineError(redlua(['conformance', 'run', '--target', 'resp://nowhere']), /expected resp:\/\/host:port/));
  it('unknown option', () => expectOneLineError(redlua(['conformance', 'run', '--target', 'builtin', '--bogus']), /Unknown option '--bogus'/));
});
