/**
 * The stored incident's dossier: written through PUT …/dossier (merged, null removes, validated
 * against the catalogue, optimistic versioning, audited), submissions with the authority's
 * reference, and both rendered into the regime reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES, readIncidentExample } from './harness.ts';
import type { World } from './harness.ts';

interface Incident {
  id: string;
  version: number;
  case: { dossier?: Record<string, unknown>; timeline: { submitted?: { duty: string; step: string; at: string; reference?: string }[] } };
}
interface Problem {
  status: number;
  currentVersion?: number;
  errors: { pointer: string; in: string; value?: unknown; expected: string }[];
}
interface RegimeReport {
  fields: { id: string; written: boolean; value?: unknown; source?: string }[];
  completeness: { needed: number; written: number; missing: string[] };
  submissions: { duty: string; step: string; at: string; reference?: string }[];
}
const NOW = '2026-11-23T09:00:00+01:00';
const ROOT_CAUSE = 'Phishing e-mail to an administrator; the attackers used a VPN account without a second factor.';

describe.each(ENGINES)('incident dossier (%s)', (engine) => {
  let w: World;
  let org: string;
  let incident: Incident;
  const ed = () => w.as.editorA;
  const dossierUrl = () => `${org}/incidents/${incident.id}/dossier`;
  const report = async (regime: string) =>
    (await w.json<RegimeReport>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=${regime}&format=json&now=${encodeURIComponent(NOW)}`)).body;

  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-11-23T10:00:00Z') });
    org = `/api/v1/orgs/${w.orgA.id}`;
    incident = (await w.json<Incident>(ed(), 'POST', `${org}/incidents`, { title: 'Ransomware', case: readIncidentExample('hospital-ransomware.yaml') })).body;
  });
  afterAll(() => w.dispose());

  it('merges written fields into the stored dossier: a value replaces, null removes, the rest is kept', async () => {
    const r = await w.json<Incident>(ed(), 'PUT', dossierUrl(), {
      values: { 'root-cause': ROOT_CAUSE, 'records-number': 51_200, 'contact-point': null, 'likely-consequences': '  Identity fraud and distress; no delay in treatment.  ' },
      expectedVersion: 1,
    });
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(2);
    const d = r.body.case.dossier!;
    expect(d).toMatchObject({ 'root-cause': ROOT_CAUSE, 'records-number': 51_200, 'likely-consequences': 'Identity fraud and distress; no delay in treatment.', 'suspected-malicious': 'yes' });
    expect(d).not.toHaveProperty('contact-point');
    expect((await w.json<Incident>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}`)).body.case.dossier).toEqual(d);
    incident = r.body;
  });

  it('renders the written values into each regime report that needs them, and marks the rest not yet written', async () => {
    const gdpr = await report('gdpr');
    expect(gdpr.fields.find((f) => f.id === 'records-number')).toMatchObject({ written: true, value: 51_200, source: 'dossier' });
    expect(gdpr.fields.find((f) => f.id === 'contact-point')).toMatchObject({ written: false });
    expect(gdpr.completeness.missing).toContain('contact-point');
    const nis2 = await w.call(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=nis2&format=markdown&now=${encodeURIComponent(NOW)}`);
    const text = await nis2.text();
    expect(text).toContain(`### Threat type or root cause\n\n_`);
    expect(text).toContain(ROOT_CAUSE);
    const html = await (await w.call(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=gdpr&format=html&now=${encodeURIComponent(NOW)}`)).text();
    expect(html).toMatch(/<h3>Contact point<\/h3><p><em>[^<]+<\/em><\/p><p class="not-written"><strong>Not yet written\.<\/strong><\/p>/);
    const plan = (await w.json<{ dossier: { summary: { written: number; needed: number } } }>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/plan?now=${encodeURIComponent(NOW)}`)).body;
    expect(plan.dossier.summary).toMatchObject({ needed: 23, written: 14 });
  });

  it('refuses a stale version with 409 and the current version, changing nothing', async () => {
    const r = await w.json<Problem>(ed(), 'PUT', dossierUrl(), { values: { 'root-cause': 'Something else' }, expectedVersion: 1 });
    expect(r.status).toBe(409);
    expect(r.body.currentVersion).toBe(2);
    expect((await w.json<Incident>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}`)).body.case.dossier?.['root-cause']).toBe(ROOT_CAUSE);
  });

  it('names each bad value with its pointer, the value and what the catalogue expects, changing nothing', async () => {
    const r = await w.json<Problem>(ed(), 'PUT', dossierUrl(), {
      values: { 'incident-summary': 'x', 'records-number': 'many', 'suspected-malicious': 'probably', 'occurrence-time': '2026-11-21T03:40', 'indicators-of-compromise': ['ok', 3] },
      expectedVersion: 2,
    });
    expect(r.status).toBe(400);
    const by = Object.fromEntries(r.body.errors.map((e) => [e.pointer, e]));
    expect(by['/values/incident-summary']).toMatchObject({ in: 'body' });
    expect(by['/values/records-number']).toMatchObject({ value: 'many', expected: expect.stringContaining('number') as unknown });
    expect(by['/values/suspected-malicious']).toMatchObject({ value: 'probably', expected: expect.stringContaining('"not-yet-known"') as unknown });
    expect(by['/values/occurrence-time']).toMatchObject({ value: '2026-11-21T03:40', expected: expect.stringContaining('an instant with its offset') as unknown });
    expect(by['/values/indicators-of-compromise/1']).toMatchObject({ value: 3 });
    expect((await w.json<Incident>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}`)).body.version).toBe(2);
  });

  it('refuses an empty change, and a viewer', async () => {
    const empty = await w.json<Problem>(ed(), 'PUT', dossierUrl(), { values: {}, expectedVersion: 2 });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ pointer: '/values', expected: expect.stringContaining('at least one dossier field') as unknown });
    expect((await w.call(w.as.viewerA, 'PUT', dossierUrl(), { values: { 'root-cause': 'x' }, expectedVersion: 2 })).status).toBe(403);
    expect((await w.call(w.as.tokenViewerA, 'PUT', dossierUrl(), { values: { 'root-cause': 'x' }, expectedVersion: 2 })).status).toBe(403);
  });

  it('records the change in the audit log through the incident update', async () => {
    const audit = await w.json<{ items: { action: string; entityId: string; change: { version: number; case?: { dossier?: Record<string, unknown> }; previous: { case?: { dossier?: Record<string, unknown> } } } }[] }>(
      w.as.viewerA,
      'GET',
      `${org}/audit?limit=50`,
    );
    const entry = audit.body.items.find((e) => e.action === 'incident.update' && e.entityId === incident.id && e.change.version === 2);
    expect(entry?.change.case?.dossier?.['root-cause']).toBe(ROOT_CAUSE);
    expect(entry?.change.previous.case?.dossier).toHaveProperty('contact-point');
  });

  it('records a submission with the authority’s reference, and the report lists it', async () => {
    const r = await w.json<Incident>(ed(), 'POST', `${org}/incidents/${incident.id}/submissions`, {
      duty: 'gdpr:breach-notification-authority',
      step: 'notification',
      at: '2026-11-23T08:30:00+01:00',
      reference: 'LfDI-BW 0815/2026',
      expectedVersion: 2,
    });
    expect(r.status).toBe(200);
    expect(r.body.case.timeline.submitted).toContainEqual({ duty: 'gdpr:breach-notification-authority', step: 'notification', at: '2026-11-23T08:30:00+01:00', reference: 'LfDI-BW 0815/2026' });
    const gdpr = await report('gdpr');
    expect(gdpr.submissions).toEqual([{ duty: 'gdpr:breach-notification-authority', step: 'notification', title: 'Notify the breach', memberState: 'DE', at: '2026-11-23T08:30:00+01:00', reference: 'LfDI-BW 0815/2026' }]);
    const md = await (await w.call(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=gdpr&now=${encodeURIComponent(NOW)}`)).text();
    expect(md).toContain('submitted 2026-11-23T08:30:00+01:00, reference LfDI-BW 0815/2026');
    const blank = await w.json<Problem>(ed(), 'POST', `${org}/incidents/${incident.id}/submissions`, { duty: 'gdpr:breach-notification-authority', step: 'notification', at: NOW, reference: '  ', expectedVersion: 3 });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]!.pointer).toBe('/reference');
  });

  it('drops the dossier from the case when its last field is removed', async () => {
    const current = (await w.json<Incident>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}`)).body;
    const all = Object.fromEntries(Object.keys(current.case.dossier ?? {}).map((k) => [k, null]));
    const r = await w.json<Incident>(ed(), 'PUT', dossierUrl(), { values: all, expectedVersion: current.version });
    expect(r.status).toBe(200);
    expect(r.body.case).not.toHaveProperty('dossier');
  });

  it('shows the route and the reference in the OpenAPI document', async () => {
    const doc = (await (await w.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }> };
    };
    const put = doc.paths['/api/v1/orgs/{orgId}/incidents/{id}/dossier']?.put;
    expect(put?.operationId).toBe('updateIncidentDossier');
    expect(Object.keys(put?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '403', '404', '409']));
    expect(Object.keys(doc.components.schemas.IncidentDossierRequest?.properties ?? {})).toEqual(['values', 'expectedVersion']);
    expect(Object.keys(doc.components.schemas.IncidentDossierValues?.properties ?? {})).toContain('root-cause');
    expect(doc.components.schemas.IncidentDossierValues?.additionalProperties).toBe(false);
    expect(doc.components.schemas.IncidentSubmissionRequest?.properties).toHaveProperty('reference');
  });
});
