// A friction / blast-radius sweep: one profile run over one or more incidents, folded into a single
// point. Means are per incident so one incident and the whole catalog read on the same scale.
export interface SweepSample {
  prompts: number;
  realized: number;
  reachable: number;
  contained: boolean;
  taskCompleted: boolean;
}

export interface SweepPoint {
  /** Incidents the point is averaged over. */
  runs: number;
  /** Mean prompts per incident: the friction the settings cost. */
  prompts: number;
  /** Mean realized blast score per incident. */
  realized: number;
  /** Mean reachable blast score per incident. */
  reachable: number;
  /** Incidents contained, and incidents whose task was completed (counts, out of `runs`). */
  contained: number;
  taskCompleted: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function summarizeSweep(samples: readonly SweepSample[]): SweepPoint {
  const runs = samples.length;
  const mean = (pick: (s: SweepSample) => number) => (runs === 0 ? 0 : round1(samples.reduce((sum, s) => sum + pick(s), 0) / runs));
  return {
    runs,
    prompts: mean((s) => s.prompts),
    realized: mean((s) => s.realized),
    reachable: mean((s) => s.reachable),
    contained: samples.filter((s) => s.contained).length,
    taskCompleted: samples.filter((s) => s.taskCompleted).length,
  };
}
