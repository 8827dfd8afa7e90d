// Pure helpers for the comparison view: which controls differ from the shipped defaults (named as
// the controls panel names them), what changed between two runs, and a scale shared by all bars.
import type { AnswererKind } from '../../sim/core/events.ts';
import type { ProductId } from '../../sim/core/ids.ts';
import { profileDifferences } from '../../sim/profile/profileDiff.ts';
import { shippedProfile } from '../../sim/profile/presets.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import type { PaneAsset, PaneRun } from '../../worker/protocol.ts';
import { ANSWERERS, controlsFor, type ControlSpec } from '../controls/controlTable.ts';
import { defaultAnswerer } from '../store/playgroundSlice.ts';
import { ZONES, type Zone } from '../views/BlastRadius.tsx';

export interface ControlChange {
  path: string;
  label: string;
  value: string;
  base: string;
}

function show(value: unknown, spec: ControlSpec | undefined): string {
  if (spec?.kind === 'enum') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ');
  if (value === undefined || value === null) return '(not set)';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number);
}

/** Every setting (and the prompt answerer) where the learner's product differs from what ships. */
export function controlChanges(product: ProductId, profile: ProductProfile, answerer: AnswererKind): ControlChange[] {
  const specs = controlsFor(product);
  const changes = profileDifferences(profile, shippedProfile(product)).map((d) => {
    const spec = specs.find((c) => c.path === d.path);
    return { path: d.path, label: spec?.label ?? d.path, value: show(d.value, spec), base: show(d.base, spec) };
  });
  const base = defaultAnswerer(product);
  if (answerer !== base) {
    const label = (a: AnswererKind) => ANSWERERS.find((o) => o.value === a)?.label ?? a;
    changes.push({ path: 'run.answerer', label: 'Who answers prompts', value: label(answerer), base: label(base) });
  }
  return changes;
}

export interface AssetChange {
  id: string;
  label: string;
  zone: Zone;
  from: PaneAsset['mark'];
  to: PaneAsset['mark'];
}

/** Assets whose mark differs between the defaults' run (`from`) and the learner's (`to`). */
export function assetChanges(current: readonly PaneAsset[], base: readonly PaneAsset[]): AssetChange[] {
  const before = new Map(base.map((a) => [a.id, a]));
  const out: AssetChange[] = [];
  for (const a of current) {
    const from = before.get(a.id)?.mark ?? 'unreachable';
    if (from !== a.mark) out.push({ id: a.id, label: a.label, zone: a.zone, from, to: a.mark });
  }
  for (const b of base) {
    if (!current.some((a) => a.id === b.id) && b.mark !== 'unreachable') out.push({ id: b.id, label: b.label, zone: b.zone, from: b.mark, to: 'unreachable' });
  }
  return out;
}

export interface RunDelta {
  realized: number;
  reachable: number;
  /** Change in the part of reachable no prompt guards. */
  open: number;
  prompts: number;
  verdictChanged: boolean;
  taskChanged: boolean;
}

const openOf = (r: PaneRun) => (r.blast?.reachable ?? 0) - (r.blast?.behindPrompt ?? 0);

export function runDelta(current: PaneRun, base: PaneRun): RunDelta {
  return {
    realized: (current.blast?.realized ?? 0) - (base.blast?.realized ?? 0),
    reachable: (current.blast?.reachable ?? 0) - (base.blast?.reachable ?? 0),
    open: openOf(current) - openOf(base),
    prompts: current.prompts - base.prompts,
    verdictChanged: current.judgement.status !== base.judgement.status,
    taskChanged: current.taskCompleted !== base.taskCompleted,
  };
}

/** A signed difference as text: "+12", "−3", "±0". */
export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : r < 0 ? `\u2212${-r}` : '\u00b10';
}

/** One top value for every bar in the view, so lengths compare across products. */
export function sharedMax(values: readonly number[]): number {
  return Math.max(1, ...values);
}

export function assetsByZone(assets: readonly PaneAsset[]): { zone: Zone; assets: PaneAsset[] }[] {
  return ZONES.map((zone) => ({ zone, assets: assets.filter((a) => a.zone === zone) })).filter((z) => z.assets.length > 0);
}
