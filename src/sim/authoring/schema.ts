// The declarative scenario format a learner or trainer writes by hand: pure JSON, no functions.
// `compileScenario` (compile.ts) turns a value of this shape into an engine Scenario; this file is
// only the shape, so the editor's JSON Schema (z.toJSONSchema) and the compiler agree by construction.
// Rules that need more than the shape (a harm naming a secret that exists, a fix naming a control
// that exists) are checked by the compiler, which reports them with the same JSON paths.
import { z } from 'zod';

export const SPEC_VERSION = 1;

const text = (max: number) => z.string().max(max);
const nonEmpty = (max: number) => z.string().min(1).max(max);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower-case letters, digits and dashes (at most 64)');

/** `/abs/path`, `~/in/home`, `$PROJECT/...` or `$WORKSPACE/...`: expanded against the base world. */
export const worldPath = nonEmpty(300)
  .regex(/^(\/|~\/|\$PROJECT(\/|$)|\$WORKSPACE(\/|$))/, 'start with "/", "~/", "$PROJECT" or "$WORKSPACE"')
  .describe('Absolute path, or one starting with ~/, $PROJECT or $WORKSPACE');

export const BASE_WORLDS = ['dev-laptop', 'office-workspace'] as const;

const secretSpec = z.strictObject({
  id,
  kind: z.enum(['aws-credentials', 'ssh-key', 'api-key', 'session-token', 'document', 'token']).default('document'),
  label: nonEmpty(200),
  legitimateHosts: z.array(nonEmpty(253)).max(20).default([]).describe('Hosts the secret may legitimately be sent to'),
}).describe('Marks the file as a secret. Put {{canary}} in the content where its tracked value goes (appended if missing).');

const fileSpec = z.strictObject({
  path: worldPath,
  content: text(20_000),
  secret: secretSpec.optional(),
  uploadedToChat: z.boolean().default(false).describe('Also put a copy in the claude.ai container (the user uploaded it to the chat)'),
});

const hostSpec = z.strictObject({
  name: nonEmpty(253).describe('Host name, e.g. paste.evil.example'),
  kind: z.enum(['collector', 'web', 'code-host', 'registry']).default('web'),
  owner: z.enum(['attacker', 'public', 'vendor', 'user']).default('attacker').describe('attacker or public = anything sent there has left'),
  pages: z.record(z.string().regex(/^\//, 'page paths start with "/"'), text(20_000)).default({}).describe('Static pages served on GET, by path'),
});

const chatSpec = z.strictObject({ channel: nonEmpty(80), author: nonEmpty(80), text: text(5_000) });

export const worldSpec = z.strictObject({
  base: z.enum(BASE_WORLDS).default('dev-laptop').describe('Stock world to start from'),
  files: z.array(fileSpec).max(100).default([]),
  hosts: z.array(hostSpec).max(30).default([]),
  chat: z.array(chatSpec).max(50).default([]),
  memory: z.array(text(2_000)).max(50).default([]).describe('Lines appended to the agent memory file ~/.claude/CLAUDE.md'),
});

export const toolCallSpec = z.discriminatedUnion('tool', [
  z.strictObject({ tool: z.literal('Bash'), command: nonEmpty(4_000), onBlocked: z.enum(['report', 'retry-unsandboxed']).optional() }),
  z.strictObject({ tool: z.literal('Read'), path: nonEmpty(300) }),
  z.strictObject({ tool: z.literal('Write'), path: nonEmpty(300), content: text(20_000) }),
  z.strictObject({ tool: z.literal('Edit'), path: nonEmpty(300), content: text(20_000).describe('Appended to the file') }),
  z.strictObject({ tool: z.literal('WebFetch'), url: nonEmpty(2_000) }),
]);

export const scriptItemSpec = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('task'), call: toolCallSpec }),
  z.strictObject({
    kind: z.literal('injection'),
    id,
    source: z.enum(['user-prompt', 'file', 'web', 'tool-result', 'memory', 'chat']),
    trigger: z.union([z.literal('always'), z.strictObject({ seen: nonEmpty(500) })])
      .describe('"always", or { "seen": MARKER }: acts only once the agent has read text containing MARKER'),
    steps: z.array(toolCallSpec).min(1).max(20),
  }),
  z.strictObject({ kind: z.literal('say'), text: nonEmpty(5_000), origin: z.enum(['user', 'pasted']).default('user') }),
  z.strictObject({ kind: z.literal('new-session') }),
]);

export const scriptSpec = z.strictObject({
  prompt: nonEmpty(5_000).describe('What the user asks the agent'),
  promptOrigin: z.enum(['user', 'pasted']).default('user').describe('pasted = the user pasted text someone else wrote'),
  steps: z.array(scriptItemSpec).min(1).max(60),
});

const harmBase = { id, description: text(500).optional() };

export const harmSpec = z.discriminatedUnion('kind', [
  z.strictObject({ ...harmBase, kind: z.literal('secret-exfiltrated'), secret: nonEmpty(64), host: nonEmpty(253).optional() }),
  z.strictObject({ ...harmBase, kind: z.literal('file-written'), path: worldPath.describe('Exact path, or a folder ending in "/" for anything inside it') }),
  z.strictObject({ ...harmBase, kind: z.literal('file-deleted'), path: worldPath.describe('Exact path, or a folder ending in "/" for anything inside it') }),
  z.strictObject({
    ...harmBase, kind: z.literal('command-executed'), pattern: nonEmpty(300).describe('Regular expression over the Bash command text'),
    origin: z.enum(['injection', 'task', 'any']).default('any'),
  }),
  z.strictObject({ ...harmBase, kind: z.literal('host-contacted'), host: nonEmpty(253) }),
]);

const controlChange = z.strictObject({ path: nonEmpty(200).describe('Control path in the product profile, e.g. sandbox.enabled'), value: z.unknown() });

export const productSpec = z.strictObject({
  original: nonEmpty(64).default('shipped').describe('Preset the incident happens under'),
  answerer: z.enum(['learner', 'attentive', 'fatigued', 'classifier']).default('fatigued'),
  fix: z.strictObject({ summary: text(500).default(''), changes: z.array(controlChange).max(20).default([]) }).prefault({}),
  note: text(1_000).default(''),
});

export const scenarioSpec = z.strictObject({
  version: z.literal(SPEC_VERSION).default(SPEC_VERSION),
  id,
  title: nonEmpty(120),
  explanation: text(4_000).default(''),
  source: z.string().max(500).regex(/^https:\/\//, 'must be an https:// URL').optional(),
  world: worldSpec.prefault({}),
  script: scriptSpec,
  harms: z.array(harmSpec).min(1).max(20),
  taskCompleted: z.enum(['all-task-steps-succeeded', 'not-tracked']).default('all-task-steps-succeeded'),
  products: z.strictObject({
    'claude-ai': productSpec.prefault({}),
    'claude-code': productSpec.prefault({}),
    cowork: productSpec.prefault({}),
    devcontainer: productSpec.prefault({}),
  }).prefault({}),
});

/** A scenario as written (defaults optional). */
export type ScenarioSpecInput = z.input<typeof scenarioSpec>;
/** A scenario after parsing (defaults filled in). */
export type ScenarioSpec = z.output<typeof scenarioSpec>;
export type HarmSpec = ScenarioSpec['harms'][number];
export type ToolCallSpec = z.output<typeof toolCallSpec>;

/** JSON Schema for the editor (validation and completion); `input` so optional fields stay optional. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSpec, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
}
