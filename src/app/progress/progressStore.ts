// Lesson progress saved in localStorage under a versioned schema. Reading never throws and never
// destroys data: a save that cannot be read is kept aside under a backup key and the learner is told.

export interface LessonProgress {
  completed: boolean;
  hintsShown: number;
  /** Index of the quiz answer chosen, if any. */
  quizAnswer?: number;
}

/** One Attack-mode level on the score board. */
export interface AttackScore {
  solved: boolean;
  /** Commands and tool calls run against the level. */
  attempts: number;
  hintsShown: number;
}

/** The Attack-mode score board, versioned on its own inside the progress record. */
export interface AttackBoard {
  version: 1;
  levels: Record<string, AttackScore>;
}

export interface ProgressV2 {
  version: 2;
  lessons: Record<string, LessonProgress>;
  currentLesson?: string;
  /** Added with Attack mode; absent in progress saved before it (and read as an empty board). */
  attack?: AttackBoard;
}

export const STORAGE_KEY = 'containment-lab:progress';
export const BACKUP_KEY = 'containment-lab:progress:unreadable';
export const CURRENT_VERSION = 2;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LoadResult {
  progress: ProgressV2;
  notice?: string;
}

export const emptyProgress = (): ProgressV2 => ({ version: 2, lessons: {} });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function cleanLesson(v: unknown): LessonProgress | null {
  if (!isRecord(v)) return null;
  const hints = typeof v.hintsShown === 'number' && Number.isInteger(v.hintsShown) && v.hintsShown >= 0 ? v.hintsShown : 0;
  const out: LessonProgress = { completed: v.completed === true, hintsShown: hints };
  if (typeof v.quizAnswer === 'number' && Number.isInteger(v.quizAnswer) && v.quizAnswer >= 0) out.quizAnswer = v.quizAnswer;
  return out;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0);

/** The score board as saved: unreadable level records are dropped (and counted), the rest kept. */
export function cleanAttackBoard(raw: unknown): { board: AttackBoard; dropped: number } {
  if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.levels)) return { board: { version: 1, levels: {} }, dropped: raw === undefined ? 0 : 1 };
  const levels: Record<string, AttackScore> = {};
  let dropped = 0;
  for (const [id, v] of Object.entries(raw.levels)) {
    if (!isRecord(v)) {
      dropped++;
      continue;
    }
    levels[id] = { solved: v.solved === true, attempts: count(v.attempts), hintsShown: count(v.hintsShown) };
  }
  return { board: { version: 1, levels }, dropped };
}

/**
 * Migrations from every older schema to the current one. v1 (the first release) stored
 * `{ version: 1, completed: string[] }`: a flat list of finished lesson ids.
 */
export function migrate(raw: unknown): { progress: ProgressV2; dropped: number } | { error: string } {
  if (!isRecord(raw)) return { error: 'the saved progress is not an object' };
  if (raw.version === 1) {
    if (!Array.isArray(raw.completed)) return { error: 'version 1 progress has no "completed" list' };
    const ids = raw.completed.filter((x): x is string => typeof x === 'string');
    const lessons = Object.fromEntries(ids.map((id) => [id, { completed: true, hintsShown: 0 }]));
    return { progress: { version: 2, lessons }, dropped: raw.completed.length - ids.length };
  }
  if (raw.version === 2) {
    if (!isRecord(raw.lessons)) return { error: 'version 2 progress has no "lessons" object' };
    const lessons: Record<string, LessonProgress> = {};
    let dropped = 0;
    for (const [id, value] of Object.entries(raw.lessons)) {
      const lesson = cleanLesson(value);
      if (lesson) lessons[id] = lesson;
      else dropped++;
    }
    const progress: ProgressV2 = { version: 2, lessons };
    if (typeof raw.currentLesson === 'string') progress.currentLesson = raw.currentLesson;
    if (raw.attack !== undefined) {
      const attack = cleanAttackBoard(raw.attack);
      progress.attack = attack.board;
      dropped += attack.dropped;
    }
    return { progress, dropped };
  }
  if (typeof raw.version === 'number' && raw.version > CURRENT_VERSION) {
    return { error: `it was saved by a newer version of Containment Lab (schema ${raw.version})` };
  }
  return { error: `unknown schema version ${JSON.stringify(raw.version)}` };
}

export function loadProgress(storage: StorageLike): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(), notice: 'Saved progress is unavailable in this browser (storage blocked); progress will not persist.' };
  }
  if (text === null) return { progress: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return keepAside(storage, text, 'the saved data is not valid JSON');
  }
  const result = migrate(parsed);
  if ('error' in result) return keepAside(storage, text, result.error);
  const notice = result.dropped > 0 ? `${result.dropped} unreadable lesson or attack record(s) in your saved progress were skipped.` : undefined;
  return notice ? { progress: result.progress, notice } : { progress: result.progress };
}

function keepAside(storage: StorageLike, text: string, why: string): LoadResult {
  try {
    storage.setItem(BACKUP_KEY, text);
  } catch {
    // Nothing more we can do; the notice still tells the learner.
  }
  return {
    progress: emptyProgress(),
    notice: `Your saved progress could not be read (${why}). It was kept aside under "${BACKUP_KEY}" and you start fresh; import a backup code to restore it.`,
  };
}

export function saveProgress(storage: StorageLike, progress: ProgressV2): string | null {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(progress));
    return null;
  } catch (error) {
    return `Progress could not be saved: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// Backup codes: "CL2-" + base64url(JSON) + "-" + checksum, so a truncated paste is caught.
const CODE_PREFIX = 'CL2-';

function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function exportCode(progress: ProgressV2): string {
  const json = JSON.stringify(progress);
  return `${CODE_PREFIX}${toBase64Url(json)}-${checksum(json)}`;
}

export function importCode(code: string): { ok: true; progress: ProgressV2 } | { ok: false; error: string } {
  const trimmed = code.trim().replace(/\s+/g, '');
  if (!trimmed.startsWith(CODE_PREFIX)) return { ok: false, error: `A backup code starts with "${CODE_PREFIX}"; this one does not.` };
  const body = trimmed.slice(CODE_PREFIX.length);
  const dash = body.lastIndexOf('-');
  if (dash <= 0) return { ok: false, error: 'The backup code is incomplete (no checksum at the end); copy it again in full.' };
  let json: string;
  try {
    json = fromBase64Url(body.slice(0, dash));
  } catch {
    return { ok: false, error: 'The backup code contains characters that are not part of a code; copy it again.' };
  }
  if (checksum(json) !== body.slice(dash + 1)) return { ok: false, error: 'The backup code is damaged or incomplete (checksum mismatch); copy it again in full.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The backup code does not hold progress data.' };
  }
  const result = migrate(parsed);
  if ('error' in result) return { ok: false, error: `The backup code cannot be used: ${result.error}.` };
  return { ok: true, progress: result.progress };
}
