// The three products side by side on one scale, each with the learner's settings set against the
// product's shipped defaults: scores, verdict, prompts, task, which controls differ and which
// assets changed their mark. Both runs come from the engine (the defaults one via the compare slice).
import type { ProductId } from '../../sim/core/ids.ts';
import type { PaneAsset, PaneRun } from '../../worker/protocol.ts';
import type { ProductInfo } from '../productInfo.ts';
import { assetChanges, assetsByZone, controlChanges, runDelta, sharedMax, signed } from './compareModel.ts';
import type { AnswererKind } from '../../sim/core/events.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import type { DefaultsState } from '../store/compareSlice.ts';

const ZONE_LABEL: Record<PaneAsset['zone'], string> = {
  workspace: 'Workspace', home: 'Home dir', 'host-secrets': 'Host secrets', internal: 'Internal services', internet: 'Internet',
};
const MARK_LABEL: Record<PaneAsset['mark'], string> = { unreachable: 'out of reach', reachable: 'reachable', touched: 'touched', exfiltrated: 'exfiltrated' };
const MARK_GLYPH: Record<PaneAsset['mark'], string> = { unreachable: '\u25cb', reachable: '\u25d4', touched: '\u25a0', exfiltrated: '\u2716' };

function Bar({ value, max, kind, label, testId }: { value: number; max: number; kind: 'current' | 'default'; label: string; testId: string }) {
  return (
    <div className={`cmp-bar-row cmp-bar-${kind}`}>
      <span className="cmp-bar-label">{label}</span>
      <span className="cmp-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, (value / max) * 100)}%` }} /></span>
      <strong className="cmp-bar-value" data-testid={testId}>{value}</strong>
    </div>
  );
}

/** Reachable as one bar, open drawn inside it: solid for no prompt needed, hatched for behind a prompt. */
function ReachBar({ run, max, kind, label, testId }: { run: PaneRun; max: number; kind: 'current' | 'default'; label: string; testId: string }) {
  const reachable = run.blast?.reachable ?? 0;
  const prompt = run.blast?.behindPrompt ?? 0;
  const open = reachable - prompt;
  const pct = (v: number) => `${Math.min(100, (v / max) * 100)}%`;
  return (
    <div className={`cmp-bar-row cmp-bar-${kind}`}>
      <span className="cmp-bar-label">{label}</span>
      <span className="cmp-bar cmp-reach" aria-hidden="true">
        <span className="cmp-reach-open" style={{ width: pct(open) }} />
        <span className="cmp-reach-prompt" style={{ width: pct(prompt) }} />
      </span>
      <strong className="cmp-bar-value" data-testid={testId}>{reachable}</strong>
      <span className="cmp-reach-split small" data-testid={`${testId}-split`}>open {open} + behind a prompt {prompt}</span>
    </div>
  );
}

function verdictText(run: PaneRun): string {
  if (run.status === 'awaiting-approval') return 'awaiting approval';
  switch (run.judgement.status) {
    case 'contained': return 'contained';
    case 'not-applicable': return 'not applicable';
    case 'prompt-only': return 'not contained (only a prompt held)';
    case 'not-contained': return 'not contained';
  }
}

export interface ProductColumnProps {
  product: ProductInfo;
  run: PaneRun | null;
  defaults: DefaultsState;
  profile: ProductProfile;
  answerer: AnswererKind;
  max: { realized: number; reachable: number };
}

