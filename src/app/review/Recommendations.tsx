// Recommendations computed from what failed, grouped by the change to make in the reviewer's own
// file. Each was already re-run by the check; "Apply and re-run" runs the whole catalog again with
// the change on top of the reviewed config and shows every verdict that moved.
import type { CheckReport } from '../../sim/review/check.ts';
import { statusCounts } from '../../sim/review/statusCounts.ts';
import type { ReviewFormat } from '../../sim/review/configProfile.ts';
import { compareReports, groupRecommendations, type RecommendationGroup } from '../../sim/review/recommendationGroups.ts';
import type { ControlChange } from '../../sim/scenarios/types.ts';
import type { TryState } from './reviewState.ts';
import { layerName, verdictText } from './verdictText.ts';
import { proofSentences } from '../../sim/review/proofText.ts';
import { allowlistedHosts, harmHosts, parsedTexts } from '../../sim/review/whyHere.ts';

function TryResult({ before, state }: { before: CheckReport; state: TryState }) {
  if (state.status === 'running') {
    return (
      <div className="review-progress" aria-live="polite">
        <progress max={state.total || 1} value={state.done} aria-label="Re-running every incident with the change" />
        <span className="small"> {state.done} / {state.total || '…'} incidents</span>
      </div>
    );
  }
  if (state.status === 'failed') return <p className="review-issues-error" role="alert">The re-run failed: {state.message}</p>;
  const deltas = compareReports(before, state.report);
  const moved = deltas.filter((d) => d.before.contained !== d.after.contained || d.before.decidedBy !== d.after.decidedBy || d.before.realized !== d.after.realized);
  const now = statusCounts(state.report);
  return (
    <div className="review-try" data-testid="review-try-result" aria-live="polite">
      <p>
        With this change: <strong data-testid="review-try-count">{now.contained} of {now.applicable}</strong> applicable incidents contained (was {statusCounts(before).contained} of {statusCounts(before).applicable}{now.notApplicable > 0 ? `; ${now.notApplicable} not applicable` : ''}).
      </p>
      {moved.length === 0 ? <p className="small muted">No verdict or realized damage changed.</p> : (
        <ul className="review-deltas">
          {moved.map((d) => (
            <li key={d.id} data-testid="review-delta" data-incident={d.id} data-after={d.after.contained ? 'yes' : 'no'}>
              <strong>{d.title}</strong>: {verdictText(d.before.contained, d.before.decidedBy)} → <span className={d.after.contained ? 'ok-text' : 'bad-text'}>{verdictText(d.after.contained, d.after.decidedBy)}</span>
              {d.after.contained && <> (held by {layerName(d.after.decidedBy)})</>}; realized {d.before.realized} → {d.after.realized}, reachable {d.before.reachable} → {d.after.reachable}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Group({ group, n, report, tried, onTry }: { group: RecommendationGroup; n: number; report: CheckReport; tried: TryState | undefined; onTry: (key: string, changes: ControlChange[]) => void }) {
  const fixes = group.incidents.filter((i) => i.verified);
  const partial = group.incidents.filter((i) => !i.verified);
  return (
    <li className="review-rec" data-testid="review-rec" data-fixes={fixes.map((i) => i.id).join(' ')}>
      <h3>Recommendation {n}</h3>
      <ul className="review-changes">
        {group.configChanges.map((c, k) => (
          <li key={k} className={c.expressible ? '' : 'muted'}><code>{c.text}</code>{!c.expressible && ' (not a settings key)'}</li>
        ))}
      </ul>
      {fixes.length > 0 && (
        <p>Contains <strong>{fixes.map((i) => i.title).join(', ')}</strong> (verified by re-running each with the change).</p>
      )}
      {partial.length > 0 && <p className="small">Not enough alone for {partial.map((i) => i.title).join(', ')}.</p>}
      <ul className="small muted review-rec-why">
        {group.incidents.map((i) => <li key={i.id}>{i.id}: {i.summary} {i.after}.</li>)}
      </ul>
      {group.incidents.some((i) => i.proof) && (
        <ul className="small review-rec-proof" data-testid="review-rec-proof">
          {group.incidents.flatMap((i) => (i.proof ? [<li key={i.id} data-incident={i.id} data-work={i.proof.work?.ok === false ? 'broken' : 'kept'}><strong>{i.id}</strong>: {proofSentences(i.proof).join(' ')}</li>] : []))}
        </ul>
      )}
      <button type="button" className="btn no-print" data-testid="review-try" disabled={tried?.status === 'running'} onClick={() => onTry(group.key, group.changes)}>
        {tried?.status === 'done' ? 'Re-run again' : 'Apply and re-run every incident'}
      </button>
      {tried && <TryResult before={report} state={tried} />}
    </li>
  );
}

export interface RecommendationsProps {
  report: CheckReport;
  format: ReviewFormat;
  /** The reviewed files, to say when one of them itself allowlists the host the data went to. */
  texts?: { name: string; text: string }[];
  tries: Record<string, TryState>;
  onTry: (key: string, changes: ControlChange[]) => void;
}

export function Recommendations({ report, format, texts, tries, onTry }: RecommendationsProps) {
  const groups = groupRecommendations(report, format);
  const uncovered = report.incidents.filter((i) => !i.contained && i.status !== 'not-applicable' && !i.recommendation);
  const files = texts === undefined ? [] : parsedTexts(texts);
  const opened = uncovered.flatMap((i) => allowlistedHosts(files, format, harmHosts(i)).map((a) => ({ incident: i, a })));
  const rest = uncovered.filter((i) => !opened.some((o) => o.incident.id === i.id));
  return (
    <section className="review-card" aria-labelledby="review-recs-title">
      <h2 id="review-recs-title">Recommendations</h2>
      {groups.length === 0 && uncovered.length === 0 && <p>Every incident is contained: nothing to recommend.</p>}
      <ol className="review-recs">
        {groups.map((g, k) => <Group key={g.key} group={g} n={k + 1} report={report} tried={tries[g.key]} onTry={onTry} />)}
      </ol>
      {opened.length > 0 && (
        <ul className="small review-opened" data-testid="review-opened">
          {opened.map(({ incident, a }) => (
            <li key={`${incident.id} ${a.path}`}>{incident.title}: the file itself allowlists the host the data went to: <code>{a.source}: {a.path}</code> is "{a.entry}", which admits {a.host}. An allowlist is a capability grant: narrow or remove that entry.</li>
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <p className="small">No settings change is known to contain {rest.map((i) => i.title).join(', ')} for this product (its shipped form does not either); compare your config with the shipped defaults.</p>
      )}
    </section>
  );
}
