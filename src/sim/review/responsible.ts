// Which keys of the reviewer's file are responsible for an incident getting through: the settings
// the incident's fix changes (as JSON paths in the file's own format), whether the file sets them or
// leaves them to Claude Code's default, and a mode that switches permission checks off. Used for the
// report's "responsible" line and for SARIF locations.
import { scenarioById } from '../scenarios/index.ts';
import { setupFor } from '../products/index.ts';
import type { ControlChange } from '../scenarios/types.ts';
import type { IncidentCheck } from './check.ts';
import type { ReviewFormat } from './configProfile.ts';
import { configChange } from './recommend.ts';

export interface ResponsibleKey {
  /** The file that sets it, or null when no file does (a default applies). */
  source: string | null;
  /** JSON path in the file's format. */
  path: string;
  why: string;
}

export interface ParsedSource {
  name: string;
  value: unknown;
}

const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, unknown>)[k] : undefined), root);

function changesFor(incident: IncidentCheck, product: string): ControlChange[] {
  if (incident.recommendation) return incident.recommendation.changes;
  const scenario = scenarioById(incident.id);
  if (!scenario) return [];
  try {
    return setupFor(scenario, product as Parameters<typeof setupFor>[1]).fix.changes;
  } catch {
    return [];
  }
}

export function responsibleKeys(incident: IncidentCheck, product: string, format: ReviewFormat, sources: readonly ParsedSource[]): ResponsibleKey[] {
  if (incident.contained) return [];
  const out: ResponsibleKey[] = [];
  const setBy = (path: string) => sources.find((s) => at(s.value, path) !== undefined)?.name ?? null;
  if (format === 'claude-code') {
    const bypass = sources.find((s) => at(s.value, 'permissions.defaultMode') === 'bypassPermissions');
    // A Claude Code settings file configures the client wherever a product runs it.
    if (bypass) out.push({ source: bypass.name, path: 'permissions.defaultMode', why: 'bypassPermissions: no permission check or prompt stands in the way' });
  }
  for (const change of changesFor(incident, product)) {
    const c = configChange(format, change);
    if (!c.expressible) continue;
    const source = setBy(c.key);
    const current = source === null ? undefined : at(sources.find((s) => s.name === source)?.value, c.key);
    out.push({
      source, path: c.key,
      why: source === null ? `not set (the default applies); the fix sets it to ${JSON.stringify(c.value)}`
        : `set to ${JSON.stringify(current)}; the fix makes it ${JSON.stringify(c.value)}`,
    });
  }
  return out;
}
