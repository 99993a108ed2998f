/**
 * The effects journal: the write commands each script run executed, as Redis 7.0 propagates
 * them to the AOF and replicas (server.c propagatePendingCommands: more than one command is
 * wrapped in MULTI ... EXEC, the MULTI fed with the first command's database so a SELECT
 * comes before it; replicationFeedSlaves / feedAppendOnlyFile emit SELECT when the database
 * differs from the last one emitted). Checked against the AOF of redis-server 7.0.15.
 * Divergence: commands are journaled as the script called them (Redis rewrites a few, e.g.
 * EXPIRE → PEXPIREAT, INCRBYFLOAT → SET KEEPTTL, SPOP → SREM).
 */
import type { Effect } from './run-context.js';

export class EffectsJournal {
  /** Every propagated command, in order (SELECT / MULTI / EXEC included), while `keep`. */
  readonly commands: string[][] = [];
  /** Whether `commands` keeps what is appended (the SELECT bookkeeping goes on either way). */
  keep = true;
  private selectedDb = -1;
  /** Called with the commands of each run (e.g. the AOF writer of `--aof-log`). */
  onAppend: ((cmds: string[][]) => void) | null = null;

  /** Append one run's effects. */
  append(effects: readonly Effect[]): void {
    if (effects.length === 0) return;
    const out: string[][] = [];
    const wrap = effects.length > 1;
    const select = (db: number): void => {
      if (db !== this.selectedDb) {
        out.push(['SELECT', String(db)]);
        this.selectedDb = db;
      }
    };
    if (wrap) {
      select((effects[0] as Effect).db);
      out.push(['MULTI']);
    }
    for (const ef of effects) {
      select(ef.db);
      out.push([...ef.argv]);
    }
    if (wrap) out.push(['EXEC']);
    if (this.keep) this.commands.push(...out);
    this.onAppend?.(out);
  }

  clear(): void {
    this.commands.length = 0;
    this.selectedDb = -1;
  }
}

/** RESP encoding of commands as the AOF stores them. */
export function encodeAof(cmds: readonly string[][]): Buffer {
  const parts: string[] = [];
  for (const argv of cmds) {
    parts.push(`*${argv.length}\r\n`);
    for (const a of argv) parts.push(`$${a.length}\r\n`, a, '\r\n');
  }
  return Buffer.from(parts.join(''), 'latin1');
}
