// What the playground shows while a lesson is open: the lesson is its own world. Its incident, seed,
// worst-case switch and approver, the learner's profile for the lesson's product, and every other
// product at its shipped settings with its default approver, so nothing changed in an earlier lesson
// or in free play leaks into this one. The timeline opens at the end (the verdict), like a fresh run.
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import { shippedProfile } from '../../sim/profile/presets.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import type { Lesson } from '../../lessons/types.ts';
import { defaultAnswerer, maxStepOf, perProduct, type PaneState, type PlaygroundSnapshot } from '../store/playgroundSlice.ts';

export function lessonSnapshot(lesson: Lesson, profile: ProductProfile): PlaygroundSnapshot {
  return {
    scenarioId: lesson.scenarios[0] ?? null,
    seed: lesson.run.seed,
    worstCase: lesson.run.worstCase,
    profiles: perProduct((p) => (p === profile.product ? profile : shippedProfile(p))),
    answerers: perProduct((p) => (p === lesson.product ? lesson.run.answerer : defaultAnswerer(p))),
    step: null,
    // No saved file edits: the lesson's incident runs on its own files.
    linkedFileEdits: {},
  };
}

export interface ShownState extends Omit<PlaygroundSnapshot, 'step' | 'linkedFileEdits'> {
  step: number;
  panes: Record<ProductId, PaneState>;
  answers: Record<ProductId, readonly boolean[]>;
  fileEdits: Record<ProductId, Record<string, string>>;
}

/**
 * True when the playground already shows exactly this lesson state (avoids needless re-runs):
 * same settings, no approval answered by hand, no edited files, the timeline at the verdict.
 */
export function showsLesson(snapshot: PlaygroundSnapshot, current: ShownState): boolean {
  return snapshot.scenarioId === current.scenarioId && snapshot.seed === current.seed && snapshot.worstCase === current.worstCase
    && JSON.stringify(snapshot.profiles) === JSON.stringify(current.profiles) && JSON.stringify(snapshot.answerers) === JSON.stringify(current.answerers)
    && PRODUCT_IDS.every((p) => current.answers[p].length === 0 && Object.keys(current.fileEdits[p]).length === 0)
    && current.step === maxStepOf(current.panes);
}
