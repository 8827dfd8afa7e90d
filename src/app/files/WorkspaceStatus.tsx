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

export function WorkspaceStatus({ boot = webContainerBoot }: { boot?: BootStore }) {
  const snapshot = useSyncExternalStore(boot.subscribe, boot.getSnapshot, boot.getSnapshot);
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    void boot.retry().finally(() => setRetrying(false));
  };
  return (
    <div className={`workspace-status workspace-status--${snapshot.state}`} data-testid="workspace-status" data-state={snapshot.state} role="status" aria-live="polite">
      <span>{statusText(snapshot)}</span>
      {snapshot.state === 'failed' && (
        <button type="button" onClick={retry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry WebContainer'}
        </button>
      )}
    </div>
  );
}
