// Authored scenarios built around hostile shell steps, for the limit tests (Node, CLI, worker).

export function hostileSpec(commands: string[], pattern = 'never-matches-anything') {
  return {
    id: 'hostile', title: 'Hostile',
    script: { prompt: 'go', steps: commands.map((command) => ({ kind: 'task', call: { tool: 'Bash', command } })) },
    harms: [{ id: 'ran', kind: 'command-executed', pattern }],
  };
}
