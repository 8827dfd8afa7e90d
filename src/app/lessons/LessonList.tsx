// The curriculum with progress: which lessons are done, which is open, how far along the learner is.
import { useEffect, useRef } from 'react';
import type { LessonProgress } from '../progress/progressStore.ts';

export interface LessonListItem {
  id: string;
  title: string;
  blurb: string;
}

export interface LessonListProps {
  lessons: readonly LessonListItem[];
  progress: Readonly<Record<string, LessonProgress>>;
  currentId: string | null;
  onSelect(id: string): void;
}

export function LessonList({ lessons, progress, currentId, onSelect }: LessonListProps) {
  const done = lessons.filter((l) => progress[l.id]?.completed === true).length;
  // The list scrolls on its own; keep the open lesson visible in it.
  const currentItem = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const li = currentItem.current;
    const list = li?.parentElement;
    if (li && list) list.scrollTop = Math.max(0, li.offsetTop - list.offsetTop - list.clientHeight / 2);
  }, [currentId]);
  return (
    <nav className="lesson-list" aria-label="Lessons" data-testid="lesson-list">
      <details open>
      <summary className="lesson-progress" data-testid="lesson-progress">
        <progress max={lessons.length} value={done} aria-label="Lessons completed" /> {done} of {lessons.length} completed
      </summary>
      <ol>
        {lessons.map((l, i) => {
          const completed = progress[l.id]?.completed === true;
          const current = l.id === currentId;
          return (
            <li key={l.id} ref={current ? currentItem : undefined} className={`${completed ? 'done' : ''}${current ? ' current' : ''}`}>
              <button
                type="button" className="lesson-link" data-testid={`lesson-item-${l.id}`} title={l.blurb}
                aria-current={current ? 'step' : undefined} onClick={() => onSelect(l.id)}
              >
                <span className="lesson-mark" aria-hidden="true">{completed ? '✓' : i + 1}</span>
                <span>{l.title}</span>
                {completed && <span className="visually-hidden"> (completed)</span>}
              </button>
            </li>
          );
        })}
      </ol>
      </details>
    </nav>
  );
}
