/**
 * The EVAL script cache (eval.c lctx.lua_scripts): sha (lowercase) → body, flags and the
 * compiled function. Lookups ignore case (dictSdsKeyCaseCompare).
 */
import type { LuaFunction } from './lua-host.js';

export interface CachedScript {
  sha: string;
  body: string;
  flags: number;
  fn: LuaFunction;
}

export class ScriptCache {
  private readonly bySha = new Map<string, CachedScript>();

  get(sha: string): CachedScript | undefined {
    return this.bySha.get(sha.toLowerCase());
  }

  add(s: CachedScript): void {
    this.bySha.set(s.sha, s);
  }

  has(sha: string): boolean {
    return this.bySha.has(sha.toLowerCase());
  }

  clear(): void {
    this.bySha.clear();
  }

  get size(): number {
    return this.bySha.size;
  }
}
