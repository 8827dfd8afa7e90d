// The review page's config import: several named texts (dropped files or a paste), each a Claude
// Code settings scope or a sandbox-runtime file or a product profile, validated together. Unlike the
// CLI, which stops at the first problem, every issue of every file is returned with the file's name
// and the JSON path, so the page can list them next to the input. Pure: it also runs in the worker,
// which validates again rather than trusting the page.
import { parseClaudeCodeSettings, toClaudeCodeProfile, type ClaudeCodeSettings } from '../config/claudeCodeSettings.ts';
import { detectFormat } from '../config/detectFormat.ts';
import { readJson, zodIssues, type Issue } from '../config/issues.ts';
import { mergeClaudeCodeScopes, type SettingsScope } from '../config/mergeScopes.ts';
import { parseSrtSettings } from '../config/srtSettings.ts';
import { profileSchema, type ProductProfile } from '../profile/schema.ts';
import { settingsToProfile, srtToProfile, type ReviewFormat } from './configProfile.ts';
import { reviewFiles, type FileReview } from './fileFindings.ts';

export interface ConfigSource {
  /** What the reviewer calls it: a file name, or "pasted text". */
  name: string;
  text: string;
  /** Claude Code scope; inferred from the name when left out. Ignored for other formats. */
  scope?: SettingsScope;
}

export interface SourceIssue {
  source: string;
  /** JSON path inside the source (`sandbox.network.allowedDomains[2]`); empty for the whole file. */
  path: string;
  message: string;
}

export interface ImportedSource {
  name: string;
  format: ReviewFormat;
  scope: SettingsScope | null;
}

export type ImportResult =
  | { ok: true; profile: ProductProfile; format: ReviewFormat; sources: ImportedSource[]; warnings: SourceIssue[]; review: FileReview }
  | { ok: false; errors: SourceIssue[]; warnings: SourceIssue[]; sources: ImportedSource[] };

/** Scopes a reviewer can pick on the page, highest precedence first (the CLI scope has no file). */
export const FILE_SCOPES: readonly SettingsScope[] = ['managed', 'local', 'project', 'user'];

/** A megabyte of settings is already absurd; refuse before parsing rather than freeze the page. */
export const MAX_SOURCE_CHARS = 1_000_000;

/** The scope a file name suggests: `managed-settings.json`, `settings.local.json`, else project. */
export function inferScope(name: string): SettingsScope {
  const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase();
  if (base.includes('managed')) return 'managed';
  if (base.includes('.local.') || base.startsWith('local')) return 'local';
  if (base.includes('user')) return 'user';
  return 'project';
}

export function describeIssue(i: SourceIssue): string {
  return `${i.source}: ${i.path === '' ? '' : `${i.path}: `}${i.message}`;
}

const tag = (source: string, issues: readonly Issue[]): SourceIssue[] => issues.map((i) => ({ source, path: i.path, message: i.message }));

/** Said after a value error in a Claude Code file: the real client does not apply part of it. */
export const SKIPPED_FILE = 'Claude Code skips a settings file with any invalid value, so none of this file would apply (measured on 2.1.328)';

/** Findings and key accounting for the sources that were read, with the scopes they were read at. */
export function reviewSources(sources: readonly ConfigSource[], listed: readonly ImportedSource[]): FileReview {
  return reviewFiles(sources.map((s, i) => ({ name: listed[i]?.name ?? s.name, text: s.text, format: listed[i]?.format ?? 'claude-code', scope: listed[i]?.scope ?? null })));
}

type Detected = { source: ConfigSource; format: ReviewFormat } | { source: ConfigSource; error: SourceIssue };

