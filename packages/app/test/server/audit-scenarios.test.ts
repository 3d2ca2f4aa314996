/** Audit log filters and actor names; editing saved scenarios. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, ENGINES } from './harness.ts';
import type { World } from './harness.ts';

interface Entry {
  seq: number;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  actor: { id: string; displayName: string | null } | null;
  change: Record<string, unknown> | null;
}
interface AuditPage {
  items: Entry[];
  next: string | null;
}
interface Scenario {
  id: string;
  name: string;
  scenarios: string[];
  asOf: string | null;
}
type Problem = { errors: { pointer: string; in: string }[] };

describe.each(ENGINES)('audit filters and saved scenario edits (%s)', (engine) => {
  let w: World;
  let org: string;
  beforeAll(async () => {
    w = await createWorld(engine);
    org = `/api/v1/orgs/${w.orgA.id}`;
  });
  afterAll(() => w.dispose());

  /** Every page of the filtered log, one entry at a time, so each page boundary is crossed. */
  async function walk(query: string): Promise<Entry[]> {
    const all: Entry[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const r: { status: number; body: AuditPage } = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?limit=1&${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      all.push(...r.body.items);
      cursor = r.body.next;
      if (cursor === null) return all;
    }
    throw new Error('the audit log did not end');
  }

  describe('audit log', () => {
    let made: Scenario[];
    beforeAll(async () => {
      made = [];
      for (const name of ['One', 'Two', 'Three']) {
        made.push((await w.json<Scenario>(w.as.editorA, 'POST', `${org}/scenarios`, { name, scenarios: [] })).body);
        // Entries of another kind in between, so a filtered page has to skip rows.
        await w.json(w.as.ownerA, 'POST', `${org}/tokens`, { name: `t-${name}`, role: 'viewer' });
      }
    });

    it('filters by action and entity type, page by page, newest first and without repeats', async () => {
      const entries = await walk('action=scenario.create&entityType=scenario');
      expect(entries.map((e) => e.entityId)).toEqual(made.map((s) => s.id).reverse());
      expect(entries.every((e) => e.action === 'scenario.create' && e.entityType === 'scenario')).toBe(true);
      const seqs = entries.map((e) => e.seq);
      expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);

      const tokens = await walk('entityType=api_token');
      expect(tokens.length).toBeGreaterThanOrEqual(3);
      expect(tokens.every((e) => e.entityType === 'api_token')).toBe(true);
    });

    it('filters by entity id', async () => {
      const r = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?entityId=${made[1]!.id}`);
      expect(r.body.items.map((e) => [e.action, e.entityId])).toEqual([['scenario.create', made[1]!.id]]);
      expect(r.body.next).toBeNull();
    });

    it('answers an empty page for values nothing has, and 400 naming the field for malformed ones', async () => {
      for (const q of ['action=nothing.here', 'entityType=spaceship', `entityId=${randomUUID()}`, 'action=scenario.create&entityType=product']) {
        const r = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?${q}`);
        expect(r.status, q).toBe(200);
        expect(r.body, q).toEqual({ items: [], next: null });
      }
      for (const [q, pointer] of [
        ['action=DROP%20TABLE', '/action'],
        ['entityType=a%27b', '/entityType'],
        [`entityId=${'x'.repeat(101)}`, '/entityId'],
        ['actor=me', ''],
      ] as const) {
        const r = await w.json<Problem>(w.as.viewerA, 'GET', `${org}/audit?${q}`);
        expect(r.status, q).toBe(400);
        if (pointer) expect(r.body.errors[0], q).toMatchObject({ pointer, in: 'query' });
      }
    });

    it('names the actor from the accounts, also after they left the organisation', async () => {
      const invited = await w.json<{ secret: string }>(w.as.ownerA, 'POST', `${org}/invitations`, { email: 'leaver@example.org', role: 'editor' });
      const added = await w.json<{ user: { id: string } }>(ANONYMOUS, 'POST', '/api/v1/invitations/sign-up', {
        secret: invited.body.secret,
        displayName: 'Lee Leaver',
        password: 'a long enough password',
      });
      const leaver = await w.login('leaver@example.org', 'a long enough password');
      const s = await w.json<Scenario>(leaver, 'POST', `${org}/scenarios`, { name: 'Left behind', scenarios: [] });
      expect(s.status).toBe(201);
      expect((await w.call(w.as.ownerA, 'DELETE', `${org}/members/${added.body.user.id}`)).status).toBe(204);

      const r = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?entityId=${s.body.id}`);
      expect(r.body.items[0]).toMatchObject({ actorId: added.body.user.id, actor: { id: added.body.user.id, displayName: 'Lee Leaver' } });
      const removal = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?action=member.remove&entityId=${added.body.user.id}`);
      expect(removal.body.items[0]!.actor).toEqual({ id: w.users.ownerA.id, displayName: 'Owner A' });
    });

    it('gives a null name for an account that does not exist', async () => {
      const ghost = randomUUID();
      const s = await w.store.org({ userId: ghost, orgId: w.orgA.id, role: 'editor', via: 'cli' }).scenarios.create({ name: 'Ghost', scenarios: [] });
      const r = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?entityId=${s.id}`);
      expect(r.body.items[0]!.actor).toEqual({ id: ghost, displayName: null });
    });

    it('keeps another organisation out of the filtered log', async () => {
      const theirs = await w.store.org({ userId: w.users.ownerB.id, orgId: w.orgB.id, role: 'owner', via: 'cli' }).scenarios.create({ name: 'Theirs', scenarios: [] });
      const r = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?entityId=${theirs.id}`);
      expect(r.body).toEqual({ items: [], next: null });
      expect((await w.call(w.as.ownerB, 'GET', `${org}/audit?entityType=scenario`)).status).toBe(404);
    });
  });

  describe('saved scenario edits', () => {
    let s: Scenario;
    beforeAll(async () => {
      s = (await w.json<Scenario>(w.as.editorA, 'POST', `${org}/scenarios`, { name: 'Draft', scenarios: ['digital-omnibus'], asOf: '2027-06-01' })).body;
    });

    it('changes only the fields given and records the change with the previous values', async () => {
      const renamed = await w.json<Scenario>(w.as.editorA, 'PATCH', `${org}/scenarios/${s.id}`, { name: '  Final  ' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ id: s.id, name: 'Final', scenarios: ['digital-omnibus'], asOf: '2027-06-01' });
      const cleared = await w.json<Scenario>(w.as.tokenEditorA, 'PATCH', `${org}/scenarios/${s.id}`, { scenarios: [], asOf: null });
      expect(cleared.body).toMatchObject({ name: 'Final', scenarios: [], asOf: null });
      expect((await w.json<Scenario>(w.as.viewerA, 'GET', `${org}/scenarios/${s.id}`)).body).toMatchObject({ name: 'Final', scenarios: [], asOf: null });

      const log = await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?action=scenario.update&entityId=${s.id}`);
      expect(log.body.items.map((e) => e.change)).toEqual([
        { scenarios: [], asOf: null, previous: { scenarios: ['digital-omnibus'], asOf: '2027-06-01' } },
        { name: 'Final', previous: { name: 'Draft' } },
      ]);
      expect(log.body.items[1]!.actor).toEqual({ id: w.users.editorA.id, displayName: 'Editor A' });
      expect((await w.store.verifyAudit()).ok).toBe(true);
    });

    it('rejects bad input naming the field, and changes nothing', async () => {
      const before = (await w.json<Scenario>(w.as.viewerA, 'GET', `${org}/scenarios/${s.id}`)).body;
      const count = async () => (await w.json<AuditPage>(w.as.viewerA, 'GET', `${org}/audit?entityId=${s.id}&limit=200`)).body.items.length;
      const entries = await count();
      for (const [body, pointer] of [
        [{ scenarios: ['no-such-proposal'] }, '/scenarios/0'],
        [{ asOf: '2027-13-01' }, '/asOf'],
        [{ name: '' }, '/name'],
        [{ name: 'x', extra: 1 }, ''],
        [{}, ''],
      ] as const) {
        const r = await w.json<Problem & { detail: string }>(w.as.editorA, 'PATCH', `${org}/scenarios/${s.id}`, body);
        expect(r.status, JSON.stringify(body)).toBe(400);
        if (pointer) expect(r.body.errors[0]!.pointer).toBe(pointer);
      }
      expect((await w.json<Scenario>(w.as.viewerA, 'GET', `${org}/scenarios/${s.id}`)).body).toEqual(before);
      expect(await count()).toBe(entries);
    });

    it('is for editors, and answers 404 for a missing or foreign scenario', async () => {
      expect((await w.call(w.as.viewerA, 'PATCH', `${org}/scenarios/${s.id}`, { name: 'Viewer' })).status).toBe(403);
      expect((await w.call(w.as.tokenViewerA, 'PATCH', `${org}/scenarios/${s.id}`, { name: 'Viewer' })).status).toBe(403);
      expect((await w.call(w.as.editorA, 'PATCH', `${org}/scenarios/${randomUUID()}`, { name: 'Nobody' })).status).toBe(404);
      const theirs = await w.store.org({ userId: w.users.ownerB.id, orgId: w.orgB.id, role: 'owner', via: 'cli' }).scenarios.create({ name: 'Theirs', scenarios: [] });
      expect((await w.call(w.as.editorA, 'PATCH', `${org}/scenarios/${theirs.id}`, { name: 'Mine now' })).status).toBe(404);
      expect((await w.call(w.as.ownerB, 'PATCH', `/api/v1/orgs/${w.orgB.id}/scenarios/${theirs.id}`, { name: 'Still theirs' })).status).toBe(200);
      expect((await w.json<Scenario>(w.as.viewerA, 'GET', `${org}/scenarios/${s.id}`)).body.name).toBe('Final');
    });
  });
});
