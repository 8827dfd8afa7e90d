import { describe, expect, it } from 'vitest';
import { approvedDomainExfil } from '../../../src/sim/scenarios/approvedDomainExfil.ts';
import { monteCarlo } from '../../../src/sim/run/monteCarlo.ts';
import { harmed, profileOf, proveFix, runWorst } from './incidentProof.ts';

describe('approved-domain-exfil', () => {
  it('cowork: the upload with the attacker\'s key passes the egress proxy until the in-VM API proxy checks the token', async () => {
    const { original, fixed, unfixed } = await proveFix(approvedDomainExfil, 'cowork');
    expect(harmed(original)).toBe(true);
    // Every layer the request met allowed it: the egress proxy saw an allowlisted domain.
    const upload = original.log.find((e) => e.type === 'net-request' && e.via === 'anthropic-upload');
    const verdicts = original.log.filter((e) => e.type === 'layer-decision' && e.subject === 'POST api.anthropic.com');
    expect(upload).toBeDefined();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((e) => e.type === 'layer-decision' && e.decision === 'allow')).toBe(true);
    expect(harmed(fixed)).toBe(false);
    expect(fixed.outcome.decidedBy).toBe('api-proxy');
    expect(fixed.outcome.taskCompleted).toBe(true);
    expect(harmed(unfixed)).toBe(true);
  });

  it('claude-code: the shipped sandbox refuses the upload host for Bash', async () => {
    const r = await runWorst(approvedDomainExfil, profileOf('claude-code', 'shipped'));
    expect(r.log.some((e) => e.type === 'net-request' && e.host === 'api.anthropic.com')).toBe(true);
    expect(harmed(r)).toBe(false);
    expect(r.outcome.decidedBy).toBe('os-sandbox');
  });

  it('claude-ai: the hidden document never reaches the container', async () => {
    const r = await runWorst(approvedDomainExfil, profileOf('claude-ai', 'shipped'));
    expect(harmed(r)).toBe(false);
    expect(r.log.some((e) => e.type === 'tool-call' && e.origin === 'injection')).toBe(false);
  });

  it('Monte Carlo: with weak model defences about half the runs leak before the fix and none after', async () => {
    const weak = (name: string) => {
      const p = structuredClone(profileOf('cowork', name));
      p.model.injectionFollowRate = 0.5;
      p.toolResultInspection = { enabled: false, catchRate: 0 };
      return p;
    };
    const open = await monteCarlo({ scenario: approvedDomainExfil, profile: weak('pre-api-proxy'), answerer: 'fatigued', runs: 200 });
    const fixed = await monteCarlo({ scenario: approvedDomainExfil, profile: weak('shipped'), answerer: 'fatigued', runs: 200 });
    expect(open.anyHarm).toBeGreaterThan(70);
    expect(open.anyHarm).toBeLessThan(130);
    expect(fixed.anyHarm).toBe(0);
    expect(fixed.decidedBy['api-proxy']).toBeGreaterThan(70);
  });
});
