// The friction / blast-radius batch behind the compare chart: every preset of every product (the
// engine's own list), plus the learner's settings if given, run on each incident through the same
// `run` the panes use, then folded into one point per profile. Progress streams per run, and the
// loop yields to the worker's message queue now and then so a pane re-run is not stuck behind it.
import { PRODUCT_IDS, type ProductId } from '../sim/core/ids.ts';
import { presetsFor } from '../sim/profile/presets.ts';
import type { ProductProfile } from '../sim/profile/schema.ts';
import { summarizeSweep, type SweepSample } from '../sim/run/sweep.ts';
import type { PaneRun, PresetSweepPoint, PresetSweepRequest, PresetSweepResult, RunRequest } from './protocol.ts';
import type { ServeContext } from './server.ts';
import { timeSlice } from './yieldToQueue.ts';

interface Job {
  product: ProductId;
  preset: string;
  current: boolean;
  profile: ProductProfile;
}


export function sweepJobs(request: Pick<PresetSweepRequest, 'current'>): Job[] {
  return PRODUCT_IDS.flatMap((product) => [
    ...Object.entries(presetsFor(product)).map(([preset, profile]) => ({ product, preset, current: false, profile })),
    ...(request.current ? [{ product, preset: 'current', current: true, profile: request.current[product] }] : []),
  ]);
}

export async function runPresetSweep(
  request: PresetSweepRequest,
  ctx: ServeContext,
  run: (request: RunRequest) => Promise<PaneRun>,
): Promise<PresetSweepResult> {
  const scenarioIds = request.custom !== undefined ? request.scenarioIds.slice(0, 1) : request.scenarioIds;
  if (scenarioIds.length === 0) throw new Error('Preset sweep: scenarioIds is empty; name at least one incident');
  const jobs = sweepJobs(request);
  // File edits belong to one incident's files, so they only apply when a single incident runs.
  const overrides = (p: ProductId) => {
    const edits = scenarioIds.length === 1 ? request.fileOverrides?.[p] : undefined;
    return edits && Object.keys(edits).length > 0 ? edits : undefined;
  };
  const total = jobs.length * scenarioIds.length;
  let done = 0;
  // Let the worker's message queue in about every 25 ms, so pane re-runs and a cancel get through.
  const pause = timeSlice(25);
  ctx.progress(0, total);
  const points: PresetSweepPoint[] = [];
  for (const job of jobs) {
    if (ctx.signal?.aborted) throw new Error(`Preset sweep cancelled after ${done} of ${total} runs`);
    const samples: SweepSample[] = [];
    for (const scenarioId of scenarioIds) {
      const pane = await run({
        scenarioId, product: job.product, profile: job.profile, seed: request.seed, answerer: request.answerers[job.product],
        answers: [], worstCase: request.worstCase, ...(request.custom !== undefined ? { custom: request.custom } : {}),
        ...(overrides(job.product) ? { fileOverrides: overrides(job.product) } : {}),
      });
      samples.push({
        prompts: pane.prompts, realized: pane.blast?.realized ?? 0, reachable: pane.blast?.reachable ?? 0,
        open: (pane.blast?.reachable ?? 0) - (pane.blast?.behindPrompt ?? 0),
        contained: pane.contained, status: pane.judgement.status, taskCompleted: pane.taskCompleted,
      });
      ctx.progress(++done, total);
      await pause();
    }
    points.push({ product: job.product, preset: job.preset, current: job.current, ...summarizeSweep(samples) });
  }
  return { scenarioIds, points };
}
