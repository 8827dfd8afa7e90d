// Tool-result inspection: a small classifier reads each tool result before the model does and
// withholds one that carries instructions aimed at the agent. Probabilistic: it catches a share of
// them (its catch rate), and a worst-case run assumes it misses unless it never does.
import { decide, layerBase } from './catalog.ts';
import { PASS, type Layer } from './types.ts';

export interface InspectionConfig {
  enabled: boolean;
  catchRate: number;
}

export function toolResultInspectionLayer(inspection: InspectionConfig): Layer {
  return {
    ...layerBase('tool-result-inspection'),
    toolResult: (a, chance) => {
      if (!inspection.enabled) return PASS;
      if (!a.markers.some((m) => a.output.includes(m))) return PASS;
      const catchRate = chance.worstCase && inspection.catchRate < 1 ? 0 : inspection.catchRate;
      if (!chance.choose('classifier-blocks', catchRate, `injected instructions in the ${a.tool} result`)) return PASS;
      return decide('tool-result-inspection', 'deny', 'injected instructions', `the ${a.tool} result carried instructions aimed at the agent and was withheld`);
    },
  };
}
