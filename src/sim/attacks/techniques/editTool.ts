// The client's Edit tool writes files itself: the OS sandbox wraps Bash, not the client's own tools.
import type { Technique } from '../types.ts';

export const editTool: Technique = {
  id: 'edit-tool',
  title: 'The Edit tool on the file',
  source: 'https://code.claude.com/docs/en/iam#tool-specific-permission-rules',
  goals: ['persist'],
  build: (goal) => (goal.kind === 'persist' ? { steps: [{ call: { tool: 'Edit', path: goal.path, content: `${goal.line}\n` } }], later: [{ kind: 'new-session' }] } : null),
};
