// "Why it applies here", about the file in front of the reviewer: the keys of that file (with their
// JSON paths and values) that let the incident through, not the product's shipped defaults. A mode
// that switches permission checks off is named as the cause; a file that allowlists the very host the
// data went to is told so, with the entry.
import { hostMatches, parseDomainPattern } from '../policy/domains.ts';
import { parseRule } from '../policy/ruleSyntax.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { IncidentCheck } from './check.ts';
import type { ReviewFormat } from './configProfile.ts';
import { responsibleKeys, type ParsedSource } from './responsible.ts';

export interface AllowlistedHost {
  source: string;
  /** JSON path of the entry, with its index (`sandbox.network.allowedDomains[1]`). */
  path: string;
  entry: string;
  host: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((cur, k) => (isObj(cur) ? cur[k] : undefined), root);

/** Hosts the incident's worst-case run sent data to (its blast picture's destinations that were used). */
export function harmHosts(i: IncidentCheck): string[] {
  // Destination assets are named `dest:<host>` (blast/assets.ts).
  return [...new Set(i.blast.assets.filter((a) => a.kind === 'destination' && a.effects.length > 0 && a.id.startsWith('dest:')).map((a) => a.id.slice('dest:'.length)))];
}

function patternMatches(entry: string, host: string): boolean {
  return hostMatches(host, parseDomainPattern(entry));
}

/** Entries of the reviewer's files that allow one of `hosts`: sandbox allowlists and WebFetch allow rules. */
export function allowlistedHosts(sources: readonly ParsedSource[], format: ReviewFormat, hosts: readonly string[]): AllowlistedHost[] {
  const out: AllowlistedHost[] = [];
  const lists = format === 'srt' ? ['network.allowedDomains'] : ['sandbox.network.allowedDomains'];
  for (const s of sources) {
    for (const list of lists) {
      const v = at(s.value, list);
      if (!Array.isArray(v)) continue;
      v.forEach((entry, i) => {
        if (typeof entry !== 'string') return;
        const host = hosts.find((h) => patternMatches(entry, h));
        if (host !== undefined) out.push({ source: s.name, path: `${list}[${i}]`, entry, host });
      });
    }
    if (format !== 'claude-code') continue;
    const allow = at(s.value, 'permissions.allow');
    if (!Array.isArray(allow)) continue;
    allow.forEach((rule, i) => {
      if (typeof rule !== 'string') return;
      const parsed = parseRule(rule);
      if ('error' in parsed || parsed.tool !== 'WebFetch') return;
      const spec = parsed.specifier ?? '';
      const host = spec === '' ? hosts[0] : spec.startsWith('domain:') ? hosts.find((h) => patternMatches(spec.slice('domain:'.length), h)) : undefined;
      if (host !== undefined) out.push({ source: s.name, path: `permissions.allow[${i}]`, entry: rule, host });
    });
  }
  return out;
}

const show = (v: unknown) => (v === undefined ? 'unset' : JSON.stringify(v));

/** One paragraph on why the incident got through with these files; null when it did not. */
export function whyItApplies(i: IncidentCheck, profile: ProductProfile, format: ReviewFormat, sources: readonly ParsedSource[]): string | null {
  if (i.contained || i.status === 'not-applicable') return null;
  const parts: string[] = [];
  const mode = 'permissions' in profile ? profile.permissions.defaultMode : null;
  const bypass = sources.find((s) => at(s.value, 'permissions.defaultMode') === 'bypassPermissions');
  if (mode === 'bypassPermissions' && bypass) {
    parts.push(`\`${bypass.name}\` sets \`permissions.defaultMode\` to "bypassPermissions": that is the cause. No permission rule asks and no prompt is shown, so whatever boundary the rest of the file sets, the agent's calls go ahead unasked`);
  }
  for (const a of allowlistedHosts(sources, format, harmHosts(i))) {
    parts.push(`\`${a.source}\` itself allowlists the host the data went to: \`${a.path}\` is "${a.entry}", which admits ${a.host}`);
  }
  for (const k of responsibleKeys(i, profile.product, format, sources)) {
    if (k.path === 'permissions.defaultMode' && mode === 'bypassPermissions') continue;
    const value = k.source === null ? undefined : at(sources.find((s) => s.name === k.source)?.value, k.path);
    const fix = k.why.replace(/^[^;]*; /, '');
    parts.push(k.source === null ? `\`${k.path}\` is not set in the file, so the default applies (${fix})` : `\`${k.source}\` sets \`${k.path}\` to ${show(value)} (${fix})`);
  }
  return parts.length === 0 ? null : `${parts.join('; ')}.`;
}
