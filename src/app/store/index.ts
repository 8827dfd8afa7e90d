import { create } from 'zustand';
import { createEngineSlice, type EngineSlice } from './engineSlice.ts';

export type AppState = EngineSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createEngineSlice(...a),
  }));

export const useAppStore = createAppStore();
