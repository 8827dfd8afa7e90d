import { create } from 'zustand';
import { createEngineSlice, type EngineSlice } from './engineSlice.ts';
import { createPlaygroundSlice, type PlaygroundSlice, type Runner } from './playgroundSlice.ts';
import { getEngine } from '../../worker/connect.ts';

export type AppState = EngineSlice & PlaygroundSlice;

const workerRunner: Runner = (request) => getEngine().call('run', [request]);

/** A store with its own engine runner; tests hand in a main-thread runner. */
export const createAppStore = (runner: () => Runner = () => workerRunner) =>
  create<AppState>()((...a) => ({
    ...createEngineSlice(...a),
    ...createPlaygroundSlice(runner)(...a),
  }));

export const useAppStore = createAppStore();
