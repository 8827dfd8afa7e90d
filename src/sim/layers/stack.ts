// Asking an ordered stack of layers. For a tool call, a file access, a tool result or a session start
// the first layer with an opinion decides; a connection must get past every layer that has one, in
// order (the caller stops at the first refusal). Layers that pass are skipped.
import type { HookMoment, HookSpec } from './hooks.ts';
import type { HookDecisionAction } from './types.ts';
import type { Chance, ConnectAction, FsAction, Layer, LayerAnswer, LayerDecision, SessionStartAction, ToolCallAction, ToolDecision, ToolResultAction } from './types.ts';

/** The first opinion among the layers' answers (`ask` gives a layer's answer, undefined when it has no hook). */
function first<D extends LayerDecision>(layers: readonly Layer[], ask: (layer: Layer) => LayerAnswer<D> | undefined): D | null {
  for (const layer of layers) {
    const d = ask(layer);
    if (d !== undefined && d.decision !== 'pass') return d;
  }
  return null;
}

export const firstToolDecision = (layers: readonly Layer[], a: ToolCallAction): ToolDecision | null => first(layers, (l) => l.toolCall?.(a));
export const firstFileDecision = (layers: readonly Layer[], a: FsAction): LayerDecision | null => first(layers, (l) => l.fileAccess?.(a));
export const firstResultDecision = (layers: readonly Layer[], a: ToolResultAction, chance: Chance): LayerDecision | null => first(layers, (l) => l.toolResult?.(a, chance));
export const firstSessionDecision = (layers: readonly Layer[], a: SessionStartAction): LayerDecision | null => first(layers, (l) => l.sessionStart?.(a));

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

/** Every hook command the stack's layers run at a moment, in stack order. */
export function hooksAt(layers: readonly Layer[], m: HookMoment): HookSpec[] {
  return layers.flatMap((l) => l.hooks?.(m) ?? []);
}

/** The call's decision after its PreToolUse hooks ran: the first layer that joins hooks to it, else unchanged. */
export function decisionWithHooks(layers: readonly Layer[], a: HookDecisionAction): ToolDecision {
  for (const layer of layers) if (layer.hookDecision !== undefined) return layer.hookDecision(a);
  return a.rules;
}

/** Layers that judge the start of a session (a trust gate): the capability analysis asks them too. */
export function judgesSessionStart(layers: readonly Layer[]): boolean {
  return layers.some((l) => l.sessionStart !== undefined);
}
