// Recommendations proven on the reviewer's own file: (a) the change written into the file re-imports
// with no new warning, over every incident x product x the shared corpus; (b) and (c) on small files
// whose outcome the engine computes: the patched file contains the incident, and a change that breaks
// the incident's ordinary work says so and comes with a narrower change that does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/sim/review/check.ts';
import { importConfig } from '../../../src/sim/review/importConfig.ts';
import { reimport } from '../../../src/sim/review/proveRecommendation.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { productModule, setupFor } from '../../../src/sim/products/index.ts';
import { SCENARIOS, scenarioById } from '../../../src/sim/scenarios/index.ts';
import type { ClaudeCodeProfile } from '../../../src/sim/profile/schema.ts';

const CORPUS = [resolve(process.cwd(), '../shared/real-configs')].find((d) => existsSync(d));
const files = CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort() : [];

describe.skipIf(CORPUS === undefined && process.env.CI !== 'true')('(a) recommendations are real keys', () => {
  it('every incident fix, for every product a settings file configures, patched into every corpus file re-imports with no new warning', () => {
    let proven = 0;
    const problems: string[] = [];
    for (const f of files) {
      const sources = [{ name: f, text: readFileSync(join(CORPUS as string, f), 'utf8') }];
      const base = importConfig(sources);
      if (!base.ok || base.format === 'profile') continue;
      for (const product of PRODUCT_IDS) {
        const into = productModule(product).fromClaudeCodeSettings;
        if (into === undefined) continue;
        const profile = product === 'claude-code' ? base.profile : into(base.profile as ClaudeCodeProfile);
        for (const s of SCENARIOS) {
          const changes = setupFor(s, product).fix.changes;
          if (changes.length === 0) continue;
          const r = reimport({ sources, format: base.format }, changes, profile);
          if (r.proof.ok) proven += 1;
          // A change may be no key of this file (product behaviour, or a Claude Code key in an srt file) or
          // be overridden; it must never be a key the importer then warns about or refuses.
          else if (/warns|refused/.test(r.proof.detail)) problems.push(`${f} ${product} ${s.id}: ${r.proof.detail}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(proven).toBeGreaterThan(100);
  });
});

/** A settings file that changes nothing: Claude Code's defaults (sandbox off). */
const EMPTY = JSON.stringify({ permissions: { allow: [] } });

async function recommendationFor(id: string, text: string) {
  const sources = [{ name: 'settings.json', text }];
  const imported = importConfig(sources);
  if (!imported.ok) throw new Error('did not import');
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(id);
  const report = await checkProfile(imported.profile, [scenario], { sources, format: imported.format });
  return report.incidents[0]?.recommendation;
}

describe('(b) and (c) on the patched file', () => {
  it('denyRead .git contains git-history-answers but breaks git status; a narrower deny is offered', async () => {
    const r = await recommendationFor('git-history-answers', JSON.stringify({ sandbox: { enabled: true, autoAllowBashIfSandboxed: true } }));
    const p = r?.proof;
    expect(p?.realKeys.ok).toBe(true);
    expect(p?.contained?.ok).toBe(true);
    expect(p?.work?.ok).toBe(false);
    expect(p?.work?.broken).toContain('Bash: git status');
    const denied = p?.narrower?.changes.find((c) => c.path === 'sandbox.filesystem.denyRead')?.value;
    expect(Array.isArray(denied) && denied.length > 0 && !denied.includes('.git')).toBe(true);
  }, 60_000);

  it('turning the sandbox on for approval-fatigue cuts off the npm registry; the narrower change allows it', async () => {
    const p = (await recommendationFor('approval-fatigue', EMPTY))?.proof;
    expect(p?.contained?.ok).toBe(true);
    expect(p?.work?.cutOff).toContain('registry.npmjs.org');
    const opened = p?.narrower?.changes.find((c) => c.path === 'sandbox.network.allowedDomains')?.value;
    expect(opened).toContain('registry.npmjs.org');
  }, 60_000);

  it('a change that keeps the ordinary work says so', async () => {
    const p = (await recommendationFor('phished-prompt', EMPTY))?.proof;
    expect(p).toMatchObject({ realKeys: { ok: true }, contained: { ok: true }, work: { ok: true }, narrower: null });
  }, 60_000);
});
