/** Organisation-scoped routes: every happy path, optimistic versioning under parallel writers, hostile text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, ENGINES, readExample, readIncidentExample } from './harness.ts';
import type { World } from './harness.ts';

type Json = Record<string, unknown>;
interface Product {
  id: string;
  name: string;
  latestVersion: number;
}
interface Incident {
  id: string;
  version: number;
  title: string;
  status: string;
  case: { timeline: Record<string, unknown> & { submitted?: { duty: string; step: string; at: string }[] } };
}
const NOW = '2026-11-23T09:00:00+01:00';

describe.each(ENGINES)('organisation routes (%s)', (engine) => {
  let w: World;
  let org: string;
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-11-23T10:00:00Z') });
    org = `/api/v1/orgs/${w.orgA.id}`;
  });
  afterAll(() => w.dispose());
  const ed = () => w.as.editorA;

  it('shows the organisation with the caller role', async () => {
    const r = await w.json(w.as.viewerA, 'GET', org);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: w.orgA.id, slug: 'alpha', name: 'Alpha Medical', role: 'viewer' });
  });

  describe('products', () => {
    let product: Product;
    it('creates a product with version 1, lists and reads it', async () => {
      const created = await w.json<{ product: Product; version: { version: number; profile: Json } }>(ed(), 'POST', `${org}/products`, {
        name: 'Glucose meter',
        profile: readExample('class-iia-glucose-meter.yaml'),
        note: 'first',
      });
      expect(created.status).toBe(201);
      product = created.body.product;
      expect(product.latestVersion).toBe(1);
      expect(created.body.version.version).toBe(1);
      const list = await w.json<{ items: Product[]; next: null }>(w.as.viewerA, 'GET', `${org}/products`);
      expect(list.body.items.map((p) => p.id)).toContain(product.id);
      expect(list.body.next).toBeNull();
      expect((await w.json(w.as.viewerA, 'GET', `${org}/products/${product.id}`)).body).toMatchObject({ id: product.id, name: 'Glucose meter' });
    });

    it('refuses an invalid profile, naming the field, and stores nothing', async () => {
      const before = (await w.json<{ items: unknown[] }>(ed(), 'GET', `${org}/products`)).body.items.length;
      const r = await w.json<{ errors: { pointer: string; value: unknown }[] }>(ed(), 'POST', `${org}/products`, {
        name: 'Broken',
        profile: { product: { medicalDevice: { class: 'IIc' } } },
      });
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ pointer: '/profile/product/medicalDevice/class', value: 'IIc' });
      expect((await w.json<{ items: unknown[] }>(ed(), 'GET', `${org}/products`)).body.items.length).toBe(before);
    });

    it('adds a version on each PATCH of the profile, keeps the old ones, and renames', async () => {
      const profile2 = { ...readExample('class-iia-glucose-meter.yaml'), name: 'Glucose meter v2' };
      const patched = await w.json<Product>(ed(), 'PATCH', `${org}/products/${product.id}`, { profile: profile2, note: 'v2', expectedVersion: 1 });
      expect(patched.status).toBe(200);
      expect(patched.body.latestVersion).toBe(2);
      const renamed = await w.json<Product>(ed(), 'PATCH', `${org}/products/${product.id}`, { name: 'Glucose meter (renamed)' });
      expect(renamed.body).toMatchObject({ name: 'Glucose meter (renamed)', latestVersion: 2 });
      const v3 = await w.json<{ version: number }>(ed(), 'POST', `${org}/products/${product.id}/versions`, { profile: readExample('class-iia-glucose-meter.yaml'), expectedVersion: 2 });
      expect(v3.status).toBe(201);
      expect(v3.body.version).toBe(3);
      const versions = await w.json<{ items: { version: number }[] }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/versions`);
      expect(versions.body.items.map((v) => v.version).sort()).toEqual([1, 2, 3]);
      const v2 = await w.json<{ profile: { name: string }; note: string }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/versions/2`);
      expect(v2.body).toMatchObject({ profile: { name: 'Glucose meter v2' }, note: 'v2' });
      expect((await w.call(w.as.viewerA, 'GET', `${org}/products/${product.id}/versions/9`)).status).toBe(404);
      const noVersion = await w.json<{ errors: { pointer: string }[] }>(ed(), 'PATCH', `${org}/products/${product.id}`, { profile: profile2 });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.errors[0]!.pointer).toBe('/expectedVersion');
    });

    it('answers 409 with the current version to a stale writer, and one of two parallel writers wins', async () => {
      const stale = await w.json<{ currentVersion: number; type: string }>(ed(), 'POST', `${org}/products/${product.id}/versions`, {
        profile: readExample('class-iia-glucose-meter.yaml'),
        expectedVersion: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ type: '/api/docs#problem-conflict', currentVersion: 3 });
      const writers = await Promise.all(
        [ed(), w.as.tokenEditorA, w.as.ownerA].map((who, i) =>
          w.call(who, 'PATCH', `${org}/products/${product.id}`, { profile: { ...readExample('class-iia-glucose-meter.yaml'), name: `writer ${i}` }, expectedVersion: 3 }),
        ),
      );
      expect(writers.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const versions = await w.json<{ items: { version: number }[] }>(ed(), 'GET', `${org}/products/${product.id}/versions?limit=200`);
      expect(versions.body.items.map((v) => v.version).sort()).toEqual([1, 2, 3, 4]);
    });

    it('assesses and classifies the stored profile (latest or a given version)', async () => {
      const a = await w.json<{ asOf: string; acts: unknown[]; classifications: unknown[] }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/assessment?asOf=2027-12-11`);
      expect(a.status).toBe(200);
      expect(a.body.asOf).toBe('2027-12-11');
      expect(a.body.acts.length).toBeGreaterThan(0);
      expect(a.body.classifications.length).toBeGreaterThan(0);
      const v1 = await w.json<{ profile: { name?: string } }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/assessment?version=2`);
      expect(v1.body.profile.name).toBe('Glucose meter v2');
      const scenario = await w.json<{ scenarios: string[] }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/assessment?scenario=digital-omnibus`);
      expect(scenario.body.scenarios).toEqual(['digital-omnibus']);
      const c = await w.json<{ classifications: unknown[] }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/classification`);
      expect(c.status).toBe(200);
      expect(c.body.classifications.length).toBeGreaterThan(0);
      const bad = await w.json<{ errors: { pointer: string; in: string }[] }>(w.as.viewerA, 'GET', `${org}/products/${product.id}/assessment?scenario=nope`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ pointer: '/scenario', in: 'query' });
    });

    describe('gap assessments', () => {
      let assessment: { id: string; version: number; state: { controls: Record<string, { status: string }> } };
      it('starts an assessment with every selected control not started, and lists it', async () => {
        const r = await w.json<typeof assessment>(ed(), 'POST', `${org}/assessments`, { productId: product.id, name: 'Annual review' });
        expect(r.status).toBe(201);
        assessment = r.body;
        const statuses = Object.values(assessment.state.controls).map((c) => c.status);
        expect(statuses.length).toBeGreaterThan(0);
        expect(new Set(statuses)).toEqual(new Set(['not-started']));
        const list = await w.json<{ items: { id: string }[] }>(w.as.viewerA, 'GET', `${org}/assessments?productId=${product.id}`);
        expect(list.body.items.map((a) => a.id)).toEqual([assessment.id]);
        expect((await w.json(w.as.viewerA, 'GET', `${org}/assessments/${assessment.id}`)).body).toMatchObject({ id: assessment.id, version: 1 });
      });

      it('updates the state with optimistic versioning, validating it', async () => {
        const [first] = Object.keys(assessment.state.controls);
        const state = { ...assessment.state, controls: { ...assessment.state.controls, [first!]: { status: 'implemented', owner: 'QA <b>lead</b>' } } };
        const ok = await w.json<typeof assessment>(ed(), 'PUT', `${org}/assessments/${assessment.id}`, { state, expectedVersion: 1 });
        expect(ok.status).toBe(200);
        expect(ok.body.version).toBe(2);
        const stale = await w.json<{ currentVersion: number }>(ed(), 'PUT', `${org}/assessments/${assessment.id}`, { state, expectedVersion: 1 });
        expect(stale.status).toBe(409);
        expect(stale.body.currentVersion).toBe(2);
        const bad = await w.json<{ errors: { pointer: string; value: unknown }[] }>(ed(), 'PUT', `${org}/assessments/${assessment.id}`, {
          state: { ...state, controls: { [first!]: { status: 'done' } } },
          expectedVersion: 2,
        });
        expect(bad.status).toBe(400);
        expect(bad.body.errors[0]).toMatchObject({ pointer: `/state/controls/${first}/status`, value: 'done' });
      });

      it('computes its gaps and exports it in every format', async () => {
        const gap = await w.json<{ coverage: { overall: object }; checklist: unknown[] }>(w.as.viewerA, 'GET', `${org}/assessments/${assessment.id}/gap`);
        expect(gap.status).toBe(200);
        expect(gap.body.checklist.length).toBeGreaterThan(0);
        for (const format of ['oscal-catalog', 'oscal-profile', 'oscal-assessment-results', 'csv', 'markdown', 'html']) {
          const r = await w.call(w.as.viewerA, 'GET', `${org}/assessments/${assessment.id}/export?format=${format}`);
          expect(r.status, format).toBe(200);
          expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
        }
        expect((await w.call(w.as.viewerA, 'GET', `${org}/assessments/${assessment.id}/export?format=pdf`)).status).toBe(400);
      });

      it('deletes it', async () => {
        expect((await w.call(ed(), 'DELETE', `${org}/assessments/${assessment.id}`)).status).toBe(204);
        expect((await w.call(ed(), 'GET', `${org}/assessments/${assessment.id}`)).status).toBe(404);
      });
    });

    it('deletes a product', async () => {
      const p = await w.json<{ product: Product }>(ed(), 'POST', `${org}/products`, { name: 'Short-lived', profile: {} });
      expect((await w.call(ed(), 'DELETE', `${org}/products/${p.body.product.id}`)).status).toBe(204);
      expect((await w.call(ed(), 'GET', `${org}/products/${p.body.product.id}`)).status).toBe(404);
    });
  });

  describe('incidents', () => {
    let incident: Incident;
    it('opens an incident from a case, lists and reads it', async () => {
      const r = await w.json<Incident>(ed(), 'POST', `${org}/incidents`, { title: 'Ransomware', case: readIncidentExample('hospital-ransomware.yaml') });
      expect(r.status).toBe(201);
      incident = r.body;
      expect(incident).toMatchObject({ version: 1, status: 'open', title: 'Ransomware' });
      const list = await w.json<{ items: Incident[] }>(w.as.viewerA, 'GET', `${org}/incidents?status=open`);
      expect(list.body.items.map((i) => i.id)).toContain(incident.id);
      expect((await w.json<{ items: Incident[] }>(w.as.viewerA, 'GET', `${org}/incidents?status=closed`)).body.items).toEqual([]);
      expect((await w.json<Incident>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}`)).body.case.timeline.aware).toBe(incident.case.timeline.aware);
    });

    it('refuses an invalid case with the pointer into it', async () => {
      const bad = await w.json<{ errors: { pointer: string; value: unknown }[] }>(ed(), 'POST', `${org}/incidents`, {
        title: 'Bad',
        case: { ...readIncidentExample('hospital-ransomware.yaml'), timeline: { aware: 'Saturday morning' } },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ pointer: '/case/timeline/aware', value: 'Saturday morning' });
    });

    it('plans from the stored case, and the plan follows recorded events and submissions', async () => {
      const plan1 = await w.json<{ now: string; steps: { duty: string; step: string; status: string; memberState?: string }[] }>(
        w.as.viewerA,
        'GET',
        `${org}/incidents/${incident.id}/plan?now=${encodeURIComponent(NOW)}`,
      );
      expect(plan1.status).toBe(200);
      const step = plan1.body.steps.find((s) => s.status !== 'not-required' && s.status !== 'submitted' && s.memberState === undefined) ?? plan1.body.steps[0]!;
      const handled = await w.json<Incident>(ed(), 'POST', `${org}/incidents/${incident.id}/events`, { kind: 'handled', at: '2026-11-22T18:00:00+01:00', expectedVersion: 1 });
      expect(handled.status).toBe(200);
      expect(handled.body.version).toBe(2);
      expect(handled.body.case.timeline.handled).toBe('2026-11-22T18:00:00+01:00');
      const awareBy = await w.json<Incident>(ed(), 'POST', `${org}/incidents/${incident.id}/events`, { kind: 'awareBy', act: 'mdr', at: '2026-11-21T12:00:00+01:00', expectedVersion: 2 });
      expect(awareBy.status).toBe(200);
      expect((awareBy.body.case.timeline.awareBy as Record<string, string>).mdr).toBe('2026-11-21T12:00:00+01:00');
      const noAct = await w.json<{ errors: { pointer: string }[] }>(ed(), 'POST', `${org}/incidents/${incident.id}/events`, { kind: 'awareBy', at: NOW, expectedVersion: 3 });
      expect(noAct.body.errors[0]!.pointer).toBe('/act');

      const submitted = await w.json<Incident>(ed(), 'POST', `${org}/incidents/${incident.id}/submissions`, {
        duty: step.duty,
        step: step.step,
        ...(step.memberState ? { state: step.memberState } : {}),
        at: '2026-11-23T08:30:00+01:00',
        expectedVersion: 3,
      });
      expect(submitted.status).toBe(200);
      expect(submitted.body.case.timeline.submitted).toEqual(expect.arrayContaining([expect.objectContaining({ duty: step.duty, step: step.step })]));
      const plan2 = await w.json<{ steps: { duty: string; step: string; status: string }[] }>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/plan?now=${encodeURIComponent(NOW)}`);
      expect(plan2.body.steps.find((s) => s.duty === step.duty && s.step === step.step)!.status).toBe('submitted');

      const unknownDuty = await w.json<{ errors: { pointer: string; expected: string }[] }>(ed(), 'POST', `${org}/incidents/${incident.id}/submissions`, {
        duty: 'no-such-duty',
        step: 'x',
        at: NOW,
        expectedVersion: 4,
      });
      expect(unknownDuty.status).toBe(400);
      expect(unknownDuty.body.errors[0]).toMatchObject({ pointer: '/duty', expected: expect.stringContaining(step.duty) as unknown });
    });

    it('exports the calendar and the reports from the stored case', async () => {
      const ics = await w.call(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/calendar.ics?now=${encodeURIComponent(NOW)}`);
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
      expect(await ics.text()).toContain('BEGIN:VEVENT');
      const md = await w.call(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=gdpr&format=markdown`);
      expect(await md.text()).toMatch(/^# GDPR report/);
      const js = await w.json<{ regime: string }>(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=nis2&format=json`);
      expect(js.body.regime).toBe('nis2');
      expect((await w.call(w.as.viewerA, 'GET', `${org}/incidents/${incident.id}/report?regime=../../etc`)).status).toBe(400);
    });

    it('never loses an update among parallel writers: one wins, the others get 409 with the current version', async () => {
      const current = (await w.json<Incident>(ed(), 'GET', `${org}/incidents/${incident.id}`)).body;
      const kinds = ['occurred', 'detected', 'measureAvailable'] as const;
      const results = await Promise.all(
        kinds.map((kind, i) =>
          w.json<{ currentVersion?: number }>(i % 2 ? w.as.tokenEditorA : ed(), 'POST', `${org}/incidents/${incident.id}/events`, {
            kind,
            at: '2026-11-21T03:40:00+01:00',
            expectedVersion: current.version,
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) expect(r.body.currentVersion).toBe(current.version + 1);
      const after = (await w.json<Incident>(ed(), 'GET', `${org}/incidents/${incident.id}`)).body;
      expect(after.version).toBe(current.version + 1);
      // The winner's change is there and nothing else changed.
      const winner = kinds[results.findIndex((r) => r.status === 200)]!;
      expect(after.case.timeline[winner]).toBe('2026-11-21T03:40:00+01:00');
      expect(after.case.timeline.submitted).toEqual(current.case.timeline.submitted);
    });

    it('renames, closes and replaces the case with PATCH, then deletes', async () => {
      const current = (await w.json<Incident>(ed(), 'GET', `${org}/incidents/${incident.id}`)).body;
      const closed = await w.json<Incident>(ed(), 'PATCH', `${org}/incidents/${incident.id}`, { title: 'Ransomware (closed)', status: 'closed', expectedVersion: current.version });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', title: 'Ransomware (closed)', version: current.version + 1 });
      const replaced = await w.json<Incident>(ed(), 'PATCH', `${org}/incidents/${incident.id}`, { case: readIncidentExample('ai-device-death.yaml'), expectedVersion: current.version + 1 });
      expect(replaced.status).toBe(200);
      expect(replaced.body.case.timeline.submitted).toBeUndefined();
      const empty = await w.json<{ status: number }>(ed(), 'PATCH', `${org}/incidents/${incident.id}`, { expectedVersion: current.version + 2 });
      expect(empty.status).toBe(400);
      expect((await w.call(ed(), 'DELETE', `${org}/incidents/${incident.id}`)).status).toBe(204);
      expect((await w.call(ed(), 'GET', `${org}/incidents/${incident.id}/plan`)).status).toBe(404);
    });
  });

  describe('members, tokens, scenarios and audit', () => {
    it('adds a member through an invitation (creating the account), changes the role and removes them', async () => {
      const invited = await w.json<{ secret: string }>(w.as.ownerA, 'POST', `${org}/invitations`, { email: 'new-member@example.org', role: 'viewer' });
      const added = await w.json<{ user: { id: string; email: string }; role: string }>(ANONYMOUS, 'POST', '/api/v1/invitations/sign-up', {
        secret: invited.body.secret,
        displayName: 'New Member',
        password: 'a long enough password',
      });
      expect(added.status).toBe(201);
      expect(added.body.role).toBe('viewer');
      const login = await w.login('new-member@example.org', 'a long enough password');
      expect((await w.call(login, 'GET', org)).status).toBe(200);
      const promoted = await w.json<{ role: string }>(w.as.ownerA, 'PATCH', `${org}/members/${added.body.user.id}`, { role: 'editor' });
      expect(promoted.body.role).toBe('editor');
      const members = await w.json<{ items: { user: { id: string }; role: string }[] }>(w.as.viewerA, 'GET', `${org}/members`);
      expect(members.body.items.find((m) => m.user.id === added.body.user.id)?.role).toBe('editor');
      expect((await w.call(w.as.ownerA, 'DELETE', `${org}/members/${added.body.user.id}`)).status).toBe(204);
      expect((await w.call(login, 'GET', org)).status).toBe(404);
    });

    it('keeps the last owner', async () => {
      const r = await w.call(w.as.ownerA, 'PATCH', `${org}/members/${w.users.ownerA.id}`, { role: 'viewer' });
      expect([403, 409]).toContain(r.status);
      expect((await w.json(w.as.ownerA, 'GET', org)).body).toMatchObject({ role: 'owner' });
    });

    it('creates a token whose secret is shown once, lists it without the secret, revokes it', async () => {
      const created = await w.json<{ token: { id: string; prefix: string; role: string }; secret: string }>(w.as.ownerA, 'POST', `${org}/tokens`, {
        name: 'CI',
        role: 'viewer',
        expiresAt: '2030-01-01T00:00:00Z',
      });
      expect(created.status).toBe(201);
      expect(created.body.secret.startsWith(created.body.token.prefix)).toBe(true);
      const list = await w.call(w.as.ownerA, 'GET', `${org}/tokens`);
      const text = await list.text();
      expect(text).toContain(created.body.token.id);
      expect(text).not.toContain(created.body.secret);
      expect((await w.call(w.as.ownerA, 'DELETE', `${org}/tokens/${created.body.token.id}`)).status).toBe(204);
      const past = await w.json<{ errors: { pointer: string }[] }>(w.as.ownerA, 'POST', `${org}/tokens`, { name: 'old', role: 'viewer', expiresAt: '2020-01-01T00:00:00Z' });
      expect(past.status).toBe(400);
      expect(past.body.errors[0]!.pointer).toBe('/expiresAt');
    });

    it('saves, reads and deletes scenarios', async () => {
      const s = await w.json<{ id: string; scenarios: string[] }>(ed(), 'POST', `${org}/scenarios`, { name: 'Omnibus', scenarios: ['digital-omnibus'], asOf: '2027-06-01' });
      expect(s.status).toBe(201);
      expect((await w.json<{ items: { id: string }[] }>(w.as.viewerA, 'GET', `${org}/scenarios`)).body.items.map((x) => x.id)).toContain(s.body.id);
      expect((await w.json(w.as.viewerA, 'GET', `${org}/scenarios/${s.body.id}`)).body).toMatchObject({ name: 'Omnibus', asOf: '2027-06-01' });
      const bad = await w.json<{ errors: { pointer: string }[] }>(ed(), 'POST', `${org}/scenarios`, { name: 'x', scenarios: ['no-such-proposal'] });
      expect(bad.body.errors[0]!.pointer).toBe('/scenarios/0');
      expect((await w.call(ed(), 'DELETE', `${org}/scenarios/${s.body.id}`)).status).toBe(204);
    });

    it('pages the audit log, newest first, chained by hash', async () => {
      const page1 = await w.json<{ items: { seq: number; hash: string; prevHash: string; action: string }[]; next: string }>(w.as.viewerA, 'GET', `${org}/audit?limit=3`);
      expect(page1.status).toBe(200);
      expect(page1.body.items).toHaveLength(3);
      const seqs = page1.body.items.map((e) => e.seq);
      expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
      const page2 = await w.json<{ items: { seq: number }[] }>(w.as.viewerA, 'GET', `${org}/audit?limit=3&cursor=${page1.body.next}`);
      expect(page2.body.items[0]!.seq).toBeLessThan(seqs[2]!);
      expect((await w.store.verifyAudit()).ok).toBe(true);
      expect((await w.call(w.as.viewerA, 'GET', `${org}/audit?cursor=%2e%2e`)).status).toBe(400);
    });
  });

  describe('hostile input', () => {
    it('stores script in text fields as inert data and returns it as JSON', async () => {
      const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const r = await w.json<{ product: { id: string; name: string } }>(ed(), 'POST', `${org}/products`, { name, profile: { name, product: { hasDigitalElements: true } } });
      expect(r.status).toBe(201);
      const read = await w.call(w.as.viewerA, 'GET', `${org}/products/${r.body.product.id}`);
      expect(read.headers.get('content-type')).toBe('application/json');
      expect(read.headers.get('x-content-type-options')).toBe('nosniff');
      expect(((await read.json()) as { name: string }).name).toBe(name);
      const report = await w.call(w.as.viewerA, 'GET', `${org}/products/${r.body.product.id}/assessment`);
      expect(((await report.json()) as { profile: { name: string } }).profile.name).toBe(name);
    });

    it('refuses path tricks in ids and names with 400 or 404, changing nothing', async () => {
      const before = (await w.json<{ items: unknown[] }>(w.as.viewerA, 'GET', `${org}/audit?limit=200`)).body.items.length;
      for (const id of ['..', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', 'a%00b', "1' OR '1'='1"]) {
        const r = await w.call(ed(), 'GET', `${org}/products/${id}`);
        expect([400, 404], id).toContain(r.status);
        const d = await w.call(ed(), 'DELETE', `${org}/incidents/${id}`);
        expect([400, 404], id).toContain(d.status);
      }
      const ctl = await w.json<{ errors: { pointer: string }[] }>(ed(), 'POST', `${org}/products`, { name: 'a\u0000b', profile: {} });
      expect(ctl.status).toBe(400);
      expect(ctl.body.errors[0]!.pointer).toBe('/name');
      const traversal = await w.json<{ product: { name: string } }>(ed(), 'POST', `${org}/products`, { name: '../../etc/passwd', profile: {} });
      expect(traversal.status).toBe(201);
      expect(traversal.body.product.name).toBe('../../etc/passwd');
      const after = (await w.json<{ items: unknown[] }>(w.as.viewerA, 'GET', `${org}/audit?limit=200`)).body.items.length;
      expect(after).toBe(before + 1);
    });

    it('rejects wrong types and unknown fields on every write, changing nothing', async () => {
      const before = (await w.json<{ items: unknown[] }>(w.as.viewerA, 'GET', `${org}/audit?limit=200`)).body.items.length;
      const attempts: [string, string, unknown][] = [
        ['POST', `${org}/products`, { name: 42, profile: {} }],
        ['POST', `${org}/products`, { name: 'x', profile: {}, orgId: w.orgB.id }],
        ['POST', `${org}/incidents`, { title: 'x', case: [] }],
        ['POST', `${org}/scenarios`, { name: 'x', scenarios: 'digital-omnibus' }],
        ['POST', `${org}/tokens`, { name: 'x', role: 'admin' }],
        ['POST', `${org}/invitations`, { email: 'x@example.org', role: 'owner', isAdmin: true }],
        ['POST', `${org}/assessments`, { productId: 'x', name: 'x', state: 'done' }],
      ];
      for (const [method, path, body] of attempts) {
        const r = await w.json<{ errors: { pointer: string; expected: string }[] }>(w.as.ownerA, method, path, body);
        expect(r.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
        expect(r.body.errors.length).toBeGreaterThan(0);
        for (const e of r.body.errors) expect(e.expected.length).toBeGreaterThan(3);
      }
      const after = (await w.json<{ items: unknown[] }>(w.as.viewerA, 'GET', `${org}/audit?limit=200`)).body.items.length;
      expect(after).toBe(before);
    });
  });
});
