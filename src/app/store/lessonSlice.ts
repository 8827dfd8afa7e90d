// While a lesson drives the playground, the panes show the lesson's settings and their own controls
// are locked: the lesson's controls live in the lesson panel, where its goal is checked. The learner
// can hand the panes back to free play at any time.
import type { StateCreator } from 'zustand';

export interface LessonSlice {
  /** The title of the lesson now driving the panes, or null in free play. */
  lessonDriving: string | null;
  setLessonDriving(title: string | null): void;
}

export const createLessonSlice: StateCreator<LessonSlice, [], [], LessonSlice> = (set) => ({
  lessonDriving: null,
  setLessonDriving: (lessonDriving) => set({ lessonDriving }),
});
