// The "N of M" every view of a check report shows, counted once: contained, held only by a prompt,
// not contained, and not applicable kept apart (an incident that cannot happen here is not a win).
// Types only from the engine, so the page can import it without the engine.
import type { ContainmentStatus } from '../core/ids.ts';
import type { CheckReport } from './check.ts';

/** How many incidents ended in each status; `applicable` leaves out those that cannot happen here. */
export interface StatusCounts { contained: number; promptOnly: number; notContained: number; notApplicable: number; applicable: number; total: number }

export function statusCounts(report: Pick<CheckReport, 'incidents'>): StatusCounts {
  const count = (s: ContainmentStatus) => report.incidents.filter((i) => i.status === s).length;
  const notApplicable = count('not-applicable');
  return {
    contained: count('contained'), promptOnly: count('prompt-only'), notContained: count('not-contained'), notApplicable,
    applicable: report.incidents.length - notApplicable, total: report.incidents.length,
  };
}

