// The review page lists recommendations by the change a reviewer would make, not by incident: the
// same change (turn the sandbox on) often fixes several incidents, and a reviewer edits the file
// once. Each group keeps, per incident, whether re-running with the change contained it.
import type { ControlChange } from '../scenarios/types.ts';
import type { CheckReport, IncidentCheck } from './check.ts';
import type { ReviewFormat } from './configProfile.ts';
import { configChange, type ConfigChange } from './recommend.ts';
import type { RecommendationProof } from './proofText.ts';

export interface RecommendationGroup {
  key: string;
  changes: ControlChange[];
  configChanges: ConfigChange[];
  incidents: { id: string; title: string; summary: string; verified: boolean; after: string; proof?: RecommendationProof }[];
}

export function groupRecommendations(report: CheckReport, format: ReviewFormat): RecommendationGroup[] {
  const groups = new Map<string, RecommendationGroup>();
  for (const i of report.incidents) {
    const r = i.recommendation;
    if (!r) continue;
    const key = JSON.stringify(r.changes);
    let g = groups.get(key);
    if (!g) {
      g = { key, changes: r.changes, configChanges: r.changes.map((c) => configChange(format, c)), incidents: [] };
      groups.set(key, g);
    }
    g.incidents.push({ id: i.id, title: i.title, summary: r.summary, verified: r.verified, after: r.after, ...(r.proof ? { proof: r.proof } : {}) });
  }
  // Changes that contain the most incidents first.
  return [...groups.values()].sort((a, b) => b.incidents.filter((x) => x.verified).length - a.incidents.filter((x) => x.verified).length);
}

export interface IncidentDelta {
  id: string;
  title: string;
  before: Pick<IncidentCheck, 'contained' | 'decidedBy'> & { reachable: number; realized: number };
  after: Pick<IncidentCheck, 'contained' | 'decidedBy'> & { reachable: number; realized: number };
}

const facts = (i: IncidentCheck) => ({ contained: i.contained, decidedBy: i.decidedBy, reachable: i.blast.reachable, realized: i.blast.realized });

/** Per incident, the verdict and blast radius before and after; only incidents in both reports. */
export function compareReports(before: CheckReport, after: CheckReport): IncidentDelta[] {
  const byId = new Map(after.incidents.map((i) => [i.id, i]));
  return before.incidents.flatMap((b) => {
    const a = byId.get(b.id);
    return a ? [{ id: b.id, title: b.title, before: facts(b), after: facts(a) }] : [];
  });
}
