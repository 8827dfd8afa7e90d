// A drawer under the timeline, like the Monte Carlo one. Its content (and the engine runs behind
// it) only loads once it is opened, so the first paint and a control toggle pay nothing for it.
import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../store/index.ts';

const ComparePanel = lazy(() => import('./ComparePanel.tsx'));

export function CompareDrawer() {
  const scenarioId = useAppStore((s) => s.scenarioId);
  const [open, setOpen] = useState(false);
  if (!scenarioId) return null;
  return (
    <details className="drawer cmp-drawer" data-testid="compare-drawer" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Compare: the three products, your settings against the defaults, friction against blast radius</summary>
      <p className="cmp-panes-note small muted">The product panes (and their controls) are below the comparison: scroll down to change a setting, then back up to see its effect.</p>
      {open && (
        <Suspense fallback={<p className="muted small">Loading the comparison…</p>}>
          <ComparePanel />
        </Suspense>
      )}
    </details>
  );
}
