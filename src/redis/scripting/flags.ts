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

/**
 * scriptFlagsToCmdFlags (script.c) as used by evalGetCommandFlags / fcallGetCommandFlags: a script
 * that declares flags (a shebang, or a function) replaces the command's write, denyoom and stale
 * flags by its own — write unless no-writes, denyoom unless allow-oom or no-writes, stale with
 * allow-stale — and drops may_replicate. Unknown scripts (null) and compat-mode EVAL scripts
 * keep the command's flags.
 */
export function scriptFlagsToCmdFlags(cmdFlags: readonly string[], scriptFlags: number | null): readonly string[] {
  if (scriptFlags === null || (scriptFlags & SCRIPT_FLAG_EVAL_COMPAT_MODE) !== 0) return cmdFlags;
  const out = cmdFlags.filter((f) => f !== 'write' && f !== 'denyoom' && f !== 'stale' && f !== 'may_replicate');
  if ((scriptFlags & (SCRIPT_FLAG_ALLOW_OOM | SCRIPT_FLAG_NO_WRITES)) === 0) out.push('denyoom');
  if ((scriptFlags & SCRIPT_FLAG_NO_WRITES) === 0) out.push('write');
  if ((scriptFlags & SCRIPT_FLAG_ALLOW_STALE) !== 0) out.push('stale');
  return out;
}

/** The flag names set in `flags`, in definition order. */
export function flagNames(flags: number): string[] {
  return SCRIPT_FLAGS_DEF.filter((d) => (flags & d.flag) !== 0).map((d) => d.name);
}
