// The design review page (`#view=review`): the reviewer's config in, every incident run against it
// in the engine worker, and the report out (summary, incident table, blast radius, recommendations)
// as Markdown or a printable page.
import { getEngine } from '../../worker/connect.ts';
import type { EngineClient } from '../../worker/client.ts';
import { describeProfile } from '../../sim/review/configProfile.ts';
import type { ImportedSource } from '../../sim/review/importConfig.ts';
import { BlastPictures } from './BlastPictures.tsx';
import { ConfigInput } from './ConfigInput.tsx';
import { IncidentTable } from './IncidentTable.tsx';
import { Recommendations } from './Recommendations.tsx';
import { ReportActions } from './ReportActions.tsx';
import { VerifyCommandCard } from './VerifyCommand.tsx';
import { notModeledKeys } from '../../sim/review/fileFindings.ts';
import { statusCounts } from '../../sim/review/statusCounts.ts';
import { plainSummary } from '../../sim/review/summary.ts';
import { isStale, type ReviewOk, type ReviewState } from './reviewState.ts';
import { useReview } from './useReview.ts';
import { backToPlaygroundHash } from './viewRoute.ts';
import './review.css';

const FORMAT_NAME = { 'claude-code': 'Claude Code settings', srt: 'sandbox-runtime settings', profile: 'product profile' } as const;

function sourceLine(s: ImportedSource): string {
  return `${s.name}: ${FORMAT_NAME[s.format]}${s.scope ? `, ${s.scope} scope` : ''}`;
}

function Summary({ result, stale }: { result: ReviewOk; stale: boolean }) {
  const { report } = result;
  const n = statusCounts(report);
  const all = n.contained === n.applicable;
  return (
    <section className="review-card review-summary" aria-labelledby="review-summary-title">
      <div className="review-summary-head">
        <h2 id="review-summary-title">Containment review: {report.product}</h2>
        <ReportActions report={report} files={result.sources.map((s) => s.name)} format={result.format} review={result.review} texts={result.texts} />
      </div>
      {stale && <p className="review-stale no-print" role="status">The config changed after this review; run it again to update.</p>}
      <p className="review-plain" data-testid="review-plain-summary">{plainSummary(report, result.review).join(' ')}</p>
      <p className="review-headline" data-testid="review-headline">
        <strong className={all ? 'ok-text' : 'bad-text'}>{n.contained} of {n.applicable} applicable incidents contained</strong>
        <span className="small"> · {n.promptOnly} held only by a prompt · {n.notContained} not contained · {n.notApplicable} of {n.total} not applicable</span>
        <span className="small muted"> In the worst case: the agent follows every injection, and a harm stopped only by a person answering a prompt does not count (approvals are not a boundary).</span>
      </p>
      <div className="review-summary-facts">
        <div>
          <h3>Config</h3>
          <ul className="review-sources">{result.sources.map((s) => <li key={s.name}>{sourceLine(s)}</li>)}</ul>
        </div>
        <div>
          <h3>What the engine understood</h3>
          <ul className="review-understood" data-testid="review-understood">{describeProfile(report.profile).map((l, k) => <li key={k}>{l}</li>)}</ul>
        </div>
      </div>
    </section>
  );
}

function FileFindings({ result }: { result: ReviewOk }) {
  const { findings } = result.review;
  const keys = notModeledKeys(result.review);
  return (
    <>
      <section className="review-card" aria-labelledby="review-findings-title" data-testid="review-findings">
        <h2 id="review-findings-title">Findings in the file ({findings.length})</h2>
        {findings.length === 0 ? <p className="small muted">Nothing beyond what the incidents show.</p> : (
          <ul className="review-findings">
            {findings.map((f, k) => (
              <li key={k} className={`level-${f.level}`}>
                <span className="review-finding-level">{f.level}</span>{f.title}. <span className="muted">{f.detail}</span>{' '}
                Responsible: {f.paths.map((p, n) => <code key={n}>{n > 0 ? ', ' : ''}{f.source}: {p}</code>)}.{f.fix ? ` Fix: ${f.fix}.` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="review-card" aria-labelledby="review-keys-title" data-testid="review-not-modeled">
        <h2 id="review-keys-title">Keys not modeled ({keys.length})</h2>
        {keys.length === 0 ? <p className="small muted">Every key in the file is modeled or has no bearing on containment.</p> : (
          <>
            <p className="small muted">In the file and able to change what an agent can do, but not simulated by the incident runs: the verdicts hold as if they were absent.</p>
            <ul className="review-keys">{keys.map((k) => <li key={`${k.source} ${k.path}`}><code>{k.path}</code> ({k.source}): {k.info.effect}</li>)}</ul>
          </>
        )}
      </section>
    </>
  );
}

function Results({ state, onTry }: { state: ReviewState; onTry: ReturnType<typeof useReview>['tryChanges'] }) {
  const run = state.run;
  if (run.status === 'idle') {
    return (
      <div className="review-card review-empty">
        <p>Add your Claude Code <code>settings.json</code> (or several scopes of it) or a sandbox-runtime settings file, then run every incident against it.</p>
        <p className="small muted">Each incident replays in the worst case against your config; the review says which layer held, how far the agent could reach and what it did, and which change to your file contains what got through, re-run to prove it.</p>
      </div>
    );
  }
  if (run.status === 'running') {
    return (
      <div className="review-card review-progress" data-testid="review-progress" aria-live="polite">
        <p>Running the incident catalog against your config…</p>
        <progress max={run.total || 1} value={run.done} aria-label="Incidents run" />
        <span className="small"> {run.done} / {run.total || '…'} incidents</span>
      </div>
    );
  }
  if (run.status === 'failed') return <div className="review-card review-issues-error" role="alert">The review could not run: {run.message}. Reload the page to restart the engine.</div>;
  if (run.status === 'rejected') return <div className="review-card review-issues-error" role="alert">The engine refused the config: {run.errors.map((e) => `${e.source}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('; ')}</div>;
  const { result } = run;
  return (
    <>
      <Summary result={result} stale={isStale(state)} />
      <FileFindings result={result} />
      <section className="review-card" aria-labelledby="review-table-title">
        <h2 id="review-table-title">Incidents</h2>
        <IncidentTable report={result.report} />
      </section>
      <VerifyCommandCard sources={result.sources} />
      <BlastPictures report={result.report} />
      <Recommendations report={result.report} format={result.format} texts={result.texts} tries={state.tries} onTry={(key, changes) => void onTry(key, changes)} />
    </>
  );
}

export function ReviewPage({ engine = getEngine() }: { engine?: EngineClient }) {
  const { state, dispatch, validation, run, tryChanges } = useReview(engine);
  return (
    <div className="review-page" data-testid="review-page">
      <div className="review-top">
        <h1>Design review</h1>
        <a className="review-back no-print" href={backToPlaygroundHash()} data-testid="review-back">← Back to playground</a>
      </div>
      <div className="review-layout">
        <ConfigInput state={state} dispatch={dispatch} validation={validation} onRun={() => void run()} />
        <div className="review-results">
          <Results state={state} onTry={tryChanges} />
        </div>
      </div>
    </div>
  );
}

export default ReviewPage;
