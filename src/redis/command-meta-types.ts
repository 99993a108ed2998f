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
  /** Command tips (e.g. nondeterministic_output, request_policy:all_shards). */
  tips?: string[];
  /** Key specifications as COMMAND INFO shows them (maps as objects, flags as string arrays). */
  keySpecs?: KeySpecValue[];
  subcommands?: CommandMeta[];
}

/** A JSON-like key-spec value: objects are RESP maps, string arrays are sets of status replies. */
export type KeySpecValue = string | number | string[] | { [k: string]: KeySpecValue };
