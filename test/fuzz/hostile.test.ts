// The seeded fuzz suite under `npm test`: every importer and the scenario compiler on generated hostile
// input, a few seconds in all. `npm run fuzz` runs the same targets for longer (campaign.ts). Seeds that
// once found a failure are pinned below and replayed every run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TARGETS } from './targets.ts';

/** Inputs per target in `npm test` (the scenario runner costs ~10 ms an input, so it gets fewer). */
const RUNS: Record<string, number> = { 'authored scenarios (run with hostile steps and patterns)': 6 };
const DEFAULT_RUNS = 60;
const SEED = 19;

/**
 * Regressions: inputs that once hung, crashed or escaped (the issue-19 reproductions), replayed through
 * the same targets every run. A seed the campaign finds failing is added here as its input.
 */
export const PINNED: { target: string; input: unknown; what: string }[] = [
  { target: 'sandbox-runtime settings (parse, compile, decide)', what: 'forty /** segments in denyRead and allowRead', input: { network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: [`${'/**'.repeat(40)}/Z`], allowRead: [`${'/**'.repeat(40)}/Y`], allowWrite: [], denyWrite: [] } } },
  { target: 'Claude Code settings (parse, compile, decide)', what: 'twenty-six stars in excludedCommands', input: { sandbox: { enabled: true, excludedCommands: [`${'* '.repeat(26)}*X`] } } },
  { target: 'Claude Code settings (parse, compile, decide)', what: 'a Read(****...) deny rule', input: { permissions: { deny: [`Read(${'*'.repeat(60)}Z)`] } } },
  { target: 'Claude Code settings (parse, compile, decide)', what: 'escape sequences in a rule', input: { permissions: { allow: ['\u001b[2J\u001b[H\u001b]0;pwned\u0007\u001b[32mAll 14 incidents contained\u001b[0m'] } } },
  { target: 'authored scenarios (run with hostile steps and patterns)', what: '((a)+)+$ over echo a...a!', input: { commands: [`echo ${'a'.repeat(40)}!`], pattern: '((a)+)+$' } },
  { target: 'authored scenarios (run with hostile steps and patterns)', what: 'a 5,000-deep mkdir', input: { commands: ['p=a; for i in $(seq 1 5000); do p=$p/a; done; mkdir -p $p; echo done'], pattern: 'x' } },
  { target: 'authored scenarios (run with hostile steps and patterns)', what: 'rm -rf /', input: { commands: ['rm -rf /'], pattern: 'x' } },
  { target: 'authored scenarios (run with hostile steps and patterns)', what: 'a 200,000-line loop', input: { commands: ['for i in $(seq 1 200000); do echo $i; done'], pattern: 'x' } },
];

describe('fuzz: hostile input never throws, hangs or escapes', () => {
  for (const target of TARGETS) {
    it(target.name, async () => {
      const kinds = new Map<string, number>();
      await fc.assert(fc.asyncProperty(target.input, async (input) => {
        const kind = await target.run(input);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }), { numRuns: RUNS[target.name] ?? DEFAULT_RUNS, seed: SEED, endOnFailure: true });
      expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }, 60_000);
  }

  it.each(PINNED)('pinned: $what', async ({ target, input }) => {
    const t = TARGETS.find((x) => x.name === target);
    expect(t, target).toBeDefined();
    expect(typeof (await t?.run(input))).toBe('string');
  }, 60_000);
});
