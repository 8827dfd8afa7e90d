// Every Claude Code tool call of every incident, as differential cases (src/cli/verify/incidents.ts
// moves the world into the case's root), run under three settings files: the real client's own
// defaults (`{}`), this project's shipped Claude Code preset, and the incident's fix. Auto mode is
// left out: its classifier does not run against a scripted model (the client says so and asks instead).
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ClaudeCodeProfile } from '../../../src/sim/profile/schema.ts';
import type { CcCase } from '../../../src/cli/verify/caseTypes.ts';
import { incidentCase, profileToSettings } from '../../../src/cli/verify/incidents.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

export { profileToSettings };

export function incidentCases(): CcCase[] {
  const out: CcCase[] = [];
  for (const scenario of SCENARIOS) {
    const base = incidentCase(scenario);
    if (base === null) continue;
    const setup = setupFor(scenario, 'claude-code');
    const original = preset('claude-code', setup.original) as ClaudeCodeProfile;
    const profiles: [string, ClaudeCodeProfile | null][] = [
      ['client defaults', null],
      ['shipped preset', preset('claude-code', 'shipped') as ClaudeCodeProfile],
      ['fix', applyFix(original, setup.fix) as ClaudeCodeProfile],
    ];
    for (const [label, profile] of profiles) {
      if (profile !== null && profile.permissions.defaultMode === 'auto') continue;
      const { settings, mode } = profile === null ? { settings: {}, mode: undefined } : profileToSettings(profile);
      out.push({ name: `${scenario.id} under ${label}`, category: scenario.id, settings, ...base, ...(mode ? { mode } : {}) });
    }
  }
  return out;
}
