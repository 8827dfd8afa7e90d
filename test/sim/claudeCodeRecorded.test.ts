// The engine against what the real Claude Code 2.1.328 did, as recorded by the differential suite
// (FIDELITY_RECORD while `npm run test:fidelity` ran): every call must still agree. This runs in the
// ordinary `npm test`, without the client, so a change to the model that parts from the real client
// fails here first; re-record after moving the pinned version (src/cli/verify/install.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayRecorded } from '../fidelity/claudeCode/replayRecorded.ts';
import { CLAUDE_CODE_VERSION } from '../../src/cli/verify/install.ts';

const FILE = new URL(`../fixtures/claude-code/recorded-${CLAUDE_CODE_VERSION}.jsonl`, import.meta.url);

describe(`recorded Claude Code ${CLAUDE_CODE_VERSION} observations`, () => {
  it('the engine agrees with every recorded call', async () => {
    const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const r = await replayRecorded(lines);
    expect(r.calls).toBeGreaterThan(1000);
    expect(r.differences).toEqual([]);
  }, 120_000);
});
