// Hostile scenarios get a bounded run and a named result: each reproduction from issue 19 ends inside
// the limits of src/sim/run/limits.ts, never as a hang, a crash or a runaway log.
import { describe, expect, it } from 'vitest';
import { compileScenario, describeProblem } from '../../../src/sim/authoring/compile.ts';
import { runScenario, type RunResult } from '../../../src/sim/run/runScenario.ts';
import { RUN_LIMITS, runStop, type RunLimits } from '../../../src/sim/run/limits.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { PRODUCT_IDS, type ProductId } from '../../../src/sim/core/ids.ts';
import { containmentVerdict } from '../../../src/sim/verdict.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import { hostileSpec } from './hostile.ts';
import { setupFor } from '../../../src/sim/products/index.ts';


function compiled(spec: unknown): Scenario {
  const r = compileScenario(spec);
  if (!r.ok) throw new Error(r.errors.map(describeProblem).join('\n'));
  return r.scenario;
}

async function run(scenario: Scenario, product: ProductId = 'claude-code', extra: { limits?: Partial<RunLimits>; clock?: () => number } = {}): Promise<RunResult> {
  return runScenario({ scenario, profile: preset(product, setupFor(scenario, product).original) as ProductProfile, seed: 1, answerer: 'fatigued', worstCase: true, ...extra });
}

describe('run limits', () => {
  it('are declared once, with the worded result the CLI and the pane show', () => {
    expect(runStop('events').message).toBe('stopped: the scenario exceeded 10,000 events');
    expect(Object.values(RUN_LIMITS).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
  });

  it('stock incidents stay far inside every limit', async () => {
    for (const scenario of SCENARIOS) {
      const r = await run(scenario, 'claude-code');
      expect(r.stopped, scenario.id).toBeUndefined();
      expect(r.log.length, scenario.id).toBeLessThan(RUN_LIMITS.events / 5);
    }
  });

  it.each(PRODUCT_IDS)('a 5,000-deep mkdir stops at the path-depth limit on %s', async (product) => {
    const r = await run(compiled(hostileSpec(['p=a; for i in $(seq 1 5000); do p=$p/a; done; mkdir -p $p; echo done'])), product);
    expect(r.stopped?.limit).toBe('pathDepth');
    expect(r.log.at(-1)).toMatchObject({ type: 'run-finished', stopped: { message: 'stopped: the scenario exceeded 64 path segments' } });
    expect(containmentVerdict({ outcome: r.outcome, log: r.log, status: r.status }).contained).toBe(false);
  });

  it('a 200,000-iteration loop stops at the commands-per-step limit', async () => {
    const r = await run(compiled(hostileSpec(['for i in $(seq 1 200000); do echo $i; done'])));
    expect(r.stopped?.message).toBe('stopped: the scenario exceeded 10,000 shell commands in one step');
  });

  it('a command that doubles its own output stops at the output limit', async () => {
    const r = await run(compiled(hostileSpec(['x=aaaaaaaaaa; for i in $(seq 1 30); do x=$x$x; done; echo $x'])));
    expect(r.stopped?.limit).toBe('outputBytesPerCommand');
  });

  it('rm -rf / neither throws nor crashes the engine', async () => {
    for (const product of PRODUCT_IDS) {
      const r = await run(compiled(hostileSpec(['rm -rf /', 'echo after'])), product);
      expect(r.log.some((e) => e.type === 'crash'), product).toBe(false);
      expect(r.log.at(-1)?.type).toBe('run-finished');
    }
  });

  it('a log that grows past the event limit stops there, and the log ends at the stop', async () => {
    const r = await run(compiled(hostileSpec(Array(40).fill('for i in $(seq 1 40); do echo $i > f$i; done'))), 'claude-code', { limits: { events: 500 } });
    expect(r.stopped?.message).toBe('stopped: the scenario exceeded 500 events');
    expect(r.log.length).toBe(501);
    expect(r.log.map((e) => e.seq)).toEqual(r.log.map((_, i) => i));
  });

  it('counts steps, new files and injected-clock time', async () => {
    const many = compiled(hostileSpec(Array(30).fill('true')));
    expect((await run(many, 'claude-code', { limits: { steps: 10 } })).stopped?.limit).toBe('steps');
    const files = compiled(hostileSpec(['for i in $(seq 1 50); do echo x > g$i; done']));
    expect((await run(files, 'claude-code', { limits: { files: 20 } })).stopped?.limit).toBe('files');
    let now = 0;
    const clock = () => (now += 100);
    const timed = await run(many, 'claude-code', { clock, limits: { wallMs: 1_000 } });
    expect(timed.stopped?.message).toBe('stopped: the scenario exceeded 1,000 ms of run time');
    // The same clock readings give the same log: the time limit keeps runs deterministic.
    now = 0;
    expect((await run(many, 'claude-code', { clock, limits: { wallMs: 1_000 } })).log).toEqual(timed.log);
  });
});

describe('authored harm patterns', () => {
  it('the issue\'s ((a)+)+$ over "echo a...a!" finishes, linear in the command', async () => {
    const r = await run(compiled(hostileSpec([`echo ${'a'.repeat(40)}!`], '((a)+)+$')));
    expect(r.outcome.harms[0]?.happened).toBe(false);
    const hit = await run(compiled(hostileSpec([`echo ${'a'.repeat(40)}`], '(a|a)+$')));
    expect(hit.outcome.harms[0]?.happened).toBe(true);
  });

  it('patterns that need backtracking are refused at load with the field named', () => {
    const r = compileScenario(hostileSpec(['true'], '(a+)\\1'));
    expect(r.ok ? [] : r.errors.map(describeProblem)).toEqual(['harms[0].pattern: uses a backreference (\\1 ...), which could take forever to match; rewrite it without']);
  });
});

describe('README', () => {
  it('documents every run limit with its value', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('## Hostile input: run limits');
    expect(start).toBeGreaterThan(0);
    const rows = readme.slice(start, readme.indexOf('\n## ', start + 3)).split('\n').filter((l) => /^\| `\w+` \|/.test(l));
    const documented = Object.fromEntries(rows.map((l) => {
      const [, id, value] = l.split('|').map((c) => c.trim());
      return [(id ?? '').replace(/`/g, ''), Number(value)];
    }));
    expect(documented).toEqual({ ...RUN_LIMITS });
  });
});
