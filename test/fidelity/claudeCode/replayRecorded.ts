// Judges the engine against real Claude Code observations recorded earlier (FIDELITY_RECORD=file while
// the differential suite runs), without running the client: `tsx test/fidelity/claudeCode/replayRecorded.ts
// FILE`. It prints the same per-category agreement the suite prints. Pointed at an older commit's engine
// (copy this folder into a checkout of it), it gives that engine's agreement on the same calls.
import { readFileSync } from 'node:fs';
import type { CallObservation, CcCase } from '../../../src/cli/verify/caseTypes.ts';
import { count, describeCall, differences, newTally, summary } from '../../../src/cli/verify/compare.ts';
import { runEngineCase } from '../../../src/cli/verify/engineSession.ts';

interface Recorded { case: CcCase; real: CallObservation[]; problems: string[] }

export async function replayRecorded(lines: readonly string[]): Promise<{ text: string; agree: number; calls: number; differences: string[] }> {
  const tally = newTally();
  const found: string[] = [];
  for (const line of lines) {
    const r = JSON.parse(line) as Recorded;
    // Any folder name works: the engine's world is in memory, and observations name paths under the root.
    const sim = await runEngineCase(r.case, '/tmp/cl-cc-replay');
    let agree = 0;
    r.case.calls.forEach((call, i) => {
      const real = r.real[i];
      const s = sim[i];
      const diff = real === undefined || s === undefined ? ['no observation'] : differences(real, s, call);
      if (diff.length === 0) agree += 1;
      else found.push(`${r.case.name} · ${describeCall(call)}: ${diff.join('; ')}`);
    });
    count(tally, r.case.category, r.case.calls.length, agree);
  }
  return { text: summary(tally, 'recorded Claude Code observations'), agree: tally.agree, calls: tally.calls, differences: found };
}

const file = process.argv[2];
if (file !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  replayRecorded(lines).then((r) => console.log(r.text), (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
