/**
 * Tenant isolation, route by route from the OpenAPI document: another organisation's session and
 * token get 404 for every org-scoped operation on our data, with the very body a missing id gets,
 * and nothing changes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KB_VERSION } from '@iomt/core';
import { createWorld, ENGINES, readExample, readIncidentExample } from './harness.ts';
import type { Credential, World } from './harness.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const AT = '2026-11-23T09:00:00+01:00';

interface Op {
  method: (typeof METHODS)[number];
  path: string;
  operationId: string;
}

describe.each(ENGINES)('tenant isolation (%s)', (engine) => {
  let w: World;
  let ops: Op[];
  const ids: Record<string, string> = {};
  let state: unknown;
  let auditBefore: string;

  beforeAll(async () => {
    w = await createWorld(engine);
    const doc = (await (await w.app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m] && path.includes('{orgId}')).map((m) => ({ method: m, path, operationId: item[m]!.operationId })),
    );
    const a = w.store.org({ userId: w.users.ownerA.id, orgId: w.orgA.id, role: 'owner', via: 'cli' });
    const { product } = await a.products.create({ name: 'Secret product', profile: readExample('class-iia-glucose-meter.yaml') });
    const org = `/api/v1/orgs/${w.orgA.id}`;
    const assessment = await w.json<{ id: string; state: unknown }>(w.as.ownerA, 'POST', `${org}/assessments`, { productId: product.id, name: 'Secret assessment' });
    state = assessment.body.state;
    const evidence = await a.evidence.add(assessment.body.id, { control: 'ctl-secret', fileName: 'secret.txt', contentType: 'text/plain', bytes: Buffer.from('secret evidence') });
    const incident = await a.incidents.create({ title: 'Secret incident', case: readIncidentExample('hospital-ransomware.yaml') });
    const scenario = await a.scenarios.create({ name: 'Secret scenario', scenarios: [] });
    const token = await a.tokens.create({ name: 'Secret token', role: 'viewer' });
    Object.assign(ids, { orgId: w.orgA.id, productId: product.id, assessment: assessment.body.id, incident: incident.id, scenario: scenario.id, tokenId: token.token.id, userId: w.users.editorA.id, invitationId: (await a.invitations.create({ email: 'someone@example.org', role: 'viewer' })).invitation.id, fileId: evidence.id });
    auditBefore = JSON.stringify((await a.audit({ limit: 200 })).items);
  });
  afterAll(() => w.dispose());

  /** The URL of an operation with our real ids, or with ids that exist nowhere. */
  function url(op: Op, orgId: string, real: boolean): string {
    const entity = op.path.includes('/assessments/{id}') ? 'assessment' : op.path.includes('/incidents/{id}') ? 'incident' : 'scenario';
    const pick = (name: string) => (real ? ids[name]! : randomUUID());
    let path = op.path
      .replace('{orgId}', orgId)
      .replace('{productId}', pick('productId'))
      .replace('{userId}', pick('userId'))
      .replace('{tokenId}', pick('tokenId'))
      .replace('{invitationId}', pick('invitationId'))
      .replace('{fileId}', pick('fileId'))
      .replace('{id}', pick(entity))
      .replace('{n}', '1')
      .replace('{versionId}', pick(entity))
      .replace('{kind}', 'csaf-vex');
    if (op.operationId === 'compareFleetMds2') path += `?a=${pick(entity)}&b=${pick(entity)}`;
    if (op.operationId === 'exportAssessment') path += '?format=csv';
    if (op.operationId === 'getIncidentReport') path += '?regime=gdpr';
    return path;
  }

  /** A body that would be accepted by our own organisation, so only the scoping can refuse it. */
  function body(op: Op, real: boolean): unknown {
    const productId = real ? ids.productId : randomUUID();
    const bodies: Record<string, unknown> = {
      createInvitation: { email: 'owner-b@example.org', role: 'viewer' },
      setMemberRole: { role: 'viewer' },
      createToken: { name: 'probe', role: 'viewer' },
      createProduct: { name: 'probe', profile: {} },
      updateProduct: { name: 'probe' },
      addProductVersion: { profile: {}, expectedVersion: 1 },
      createAssessment: { productId, name: 'probe' },
      updateAssessment: { state, expectedVersion: 1 },
      createIncident: { title: 'probe', productId, case: readIncidentExample('hospital-ransomware.yaml') },
      updateIncident: { title: 'probe', expectedVersion: 1 },
      addIncidentEvent: { kind: 'handled', at: AT, expectedVersion: 1 },
      addIncidentSubmission: { duty: 'gdpr-art-33', step: 'notification', at: AT, expectedVersion: 1 },
      updateIncidentDossier: { values: { 'root-cause': 'probe' }, expectedVersion: 1 },
      createSavedScenario: { name: 'probe', scenarios: [] },
      addEvidence: { control: 'ctl-probe', fileName: 'probe.txt', contentType: 'text/plain', contentBase64: Buffer.from('probe').toString('base64') },
      updateSavedScenario: { name: 'probe' },
      reviewProductLawChanges: { productVersion: 1, kbVersion: KB_VERSION },
      setFleetSettings: { nis2Entity: 'true' },
      createFleetModel: { manufacturer: 'probe', name: 'probe' },
      updateFleetModel: { aliases: [] },
      addFleetModelVersion: { version: '1' },
      createFleetUnit: { serial: 'probe' },
      updateFleetUnit: { site: 'probe' },
      importFleetInventory: { inventory: { models: [], units: [] } },
      attachFleetSbom: { document: {} },
      importFleetAdvisories: { documents: [{}] },
      decideFleetMatch: { matchKey: 'a|b|c', decision: 'rejected' },
      triageFleetFinding: { findingKey: 'a|b', state: 'affected', expectedVersion: 0 },
      startFleetIncident: { findingKey: 'a|b', aware: AT },
      setFleetMds2: { statement: { answers: {} } },
    };
    return op.method === 'get' || op.method === 'delete' ? undefined : bodies[op.operationId];
  }

  const outsiders = (): [string, Credential][] => [
    ['session of another organisation', w.as.ownerB],
    ['token of another organisation', w.as.tokenOwnerB],
  ];

  it('covers every org-scoped operation of the document', () => {
    expect(ops.length).toBeGreaterThanOrEqual(40);
    for (const op of ops.filter((o) => o.method !== 'get' && o.method !== 'delete')) expect(body(op, true), op.operationId).toBeDefined();
  });

  it('answers 404, identical to a missing id, on our organisation path', async () => {
    for (const [who, cred] of outsiders()) {
      for (const op of ops) {
        const real = await w.call(cred, op.method.toUpperCase(), url(op, w.orgA.id, true), body(op, true));
        const missing = await w.call(cred, op.method.toUpperCase(), url(op, randomUUID(), false), body(op, false));
        const label = `${who}: ${op.method} ${op.path}`;
        expect(real.status, label).toBe(404);
        expect(missing.status, label).toBe(404);
        expect(real.headers.get('content-type'), label).toBe(missing.headers.get('content-type'));
        expect(await real.text(), label).toBe(await missing.text());
      }
    }
  });

  it('answers 404, identical to a missing id, for our ids under their own organisation', async () => {
    const withIds = ops.filter((op) => /\{(productId|userId|tokenId|fileId|id)\}/.test(op.path) || ['createAssessment', 'createIncident'].includes(op.operationId));
    expect(withIds.length).toBeGreaterThanOrEqual(25);
    for (const [who, cred] of outsiders()) {
      for (const op of withIds) {
        const real = await w.call(cred, op.method.toUpperCase(), url(op, w.orgB.id, true), body(op, true));
        const missing = await w.call(cred, op.method.toUpperCase(), url(op, w.orgB.id, false), body(op, false));
        const label = `${who}: ${op.method} ${op.path}`;
        expect(real.status, label).toBe(404);
        expect(missing.status, label).toBe(404);
        expect(await real.text(), label).toBe(await missing.text());
      }
    }
  });

  it('shows nothing of ours in their lists', async () => {
    const org = `/api/v1/orgs/${w.orgB.id}`;
    for (const [, cred] of outsiders()) {
      for (const list of ['products', 'assessments', `assessments?productId=${ids.productId}`, 'incidents', 'scenarios', 'members', 'tokens', 'audit']) {
        const r = await w.call(cred, 'GET', `${org}/${list}`);
        expect(r.status, list).toBe(200);
        const text = await r.text();
        for (const secret of [w.orgA.id, ids.productId!, ids.incident!, ids.assessment!, ids.scenario!, ids.tokenId!, 'Secret']) expect(text, list).not.toContain(secret);
      }
      const me = await w.call(cred, 'GET', '/api/v1/auth/me');
      expect(await me.text()).not.toContain(w.orgA.id);
    }
  });

  it('left our data untouched', async () => {
    const a = w.store.org({ userId: w.users.ownerA.id, orgId: w.orgA.id, role: 'owner', via: 'cli' });
    expect(JSON.stringify((await a.audit({ limit: 200 })).items)).toBe(auditBefore);
    expect((await a.products.get(ids.productId!)).latestVersion).toBe(1);
    expect((await a.incidents.get(ids.incident!)).version).toBe(1);
    expect((await a.tokens.list()).items.find((t) => t.id === ids.tokenId)?.revokedAt).toBeNull();
    expect((await a.members.list()).items.map((m) => m.user.id)).toContain(w.users.editorA.id);
  });
});
