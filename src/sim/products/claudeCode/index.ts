// Claude Code on the developer's machine: the human-in-the-loop OS sandbox (BRIEF.md pattern 2). It
// runs as the user, in the project the user opened, with the user's keys; permission rules and
// prompts gate every tool call, and an OS sandbox wraps Bash.
import { toolResultInspectionLayer } from '../../layers/toolResultInspection.ts';
import { isWithin } from '../../vfs/paths.ts';
import { CLAUDE_CODE_CONTROLS, claudeCodeEdr, claudeCodeLayers, claudeCodeLoosenings, describeClaudeCode, userKey } from '../claudeCodeClient.ts';
import { claudeCodeSchema, type ClaudeCodeProfile } from './schema.ts';
import { claudeCodePresets, CLAUDE_CODE_HISTORICAL } from './presets.ts';
import type { ProductModule } from '../types.ts';

export const claudeCode: ProductModule<ClaudeCodeProfile> = {
  id: 'claude-code',
  info: {
    name: 'Claude Code',
    pattern: 'Human-in-the-loop OS sandbox',
    summary: 'Runs on the developer\'s machine. Permission rules and approvals, plus an OS sandbox: writes only in the workspace, network only through an allowlist proxy.',
  },
  schema: claudeCodeSchema,
  presets: claudeCodePresets,
  historical: CLAUDE_CODE_HISTORICAL,
  place: (world, project) => ({
    cwd: project, home: world.host.home, user: world.host.user,
    roots: { workspace: world.host.projects.find((p) => isWithin(p, project)) ?? project, home: world.host.home, ephemeralWorkspace: false, onUserMachine: true },
  }),
  build: (world, p, place) => ({
    seed: { files: world.host.files, symlinks: world.host.symlinks, dirs: [place.cwd, '/tmp'] },
    env: { ANTHROPIC_API_KEY: userKey(world) },
    sessionToken: null, loopDown: null, execDown: null, localMcpWithCode: false,
    autoMode: p.permissions.defaultMode === 'auto',
    layers: [...claudeCodeLayers(world, p, place.cwd, place.home), toolResultInspectionLayer(p.toolResultInspection)],
    toolVia: 'tool',
    harnessTools: true,
    excludedCommands: p.sandbox.excludedCommands,
    absent: null,
    // The user's next interactive shell sources ~/.bashrc as the user: no sandbox, no prompt (the
    // sandbox wraps the agent's Bash, not the person's terminal).
    newSession: { wipe: [], restore: [], startup: { files: [`${place.home}/.bashrc`], via: 'bash' } },
  }),
  // Everything runs as the user on the host, so the EDR sees each command and its effects.
  watchers: (p) => (p.otlpExport ? ['host-edr', 'otlp-export'] : ['host-edr']),
  edr: (log) => claudeCodeEdr(log),
  controls: CLAUDE_CODE_CONTROLS,
  loosenings: claudeCodeLoosenings<ClaudeCodeProfile>(),
  allowlistPath: 'sandbox.network.allowedDomains',
  describe: describeClaudeCode,
  defaultAnswerer: 'fatigued',
  fromClaudeCodeSettings: (client) => client,
  marker: 'square',
};
