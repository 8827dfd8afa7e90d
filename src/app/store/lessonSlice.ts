// While a lesson drives the playground, the panes show the lesson's settings and their own controls
// are locked: the lesson's controls live in the lesson panel, where its goal is checked. The learner
// can hand the panes back to free play at any time.
import type { StateCreator } from 'zustand';
import { withoutLesson } from '../lessons/lessonLink.ts';
import { shippedProfile } from '../../sim/profile/presets.ts';
import { defaultAnswerer, perProduct, type PlaygroundSlice } from './playgroundSlice.ts';

export interface LessonSlice {
  /** The title of the lesson now driving the panes, or null in free play. */
  lessonDriving: string | null;
  setLessonDriving(title: string | null): void;
  /**
   * The learner left the lesson's world for free play (Unlock, another incident, an authored
   * scenario): the panes are theirs, and the address stops naming the lesson, so a copied link opens
   * this playground rather than the lesson's start. `fresh`: free play starts from the shipped
   * settings (a new incident picked while the lesson still held the panes); otherwise the lesson's
   * settings stay to be played with (Unlock).
   */
  leaveLesson(options?: { fresh?: boolean }): void;
}

export const createLessonSlice: StateCreator<LessonSlice & PlaygroundSlice, [], [], LessonSlice> = (set, get) => ({
  lessonDriving: null,
  setLessonDriving: (lessonDriving) => set({ lessonDriving }),
  leaveLesson(options) {
    // The runs that follow (the new incident) pick these up; nothing is re-run here.
    if (options?.fresh && get().lessonDriving !== null) set({ profiles: perProduct(shippedProfile), answerers: perProduct(defaultAnswerer), seed: 1, worstCase: true });
    set({ lessonDriving: null });
    if (typeof window === 'undefined') return;
    const hash = window.location.hash;
    const stripped = withoutLesson(hash);
    if (stripped !== hash) window.history.replaceState(null, '', stripped || window.location.pathname + window.location.search);
  },
});
