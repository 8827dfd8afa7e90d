// The trainer's bar in presenter mode: where we are, the "what happens next?" pause, and the
// attendee link that opens everyone on the same scenario, settings, step and pause (in presenter
// mode too, so an attendee sees what the room sees, with one click to free play). With no incident
// open it offers the incident list.
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/index.ts';
import { maxStepOf } from '../store/playgroundSlice.ts';
import { stateToHash } from '../share/shareSync.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

export function usePresenterKeys() {
  const mode = useAppStore((s) => s.mode);
  useEffect(() => {
    if (mode !== 'present') return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const s = useAppStore.getState();
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') {
        e.preventDefault();
        s.presenterNext();
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        s.presenterBack();
      } else if (e.key === 'Home') {
        e.preventDefault();
        s.presenterFirst();
      } else if (e.key === 'End') {
        e.preventDefault();
        s.presenterLast();
      } else if (e.key === 'c') {
        s.setControlsRevealed(!s.controlsRevealed);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode]);
}

export function PresenterBar() {
  const step = useAppStore((s) => s.step);
  const phase = useAppStore((s) => s.phase);
  const maxStep = useAppStore((s) => maxStepOf(s.panes));
  const controlsRevealed = useAppStore((s) => s.controlsRevealed);
  const next = useAppStore((s) => s.presenterNext);
  const back = useAppStore((s) => s.presenterBack);
  const setControlsRevealed = useAppStore((s) => s.setControlsRevealed);
  const setMode = useAppStore((s) => s.setMode);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const catalog = useAppStore((s) => s.catalog);
  const [copied, setCopied] = useState<string | null>(null);

  const attendeeLink = () => {
    const s = useAppStore.getState();
    return `${window.location.origin}${window.location.pathname}${stateToHash(s)}`;
  };
  const leave = <button type="button" className="btn" onClick={() => setMode('play')} data-testid="presenter-exit">Leave for free play</button>;

  if (!scenarioId) {
    return (
      <section className="presenter-bar presenter-pick" aria-label="Presenter" data-testid="presenter-bar">
        <h2 className="presenter-question">Which incident will you present?</h2>
        <ul className="presenter-incidents" data-testid="presenter-incidents">
          {catalog.map((c) => (
            <li key={c.id}>
              <button type="button" className="btn" onClick={() => void useAppStore.getState().selectScenario(c.id).then(() => useAppStore.getState().presenterFirst())}>{c.title}</button>
            </li>
          ))}
        </ul>
        {catalog.length === 0 && <p role="status">Loading incidents…</p>}
        <div className="presenter-actions">{leave}</div>
      </section>
    );
  }

  return (
    <section className="presenter-bar" aria-label="Presenter" data-testid="presenter-bar">
      <div className="presenter-position" data-testid="presenter-position">Step {step} of {maxStep}</div>
      <p className="presenter-question" aria-live="assertive" data-testid="presenter-question">
        {phase === 'ask' ? 'What happens next? Which layer, if any, stops this?' : step >= maxStep ? 'Verdict: see each product below.' : 'Press → or Space for the next step.'}
      </p>
      <div className="presenter-actions">
        <button type="button" className="btn" onClick={() => useAppStore.getState().presenterFirst()} aria-label="First step (Home)">⇤ Start</button>
        <button type="button" className="btn" onClick={back} aria-label="Back (Left arrow)">← Back</button>
        <button type="button" className="btn btn-primary" onClick={next} aria-label="Next (Right arrow or Space)" data-testid="presenter-next">{phase === 'ask' ? 'Reveal' : 'Next'} →</button>
        <button type="button" className="btn" onClick={() => useAppStore.getState().presenterLast()} aria-label="Last step with every verdict (End)">End ⇥</button>
        <button type="button" className="btn" aria-pressed={controlsRevealed} onClick={() => setControlsRevealed(!controlsRevealed)} data-testid="reveal-controls">
          {controlsRevealed ? 'Hide controls' : 'Show controls'} (c)
        </button>
        <button
          type="button" className="btn"
          onClick={() => {
            const link = attendeeLink();
            navigator.clipboard?.writeText(link).then(() => setCopied('Attendee link copied'), () => setCopied(link));
          }}
        >Copy attendee link</button>
        {leave}
      </div>
      {copied && <p className="small" role="status" data-testid="attendee-link">{copied}</p>}
    </section>
  );
}
