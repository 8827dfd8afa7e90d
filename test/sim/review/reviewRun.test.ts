// The review as the worker serves it: progress per incident, a structured-clone-safe result, and a
// recommendation tried on top of the reviewer's config really changing the verdict.
import { describe, expect, it } from 'vitest';
import { runReview } from '../../../src/sim/review/reviewRun.ts';
import { compareReports, groupRecommendations } from '../../../src/sim/review/recommendationGroups.ts';
import { scenarioById } from '../../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';

const loose = { name: 'settings.json', text: JSON.stringify({ permissions: { allow: [], deny: [] } }) };
const two = ['phished-prompt', 'approval-fatigue'].map((id) => scenarioById(id) as Scenario);

describe('runReview', () => {
  it('reports progress per incident and returns plain data', async () => {
    const seen: [number, number][] = [];
    const r = await runReview({ sources: [loose] }, (d, t) => seen.push([d, t]), two);
    expect(seen).toEqual([[0, 2], [1, 2], [2, 2]]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.incidents.map((i) => i.id)).toEqual(['phished-prompt', 'approval-fatigue']);
    expect(structuredClone(r)).toEqual(r);
  });

  it('returns the import errors instead of running anything', async () => {
    let calls = 0;
    const r = await runReview({ sources: [{ name: 'bad.json', text: '{' }] }, () => { calls += 1; }, two);
    expect(r).toMatchObject({ ok: false, errors: [{ source: 'bad.json', path: '' }] });
    expect(calls).toBe(0);
  });

  it('a verified recommendation, applied, contains its incident', async () => {
    const before = await runReview({ sources: [loose] }, undefined, two);
    if (!before.ok) throw new Error('import failed');
    const phished = before.report.incidents.find((i) => i.id === 'phished-prompt');
    expect(phished?.contained).toBe(false);
    const group = groupRecommendations(before.report, before.format).find((g) => g.incidents.some((i) => i.id === 'phished-prompt' && i.verified));
    expect(group).toBeDefined();
    const after = await runReview({ sources: [loose], apply: group?.changes }, undefined, two);
    if (!after.ok) throw new Error('re-run failed');
    const delta = compareReports(before.report, after.report).find((d) => d.id === 'phished-prompt');
    expect(delta?.before.contained).toBe(false);
    expect(delta?.after.contained).toBe(true);
    expect(after.applied).toEqual(group?.changes);
  });

  it('a change at a path the profile does not have is an error, not a crash', async () => {
    const r = await runReview({ sources: [loose], apply: [{ path: 'no.such.path', value: 1 }] }, undefined, two);
    expect(r.ok).toBe(false);
  });
});
