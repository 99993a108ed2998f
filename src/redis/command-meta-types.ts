/** Static metadata of one Redis command, as `COMMAND` reports it (see command-meta.ts). */
export interface CommandMeta {
  /** Lower-case name; subcommands are `container|sub`. */
  name: string;
  /** Positive: exact argc (name included); negative: at least -arity. */
  arity: number;
  /** Redis command flags: write, readonly, denyoom, fast, noscript, blocking, loading, stale, ... */
  flags: string[];
  firstKey: number;
  lastKey: number;
  step: number;
  /** ACL categories without '@'. */
  acl: string[];
  subcommands?: CommandMeta[];
}
