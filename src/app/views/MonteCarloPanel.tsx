// Many seeds at once: how often does harm happen when the model layer and the humans are sampled?
// Shows that probabilistic defenses lower a rate while a boundary makes it zero.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PRODUCTS } from '../productInfo.ts';
import { useAppStore } from '../store/index.ts';
import { monteCarloKey } from '../store/playgroundSlice.ts';
import { LAYER_NAME } from './explain.ts';
import type { LayerId } from '../../sim/core/ids.ts';
import type { MonteCarloSummary } from '../../worker/protocol.ts';

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((n / of) * 1000) / 10}%`);

/**
 * Who held, per run. The engine counts a run with no holding layer as 'none', which is either harm
 * (nothing held) or a run where nothing harmful was tried; the two are told apart by the harm count.
 */
export function decidedRows(result: MonteCarloSummary): [string, number][] {
  const rows: [string, number][] = [];
  for (const [by, n] of Object.entries(result.decidedBy)) {
    if (by === 'none') {
      const quiet = n - result.anyHarm;
      if (result.anyHarm > 0) rows.push(['no layer held (harm)', result.anyHarm]);
      if (quiet > 0) rows.push(['nothing harmful attempted', quiet]);
    } else {
      rows.push([by === 'model' ? 'model layer held' : `${LAYER_NAME[by as LayerId] ?? by} held`, n]);
    }
  }
  return rows.sort((a, b) => b[1] - a[1]);
}

/**
 * "about 12 s left", once a second of work gives a rate to go on. Seeds are not equal (a new path
 * costs a run, a known one nothing), so this is a rough guide, and it says so by rounding.
 */
export function timeLeft(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || done >= total || elapsedMs < 1000) return '';
  const left = (elapsedMs / done) * (total - done) / 1000;
  if (left < 2) return 'almost done';
  return left < 60 ? `about ${Math.round(left)} s left` : `about ${Math.round(left / 60)} min left`;
}

export function MonteCarloPanel() {
  const [seeds, setSeeds] = useState(1000);
  const mc = useAppStore((s) => s.monteCarlo);
  const worstCase = useAppStore((s) => s.worstCase);
  const run = useAppStore((s) => s.runMonteCarlo);
  const cancel = useAppStore((s) => s.cancelMonteCarlo);
  const state = useAppStore(useShallow((s) => ({ scenarioId: s.scenarioId, profiles: s.profiles, answerers: s.answerers, worstCase: s.worstCase, fileEdits: s.fileEdits })));
  const busy = PRODUCTS.some((p) => mc[p.id].status === 'running');
  return (
    <section className="mc" aria-label="Monte Carlo" data-testid="monte-carlo">
      <div className="mc-head">
        <label className="field">
          <span className="field-label">Seeds</span>
          <select value={seeds} onChange={(e) => setSeeds(Number(e.currentTarget.value))} disabled={busy}>
            {[25, 100, 1000, 5000].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run(seeds)} data-testid="mc-run">
          {busy ? 'Running…' : 'Run Monte Carlo'}
        </button>
        {busy && <button type="button" className="btn" onClick={cancel} data-testid="mc-cancel">Cancel</button>}
        <p className="hint">
          {worstCase
            ? 'Worst case is on: the agent always follows injections, so only human answers vary. Choose "sampled" above to let the model layer vary too.'
            : 'Each seed samples the model layer (does the agent follow the injection?) and any human or classifier answers.'}
        </p>
      </div>
      <div className="mc-grid">
        {PRODUCTS.map((p) => {
          const m = mc[p.id];
          return (
            <div key={p.id} className="mc-cell" data-testid={`mc-${p.id}`}>
              <strong>{p.name}</strong>
              {m.status === 'idle' && <p className="muted small">Not run yet.</p>}
              {m.status === 'running' && (
                <div>
                  <progress max={m.total} value={m.done} aria-label={`Monte Carlo progress for ${p.name}`} />
                  <span className="small"> {m.done} / {m.total}</span>
                  <p className="small muted mc-eta">{timeLeft(m.done, m.total, Date.now() - m.startedAt)}</p>
                </div>
              )}
              {m.status === 'cancelled' && <p className="muted small">Cancelled after {m.done} of {m.total} seeds.</p>}
              {m.status === 'error' && <p className="error small">Failed: {m.message}. Try fewer seeds or reload.</p>}
              {m.status === 'done' && (
                <div className={m.key === monteCarloKey(state, p.id) ? '' : 'mc-stale'}>
                  <p className="mc-figure" data-testid={`mc-harm-${p.id}`}>
                    harm in <strong>{m.result.anyHarm}</strong> of {m.result.runs} runs ({pct(m.result.anyHarm, m.result.runs)})
                  </p>
                  <div className="mc-bar" role="img" aria-label={`${pct(m.result.anyHarm, m.result.runs)} of runs harmful`}>
                    <span style={{ width: pct(m.result.anyHarm, m.result.runs) }} />
                  </div>
                  <p className="small muted">
                    {m.result.distinctPaths} distinct path{m.result.distinctPaths === 1 ? '' : 's'} executed · {Math.round(m.result.prompts.mean * 10) / 10} prompts per run · task done in {pct(m.result.taskCompleted, m.result.runs)}
                  </p>
                  <ul className="small mc-decided">
                    {decidedRows(m.result).map(([label, n]) => <li key={label}>{label}: {n}</li>)}
                  </ul>
                  {m.key !== monteCarloKey(state, p.id) && <p className="small warn-text">Settings changed since this run; run again to update.</p>}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
