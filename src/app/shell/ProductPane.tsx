// One product's column: verdict, live approval, blast radius, and tabs for what happened
// (activity, network, approvals) and the product's controls.
import { useAppStore } from '../store/index.ts';
import { isControlChanged } from '../store/playgroundSlice.ts';
import { PRODUCTS, type ProductInfo } from '../productInfo.ts';
import { controlsFor } from '../controls/controlTable.ts';
import { ControlsPanel } from '../controls/ControlsPanel.tsx';
import { Outcome } from '../views/Outcome.tsx';
import { BlastRadius } from '../views/BlastRadius.tsx';
import { EventList } from '../views/EventList.tsx';
import { NetworkLog } from '../views/NetworkLog.tsx';
import { ApprovalQueue } from '../views/ApprovalQueue.tsx';
import { Transcript } from '../views/Transcript.tsx';
import { LAYER_NAME } from '../views/explain.ts';
import { foldLog } from '../../sim/core/fold.ts';
import { getAtPath } from '../../sim/profile/controlPath.ts';
import type { LayerId } from '../../sim/core/ids.ts';
import { Tabs } from './Tabs.tsx';
// Files and Terminal bring the workspace backends and a shell interpreter: loaded on first open.
const PaneFiles = lazy(() => import('../files/PaneFiles.tsx').then((m) => ({ default: m.PaneFiles })));
const PaneTerminal = lazy(() => import('../terminal/PaneTerminal.tsx').then((m) => ({ default: m.PaneTerminal })));
const loadingTab = <p className="muted">Loading…</p>;
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { visibleEvents } from '../views/visibility.ts';

const NOTHING_UNLOCKED: ReadonlySet<string> = new Set();

/** The transcript's size for a room: 24 px on a wide (projector) screen, 18 px below 1600 px. */
function useRoomFont(): number {
  const query = '(min-width: 1600px)';
  const [wide, setWide] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(query).matches === true);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setWide(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return wide ? 24 : 18;
}

function decidedByText(decidedBy: string | null): string | null {
  if (!decidedBy) return null;
  if (decidedBy === 'model') return 'the model layer (probabilistic)';
  return LAYER_NAME[decidedBy as LayerId] ?? decidedBy;
}

