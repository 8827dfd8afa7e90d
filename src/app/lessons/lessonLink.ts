// Deep links to a lesson: `#lesson=<id>`. The field is declared like every other share-link key
// (src/app/share/hashState.ts) so the coordinator can add it to the page's hash table; the helpers
// here read and write only this key and never throw.
import { parseHash, type FieldSpec } from '../share/hashState.ts';

/**
 * The address's hash as the page was opened, read when the app's first modules load (this one is
 * imported by the share sync), before anything rewrites it: a scenario link, for one, is cleared
 * from the address while it is opened.
 */
export const LANDING_HASH = typeof window === 'undefined' ? '' : window.location.hash;

export const LESSON_FIELD: FieldSpec = { kind: 'text', default: '', pattern: /^[a-z0-9][a-z0-9-]{0,63}$/ };

export interface LessonLink {
  id?: string;
  notice?: string;
}

/** The lesson a URL hash asks for, checked against the known ids; other hash keys are ignored. */
export function lessonFromHash(hash: string, knownIds: readonly string[]): LessonLink {
  const part = hash.replace(/^#/, '').split('&').find((p) => p === 'lesson' || p.startsWith('lesson='));
  if (part === undefined) return {};
  const parsed = parseHash(part, { lesson: LESSON_FIELD });
  if (parsed.notices.length > 0) return { notice: `The link's lesson could not be read (${parsed.notices.join('; ')}); showing your current lesson.` };
  const id = parsed.values.lesson;
  if (typeof id !== 'string' || id === '') return {};
  if (!knownIds.includes(id)) return { notice: `The link asks for lesson "${id}", which does not exist; showing your current lesson.` };
  return { id };
}

const otherKeys = (hash: string) => hash.replace(/^#/, '').split('&').filter((p) => p !== '' && p !== 'lesson' && !p.startsWith('lesson='));

/** Replaces (or adds) the lesson key in a hash, keeping every other key as it was. */
export function withLesson(hash: string, id: string): string {
  return `#${[...otherKeys(hash), `lesson=${encodeURIComponent(id)}`].join('&')}`;
}

/** The hash without its lesson key ('' when nothing else is left). */
export function withoutLesson(hash: string): string {
  const kept = otherKeys(hash);
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}
