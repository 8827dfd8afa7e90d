// Checks lesson goals through the engine Web Worker (the same `run` the playground panes use), so
// the engine never loads on the main thread. Exfiltrations are read from the run's event log.
import type { EngineClient } from '../../worker/client.ts';
import type { PaneRun, RunRequest } from '../../worker/protocol.ts';
import { lessonRun } from '../../lessons/lessonRun.ts';
import type { LessonRun } from '../../lessons/types.ts';
import { checkLesson, type LessonEngine } from '../../lessons/verify.ts';
import type { Evaluate } from './useLessonSession.ts';

type EngineCalls = Pick<EngineClient, 'call'>;

export function paneRunToFacts(scenario: string, run: PaneRun): LessonRun {
  const exfiltrations = run.log.flatMap((e) => (e.type === 'exfiltration' ? [{ secretId: e.secretId, host: e.host }] : []));
  return lessonRun(scenario, { ...run, exfiltrations }, run.blast ? { reachable: run.blast.reachable, realized: run.blast.realized } : undefined);
}

/**
 * `reuse` hands back a run the playground panes already made (or are making) for the same request,
 * so a lesson control change runs its scenario once, for the panes and the goal check together.
 */
export function workerEvaluate(engine: EngineCalls, reuse?: (request: RunRequest) => Promise<PaneRun> | null): Evaluate {
  let catalog: Promise<string[]> | null = null;
  return async (lesson, profile) => {
    catalog ??= engine.call('catalog', []).then((list) => list.map((s) => s.id));
    let ids: string[];
    try {
      ids = await catalog;
    } catch (error) {
      catalog = null;
      return { ok: false, error: `the engine is not available (${error instanceof Error ? error.message : String(error)})` };
    }
    const port: LessonEngine = {
      scenarioIds: () => ids,
      run: async (req) => {
        const request: RunRequest = {
          scenarioId: req.scenario, product: req.profile.product, profile: req.profile, seed: req.seed,
          answerer: req.answerer, answers: [], worstCase: req.worstCase,
        };
        const shared = reuse?.(request) ?? null;
        return paneRunToFacts(req.scenario, await (shared ?? engine.call('run', [request])));
      },
    };
    return checkLesson(lesson, profile, port);
  };
}
