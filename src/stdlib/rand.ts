// glibc's rand()/srand() (random_r.c, TYPE_3: an additive feedback generator of degree 31,
// separation 3, seeded by a Lehmer generator and warmed up by 310 discarded outputs), as
// lua5.1's math.random uses it. A fresh generator behaves as srand(1), as glibc's does.

/** RAND_MAX of glibc. */
export const RAND_MAX = 2147483647;

const DEG = 31;
const SEP = 3;

export class GlibcRand {
  private readonly r = new Int32Array(DEG);
  private f = SEP;
  private b = 0;

  constructor(seed = 1) {
    this.seed(seed);
  }

  /** srand(seed): `seed` is converted to unsigned int as C does (low 32 bits). */
  seed(seed: number): void {
    let s = seed >>> 0;
    if (s === 0) s = 1;
    const r = this.r;
    let word = s | 0; // int32_t word = seed
    r[0] = word;
    for (let i = 1; i < DEG; i++) {
      // state[i] = (16807 * state[i-1]) % 2147483647 without overflow (C division truncates)
      const hi = Math.trunc(word / 127773);
      const lo = word - hi * 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[i] = word;
    }
    this.f = SEP;
    this.b = 0;
    for (let k = 0; k < DEG * 10; k++) this.next();
  }

  /** rand(): the next value in [0, RAND_MAX]. */
  next(): number {
    const r = this.r;
    const val = ((r[this.f] as number) + (r[this.b] as number)) | 0;
    r[this.f] = val;
    const result = (val >>> 1) & 0x7fffffff;
    if (++this.f >= DEG) {
      this.f = 0;
      ++this.b;
    } else if (++this.b >= DEG) {
      this.b = 0;
    }
    return result;
  }
}
