// "Why it applies here" names the reviewer's own keys: bypassPermissions as the cause, an allowlist
// entry that admits the very host the data went to, and the keys the fix changes with their values.
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/sim/review/check.ts';
import { importConfig, type ConfigSource } from '../../../src/sim/review/importConfig.ts';
import { reviewMarkdown } from '../../../src/sim/review/report.ts';
import { scenarioById } from '../../../src/sim/scenarios/index.ts';

async function report(id: string, sources: ConfigSource[]): Promise<string> {
  const imported = importConfig(sources);
  if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('; '));
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(id);
  const r = await checkProfile(imported.profile, [scenario], { sources, format: imported.format });
  return reviewMarkdown(r, { files: sources.map((s) => s.name), format: imported.format, review: imported.review, texts: sources });
}

describe('why it applies here, from the file', () => {
  it('a user file with bypassPermissions is told that is the cause, not only to turn the sandbox on', async () => {
    const text = JSON.stringify({ permissions: { defaultMode: 'bypassPermissions' }, sandbox: { enabled: true, autoAllowBashIfSandboxed: true } });
    const md = await report('phished-prompt', [{ name: 'user-settings.json', text, scope: 'user' }]);
    expect(md).toMatch(/Why it applies here: `user-settings\.json` sets `permissions\.defaultMode` to "bypassPermissions": that is the cause/);
  }, 60_000);

  it('a file that allowlists the exfiltration host is told so, with the entry\'s JSON path', async () => {
    const text = JSON.stringify({ sandbox: { enabled: true, autoAllowBashIfSandboxed: true, allowUnsandboxedCommands: false, network: { allowedDomains: ['registry.npmjs.org', 'api.anthropic.com'] } } });
    const md = await report('approved-domain-exfil', [{ name: 'settings.json', text }]);
    expect(md).toContain('`settings.json` itself allowlists the host the data went to: `sandbox.network.allowedDomains[1]` is "api.anthropic.com"');
    expect(md).not.toContain('never needed a fix');
  }, 60_000);

  it('keys the file leaves out are named as defaults, not as the shipped allowlist', async () => {
    const md = await report('git-history-answers', [{ name: 'settings.json', text: JSON.stringify({ sandbox: { enabled: true, autoAllowBashIfSandboxed: true } }) }]);
    expect(md).toContain('Why it applies here: `sandbox.filesystem.denyRead` is not set in the file, so the default applies');
  }, 60_000);
});
