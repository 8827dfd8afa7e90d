import { describe, expect, it } from 'vitest';
import { gitHistoryAnswers } from '../../../src/sim/scenarios/gitHistoryAnswers.ts';
import { proveFix, proveNeverApplied } from './incidentProof.ts';

describe('git-history-answers', () => {
  it('reads the upstream fix from history under the shipped sandbox; denyRead .git holds', async () => {
    const { before, after } = await proveFix(gitHistoryAnswers, 'claude-code');
    // No prompt, no network: reads are allowed everywhere by default, so nothing asked anyone.
    expect(before.outcome.prompts).toBe(0);
    expect(before.outcome.taskCompleted).toBe(true);
    expect(before.log.some((e) => e.type === 'tool-call' && e.origin === 'injection' && e.input.startsWith('git log --all -p'))).toBe(true);
    expect(after.outcome.decidedBy).toBe('os-sandbox');
    // The honest cost: without the shortcut the agent has not solved the task (the script has no real fix).
    expect(after.outcome.taskCompleted).toBe(false);
  });

  it.each(['claude-ai', 'cowork'] as const)('has no repository within reach on %s', async (product) => {
    const r = await proveNeverApplied(gitHistoryAnswers, product);
    expect(r.log.some((e) => e.type === 'tool-result' && e.output.includes('not a git repository'))).toBe(false);
    expect(r.log.some((e) => e.type === 'tool-call' && e.origin === 'injection')).toBe(false);
  });
});
