/**
 * Redis's lrand48 clone (rand.c redisLrand48 / redisSrand48): a 48-bit LCG
 * X' = (0x5DEECE66D * X + 0xB) mod 2^48, returning the top 31 bits. The state is
 * process-global in Redis (shared by EVAL and functions, never reseeded per script in
 * 7.0, untouched by SCRIPT FLUSH): one Rand48 per server instance here.
 */
const TWO24 = 0x1000000;
const TWO48 = TWO24 * TWO24;
const A_HI = 0x5de; // 0x5DEECE66D >> 24
const A_LO = 0xece66d; // 0x5DEECE66D & 0xFFFFFF
const C = 0xb;
/** X0 X1 X2 of rand.c: the initial state 0x1234ABCD330E. */
const INITIAL = 0x1234 * 2 ** 32 + 0xabcd * 2 ** 16 + 0x330e;

export const REDIS_LRAND48_MAX = 2147483647;

export class Rand48 {
  /** The 48-bit state as an exact double. */
  x = INITIAL;

  /** redisSrand48: X = seed (32 bits, two's complement) << 16 | 0x330E. */
  seed(seedval: number): void {
    const s = seedval >>> 0;
    this.x = s * 0x10000 + 0x330e;
  }

  /** redisLrand48 */
  next(): number {
    const xh = Math.floor(this.x / TWO24);
    const xl = this.x % TWO24;
    const lo = A_LO * xl + C;
    const mid = (A_HI * xl + A_LO * xh) % TWO24;
    this.x = (lo + mid * TWO24) % TWO48;
    return Math.floor(this.x / 0x20000); // X >> 17
  }
}
