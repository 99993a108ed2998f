/**
 * FUNCTION LOAD library metadata (functions.c functionExtractLibMetaData and
 * functionsCreateWithLibraryCtx, Redis 7.0.15). Errors in the order Redis checks them;
 * texts without the `ERR ` prefix added when replying.
 */
import { splitArgs } from '../splitargs.js';
import { cstr } from './cstr.js';

export interface LibraryMeta {
  engine: string;
  name: string;
  /** The code given to the engine: from the shebang's newline (kept) to the end. */
  code: string;
}

export const LIBRARY_NAME_ERROR =
  'Library names can only contain letters, numbers, or underscores(_) and must be at least one character long';

export function extractLibMeta(payload: string): { ok: true; meta: LibraryMeta } | { ok: false; error: string } {
  if (!payload.startsWith('#!')) return { ok: false, error: 'Missing library metadata' };
  const end = cstr(payload).indexOf('\n');
  if (end < 0) return { ok: false, error: 'Invalid library metadata' };
  const parts = splitArgs(payload.slice(0, end));
  if (parts === null || parts.length === 0) return { ok: false, error: 'Invalid library metadata' };
  const engine = (parts[0] as string).slice(2);
  let name: string | undefined;
  for (const part of parts.slice(1)) {
    if (part.slice(0, 5).toLowerCase() === 'name=') {
      if (name !== undefined) return { ok: false, error: 'Invalid metadata value, name argument was given multiple times' };
      name = part.slice(5);
      continue;
    }
    return { ok: false, error: `Invalid metadata value given: ${cstr(part)}` };
  }
  if (name === undefined) return { ok: false, error: 'Library name was not given' };
  return { ok: true, meta: { engine, name, code: payload.slice(end) } };
}

/** functionsVerifyName: [a-zA-Z0-9_]+ */
export function verifyName(name: string): boolean {
  return /^[a-zA-Z0-9_]+$/.test(name);
}
