// The review page's import: every issue of every source, named by file and JSON path; scopes merged
// by precedence; formats that stand alone refused in company.
import { describe, expect, it } from 'vitest';
import { describeIssue, importConfig, inferScope } from '../../../src/sim/review/importConfig.ts';

const json = (v: unknown) => JSON.stringify(v, null, 2);

describe('importConfig', () => {
  it('names the file and the field path of a wrong type, and what was expected', () => {
    const r = importConfig([{ name: 'settings.json', text: json({ sandbox: { network: { allowedDomains: ['github.com', 'npmjs.org', 5] } } }) }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ source: 'settings.json', path: 'sandbox.network.allowedDomains[2]' })]);
    expect(describeIssue(r.errors[0]!)).toMatch(/^settings\.json: sandbox\.network\.allowedDomains\[2\]: expected a string/);
  });

  it('reports every issue of every file, not just the first', () => {
    const r = importConfig([
      { name: 'a.json', text: json({ permissions: { defaultMode: 'yolo', allow: 'Bash' } }) },
      { name: 'settings.local.json', text: json({ sandbox: { enabled: 'yes' } }) },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.source} ${e.path}`).sort()).toEqual(['a.json permissions.allow', 'a.json permissions.defaultMode', 'settings.local.json sandbox.enabled']);
  });

  it('turns garbage into messages, never a throw', () => {
    const cases: [string, RegExp][] = [['', /is empty/], ['   ', /is empty/], ['{"permissions":', /not valid JSON/], ['[1,2]', /JSON object/], ['42', /JSON object/], ['null', /JSON object/], ['{"hello": 1}', /cannot tell the format/]];
    for (const [text, message] of cases) {
      const r = importConfig([{ name: 'x.json', text }]);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.errors[0]?.message, text).toMatch(message);
    }
    expect(importConfig([])).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/nothing to review/) }] });
  });

  it('merges Claude Code scopes by precedence: local beats project, rule lists are unioned', () => {
    const r = importConfig([
      { name: 'settings.json', text: json({ permissions: { deny: ['Read(~/.aws/**)'] }, sandbox: { enabled: false } }) },
      { name: 'settings.local.json', text: json({ permissions: { deny: ['Bash(rm *)'] }, sandbox: { enabled: true } }) },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok || r.profile.product !== 'claude-code') return;
    expect(r.sources.map((s) => s.scope)).toEqual(['project', 'local']);
    expect(r.profile.sandbox.enabled).toBe(true);
    expect([...r.profile.permissions.deny].sort()).toEqual(['Bash(rm *)', 'Read(~/.aws/**)']);
  });

  it('an explicit scope overrides the name: the same files with project above user flip the scalar', () => {
    const files = (lowScope: 'user' | 'managed') => importConfig([
      { name: 'one.json', text: json({ sandbox: { enabled: true } }), scope: 'project' },
      { name: 'two.json', text: json({ sandbox: { enabled: false } }), scope: lowScope },
    ]);
    const enabled = (r: ReturnType<typeof files>) => (r.ok && r.profile.product === 'claude-code' ? r.profile.sandbox.enabled : null);
    expect(enabled(files('user'))).toBe(true);
    expect(enabled(files('managed'))).toBe(false);
  });

  it('infers the scope from the file name', () => {
    expect(inferScope('managed-settings.json')).toBe('managed');
    expect(inferScope('settings.local.json')).toBe('local');
    expect(inferScope('user-settings.json')).toBe('user');
    expect(inferScope('.claude/settings.json')).toBe('project');
  });

  it('reads a sandbox-runtime file as the sandbox on, and refuses it next to another file', () => {
    const srt = json({ network: { allowedDomains: ['github.com'], deniedDomains: [] }, filesystem: { denyRead: ['~/.aws'], allowWrite: ['.'], denyWrite: [] } });
    const alone = importConfig([{ name: 'srt.json', text: srt }]);
    expect(alone).toMatchObject({ ok: true, format: 'srt', profile: { sandbox: { enabled: true } } });
    const mixed = importConfig([{ name: 'srt.json', text: srt }, { name: 'settings.json', text: json({ permissions: {} }) }]);
    expect(mixed).toMatchObject({ ok: false, errors: [{ source: 'srt.json', message: expect.stringMatching(/stands alone/) }] });
    const missing = importConfig([{ name: 'srt.json', text: json({ network: { allowedDomains: [] } }) }]);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.path)).toContain('network.deniedDomains');
  });

  it('validates a product profile with field paths', () => {
    const r = importConfig([{ name: 'p.json', text: json({ kind: 'containment-lab-profile', product: 'cowork', name: 'x' }) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.path === 'model' && /required/.test(e.message))).toBe(true);
  });
});

describe('importConfig on arbitrary input', () => {
  it('never throws, and every failure names its source', async () => {
    const fc = await import('fast-check');
    // Settings-shaped objects with random leaves reach deep into the schemas, not just the root check.
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer())));
    const shaped = fc.record({
      permissions: fc.option(fc.record({ allow: leaf, deny: leaf, defaultMode: leaf }), { nil: undefined }),
      sandbox: fc.option(fc.record({ enabled: leaf, network: fc.option(fc.record({ allowedDomains: leaf }), { nil: undefined }), filesystem: leaf }), { nil: undefined }),
    }).map((v) => JSON.stringify(v));
    const text = fc.oneof(fc.string(), fc.json(), shaped);
    fc.assert(fc.property(fc.array(fc.record({ name: fc.string(), text }), { maxLength: 3 }), (sources) => {
      const r = importConfig(sources);
      if (!r.ok) {
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(e.source.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300, seed: 9 });
  });

  it('a hook the engine does not run (http, prompt, agent) is a finding that says so, with its JSON path; a command hook is not', () => {
    const settings = { hooks: {
      PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'prompt', prompt: 'Is this safe?' }, { type: 'command', command: 'exit 0' }] }],
      PostToolUse: [{ hooks: [{ type: 'http', url: 'https://audit.example/hook' }] }],
    } };
    const r = importConfig([{ name: 'settings.json', text: json(settings) }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const notModeled = r.review.findings.filter((f) => f.rule === 'settings/hook-not-modeled');
    expect(notModeled.map((f) => f.paths[0])).toEqual(['hooks.PreToolUse[0].hooks[0].type', 'hooks.PostToolUse[0].hooks[0].type']);
    expect(notModeled[0]?.detail).toMatch(/block or allow/);
    expect(notModeled[1]?.detail).toMatch(/audit\.example/);
    expect(r.review.findings.some((f) => f.rule === 'settings/hook-gate' && f.paths[0] === 'hooks.PreToolUse[0].hooks[1].command')).toBe(true);
  });
});

