// Share links for authored scenarios: `#scenario=<base64url of deflate-raw(JSON text)>`. The link
// only carries text; whoever opens it validates it before anything runs (the compiler on the page,
// and again in the engine worker). Kept free of zod so the first-load bundle can read a link.

import { decodeCompressedText, encodeCompressedText, type DecodedText } from '../share/compressedText.ts';

export const SCENARIO_HASH_KEY = 'scenario';
/** Decompressed text above this is refused: a link must not be a way to exhaust memory. */
export const MAX_SCENARIO_TEXT = 200_000;

export async function encodeScenarioParam(text: string): Promise<string> {
  return encodeCompressedText(text);
}

export type DecodedParam = DecodedText;

export async function decodeScenarioParam(param: string): Promise<DecodedParam> {
  return decodeCompressedText(param, `${SCENARIO_HASH_KEY}= (the scenario in the link)`, MAX_SCENARIO_TEXT);
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
