// Presenter mode for workshops: the trainer steps through an incident with the keyboard, and
// before each step's verdicts are shown the room gets a "what happens next?" pause.
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
  setMode(mode: AppMode): void;
  setControlsRevealed(revealed: boolean): void;
  presenterNext(): void;
  presenterBack(): void;
}

export const createPresenterSlice: StateCreator<PresenterSlice & PlaygroundSlice, [], [], PresenterSlice> = (set, get) => ({
  mode: 'play',
  phase: 'reveal',
  controlsRevealed: false,
  setMode: (mode) => set({ mode, phase: 'reveal', controlsRevealed: false }),
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
    if (phase === 'reveal' && step > 0) {
      set({ phase: 'ask' });
      return;
    }
    if (step > 0) set({ step: step - 1, phase: 'reveal' });
    else set({ phase: 'reveal' });
  },
});
