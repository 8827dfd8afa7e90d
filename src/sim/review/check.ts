// The design review: every incident (or the chosen ones) run against one product profile in the
// worst case, each judged by the containment verdict and measured by blast radius. For every
// incident that is not contained, the incident's own fix is offered as a recommendation, applied to
// the reviewer's profile and re-run, so the report says whether that change alone would contain it.
import { scenarioBlast, type BlastRadius } from '../blast/blastRadius.ts';
import type { ProductProfile } from '../profile/schema.ts';
import { getAtPath } from '../profile/controlPath.ts';
import { adaptiveWorstCase, type Attempt } from '../attacks/adaptive.ts';
import { applyFix } from '../scenarios/fix.ts';
import { SCENARIOS, scenarioById } from '../scenarios/index.ts';
import type { ControlChange, Scenario } from '../scenarios/types.ts';
import type { ContainmentStatus, ContainmentVerdict } from '../verdict.ts';
import { setupFor } from '../products/index.ts';
import { proveRecommendation, type ProofSources, type RecommendationProof } from './proveRecommendation.ts';

export interface Recommendation {
  summary: string;
  changes: ControlChange[];
  /** Re-running the incident with these changes applied contains it. */
  verified: boolean;
  /** Why it is not verified, or what held after the change. */
  after: string;
  /** Proven on the reviewer's own files (real keys, re-run, ordinary work), when the check had them. */
  proof?: RecommendationProof;
}

export interface IncidentCheck {
  id: string;
  title: string;
  /** True only when a boundary held every technique (status 'contained'). */
  contained: boolean;
  status: ContainmentStatus;
  /** The technique that got through (or reached a prompt, for prompt-only); null when none did. */
  technique: string | null;
  /** Every technique tried, in order, with what became of it. */
  attempts: Attempt[];
  decidedBy: ContainmentVerdict['decidedBy'];
  reason: string;
  harms: string[];
  prompts: number;
  blast: BlastRadius;
  /** Why the incident does or does not apply to this product. */
  note: string;
  recommendation: Recommendation | null;
}

export interface CheckReport {
  product: ProductProfile['product'];
  profile: ProductProfile;
  incidents: IncidentCheck[];
}

export type IncidentSelection = { ok: true; scenarios: Scenario[] } | { ok: false; message: string };

export function selectIncidents(ids: readonly string[]): IncidentSelection {
  if (ids.length === 0) return { ok: true, scenarios: [...SCENARIOS] };
  const scenarios: Scenario[] = [];
  for (const id of ids) {
    const s = scenarioById(id);
    if (!s) return { ok: false, message: `unknown incident "${id}" (known: ${SCENARIOS.map((x) => x.id).join(', ')})` };
    if (!scenarios.includes(s)) scenarios.push(s);
  }
  return { ok: true, scenarios };
}

async function judge(scenario: Scenario, profile: ProductProfile) {
  const answerer = setupFor(scenario, profile.product).answerer;
  // The learner answers live in the playground; headless, the incident's modeled human answers.
  const verdict = await adaptiveWorstCase(scenario, profile, answerer === 'learner' ? 'fatigued' : answerer);
  const r = verdict.run;
  return { verdict, harms: r.outcome.harms.filter((h) => h.happened).map((h) => h.id), prompts: r.outcome.prompts, log: r.log };
}

/**
 * The fix's list values added to the reviewer's own lists (a deny list gains the entry, it does not
 * lose the ones already there). Null when that changes nothing, e.g. a fix that empties a list.
 */
function addedToLists(profile: ProductProfile, changes: readonly ControlChange[]): ControlChange[] | null {
  let merged = false;
  const out = changes.map((c) => {
    const current = getAtPath(profile, c.path);
    if (!Array.isArray(c.value) || !Array.isArray(current)) return c;
    const have = new Set(current.map((v) => JSON.stringify(v)));
    const extra = (c.value as unknown[]).filter((v) => !have.has(JSON.stringify(v)));
    if (extra.length === 0 && (c.value as unknown[]).length < current.length) return c;
    merged = true;
    return { ...c, value: [...current, ...extra] };
  });
  return merged ? out : null;
}

