// Reading CONFIG files for the CLI: detect or force the format, parse, and for Claude Code merge
// several files by scope. A file argument may name its scope (`project=path/settings.json`); if it
// does not, the scope is read from where the file sits.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseClaudeCodeSettings, toClaudeCodeProfile } from '../sim/config/claudeCodeSettings.ts';
import { detectFormat, type ConfigFormat } from '../sim/config/detectFormat.ts';
import type { Issue } from '../sim/config/issues.ts';
import { mergeClaudeCodeScopes, SCOPE_PRECEDENCE, type SettingsScope } from '../sim/config/mergeScopes.ts';
import { parseSrtSettings } from '../sim/config/srtSettings.ts';
import type { ClaudeCodeSettingsBlocks } from '../sim/policy/claudeCode.ts';
import type { SandboxSettings } from '../sim/policy/sandbox.ts';
import { SKIPPED_FILE } from '../sim/review/importConfig.ts';
import { UsageError } from './io.ts';

export type LoadedConfig =
  | { format: 'srt'; settings: SandboxSettings; warnings: string[] }
  | { format: 'claude-code'; profile: ClaudeCodeSettingsBlocks; warnings: string[] };

export function scopeFor(file: string, home: string): SettingsScope {
  const name = basename(file);
  if (name.startsWith('managed-settings')) return 'managed';
  if (name === 'settings.local.json') return 'local';
  if (resolve(dirname(file)) === resolve(home, '.claude')) return 'user';
  return 'project';
}

export function splitScope(arg: string): { scope: SettingsScope | null; file: string } {
  const eq = arg.indexOf('=');
  const maybe = eq === -1 ? '' : arg.slice(0, eq);
  return (SCOPE_PRECEDENCE as readonly string[]).includes(maybe)
    ? { scope: maybe as SettingsScope, file: arg.slice(eq + 1) }
    : { scope: null, file: arg };
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read config ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
}

function firstError(file: string, errors: Issue[], after = ''): UsageError {
  const e = errors[0] as Issue;
  return new UsageError(`${file}: ${e.path === '' ? '' : e.path + ': '}${e.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}${after}`);
}

export function loadConfig(args: string[], forced: string | undefined, home: string): LoadedConfig {
  if (args.length === 0) throw new UsageError('missing CONFIG: give a Claude Code settings.json or a sandbox-runtime settings file');
  if (forced !== undefined && !['claude-code', 'srt', 'profile'].includes(forced)) {
    throw new UsageError(`--format must be claude-code, srt or profile, not "${forced}"`);
  }
  const files = args.map((a) => ({ ...splitScope(a), text: '' })).map((f) => ({ ...f, text: readText(f.file) }));
  const formats = files.map((f) => {
    if (forced !== undefined) return forced as ConfigFormat;
    const d = detectFormat(f.text);
    if (!d.ok) throw new UsageError(`${f.file}: ${d.message}`);
    return d.format;
  });
  if (formats.includes('profile')) throw new UsageError('product-profile configs are not handled by explain yet: give a Claude Code or sandbox-runtime file');
  if (formats.includes('srt')) {
    if (files.length > 1) throw new UsageError('a sandbox-runtime settings file stands alone: give exactly one');
    const f = files[0] as (typeof files)[number];
    const r = parseSrtSettings(f.text);
    if (!r.ok) throw firstError(f.file, r.errors);
    return { format: 'srt', settings: r.value, warnings: r.warnings.map((w) => `${f.file}: ${w.path}: ${w.message}`) };
  }
  const warnings: string[] = [];
  const scoped = files.map((f) => {
    const r = parseClaudeCodeSettings(f.text);
    // A JSON syntax error is the same for every tool; a value error is where Claude Code drops the whole file.
    if (!r.ok) throw firstError(f.file, r.errors, r.errors[0]?.path === '' ? '' : `; ${SKIPPED_FILE}`);
    warnings.push(...r.warnings.map((w) => `${f.file}: ${w.path}: ${w.message}`));
    return { scope: f.scope ?? scopeFor(f.file, home), settings: r.value };
  });
  return { format: 'claude-code', profile: toClaudeCodeProfile(mergeClaudeCodeScopes(scoped)), warnings };
}
