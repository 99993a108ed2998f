/**
 * Script flags (script.c scripts_flags_def), shared by EVAL shebangs and
 * redis.register_function. The order is the order FUNCTION LIST prints them.
 */
export const SCRIPT_FLAG_NO_WRITES = 1 << 0;
export const SCRIPT_FLAG_ALLOW_OOM = 1 << 1;
export const SCRIPT_FLAG_ALLOW_STALE = 1 << 2;
export const SCRIPT_FLAG_NO_CLUSTER = 1 << 3;
/** EVAL without shebang: compatibility mode (no up-front checks). */
export const SCRIPT_FLAG_EVAL_COMPAT_MODE = 1 << 4;
export const SCRIPT_FLAG_ALLOW_CROSS_SLOT = 1 << 5;

export const SCRIPT_FLAGS_DEF: ReadonlyArray<{ name: string; flag: number }> = [
  { name: 'no-writes', flag: SCRIPT_FLAG_NO_WRITES },
  { name: 'allow-oom', flag: SCRIPT_FLAG_ALLOW_OOM },
  { name: 'allow-stale', flag: SCRIPT_FLAG_ALLOW_STALE },
  { name: 'no-cluster', flag: SCRIPT_FLAG_NO_CLUSTER },
  { name: 'allow-cross-slot-keys', flag: SCRIPT_FLAG_ALLOW_CROSS_SLOT },
];

/** The flag names set in `flags`, in definition order. */
export function flagNames(flags: number): string[] {
  return SCRIPT_FLAGS_DEF.filter((d) => (flags & d.flag) !== 0).map((d) => d.name);
}
