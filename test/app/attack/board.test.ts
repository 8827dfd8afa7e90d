import { describe, expect, it } from 'vitest';
import { emptyBoard, loadBoard, recordAttempt, revealAttackHint, saveBoard, scoreOf, totals } from '../../../src/app/attack/board.ts';
import { mergeProgress } from '../../../src/app/lessons/progressOps.ts';
import { BACKUP_KEY, STORAGE_KEY, exportCode, importCode, type ProgressV2, type StorageLike } from '../../../src/app/progress/progressStore.ts';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('the attack score board', () => {
  it('counts attempts and hints, and a solved level stays solved', () => {
    let b = recordAttempt(emptyBoard(), 'a', false);
    b = recordAttempt(b, 'a', true);
    b = recordAttempt(b, 'a', false);
    b = revealAttackHint(revealAttackHint(revealAttackHint(b, 'a', 2), 'a', 2), 'a', 2);
    expect(scoreOf(b, 'a')).toEqual({ solved: true, attempts: 3, hintsShown: 2 });
    expect(totals(b, ['a', 'b'])).toEqual({ solved: 1, attempts: 3, hints: 2 });
  });

  it('is saved inside lesson progress without touching the lessons, and travels in the backup code', () => {
    const lessons: ProgressV2 = { version: 2, lessons: { 'blast-radius': { completed: true, hintsShown: 1 } }, currentLesson: 'blast-radius' };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(lessons) });
    const board = recordAttempt(emptyBoard(), 'no-sandbox', true);
    expect(saveBoard(storage, board)).toBeNull();
    const saved = JSON.parse(storage.data[STORAGE_KEY] as string) as ProgressV2;
    expect(saved).toEqual({ ...lessons, attack: board });
    expect(loadBoard(storage)).toEqual({ board });
    const moved = importCode(exportCode(saved));
    expect(moved.ok && moved.progress.attack).toEqual(board);
  });

  it('recovers from a corrupted board with a notice, keeping the readable records', () => {
    const raw = { version: 2, lessons: {}, attack: { version: 1, levels: { a: { solved: true, attempts: 2, hintsShown: -1 }, b: 'junk' } } };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(raw) });
    const { board, notice } = loadBoard(storage);
    expect(board.levels).toEqual({ a: { solved: true, attempts: 2, hintsShown: 0 } });
    expect(notice).toMatch(/1 unreadable/);
  });

  it('an unreadable save is kept aside and the board starts empty, saying so', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":2,' });
    const { board, notice } = loadBoard(storage);
    expect(board).toEqual(emptyBoard());
    expect(notice).toContain(BACKUP_KEY);
    expect(storage.data[BACKUP_KEY]).toBe('{"version":2,');
  });

  it('importing a backup merges boards: solved on either device is solved', () => {
    const mine: ProgressV2 = { version: 2, lessons: {}, attack: { version: 1, levels: { a: { solved: true, attempts: 1, hintsShown: 0 } } } };
    const theirs: ProgressV2 = { version: 2, lessons: {}, attack: { version: 1, levels: { a: { solved: false, attempts: 4, hintsShown: 2 }, b: { solved: true, attempts: 1, hintsShown: 0 } } } };
    expect(mergeProgress(mine, theirs).attack).toEqual({ version: 1, levels: { a: { solved: true, attempts: 4, hintsShown: 2 }, b: { solved: true, attempts: 1, hintsShown: 0 } } });
    expect(mergeProgress({ version: 2, lessons: {} }, { version: 2, lessons: {} }).attack).toBeUndefined();
  });
});
