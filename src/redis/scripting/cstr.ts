/** C-string views of byte strings: Redis often passes sds through `%s` / strcmp, which stop at NUL. */
export function cstr(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}
