// A friction / blast-radius sweep: one profile run over one or more incidents, folded into a single
// point. Means are per incident so one incident and the whole catalog read on the same scale.
import type { ContainmentStatus } from '../core/ids.ts';

export interface SweepSample {
  prompts: number;
  realized: number;
  /** Open + behind-a-prompt reachable. */
  reachable: number;
  /** The part of `reachable` no prompt guards. */
  open: number;
  contained: boolean;
  status: ContainmentStatus;
  taskCompleted: boolean;
}

export interface SweepPoint {
  /** Incidents the point is averaged over. */
  runs: number;
  /** Mean prompts per incident: the friction the settings cost. */
  prompts: number;
  /** Mean realized blast score per incident. */
  realized: number;
  /** Mean reachable blast score per incident (open + behind a prompt). */
  reachable: number;
  /** Mean open reachable per incident (the part of `reachable` no prompt guards). */
  open: number;
  /** Incidents contained by a boundary, held only by a prompt, not applicable here, and whose task completed (counts, out of `runs`). */
  contained: number;
  promptOnly: number;
  notApplicable: number;
  taskCompleted: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function summarizeSweep(samples: readonly SweepSample[]): SweepPoint {
  const runs = samples.length;
  const mean = (pick: (s: SweepSample) => number) => (runs === 0 ? 0 : round1(samples.reduce((sum, s) => sum + pick(s), 0) / runs));
  const count = (status: ContainmentStatus) => samples.filter((s) => s.status === status).length;
  return {
    runs,
    prompts: mean((s) => s.prompts),
    realized: mean((s) => s.realized),
    reachable: mean((s) => s.reachable),
    open: mean((s) => s.open),
    contained: samples.filter((s) => s.contained).length,
    promptOnly: count('prompt-only'),
    notApplicable: count('not-applicable'),
    taskCompleted: samples.filter((s) => s.taskCompleted).length,
  };
}
