// Which backend the worlds live on, always visible, so a learner is never unsure whether the agent
// is acting on a WebContainer or on the in-memory fallback.
import { useState, useSyncExternalStore } from 'react';
import { webContainerBoot, type BootSnapshot, type BootStore } from '../../workspace/boot.ts';
import './files.css';

export function statusText(snapshot: BootSnapshot): string {
  switch (snapshot.state) {
    case 'ready': return 'WebContainer workspace: the agent acts on a real in-browser filesystem';
    case 'booting': return 'Starting WebContainer… the in-memory workspace is in use meanwhile';
    case 'failed': return `In-memory workspace (WebContainer unavailable: ${snapshot.reason ?? 'unknown reason'})`;
    case 'memory': return `In-memory workspace (${snapshot.reason ?? 'WebContainer not started'})`;
  }
}

/** A few words for a crowded header; the full sentence goes in the tooltip and to screen readers. */
export function shortStatusText(snapshot: BootSnapshot): string {
  switch (snapshot.state) {
    case 'ready': return 'Workspace: WebContainer';
    case 'booting': return 'Workspace: starting WebContainer…';
    case 'failed': return 'Workspace: in memory (no WebContainer)';
    case 'memory': return 'Workspace: in memory';
  }
}

export function WorkspaceStatus({ boot = webContainerBoot, compact = false }: { boot?: BootStore; compact?: boolean }) {
  const snapshot = useSyncExternalStore(boot.subscribe, boot.getSnapshot, boot.getSnapshot);
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    void boot.retry().finally(() => setRetrying(false));
  };
  return (
    <div className={`workspace-status workspace-status--${snapshot.state}`} data-testid="workspace-status" data-state={snapshot.state} role="status" aria-live="polite">
      {compact ? (
        <span title={statusText(snapshot)}>
          <span aria-hidden="true">{shortStatusText(snapshot)}</span>
          <span className="visually-hidden">{statusText(snapshot)}</span>
        </span>
      ) : <span>{statusText(snapshot)}</span>}
      {snapshot.state === 'failed' && (
        <button type="button" onClick={retry} disabled={retrying} aria-label="Retry WebContainer">
          {retrying ? 'Retrying…' : compact ? 'Retry' : 'Retry WebContainer'}
        </button>
      )}
    </div>
  );
}
