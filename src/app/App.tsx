import { lazy, Suspense, useEffect } from 'react';
import { PRODUCTS, type ProductInfo } from './productInfo.ts';
import { Header } from './shell/Header.tsx';
import { ScenarioBar } from './shell/ScenarioBar.tsx';
import { ProductPane } from './shell/ProductPane.tsx';
import { Notices } from './shell/Notices.tsx';
import { Timeline } from './views/Timeline.tsx';
import { MonteCarloPanel } from './views/MonteCarloPanel.tsx';
import { useAppStore } from './store/index.ts';
import { useShallow } from 'zustand/react/shallow';
import { maxStepOf } from './store/playgroundSlice.ts';
import { getEngine } from '../worker/connect.ts';
import { startShareSync } from './share/shareSync.ts';
import { PresenterBar, usePresenterKeys } from './shell/PresenterBar.tsx';
import { AuthoringEntry } from './authoring/AuthoringEntry.tsx';
import { CompareDrawer } from './compare/CompareDrawer.tsx';
import { useAppView } from './review/viewRoute.ts';
import { ReviewRoute } from './review/ReviewRoute.tsx';
import { AttackRoute } from './attack/AttackRoute.tsx';

// The curriculum (its text and the profile validation it brings) loads after first paint.
const ConnectedLessons = lazy(() => import('./lessons/ConnectedLessons.tsx').then((m) => ({ default: m.ConnectedLessons })));
const lessonsLoading = (
  <aside className="lesson-sidebar" aria-label="Lessons" aria-busy="true"><p className="muted">Loading lessons…</p></aside>
);

function useEngineHandshake() {
  const setEngineStatus = useAppStore((s) => s.setEngineStatus);
  const setCatalog = useAppStore((s) => s.setCatalog);
  useEffect(() => {
    let live = true;
    const engine = getEngine();
    Promise.all([engine.call('hello', []), engine.call('catalog', [])]).then(
      ([hello, catalog]) => {
        if (!live) return;
        setEngineStatus({ state: 'ready', hello });
        setCatalog(catalog);
      },
      (error: unknown) => live && setEngineStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => { live = false; };
  }, [setEngineStatus, setCatalog]);
}

function MonteCarloDrawer() {
  const scenarioId = useAppStore((s) => s.scenarioId);
  if (!scenarioId) return null;
  return (
    <details className="drawer" data-testid="mc-drawer">
      <summary>Monte Carlo: how often does it happen over many seeds?</summary>
      <MonteCarloPanel />
    </details>
  );
}

function PlaygroundTimeline() {
  const scenarioId = useAppStore((s) => s.scenarioId);
  const step = useAppStore((s) => s.step);
  const playing = useAppStore((s) => s.playing);
  const maxStep = useAppStore((s) => maxStepOf(s.panes));
  const seek = useAppStore((s) => s.seek);
  const setPlaying = useAppStore((s) => s.setPlaying);
  if (!scenarioId) return null;
  return <Timeline step={step} maxStep={maxStep} playing={playing} onSeek={seek} onPlayingChange={setPlaying} />;
}

/**
 * Skip links move focus without touching the URL: the hash carries the share state, and a
 * `#panes` there would be read as a link to apply.
 */
const skipTo = (id: string) => (e: { preventDefault(): void }) => {
  e.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'start' });
};

export function App() {
  useEngineHandshake();
  const view = useAppView();
  const shown = useAppStore(useShallow((s) => s.shown));
  // The review and attack pages have no playground state to mirror into the hash; the sync restarts on return.
  useEffect(() => (view !== 'play' ? undefined : startShareSync(useAppStore)), [view]);
  usePresenterKeys();
  const presenting = useAppStore((s) => s.mode === 'present');
  return (
    <div className={`app${presenting ? ' mode-present' : ''}`}>
      {view === 'play' && (
        <nav className="skip-links" aria-label="Skip links">
          <a href="#panes" onClick={skipTo('panes')}>Skip to the product panes</a>
          {!presenting && <a href="#lesson" onClick={skipTo('lesson')}>Skip to the lesson</a>}
        </nav>
      )}
      <Header />
      {view === 'review' ? <ReviewRoute /> : view === 'attack' ? <AttackRoute /> : <div className="app-main">
        <main className="workbench">
          <Notices />
          <ScenarioBar />
          {!presenting && <AuthoringEntry />}
          {presenting ? <PresenterBar /> : <><PlaygroundTimeline /><MonteCarloDrawer /><CompareDrawer /></>}
          <div className="panes" id="panes" tabIndex={-1} aria-label="Product panes" role="region">
            {shown.map((id, i) => <ProductPane key={id} product={PRODUCTS.find((p) => p.id === id) ?? (PRODUCTS[0] as ProductInfo)} index={i} />)}
          </div>
        </main>
        {!presenting && <Suspense fallback={lessonsLoading}><ConnectedLessons /></Suspense>}
      </div>}
    </div>
  );
}
