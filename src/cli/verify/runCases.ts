// Shared driver for the Claude Code suites: run a case on both sides and report every difference.
import { appendFileSync, rmSync } from 'node:fs';
import type { CcCase } from './caseTypes.ts';
import { count, describeCall, differences, type Tally } from './compare.ts';
import { runEngineCase } from './engineSession.ts';
import { caseRoot, runRealCase } from './realSession.ts';

export async function compareCase(c: CcCase, bin: string, tally: Tally): Promise<string[]> {
  const root = caseRoot();
  try {
    const real = await runRealCase(c, bin, root);
    // FIDELITY_RECORD=file keeps what the real client did, case by case, so any engine (an older
    // commit's, say) can be judged against it later without the client: see replayRecorded.ts.
    if (process.env.FIDELITY_RECORD) appendFileSync(process.env.FIDELITY_RECORD, `${JSON.stringify({ case: c, real: real.observations, problems: real.problems })}\n`);
    const sim = await runEngineCase(c, root);
    const problems = real.problems.map((p) => `${c.name}: ${p}`);
    let agree = 0;
    c.calls.forEach((call, i) => {
      const r = real.observations[i];
      const s = sim[i];
      if (r === undefined || s === undefined) return;
      const diff = differences(r, s, call);
      if (diff.length === 0) agree += 1;
      else problems.push(`${c.name} · ${describeCall(call)}\n    ${diff.join('\n    ')}\n    real output: ${JSON.stringify(r.output.slice(0, 240))}\n    engine output: ${JSON.stringify(s.output.slice(0, 240))}`);
    });
    count(tally, c.category, c.calls.length, agree);
    // FIDELITY_DIFFS=file collects every disagreement in one readable list while the model is being fixed.
    if (process.env.FIDELITY_DIFFS) for (const p of problems) appendFileSync(process.env.FIDELITY_DIFFS, `${p}\n`);
    return problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
