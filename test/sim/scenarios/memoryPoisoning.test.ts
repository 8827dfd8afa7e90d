import { describe, expect, it } from 'vitest';
import { memoryPoisoning } from '../../../src/sim/scenarios/memoryPoisoning.ts';
import { harmed, profileOf, proveFix, runWorst } from './incidentProof.ts';

const happened = (r: Awaited<ReturnType<typeof runWorst>>, id: string) => r.outcome.harms.find((h) => h.id === id)?.happened;

describe('memory-poisoning', () => {
  it.each(['claude-code', 'cowork'] as const)('%s: the remembered instruction fires next session until memory is out of the agent\'s reach', async (product) => {
    const { original, fixed, unfixed } = await proveFix(memoryPoisoning, product);
    expect(happened(original, 'memory-poisoned-at-next-start')).toBe(true);
    expect(happened(original, 'injection-fired-next-session')).toBe(true);
    expect(harmed(fixed)).toBe(false);
    expect(fixed.outcome.decidedBy).toBe(product === 'claude-code' ? 'os-sandbox' : 'mounts');
    expect(harmed(unfixed)).toBe(true);
  });

  it('claude-ai: the instruction is written, then the container is thrown away', async () => {
    const r = await runWorst(memoryPoisoning, profileOf('claude-ai', 'shipped'));
    const wrote = r.log.some((e) => e.type === 'file-access' && e.op === 'write' && e.ok && e.path.endsWith('.claude/CLAUDE.md'));
    expect(wrote).toBe(true);
    expect(harmed(r)).toBe(false);
    // Keeping the container between sessions brings the harm back: ephemerality is what held.
    const kept = structuredClone(profileOf('claude-ai', 'shipped'));
    if (kept.product === 'claude-ai') kept.container.ephemeral = false;
    expect(harmed(await runWorst(memoryPoisoning, kept))).toBe(true);
  });
});
