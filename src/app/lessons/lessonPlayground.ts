// What the playground should show while a lesson is open: the lesson's incident, seed, worst-case
// switch and approver, with the learner's profile for the lesson's product. Other products keep
// their current settings.
import type { ProductProfile } from '../../sim/profile/schema.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { PlaygroundSnapshot } from '../store/playgroundSlice.ts';

export function lessonSnapshot(lesson: Lesson, profile: ProductProfile, current: Omit<PlaygroundSnapshot, 'step'>): PlaygroundSnapshot {
  return {
    scenarioId: lesson.scenarios[0] ?? current.scenarioId,
    seed: lesson.run.seed,
    worstCase: lesson.run.worstCase,
    profiles: { ...current.profiles, [profile.product]: profile },
    answerers: { ...current.answerers, [lesson.product]: lesson.run.answerer },
    step: null,
  };
}

/** True when the playground already shows exactly this lesson state (avoids needless re-runs). */
export function showsLesson(snapshot: PlaygroundSnapshot, current: Omit<PlaygroundSnapshot, 'step'>): boolean {
  return snapshot.scenarioId === current.scenarioId && snapshot.seed === current.seed && snapshot.worstCase === current.worstCase
    && JSON.stringify(snapshot.profiles) === JSON.stringify(current.profiles) && JSON.stringify(snapshot.answerers) === JSON.stringify(current.answerers);
}