export function ProductColumn({ product, run, defaults, profile, answerer, max }: ProductColumnProps) {
  const id: ProductId = product.id;
  const changes = controlChanges(id, profile, answerer);
  const base = defaults.status === 'done' ? defaults.run : null;
  const delta = run && base ? runDelta(run, base) : null;
  const marks = run?.blast && base?.blast ? assetChanges(run.blast.assets, base.blast.assets) : [];
  const changedIds = new Set(marks.map((m) => m.id));
  const customised = changes.length > 0;
  return (
    <section className="cmp-col" data-testid={`compare-${id}`} aria-labelledby={`cmp-title-${id}`}>
      <h3 id={`cmp-title-${id}`}>{product.name}</h3>
      {!run ? <p className="muted small">Waiting for the engine…</p> : (
        <>
          <p className={`cmp-verdict ${run.contained ? 'cmp-ok' : run.judgement.status === 'not-applicable' ? 'cmp-na' : 'cmp-bad'}`}>
            <strong data-testid={`compare-verdict-${id}`}>{verdictText(run)}</strong>
            <span className="small"> · {run.prompts} prompt{run.prompts === 1 ? '' : 's'} · task {run.taskCompleted ? 'completed' : 'not completed'}</span>
          </p>
          <div className="cmp-bars">
            <Bar value={run.blast?.realized ?? 0} max={max.realized} kind="current" label={customised ? 'Realized (yours)' : 'Realized'} testId={`compare-realized-${id}`} />
            {customised && base && <Bar value={base.blast?.realized ?? 0} max={max.realized} kind="default" label="Realized (shipped)" testId={`compare-default-realized-${id}`} />}
            <ReachBar run={run} max={max.reachable} kind="current" label={customised ? 'Reachable (yours)' : 'Reachable'} testId={`compare-reachable-${id}`} />
            {customised && base && <ReachBar run={base} max={max.reachable} kind="default" label="Reachable (shipped)" testId={`compare-default-reachable-${id}`} />}
          </div>
          <div className={`cmp-defaults${customised ? ' cmp-diff' : ''}`} data-testid={`compare-diff-${id}`}>
            {!customised ? (
              <p className="small muted">These are {product.name}&apos;s shipped defaults.</p>
            ) : (
              <>
                <p className="small"><strong>{changes.length === 1 ? '1 control differs' : `${changes.length} controls differ`} from the shipped defaults:</strong></p>
                <ul className="cmp-changes small" data-testid={`compare-changes-${id}`}>
                  {changes.map((c) => <li key={c.path}>{c.label}: <span className="cmp-was">{c.base}</span> → <strong>{c.value}</strong></li>)}
                </ul>
                {defaults.status === 'running' && <p className="small muted">Running the shipped defaults…</p>}
                {defaults.status === 'error' && <p className="small error">The shipped defaults could not run: {defaults.message}</p>}
                {base && delta && (
                  <p className="small cmp-delta" data-testid={`compare-delta-${id}`}>
                    Against shipped ({verdictText(base)}): realized {signed(delta.realized)}, reachable {signed(delta.reachable)} (open {signed(delta.open)}), prompts {signed(delta.prompts)}
                    {delta.verdictChanged && <strong className="cmp-flag"> · verdict changed</strong>}
                    {delta.taskChanged && <strong className="cmp-flag"> · task outcome changed</strong>}
                  </p>
                )}
              </>
            )}
          </div>
          {run.blast && (
            <dl className="cmp-zones small">
              {assetsByZone(run.blast.assets).map(({ zone, assets }) => (
                <div key={zone} className="cmp-zone">
                  <dt>{ZONE_LABEL[zone]}</dt>
                  {assets.map((a) => {
                    const was = marks.find((m) => m.id === a.id)?.from;
                    return (
                      <dd key={a.id} className={`cmp-asset mark-${a.mark}${changedIds.has(a.id) ? ' cmp-asset-changed' : ''}`} data-mark={a.mark}>
                        <span aria-hidden="true" className="cmp-glyph">{MARK_GLYPH[a.mark]}</span> {a.label}{' '}
                        <span className="cmp-mark">{MARK_LABEL[a.mark]}</span>
                        {was && <span className="cmp-was-mark"> (shipped: {MARK_LABEL[was]})</span>}
                      </dd>
                    );
                  })}
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}

/** Scales shared by every bar: the largest score among the learner's and the defaults' runs. */
export function comparisonMax(runs: readonly (PaneRun | null)[]): { realized: number; reachable: number } {
  const blasts = runs.flatMap((r) => (r?.blast ? [r.blast] : []));
  return { realized: sharedMax(blasts.map((b) => b.realized)), reachable: sharedMax(blasts.map((b) => b.reachable)) };
}
