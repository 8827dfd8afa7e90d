// The approval queue: a person at the keyboard answers each prompt. The learner answers live (the run
// pauses until they do); the modeled humans answer through seeded choices (agent/approvals.ts). It
// counts prompts per session, the friction figure every view shows.
import { humanAnswer, type Answerer } from '../agent/approvals.ts';
import { decide, layerBase } from './catalog.ts';
import type { Layer } from './types.ts';

export interface HumanAtKeyboard {
  who: Exclude<Answerer, 'classifier'>;
  /** The learner's answers so far, in order (true = approve). */
  answers: readonly boolean[];
}

/** The queue's counters; the runner owns them so a run can be saved and resumed (run/pathGraph.ts). */
export interface QueueCounters {
  prompts: number;
  answered: number;
}

export function approvalQueueLayer(human: HumanAtKeyboard, counters: QueueCounters = { prompts: 0, answered: 0 }): Layer {
  return {
    ...layerBase('approval-queue'),
    approval: (a, chance) => {
      counters.prompts += 1;
      const promptNumber = counters.prompts;
      a.announce(promptNumber);
      const req = { id: promptNumber, tool: a.tool, input: a.input, reason: a.askedBy.reason, layer: a.askedBy.layer, promptNumber };
      const answer = humanAnswer(human.who, req, a.harmful, human.answers, counters.answered, (k, p, about) => chance.choose(k, p, about));
      if (answer.kind === 'wait') return { decision: 'wait', promptNumber };
      if (human.who === 'learner') counters.answered += 1;
      const d = decide('approval-queue', answer.approved ? 'allow' : 'deny', `answered by ${answer.by}`, answer.approved ? 'the human approved' : 'the human refused');
      return { ...d, by: answer.by, promptNumber };
    },
  };
}
