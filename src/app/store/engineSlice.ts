import type { StateCreator } from 'zustand';
import type { EngineHello } from '../../worker/protocol.ts';

export type EngineStatus =
  | { state: 'starting' }
  | { state: 'ready'; hello: EngineHello }
  | { state: 'failed'; reason: string };

export interface EngineSlice {
  engine: EngineStatus;
  setEngineStatus(status: EngineStatus): void;
}

export const createEngineSlice: StateCreator<EngineSlice, [], [], EngineSlice> = (set) => ({
  engine: { state: 'starting' },
  setEngineStatus: (engine) => set({ engine }),
});
