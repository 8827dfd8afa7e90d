// One lesson beside the playground: text, the unlocked controls, the live goal, hints one at a time,
// the success moment, the quiz and the way on. Presentational: state comes in, intentions go out.
import type { ReactNode } from 'react';
import type { Lesson } from '../../lessons/types.ts';
import type { LessonProgress } from '../progress/progressStore.ts';
import { GoalChecklist, type GoalState } from './GoalChecklist.tsx';
import { QuizCard } from './QuizCard.tsx';
import { RichParagraph, RichText } from './RichText.tsx';

export interface LessonPanelProps {
  lesson: Lesson;
  /** 1-based position in the curriculum, for the heading. */
  position: number;
  total: number;
  progress: LessonProgress;
  goal: GoalState;
  /** The lesson's unlocked controls (the runner passes the playground's controls panel). */
  controls: ReactNode;
  next: { id: string; title: string } | null;
  onRevealHint(): void;
  onAnswer(index: number): void;
  onNext(): void;
  onRestart(): void;
}

export function LessonPanel(props: LessonPanelProps) {
  const { lesson, progress, goal } = props;
  const solvedNow = goal.state === 'ready' && goal.report.passed;
  const hintsShown = Math.min(progress.hintsShown, lesson.hints.length);
  return (
    <article className="lesson-panel" id="lesson" tabIndex={-1} aria-labelledby="lesson-title" data-testid="lesson-panel" data-lesson={lesson.id}>
      <p className="lesson-count">Lesson {props.position} of {props.total}</p>
      <h2 id="lesson-title">{lesson.title}</h2>
      <div className="lesson-text"><RichText paragraphs={lesson.text} /></div>

      <GoalChecklist summary={lesson.goal.summary} goal={goal} />

      {solvedNow ? (
        <div className="lesson-success" role="status" data-testid="lesson-success">
          <strong>Goal reached.</strong> Your settings contain the incident{lesson.goal.clauses.length > 1 ? ' and meet every condition' : ''}.
          {props.next
            ? <button type="button" className="primary" onClick={props.onNext} data-testid="lesson-next">Next: {props.next.title}</button>
            : <span> That was the last lesson: you finished the course.</span>}
        </div>
      ) : progress.completed ? (
        <p className="lesson-done-earlier" data-testid="lesson-done-earlier">
          You completed this lesson earlier.{' '}
          {props.next && <button type="button" className="link-btn" onClick={props.onNext}>Go to the next lesson</button>}
        </p>
      ) : null}

      <section className="lesson-controls" aria-label="Controls for this lesson">
        <h3>Your controls</h3>
        {props.controls}
        <button type="button" className="link-btn" onClick={props.onRestart} data-testid="lesson-restart">Start this lesson over</button>
      </section>

      <section className="lesson-hints" aria-label="Hints">
        {lesson.hints.slice(0, hintsShown).map((h, i) => (
          <RichParagraph key={i} paragraph={h} className="hint-text" />
        ))}
        {hintsShown < lesson.hints.length && (
          <button type="button" onClick={props.onRevealHint} data-testid="lesson-hint">
            {hintsShown === 0 ? 'Show a hint' : `Show another hint (${hintsShown} of ${lesson.hints.length} shown)`}
          </button>
        )}
      </section>

      <QuizCard quiz={lesson.quiz} answer={progress.quizAnswer} onAnswer={props.onAnswer} />

      <footer className="lesson-sources">
        Sources: {lesson.sources.map((s, i) => (
          <span key={s.url}>{i > 0 ? ' · ' : ''}<a href={s.url} target="_blank" rel="noopener noreferrer">{s.label}</a></span>
        ))}
      </footer>
    </article>
  );
}
