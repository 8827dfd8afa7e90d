import { describe, expect, it } from 'vitest';
import { summarizeSweep } from '../../../src/sim/run/sweep.ts';

describe('summarizeSweep', () => {
  it('averages per incident and counts contained and completed runs', () => {
    const point = summarizeSweep([
      { prompts: 3, realized: 10, reachable: 200, contained: false, taskCompleted: true },
      { prompts: 0, realized: 2, reachable: 100, contained: true, taskCompleted: true },
      { prompts: 1, realized: 0, reachable: 50, contained: true, taskCompleted: false },
    ]);
    expect(point).toEqual({ runs: 3, prompts: 1.3, realized: 4, reachable: 116.7, contained: 2, taskCompleted: 2 });
  });

  it('is all zeros for no runs rather than NaN', () => {
    expect(summarizeSweep([])).toEqual({ runs: 0, prompts: 0, realized: 0, reachable: 0, contained: 0, taskCompleted: 0 });
  });
});
