// A settings hook decides in the incident runs: a PreToolUse guard that exits 2 on any call mentioning
// the AWS credentials stops the phished prompt, through every technique the attacker tries, and the
// verdict names the hooks layer. (The catalogue's techniques all name the path; a guard is a pattern
// over the call's input, as permission rules are.)
import { describe, expect, it } from 'vitest';
import { importConfig } from '../../../src/sim/review/importConfig.ts';
import { checkProfile } from '../../../src/sim/review/check.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';

const GUARD = 'if grep -q "aws"; then echo "credentials are off limits" >&2; exit 2; fi';

async function verdict(hooks?: unknown) {
  const text = JSON.stringify({ permissions: { defaultMode: 'acceptEdits' }, ...(hooks === undefined ? {} : { hooks }) });
  const r = importConfig([{ name: 'settings.json', text, scope: 'user' }]);
  if (!r.ok) throw new Error('did not import');
  return (await checkProfile(r.profile, [phishedPrompt])).incidents[0];
}

describe('hooks in the incident runs', () => {
  it('a PreToolUse guard that exits 2 contains the phished prompt; without it the file does not', async () => {
    expect((await verdict())?.status).toBe('not-contained');
    const guarded = await verdict({ PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', command: GUARD }] }] });
    expect(guarded?.status).toBe('contained');
    expect(guarded?.attempts.every((a) => a.verdict.decidedBy === 'hooks')).toBe(true);
  }, 60_000);

  it('the same guard on a matcher that misses Bash does not', async () => {
    const missed = await verdict({ PreToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: GUARD }] }] });
    expect(missed?.status).toBe('not-contained');
  }, 60_000);
});
