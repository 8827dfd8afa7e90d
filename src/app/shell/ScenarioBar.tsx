import { useState } from 'react';
import { useAppStore } from '../store/index.ts';

export function ScenarioBar() {
  const catalog = useAppStore((s) => s.catalog);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const seed = useAppStore((s) => s.seed);
  const worstCase = useAppStore((s) => s.worstCase);
  const selectScenario = useAppStore((s) => s.selectScenario);
  const setSeed = useAppStore((s) => s.setSeed);
  const setWorstCase = useAppStore((s) => s.setWorstCase);
  const current = catalog.find((c) => c.id === scenarioId);
  const custom = useAppStore((s) => s.customScenario);
  const [expanded, setExpanded] = useState(false);
  return (
    <section className="scenario-bar" aria-label="Scenario" data-testid="scenario-picker">
      <label className="field">
        <span className="field-label">Incident</span>
        <select
          value={scenarioId ?? ''} data-testid="scenario-select" disabled={catalog.length === 0}
          onChange={(e) => {
            // Another incident is free play: the lesson lets go of the panes.
            useAppStore.getState().leaveLesson({ fresh: true });
            void selectScenario(e.currentTarget.value || null).then(() => {
            // A presenter starts every incident at its beginning, paused.
            if (useAppStore.getState().mode === 'present') useAppStore.getState().presenterFirst();
            });
          }}
        >
          <option value="">{catalog.length === 0 ? 'Loading incidents…' : 'Choose an incident…'}</option>
          {catalog.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
          {custom && (
            <optgroup label="Your scenario">
              <option value={custom.scenarioId}>{custom.title}</option>
            </optgroup>
          )}
        </select>
      </label>
      <label className="field" title="Model-layer defenses are probabilistic. Worst case assumes they all miss; a seed samples them.">
        <span className="field-label">Model layer</span>
        <select value={worstCase ? 'worst' : 'sampled'} data-testid="worst-case" onChange={(e) => void setWorstCase(e.currentTarget.value === 'worst')}>
          <option value="worst">worst case: follows every injection</option>
          <option value="sampled">sampled with a seed</option>
        </select>
      </label>
      {!worstCase && (
        <label className="field">
          <span className="field-label">Seed</span>
          <input
            type="number" min={0} max={1000000} value={seed} className="seed-input" data-testid="seed-input"
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isSafeInteger(n) && n >= 0) void setSeed(n);
            }}
          />
        </label>
      )}
      {current && (
        <div className="scenario-about">
          <p className={`scenario-explanation${expanded ? ' expanded' : ''}`} data-testid="scenario-explanation">
            {current.explanation} <a href={current.source} target="_blank" rel="noreferrer">Source</a>
          </p>
          <button type="button" className="link-btn" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>{expanded ? 'less' : 'more'}</button>
        </div>
      )}
    </section>
  );
}
