import { UsageError } from '../../cli/usage-error.js';
import { BuiltinLuacTarget, BuiltinTarget } from './builtin.js';
import { LuaCliTarget } from './lua-cli.js';
import { LuacCliTarget } from './luac-cli.js';
import { RespTarget } from './resp.js';
import type { Target } from './target.js';

/** Parses a target name: builtin, builtin-luac, lua:CMD, luac:CMD, resp://HOST:PORT. */
export function makeTarget(name: string): Target {
  if (name === 'builtin') return new BuiltinTarget();
  if (name === 'builtin-luac') return new BuiltinLuacTarget();
  if (name.startsWith('lua:') && name.length > 4) return new LuaCliTarget(name, name.slice(4));
  if (name.startsWith('luac:') && name.length > 5) return new LuacCliTarget(name, name.slice(5));
  if (name.startsWith('resp://')) return new RespTarget(name);
  throw new UsageError(`unknown target '${name}' (builtin, builtin-luac, lua:CMD, luac:CMD, resp://HOST:PORT)`);
}
