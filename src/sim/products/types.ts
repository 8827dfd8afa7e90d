// What a product module declares. Each containment pattern is one module in this folder; the runner,
// the capability analysis, realized blast radius, the security view, the verdict, presets, the control
// table and the scenarios iterate the registry (index.ts) and never branch on a product's name.
import type { IFileSystem } from 'just-bash';
import type { z } from 'zod';
import type { AnswererKind, SimEvent } from '../core/events.ts';
import type { ExecVia, Layer, LayerDecision } from '../layers/types.ts';
import type { World, WorldFile, WorldSymlink } from '../world/types.ts';
import type { ControlSpec } from './controls.ts';
import type { ClaudeCodeProfile, ProductProfile } from './schema.ts';

/** The rings of the blast radius as the product places them (see blast/assets.ts). */
export interface Roots {
  /** The folder the product hands its agent (project, mounted folder, container home). */
  workspace: string;
  home: string;
  /** The workspace is destroyed at session end (claude.ai's container). */
  ephemeralWorkspace: boolean;
  /** Paths the agent touches are on the user's machine (false in claude.ai's container: another machine). */
  onUserMachine: boolean;
}

/** Where the agent works, for one world and the project the user opened. */
export interface AgentPlace {
  cwd: string;
  /** The agent's own home directory ($HOME of its processes). */
  home: string;
  user: string;
  roots: Roots;
}

/**
 * Who can see what the agent does: the host's endpoint detection (EDR) sees what runs as the user on
 * the host; for a VM it sees only an opaque hypervisor process and the host-side proxy's connections;
 * OTLP export is pulled after the fact; claude.ai runs on the provider's servers.
 */
export type Watcher = 'host-edr' | 'host-edr-opaque' | 'otlp-export' | 'provider-only';

/** The compiled stack one run consults. */
export interface ProductRuntime {
  /** The files the agent's machine starts with, and the directories it must have. */
  seed: { files: WorldFile[]; symlinks: WorldSymlink[]; dirs: string[] };
  env: Record<string, string>;
  sessionToken: string | null;
  /** Set when nothing can answer at all (full-VM mode with a dead VM). */
  loopDown: string | null;
  /** Set when code cannot execute but the agent still answers (host mode with a dead VM). */
  execDown: string | null;
  /**
   * Local MCP servers run where executed code runs (inside the VM), so whatever stops code stops them
   * too; false where they run beside the agent loop (on the host).
   */
  localMcpWithCode: boolean;
  /** The permission mode hands prompts to the transcript classifier. */
  autoMode: boolean;
  /** Ordered: tool-call, file, connect, tool-result and session-start layers. */
  layers: Layer[];
  /** Where the effects of non-Bash tools (Read, Write, WebFetch) are checked. */
  toolVia: ExecVia;
  /** The client's own tools (Read, Write, WebFetch) are judged by its permission rules. */
  harnessTools: boolean;
  /** Commands the product runs outside its sandbox by configuration (capability analysis probes them). */
  excludedCommands: string[];
  /**
   * For a path of the user's machine that does not exist in the agent's filesystem at all: the layer
   * that keeps it out (null for a path it does hold). Null when the agent's machine is the user's machine.
   */
  absent: ((path: string) => LayerDecision | null) | null;
  /**
   * What a new session finds: folders wiped, and files put back as they were; `startup`: the shell
   * start-up files the next session's shell runs (those that exist then), and where its commands run.
   */
  newSession: { wipe: string[]; restore: WorldFile[]; startup?: { files: string[]; via: ExecVia } };
}

export interface Loosening<P extends ProductProfile = ProductProfile> {
  id: string;
  applies(p: P): boolean;
  apply(p: P): P;
}

export interface ControlChange {
  path: string;
  value: unknown;
}

export interface Fix {
  summary: string;
  /** Empty when the product never had the problem (the note says why). */
  changes: ControlChange[];
}

/** How one incident applies to one product (declared by the scenario, or by a product added later). */
export interface ProductSetup {
  /** Preset the incident happened under on this product. */
  original: string;
  /** Who answered approvals when it happened. */
  answerer: AnswererKind;
  /**
   * The fix, as data: control changes (paths into the profile, see profile/controlPath.ts). Being
   * data, it can be applied, removed again ("does the harm come back without it?"), shown to a
   * reviewer as a recommendation and used as a lesson's reference solution.
   */
  fix: Fix;
  /** Why the incident does or does not apply to this product, in a sentence. */
  note: string;
}

export interface ProductInfo {
  name: string;
  pattern: string;
  summary: string;
}

export interface ProductModule<P extends ProductProfile = ProductProfile> {
  id: P['product'];
  info: ProductInfo;
  schema: z.ZodType<P>;
  /** Named presets; `shipped` is what the product ships today. */
  presets(): Record<string, P>;
  /** Presets that model an earlier client than today's, and what that means. */
  historical: Readonly<Record<string, string>>;
  /**
   * How each incident applies, for a product added after the incidents were written (keyed by
   * scenario id). A scenario's own `products` entry wins where both exist.
   */
  incidents?: Readonly<Record<string, ProductSetup>>;
  /** The world as the agent's machine holds it (a container sees its own paths). Default: the world. */
  view?(world: World, project: string): World;
  /** Where the agent works, given the folder the user opened a coding agent in. */
  place(world: World, project: string, profile: P): AgentPlace;
  build(world: World, profile: P, place: AgentPlace, options: { fs: IFileSystem }): ProductRuntime;
  /** Who could see the run as it happened or afterwards. */
  watchers(profile: P): Watcher[];
  /** Lines the host's endpoint detection would record for this log. */
  edr(log: readonly SimEvent[], profile: P): string[];
  /** The controls the UI shows, in order. */
  controls: readonly ControlSpec[];
  /** Single-control loosenings (monotonicity properties, "which change made this worse?"). */
  loosenings: readonly Loosening<P>[];
  /** Where the network allowlist is (a control path), for anything that adds a host to it. */
  allowlistPath: string;
  /** A few lines a reviewer can check: what the engine understood of a profile. */
  describe(profile: P): string[];
  /** Who answers prompts by default in the playground. */
  defaultAnswerer: Exclude<AnswererKind, 'learner'>;
  /**
   * For products that run the Claude Code client: the profile a Claude Code settings file gives this
   * product (the client's rules, in this product's surroundings). Absent: settings files do not apply.
   */
  fromClaudeCodeSettings?(client: ClaudeCodeProfile): P;
  /** The marker the charts use for this product. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}
