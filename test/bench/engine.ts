// Engine figures for `npm run bench`: cost of an executed agent step, one incident on the three
// products (what a control toggle re-simulates), and a 1,000-seed Monte Carlo on each product.
import { monteCarlo } from '../../src/sim/run/monteCarlo.ts';
import { runScenario } from '../../src/sim/run/runScenario.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../src/sim/profile/schema.ts';
import { phishedPrompt } from '../../src/sim/scenarios/phishedPrompt.ts';
import { PRODUCT_IDS } from '../../src/sim/core/ids.ts';
import { setupFor } from '../../src/sim/products/index.ts';

import type { Row, SuiteResult } from './run.ts';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function originalProfile(product: (typeof PRODUCT_IDS)[number]): ProductProfile {
  return preset(product, setupFor(phishedPrompt, product).original) as ProductProfile;
}

function p95(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

export async function benchEngine(): Promise<SuiteResult> {
  const rows: Row[] = [];
  // Warm the JIT and just-bash's lazily loaded commands so the figures describe steady state.
  for (let seed = 0; seed < 20; seed += 1) {
    for (const product of PRODUCT_IDS) await runScenario({ scenario: phishedPrompt, profile: originalProfile(product), seed, answerer: 'fatigued' });
  }

  let steps = 0;
  let start = performance.now();
  const cpu0 = process.cpuUsage();
  const fullRuns = 150;
  for (let seed = 0; seed < fullRuns; seed += 1) {
    const product = PRODUCT_IDS[seed % PRODUCT_IDS.length] ?? 'claude-code';
    const r = await runScenario({ scenario: phishedPrompt, profile: originalProfile(product), seed, answerer: 'fatigued' });
    steps += r.log.at(-1)?.step ?? 0;
  }
  const perStep = (performance.now() - start) / steps;
  const cpu = process.cpuUsage(cpu0);
  rows.push({ name: 'agent step, executed (just-bash + layers + log)', value: round(perStep, 3), unit: 'ms', budget: '<< 1 ms; ratios to the real tools below' });
  // CPU time is less sensitive than wall time to other processes sharing the machine.
  rows.push({ name: '  same, CPU time per step', value: round((cpu.user + cpu.system) / 1000 / steps, 3), unit: 'ms' });

  const toggles: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    start = performance.now();
    await Promise.all(PRODUCT_IDS.map((product) => runScenario({ scenario: phishedPrompt, profile: preset(product, 'shipped') as ProductProfile, seed: i, answerer: 'fatigued' })));
    toggles.push(performance.now() - start);
  }
  rows.push({ name: 'phished-prompt on three products (p95 of 30)', value: round(p95(toggles), 1), unit: 'ms', budget: '< 100 ms p95 incl. repaint' });

  start = performance.now();
  let paths = 0;
  let executedSteps = 0;
  for (const product of PRODUCT_IDS) {
    const d = await monteCarlo({ scenario: phishedPrompt, profile: originalProfile(product), answerer: setupFor(phishedPrompt, product).answerer, runs: 1000 });
    paths += d.distinctPaths;
    executedSteps += d.distinctPaths * 5;
  }
  const mc = performance.now() - start;
  rows.push({ name: '1,000-seed Monte Carlo x 3 products (original configs)', value: Math.round(mc), unit: 'ms', budget: '< 3000 ms' });
  rows.push({ name: '  distinct choice paths executed (of 3,000 seeds)', value: paths, unit: 'runs' });
  rows.push({ name: '  amortised cost per seed-step (5 steps/run)', value: round(mc / (3000 * 5), 4), unit: 'ms' });
  void executedSteps;
  return { rows, figures: { stepMs: round(perStep, 3), extra: { phishedPromptThreeProductsP95Ms: round(p95(toggles), 1) } } };
}
