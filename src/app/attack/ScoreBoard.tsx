// The score board: every level in order, with what the learner did on it. Choosing one opens it.
import type { AttackLevel } from '../../sim/attack/types.ts';
import type { AttackBoard } from '../progress/progressStore.ts';
import { plural } from '../../lessons/goals.ts';
import { scoreOf, totals } from './board.ts';

export function ScoreBoard({ levels, board, current, onOpen }: { levels: readonly AttackLevel[]; board: AttackBoard; current: string; onOpen(id: string): void }) {
  const t = totals(board, levels.map((l) => l.id));
  return (
    <nav className="attack-board" aria-label="Attack levels" data-testid="attack-board">
      <h2>Score board</h2>
      <p className="attack-totals" data-testid="attack-totals">{t.solved} of {levels.length} solved · {plural(t.attempts, 'attempt')} · {plural(t.hints, 'hint')}</p>
      <ol>
        {levels.map((l, i) => {
          const s = scoreOf(board, l.id);
          return (
            <li key={l.id}>
              <button type="button" className={`attack-level${l.id === current ? ' is-current' : ''}`} aria-current={l.id === current ? 'true' : undefined} onClick={() => onOpen(l.id)} data-testid={`attack-level-${l.id}`}>
                <span className="attack-level-name">{i + 1}. {l.title}</span>
                <span className="attack-level-meta">
                  {s.solved ? <span className="attack-solved">solved</span> : <span>open</span>}
                  {' · '}<span aria-hidden="true">{'★'.repeat(l.difficulty)}</span><span className="sr-only">difficulty {l.difficulty}</span>
                  {s.attempts > 0 && ` · ${s.attempts === 1 ? '1 try' : `${s.attempts} tries`}`}
                  {s.hintsShown > 0 && ` · ${plural(s.hintsShown, 'hint')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
