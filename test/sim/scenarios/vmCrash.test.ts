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
    // The remote connector and the local MCP server (on the host) answer; the shell step fails because
    // the VM is still down.
    const results = fixed.log.filter((e) => e.type === 'tool-result');
    expect(results.map((e) => e.type === 'tool-result' && e.ok)).toEqual([true, true, false]);
    expect(fixed.outcome.taskCompleted).toBe(false);
    expect(harmed(unfixed)).toBe(true);
  });

  it('cowork: a local MCP server kept in the VM goes down with it, even in host mode', async () => {
    const host = profileOf('cowork', 'shipped');
    if (host.product !== 'cowork') throw new Error('expected a Cowork profile');
    const hostMode = { ...host, vm: { ...host.vm, agentLoop: 'host' as const } };
    const [onHost, kept] = [await runWorst(vmCrash, hostMode), await runWorst(vmCrash, { ...hostMode, localMcpOnHost: false })];
    const okOf = (r: typeof onHost, tool: string) => r.log.some((e) => e.type === 'tool-result' && e.tool === tool && e.ok);
    expect(okOf(onHost, 'mcp__notes__recent')).toBe(true);
    expect(okOf(kept, 'mcp__notes__recent')).toBe(false);
    expect(kept.log.some((e) => e.type === 'crash' && e.component === 'vm')).toBe(true);
    // The remote connector still answers, so the product stays usable either way.
    expect(okOf(kept, 'mcp__calendar__today')).toBe(true);
    expect(harmed(kept)).toBe(false);
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
