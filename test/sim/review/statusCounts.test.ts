import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/sim/review/check.ts';
import { statusCounts } from '../../../src/sim/review/statusCounts.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';

describe('statusCounts', () => {
  it('keeps not applicable apart: applicable = total - not applicable, and the four statuses add up', async () => {
    const report = await checkProfile(shippedProfile('claude-code'));
    const n = statusCounts(report);
    expect(n.total).toBe(report.incidents.length);
    expect(n.contained + n.promptOnly + n.notContained + n.notApplicable).toBe(n.total);
    expect(n.applicable).toBe(n.total - n.notApplicable);
    // vm-crash cannot happen on Claude Code: it is counted, but not as contained.
    expect(report.incidents.find((i) => i.id === 'vm-crash')?.status).toBe('not-applicable');
    expect(n.notApplicable).toBeGreaterThan(0);
    expect(n.contained).toBe(report.incidents.filter((i) => i.contained).length);
  });
});
