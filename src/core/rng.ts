/**
 * The seeded pseudo-random number generator behind everything random in Descent: gradient noise,
 * datasets, mini-batch shuffling, property tests.
 *
 * Algorithm: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", 2018; reference C at https://prng.di.unimi.it/xoshiro128starstar.c), a 128-bit
 * state generator with 32-bit output that passes BigCrush and PractRand. It uses only 32-bit
 * integer operations, which JavaScript does natively (no BigInt), so it is fast and gives the
 * same sequence in every engine. The 128-bit state is filled from the 32-bit seed with SplitMix32
 * (the 32-bit variant of Steele, Lea & Flood's SplitMix, as the xoshiro authors recommend for
 * seeding), so that nearby seeds give unrelated streams.
 *
 * Doubles take 53 random bits from two outputs, as `(a >>> 5) * 2^26 + (b >>> 6)) / 2^53`
 * (the construction of the xoshiro authors' `next_double`), so `uniform()` is in [0, 1).
 */
export interface Rng {
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  uniform(): number;
  /** Standard normal deviate (mean 0, standard deviation 1). */
  normal(): number;
  /** Uniform integer in [0, n) without modulo bias; n ≤ 2^32. */
  int(n: number): number;
}

/** SplitMix32: turns a 32-bit seed into a well-mixed stream to fill a larger state. */
function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A xoshiro128** generator seeded with a 32-bit integer (other numbers are reduced modulo 2^32).
 *
 * @example const rng = createRng(1); rng.normal();
 */
export function createRng(seed: number): Rng {
  const mix = splitMix32(seed);
  return createRngFromState([mix(), mix(), mix(), mix()]);
}

/**
 * A xoshiro128** generator started from an explicit 128-bit state (four 32-bit words, s[0]
 * first), as the reference implementation takes it; used to check against published outputs.
 */
export function createRngFromState(state: readonly [number, number, number, number]): Rng {
  let [s0, s1, s2, s3] = state.map((word) => word | 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the one fixed point

  function nextUint32(): number {
    // xoshiro128** 1.1: result = rotl(s1 * 5, 7) * 9
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }

  function uniform(): number {
    const a = nextUint32() >>> 5; // 27 bits
    const b = nextUint32() >>> 6; // 26 bits
    return (a * 67108864 + b) / 9007199254740992;
  }

  // Marsaglia's polar method makes two deviates per accepted pair; keep the spare.
  let spare = 0;
  let hasSpare = false;
  function normal(): number {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
  }

  function int(n: number): number {
    // Rejection sampling: draw until below the largest multiple of n, so every residue is equally likely.
    const limit = 4294967296 - (4294967296 % n);
    let x: number;
    do x = nextUint32();
    while (x >= limit);
    return x % n;
  }

  return { nextUint32, uniform, normal, int };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
