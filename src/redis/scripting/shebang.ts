/**
 * EVAL shebang parsing (eval.c evalExtractShebangFlags, Redis 7.0).
 *
 *  - no `#!` at the start: compatibility mode, nothing cut;
 *  - no `\n` (C strchr, so a NUL before it counts as none): `Invalid script shebang`;
 *  - the line is split with sdssplitargs; unbalanced quotes: `Invalid engine in script shebang`;
 *  - the first word must be exactly `#!lua`: `Unexpected engine in script shebang: <word>`;
 *  - each further word must start with `flags=` (case-sensitive); the rest is split on `,`
 *    (an empty rest means no flags) and each piece must be a flag name compared exactly:
 *    `Unexpected flag in script shebang: <piece>`; other words: `Unknown lua shebang option: <word>`.
 *  - the shebang line is cut but its newline kept (line numbers do not move).
 * Error texts are returned without the `ERR ` that addReplyErrorSds adds.
 */
import { splitArgs } from '../splitargs.js';
import { cstr } from './cstr.js';
import { SCRIPT_FLAGS_DEF, SCRIPT_FLAG_EVAL_COMPAT_MODE } from './flags.js';

export type ShebangResult =
  | { ok: true; flags: number; /** bytes to cut from the body before compiling */ shebangLength: number }
  | { ok: false; error: string };

export function extractShebangFlags(body: string): ShebangResult {
  if (!body.startsWith('#!')) return { ok: true, flags: SCRIPT_FLAG_EVAL_COMPAT_MODE, shebangLength: 0 };
  const end = cstr(body).indexOf('\n');
  if (end < 0) return { ok: false, error: 'Invalid script shebang' };
  const parts = splitArgs(body.slice(0, end));
  if (parts === null || parts.length === 0) return { ok: false, error: 'Invalid engine in script shebang' };
  const engine = parts[0] as string;
  if (cstr(engine) !== '#!lua') return { ok: false, error: `Unexpected engine in script shebang: ${cstr(engine)}` };
  let flags = 0;
  for (const part of parts.slice(1)) {
    if (part.startsWith('flags=')) {
      const rest = part.slice(6);
      // sdssplitlen of an empty string yields no element.
      const pieces = rest.length === 0 ? [] : rest.split(',');
      for (const piece of pieces) {
        const def = SCRIPT_FLAGS_DEF.find((d) => d.name === cstr(piece));
        if (def === undefined) return { ok: false, error: `Unexpected flag in script shebang: ${cstr(piece)}` };
        flags |= def.flag;
      }
    } else {
      return { ok: false, error: `Unknown lua shebang option: ${cstr(part)}` };
    }
  }
  return { ok: true, flags, shebangLength: end };
}
