// Compiles a product profile against a world into what one run consults: the agent's filesystem,
// seeded as the product's machine holds it, and the product's ordered layer stack. Everything about a
// product comes from its module in the registry (src/sim/products/).
import { InMemoryFs, type IFileSystem } from 'just-bash';
import type { ProductId } from '../core/ids.ts';
import { connectDecisions, firstFileDecision, firstToolDecision } from '../layers/stack.ts';
import type { ConnectAction, FsAction, Layer, LayerDecision, ToolCall, ToolDecision } from '../layers/types.ts';
import { moduleOf } from '../products/index.ts';
import type { ProductProfile } from '../products/schema.ts';
import type { AgentPlace, ProductRuntime, Roots } from '../products/types.ts';
import type { World, WorldFile } from '../world/types.ts';
import { decide } from '../layers/catalog.ts';

export interface ProductEnv extends Omit<ProductRuntime, 'seed'> {
  product: ProductId;
  fs: IFileSystem;
  cwd: string;
  home: string;
  user: string;
  roots: Roots;
  /** The engine created and seeded the filesystem itself, so it knows every symlink in it. */
  seededFresh: boolean;
  /** The machine was seeded with symlinks. */
  seededSymlinks: boolean;
  authorizeTool(call: ToolCall, unsandboxedRequested: boolean): ToolDecision;
  fsDecision(a: FsAction): LayerDecision | null;
  connectDecisions(a: ConnectAction): LayerDecision[];
}

export interface EnvOptions {
  /** Workspace backend to seed; default: a fresh in-memory filesystem. */
  fs?: IFileSystem;
  /** `fs` is a fresh, empty filesystem made for this run (so the engine knows every symlink it will hold). */
  fresh?: boolean;
}

/** Device files every shell expects. just-bash adds them to its own in-memory fs; other backends need them. */
const DEVICES = ['/dev/null', '/dev/zero', '/dev/stdin', '/dev/stdout', '/dev/stderr'];

async function seed(fs: IFileSystem, files: readonly WorldFile[], symlinks: World['host']['symlinks'], dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) await fs.mkdir(dir, { recursive: true });
  if (!(await fs.exists('/dev/null'))) {
    await fs.mkdir('/dev', { recursive: true });
    for (const device of DEVICES) if (!(await fs.exists(device))) await fs.writeFile(device, '');
  }
  for (const f of files) {
    await fs.mkdir(f.path.slice(0, f.path.lastIndexOf('/')) || '/', { recursive: true });
    await fs.writeFile(f.path, f.content);
  }
  for (const link of symlinks) await fs.symlink(link.target, link.path);
}

/** A stack with no tool-call layer lets calls through (no product has one; the engine still answers). */
const NO_OBJECTION: ToolDecision = { ...decide('permission-rules', 'allow', 'no layer objects', 'no layer of this product judges tool calls'), sandboxed: false };

/** `view` is the world as the product holds it (products/index.ts worldFor); `place` where its agent works. */
export async function buildProductEnv(view: World, profile: ProductProfile, place: AgentPlace, options: EnvOptions): Promise<ProductEnv> {
  const fs = options.fs ?? new InMemoryFs();
  const { seed: seeded, ...runtime } = moduleOf(profile).build(view, profile, place, { fs });
  await seed(fs, seeded.files, seeded.symlinks, seeded.dirs);
  const layers: readonly Layer[] = runtime.layers;
  return {
    ...runtime,
    product: profile.product, fs, cwd: place.cwd, home: place.home, user: place.user, roots: place.roots,
    seededFresh: options.fs === undefined || options.fresh === true,
    seededSymlinks: seeded.symlinks.length > 0,
    authorizeTool: (call, unsandboxedRequested) => firstToolDecision(layers, { call, unsandboxedRequested }) ?? NO_OBJECTION,
    fsDecision: (a) => firstFileDecision(layers, a),
    connectDecisions: (a) => connectDecisions(layers, a),
  };
}
