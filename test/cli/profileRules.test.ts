// A product-profile JSON is validated rule by rule with the settings-file parser, and explain reads it
// as the profile it is (format detected as check detects it), not as Claude Code settings.
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from './mainHarness.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import { parseProfile, type ClaudeCodeProfile } from '../../src/sim/profile/schema.ts';

const { file } = tempFiles('cl-profile-rules-');
const shipped = preset('claude-code', 'shipped') as ClaudeCodeProfile;
const withRules = (deny: string[]): ClaudeCodeProfile => ({ ...shipped, permissions: { ...shipped.permissions, deny } });

describe('product-profile permission rules', () => {
  it.each([
    ['(((', 'permissions.deny.1: permission rule "(((" opens "(" but does not end with ")"'], ['(((x)', 'permissions.deny.1: permission rule "(((x)" has no valid tool name before "("'],
    ['Bash(', 'permissions.deny.1: permission rule "Bash(" opens "(" but does not end with ")"'],
    ['', 'permissions.deny.1: permission rule is empty'],
  ])('%j is a field error naming the rule', (rule, message) => {
    const r = parseProfile(withRules(['Read(~/.aws/**)', rule]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('check and explain refuse such a profile with exit 2 and the field', async () => {
    const bad = file('bad.json', withRules(['Bash(']));
    for (const argv of [['check', bad], ['explain', bad, '--cwd', '/p', '--action', 'bash:ls']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/permissions\.deny\.0: permission rule "Bash\(" opens/);
    }
  });

  it('explain decides from the profile\'s own rules', async () => {
    const p = file('deny-env.json', withRules(['Read(./.env)']));
    const r = await cli('explain', p, '--cwd', '/home/dev/p', '--action', 'read:/home/dev/p/.env', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'deny', rule: 'Read(./.env)' });
    const open = await cli('explain', file('open.json', withRules([])), '--cwd', '/home/dev/p', '--action', 'read:/home/dev/p/.env', '--json');
    expect(JSON.parse(open.stdout)).toMatchObject({ decision: 'allow' });
  });

  it('explain names the product when a profile is not Claude Code', async () => {
    const r = await cli('explain', file('cowork.json', preset('cowork', 'shipped')), '--cwd', '/p', '--action', 'read:/p/a');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/this product profile is for cowork/);
  });
});
