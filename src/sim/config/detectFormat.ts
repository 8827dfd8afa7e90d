// Which importer a dropped or pasted file needs. A sandbox-runtime file has top-level `network` and
// `filesystem`; a Claude Code settings file is any object holding keys Claude Code knows (a file with only
// `statusLine` or `model` is a settings file too); a
// product profile (this project's own format) says so with `"kind": "containment-lab-profile"`.
import { readJson } from './issues.ts';
import { CLAUDE_CODE_TOP_LEVEL, SRT_KEYS } from './settingsKeys.ts';

export type ConfigFormat = 'claude-code' | 'srt' | 'profile';

export function detectFormat(input: unknown): { ok: true; format: ConfigFormat } | { ok: false; message: string } {
  const json = readJson(input);
  if (!json.ok) return { ok: false, message: json.issue.message };
  const v = json.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return { ok: false, message: 'expected a JSON object at the top level' };
  if ((v as Record<string, unknown>).kind === 'containment-lab-profile') return { ok: true, format: 'profile' };
  const keys = Object.keys(v);
  const claude = keys.filter((k) => CLAUDE_CODE_TOP_LEVEL.has(k)).length;
  // Only srt's own blocks say "srt": its other top-level keys are optional extras.
  const srt = keys.filter((k) => k === 'network' || k === 'filesystem').length;
  if (claude > 0 && claude >= srt) return { ok: true, format: 'claude-code' };
  if (srt > 0) return { ok: true, format: 'srt' };
  const srtOnly = keys.filter((k) => SRT_KEYS['']?.has(k));
  if (keys.length === 0) return { ok: false, message: 'is an empty object: no Claude Code or sandbox-runtime settings in it; pass --format' };
  const shown = keys.slice(0, 4).map((k) => `"${k}"`).join(', ') + (keys.length > 4 ? ', ...' : '');
  const hint = srtOnly.length > 0 ? ` (${srtOnly.map((k) => `"${k}"`).join(', ')} belong to a sandbox-runtime file, which also needs "network" and "filesystem")` : '';
  return { ok: false, message: `cannot tell the format: none of its keys (${shown}) is a Claude Code settings key or a sandbox-runtime block${hint}; pass --format` };
}
