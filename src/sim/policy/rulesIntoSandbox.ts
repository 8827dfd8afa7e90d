// Claude Code hands some of its permission rules to the OS sandbox, so Bash meets them as file and
// network policy (https://code.claude.com/docs/en/sandboxing, "how permissions and sandboxing work
// together"; checked against the real client in the differential suite): Read deny rules become
// denyRead, Edit allow and deny rules become allowWrite and denyWrite, and WebFetch domain rules join
// the sandbox's allowed and denied domains.
import { parseRule } from './ruleSyntax.ts';

export interface RulesInSandbox {
  denyRead: string[];
  allowWrite: string[];
  denyWrite: string[];
  allowedDomains: string[];
  deniedDomains: string[];
}

/**
 * A Read/Edit specifier in sandbox-runtime's path syntax: `//abs` is absolute, `~/` stays, `/path` is
 * the project root (the working directory here), `./x` and a bare path are relative to it; a trailing
 * `/**` names the directory itself, which srt treats as everything under it.
 */
export function specifierToSandboxPath(spec: string): string {
  let out: string;
  if (spec.startsWith('//')) out = spec.slice(1);
  else if (spec === '~' || spec.startsWith('~/')) out = spec;
  else if (spec.startsWith('/')) out = `.${spec}`;
  else if (spec.startsWith('./')) out = spec;
  else out = spec.includes('/') ? `./${spec}` : `./**/${spec}`;
  const trimmed = out.replace(/\/\*\*$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export function sandboxPathsFromRules(p: { allow: readonly string[]; deny: readonly string[] }): RulesInSandbox {
  const out: RulesInSandbox = { denyRead: [], allowWrite: [], denyWrite: [], allowedDomains: [], deniedDomains: [] };
  const add = (list: readonly string[], effect: 'allow' | 'deny') => {
    for (const raw of list) {
      const r = parseRule(raw);
      if ('error' in r || r.specifier === null) continue;
      if (r.tool === 'Read' && effect === 'deny') out.denyRead.push(specifierToSandboxPath(r.specifier));
      else if (r.tool === 'Edit') (effect === 'allow' ? out.allowWrite : out.denyWrite).push(specifierToSandboxPath(r.specifier));
      else if (r.tool === 'WebFetch') {
        const m = /^domain:(.+)$/.exec(r.specifier);
        if (m !== null) (effect === 'allow' ? out.allowedDomains : out.deniedDomains).push(m[1] as string);
      }
    }
  };
  add(p.allow, 'allow');
  add(p.deny, 'deny');
  return out;
}
