// The comparison drawer's content: the three products against each other and against their shipped
// defaults, and the friction / blast-radius chart. Loaded on first open (see CompareDrawer).
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PRODUCTS } from '../productInfo.ts';
import { useAppStore } from '../store/index.ts';
import { defaultsKey } from '../store/compareSlice.ts';
import { Tabs } from '../shell/Tabs.tsx';
import { comparisonMax, ProductColumn } from './ProductComparison.tsx';
import { FrictionPanel } from './FrictionPanel.tsx';
import './compare.css';

function ProductsSideBySide() {
  const s = useAppStore(useShallow((st) => ({
    scenarioId: st.scenarioId, customScenario: st.customScenario, seed: st.seed, worstCase: st.worstCase, catalog: st.catalog, fileEdits: st.fileEdits,
    profiles: st.profiles, answerers: st.answerers, panes: st.panes, defaults: st.compareDefaults,
  })));
  const runDefaults = useAppStore((st) => st.runDefaults);
  const key = defaultsKey(s);
  useEffect(() => { void runDefaults(); }, [key, runDefaults]);
  const max = comparisonMax(PRODUCTS.flatMap((p) => {
    const d = s.defaults[p.id];
    return [s.panes[p.id].run, d.status === 'done' ? d.run : null];
  }));
  return (
    <div>
      <p className="hint small">All bars share one scale per score. Each product is also run with its shipped defaults (same incident and seed); what your settings change is highlighted.</p>
      <div className="cmp-grid">
        {PRODUCTS.map((p) => (
          <ProductColumn key={p.id} product={p} run={s.panes[p.id].run} defaults={s.defaults[p.id]} profile={s.profiles[p.id]} answerer={s.answerers[p.id]} max={max} />
        ))}
      </div>
    </div>
  );
}

export default function ComparePanel() {
  return (
    <div className="cmp" data-testid="compare-panel">
      <Tabs
        testIdPrefix="compare"
        tabs={[
          { id: 'products', label: 'Products and defaults', content: () => <ProductsSideBySide /> },
          { id: 'friction', label: 'Friction vs blast radius', content: () => <FrictionPanel /> },
        ]}
      />
    </div>
  );
}
