// One engine run as the facts lesson goals read, whichever way the run came (the engine in Node, or a
// pane's run from the worker). Pure and engine-free, so the page can use it without loading the engine.
import type { LessonRun } from './types.ts';

export interface RunParts {
  harms: readonly { id: string; happened: boolean }[];
  taskCompleted: boolean;
  prompts: number;
  exfiltrations: readonly { secretId: string; host: string }[];
  decidedBy: string | null;
}

export function lessonRun(scenario: string, r: RunParts, blast?: { reachable: number; realized: number; score?: number }): LessonRun {
  const facts: LessonRun = {
    scenario,
    harms: r.harms.map((h) => ({ id: h.id, happened: h.happened })),
    taskCompleted: r.taskCompleted,
    prompts: r.prompts,
    exfiltrations: r.exfiltrations.map((e) => ({ secretId: e.secretId, host: e.host })),
    decidedBy: r.decidedBy,
  };
  if (blast) facts.blast = { reachable: blast.reachable, realized: blast.realized, ...(blast.score === undefined ? {} : { score: blast.score }) };
  return facts;
}
