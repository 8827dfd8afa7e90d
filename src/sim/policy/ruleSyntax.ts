// `Tool` and `Tool(specifier)` permission rules as Claude Code writes them in settings.json
// (https://code.claude.com/docs/en/permissions, "Permission rule syntax").

export interface ParsedRule {
  raw: string;
  tool: string;
  /** null when the rule names the whole tool. */
  specifier: string | null;
}

/** Parse one rule string; returns an error message naming the problem instead of throwing. */
export function parseRule(raw: string): ParsedRule | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'is empty: write a tool name such as "Bash" or "Read(./.env)"' };
  const open = text.indexOf('(');
  if (open === -1) {
    if (!/^[A-Za-z_][\w-]*(?:__[\w-]+)*$/.test(text) && !/^mcp__/.test(text)) {
      return { error: `"${raw}" is not a tool name: expected "Tool" or "Tool(specifier)"` };
    }
    return { raw, tool: text, specifier: null };
  }
  if (!text.endsWith(')')) return { error: `"${raw}" opens "(" but does not end with ")"` };
  const tool = text.slice(0, open);
  if (!/^[A-Za-z_][\w-]*$/.test(tool)) return { error: `"${raw}" has no valid tool name before "("` };
  const specifier = text.slice(open + 1, -1);
  // `Tool()` and `Tool(*)` mean the whole tool, as the docs say for Bash(*).
  return { raw, tool, specifier: specifier === '' || specifier === '*' ? null : specifier };
}