/** `index`: the pane's place in the playground; with it, the header offers to swap the product shown there. */
export function ProductPane({ product, unlocked, index }: { product: ProductInfo; unlocked?: ReadonlySet<string> | null; index?: number }) {
  const id = product.id;
  const showProduct = useAppStore((s) => s.showProduct);
  const pane = useAppStore((s) => s.panes[id]);
  const profile = useAppStore((s) => s.profiles[id]);
  const answerer = useAppStore((s) => s.answerers[id]);
  const step = useAppStore((s) => s.step);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const setControl = useAppStore((s) => s.setControl);
  const resetControl = useAppStore((s) => s.resetControl);
  const answer = useAppStore((s) => s.answer);
  const phase = useAppStore((s) => s.phase);
  const mode = useAppStore((s) => s.mode);
  const controlsRevealed = useAppStore((s) => s.controlsRevealed);
  const lessonDriving = useAppStore((s) => s.lessonDriving);
  const leaveLesson = useAppStore((s) => s.leaveLesson);
  const editedPaths = useAppStore(useShallow((s) => Object.keys(s.fileEdits[id])));
  const run = pane.run;
  // While presenting, the verdict waits for the last step so the room can guess first (and so do the
  // set-up's decisions, which would tell it in advance).
  const verdictHidden = mode === 'present' && run !== null && (step < run.maxStep || phase === 'ask');
  const shown = useMemo(() => (run ? visibleEvents(run.log, step, phase, verdictHidden) : []), [run, step, phase, verdictHidden]);
  const view = useMemo(() => (run ? foldLog(shown) : null), [run, shown]);
  const showControls = mode !== 'present' || controlsRevealed;
  const headingId = `pane-title-${id}`;
  const roomFont = useRoomFont();

  const locked = lessonDriving !== null ? NOTHING_UNLOCKED : unlocked;
  const controls = (
    <>
    {lessonDriving !== null && (
      <p className="lesson-lock" data-testid={`lesson-lock-${id}`}>
        The lesson <strong>{lessonDriving}</strong> sets these controls; change them in the lesson panel, where its goal is checked.{' '}
        <button type="button" className="link-btn" onClick={() => leaveLesson()}>Unlock for free play</button>
      </p>
    )}
    <ControlsPanel
      product={id} controls={controlsFor(id)} unlocked={locked}
      value={(path) => (path === 'run.answerer' ? answerer : getAtPath(profile, path))}
      isChanged={(path) => (path === 'run.answerer' ? false : isControlChanged(profile, id, path))}
      onChange={(path, value) => void setControl(id, path, value)}
      onReset={(path) => void resetControl(id, path)}
    />
    </>
  );

  return (
    <section className="pane" data-testid={`pane-${id}`} aria-labelledby={headingId} aria-busy={pane.running} data-runs={pane.completed}>
      <header className="pane-header">
        <h2 id={headingId}>{product.name}</h2>
        <span className="pane-pattern">{product.pattern}</span>
        {index !== undefined && mode !== 'present' && (
          <label className="pane-swap">
            <span>Pane shows</span>
            <select value={id} onChange={(e) => void showProduct(index, e.target.value as ProductInfo['id'])} data-testid={`pane-swap-${index}`}>
              {PRODUCTS.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
      </header>
      {!scenarioId ? (
        <>
          <p className="pane-summary">{product.summary}</p>
          <div className="pane-body">{showControls ? controls : null}</div>
        </>
      ) : (
        <div className="pane-body">
          {pane.error && <p className="error" role="alert">The engine could not run this product: {pane.error}. Change a control or reload to try again.</p>}
          {run ? (
            <>
              {verdictHidden ? (
                <div className="outcome outcome-hidden" aria-live="polite"><strong className="outcome-verdict">verdict after the last step</strong></div>
              ) : <Outcome
                key={pane.flips} product={id} judgement={run.judgement} layerName={decidedByText}
                prompts={run.prompts} taskCompleted={run.taskCompleted} changed={pane.flips > 0}
                awaiting={run.status === 'awaiting-approval'}
              />}
              {run.stopped && (
                <p className="error" role="alert" data-testid={`stopped-${id}`}>
                  The engine {run.stopped}; the verdict covers only the events before the stop.
                </p>
              )}
              {editedPaths.length > 0 && (
                <p className="pane-edited" data-testid={`edited-${id}`} title={editedPaths.join('\n')}>
                  Runs on an edited world: {editedPaths.map((p) => p.slice(p.lastIndexOf('/') + 1)).join(', ')} (see Files).
                </p>
              )}
              {run.pending && (
                <ApprovalQueue product={id} pending={run.pending} history={[]} onAnswer={(approved) => void answer(id, approved)} />
              )}
              {run.blast && !verdictHidden && <BlastRadius product={id} assets={run.blast.assets} reachableScore={run.blast.reachable} realizedScore={run.blast.realized} promptScore={run.blast.behindPrompt} maximum={run.blast.maximum} fill={mode === 'present'} explain={mode !== 'present'} />}
              <Tabs
                testIdPrefix={`pane-${id}`}
                tabs={[
                  { id: 'activity', label: 'Activity', content: () => (<><Transcript events={shown} step={step} product={id} {...(mode === 'present' ? { fontSize: roomFont } : {})} /><EventList events={shown} product={id} currentStep={step} /></>) },
                  { id: 'network', label: `Network (${view?.network.length ?? 0})`, content: () => <NetworkLog entries={view?.network ?? []} product={id} /> },
                  { id: 'approvals', label: `Prompts (${view?.approvals.length ?? 0})`, content: () => <ApprovalQueue product={id} history={view?.approvals ?? []} /> },
                  ...(showControls ? [{ id: 'controls', label: 'Controls', content: () => controls }] : []),
                  ...(mode !== 'present' ? [
                    { id: 'files', label: 'Files', content: () => <Suspense fallback={loadingTab}><PaneFiles product={id} label={`${product.name} world files`} /></Suspense> },
                    { id: 'terminal', label: 'Terminal', content: () => <Suspense fallback={loadingTab}><PaneTerminal product={id} /></Suspense> },
                  ] : []),
                ]}
              />
            </>
          ) : (
            <p className="muted">{pane.running ? 'Running…' : 'Waiting for the engine…'}</p>
          )}
        </div>
      )}
    </section>
  );
}
