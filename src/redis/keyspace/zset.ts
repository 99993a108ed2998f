import { formatDouble17g } from '../reply.js';

/**
 * Sorted set: member → score map plus an array ordered by (score, member),
 * members compared bytewise (memcmp on latin1 strings = JS `<`), as Redis's
 * skiplist and listpack order them.
 */
export class ZSet {
  /** Redis encoding: listpack while ≤ zset-max-listpack-entries (128) and members ≤ 64 bytes (never converts back). */
  listpack = true;
  readonly scores = new Map<string, number>();
  /** Entries ordered by (score, member). */
  private entries: Array<{ member: string; score: number }> = [];

  get size(): number {
    return this.scores.size;
  }

  /** d2string as used for listpack scores and ZSCAN: integral values within ±2^62 print as integers. */
  static scoreText(v: number): string {
    if (v === 0) return '0';
    if (Number.isInteger(v) && Math.abs(v) <= 4611686018427387904) return BigInt(v).toString();
    return formatDouble17g(v);
  }

  static cmp(as: number, am: string, bs: number, bm: string): number {
    if (as < bs) return -1;
    if (as > bs) return 1;
    return am < bm ? -1 : am > bm ? 1 : 0;
  }

  /** Index of the first entry ≥ (score, member). */
  private lowerBound(score: number, member: string): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = this.entries[mid];
      if (e && ZSet.cmp(e.score, e.member, score, member) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  score(member: string): number | undefined {
    return this.scores.get(member);
  }

  /** Insert or update. */
  set(member: string, score: number): void {
    const old = this.scores.get(member);
    if (old !== undefined) {
      if (Object.is(old, score)) return;
      this.entries.splice(this.lowerBound(old, member), 1);
    }
    // A listpack stores scores as text (d2string): -0 is stored as "0".
    if (this.listpack && Object.is(score, -0)) score = 0;
    this.scores.set(member, score);
    if (this.listpack && (member.length > 64 || this.scores.size > 128)) this.listpack = false;
    this.entries.splice(this.lowerBound(score, member), 0, { member, score });
  }

  delete(member: string): boolean {
    const old = this.scores.get(member);
    if (old === undefined) return false;
    this.entries.splice(this.lowerBound(old, member), 1);
    this.scores.delete(member);
    return true;
  }

  /** 0-based rank in ascending order. */
  rank(member: string): number | undefined {
    const s = this.scores.get(member);
    if (s === undefined) return undefined;
    return this.lowerBound(s, member);
  }

  at(i: number): { member: string; score: number } | undefined {
    return this.entries[i];
  }

  /** Entries [start, end] inclusive by rank (ascending). */
  slice(start: number, end: number): Array<{ member: string; score: number }> {
    return this.entries.slice(start, end + 1);
  }

  all(): ReadonlyArray<{ member: string; score: number }> {
    return this.entries;
  }

  /** First index whose score satisfies the min bound. */
  firstInScoreRange(min: number, minex: boolean): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = this.entries[mid];
      const ok = e !== undefined && (minex ? e.score > min : e.score >= min);
      if (ok) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Index after the last entry whose score satisfies the max bound. */
  endOfScoreRange(max: number, maxex: boolean): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = this.entries[mid];
      const ok = e !== undefined && (maxex ? e.score < max : e.score <= max);
      if (ok) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
