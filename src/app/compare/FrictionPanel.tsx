// Runs the preset sweep (in the worker) for the chosen scope and draws it. On one incident the
// learner's own points come straight from the panes; over the catalog they are part of the batch.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import { PRODUCTS } from '../productInfo.ts';
import { useAppStore } from '../store/index.ts';
import { sweepKey, type SweepScope } from '../store/compareSlice.ts';
import type { ChartDatum } from './chartLayout.ts';
import { FrictionChart } from './FrictionChart.tsx';

export const productName = (p: ProductId) => PRODUCTS.find((i) => i.id === p)?.name ?? p;

export function FrictionPanel() {
  const s = useAppStore(useShallow((st) => ({
    scenarioId: st.scenarioId, customScenario: st.customScenario, seed: st.seed, worstCase: st.worstCase, fileEdits: st.fileEdits,
    profiles: st.profiles, answerers: st.answerers, catalog: st.catalog, panes: st.panes, sweep: st.sweep, scope: st.sweepScope,
  })));
  const setScope = useAppStore((st) => st.setSweepScope);
  const runSweep = useAppStore((st) => st.runSweep);
  const key = sweepKey(s, s.scope);
  // One incident is quick (a dozen runs), so it follows the settings; the catalog runs on request.
  const auto = s.scope === 'incident';
  useEffect(() => {
    if (auto) void runSweep();
  }, [auto, key, runSweep]);

  const sweep = s.sweep;
  const done = sweep.status === 'done' ? sweep : null;
  const stale = done !== null && done.key !== key;
  const points: ChartDatum[] = done
    ? [
      ...done.result.points.map((p) => ({
        product: p.product, preset: p.preset, current: p.current, prompts: p.prompts, realized: p.realized, reachable: p.reachable, open: p.open,
        contained: p.contained, promptOnly: p.promptOnly, notApplicable: p.notApplicable, runs: p.runs,
      })),
      ...(s.scope === 'incident' && !stale
        ? PRODUCT_IDS.flatMap((p) => {
          const run = s.panes[p].run;
          return run?.blast
            ? [{
              product: p, preset: 'current', current: true, prompts: run.prompts, realized: run.blast.realized, reachable: run.blast.reachable,
              open: run.blast.reachable - (run.blast.behindPrompt ?? 0), contained: run.contained ? 1 : 0,
              promptOnly: run.judgement.status === 'prompt-only' ? 1 : 0, notApplicable: run.judgement.status === 'not-applicable' ? 1 : 0, runs: 1,
            }]
            : [];
        })
        : []),
    ]
    : [];
  const incidents = done?.result.scenarioIds.length ?? s.catalog.length;
  const scopeText = s.scope === 'incident' ? `on ${s.customScenario?.scenarioId === s.scenarioId ? s.customScenario.title : s.scenarioId}` : `mean per incident over ${incidents} incidents`;
  const choose = (scope: SweepScope) => {
    setScope(scope);
    void runSweep();
  };

  return (
    <section className="fc-wrap" aria-label="Friction against blast radius">
      <div className="fc-head">
        <fieldset className="fc-scope">
          <legend className="sr-only">Which incidents</legend>
          <label><input type="radio" name="fc-scope" checked={s.scope === 'incident'} onChange={() => choose('incident')} data-testid="fc-scope-incident" /> This incident</label>
          <label><input type="radio" name="fc-scope" checked={s.scope === 'catalog'} onChange={() => choose('catalog')} data-testid="fc-scope-catalog" /> All {s.catalog.length} incidents (mean)</label>
        </fieldset>
        {sweep.status === 'running' && (
          <span className="fc-progress">
            <progress max={Math.max(1, sweep.total)} value={sweep.done} aria-label="Preset sweep progress" /> <span className="small">{sweep.done} / {sweep.total} runs</span>
          </span>
        )}
        {stale && sweep.status !== 'running' && (
          <span className="small warn-text">Settings changed since this chart was computed.{' '}
            <button type="button" className="btn" onClick={() => void runSweep({ force: true })} data-testid="fc-recompute">Recompute</button>
          </span>
        )}
        <p className="hint small">Each point is one preset from the engine, run with the same seed and prompt answerers as the panes. Lower and further left is better: less damage for fewer prompts.</p>
      </div>
      {sweep.status === 'error' && <p className="error small" role="alert">The sweep failed: {sweep.message}. Change the scope or reload to try again.</p>}
      {done ? (
        <div className={stale ? 'mc-stale' : ''}>
          <FrictionChart data={points} productName={productName} scopeText={scopeText} />
        </div>
      ) : sweep.status !== 'error' && <p className="muted small">Running every preset…</p>}
    </section>
  );
}
