import { describe, expect, it } from 'vitest';
import { hashToSnapshot, stateToHash } from '../../../src/app/share/shareSync.ts';
import { shippedProfile } from '../../../src/sim/profile/presets.ts';
import { setAtPath } from '../../../src/sim/profile/controlPath.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { defaultAnswerer } from '../../../src/app/store/playgroundSlice.ts';
import { DEFAULT_PANES } from '../../../src/app/productInfo.ts';

const profiles = () => Object.fromEntries(PRODUCT_IDS.map((p) => [p, shippedProfile(p)])) as ReturnType<typeof hashToSnapshot>['snapshot']['profiles'];
const answerers = () => Object.fromEntries(PRODUCT_IDS.map((p) => [p, defaultAnswerer(p)])) as ReturnType<typeof hashToSnapshot>['snapshot']['answerers'];

describe('share links', () => {
  it('writes only what differs from the shipped defaults, readable', () => {
    const p = profiles();
    p['claude-code'] = setAtPath(p['claude-code'], 'sandbox.enabled', false);
    p.cowork = setAtPath(p.cowork, 'mounts.entries[0].mode', 'read-only');
    const hash = stateToHash({ scenarioId: 'phished-prompt', seed: 3, worstCase: true, profiles: p, answerers: answerers(), step: 2 });
    expect(hash).toBe('#v=1&incident=phished-prompt&seed=3&step=2&claude-code.sandbox.enabled=off&cowork.mounts.entries[0].mode=read-only');
  });

  it('reads a link back into the same state', () => {
    const { snapshot, notices } = hashToSnapshot('#v=1&incident=phished-prompt&seed=3&claude-code.sandbox.enabled=off&claude-code.run.answerer=learner', ['phished-prompt']);
    expect(notices).toEqual([]);
    expect(snapshot.scenarioId).toBe('phished-prompt');
    expect(snapshot.seed).toBe(3);
    expect(snapshot.profiles['claude-code'].product === 'claude-code' && snapshot.profiles['claude-code'].sandbox.enabled).toBe(false);
    expect(snapshot.answerers['claude-code']).toBe('learner');
    expect(snapshot.step).toBeNull();
  });

  it('opens a broken link with defaults and says what was wrong', () => {
    const { snapshot, notices } = hashToSnapshot('#incident=no-such-thing&claude-code.sandbox.enabled=perhaps&cowork.vm.agentLoop=cloud&bogus=1', ['phished-prompt']);
    expect(snapshot.scenarioId).toBeNull();
    expect(snapshot.profiles['claude-code']).toEqual(shippedProfile('claude-code'));
    expect(snapshot.profiles.cowork).toEqual(shippedProfile('cowork'));
    expect(notices.join('\n')).toMatch(/sandbox.enabled=perhaps/);
    expect(notices.join('\n')).toMatch(/agentLoop=cloud/);
    expect(notices.join('\n')).toMatch(/Unknown setting "bogus"/);
    expect(notices.join('\n')).toMatch(/unknown incident "no-such-thing"/);
  });

  it('carries which product each pane shows, so a devcontainer swapped into a pane survives the link', () => {
    const shown = ['claude-ai', 'devcontainer', 'cowork'] as const;
    const hash = stateToHash({ scenarioId: 'phished-prompt', seed: 1, worstCase: true, profiles: profiles(), answerers: answerers(), step: 0, shown });
    expect(hash).toContain('panes=claude-ai,devcontainer,cowork');
    const { snapshot, notices } = hashToSnapshot(hash, ['phished-prompt']);
    expect(notices).toEqual([]);
    expect(snapshot.shown).toEqual([...shown]);
    // The default panes write nothing, and a link without panes= opens the default panes.
    expect(stateToHash({ scenarioId: 'phished-prompt', seed: 1, worstCase: true, profiles: profiles(), answerers: answerers(), step: 0, shown: DEFAULT_PANES })).not.toContain('panes=');
    expect(hashToSnapshot('#v=1&incident=phished-prompt', ['phished-prompt']).snapshot.shown).toEqual([...DEFAULT_PANES]);
  });

  it('refuses a panes list that names an unknown product, repeats one or has the wrong length, and says why', () => {
    for (const bad of ['claude-ai,vm,cowork', 'cowork,cowork,claude-ai', 'cowork,claude-ai']) {
      const { snapshot, notices } = hashToSnapshot(`#v=1&incident=phished-prompt&panes=${bad}`, ['phished-prompt']);
      expect(snapshot.shown).toEqual([...DEFAULT_PANES]);
      expect(notices.join('\n')).toMatch(/panes/);
    }
  });
});
