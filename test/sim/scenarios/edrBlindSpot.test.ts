import { describe, expect, it } from 'vitest';
import { edrBlindSpot } from '../../../src/sim/scenarios/edrBlindSpot.ts';
import { securityView } from '../../../src/sim/products/securityView.ts';
import { harmed, profileOf, proveFix, runWorst } from './incidentProof.ts';

describe('edr-blind-spot', () => {
  it('cowork: the invoice change is invisible to host EDR until OTLP export is on', async () => {
    const { original, fixed, unfixed, fixedProfile } = await proveFix(edrBlindSpot, 'cowork');
    expect(harmed(original)).toBe(true);
    // The tampering happens either way: export restores visibility, it does not prevent anything.
    const tampered = (r: typeof original) => r.log.some((e) => e.type === 'file-access' && e.op === 'write' && e.ok && e.path.endsWith('invoice-acme.txt'));
    expect(tampered(original)).toBe(true);
    expect(tampered(fixed)).toBe(true);
    expect(harmed(fixed)).toBe(false);
    expect(fixed.outcome.harms[0]?.evidence.join(' ')).toMatch(/visible to OTLP export/);
    const view = securityView(fixed.log, fixedProfile);
    expect(view.edr.some((l) => l.includes('invoice'))).toBe(false);
    expect(view.otlp?.some((e) => e.type === 'tool-call' && e.origin === 'injection')).toBe(true);
    expect(harmed(unfixed)).toBe(true);
  });

  it('claude-code: the EDR sees the command and the file it changed', async () => {
    const profile = profileOf('claude-code', 'shipped');
    const r = await runWorst(edrBlindSpot, profile);
    expect(r.log.some((e) => e.type === 'tool-call' && e.origin === 'injection')).toBe(true);
    expect(harmed(r)).toBe(false);
    expect(securityView(r.log, profile).edr.some((l) => l.includes('invoice-acme.txt'))).toBe(true);
  });

  it('claude-ai: nothing runs on the user\'s machine', async () => {
    expect(harmed(await runWorst(edrBlindSpot, profileOf('claude-ai', 'shipped')))).toBe(false);
  });
});
