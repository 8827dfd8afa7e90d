// Every real settings file in the shared corpus (../shared/real-configs, files other people wrote,
// read here as test inputs only) either imports or is refused with the reason the real tool would
// give; the ones that import carry the findings a reviewer has to see. The corpus lives beside the
// checkout; without it this file skips on a developer's machine and fails in CI (CI=true), never
// passing on nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importConfig } from '../../../src/sim/review/importConfig.ts';
import { notModeledKeys } from '../../../src/sim/review/fileFindings.ts';

const CORPUS = [resolve(process.cwd(), '../shared/real-configs')].find((d) => existsSync(d));
const files = CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.json') || f.endsWith('.sh')).sort() : [];
const load = (f: string) => importConfig([{ name: f, text: readFileSync(join(CORPUS as string, f), 'utf8') }]);

/** Files no tool accepts as settings, and the reason they are refused. */
const REFUSED: Record<string, RegExp> = {
  'anthropics-claude-code--devcontainer.json': /cannot tell the format: none of its keys \("name", "build"/,
  'anthropics-claude-code--init-firewall.sh': /not valid JSON at line 1, column 1/,
  // srt 0.0.83 refuses it too: "network: Required; filesystem.denyRead: Required; filesystem.denyWrite: Required".
  'srt-readme--mandatoryDenySearchDepth-snippet.json': /is required/,
};

describe.skipIf(CORPUS === undefined && process.env.CI !== 'true')('the shared corpus of real settings files', () => {
  it('has the files SOURCES.md lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s imports, or is refused with the real reason', (f) => {
    const r = load(f);
    if (REFUSED[f]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.message).join('; ')).toMatch(REFUSED[f] as RegExp);
      return;
    }
    expect(r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    if (!r.ok) return;
    // Every key present is accounted for: known (modeled, not modeled, or inert) or a finding.
    const accounted = new Set(r.review.keys.map((k) => k.path));
    const flagged = new Set(r.review.findings.filter((x) => x.rule === 'settings/unknown-key' || x.rule === 'settings/misplaced-key').flatMap((x) => x.paths));
    const text = JSON.parse(readFileSync(join(CORPUS as string, f), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(text)) expect(accounted.has(key) || flagged.has(key), `${f}: ${key}`).toBe(true);
  });

  const findings = (f: string) => {
    const r = load(f);
    return r.ok ? r.review.findings.map((x) => `${x.level} ${x.rule} ${x.paths[0]}`) : [`refused ${r.errors[0]?.message}`];
  };

  it('Anthropic\'s example settings with httpProxyPort: null import, and the inert network rules are named', () => {
    expect(findings('anthropics-claude-code--settings-strict.json')).toContain('warning settings/sandbox-rules-inert sandbox');
    expect(load('anthropics-claude-code--settings-bash-sandbox.json').ok).toBe(true);
  });

  it('a statusLine-only file imports, and its command is named as running outside the sandbox', () => {
    expect(findings('DiamondLightSource--settings.json')).toEqual(['warning settings/host-command statusLine']);
  });

  it('hooks are findings with their JSON paths: SessionStart in a repository is an error', () => {
    expect(findings('posthog--settings.json')).toEqual(expect.arrayContaining([
      'error settings/hook-unsandboxed hooks.SessionStart[0].hooks[0].command', 'warning settings/hook-unsandboxed hooks.PostToolUse[0].hooks[0].command',
    ]));
  });

  it('docker.sock, allowAllUnixSockets and an outside proxy are findings in srt files', () => {
    expect(findings('aliyome-env--srt-settings.json')).toEqual(expect.arrayContaining(['error settings/unix-socket network.allowUnixSockets[0]', 'error settings/unix-socket network.allowAllUnixSockets']));
    expect(findings('s-kostyaev-dotfiles--srt-settings.json')).toEqual(expect.arrayContaining(['warning settings/external-proxy network.httpProxyPort']));
  });

  it('keys the real client does not know are findings, and known unmodeled keys are listed with what they change', () => {
    expect(findings('wwbrannon--settings.json')).toEqual(expect.arrayContaining(['note settings/unknown-key maxTokens', 'note settings/unknown-key ui']));
    const r = load('NavarrePratt--settings.json');
    expect(r.ok && notModeledKeys(r.review).map((k) => k.path)).toEqual(expect.arrayContaining(['env', 'enabledPlugins', 'skipDangerousModePermissionPrompt']));
  });

  it('managed disableBypassPermissionsMode is honoured: bypassPermissions from another scope falls back to default', () => {
    const text = readFileSync(join(CORPUS as string, 'anthropics-claude-code--mdm-managed-settings.json'), 'utf8');
    const user = JSON.stringify({ permissions: { defaultMode: 'bypassPermissions' } });
    const both = importConfig([{ name: 'managed-settings.json', text }, { name: 'user.json', text: user, scope: 'user' }]);
    const alone = importConfig([{ name: 'user.json', text: user, scope: 'user' }]);
    const mode = (r: ReturnType<typeof importConfig>) => (r.ok && r.profile.product === 'claude-code' ? r.profile.permissions.defaultMode : null);
    expect(mode(alone)).toBe('bypassPermissions');
    expect(mode(both)).toBe('default');
    expect(both.ok && both.review.findings.map((f) => `${f.level} ${f.title}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^note defaultMode bypassPermissions is switched off/)]));
  });
});
