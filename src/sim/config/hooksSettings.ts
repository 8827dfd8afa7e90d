// settings.json `hooks` into the flat list the hooks layer runs (layers/hooks.ts): event -> matcher
// groups -> handlers. Only `command` handlers run commands; the other handler types (http, prompt,
// agent, mcp_tool) are left to the review's "not modeled" list. `disableAllHooks: true` switches every
// hook off (measured on 2.1.328: test/fidelity/claudeCode/hooks.ts).
import type { HookSpec } from '../layers/hooks.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The command hooks a settings value holds; malformed parts are skipped, never thrown on. */
export function commandHooks(settings: { hooks?: unknown; disableAllHooks?: unknown }): HookSpec[] {
  if (settings.disableAllHooks === true || !isObj(settings.hooks)) return [];
  const out: HookSpec[] = [];
  for (const [event, groups] of Object.entries(settings.hooks)) {
    if (!Array.isArray(groups)) continue;
    groups.forEach((g, gi) => {
      if (!isObj(g) || !Array.isArray(g.hooks)) return;
      const matcher = typeof g.matcher === 'string' ? g.matcher : undefined;
      g.hooks.forEach((h, hi) => {
        if (!isObj(h) || (h.type !== undefined && h.type !== 'command') || typeof h.command !== 'string') return;
        out.push({ event, ...(matcher === undefined ? {} : { matcher }), command: h.command, path: `hooks.${event}[${gi}].hooks[${hi}].command` });
      });
    });
  }
  return out;
}
