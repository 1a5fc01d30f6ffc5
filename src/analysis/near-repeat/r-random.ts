/**
 * R's default random number generator (R ≥ 3.6: "Mersenne-Twister", "Inversion",
 * "Rejection"), so that a permutation test seeded here draws exactly the permutations R
 * draws after `set.seed(seed)`; a result can then be checked against R and reproduced from
 * its recorded seed. Follows R 4.2's src/main/RNG.c (set.seed's scrambling, MT19937,
 * `fixup`) and src/main/random.c (`R_unif_index` by rejection from 16-bit chunks,
 * `sample.int(n)` without replacement).
 */
const N = 624;
const M = 397;

export class RRandom {
  private readonly mt = new Uint32Array(N);
  private index = N;

  /** As R's `set.seed(seed)`: seed is any 32-bit integer. */
  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError('The seed must be a whole number.');
    let state = seed >>> 0;
    const next = () => {
      state = (Math.imul(69069, state) + 1) >>> 0;
      return state;
    };
    for (let j = 0; j < 50; j += 1) next();
    next(); // dummy[0], the position, which FixupSeeds then sets to 624.
    for (let j = 0; j < N; j += 1) this.mt[j] = next();
  }

  private generate(): number {
    const mt = this.mt;
    if (this.index >= N) {
      const twist = (kk: number, other: number, following: number) => {
        const y = ((mt[kk] as number) & 0x80000000) | ((mt[following] as number) & 0x7fffffff);
        mt[kk] = (mt[other] as number) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      };
      let kk = 0;
      for (; kk < N - M; kk += 1) twist(kk, kk + M, kk + 1);
      for (; kk < N - 1; kk += 1) twist(kk, kk + (M - N), kk + 1);
      twist(N - 1, M - 1, 0);
      this.index = 0;
    }
    let y = mt[this.index] as number;
    this.index += 1;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return (y >>> 0) * 2.3283064365386963e-10;
  }

  /** R's `unif_rand()`: uniform on (0, 1). */
  uniform(): number {
    const value = this.generate();
    const half = 0.5 * 2.328306437080797e-10;
    if (value <= 0) return half;
    if (1 - value <= 0) return 1 - half;
    return value;
  }

  /** R's `R_unif_index(n)`: a whole number in 0 … n − 1, by rejection (n below 2³¹). */
  index0(n: number): number {
    if (n <= 0) return 0;
    // ceil(log2(n)), exact for whole n.
    const bits = 32 - Math.clz32(n - 1);
    const modulus = 2 ** bits;
    for (;;) {
      let value = Math.floor(this.uniform() * 65536);
      for (let drawn = 16; drawn <= bits; drawn += 16) {
        value = 65536 * value + Math.floor(this.uniform() * 65536);
      }
      const masked = value % modulus;
      if (masked < n) return masked;
    }
  }

  /** R's `sample.int(n)`: a random permutation of 1 … n, returned 0-based. */
  permutation(n: number): Int32Array {
    const result = new Int32Array(n);
    if (n < 2) {
      for (let i = 0; i < n; i += 1) result[i] = this.index0(n);
      return result;
    }
    const pool = new Int32Array(n);
    for (let i = 0; i < n; i += 1) pool[i] = i;
    let left = n;
    for (let i = 0; i < n; i += 1) {
      const j = this.index0(left);
      result[i] = pool[j] as number;
      left -= 1;
      pool[j] = pool[left] as number;
    }
    return result;
  }
}
