import { describe, expect, it } from 'vitest';
import { answerQuiz, completedCount, markCompleted, mergeProgress, revealHint, setCurrent } from '../../../src/app/lessons/progressOps.ts';
import { lessonFromHash, withLesson } from '../../../src/app/lessons/lessonLink.ts';
import { emptyProgress } from '../../../src/app/progress/progressStore.ts';

describe('progress updates', () => {
  it('marks completion once, caps hints, records quiz answers and the current lesson', () => {
    let p = markCompleted(emptyProgress(), 'a');
    expect(markCompleted(p, 'a')).toBe(p);
    p = revealHint(revealHint(revealHint(p, 'a', 2), 'a', 2), 'a', 2);
    p = answerQuiz(setCurrent(p, 'a'), 'a', 1);
    expect(p).toEqual({ version: 2, currentLesson: 'a', lessons: { a: { completed: true, hintsShown: 2, quizAnswer: 1 } } });
    expect(completedCount(p, ['a', 'b'])).toBe(1);
  });

  it('merges an imported backup without losing anything already done', () => {
    const mine = { version: 2 as const, lessons: { a: { completed: true, hintsShown: 0 }, b: { completed: false, hintsShown: 3 } } };
    const theirs = { version: 2 as const, currentLesson: 'c', lessons: { a: { completed: false, hintsShown: 1 }, c: { completed: true, hintsShown: 0 } } };
    expect(mergeProgress(mine, theirs)).toEqual({
      version: 2, currentLesson: 'c',
      lessons: { a: { completed: true, hintsShown: 1 }, b: { completed: false, hintsShown: 3 }, c: { completed: true, hintsShown: 0 } },
    });
  });
});

describe('lesson deep links', () => {
  const ids = ['blast-radius', 'capstone'];
  it('reads #lesson=<id> among other keys and ignores hashes without one', () => {
    expect(lessonFromHash('#v=1&scenario=phished-prompt&lesson=capstone', ids)).toEqual({ id: 'capstone' });
    expect(lessonFromHash('#scenario=phished-prompt', ids)).toEqual({});
    expect(lessonFromHash('', ids)).toEqual({});
  });

  it('explains unknown or malformed lesson ids instead of failing', () => {
    expect(lessonFromHash('#lesson=nope', ids).notice).toContain('"nope", which does not exist');
    expect(lessonFromHash('#lesson=%E0%A4%A', ids).notice).toContain('could not be read');
    expect(lessonFromHash('#lesson=<script>', ids).notice).toContain('could not be read');
  });

  it('writes the lesson key, keeping the others', () => {
    expect(withLesson('#v=1&lesson=a&seed=3', 'capstone')).toBe('#v=1&seed=3&lesson=capstone');
    expect(withLesson('', 'capstone')).toBe('#lesson=capstone');
  });
});
