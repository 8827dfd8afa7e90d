// Claude Code's trust gate: project-local config (settings, hooks, MCP servers) is parsed only after the
// user trusts the folder. Before the fix it was parsed at startup, ahead of the trust dialog.
import { decide, layerBase } from './catalog.ts';
import type { Layer, LayerDecision } from './types.ts';

export interface TrustGateConfig {
  projectConfigBeforeTrust: boolean;
}

export function projectConfigDecision(p: { trust: TrustGateConfig }, configPath: string, trusted: boolean): LayerDecision {
  if (trusted) return decide('trust-gate', 'allow', 'folder trusted', `${configPath} is loaded after the user trusted the folder`);
  if (p.trust.projectConfigBeforeTrust) {
    return decide('trust-gate', 'allow', 'projectConfigBeforeTrust', `${configPath} was parsed at startup, before the trust dialog`);
  }
  return decide('trust-gate', 'deny', 'deferred until trust', `${configPath} waits until the user trusts the folder`);
}

export function trustGateLayer(trust: TrustGateConfig): Layer {
  return { ...layerBase('trust-gate'), sessionStart: (a) => projectConfigDecision({ trust }, a.configPath, a.trusted) };
}
