/**
 * A stored product assessed under the previous knowledge-base version, read under the running
 * one: the impact, traced to the changelog, and its review in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KB_VERSION } from '@iomt/core';
import type { LawDigest } from '@iomt/core';
import { digestNow } from '../../src/server/law-change-ops.ts';
import { ENGINES, createWorld } from './harness.ts';
import type { World } from './harness.ts';

const PREVIOUS = '2026.11.23.3';
const hospital = {
  product: null,
  organisation: {
    name: 'Example University Hospital', roles: ['healthcare-provider'], establishedInEu: true, publicBody: false,
    healthActivities: ['healthcare-provision'], digitalActivities: [], otherActivities: [], employees: 1200,
    annualTurnoverEur: 150e6, balanceSheetEur: 120e6, nis2Designation: 'none', cerCriticalEntity: true, cerNotifiedOn: '2026-09-15',
  },
};

interface Item { area: string; key: string; before: string | null; after: string | null; causes: { version: string; match: string; change: { act: string; provisions: string[] } }[] }
interface Change { status: string; fromKbVersion: string; knowledgeBase: string; product: { id: string; version: number }; diff: { items: Item[] } | null }

describe.each(ENGINES)('law changes reach stored products (%s)', (engine) => {
  let w: World;
  let org: string;
  let productId: string;
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-12-07T10:00:00Z') });
    org = `/api/v1/orgs/${w.orgA.id}`;
    const made = await w.json<{ product: { id: string } }>(w.as.editorA, 'POST', `${org}/products`, { name: 'Hospital', profile: hospital });
    expect(made.status).toBe(201);
    productId = made.body.product.id;
    // What a server running the previous version stored: the same answers, except that it dated
    // the CER risk assessment ten months after the notification.
    const scope = w.store.org({ userId: w.users.editorA.id, orgId: w.orgA.id, role: 'editor', via: 'cli' });
    const now = await digestNow(scope, await scope.products.get(productId), '2026-11-30');
    const previous: LawDigest = {
      ...now,
      kbVersion: PREVIOUS,
      obligations: now.obligations.map((o) => (o.id === 'cer:risk-assessment' ? { ...o, from: '2027-07-15' } : o)),
    };
    await scope.law.keepSnapshot({ productId, productVersion: 1, kbVersion: PREVIOUS, asOf: '2026-11-30', digest: previous });
  });
  afterAll(() => w.dispose());

  it('shows what the running version changed, traced to the changelog entry', async () => {
    const r = await w.json<Change>(w.as.viewerA, 'GET', `${org}/products/${productId}/law-changes`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'changed', fromKbVersion: PREVIOUS, knowledgeBase: KB_VERSION, product: { version: 1 } });
    const items = r.body.diff?.items ?? [];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ area: 'obligation', key: 'cer:risk-assessment', before: 'applies-from 2027-07-15', after: 'applies-from 2027-06-15' });
    expect(items[0]?.causes[0]).toMatchObject({ version: KB_VERSION, match: 'provision', change: { act: 'cer' } });
    expect(items[0]?.causes[0]?.change.provisions).toContain('cer:art-12(1)');
  });

  it('lists the product first among the organisation’s products needing review', async () => {
    const r = await w.json<{ products: { product: { id: string }; status: string; changes: number }[] }>(w.as.viewerA, 'GET', `${org}/law-changes`);
    expect(r.status).toBe(200);
    expect(r.body.products[0]).toMatchObject({ product: { id: productId }, status: 'changed', changes: 1 });
  });

  it('answers another organisation exactly as for a missing product', async () => {
    const other = await w.json(w.as.ownerB, 'GET', `/api/v1/orgs/${w.orgB.id}/products/${productId}/law-changes`);
    const missing = await w.json(w.as.ownerB, 'GET', `/api/v1/orgs/${w.orgB.id}/products/00000000-0000-4000-8000-000000000000/law-changes`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
  });

  it('refuses a review by a viewer, and one naming another version, without changing anything', async () => {
    expect((await w.json(w.as.viewerA, 'POST', `${org}/products/${productId}/law-changes/review`, { productVersion: 1, kbVersion: KB_VERSION })).status).toBe(403);
    const stale = await w.json<{ errors: { pointer: string }[] }>(w.as.editorA, 'POST', `${org}/products/${productId}/law-changes/review`, { productVersion: 1, kbVersion: PREVIOUS });
    expect(stale.status).toBe(400);
    expect(stale.body.errors[0]?.pointer).toBe('/kbVersion');
    expect((await w.json<Change>(w.as.viewerA, 'GET', `${org}/products/${productId}/law-changes`)).body.status).toBe('changed');
  });

  it('marks the changes reviewed, in the audit log, after which the product is up to date', async () => {
    const r = await w.json<Change>(w.as.editorA, 'POST', `${org}/products/${productId}/law-changes/review`, { productVersion: 1, kbVersion: KB_VERSION });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('up-to-date');
    const audit = await w.json<{ items: { action: string; entityId: string; change: Record<string, unknown> }[] }>(w.as.viewerA, 'GET', `${org}/audit?action=product.law_review`);
    expect(audit.body.items[0]).toMatchObject({ action: 'product.law_review', entityId: productId, change: { fromKbVersion: PREVIOUS, kbVersion: KB_VERSION, items: 1, productVersion: 1 } });
    expect((await w.json<Change>(w.as.viewerA, 'GET', `${org}/products/${productId}/law-changes`)).body.status).toBe('up-to-date');
  });
});
