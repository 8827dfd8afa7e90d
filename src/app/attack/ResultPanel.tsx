// After each step: whether the goal is met, judged by the engine over the log. On a win, which control
// would have stopped this attack, a one-click link to that configuration in the playground, the CTF
// flag when a trainer's key is set, and what to take away.
import type { AttemptSummary } from '../../sim/attack/serve.ts';
import type { AttackLevel } from '../../sim/attack/types.ts';
import { explainEvent } from '../views/explain.ts';

export function ResultPanel({ level, result, flag, playgroundHref, onNext }: {
  level: AttackLevel; result: AttemptSummary | null; flag: string | null; playgroundHref: string; onNext: (() => void) | null;
}) {
  if (result === null) return <p className="attack-status muted" data-testid="attack-status">Nothing run yet. Type a command in the terminal or call a tool.</p>;
  if (!result.won) {
    const lastStep = result.log.reduce((m, e) => Math.max(m, e.step), 0);
    const refusals = result.log.filter((e) => e.step === lastStep && e.type === 'layer-decision' && e.decision === 'deny').map(explainEvent).filter((x) => x !== null);
    return (
      <div className="attack-status" data-testid="attack-status" role="status">
        <p><strong>Not yet.</strong> The goal is not met{result.stopped ? ` (${result.stopped})` : ''}.</p>
        {refusals.length > 0 && <ul className="attack-refusals">{refusals.map((r, i) => <li key={i}>{r.text}</li>)}</ul>}
      </div>
    );
  }
  return (
    <section className="attack-win" data-testid="attack-win" aria-labelledby="attack-win-title" role="status">
      <h3 id="attack-win-title">You got through</h3>
      <ul>{result.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
      {flag && <p className="attack-flag">Flag: <code data-testid="attack-flag">{flag}</code></p>}
      <p><strong>What would have stopped you:</strong> <span data-testid="attack-closed-by">{level.closedBy.summary}</span></p>
      <p>{level.lesson}</p>
      <p className="attack-win-actions">
        <a className="btn btn-primary" href={playgroundHref} data-testid="attack-open-playground">Open that configuration in the playground</a>
        {onNext && <button type="button" className="btn" onClick={onNext} data-testid="attack-next">Next level</button>}
      </p>
    </section>
  );
}
