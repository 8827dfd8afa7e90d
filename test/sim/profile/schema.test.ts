import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { parseProfile } from '../../../src/sim/profile/schema.ts';
import { presetsFor } from '../../../src/sim/profile/presets.ts';
import { profileFromConfig } from '../../../src/sim/review/fromConfig.ts';

describe('product profiles', () => {
  it('every preset is a valid profile of its own product and round-trips through JSON', () => {
    for (const product of PRODUCT_IDS) {
      for (const [name, p] of Object.entries(presetsFor(product))) {
        const parsed = parseProfile(JSON.parse(JSON.stringify(p)));
        expect(parsed.ok, `${product}/${name}`).toBe(true);
        if (parsed.ok) expect(parsed.profile).toEqual(p);
        expect(p.product).toBe(product);
        expect(p.name).toBe(name);
      }
    }
  });

  it('names the field and the expectation when a profile is wrong', () => {
    const bad = { ...presetsFor('cowork').shipped, mounts: { entries: [{ hostPath: '', mode: 'read-only' }], symlinks: 'resolve-before-validation', adminAllowlist: null } };
    const r = parseProfile(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/mounts\.entries\.0\.hostPath/);
    const noProduct = parseProfile({ name: 'x' });
    expect(noProduct.ok).toBe(false);
    if (!noProduct.ok) expect(noProduct.message).toMatch(/product/);
  });

  it('accepts the profile kind marker and tells formats apart', () => {
    const marked = { ...presetsFor('claude-ai').shipped, kind: 'containment-lab-profile' };
    expect(profileFromConfig(marked)).toMatchObject({ ok: true, format: 'profile' });
    expect(profileFromConfig({ permissions: { deny: ['Read(~/.aws/**)'] } })).toMatchObject({ ok: true, format: 'claude-code', profile: { product: 'claude-code', permissions: { deny: ['Read(~/.aws/**)'] }, sandbox: { enabled: false } } });
    expect(profileFromConfig({ hello: 1 })).toMatchObject({ ok: false });
  });
});
