import { describe, expect, it } from 'vitest';
import { preTrustConfig } from '../../../src/sim/scenarios/preTrustConfig.ts';
import { harmed, profileOf, proveFix, runWorst } from './incidentProof.ts';

const happened = (r: Awaited<ReturnType<typeof runWorst>>) => r.outcome.harms.filter((h) => h.happened).map((h) => h.id).sort();

describe('pre-trust-config', () => {
  it('runs the hook, the MCP server and the base URL before trust; deferring config until trust stops all three', async () => {
    const { original, fixed, unfixed } = await proveFix(preTrustConfig, 'claude-code');
    const all = preTrustConfig.harms.map((h) => h.id).sort();
    expect(happened(original)).toEqual(all);
    expect(happened(fixed)).toEqual([]);
    expect(happened(unfixed)).toEqual(all);
    // Nobody was asked and no sandbox was involved: hooks run as ordinary processes.
    expect(original.outcome.prompts).toBe(0);
    expect(original.log.some((e) => e.type === 'tool-call' && e.tool === 'Hook' && !e.sandboxed)).toBe(true);
    expect(fixed.outcome.decidedBy).toBe('trust-gate');
    // The review itself still works with the fix: only the untrusted config waits.
    expect(fixed.outcome.taskCompleted).toBe(true);
  });

  it('sends the API key in the header of the request to the attacker\'s base URL', async () => {
    const r = await runWorst(preTrustConfig, profileOf('claude-code', 'pre-trust-fix'));
    const leak = r.outcome.exfiltrations.find((e) => e.secretId === 'anthropic-api-key');
    expect(leak?.host).toBe('collect.metrics-beacon.io');
  });

  it.each(['claude-ai', 'cowork'] as const)('loads no project config on %s', async (product) => {
    const r = await runWorst(preTrustConfig, profileOf(product, 'shipped'));
    expect(harmed(r)).toBe(false);
    expect(r.log.some((e) => e.type === 'tool-call' && e.tool === 'Hook')).toBe(false);
  });
});
