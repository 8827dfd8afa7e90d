// The real tools' rows for `npm run bench` (measured in realTools.ts).
import { measureRealTools } from './realTools.ts';
import type { SuiteResult } from './run.ts';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function benchRealTools(): Promise<SuiteResult> {
  const m = await measureRealTools();
  const rows = [
    { name: 'real sandboxed command (srt -c "cat README.md"), median', value: m.srtCommandMs === null ? 'absent' : round(m.srtCommandMs), unit: 'ms' },
    { name: 'real Claude Code Bash call (added to a session), median', value: m.claudeCodeCallMs === null ? 'absent' : round(m.claudeCodeCallMs), unit: 'ms' },
    { name: 'the same call in the engine (one-step run, incl. setup)', value: m.engineCallMs === null ? 'n/a' : round(m.engineCallMs, 3), unit: 'ms' },
  ];
  for (const note of m.notes) console.log(`  note: ${note}`);
  return {
    rows,
    figures: {
      srtCommandMs: m.srtCommandMs === null ? null : round(m.srtCommandMs),
      claudeCodeCallMs: m.claudeCodeCallMs === null ? null : round(m.claudeCodeCallMs),
      extra: { engineCallMs: m.engineCallMs === null ? null : round(m.engineCallMs, 3) },
    },
  };
}
