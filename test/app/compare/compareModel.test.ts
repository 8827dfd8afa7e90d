import { describe, expect, it } from 'vitest';
import { assetChanges, controlChanges, runDelta, sharedMax, signed } from '../../../src/app/compare/compareModel.ts';
import { controlsFor } from '../../../src/app/controls/controlTable.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import { getAtPath, setAtPath } from '../../../src/sim/profile/controlPath.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import type { PaneAsset, PaneRun } from '../../../src/worker/protocol.ts';
import { defaultAnswerer } from '../../../src/app/store/playgroundSlice.ts';

/** A value different from the shipped one, of the same kind. */
function other(value: unknown, options?: readonly { value: string }[]): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value === 0.5 ? 0.25 : 0.5;
  if (Array.isArray(value)) return [...(value as string[]), 'changed.example'];
  return options?.find((o) => o.value !== value)?.value;
}

describe('controlChanges', () => {
  it('is empty for the shipped defaults with the default answerer', () => {
    expect(controlChanges('claude-code', shippedProfile('claude-code'), 'fatigued')).toEqual([]);
  });

  it('names every control by its panel label when changed alone', () => {
    for (const product of PRODUCT_IDS) {
      for (const spec of controlsFor(product).filter((c) => !c.path.startsWith('run.'))) {
        const before = getAtPath(shippedProfile(product), spec.path);
        const profile = setAtPath(shippedProfile(product), spec.path, other(before, spec.kind === 'enum' ? spec.options : undefined));
        const changes = controlChanges(product, profile, defaultAnswerer(product));
        expect(changes.map((c) => c.label), `${product}.${spec.path}`).toEqual([spec.label]);
      }
    }
  });

  it('shows values the way the controls do, and includes the answerer', () => {
    const profile = setAtPath(shippedProfile('claude-code'), 'sandbox.enabled', false);
    expect(controlChanges('claude-code', profile, 'classifier')).toEqual([
      { path: 'sandbox.enabled', label: 'OS sandbox', value: 'off', base: 'on' },
      { path: 'run.answerer', label: 'Who answers prompts', value: 'Auto-mode classifier', base: 'Fatigued human (~93% approve)' },
    ]);
    const mode = setAtPath(shippedProfile('claude-code'), 'permissions.defaultMode', 'bypassPermissions');
    expect(controlChanges('claude-code', mode, 'fatigued')[0]).toMatchObject({ value: 'bypassPermissions', base: 'default (ask)' });
  });
});

const asset = (id: string, mark: PaneAsset['mark']): PaneAsset => ({ id, label: id, zone: 'host-secrets', mark, reach: mark === 'unreachable' ? 'closed' : 'open', weight: 10 });
const pane = (o: Partial<PaneRun> & { realized: number; reachable: number }): PaneRun => ({
  status: 'finished', log: [], pending: null, harms: [], taskCompleted: o.taskCompleted ?? true, prompts: o.prompts ?? 0,
  decidedBy: null, contained: o.contained ?? true,
  judgement: { status: (o.contained ?? true) ? 'contained' : 'not-contained', contained: o.contained ?? true, decidedBy: null, reason: '', technique: null, techniqueTitle: null, tried: [], refusal: null },
  blast: { realized: o.realized, reachable: o.reachable, assets: [] }, maxStep: 0,
});

describe('run comparison', () => {
  it('lists assets whose mark moved, in either direction', () => {
    const mine = [asset('aws', 'exfiltrated'), asset('ssh', 'reachable'), asset('gpg', 'unreachable')];
    const shipped = [asset('aws', 'reachable'), asset('ssh', 'reachable'), asset('gpg', 'touched')];
    expect(assetChanges(mine, shipped).map((c) => `${c.id}:${c.from}->${c.to}`)).toEqual(['aws:reachable->exfiltrated', 'gpg:touched->unreachable']);
  });

  it('subtracts the defaults from the learner run and flags a changed verdict', () => {
    expect(runDelta(pane({ realized: 41, reachable: 205, prompts: 5, contained: false }), pane({ realized: 16, reachable: 205 }))).toEqual({
      realized: 25, reachable: 0, open: 0, prompts: 5, verdictChanged: true, taskChanged: false,
    });
  });

  it('formats signs and shares one scale', () => {
    expect([signed(25), signed(-3), signed(0)]).toEqual(['+25', '\u22123', '\u00b10']);
    expect(sharedMax([3, 41, 16])).toBe(41);
    expect(sharedMax([])).toBe(1);
  });
});
