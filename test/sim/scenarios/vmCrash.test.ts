import { describe, expect, it } from 'vitest';
import { vmCrash } from '../../../src/sim/scenarios/vmCrash.ts';
import { approvedDomainExfil } from '../../../src/sim/scenarios/approvedDomainExfil.ts';
import { harmed, profileOf, proveFix, runWorst } from './incidentProof.ts';

describe('vm-crash', () => {
  it('cowork: full-VM mode with a dead VM answers nothing; host mode keeps the agent responsive', async () => {
    const { original, fixed, unfixed } = await proveFix(vmCrash, 'cowork');
    expect(harmed(original)).toBe(true);
    expect(original.log.some((e) => e.type === 'tool-call')).toBe(false);
    expect(harmed(fixed)).toBe(false);
    // The connector answers from the host; the shell step fails because the VM is still down.
    const results = fixed.log.filter((e) => e.type === 'tool-result');
    expect(results.map((e) => e.type === 'tool-result' && e.ok)).toEqual([true, false]);
    expect(fixed.outcome.taskCompleted).toBe(false);
    expect(harmed(unfixed)).toBe(true);
  });

  it('cowork: host mode costs no containment when the VM runs (same verdict, same deciding layer)', async () => {
    const attack = approvedDomainExfil;
    const host = profileOf('cowork', 'shipped');
    const full = profileOf('cowork', 'full-vm');
    const [a, b] = [await runWorst(attack, host), await runWorst(attack, full)];
    expect(harmed(a)).toBe(false);
    expect(harmed(b)).toBe(false);
    expect(a.outcome.decidedBy).toBe(b.outcome.decidedBy);
    expect(a.outcome.decidedBy).not.toBeNull();
  });

  it.each(['claude-code', 'claude-ai'] as const)('%s: no VM to lose, the agent answers', async (product) => {
    const r = await runWorst(vmCrash, profileOf(product, 'shipped'));
    expect(harmed(r)).toBe(false);
  });
});
