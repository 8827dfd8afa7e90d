import { useAppStore } from '../store/index.ts';
import { ReviewLink } from '../review/ReviewRoute.tsx';
import { AttackLink } from '../attack/AttackRoute.tsx';
import { useAppView } from '../review/viewRoute.ts';
import { WorkspaceStatus } from '../files/WorkspaceStatus.tsx';

function EngineBadge() {
  const engine = useAppStore((s) => s.engine);
  if (engine.state === 'ready') {
    return <span className="badge badge-ok" data-testid="engine-status">Engine v{engine.hello.engineVersion} in {engine.hello.runtime === 'worker' ? 'Web Worker' : 'main thread'}</span>;
  }
  if (engine.state === 'failed') {
    return <span className="badge badge-bad" data-testid="engine-status" title={engine.reason}>Engine failed: {engine.reason} (reload the page to retry)</span>;
  }
  return <span className="badge" data-testid="engine-status">Starting engine…</span>;
}

function PresentToggle() {
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <button type="button" className="header-btn" data-testid="present-toggle" aria-pressed={mode === 'present'} onClick={() => setMode(mode === 'present' ? 'play' : 'present')}>
      {mode === 'present' ? 'Exit presenter' : 'Present'}
    </button>
  );
}

export function Header() {
  // Presenter mode steps through the playground; the review page has nothing to present.
  const reviewing = useAppView() !== 'play';
  return (
    <header className="app-header">
      <div className="brand">
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 32 32"><circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" strokeWidth="3" /><circle cx="16" cy="16" r="5" fill="#f97316" /></svg>
        <span className="brand-name">Containment Lab</span>
        <span className="brand-tag">see how containment caps an agent&apos;s blast radius</span>
      </div>
      <div className="header-status">
        <ReviewLink />
        <AttackLink />
        {!reviewing && <PresentToggle />}
        {!reviewing && <WorkspaceStatus compact />}
        <EngineBadge />
      </div>
    </header>
  );
}
