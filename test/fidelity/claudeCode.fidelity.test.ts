// Differential suite against the real Claude Code client (pinned in src/cli/verify/install.ts), driven by a
// scripted model on loopback: every hand-written case, the hook cases, every incident's Claude Code tool calls, and
// fast-check generated settings/call pairs must get the same decision, sandboxing and effects from the
// engine. In CI a missing binary fails the suite; elsewhere it is installed into the cache on first use.
import { afterAll, describe, expect, it } from 'vitest';
import { HAND_WRITTEN_CASES } from './claudeCode/cases.ts';
import { HOOK_CASES } from './claudeCode/hooks.ts';
import { generatedCcCases } from './claudeCode/generated.ts';
import { incidentCases } from './claudeCode/incidents.ts';
import { MANAGED_CASES } from './claudeCode/managed.ts';
import { ensureClaudeCode, CLAUDE_CODE_VERSION } from '../../src/cli/verify/install.ts';
import { newTally, summary } from '../../src/cli/verify/compare.ts';
import { compareCase } from '../../src/cli/verify/runCases.ts';

const inCI = process.env.CI === 'true';
const binary = ensureClaudeCode(true);
const SEED = Number(process.env.FIDELITY_SEED ?? 20261202);
const GENERATED = Number(process.env.FIDELITY_CC_GENERATED ?? 40);

if (!binary.ok && !inCI) console.warn(`[fidelity] Claude Code suite SKIPPED: ${binary.reason}`);

const suites: [string, () => import('../../src/cli/verify/caseTypes.ts').CcCase[]][] = [
  ['hand-written', () => HAND_WRITTEN_CASES],
  ['hooks', () => HOOK_CASES],
  ['incidents (original config, fix, shipped defaults)', () => incidentCases()],
  [`generated (seed ${SEED})`, () => generatedCcCases(SEED, GENERATED)],
];

describe.runIf(binary.ok || inCI)(`Claude Code ${CLAUDE_CODE_VERSION} differential suite`, () => {
  it('the pinned Claude Code runs', () => {
    expect(binary.ok ? binary.version : binary.reason).toBe(CLAUDE_CODE_VERSION);
  });
  const tallies: [string, ReturnType<typeof newTally>][] = [];
  for (const [label, cases] of suites) {
    describe(label, () => {
      const tally = newTally();
      tallies.push([label, tally]);
      for (const c of cases()) {
        it.concurrent(c.name, async () => {
          if (!binary.ok) throw new Error(binary.reason);
          const problems = await compareCase(c, binary.bin, tally);
          expect(problems).toEqual([]);
        });
      }
    });
  }
  // Managed settings live in one machine-wide file: these cases run one at a time, after the rest.
  describe('managed settings (one at a time)', () => {
    const tally = newTally();
    tallies.push(['managed settings', tally]);
    for (const c of MANAGED_CASES) {
      it(c.name, async () => {
        if (!binary.ok) throw new Error(binary.reason);
        expect(await compareCase(c, binary.bin, tally)).toEqual([]);
      });
    }
  });
  // One summary once every case has finished (per-group hooks can fire while concurrent cases still run).
  afterAll(() => {
    for (const [label, tally] of tallies) console.log(summary(tally, `Claude Code ${binary.ok ? binary.version : CLAUDE_CODE_VERSION}, ${label}`));
  });
});
