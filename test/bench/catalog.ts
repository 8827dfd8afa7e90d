// Catalog figures for `npm run bench`: the full incident catalog on three products (what `check` and
// the review page run), the blast radius analysis alone, and 1,000-seed Monte Carlo per incident.
import { reachableBlast } from '../../src/sim/blast/reachable.ts';
import { PRODUCT_IDS } from '../../src/sim/core/ids.ts';
import { shippedProfile } from '../../src/sim/profile/presets.ts';
import { checkProfile } from '../../src/sim/review/check.ts';
import { catalogDistributions, distributionOf } from '../../src/sim/review/distributions.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import { phishedPrompt } from '../../src/sim/scenarios/phishedPrompt.ts';
import { SCENARIOS } from '../../src/sim/scenarios/index.ts';

import type { Row, SuiteResult } from './run.ts';

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

async function time<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
}

export async function benchCatalog(): Promise<SuiteResult> {
  const rows: Row[] = [];
  // Warm-up: JIT and just-bash's lazily loaded commands.
  for (const product of PRODUCT_IDS) await checkProfile(shippedProfile(product));

  const full = await time(async () => Promise.all(PRODUCT_IDS.map((p) => checkProfile(shippedProfile(p)))));
  const runs = full.value.reduce((n, r) => n + r.incidents.length, 0);
  rows.push({ name: `full catalog (${SCENARIOS.length} incidents) x 3 products, worst case + blast radius + fixes`, value: Math.round(full.ms), unit: 'ms' });
  rows.push({ name: '  per incident-product (run, verdict, blast, verified fix)', value: round(full.ms / runs, 2), unit: 'ms' });
  const contained = full.value.flatMap((r) => r.incidents).filter((i) => i.contained).length;
  rows.push({ name: '  contained under the shipped profiles', value: contained, unit: `of ${runs}` });

  const world = SCENARIOS[0]?.world();
  if (world) {
    const reps = 50;
    const reach = await time(async () => {
      for (let i = 0; i < reps; i += 1) for (const p of PRODUCT_IDS) await reachableBlast(world, shippedProfile(p), SCENARIOS[0]?.project ?? '/');
    });
    rows.push({ name: 'reachable blast radius (capability analysis), one product', value: round(reach.ms / (reps * 3), 2), unit: 'ms' });
  }

  // One incident at a time, so the cost of each distribution shows (they differ by two orders of magnitude).
  const mcRows: Row[] = [];
  let mcTotal = 0;
  let mcCount = 0;
  const slow: { name: string; ms: number; paths: number }[] = [];
  const perIncident: { id: string; ms: number }[] = [];
  for (const scenario of SCENARIOS) {
    const one = await time(() => catalogDistributions(1000, [scenario]));
    mcTotal += one.ms;
    perIncident.push({ id: scenario.id, ms: one.ms });
    for (const d of one.value) {
      mcCount += 1;
      mcRows.push({ name: `  ${d.id} on ${d.product}: harmed under ${d.original.profile} / with the fix`, value: d.original.dist.anyHarm, unit: `/ ${d.fixed.dist.anyHarm} of 1000` });
      slow.push({ name: `${d.id} on ${d.product}`, ms: one.ms, paths: d.original.dist.distinctPaths + d.fixed.dist.distinctPaths });
    }
  }
  rows.push({ name: `1,000-seed Monte Carlo, original + fixed, ${mcCount} incident-products`, value: Math.round(mcTotal), unit: 'ms', budget: '< 3000 ms per incident x 3 products' });
  rows.push(...mcRows);
  const slowest = slow.sort((a, b) => b.ms - a.ms)[0];
  if (slowest) {
    rows.push({ name: `  slowest incident-product: ${slowest.name}, original + fixed (${slowest.paths} distinct paths)`, value: Math.round(slowest.ms), unit: 'ms' });
  }
  const slowestIncident = perIncident.sort((a, b) => b.ms - a.ms)[0];
  if (slowestIncident) {
    rows.push({ name: `  slowest incident, original + fixed on every product: ${slowestIncident.id}`, value: Math.round(slowestIncident.ms), unit: 'ms', budget: '< 1000 ms' });
    rows.push({ name: '  all the others together', value: Math.round(mcTotal - slowestIncident.ms), unit: 'ms' });
  }
  // BRIEF.md: the phished prompt exfiltrated in 24 of 25 red-team runs. With no prompt and no sandbox
  // only the agent's own choice is left (the user typed the request).
  const unattended = structuredClone(preset('claude-code', 'v1-approvals'));
  if (unattended?.product === 'claude-code') {
    unattended.permissions.defaultMode = 'bypassPermissions';
    const modelOnly = await distributionOf(phishedPrompt, unattended, 1000);
    rows.push({ name: '  phished-prompt, model layer alone (no prompts, no sandbox)', value: modelOnly.anyHarm, unit: 'of 1000 (BRIEF: ~24 of 25)' });
  }
  return {
    rows,
    figures: {
      monteCarloSlowestMs: Math.round(slowestIncident?.ms ?? NaN),
      monteCarloSlowestIncident: slowestIncident?.id ?? '',
      extra: { catalogMs: Math.round(full.ms), monteCarloAllIncidentsMs: Math.round(mcTotal) },
    },
  };
}
