/**
 * Lean HTTP: JSON answers compressed with brotli or gzip as the client accepts, precompressed web
 * assets served with their encoding and long caching for hashed names, and ETag / If-None-Match
 * → 304 on reads of stored data and of the knowledge base; repeated engine requests from the answer cache.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES, readExample } from './harness.ts';
import type { World } from './harness.ts';

describe.each(ENGINES)('lean HTTP (%s)', (engine) => {
  let w: World;
  const web = mkdtempSync(join(tmpdir(), 'iomt-web-'));
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  beforeAll(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), `<!doctype html><title>iomt</title>${'<!-- pad -->'.repeat(200)}`);
    writeFileSync(join(web, 'assets', 'index-Bq3xY7kZ.js'), script);
    writeFileSync(join(web, 'assets', 'index-Bq3xY7kZ.js.br'), brotliCompressSync(script));
    writeFileSync(join(web, 'assets', 'index-Bq3xY7kZ.js.gz'), gzipSync(script));
    w = await createWorld(engine, { webRoot: web });
  });
  afterAll(async () => {
    await w.dispose();
    rmSync(web, { recursive: true, force: true });
  });

  const assess = (encoding?: string) =>
    w.call(w.as.tokenEditorA, 'POST', '/api/v1/assess', { profile: readExample('class-iia-glucose-meter.yaml'), asOf: '2026-11-23' }, encoding ? { 'accept-encoding': encoding } : {});

  it('compresses a JSON answer with brotli or gzip as accepted, and leaves it alone otherwise', async () => {
    const plain = await assess();
    const identity = new Uint8Array(await plain.arrayBuffer());
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(identity.byteLength).toBeGreaterThan(50_000);
    const br = await assess('gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength * 3).toBeLessThan(identity.byteLength);
    expect(JSON.parse(brotliDecompressSync(brBytes).toString('utf8'))).toEqual(JSON.parse(Buffer.from(identity).toString('utf8')));
    const gz = await assess('gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8'))).toHaveProperty('acts');
    expect((await assess('br;q=0, gzip;q=0')).headers.get('content-encoding')).toBeNull();
    // Problems are JSON too; small answers are not worth it.
    const small = await w.call(w.as.tokenEditorA, 'GET', '/api/v1/health', undefined, { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('answers If-None-Match with 304 on a stored product until it changes, and on the knowledge base', async () => {
    const org = `/api/v1/orgs/${w.orgA.id}`;
    const created = await w.json<{ product: { id: string } }>(w.as.editorA, 'POST', `${org}/products`, { name: 'Meter', profile: readExample('class-iia-glucose-meter.yaml') });
    const url = `${org}/products/${created.body.product.id}`;
    const first = await w.call(w.as.editorA, 'GET', url);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await w.call(w.as.editorA, 'GET', url, undefined, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    await w.call(w.as.editorA, 'PATCH', url, { name: 'Meter II' });
    const changed = await w.call(w.as.editorA, 'GET', url, undefined, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);

    const acts = await w.call(w.as.viewerA, 'GET', '/api/v1/acts');
    const actsTag = acts.headers.get('etag')!;
    expect((await w.call(w.as.viewerA, 'GET', '/api/v1/acts', undefined, { 'if-none-match': actsTag })).status).toBe(304);
    // Credentials and sign-in state are never cached.
    const me = await w.call(w.as.viewerA, 'GET', '/api/v1/auth/me');
    expect(me.headers.get('etag')).toBeNull();
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('serves precompressed hashed assets with their encoding and a year of caching, and index.html uncached', async () => {
    const br = await w.app.request('/assets/index-Bq3xY7kZ.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(script);
    const gz = await w.app.request('/assets/index-Bq3xY7kZ.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(script);
    const none = await w.app.request('/assets/index-Bq3xY7kZ.js');
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(await none.text()).toBe(script);
    const index = await w.app.request('/products', { headers: { 'accept-encoding': 'br' } });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    // Not precompressed: compressed on the way out.
    expect(index.headers.get('content-encoding')).toBe('br');
  });

  it('serves a repeated engine request from the answer cache, still checking the caller, and keeps distinct requests apart', async () => {
    const first = Buffer.from(await (await assess('br')).arrayBuffer());
    const second = await assess('br');
    expect(second.headers.get('content-encoding')).toBe('br');
    expect(Buffer.from(await second.arrayBuffer()).equals(first)).toBe(true);
    const anonymous = await w.app.request('/api/v1/assess', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br' }, body: JSON.stringify({ profile: readExample('class-iia-glucose-meter.yaml'), asOf: '2026-11-23' }) });
    expect(anonymous.status).toBe(401);
    const other = await w.json<{ asOf: string }>(w.as.tokenEditorA, 'POST', '/api/v1/assess', { profile: readExample('class-iia-glucose-meter.yaml'), asOf: '2030-01-01' });
    expect(other.body.asOf).toBe('2030-01-01');
    const bad = await w.call(w.as.tokenEditorA, 'POST', '/api/v1/assess', { profile: { product: 7 } });
    expect(bad.status).toBe(400);
    expect((await w.call(w.as.tokenEditorA, 'POST', '/api/v1/assess', { profile: { product: 7 } })).status).toBe(400);
  });
});
