// A recommendation adds to the reviewer's lists instead of replacing them: their own deny entries
// survive, and the change is still verified by re-running the incident.
import { describe, expect, it } from 'vitest';
import { checkProfile, selectIncidents } from '../../../src/sim/review/check.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import { getAtPath, setAtPath } from '../../../src/sim/profile/controlPath.ts';
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { scenarioById } from '../../../src/sim/scenarios/index.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

describe('recommendations keep what the reviewer already listed', () => {
  it('adds the fix entry to an existing deny list, verified', async () => {
    const scenario = scenarioById('poisoned-readme');
    if (!scenario) throw new Error('poisoned-readme missing');
    const fixPath = setupFor(scenario, 'cowork').fix.changes[0]?.path as string;
    const profile = setAtPath(shippedProfile('cowork'), fixPath, ['tracker.example']);
    const selection = selectIncidents(['poisoned-readme']);
    if (!selection.ok) throw new Error(selection.message);
    const report = await checkProfile(profile, selection.scenarios);
    const rec = report.incidents[0]?.recommendation;
    expect(report.incidents[0]?.contained).toBe(false);
    expect(rec?.verified).toBe(true);
    const value = rec?.changes.find((c) => c.path === fixPath)?.value as string[];
    expect(value).toContain('tracker.example');
    for (const entry of setupFor(scenario, 'cowork').fix.changes[0]?.value as string[]) expect(value).toContain(entry);
    // The literal fix would have dropped the reviewer's entry.
    expect(getAtPath(applyFix(profile, setupFor(scenario, 'cowork').fix), fixPath)).not.toContain('tracker.example');
  });
});
