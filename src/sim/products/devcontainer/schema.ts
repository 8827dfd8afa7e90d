// Claude Code inside Anthropic's reference devcontainer (.devcontainer/ in github.com/anthropics/claude-code;
// BRIEF.md "Pattern 4"). The client's own settings are Claude Code's; around them sits a Docker
// container with a default-deny firewall (init-firewall.sh) and two things from outside: the project,
// bind-mounted read-write at /workspace, and a named volume for ~/.claude.
import { z } from 'zod';
import { modelSchema, profileKind } from '../schemaParts.ts';
import { claudeCodeClientShape } from '../claudeCode/schema.ts';

export const firewallSchema = z.object({
  /** init-firewall.sh ran at start (postStartCommand) and its rules are in place. */
  enabled: z.boolean(),
  /**
   * GitHub's published web, api and git address ranges (fetched from api.github.com/meta at start).
   * Every GitHub host in them shares those addresses (github.com, api.github.com, gist.github.com, ...),
   * so they come as one: the firewall cannot allow github.com and refuse gist.github.com.
   */
  allowGitHub: z.boolean(),
  /**
   * Other names the script resolved into its allowed set at start. The rules work on addresses, not
   * names, so there are no wildcards: a name is allowed only if it was resolved.
   */
  allowedHosts: z.array(z.string()),
  /** `-p tcp --dport 22 -j ACCEPT`: outbound TCP to port 22 of any host (meant for git over SSH). */
  allowSsh: z.boolean(),
  /** `-p udp --dport 53 -j ACCEPT`: DNS to any resolver. */
  allowDns: z.boolean(),
  /** The host's own /24 network (the Docker host and its neighbours). */
  allowHostNetwork: z.boolean(),
});

export const devcontainerSchema = z.object({
  product: z.literal('devcontainer'),
  kind: profileKind,
  name: z.string(),
  model: modelSchema,
  ...claudeCodeClientShape,
  container: z.object({
    firewall: firewallSchema,
    /** How the project is mounted at /workspace (the reference file: a read-write bind mount). */
    workspaceMount: z.enum(['read-write', 'read-only']),
    /** ~/.claude is a named volume: the login, settings and memory survive a rebuild. */
    configVolume: z.boolean(),
    /**
     * Claude Code's `enableWeakerNestedSandbox`: bubblewrap cannot create its namespaces in an
     * unprivileged container, so the OS sandbox never starts there unless this weaker mode is on
     * (Linux only; the docs warn it weakens the sandbox, https://code.claude.com/docs/en/settings).
     */
    weakerNestedSandbox: z.boolean(),
  }),
});

export type DevcontainerProfile = z.infer<typeof devcontainerSchema>;
