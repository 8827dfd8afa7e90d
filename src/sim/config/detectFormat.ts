// Which importer a dropped or pasted file needs. A sandbox-runtime file has top-level `network` and
// `filesystem`; a Claude Code settings file has `permissions`, `sandbox` or other settings keys; a
// product profile (this project's own format) says so with `"kind": "containment-lab-profile"`.
import { readJson } from './issues.ts';

export type ConfigFormat = 'claude-code' | 'srt' | 'profile';

export function detectFormat(input: unknown): { ok: true; format: ConfigFormat } | { ok: false; message: string } {
  const json = readJson(input);
  if (!json.ok) return { ok: false, message: json.issue.message };
  const v = json.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return { ok: false, message: 'expected a JSON object at the top level' };
  const keys = new Set(Object.keys(v));
  if ((v as Record<string, unknown>).kind === 'containment-lab-profile') return { ok: true, format: 'profile' };
  if (keys.has('permissions') || keys.has('sandbox') || keys.has('hooks') || keys.has('env') || keys.has('$schema')) return { ok: true, format: 'claude-code' };
  if (keys.has('network') || keys.has('filesystem')) return { ok: true, format: 'srt' };
  return { ok: false, message: 'cannot tell the format: expected Claude Code settings (permissions/sandbox) or sandbox-runtime settings (network/filesystem); pass --format' };
}
