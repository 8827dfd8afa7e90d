// Settings hooks in the capability analysis: a hook runs on the host, unsandboxed and unprompted, so a
// script behind it that the agent can rewrite opens everything the host can reach.
import { describe, expect, it } from 'vitest';
import { reachableBlast } from '../../../src/sim/blast/reachable.ts';
import { hookScriptPaths } from '../../../src/sim/layers/hooks.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ClaudeCodeProfile } from '../../../src/sim/profile/schema.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';

const world = phishedPrompt.world();
const collector = world.network.find((h) => h.kind === 'collector')?.name ?? '';

async function sendGrant(hooks: ClaudeCodeProfile['hooks']) {
  const p = structuredClone(preset('claude-code', 'shipped')) as ClaudeCodeProfile;
  p.permissions.defaultMode = 'dontAsk';
  p.sandbox.allowUnsandboxedCommands = false;
  if (hooks) p.hooks = hooks;
  const r = await reachableBlast(world, p, phishedPrompt.project);
  return r.assets.find((a) => a.id === `dest:${collector}`)?.grants.find((g) => g.capability === 'send');
}

describe('hooks as a channel', () => {
  it('names the files behind a hook command', () => {
    const where = { cwd: '/p', home: '/h', project: '/p' };
    expect(hookScriptPaths('"$CLAUDE_PROJECT_DIR"/.claude/hooks/fmt.sh --fix', where)).toEqual(['/p/.claude/hooks/fmt.sh']);
    expect(hookScriptPaths('npm run lint && ~/bin/notify', where)).toEqual(['/p/package.json', '/h/bin/notify']);
    expect(hookScriptPaths('echo done >&2; exit 2', where)).toEqual([]);
  });

  it('a hook script the agent can write opens the host to it; one it cannot write does not', async () => {
    expect(collector).not.toBe('');
    expect((await sendGrant(undefined))?.verdict).toBe('deny');
    const inProject = await sendGrant([{ event: 'PostToolUse', matcher: 'Edit|Write', command: '"$CLAUDE_PROJECT_DIR"/scripts/format.sh' }]);
    expect(inProject?.verdict).toBe('allow');
    expect(inProject?.rule).toContain('PostToolUse hook runs');
    expect((await sendGrant([{ event: 'PostToolUse', command: '/opt/guard/format.sh' }]))?.verdict).toBe('deny');
    // The sandbox keeps Claude Code's own folder write-protected, so a hook script kept there is out of reach.
    expect((await sendGrant([{ event: 'SessionStart', command: '"$CLAUDE_PROJECT_DIR"/.claude/hooks/setup.sh' }]))?.verdict).toBe('deny');
  });

  it('hooks on the events with no tool call (Stop, SessionEnd, Notification, PreCompact, SubagentStop) are channels as well', async () => {
    for (const event of ['Stop', 'SubagentStop', 'Notification', 'PreCompact', 'SessionEnd', 'UserPromptSubmit']) {
      const g = await sendGrant([{ event, command: 'bash scripts/notify.sh' }]);
      expect(g?.verdict, event).toBe('allow');
      expect(g?.rule, event).toContain(`the ${event} hook runs`);
      expect((await sendGrant([{ event, command: '/opt/guard/notify.sh' }]))?.verdict, `${event}, a script out of reach`).toBe('deny');
    }
  });
});
