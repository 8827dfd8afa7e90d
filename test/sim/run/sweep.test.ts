import { describe, expect, it } from 'vitest';
import { summarizeSweep } from '../../../src/sim/run/sweep.ts';

describe('summarizeSweep', () => {
  it('averages per incident and counts contained, prompt-only, not-applicable and completed runs', () => {
    const point = summarizeSweep([
      { prompts: 3, realized: 10, reachable: 200, open: 120, contained: false, status: 'not-contained', taskCompleted: true },
      { prompts: 0, realized: 2, reachable: 100, open: 40, contained: true, status: 'contained', taskCompleted: true },
      { prompts: 1, realized: 0, reachable: 50, open: 0, contained: true, status: 'contained', taskCompleted: false },
      { prompts: 2, realized: 0, reachable: 50, open: 0, contained: false, status: 'prompt-only', taskCompleted: true },
      { prompts: 0, realized: 0, reachable: 0, open: 0, contained: false, status: 'not-applicable', taskCompleted: true },
    ]);
    expect(point).toEqual({ runs: 5, prompts: 1.2, realized: 2.4, reachable: 80, open: 32, contained: 2, promptOnly: 1, notApplicable: 1, taskCompleted: 4 });
  });

  it('is all zeros for no runs rather than NaN', () => {
    expect(summarizeSweep([])).toEqual({ runs: 0, prompts: 0, realized: 0, reachable: 0, open: 0, contained: 0, promptOnly: 0, notApplicable: 0, taskCompleted: 0 });
  });
});
