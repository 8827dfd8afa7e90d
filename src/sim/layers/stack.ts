// Asking an ordered stack of layers. For a tool call, a file access, a tool result or a session start
// the first layer with an opinion decides; a connection must get past every layer that has one, in
// order (the caller stops at the first refusal). Layers that pass are skipped.
import type { Chance, ConnectAction, FsAction, Layer, LayerDecision, SessionStartAction, ToolCallAction, ToolDecision, ToolResultAction } from './types.ts';

export function firstToolDecision(layers: readonly Layer[], a: ToolCallAction): ToolDecision | null {
  for (const layer of layers) {
    const d = layer.toolCall?.(a);
    if (d !== undefined && d.decision !== 'pass') return d;
  }
  return null;
}

export function firstFileDecision(layers: readonly Layer[], a: FsAction): LayerDecision | null {
  for (const layer of layers) {
    const d = layer.fileAccess?.(a);
    if (d !== undefined && d.decision !== 'pass') return d;
  }
  return null;
}

/** Every opinion on a connection, in stack order, up to and including the first refusal. */
export function connectDecisions(layers: readonly Layer[], a: ConnectAction): LayerDecision[] {
  const out: LayerDecision[] = [];
  for (const layer of layers) {
    const d = layer.connect?.(a);
    if (d === undefined || d.decision === 'pass') continue;
    out.push(d);
    if (d.decision === 'deny') break;
  }
  return out;
}

export function firstResultDecision(layers: readonly Layer[], a: ToolResultAction, chance: Chance): LayerDecision | null {
  for (const layer of layers) {
    const d = layer.toolResult?.(a, chance);
    if (d !== undefined && d.decision !== 'pass') return d;
  }
  return null;
}

export function firstSessionDecision(layers: readonly Layer[], a: SessionStartAction): LayerDecision | null {
  for (const layer of layers) {
    const d = layer.sessionStart?.(a);
    if (d !== undefined && d.decision !== 'pass') return d;
  }
  return null;
}

/** Layers that judge the start of a session (a trust gate): the capability analysis asks them too. */
export function judgesSessionStart(layers: readonly Layer[]): boolean {
  return layers.some((l) => l.sessionStart !== undefined);
}
