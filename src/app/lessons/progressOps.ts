// Pure updates of saved lesson progress. The runner applies them and saves; tests call them directly.
import type { AttackBoard, AttackScore, LessonProgress, ProgressV2 } from '../progress/progressStore.ts';

export const blankLesson = (): LessonProgress => ({ completed: false, hintsShown: 0 });

export function lessonProgress(p: ProgressV2, id: string): LessonProgress {
  return Object.hasOwn(p.lessons, id) ? (p.lessons[id] as LessonProgress) : blankLesson();
}

function update(p: ProgressV2, id: string, change: (l: LessonProgress) => LessonProgress): ProgressV2 {
  return { ...p, lessons: { ...p.lessons, [id]: change(lessonProgress(p, id)) } };
}

/** Completion is sticky: undoing the controls afterwards does not take a finished lesson away. */
export const markCompleted = (p: ProgressV2, id: string): ProgressV2 =>
  lessonProgress(p, id).completed ? p : update(p, id, (l) => ({ ...l, completed: true }));

export const revealHint = (p: ProgressV2, id: string, total: number): ProgressV2 =>
  update(p, id, (l) => ({ ...l, hintsShown: Math.min(total, l.hintsShown + 1) }));

export const answerQuiz = (p: ProgressV2, id: string, answer: number): ProgressV2 => update(p, id, (l) => ({ ...l, quizAnswer: answer }));

export const setCurrent = (p: ProgressV2, id: string): ProgressV2 => (p.currentLesson === id ? p : { ...p, currentLesson: id });

export function completedCount(p: ProgressV2, ids: readonly string[]): number {
  return ids.filter((id) => lessonProgress(p, id).completed).length;
}

/** Imported progress wins per lesson where it knows more; nothing already finished is lost. */
export function mergeProgress(mine: ProgressV2, theirs: ProgressV2): ProgressV2 {
  const lessons = { ...mine.lessons };
  for (const [id, t] of Object.entries(theirs.lessons)) {
    const m = lessons[id];
    if (!m) {
      lessons[id] = t;
      continue;
    }
    const merged: LessonProgress = { completed: m.completed || t.completed, hintsShown: Math.max(m.hintsShown, t.hintsShown) };
    const quiz = t.quizAnswer ?? m.quizAnswer;
    if (quiz !== undefined) merged.quizAnswer = quiz;
    lessons[id] = merged;
  }
  const out: ProgressV2 = { version: 2, lessons };
  const current = theirs.currentLesson ?? mine.currentLesson;
  if (current !== undefined) out.currentLesson = current;
  const attack = mergeAttackBoards(mine.attack, theirs.attack);
  if (attack !== undefined) out.attack = attack;
  return out;
}

/** The Attack score boards of two devices: a level solved on either is solved; counts keep the larger. */
export function mergeAttackBoards(mine: AttackBoard | undefined, theirs: AttackBoard | undefined): AttackBoard | undefined {
  if (mine === undefined || theirs === undefined) return theirs ?? mine;
  const levels: Record<string, AttackScore> = { ...mine.levels };
  for (const [id, t] of Object.entries(theirs.levels)) {
    const m = levels[id];
    levels[id] = m ? { solved: m.solved || t.solved, attempts: Math.max(m.attempts, t.attempts), hintsShown: Math.max(m.hintsShown, t.hintsShown) } : t;
  }
  return { version: 1, levels };
}
