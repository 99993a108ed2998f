/** Key positions of a command's arguments (for ACL/cluster checks, COMMAND GETKEYS, scripts). */
import type { CommandMeta } from '../command-meta-types.js';

/**
 * Key argument positions (legacy first/last/step; plus the movable-key
 * commands scripts use: EVAL/FCALL family, Z*STORE / ZUNION/ZINTER/ZDIFF,
 * SINTERCARD, LMPOP/ZMPOP).
 */
export function getKeyPositions(spec: CommandMeta, argv: readonly string[]): number[] {
  const name = spec.name;
  const numkeysAt = (idx: number, first: number): number[] => {
    const n = Number(argv[idx] ?? '0');
    if (!Number.isInteger(n) || n < 0) return [];
    const out: number[] = [];
    for (let i = 0; i < n && first + i < argv.length; i++) out.push(first + i);
    return out;
  };
  switch (name) {
    case 'eval': case 'evalsha': case 'eval_ro': case 'evalsha_ro': case 'fcall': case 'fcall_ro':
      return numkeysAt(2, 3);
    case 'zunion': case 'zinter': case 'zdiff': case 'sintercard': case 'lmpop': case 'zmpop': case 'zintercard':
      return numkeysAt(1, 2);
    case 'zunionstore': case 'zinterstore': case 'zdiffstore':
      return [1, ...numkeysAt(2, 3)];
  }
  if (spec.firstKey <= 0) return [];
  const last = spec.lastKey < 0 ? argv.length + spec.lastKey : spec.lastKey;
  const out: number[] = [];
  for (let i = spec.firstKey; i <= last && i < argv.length; i += Math.max(1, spec.step)) out.push(i);
  return out;
}

