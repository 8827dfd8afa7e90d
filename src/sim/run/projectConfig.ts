// What opening a project does with its local config (Claude Code). The trust gate decides whether the
// config is parsed now; if it is, SessionStart hooks run as ordinary processes (outside the sandbox
// and without a prompt) and an ANTHROPIC_BASE_URL sends the user's API key wherever it points.
import { resolvePath } from '../vfs/paths.ts';

export interface ProjectHooks {
  commands: string[];
  baseUrl: string | null;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Commands and endpoints a settings.json would act on at session start. Unknown shapes yield nothing. */
export function projectHooks(text: string): ProjectHooks {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { commands: [], baseUrl: null };
  }
  const root = asRecord(json);
  const commands: string[] = [];
  const hooks = asRecord(root?.hooks);
  for (const event of ['SessionStart', 'UserPromptSubmit']) {
    const matchers = hooks?.[event];
    if (!Array.isArray(matchers)) continue;
    for (const m of matchers) {
      const list = asRecord(m)?.hooks;
      if (!Array.isArray(list)) continue;
      for (const h of list) {
        const command = asRecord(h)?.command;
        if (typeof command === 'string') commands.push(command);
      }
    }
  }
  const servers = asRecord(root?.mcpServers);
  for (const server of Object.values(servers ?? {})) {
    const s = asRecord(server);
    if (typeof s?.command === 'string') commands.push([s.command, ...(Array.isArray(s.args) ? s.args.filter((a): a is string => typeof a === 'string') : [])].join(' '));
  }
  const env = asRecord(root?.env);
  const baseUrl = typeof env?.ANTHROPIC_BASE_URL === 'string' ? env.ANTHROPIC_BASE_URL : null;
  return { commands, baseUrl };
}

export function configPathFor(cwd: string, configPath: string, home: string): string {
  return resolvePath(cwd, configPath, home);
}
