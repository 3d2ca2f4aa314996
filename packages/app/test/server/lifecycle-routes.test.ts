/** Support and liability over HTTP: the CLI's JSON answers, Markdown reports, field-named errors, stored products. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { liabilityCommand, lifecycleCommand } from '../../src/cli/commands/lifecycle.ts';
import { ENGINES, createWorld } from './harness.ts';
import type { World } from './harness.ts';

const file = (p: string) => fileURLToPath(new URL(`../../../../examples/${p}`, import.meta.url));
const read = (p: string) => parse(readFileSync(file(p), 'utf8')) as Record<string, unknown>;
const FLEET = 'lifecycle/infusion-pump-fleet.yaml';
const PUMP = 'liability/insulin-pump-declined-bundled-update.yaml';

describe.each(ENGINES)('support and liability routes (%s)', (engine) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-12-07T10:00:00Z') });
  });
  afterAll(() => w.dispose());

  it('answers POST /lifecycle as `iomt lifecycle --format json`', async () => {
    const r = await w.json(w.as.editorA, 'POST', '/api/v1/lifecycle', { case: read(FLEET), asOf: '2026-12-07', endingWithinMonths: 6 });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(JSON.parse(lifecycleCommand(file(FLEET), { asOf: '2026-12-07', format: 'json' })));
    expect(r.body).toMatchObject({ format: 'iomt-lifecycle/1', summary: { 'out-of-support': 2, 'ending-soon': 1 } });
  });

  it('answers POST /liability as `iomt liability --format json`, and as a Markdown report', async () => {
    const r = await w.json(w.as.tokenViewerA, 'POST', '/api/v1/liability', { case: read(PUMP), asOf: '2029-06-15' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(JSON.parse(liabilityCommand(file(PUMP), { asOf: '2029-06-15', format: 'json' })));
    const md = await w.call(w.as.tokenViewerA, 'POST', '/api/v1/liability', { case: read(PUMP), asOf: '2029-06-15', format: 'markdown' });
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(await md.text()).toMatch(/## 7\. Exemptions/);
  });

  it('refuses a bad case naming the field and the value', async () => {
    const r = await w.json<{ errors: { pointer: string; value?: unknown }[] }>(w.as.editorA, 'POST', '/api/v1/liability', {
      case: { product: { placedOnMarketOn: '2026-13-01' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ pointer: '/case/product/placedOnMarketOn', value: '2026-13-01' });
    const unit = await w.json<{ errors: { pointer: string }[] }>(w.as.editorA, 'POST', '/api/v1/lifecycle', { case: { units: [{ operator: 'robot' }] } });
    expect(unit.body.errors[0]?.pointer).toBe('/case/units/0/operator');
  });

  it('analyses a stored product from its latest profile, and hides it from other organisations', async () => {
    const profile = read('lifecycle/class-iia-heart-monitor.yaml');
    delete profile.units;
    const created = await w.json<{ product: { id: string } }>(w.as.editorA, 'POST', `/api/v1/orgs/${w.orgA.id}/products`, { name: 'Pulse band Rx', profile });
    expect(created.status).toBe(201);
    const id = created.body.product.id;
    const r = await w.json<{ model: { state: string; shortfallMonths: number; legalMinimum: { regime: string } }; units: unknown[] }>(
      w.as.viewerA, 'GET', `/api/v1/orgs/${w.orgA.id}/products/${id}/lifecycle?asOf=2026-12-07&within=3`);
    expect(r.status).toBe(200);
    expect(r.body.model).toMatchObject({ state: 'supported', shortfallMonths: 13, legalMinimum: { regime: 'mdr' } });
    expect(r.body.units).toEqual([]);
    expect((await w.call(w.as.ownerB, 'GET', `/api/v1/orgs/${w.orgA.id}/products/${id}/lifecycle`)).status).toBe(404);
    expect((await w.call(w.as.viewerA, 'GET', `/api/v1/orgs/${w.orgA.id}/products/${id}/lifecycle?within=500`)).status).toBe(400);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = await w.json<{ paths: Record<string, unknown> }>(w.as.viewerA, 'GET', '/api/v1/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/lifecycle', '/api/v1/liability', '/api/v1/orgs/{orgId}/products/{productId}/lifecycle']));
  });
});
