// Seeded PRNG (mulberry32). The state is one 32-bit integer kept by the caller, so a run can be
// replayed from its seed and a Monte Carlo walker can reproduce exactly the draws a run makes.
export interface Rng {
  state: number;
}

export function createRng(seed: number): Rng {
  // Mix the seed once so that neighbouring seeds do not start with correlated first draws.
  let s = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
  return { state: (s ^ (s >>> 16)) >>> 0 };
}

/** Next float in [0, 1); advances rng.state. */
export function nextFloat(rng: Rng): number {
  rng.state = (rng.state + 0x6d2b79f5) >>> 0;
  let t = rng.state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
