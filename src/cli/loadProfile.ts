// Reading CONFIG for the commands that run incidents (check, replay): a Claude Code settings.json (one
// or several scopes), a sandbox-runtime settings file, or a product-profile JSON, detected or forced
// with --format, mapped onto a product profile (src/sim/review/configProfile.ts).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { PRODUCT_IDS, type ProductId } from '../sim/core/ids.ts';
import { productModule } from '../sim/products/index.ts';
import { parseProfile, type ProductProfile } from '../sim/profile/schema.ts';
import { settingsToProfile, srtToProfile, type ReviewFormat } from '../sim/review/configProfile.ts';
import { UsageError } from './io.ts';
import { loadConfig } from './loadConfig.ts';

const FORMATS: readonly ReviewFormat[] = ['claude-code', 'srt', 'profile'];

function looksLikeProfile(file: string): boolean {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) && ('product' in v || (v as { kind?: unknown }).kind === 'containment-lab-profile');
  } catch {
    return false;
  }
}

function readProfile(file: string): ProductProfile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code ? `cannot read config ${file}: ${code === 'ENOENT' ? 'no such file' : code}` : `${file}: not valid JSON`);
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.message}`);
  return parsed.profile;
}

/** The product profile CONFIG names (forced with --format profile, or detected as check detects it), else null. */
export function profileConfig(files: string[], forced: string | undefined): ProductProfile | null {
  if (forced !== undefined && !(FORMATS as readonly string[]).includes(forced)) throw new UsageError(`--format must be claude-code, srt or profile, not "${forced}"`);
  if (forced !== 'profile' && (forced !== undefined || !files.some(looksLikeProfile))) return null;
  if (files.length > 1) throw new UsageError('a product-profile JSON stands alone: give exactly one');
  return readProfile(files[0] as string);
}

export function loadProfile(files: string[], forced: string | undefined, product: ProductId | undefined): { profile: ProductProfile; format: ReviewFormat; warnings: string[] } {
  if (files.length === 0) throw new UsageError('missing CONFIG: give a Claude Code settings.json, a sandbox-runtime settings file or a product-profile JSON');
  const profile = profileConfig(files, forced);
  if (profile !== null) {
    if (product !== undefined && product !== profile.product) throw new UsageError(`--product ${product} does not match the profile's product "${profile.product}"`);
    return { profile, format: 'profile', warnings: [] };
  }
  // A settings file configures the Claude Code client, wherever the product runs it.
  const target = productModule(product ?? 'claude-code');
  const into = target.fromClaudeCodeSettings;
  if (into === undefined) {
    const takers = PRODUCT_IDS.filter((id) => productModule(id).fromClaudeCodeSettings !== undefined).join(', ');
    throw new UsageError(`--product ${product}: Claude Code and sandbox-runtime settings configure ${takers}; give a product-profile JSON for ${product}`);
  }
  const loaded = loadConfig(files, forced, homedir());
  const name = files.join(' + ');
  return loaded.format === 'srt'
    ? { profile: into(srtToProfile(loaded.settings, name)), format: 'srt', warnings: loaded.warnings }
    : { profile: into(settingsToProfile(loaded.profile, name)), format: 'claude-code', warnings: loaded.warnings };
}
