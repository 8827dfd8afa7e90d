// A fix is a list of control changes (paths into the product profile). A reviewer needs the same
// change in the file they maintain: a settings.json key, an srt settings key, or the profile path.
// Some controls are product behaviour (a release fixed them) and no config file can express them.
import type { ControlChange } from '../scenarios/types.ts';
import type { ReviewFormat } from './configProfile.ts';

export type ConfigChange =
  | { expressible: true; key: string; value: unknown; text: string }
  | { expressible: false; path: string; value: unknown; text: string };

/** Profile paths that are product behaviour or machine facts, with what to do instead. */
const NOT_CONFIGURABLE: Record<string, string> = {
  'trust.projectConfigBeforeTrust': 'fixed in the product (project config is deferred until the folder is trusted): keep Claude Code up to date',
  'sandbox.protectSettingsFiles': 'fixed in Claude Code 2.1.2 (its own settings files are write-protected in the sandbox, even before they exist): keep Claude Code up to date; there is no settings key for it',
  'sandbox.available': 'a property of the machine: install bubblewrap and socat (Linux) so the sandbox can start',
  toolResultInspection: 'a property of the product\'s tool proxy, not a settings key',
  otlpExport: 'configured through OpenTelemetry environment variables (https://code.claude.com/docs/en/monitoring-usage), not a sandbox or permission key',
  model: 'a model-layer property: no configuration can guarantee it',
};

function blocked(path: string): string | undefined {
  const hit = Object.keys(NOT_CONFIGURABLE).find((k) => path === k || path.startsWith(`${k}.`));
  return hit === undefined ? undefined : NOT_CONFIGURABLE[hit];
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

export function configChange(format: ReviewFormat, change: ControlChange): ConfigChange {
  const { path, value } = change;
  if (format === 'profile') return { expressible: true, key: path, value, text: `set "${path}" to ${show(value)}` };
  const why = blocked(path);
  if (why !== undefined) return { expressible: false, path, value, text: `${path} = ${show(value)}: ${why}` };
  if (format === 'claude-code') {
    if (path.startsWith('sandbox.') || path.startsWith('permissions.')) return { expressible: true, key: path, value, text: `in settings.json set "${path}" to ${show(value)}` };
    return { expressible: false, path, value, text: `${path} = ${show(value)}: not a Claude Code settings key` };
  }
  const srtKey = path.startsWith('sandbox.network.') || path.startsWith('sandbox.filesystem.') ? path.slice('sandbox.'.length) : null;
  if (srtKey !== null) return { expressible: true, key: srtKey, value, text: `in the srt settings file set "${srtKey}" to ${show(value)}` };
  return { expressible: false, path, value, text: `${path} = ${show(value)}: an srt settings file only holds network and filesystem rules; this needs Claude Code settings` };
}
