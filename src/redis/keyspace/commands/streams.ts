/**
 * Streams: redlua has no stream values yet. XREAD is implemented for what
 * scripts can observe without one: option parsing and its errors (including
 * Redis 7.0's refusal of BLOCK inside scripts), WRONGTYPE for other types,
 * and the null reply when no stream has data.
 */
import { R } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandHandler, lookup, parseLL } from '../context.js';

/** streamParseID: "ms[-seq]" with unsigned 64-bit parts, or the special "$", "-", "+" where allowed. */
function validStreamId(s: string): boolean {
  if (s === '$' || s === '>') return true;
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return false;
  const max = 18446744073709551615n;
  return BigInt(m[1] ?? '0') <= max && BigInt(m[2] ?? '0') <= max;
}

const xread: CommandHandler = (ks, ctx, argv) => {
  let streamsArg = 0;
  for (let i = 1; i < argv.length; i++) {
    const moreargs = argv.length - i - 1;
    const o = (argv[i] ?? '').toLowerCase();
    if (o === 'block' && moreargs) {
      if (ctx.inScript) return err(`ERR ${argv[0] ?? ''} command is not allowed with BLOCK option from scripts`);
      i++;
      const t = parseLL(argv[i] ?? '', err('ERR timeout is not an integer or out of range'));
      if (t < 0n) return err('ERR timeout is negative');
    } else if (o === 'count' && moreargs) {
      i++;
      parseLL(argv[i] ?? '');
    } else if (o === 'streams' && moreargs) {
      streamsArg = i + 1;
      const streams = argv.length - streamsArg;
      if (streams % 2 !== 0) {
        return err("ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.");
      }
      break;
    } else return ERR.syntax;
  }
  if (streamsArg === 0) return ERR.syntax;
  const n = (argv.length - streamsArg) / 2;
  for (let i = 0; i < n; i++) {
    const id = argv[streamsArg + n + i] ?? '';
    if (id !== '$' && !validStreamId(id)) return err('ERR Invalid stream ID specified as stream command argument');
  }
  for (let i = 0; i < n; i++) {
    const v = lookup(ks, ctx, argv[streamsArg + i] ?? '');
    if (v !== undefined) return ERR.wrongType;
  }
  return R.nilArray();
};

export const streamCommands: Record<string, CommandHandler> = { xread };
