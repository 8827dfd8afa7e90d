// The playground's way into scenario authoring: a button that opens the editor (a lazy chunk with
// the compiler and Monaco), the title of the authored scenario while it is the one running, and the
// reader of `#scenario=` share links. Only this small file is in the first-load bundle.
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from '../store/index.ts';
import type { CustomScenario } from '../store/playgroundSlice.ts';
import { decodeScenarioParam, encodeScenarioParam, takeScenarioParam } from './scenarioLink.ts';

const AuthoringPanel = lazy(() => import('./AuthoringPanel.tsx'));

type Store = typeof useAppStore;

function catalogLoaded(store: Store): Promise<void> {
  if (store.getState().catalog.length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.subscribe((s) => {
      if (s.catalog.length === 0) return;
      stop();
      resolve();
    });
  });
}

/**
 * Reads a `#scenario=` link once, before the share-state sync sees the hash (this effect runs before
 * the App's), removes it from the address, validates it and runs it once the incident catalog (and
 * with it the link sync) has settled. A broken link becomes a notice.
 */
async function openScenarioLink(store: Store, show: (text: string) => void): Promise<void> {
  const { param, rest } = takeScenarioParam(window.location.hash);
  if (param === null) return;
  window.history.replaceState(null, '', rest === '' ? `${window.location.pathname}${window.location.search}` : rest);
  const decoded = await decodeScenarioParam(param);
  if (!decoded.ok) {
    store.getState().addNotices([`Scenario link: ${decoded.message}`]);
    return;
  }
  show(decoded.text);
  const { compileScenarioText, describeProblem } = await import('../../sim/authoring/compile.ts');
  const result = compileScenarioText(decoded.text);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more, listed in the editor)` : '';
    store.getState().addNotices([`Scenario link: not a valid scenario: ${result.errors[0] ? describeProblem(result.errors[0]) : 'invalid'}${more}`]);
    return;
  }
  await catalogLoaded(store);
  // Let the share sync apply the (now scenario-free) hash first, so it does not reset this run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await store.getState().runCustomScenario({
    scenarioId: `custom:${result.spec.id}`, title: result.spec.title, explanation: result.spec.explanation, spec: JSON.parse(decoded.text) as unknown, linkParam: param,
  });
}

export function AuthoringEntry({ store = useAppStore, editor = 'monaco' }: { store?: Store; editor?: 'monaco' | 'plain' }) {
  const [open, setOpen] = useState(false);
  // Once opened the panel stays mounted (hidden when closed) so the draft survives closing it.
  const [mounted, setMounted] = useState(false);
  const [initialText, setInitialText] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const custom = store((s) => (s.customScenario && s.scenarioId === s.customScenario.scenarioId ? s.customScenario : null));
  const runCustomScenario = store((s) => s.runCustomScenario);

  useEffect(() => {
    void openScenarioLink(store, (text) => {
      setInitialText(text);
      setGeneration((g) => g + 1);
      setMounted(true);
      setOpen(true);
    });
  }, [store]);

  // Running shows the panes: the editor folds away and the banner offers it back.
  const run = async (c: CustomScenario) => {
    store.getState().leaveLesson({ fresh: true });
    await runCustomScenario({ ...c, linkParam: await encodeScenarioParam(JSON.stringify(c.spec)) });
    setOpen(false);
  };
  const toggle = () => {
    setMounted(true);
    setOpen(!open);
  };
  return (
    <section className="authoring-entry" aria-label="Your own scenario">
      <button type="button" className="btn" data-testid="authoring-open" aria-expanded={open} onClick={toggle}>
        {open ? 'Hide the scenario editor' : 'Write your own scenario'}
      </button>
      {custom && (
        <div className="custom-scenario" data-testid="custom-scenario">
          <strong>{custom.title}</strong> <span>(your scenario)</span>
          {custom.explanation !== '' && <p>{custom.explanation}</p>}
        </div>
      )}
      {mounted && (
        <div hidden={!open}>
          <PanelBoundary>
            <Suspense fallback={<p role="status">Loading the scenario editor…</p>}>
              <AuthoringPanel key={generation} initialText={initialText} editor={editor} onRun={run} onClose={() => setOpen(false)} />
            </Suspense>
          </PanelBoundary>
        </div>
      )}
    </section>
  );
}

class PanelBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <p role="alert">The scenario editor could not load (offline?). Reload to try again.</p> : this.props.children;
  }
}
