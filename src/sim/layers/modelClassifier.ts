// Auto mode's transcript classifier: answers the prompts a person would otherwise see. It catches most
// harmful actions and blocks a few benign ones (agent/approvals.ts has the figures); after too many
// denials the session falls back to asking the human, and from then on this layer passes.
import { classify, newClassifierState, type ClassifierState } from '../agent/approvals.ts';
import { decide, layerBase } from './catalog.ts';
import { PASS, type Layer } from './types.ts';

/** `state` is the runner's, so a run can be saved and resumed (run/pathGraph.ts). */
export function modelClassifierLayer(state: ClassifierState = newClassifierState()): Layer {
  return {
    ...layerBase('model-classifier'),
    approval: (a, chance) => {
      if (state.fallenBack) return PASS;
      const verdict = classify(state, a.harmful, (k, p, about) => chance.choose(k, p, about), a.input);
      return verdict === 'block'
        ? decide('model-classifier', 'deny', 'transcript classifier: block', 'the classifier judged the action overeager or harmful')
        : decide('model-classifier', 'allow', 'transcript classifier: allow', 'the classifier let the action through');
    },
  };
}
