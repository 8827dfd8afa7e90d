import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../src/app/controls/controlTable.ts';
import { getAtPath } from '../../../src/sim/profile/controlPath.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';

describe('control table', () => {
  for (const product of PRODUCT_IDS) {
    it(`every ${product} control names a real field of its profile, with a value of the right kind`, () => {
      const profile = shippedProfile(product);
      for (const spec of CONTROLS[product]) {
        if (spec.path.startsWith('run.')) continue;
        const value = getAtPath(profile, spec.path);
        expect(value, spec.path).not.toBeUndefined();
        if (spec.kind === 'bool') expect(typeof value, spec.path).toBe('boolean');
        if (spec.kind === 'list') expect(Array.isArray(value), spec.path).toBe(true);
        if (spec.kind === 'rate') expect(typeof value, spec.path).toBe('number');
        if (spec.kind === 'enum') expect(spec.options.map((o) => o.value), spec.path).toContain(value);
      }
    });
  }
});
