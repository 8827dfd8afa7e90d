import { create } from 'zustand';
import { createEngineSlice, type EngineSlice } from './engineSlice.ts';
import { createPlaygroundSlice, type PlaygroundSlice } from './playgroundSlice.ts';
import { createPresenterSlice, type PresenterSlice } from './presenterSlice.ts';
import { createLessonSlice, type LessonSlice } from './lessonSlice.ts';
import { createCompareSlice, type CompareEngine, type CompareSlice } from './compareSlice.ts';
import { getEngine } from '../../worker/connect.ts';

export type AppState = EngineSlice & PlaygroundSlice & PresenterSlice & LessonSlice & CompareSlice;

const workerEngine: CompareEngine = {
  run: (request) => getEngine().call('run', [request]),
  monteCarlo: (request, onProgress, signal) => getEngine().call('monteCarlo', [request], { onProgress, ...(signal ? { signal } : {}) }),
  presetSweep: (request, onProgress, signal) => getEngine().call('presetSweep', [request], { onProgress, ...(signal ? { signal } : {}) }),
};

/** A store with its own engine; tests hand in one that runs on the main thread. */
export const createAppStore = (engine: () => CompareEngine = () => workerEngine) =>
  create<AppState>()((...a) => ({
    ...createEngineSlice(...a),
    ...createPlaygroundSlice(engine)(...a),
    ...createPresenterSlice(...a),
    ...createLessonSlice(...a),
    ...createCompareSlice(engine)(...a),
  }));

export const useAppStore = createAppStore();
