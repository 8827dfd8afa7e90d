// The real tools, timed in the same run as the engine: one sandboxed command through the real
// sandbox-runtime (`srt`), and one tool call through the real Claude Code client (the differential
// suite's harness: scripted Messages API, permission gate, recording proxy). Each is timed next to the
// engine doing the same call, so the ratio compares like with like on the same busy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CcCase } from '../../src/cli/verify/caseTypes.ts';
import { runEngineCase } from '../../src/cli/verify/engineSession.ts';
import { claudeCacheDir, CLAUDE_CODE_VERSION } from '../../src/cli/verify/install.ts';
import { caseRoot, runRealCase } from '../../src/cli/verify/realSession.ts';

export interface RealToolFigures {
  /** Median wall time of one `srt -c 'cat README.md'` (process start, sandbox setup, command). */
  srtCommandMs: number | null;
  /** Median wall time one more Bash tool call adds to a real Claude Code session. */
  claudeCodeCallMs: number | null;
  /** The same call in the engine: a one-step run of the case (setup, layers, just-bash, log). */
  engineCallMs: number | null;
  notes: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

const SRT = process.env.SRT_BIN ?? resolve('node_modules/.bin/srt');

function timeSrt(reps: number): { ms: number | null; note: string } {
  if (!existsSync(SRT)) return { ms: null, note: `srt not found at ${SRT}` };
  const dir = mkdtempSync(join(tmpdir(), 'cl-bench-srt-'));
  try {
    writeFileSync(join(dir, 'README.md'), 'hello\n');
    const settings = join(dir, 's.json');
    writeFileSync(settings, JSON.stringify({ network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: [], allowWrite: [dir], denyWrite: [] } }));
    const times: number[] = [];
    for (let i = 0; i < reps + 1; i += 1) {
      const t0 = performance.now();
      const r = spawnSync(SRT, ['--settings', settings, '-c', 'cat README.md'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      const ms = performance.now() - t0;
      if (r.error || r.status !== 0 || !r.stdout.includes('hello')) return { ms: null, note: `srt did not run the command: ${(r.error?.message ?? r.stderr ?? '').trim().split('\n')[0]}` };
      if (i > 0) times.push(ms); // the first start warms the page cache
    }
    return { ms: median(times), note: `srt: median of ${reps} sandboxed commands` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A sandboxed, auto-allowed `cat README.md`: no prompt, so the call is the client's own cost. */
function catCase(calls: number): CcCase {
  return {
    name: `bench: ${calls} x cat`, category: 'bench',
    settings: { sandbox: { enabled: true, autoAllowBashIfSandboxed: true } },
    calls: Array.from({ length: calls }, () => ({ tool: 'Bash' as const, command: 'cat README.md' })),
  };
}

async function timeSession(bin: string, calls: number): Promise<number> {
  const root = caseRoot();
  try {
    const t0 = performance.now();
    const run = await runRealCase(catCase(calls), bin, root);
    const ms = performance.now() - t0;
    if (run.problems.length > 0 || run.observations.length !== calls) throw new Error(run.problems.join('; ') || `${run.observations.length} of ${calls} calls observed`);
    return ms;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function timeClaudeCode(reps: number): Promise<{ ms: number | null; note: string }> {
  const bin = process.env.CLAUDE_BIN || join(claudeCacheDir(), 'node_modules', '.bin', 'claude');
  if (!existsSync(bin)) return { ms: null, note: `Claude Code ${CLAUDE_CODE_VERSION} not in ${claudeCacheDir()} (npm run test:fidelity installs it)` };
  // A session with one call and a session with six: the difference over five is what a call costs,
  // without the client's start-up (which a learner's pane would not pay per step either).
  const per: number[] = [];
  try {
    for (let i = 0; i < reps; i += 1) {
      const one = await timeSession(bin, 1);
      const six = await timeSession(bin, 6);
      per.push((six - one) / 5);
    }
  } catch (error) {
    return { ms: null, note: `Claude Code session failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ms: Math.max(0, median(per)), note: `Claude Code ${CLAUDE_CODE_VERSION}: median of ${reps} (6-call session - 1-call session) / 5` };
}

async function timeEngineCall(reps: number): Promise<number> {
  const root = caseRoot();
  try {
    const c = catCase(1);
    for (let i = 0; i < 20; i += 1) await runEngineCase(c, root);
    const t0 = performance.now();
    for (let i = 0; i < reps; i += 1) await runEngineCase(c, root);
    return (performance.now() - t0) / reps;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function measureRealTools(): Promise<RealToolFigures> {
  const srt = timeSrt(7);
  const cc = await timeClaudeCode(3);
  const engineCallMs = await timeEngineCall(200);
  return { srtCommandMs: srt.ms, claudeCodeCallMs: cc.ms, engineCallMs, notes: [srt.note, cc.note] };
}
