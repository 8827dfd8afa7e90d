// A pane's saved file edits in a share link: `<product>.files=<compressed JSON>` (see
// compressedText.ts), so whoever opens the link runs the same edited world. The JSON is an object of
// absolute path -> text. What comes out of a link is checked before anything runs; a bad value names
// what is wrong and the page opens without the edits.
import { decodeCompressedText, encodeCompressedText } from './compressedText.ts';

export type FileEdits = Record<string, string>;

/** Limits for edits arriving in a link; the page's own edits are far below them. */
export const MAX_LINKED_FILES = 40;
export const MAX_LINKED_TEXT = 200_000;
const MAX_PATH = 1024;

export async function encodeFileEdits(edits: FileEdits): Promise<string> {
  const paths = Object.keys(edits).sort();
  if (paths.length === 0) return '';
  // Sorted keys: the same edits always make the same link.
  return encodeCompressedText(JSON.stringify(Object.fromEntries(paths.map((p) => [p, edits[p]]))));
}

function pathProblem(path: string): string | null {
  if (path.length === 0 || path.length > MAX_PATH) return `a path must be 1 to ${MAX_PATH} characters`;
  if (!path.startsWith('/')) return `"${path}" is not an absolute path`;
  if (path.includes('\0')) return `"${path.replace(/\0/g, '\\0')}" contains a null byte`;
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return `"${path}" is not a plain path (empty, "." or ".." segments)`;
  return null;
}

export type DecodedEdits = { ok: true; edits: FileEdits } | { ok: false; message: string };

/** `key` is the hash key the value came from, e.g. `cowork.files`, for the messages. */
export async function decodeFileEdits(param: string, key: string): Promise<DecodedEdits> {
  const decoded = await decodeCompressedText(param, `${key} (the edited files in the link)`, MAX_LINKED_TEXT);
  if (!decoded.ok) return decoded;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return { ok: false, message: `${key}: the edited files are not valid JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `${key}: expected an object of path -> text` };
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_LINKED_FILES) return { ok: false, message: `${key}: ${entries.length} edited files; at most ${MAX_LINKED_FILES}` };
  const edits: FileEdits = {};
  for (const [path, text] of entries) {
    const problem = pathProblem(path);
    if (problem) return { ok: false, message: `${key}: ${problem}` };
    if (typeof text !== 'string') return { ok: false, message: `${key}["${path}"]: expected the file's text, got ${text === null ? 'null' : typeof text}` };
    edits[path] = text;
  }
  return { ok: true, edits };
}
