/** Evidence files: stored with their hash, size and type checked, served back only to members. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES, readExample } from './harness.ts';
import type { World } from './harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'utf8');

describe.each(ENGINES)('evidence files (%s)', (engine) => {
  let w: World;
  let org: string;
  let assessment: string;
  beforeAll(async () => {
    w = await createWorld(engine);
    org = `/api/v1/orgs/${w.orgA.id}`;
    const p = await w.json<{ product: { id: string } }>(w.as.editorA, 'POST', `${org}/products`, { name: 'Meter', profile: readExample('class-iia-glucose-meter.yaml') });
    const a = await w.json<{ id: string }>(w.as.editorA, 'POST', `${org}/assessments`, { productId: p.body.product.id, name: 'Gap' });
    expect(a.status).toBe(201);
    assessment = a.body.id;
  });
  afterAll(() => w.dispose());

  const upload = (who = w.as.editorA, over: Record<string, unknown> = {}) =>
    w.json<Record<string, unknown>>(who, 'POST', `${org}/assessments/${assessment}/evidence`, {
      control: 'ctl-incident-handling',
      fileName: 'sop v7.pdf',
      contentType: 'application/pdf',
      contentBase64: PDF.toString('base64'),
      ...over,
    });

  it('stores a file with its SHA-256 and size, lists it and serves the same bytes back as an attachment', async () => {
    const r = await upload();
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ control: 'ctl-incident-handling', fileName: 'sop v7.pdf', contentType: 'application/pdf', size: PDF.byteLength, sha256: createHash('sha256').update(PDF).digest('hex') });
    const list = await w.json<{ items: { id: string; href: string }[] }>(w.as.viewerA, 'GET', `${org}/assessments/${assessment}/evidence`);
    expect(list.body.items.map((i) => i.id)).toContain(r.body.id);
    const href = list.body.items.find((i) => i.id === r.body.id)?.href ?? '';
    const res = await w.call(w.as.viewerA, 'GET', href);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses bytes that are not of the declared type, unknown types, empty and oversized files, storing nothing', async () => {
    const before = (await w.json<{ items: unknown[] }>(w.as.editorA, 'GET', `${org}/assessments/${assessment}/evidence`)).body.items.length;
    const html = await upload(w.as.editorA, { contentType: 'application/pdf', contentBase64: Buffer.from('<html><script>alert(1)</script>').toString('base64') });
    expect(html.status).toBe(400);
    expect(JSON.stringify(html.body)).toContain('/file');
    expect((await upload(w.as.editorA, { contentType: 'text/html', contentBase64: Buffer.from('<p>x</p>').toString('base64') })).status).toBe(400);
    expect((await upload(w.as.editorA, { contentBase64: '' })).status).toBe(400);
    expect((await upload(w.as.editorA, { contentBase64: 'not base64!' })).status).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(701 * 1024)]);
    expect([400, 413]).toContain((await upload(w.as.editorA, { contentBase64: big.toString('base64') })).status);
    expect((await w.json<{ items: unknown[] }>(w.as.editorA, 'GET', `${org}/assessments/${assessment}/evidence`)).body.items.length).toBe(before);
  });

  it('lets viewers read but not upload or remove, and answers another organisation as if the file did not exist', async () => {
    expect((await upload(w.as.viewerA)).status).toBe(403);
    const r = await upload();
    const id = String(r.body.id);
    const other = `/api/v1/orgs/${w.orgB.id}`;
    expect((await w.call(w.as.ownerB, 'GET', `${other}/evidence/${id}/content`)).status).toBe(404);
    expect((await w.call(w.as.ownerB, 'GET', `${org}/evidence/${id}/content`)).status).toBe(404);
    expect((await w.call(w.as.ownerB, 'GET', `${other}/assessments/${assessment}/evidence`)).status).toBe(404);
    expect((await w.call(w.as.viewerA, 'DELETE', `${org}/evidence/${id}`)).status).toBe(403);
    expect((await w.call(w.as.editorA, 'DELETE', `${org}/evidence/${id}`)).status).toBe(204);
    expect((await w.call(w.as.viewerA, 'GET', `${org}/evidence/${id}/content`)).status).toBe(404);
  });
});
