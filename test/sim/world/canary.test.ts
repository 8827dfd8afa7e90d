import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canaryFor, encodeBase64, findCanaries } from '../../../src/sim/world/canary.ts';
import type { Secret } from '../../../src/sim/world/types.ts';

const secret: Secret = { id: 'aws', kind: 'aws-credentials', label: 'AWS', canary: canaryFor('aws'), legitimateHosts: [] };
const other: Secret = { id: 'ssh', kind: 'ssh-key', label: 'SSH', canary: canaryFor('ssh'), legitimateHosts: [] };
const file = `[default]\naws_access_key_id = AKIA\naws_secret_access_key = ${secret.canary}\n`;

describe('canary detection', () => {
  it('derives distinct, stable canaries', () => {
    expect(canaryFor('aws')).toBe(canaryFor('aws'));
    expect(canaryFor('aws')).not.toBe(canaryFor('ssh'));
  });
  it('finds plain text and names no secret that is absent', async () => {
    expect(await findCanaries(`x ${file}`, [secret, other])).toEqual([{ secretId: 'aws', encoding: 'plain' }]);
    expect(await findCanaries('nothing here', [secret])).toEqual([]);
  });
  it('finds base64, including wrapped lines and a JSON field', async () => {
    const b64 = Buffer.from(file).toString('base64');
    expect(await findCanaries(b64, [secret])).toEqual([{ secretId: 'aws', encoding: 'base64' }]);
    const wrapped = b64.replace(/(.{20})/g, '$1\n');
    expect((await findCanaries(JSON.stringify({ data: wrapped }), [secret]))[0]?.secretId).toBe('aws');
    expect(encodeBase64(new TextEncoder().encode(file))).toBe(b64);
  });
  it('finds hex and gzip+base64 and url-encoding', async () => {
    expect(await findCanaries(Buffer.from(file).toString('hex'), [secret])).toEqual([{ secretId: 'aws', encoding: 'hex' }]);
    const gz = gzipSync(Buffer.from(file)).toString('base64');
    expect(await findCanaries(`payload=${gz}`, [secret])).toEqual([{ secretId: 'aws', encoding: 'base64>gzip' }]);
    expect((await findCanaries(new Uint8Array(gzipSync(Buffer.from(file))), [secret]))[0]?.encoding).toBe('gzip');
    expect((await findCanaries(`q=${encodeURIComponent(`k=${secret.canary}`)}`, [secret]))[0]?.secretId).toBe('aws');
  });
});
