import { describe, expect, it } from 'vitest';
import { createRng, nextFloat } from '../../../src/sim/core/rng.ts';

describe('seeded PRNG', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 5 }, () => nextFloat(a));
    expect(Array.from({ length: 5 }, () => nextFloat(b))).toEqual(xs);
  });
  it('gives different sequences for neighbouring seeds and stays in [0, 1)', () => {
    const a = createRng(1);
    const b = createRng(2);
    const xs = Array.from({ length: 1000 }, () => nextFloat(a));
    expect(nextFloat(b)).not.toBe(xs[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
