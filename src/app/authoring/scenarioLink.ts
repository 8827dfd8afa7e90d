// Share links for authored scenarios: `#scenario=<base64url of deflate-raw(JSON text)>`. The link
// only carries text; whoever opens it validates it before anything runs (the compiler on the page,
// and again in the engine worker). Kept free of zod so the first-load bundle can read a link.

export const SCENARIO_HASH_KEY = 'scenario';
/** Decompressed text above this is refused: a link must not be a way to exhaust memory. */
export const MAX_SCENARIO_TEXT = 200_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export async function encodeScenarioParam(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export type DecodedParam = { ok: true; text: string } | { ok: false; message: string };

export async function decodeScenarioParam(param: string): Promise<DecodedParam> {
  const bytes = fromBase64Url(param);
  if (!bytes || bytes.length === 0) return { ok: false, message: 'the scenario in the link is not base64url text' };
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'));
  } catch {
    return { ok: false, message: 'the scenario in the link is damaged (it does not decompress); was the link cut short?' };
  }
  if (inflated.length > MAX_SCENARIO_TEXT) return { ok: false, message: `the scenario in the link is larger than ${MAX_SCENARIO_TEXT} bytes` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: 'the scenario in the link is not UTF-8 text' };
  }
}

/** Splits `#a=1&scenario=XYZ&b=2` into the scenario param and the hash without it. */
export function takeScenarioParam(hash: string): { param: string | null; rest: string } {
  const parts = hash.replace(/^#/, '').split('&').filter((p) => p !== '');
  const prefix = `${SCENARIO_HASH_KEY}=`;
  const found = parts.find((p) => p.startsWith(prefix));
  const rest = parts.filter((p) => !p.startsWith(prefix)).join('&');
  return { param: found === undefined ? null : found.slice(prefix.length), rest: rest === '' ? '' : `#${rest}` };
}

export async function scenarioLink(text: string, base: string): Promise<string> {
  return `${base}#${SCENARIO_HASH_KEY}=${await encodeScenarioParam(text)}`;
}
