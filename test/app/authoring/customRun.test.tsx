// An authored scenario goes through the store and the engine service (on the main thread here,
// the same code the worker serves) and lands in the panes like a built-in incident; a share link
// opens it, and a broken link becomes a notice.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { newMainThreadStore } from '../mainThreadEngine.ts';
import { pasteSiteLeak } from '../../../src/sim/authoring/examples.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { decodeScenarioParam, encodeScenarioParam, takeScenarioParam } from '../../../src/app/authoring/scenarioLink.ts';

vi.mock('../../../src/app/files/MonacoEditor.tsx', () => ({ default: () => <div data-testid="monaco-editor" /> }));
const { AuthoringEntry } = await import('../../../src/app/authoring/AuthoringEntry.tsx');

const newStore = () => newMainThreadStore();
const spec = () => JSON.parse(JSON.stringify(pasteSiteLeak)) as unknown;
const WAIT = { timeout: 10_000 };

describe('running an authored scenario', () => {
  it('runs on all three products; the harm follows the controls', async () => {
    const store = newStore();
    await store.getState().runCustomScenario({ scenarioId: 'custom:contributing-leak', title: 't', explanation: '', spec: spec() });
    const panes = store.getState().panes;
    expect(panes['claude-code'].run?.harms.map((h) => h.happened)).toEqual([false, false]);
    expect(panes['claude-code'].run?.decidedBy).toBe('os-sandbox');
    expect(panes.cowork.run?.contained).toBe(true);
    await store.getState().setProfile('claude-code', preset('claude-code', 'unattended') as ProductProfile);
    const after = store.getState().panes['claude-code'].run;
    expect(after?.harms.find((h) => h.id === 'deploy-key-leaked')?.happened).toBe(true);
    expect(after?.contained).toBe(false);
  });

  it('the worker side re-validates: a spec broken after the page checked it is an error, not a crash', async () => {
    const store = newStore();
    const broken = { ...(spec() as object), harms: [{ id: 'h', kind: 'secret-exfiltrated', secret: 'nope' }] };
    await store.getState().runCustomScenario({ scenarioId: 'custom:contributing-leak', title: 't', explanation: '', spec: broken });
    expect(store.getState().panes['claude-code'].error).toContain('harms[0].secret: unknown secret "nope"');
  });
});

describe('scenario links', () => {
  it('round-trip through deflate-raw + base64url, and damaged ones say what is wrong', async () => {
    const text = JSON.stringify(pasteSiteLeak);
    const param = await encodeScenarioParam(text);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(text.length);
    expect(await decodeScenarioParam(param)).toEqual({ ok: true, text });
    expect(await decodeScenarioParam('not base64!')).toMatchObject({ ok: false, message: expect.stringContaining('base64url') });
    expect(await decodeScenarioParam(param.slice(0, 20))).toMatchObject({ ok: false, message: expect.stringContaining('damaged') });
    expect(takeScenarioParam('#v=1&scenario=abc&seed=2')).toEqual({ param: 'abc', rest: '#v=1&seed=2' });
  });

  it('opening a link runs the scenario and removes it from the address', async () => {
    const store = newStore();
    window.history.replaceState(null, '', `/#scenario=${await encodeScenarioParam(JSON.stringify(pasteSiteLeak))}`);
    render(<AuthoringEntry store={store} editor="plain" />);
    await waitFor(() => expect(screen.getByTestId('custom-scenario').textContent).toContain('A CONTRIBUTING file asks'), WAIT);
    expect(window.location.hash).toBe('');
    expect(store.getState().customScenario?.linkParam).toBe(await encodeScenarioParam(JSON.stringify(pasteSiteLeak)));
    expect(store.getState().panes.cowork.run).not.toBeNull();
    expect((await screen.findByTestId('authoring-text') as HTMLTextAreaElement).value).toBe(JSON.stringify(pasteSiteLeak));
  });

  it('a broken or invalid link becomes a notice naming the problem', async () => {
    const store = newStore();
    window.history.replaceState(null, '', '/#scenario=AAAA');
    render(<AuthoringEntry store={store} editor="plain" />);
    await waitFor(() => expect(store.getState().notices.join()).toMatch(/^Scenario link: /), WAIT);

    const invalid = { ...(spec() as object), products: { cowork: { original: 'nope' } } };
    window.history.replaceState(null, '', `/#scenario=${await encodeScenarioParam(JSON.stringify(invalid))}`);
    const other = newStore();
    render(<AuthoringEntry store={other} editor="plain" />);
    await waitFor(() => expect(other.getState().notices.join()).toContain('products.cowork.original: unknown preset "nope"'), WAIT);
    expect(other.getState().scenarioId).toBeNull();
  });
});
