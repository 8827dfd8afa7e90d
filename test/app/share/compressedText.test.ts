// A share-link value that inflates to a gigabyte is refused at the cap, with a notice naming the key
// and the limit, after inflating no more than the cap (read chunk by chunk, never all at once).
import { describe, expect, it } from 'vitest';
import { decodeCompressedText, encodeCompressedText, maxParamLength } from '../../../src/app/share/compressedText.ts';
import { decodeScenarioParam, MAX_SCENARIO_TEXT } from '../../../src/app/authoring/scenarioLink.ts';
import { decodeFileEdits, MAX_LINKED_TEXT } from '../../../src/app/share/fileEditsLink.ts';

/** deflate-raw of `n` zero bytes, base64url: a decompression bomb. */
async function bomb(n: number): Promise<string> {
  const out = new Blob([new Uint8Array(n)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(out).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('compressed share-link values', () => {
  it('round-trip text under the cap', async () => {
    const text = JSON.stringify({ id: 'x', note: 'é'.repeat(1000) });
    expect(await decodeCompressedText(await encodeCompressedText(text), 'x=', 10_000)).toEqual({ ok: true, text });
  });

  it('a bomb within the length limit stops at the cap: the notice names the key and the limit', async () => {
    const param = await bomb(40_000_000);
    expect(param.length).toBeLessThan(maxParamLength(MAX_SCENARIO_TEXT));
    const started = performance.now();
    const r = await decodeScenarioParam(param);
    expect(r).toEqual({ ok: false, message: `scenario= (the scenario in the link) inflates to more than the limit of ${MAX_SCENARIO_TEXT} bytes; ignored` });
    // Generous: inflating all 40 MB takes several times longer than stopping at 200 KB.
    expect(performance.now() - started).toBeLessThan(2_000);
    const edits = await decodeFileEdits(param, 'cowork.files');
    expect(edits).toEqual({ ok: false, message: `cowork.files (the edited files in the link) inflates to more than the limit of ${MAX_LINKED_TEXT} bytes; ignored` });
  });

  it('a value longer than any valid one is refused before decoding', async () => {
    const r = await decodeScenarioParam('A'.repeat(1_400_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^scenario= \(the scenario in the link\) is 1400000 characters long; nothing within the limit of 200000 bytes/);
  });
});
