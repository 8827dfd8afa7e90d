// The README documents the product-profile schema and the blast radius weights: its examples must
// parse and its weights table must match the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/sim/profile/schema.ts';
import { hashToSnapshot } from '../src/app/share/shareSync.ts';
import { SCENARIO_IDS } from '../src/sim/scenarios/index.ts';
import { getAtPath } from '../src/sim/profile/controlPath.ts';
import { ACCOUNT_WEIGHT, AREA_WEIGHT, DESTINATION_WEIGHT, EPHEMERAL_FILES_WEIGHT, SECRET_WEIGHT } from '../src/sim/blast/weights.ts';

const readme = readFileSync('README.md', 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}`);
  expect(start, `README section "${title}"`).toBeGreaterThanOrEqual(0);
  const next = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, next === -1 ? undefined : next);
}

describe('README', () => {
  it('has one product-profile example per product, each valid', () => {
    const blocks = [...section('Product-profile JSON').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? '') as unknown);
    const parsed = blocks.map((b) => parseProfile(b));
    for (const p of parsed) expect(p.ok ? 'ok' : p.message).toBe('ok');
    expect(parsed.map((p) => (p.ok ? p.profile.product : null)).sort()).toEqual(['claude-ai', 'claude-code', 'cowork']);
  });

  it('weights table matches src/sim/blast/weights.ts', () => {
    const table = section('Blast radius: how it is scored');
    const weightOf = (label: string) => {
      const row = table.split('\n').find((l) => l.startsWith(`| ${label}`));
      return Number(row?.split('|')[3]?.trim());
    };
    expect(weightOf('AWS credentials, SSH private key')).toBe(SECRET_WEIGHT['aws-credentials']);
    expect(SECRET_WEIGHT['ssh-key']).toBe(SECRET_WEIGHT['aws-credentials']);
    expect(weightOf("the user's Anthropic API key")).toBe(SECRET_WEIGHT['api-key']);
    expect(weightOf('other tokens')).toBe(SECRET_WEIGHT.token);
    expect(weightOf('business documents')).toBe(SECRET_WEIGHT.document);
    expect(weightOf("Cowork's scoped session token")).toBe(SECRET_WEIGHT['session-token']);
    expect(weightOf('agent settings')).toBe(AREA_WEIGHT['agent-config']);
    expect(weightOf('shell startup files')).toBe(AREA_WEIGHT['shell-startup']);
    expect(weightOf('git hooks')).toBe(AREA_WEIGHT['git-internals']);
    expect(weightOf('other files')).toBe(AREA_WEIGHT.files);
    expect(weightOf("files in claude.ai's")).toBe(EPHEMERAL_FILES_WEIGHT);
    expect(weightOf('send to an unknown')).toBe(DESTINATION_WEIGHT.collector);
    expect(weightOf('send to an arbitrary')).toBe(DESTINATION_WEIGHT.web);
    expect(weightOf('send to a code host')).toBe(DESTINATION_WEIGHT['code-host']);
    expect(DESTINATION_WEIGHT['anthropic-api']).toBe(DESTINATION_WEIGHT['code-host']);
    expect(weightOf('send to the team chat')).toBe(DESTINATION_WEIGHT.chat);
    expect(DESTINATION_WEIGHT.registry).toBe(DESTINATION_WEIGHT.chat);
    expect(weightOf('send to a remote MCP')).toBe(DESTINATION_WEIGHT['mcp-remote']);
    expect(weightOf("act as the user's")).toBe(ACCOUNT_WEIGHT.user);
    expect(weightOf('act as the scoped')).toBe(ACCOUNT_WEIGHT.session);
  });

  it('share-link example opens without a notice and carries what it says', () => {
    const example = /```\n(#v=1&[^\n]+)\n```/.exec(section('Share links'))?.[1];
    expect(example).toBeDefined();
    const { snapshot, notices } = hashToSnapshot(example as string, SCENARIO_IDS);
    expect(notices).toEqual([]);
    expect(snapshot).toMatchObject({ scenarioId: 'phished-prompt', seed: 3, worstCase: false, step: 4 });
    expect(getAtPath(snapshot.profiles['claude-code'], 'sandbox.enabled')).toBe(false);
  });

  it('incidents table lists exactly the catalog', () => {
    const ids = [...section('Incidents').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(SCENARIO_IDS);
  });
});
