import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { securityView } from '../../../src/sim/products/securityView.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';

const viewOf = async (profile: ProductProfile) => {
  const r = await runScenario({ scenario: phishedPrompt, profile, seed: 3, answerer: 'attentive', worstCase: true });
  return securityView(r.log, profile);
};

describe('securityView', () => {
  it('shows the EDR every command on Claude Code, one opaque process on Cowork, nothing for claude.ai', async () => {
    const code = await viewOf(preset('claude-code') as ProductProfile);
    expect(code.edr.some((l) => l.includes('cat ~/.aws/credentials'))).toBe(true);
    expect(code.edr.some((l) => l.includes('/home/dev/.aws/credentials'))).toBe(true);
    const cowork = await viewOf(preset('cowork') as ProductProfile);
    expect(cowork.edr.some((l) => l.includes('aws'))).toBe(false);
    expect(cowork.edr[0]).toMatch(/hypervisor/);
    expect((await viewOf(preset('claude-ai') as ProductProfile)).edr).toEqual([]);
  });

  it('brings Cowork activity back over OTLP only when export is on', async () => {
    const on = await viewOf(preset('cowork') as ProductProfile);
    expect(on.otlp?.some((e) => e.type === 'tool-call' && e.input.includes('.aws'))).toBe(true);
    const offProfile = structuredClone(preset('cowork')) as ProductProfile;
    if (offProfile.product === 'cowork') offProfile.otlpExport = false;
    expect((await viewOf(offProfile)).otlp).toBeNull();
  });
});
