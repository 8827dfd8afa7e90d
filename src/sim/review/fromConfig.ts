// Any config a reviewer hands us, as a product profile: a Claude Code settings.json, a sandbox-runtime
// settings file, or this project's own profile JSON. Parsing and format detection are the config
// importers' (src/sim/config); the mapping onto the engine's profile is src/sim/review/configProfile.ts,
// the same one the CLI's multi-file loader uses.
import { parseClaudeCodeSettings, toClaudeCodeProfile } from '../config/claudeCodeSettings.ts';
import { detectFormat, type ConfigFormat } from '../config/detectFormat.ts';
import type { Issue } from '../config/issues.ts';
import { parseSrtSettings } from '../config/srtSettings.ts';
import { settingsToProfile, srtToProfile } from './configProfile.ts';
import { parseProfile, type ProductProfile } from '../profile/schema.ts';

export type ProfileFromConfig = { ok: true; profile: ProductProfile; format: ConfigFormat; warnings: string[] } | { ok: false; message: string };

const describe = (issues: Issue[]) => issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));

export function profileFromConfig(input: unknown, forced?: ConfigFormat): ProfileFromConfig {
  let format: ConfigFormat;
  if (forced) format = forced;
  else if (typeof input === 'object' && input !== null && 'product' in input) format = 'profile';
  else {
    const detected = detectFormat(input);
    if (!detected.ok) return { ok: false, message: detected.message };
    format = detected.format;
  }
  if (format === 'profile') {
    const parsed = parseProfile(input);
    return parsed.ok ? { ok: true, profile: parsed.profile, format, warnings: [] } : { ok: false, message: parsed.message };
  }
  if (format === 'srt') {
    const parsed = parseSrtSettings(input);
    if (!parsed.ok) return { ok: false, message: `sandbox-runtime settings: ${describe(parsed.errors)[0] ?? 'invalid'}` };
    return { ok: true, profile: srtToProfile(parsed.value, 'srt-settings'), format, warnings: describe(parsed.warnings) };
  }
  const parsed = parseClaudeCodeSettings(input);
  if (!parsed.ok) return { ok: false, message: `Claude Code settings: ${describe(parsed.errors)[0] ?? 'invalid'}` };
  return { ok: true, profile: settingsToProfile(toClaudeCodeProfile(parsed.value), 'settings.json'), format, warnings: describe(parsed.warnings) };
}