async function tryChanges(scenario: Scenario, profile: ProductProfile, summary: string, changes: ControlChange[]): Promise<Recommendation> {
  let candidate: ProductProfile;
  try {
    candidate = applyFix(profile, { summary, changes });
  } catch (error) {
    return { summary, changes, verified: false, after: `the fix cannot be applied to this profile: ${error instanceof Error ? error.message : String(error)}` };
  }
  const after = await judge(scenario, candidate);
  return {
    summary, changes, verified: after.verdict.status === 'contained',
    after: after.verdict.status === 'contained' ? `contained after the change (${after.verdict.reason})` : `still not contained after the change: ${after.verdict.reason}`,
  };
}

async function recommend(scenario: Scenario, profile: ProductProfile, files?: ProofSources): Promise<Recommendation | null> {
  const fix = setupFor(scenario, profile.product).fix;
  if (fix.changes.length === 0) return null;
  // Prefer keeping the reviewer's entries; fall back to the fix as written when only that contains it.
  const additive = addedToLists(profile, fix.changes);
  let chosen: Recommendation | null = null;
  if (additive) {
    const kept = await tryChanges(scenario, profile, fix.summary, additive);
    if (kept.verified) chosen = kept;
  }
  chosen ??= await tryChanges(scenario, profile, fix.summary, fix.changes);
  if (files === undefined || files.format === 'profile') return chosen;
  const answerer = setupFor(scenario, profile.product).answerer;
  const { proof } = await proveRecommendation(scenario, profile, files, chosen.changes, answerer === 'learner' ? 'fatigued' : answerer);
  return { ...chosen, proof };
}

/** `files`: the reviewer's own files, so each recommendation is proven on them (proveRecommendation.ts). */
export async function checkProfile(profile: ProductProfile, scenarios: readonly Scenario[] = SCENARIOS, files?: ProofSources): Promise<CheckReport> {
  const incidents: IncidentCheck[] = [];
  for (const scenario of scenarios) {
    const { verdict, harms, prompts, log } = await judge(scenario, profile);
    const settled = verdict.status === 'contained' || verdict.status === 'not-applicable';
    incidents.push({
      id: scenario.id, title: scenario.title, contained: verdict.status === 'contained', status: verdict.status, technique: verdict.technique,
      attempts: verdict.attempts, decidedBy: verdict.decidedBy, reason: verdict.reason,
      harms, prompts, blast: await scenarioBlast(scenario, profile, log), note: setupFor(scenario, profile.product).note,
      recommendation: settled ? null : await recommend(scenario, profile, files),
    });
  }
  return { product: profile.product, profile, incidents };
}

export interface CheckJsonIncident {
  id: string;
  contained: boolean;
  status: ContainmentStatus;
  technique: string | null;
  blastRadius: { score: number; reachable: number; open: number; prompt: number; realized: number };
  decidedBy: string | null;
}

/** The JSON DESIGN.md specifies for `containment-lab check --json`. */
export function checkJson(report: CheckReport): { product: string; incidents: CheckJsonIncident[] } {
  return {
    product: report.product,
    incidents: report.incidents.map((i) => ({
      id: i.id, contained: i.contained, status: i.status, technique: i.technique,
      blastRadius: { score: i.blast.score, reachable: i.blast.reachable, open: i.blast.reachable - i.blast.behindPrompt, prompt: i.blast.behindPrompt, realized: i.blast.realized },
      decidedBy: i.decidedBy,
    })),
  };
}

/** Exit status of `check`: 1 when any incident that can happen here is not contained or held only by a prompt. */
export function checkFails(report: CheckReport): boolean {
  return report.incidents.some((i) => i.status === 'not-contained' || i.status === 'prompt-only');
}
