// The goal, clause by clause, re-checked live as controls change.
import type { GoalReport } from '../../lessons/goals.ts';

export type GoalState =
  | { state: 'checking'; last: GoalReport | null }
  | { state: 'ready'; report: GoalReport }
  | { state: 'unavailable'; reason: string };

export function GoalChecklist({ summary, goal }: { summary: string; goal: GoalState }) {
  const report = goal.state === 'ready' ? goal.report : goal.state === 'checking' ? goal.last : null;
  return (
    <section className="lesson-goal" aria-labelledby="lesson-goal-title" data-testid="lesson-goal">
      <h3 id="lesson-goal-title">Goal</h3>
      <p>{summary}</p>
      {goal.state === 'unavailable' && <p className="notice" role="status">{`This goal cannot be checked right now: ${goal.reason}`}</p>}
      {report && (
        <ul className="goal-clauses" aria-busy={goal.state === 'checking'}>
          {report.clauses.map((c) => (
            <li key={c.label} className={c.passed ? 'pass' : 'fail'} data-testid="goal-clause" data-passed={c.passed}>
              <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span> <span className="clause-label">{c.label}</span>
              <span className="visually-hidden">{c.passed ? ' (met)' : ' (not met)'}</span>
              <span className="clause-detail"> · {c.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {goal.state === 'checking' && <p className="hint" role="status">Checking…</p>}
    </section>
  );
}
