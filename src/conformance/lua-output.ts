// How a stand-alone Lua interpreter's output becomes the compared fields of a Lua case.
// lua.c prints errors as "<progname>: <message>" followed, for run-time errors, by
// "\nstack traceback:\n...". The message may span lines (error("a\nb")).

export interface SplitError {
  error: string | null;
  traceback: string | null;
}

export function splitLuaStderr(stderr: string, progname: string): SplitError {
  if (stderr === '') return { error: null, traceback: null };
  let text = stderr.endsWith('\n') ? stderr.slice(0, -1) : stderr;
  const prefix = `${progname}: `;
  if (text.startsWith(prefix)) text = text.slice(prefix.length);
  const at = text.indexOf('\nstack traceback:');
  if (at < 0) return { error: text, traceback: null };
  return { error: text.slice(0, at), traceback: text.slice(at + 1) };
}

/**
 * luac -l prints object addresses in function headers (`bytes at 0x55d0...)`), in the
 * comment of CLOSURE lines (`; 0x55d0...`) and, with -l -l, in the section headers
 * (`constants (2) for 0x55d0...:`); all are normalised to 0x0.
 */
export function normaliseListing(listing: string): string {
  return listing
    .replace(/ at 0x[0-9a-fA-F]+\)/g, ' at 0x0)')
    .replace(/(\tCLOSURE  \t[^\n]*\t; )0x[0-9a-fA-F]+$/gm, '$10x0')
    .replace(/^((?:constants|locals|upvalues) \(\d+\) for )0x[0-9a-fA-F]+:$/gm, '$10x0:');
}

/** A -l -l listing cut into its functions: each block starts at a `main <` / `function <` header. */
export function listingFunctions(listing: string): string[] {
  return listing.split(/\n(?=(?:main|function) <)/).filter((b) => /^(?:main|function) </.test(b));
}

/** How many functions of the expected listing the actual listing reproduces exactly, in order. */
export function compareListingFunctions(expected: string, actual: string | null): { identical: number; total: number } {
  const e = listingFunctions(expected);
  const a = actual === null ? [] : listingFunctions(actual);
  let identical = 0;
  e.forEach((block, i) => {
    if (a[i] === block) identical++;
  });
  return { identical, total: e.length };
}
