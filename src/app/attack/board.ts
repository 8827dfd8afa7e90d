// The Attack score board: pure updates over the progress record (the same storage key, schema
// version, recovery and backup code as lesson progress, src/app/progress), plus a read-modify-write
// save so the lessons' part of the record is never overwritten from a stale copy.
import { loadProgress, saveProgress, type AttackBoard, type AttackScore, type ProgressV2, type StorageLike } from '../progress/progressStore.ts';

export const emptyBoard = (): AttackBoard => ({ version: 1, levels: {} });
const blank = (): AttackScore => ({ solved: false, attempts: 0, hintsShown: 0 });

export function scoreOf(board: AttackBoard, id: string): AttackScore {
  return Object.hasOwn(board.levels, id) ? (board.levels[id] as AttackScore) : blank();
}

function update(board: AttackBoard, id: string, change: (s: AttackScore) => AttackScore): AttackBoard {
  return { version: 1, levels: { ...board.levels, [id]: change(scoreOf(board, id)) } };
}

export const recordAttempt = (b: AttackBoard, id: string, won: boolean): AttackBoard =>
  update(b, id, (s) => ({ ...s, attempts: s.attempts + 1, solved: s.solved || won }));

export const revealAttackHint = (b: AttackBoard, id: string, total: number): AttackBoard =>
  update(b, id, (s) => ({ ...s, hintsShown: Math.min(total, s.hintsShown + 1) }));

export interface BoardTotals {
  solved: number;
  attempts: number;
  hints: number;
}

export function totals(board: AttackBoard, ids: readonly string[]): BoardTotals {
  const scores = ids.map((id) => scoreOf(board, id));
  return {
    solved: scores.filter((s) => s.solved).length,
    attempts: scores.reduce((n, s) => n + s.attempts, 0),
    hints: scores.reduce((n, s) => n + s.hintsShown, 0),
  };
}

export interface LoadedBoard {
  board: AttackBoard;
  notice?: string;
}

export function loadBoard(storage: StorageLike | null): LoadedBoard {
  if (storage === null) return { board: emptyBoard(), notice: 'The score board cannot be saved in this browser (storage is unavailable).' };
  const loaded = loadProgress(storage);
  const board = loaded.progress.attack ?? emptyBoard();
  return loaded.notice === undefined ? { board } : { board, notice: loaded.notice };
}

/** Writes the board into the saved progress as it is now; returns an error sentence or null. */
export function saveBoard(storage: StorageLike | null, board: AttackBoard): string | null {
  if (storage === null) return null;
  // Reading fresh keeps whatever the lessons saved since this page loaded the record.
  const current: ProgressV2 = loadProgress(storage).progress;
  return saveProgress(storage, { ...current, attack: board });
}
