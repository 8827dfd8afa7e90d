// Presenter mode for workshops: the trainer steps through an incident with the keyboard, and
// before each step's verdicts are shown the room gets a "what happens next?" pause. Presenting
// starts at step 0, paused, so the room sees the set-up before any layer has decided anything.
import type { StateCreator } from 'zustand';
import type { PlaygroundSlice } from './playgroundSlice.ts';
import { maxStepOf } from './playgroundSlice.ts';

export type AppMode = 'play' | 'present';
/** 'ask': the current step's actions are shown but not what the layers decided; 'reveal': all of it. */
export type PresenterPhase = 'ask' | 'reveal';

export interface PresenterSlice {
  mode: AppMode;
  phase: PresenterPhase;
  controlsRevealed: boolean;
  /** Entering 'present' goes to step 0, paused (unless `at` names a position, as an attendee link does). */
  setMode(mode: AppMode, at?: { step: number; phase: PresenterPhase }): void;
  setControlsRevealed(revealed: boolean): void;
  presenterNext(): void;
  presenterBack(): void;
  /** Home: step 0, paused. */
  presenterFirst(): void;
  /** End: the last step, revealed (every verdict). */
  presenterLast(): void;
}

export const createPresenterSlice: StateCreator<PresenterSlice & PlaygroundSlice, [], [], PresenterSlice> = (set, get) => ({
  mode: 'play',
  phase: 'reveal',
  controlsRevealed: false,
  setMode: (mode, at) => set(mode === 'present'
    ? { mode, step: Math.max(0, Math.min(at?.step ?? 0, maxStepOf(get().panes))), phase: at?.phase ?? 'ask', playing: false, controlsRevealed: false }
    : { mode, phase: 'reveal', controlsRevealed: false }),
  setControlsRevealed: (controlsRevealed) => set({ controlsRevealed }),
  presenterNext() {
    const { phase, step, panes } = get();
    if (phase === 'ask') {
      set({ phase: 'reveal' });
      return;
    }
    if (step < maxStepOf(panes)) set({ step: step + 1, phase: 'ask' });
  },
  presenterBack() {
    const { phase, step } = get();
    if (phase === 'reveal') {
      set({ phase: 'ask' });
      return;
    }
    if (step > 0) set({ step: step - 1, phase: 'reveal' });
  },
  presenterFirst: () => set({ step: 0, phase: 'ask' }),
  presenterLast: () => set({ step: maxStepOf(get().panes), phase: 'reveal' }),
});
