// claude.ai: the ephemeral server container (BRIEF.md pattern 1). Code runs on the provider's
// servers in a fresh gVisor container per session; the user's machine is not part of it, and the
// only way out is an egress allowlist proxy. Web fetch is a provider-side tool its proxy never sees.
import { containerBoundaryLayer, notInContainer } from '../../layers/containerBoundary.ts';
import { egressProxyLayer } from '../../layers/egressProxy.ts';
import { toolResultInspectionLayer } from '../../layers/toolResultInspection.ts';
import { listOf } from '../controls.ts';
import type { ProductModule } from '../types.ts';
import { claudeAiCard } from './card.ts';
import { claudeAiSchema, type ClaudeAiProfile } from './schema.ts';

export const claudeAi: ProductModule<ClaudeAiProfile> = {
  ...claudeAiCard,
  schema: claudeAiSchema,
  place: (world, _project, p) => ({
    cwd: world.container.home, home: world.container.home, user: 'user',
    roots: { workspace: world.container.home, home: world.host.home, ephemeralWorkspace: p.container.ephemeral, onUserMachine: false },
  }),
  build: (world, p, place) => ({
    seed: { files: world.container.files, symlinks: [], dirs: [place.cwd, world.container.home, '/tmp'] },
    env: {},
    sessionToken: null, loopDown: null, execDown: null, localMcpWithCode: false, autoMode: false,
    layers: [
      containerBoundaryLayer(),
      // Tools such as web fetch run on the provider's side, not in the container, so its proxy never sees them.
      egressProxyLayer(p.egress, (via) => via !== 'tool'),
      toolResultInspectionLayer(p.toolResultInspection),
    ],
    toolVia: 'tool',
    harnessTools: false,
    excludedCommands: [],
    // claude.ai's container is another machine: a file at ~/.aws/credentials there is not the user's.
    absent: () => notInContainer(),
    newSession: p.container.ephemeral ? { wipe: [place.home, '/tmp'], restore: world.container.files } : { wipe: [], restore: [] },
  }),
  watchers: () => ['provider-only'],
  edr: () => [],
  loosenings: [],
  allowlistPath: 'egress.allowedDomains',
  describe: (p) => [`container ${p.container.ephemeral ? 'ephemeral' : 'persistent'}; egress allowed: ${listOf(p.egress.allowedDomains)}; denied: ${listOf(p.egress.deniedDomains)}`],
};