function detect(source: ConfigSource, forced: ReviewFormat | undefined): Detected {
  if (source.text.trim() === '') return { source, error: { source: source.name, path: '', message: 'is empty: expected a JSON object' } };
  if (source.text.length > MAX_SOURCE_CHARS) return { source, error: { source: source.name, path: '', message: `is ${source.text.length} characters long; a settings file over ${MAX_SOURCE_CHARS} is refused` } };
  if (forced) return { source, format: forced };
  const d = detectFormat(source.text);
  if (!d.ok) return { source, error: { source: source.name, path: '', message: d.message.replace(/; pass --format$/, '; choose the format') } };
  return { source, format: d.format };
}

function importProfile(source: ConfigSource): { profile?: ProductProfile; errors: SourceIssue[] } {
  const json = readJson(source.text);
  if (!json.ok) return { errors: tag(source.name, [json.issue]) };
  const parsed = profileSchema.safeParse(json.value);
  return parsed.success ? { profile: parsed.data, errors: [] } : { errors: tag(source.name, zodIssues(parsed.error, json.value)) };
}

export function importConfig(sources: readonly ConfigSource[], forced?: ReviewFormat): ImportResult {
  const named = sources.map((s) => ({ ...s, name: s.name.trim() === '' ? 'unnamed' : s.name }));
  if (named.length === 0) return { ok: false, errors: [{ source: 'input', path: '', message: 'nothing to review: paste a config or choose a file' }], warnings: [], sources: [] };
  const detected = named.map((s) => detect(s, forced));
  const listed: ImportedSource[] = detected.map((d) => ({
    name: d.source.name,
    format: 'format' in d ? d.format : 'claude-code',
    scope: 'format' in d && d.format === 'claude-code' ? d.source.scope ?? inferScope(d.source.name) : null,
  }));
  const errors: SourceIssue[] = detected.flatMap((d) => ('error' in d ? [d.error] : []));
  const ok = detected.filter((d): d is { source: ConfigSource; format: ReviewFormat } => 'format' in d);
  const warnings: SourceIssue[] = [];
  const files = named.map((s) => s.name).join(' + ');

  const alone = ok.find((d) => d.format !== 'claude-code');
  if (alone && named.length > 1) {
    const what = alone.format === 'srt' ? 'a sandbox-runtime settings file' : 'a product-profile JSON';
    errors.push({ source: alone.source.name, path: '', message: `is ${what}, which stands alone: review it by itself, or remove the other ${named.length - 1} input(s)` });
  }
  if (errors.length > 0 || ok.length === 0) return { ok: false, errors, warnings, sources: listed };

  const first = ok[0] as { source: ConfigSource; format: ReviewFormat };
  if (first.format === 'profile') {
    const r = importProfile(first.source);
    return r.profile ? { ok: true, profile: r.profile, format: 'profile', sources: listed, warnings, review: { findings: [], keys: [] } } : { ok: false, errors: r.errors, warnings, sources: listed };
  }
  if (first.format === 'srt') {
    const r = parseSrtSettings(first.source.text);
    warnings.push(...tag(first.source.name, r.warnings));
    if (!r.ok) return { ok: false, errors: tag(first.source.name, r.errors), warnings, sources: listed };
    return { ok: true, profile: srtToProfile(r.value, files), format: 'srt', sources: listed, warnings, review: reviewSources(named, listed) };
  }
  const scoped: { scope: SettingsScope; settings: ClaudeCodeSettings }[] = [];
  for (const d of ok) {
    const r = parseClaudeCodeSettings(d.source.text);
    warnings.push(...tag(d.source.name, r.warnings));
    if (!r.ok) errors.push(...tag(d.source.name, r.errors).map((e) => ({ ...e, message: `${e.message} (${SKIPPED_FILE})` })));
    else scoped.push({ scope: d.source.scope ?? inferScope(d.source.name), settings: r.value });
  }
  if (errors.length > 0) return { ok: false, errors, warnings, sources: listed };
  return { ok: true, profile: settingsToProfile(toClaudeCodeProfile(mergeClaudeCodeScopes(scoped)), files), format: 'claude-code', sources: listed, warnings, review: reviewSources(named, listed) };
}
