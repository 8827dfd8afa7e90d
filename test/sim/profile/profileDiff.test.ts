// The diff names exactly the settings that changed, by the same paths the controls use.
import { describe, expect, it } from 'vitest';
import { profileDifferences } from '../../../src/sim/profile/profileDiff.ts';
import { preset, presetsFor, shippedProfile } from '../../../src/sim/profile/presets.ts';
import { setAtPath } from '../../../src/sim/profile/controlPath.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';

describe('profileDifferences', () => {
  it('finds nothing between a profile and itself, for every preset', () => {
    for (const p of PRODUCT_IDS) for (const profile of Object.values(presetsFor(p))) expect(profileDifferences(profile, structuredClone(profile))).toEqual([]);
  });

  it('names a flipped boolean with both values, and ignores the preset name', () => {
    const v1 = preset('claude-code', 'v1-approvals');
    expect(v1?.name).toBe('v1-approvals');
    expect(profileDifferences(v1, shippedProfile('claude-code'))).toEqual([{ path: 'client', value: 'v1', base: 'current' }, { path: 'sandbox.enabled', value: false, base: true }]);
  });

  it('addresses mount entries by index, as their controls do', () => {
    const cowork = setAtPath(shippedProfile('cowork'), 'mounts.entries[1].mode', 'read-only');
    expect(profileDifferences(cowork, shippedProfile('cowork'))).toEqual([{ path: 'mounts.entries[1].mode', value: 'read-only', base: 'read-write' }]);
  });

  it('reports a changed list once, whole', () => {
    const code = setAtPath(shippedProfile('claude-code'), 'sandbox.network.allowedDomains', ['github.com', 'evil.example']);
    const diffs = profileDifferences(code, shippedProfile('claude-code'));
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ path: 'sandbox.network.allowedDomains', value: ['github.com', 'evil.example'] });
  });

  it('reports several changes in declaration order', () => {
    let code = shippedProfile('claude-code');
    code = setAtPath(code, 'otlpExport', true);
    code = setAtPath(code, 'trust.projectConfigBeforeTrust', true);
    expect(profileDifferences(code, shippedProfile('claude-code')).map((d) => d.path)).toEqual(['trust.projectConfigBeforeTrust', 'otlpExport']);
  });
});
