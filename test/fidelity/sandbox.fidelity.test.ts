import { afterAll, describe, expect, it } from 'vitest';
import { BRACKET_CASES, DISABLED_CASES, FILESYSTEM_CASES, NESTED_REPO_CASES, NETWORK_CASES, SYMLINK_CASES } from './cases.ts';
import { runCase, srtStatus, type FidelityCase, type ProbeResult } from './harness.ts';

const status = srtStatus();
const inCI = process.env.CI === 'true';
const tally = { agree: 0, total: 0 };

if (!status.ok && !inCI) {
  console.warn(`[fidelity] SKIPPED: the real sandbox cannot run here (${status.reason}). Install bubblewrap, socat and ripgrep, or run in CI.`);
}

function describeProbe(r: ProbeResult): string {
  const p = r.probe;
  const what = 'path' in p ? `${p.op} ${p.path}` : `${p.op} ${p.host}${p.port === undefined ? '' : ':' + p.port}`;
  return `${what}: real=${r.real} sim=${r.sim} (${r.decision.rule ?? 'no rule'}: ${r.decision.reason})`;
}

function check(c: FidelityCase): void {
  const results = runCase(c);
  const bad = results.filter((r) => r.real !== r.sim);
  tally.total += results.length;
  tally.agree += results.length - bad.length;
  expect(bad.map(describeProbe), `${c.name}\n${results.map(describeProbe).join('\n')}`).toEqual([]);
}

describe.runIf(status.ok || inCI)('sandbox-runtime differential suite (hand-written cases)', () => {
  it('the real sandbox starts', () => {
    expect(status.ok ? 'ok' : status.reason).toBe('ok');
  });
  for (const c of [...NETWORK_CASES, ...FILESYSTEM_CASES, ...BRACKET_CASES, ...NESTED_REPO_CASES, ...SYMLINK_CASES, ...DISABLED_CASES]) {
    it(c.name, () => check(c));
  }
  afterAll(() => {
    console.log(`[fidelity] hand-written: simulator agreed with srt on ${tally.agree}/${tally.total} probes`);
  });
});
