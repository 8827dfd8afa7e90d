import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_KEY, STORAGE_KEY, exportCode, importCode, loadProgress, saveProgress, type ProgressV2, type StorageLike,
} from '../../../src/app/progress/progressStore.ts';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const sample: ProgressV2 = { version: 2, lessons: { 'blast-radius': { completed: true, hintsShown: 2, quizAnswer: 1 } }, currentLesson: 'phished-prompt' };

describe('saved lesson progress', () => {
  it('saves and loads the current schema unchanged', () => {
    const storage = memoryStorage();
    expect(saveProgress(storage, sample)).toBeNull();
    expect(loadProgress(storage)).toEqual({ progress: sample });
  });

  it('migrates version 1 saves', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, completed: ['a', 'b', 3] }) });
    const { progress, notice } = loadProgress(storage);
    expect(progress.lessons).toEqual({ a: { completed: true, hintsShown: 0 }, b: { completed: true, hintsShown: 0 } });
    expect(notice).toMatch(/1 unreadable/);
  });

  it('keeps a corrupted save aside, starts fresh and says so', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":2,"lessons":' });
    const { progress, notice } = loadProgress(storage);
    expect(progress.lessons).toEqual({});
    expect(notice).toContain('not valid JSON');
    expect(storage.data[BACKUP_KEY]).toBe('{"version":2,"lessons":');
  });

  it('refuses a save from a newer version without destroying it', () => {
    const raw = JSON.stringify({ version: 9, lessons: {} });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    expect(loadProgress(storage).notice).toContain('newer version');
    expect(storage.data[BACKUP_KEY]).toBe(raw);
    expect(storage.data[STORAGE_KEY]).toBe(raw);
  });

  it('survives storage that throws', () => {
    const blocked: StorageLike = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    expect(loadProgress(blocked).notice).toContain('unavailable');
    expect(saveProgress(blocked, sample)).toContain('QuotaExceeded');
  });

  it('moves progress between browsers with a backup code and rejects damaged codes', () => {
    const code = exportCode(sample);
    expect(importCode(`  ${code}\n`)).toEqual({ ok: true, progress: sample });
    expect(importCode(code.slice(0, -3))).toMatchObject({ ok: false });
    expect(importCode('hello')).toMatchObject({ ok: false, error: expect.stringContaining('starts with') });
    const tampered = code.replace(/-[^-]+$/, '-zzzz');
    expect(importCode(tampered)).toMatchObject({ ok: false, error: expect.stringContaining('checksum') });
  });

  it('never throws on arbitrary saved text or codes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        loadProgress(memoryStorage({ [STORAGE_KEY]: text }));
        importCode(text);
        importCode(`CL2-${text}`);
      }),
      { seed: 3, numRuns: 1500 },
    );
  });
});
