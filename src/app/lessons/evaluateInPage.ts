// Goal checks on the current thread, loading the engine on first use: for tests and for pages that
// run without the engine worker. The app itself checks goals in the worker (workerEvaluate.ts).
import { checkLesson } from '../../lessons/verify.ts';
import type { Evaluate } from './useLessonSession.ts';

export const evaluateInPage: Evaluate = async (lesson, profile) => {
  const { simEngine } = await import('../../lessons/engineAdapter.ts');
  return checkLesson(lesson, profile, simEngine());
};
