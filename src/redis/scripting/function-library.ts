/**
 * The functions data model (functions.c): libraries by exact name, functions by name ignoring
 * case (functionDictType uses a case-insensitive compare), registration order kept.
 */
import type { LuaFunction } from './lua-host.js';

export interface FunctionInfo {
  name: string;
  fn: LuaFunction;
  desc: string | null;
  flags: number;
  library: Library;
}

export interface Library {
  name: string;
  /** The whole payload given to FUNCTION LOAD (shebang included). */
  code: string;
  /** By exact name, in registration order. */
  functions: Map<string, FunctionInfo>;
}

/** functionsLibCtx: libraries by exact name, functions by name ignoring case. */
export class LibCtx {
  readonly libraries = new Map<string, Library>();
  readonly functions = new Map<string, FunctionInfo>();

  link(li: Library): void {
    for (const fi of li.functions.values()) {
      const k = fi.name.toLowerCase();
      if (!this.functions.has(k)) this.functions.set(k, fi); // dictAdd fails silently on a duplicate
    }
    this.libraries.set(li.name, li);
  }

  unlink(li: Library): void {
    for (const fi of li.functions.values()) {
      const k = fi.name.toLowerCase();
      if (this.functions.get(k) === fi) this.functions.delete(k);
    }
    this.libraries.delete(li.name);
  }

  clear(): void {
    this.libraries.clear();
    this.functions.clear();
  }
}

