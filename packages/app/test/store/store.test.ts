import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DuplicateError,
  ForbiddenError,
  InvalidInputError,
  LastOwnerError,
  NotFoundError,
  openStore,
} from '../../src/store/index.ts';
import type { Actor } from '../../src/store/index.ts';
import { migrations as allMigrations } from '../../src/store/migrations.ts';
import { ENGINES, openFresh, ready } from './engines.ts';
import type { Engine } from './engines.ts';
import { CASE, PASSWORD, PROFILE, seed } from './fixtures.ts';

const TABLES = ['organisations', 'users', 'memberships', 'sessions', 'api_tokens', 'products', 'product_versions', 'assessments', 'incidents', 'scenarios', 'audit_log'];

async function counts(engine: Engine, options: Parameters<Engine['rows']>[0]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await engine.rows<{ n: number | string }>(options, `SELECT count(*) AS n FROM ${t}`))[0]!.n);
  return out;
}

describe.each(ENGINES)('store on $dialect', (engine) => {
  describe('opening and migrations', () => {
    it('creates and migrates a new store, and reopening migrates nothing twice', async () => {
      const { store, options } = await openFresh(engine);
      expect(store.dialect).toBe(engine.dialect);
      await store.accounts.createUser({ email: 'a@example.org', displayName: 'A', password: PASSWORD });
      const again = await openStore(options);
      const third = await openStore(options);
      try {
        expect(await again.accounts.userCount()).toBe(1);
        const migrations = await engine.rows<{ name: string }>(options, 'SELECT name FROM kysely_migration ORDER BY name');
        // Every migration once, in order, whichever migrations the store has.
        expect(migrations.map((m) => m.name)).toEqual(Object.keys(allMigrations(engine.dialect)).sort());
        expect(await third.checkIntegrity()).toMatchObject({ ok: true });
      } finally {
        await again.close();
        await third.close();
      }
    });
  });

  it('opens the same new store from several connections at once; each sees one migrated schema', async () => {
    const options = await ready(engine.fresh());
    const stores = await Promise.all([openStore(options), openStore(options), openStore(options)]);
    try {
      await stores[0].accounts.createUser({ email: 'a@example.org', displayName: 'A', password: PASSWORD });
      for (const s of stores) expect(await s.accounts.userCount()).toBe(1);
      expect(await engine.rows(options, 'SELECT name FROM kysely_migration')).toHaveLength(Object.keys(allMigrations(engine.dialect)).length);
    } finally {
      for (const s of stores) await s.close();
    }
  });

  it('reports a broken reference in the integrity check', async () => {
    const { store, options } = await openFresh(engine);
    await seed(store);
    expect(await store.checkIntegrity()).toMatchObject({ ok: true, detail: expect.stringContaining('audit_log') as unknown });
    if (engine.dialect !== 'sqlite') return;
    await engine.raw(options, ['PRAGMA foreign_keys = OFF', "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ('no-org', 'no-user', 'viewer', '2026-01-01T00:00:00.000Z')"]);
    expect(await store.checkIntegrity()).toMatchObject({ ok: false, detail: expect.stringContaining('foreign_key_check') as unknown });
  });

  describe('accounts', () => {
    it('hashes passwords with argon2id, never stores them plain, and enforces 12 characters', async () => {
      const { store, options } = await openFresh(engine);
      const user = await store.accounts.createUser({ email: ' Ada@Example.org ', displayName: 'Ada', password: PASSWORD });
      expect(user.email).toBe('ada@example.org');
      const [row] = await engine.rows<{ password_hash: string }>(options, 'SELECT password_hash FROM users');
      expect(row!.password_hash).toMatch(/^\$argon2id\$/);
      expect(row!.password_hash).not.toContain(PASSWORD);
      expect((await store.accounts.verifyPassword('ADA@example.org', PASSWORD))?.id).toBe(user.id);
      expect(await store.accounts.verifyPassword('ada@example.org', 'wrong password!!')).toBeNull();
      expect(await store.accounts.verifyPassword('nobody@example.org', PASSWORD)).toBeNull();
      const short = store.accounts.createUser({ email: 'b@example.org', displayName: 'B', password: 'short' });
      await expect(short).rejects.toThrow(InvalidInputError);
      await expect(short).rejects.toThrow(/\/password: expected a password of at least 12 characters/);
      await expect(short).rejects.not.toThrow(/"short"/);
      await expect(store.accounts.createUser({ email: 'ADA@example.org', displayName: 'Ada 2', password: PASSWORD })).rejects.toThrow(DuplicateError);
      await expect(store.accounts.createUser({ email: 'not-an-email', displayName: 'X', password: PASSWORD })).rejects.toThrow(/\/email/);
      expect(await store.accounts.userCount()).toBe(1);
      const audit = await engine.rows<{ change: string }>(options, 'SELECT change FROM audit_log');
      expect(audit.map((a) => a.change).join()).not.toContain(PASSWORD);
    });

    it('changes passwords, disables accounts, and ends their sessions', async () => {
      const { store } = await openFresh(engine);
      const user = await store.accounts.createUser({ email: 'a@example.org', displayName: 'A', password: PASSWORD });
      const { secret } = await store.accounts.createSession(user.id, 3600);
      await store.accounts.setPassword(user.id, 'another long password');
      expect(await store.accounts.findSession(secret)).toBeNull();
      expect(await store.accounts.verifyPassword('a@example.org', PASSWORD)).toBeNull();
      expect(await store.accounts.verifyPassword('a@example.org', 'another long password')).not.toBeNull();
      await store.accounts.setDisabled(user.id, true);
      expect(await store.accounts.verifyPassword('a@example.org', 'another long password')).toBeNull();
      expect((await store.accounts.findUser(user.id))?.disabled).toBe(true);
      await store.accounts.setDisabled(user.id, false);
      expect(await store.accounts.verifyPassword('a@example.org', 'another long password')).not.toBeNull();
      await expect(store.accounts.setPassword('missing', 'another long password')).rejects.toThrow(NotFoundError);
    });

    it('keeps sessions only as hashes, expires and deletes them', async () => {
      const { store, options } = await openFresh(engine);
      const user = await store.accounts.createUser({ email: 'a@example.org', displayName: 'A', password: PASSWORD });
      const { secret, session } = await store.accounts.createSession(user.id, 3600);
      expect(session.csrfToken.length).toBeGreaterThanOrEqual(32);
      const rows = await engine.rows<{ id: string }>(options, 'SELECT id FROM sessions');
      expect(rows[0]!.id).not.toBe(secret);
      expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.accounts.findSession(secret)).toEqual(session);
      expect(await store.accounts.findSession(`${secret}x`)).toBeNull();
      await store.accounts.deleteSession(secret);
      expect(await store.accounts.findSession(secret)).toBeNull();
      const short = await store.accounts.createSession(user.id, 1);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await store.accounts.findSession(short.secret)).toBeNull();
    });

    it('creates organisations with their owner, and lists memberships', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      expect((await store.accounts.membershipsOf(w.ownerA.id)).map((m) => [m.organisation.slug, m.role])).toEqual([['org-a', 'owner']]);
      expect(await store.accounts.actorFor(w.viewerA.id, w.orgA.id, 'session')).toEqual(w.actors.viewerA);
      expect(await store.accounts.actorFor(w.viewerA.id, w.orgB.id, 'session')).toBeNull();
      expect((await store.accounts.findOrganisationBySlug('org-b'))?.id).toBe(w.orgB.id);
      await expect(store.accounts.createOrganisation({ name: 'Dup', slug: 'org-a' }, w.ownerA.id)).rejects.toThrow(DuplicateError);
      await expect(store.accounts.createOrganisation({ name: 'Bad', slug: 'Bad Slug' }, w.ownerA.id)).rejects.toThrow(/\/slug/);
    });

    it('issues API tokens shown once and stored hashed; revoked, expired or out-of-role tokens do not resolve', async () => {
      const { store, options } = await openFresh(engine);
      const w = await seed(store);
      const owner = store.org(w.actors.ownerA);
      const { token, secret } = await owner.tokens.create({ name: 'ci', role: 'editor' });
      expect(secret).toMatch(/^iomt_[A-Za-z0-9_-]{43}$/);
      expect(secret.startsWith(token.prefix)).toBe(true);
      const stored = await engine.rows<Record<string, unknown>>(options, 'SELECT * FROM api_tokens');
      expect(JSON.stringify(stored)).not.toContain(secret);
      expect(await store.accounts.resolveToken(secret)).toEqual({ userId: w.ownerA.id, orgId: w.orgA.id, role: 'editor', via: 'token' });
      expect((await owner.tokens.list()).items[0]!.lastUsedAt).not.toBeNull();
      expect(await store.accounts.resolveToken('iomt_nope')).toBeNull();
      await owner.tokens.revoke(token.id);
      expect(await store.accounts.resolveToken(secret)).toBeNull();
      expect((await owner.tokens.list()).items[0]!.revokedAt).not.toBeNull();
      await expect(owner.tokens.create({ name: 'past', role: 'viewer', expiresAt: '2020-01-01T00:00:00Z' })).rejects.toThrow(/\/expiresAt/);
      // A token never grants more than its user holds now.
      const second = await owner.tokens.create({ name: 'owner token', role: 'owner' });
      await owner.members.add(w.ownerB.id, 'owner');
      await store.org({ ...w.actors.ownerB, orgId: w.orgA.id }).members.setRole(w.ownerA.id, 'viewer');
      expect((await store.accounts.resolveToken(second.secret))?.role).toBe('viewer');
    });
  });

  describe('entities', () => {
    it('products: versions are added, never overwritten, and a stale version is a conflict', async () => {
      const { store, options } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const { product, version } = await a.products.create({ name: 'Meter', profile: PROFILE, note: 'first' });
      expect(product).toMatchObject({ name: 'Meter', latestVersion: 1, orgId: w.orgA.id });
      expect(version).toMatchObject({ version: 1, profile: PROFILE, note: 'first', createdBy: w.editorA.id });
      const v2 = await a.products.addVersion(product.id, { profile: { ...PROFILE, facts: { connected: false } }, expectedVersion: 1 });
      expect(v2.version).toBe(2);
      const stale = a.products.addVersion(product.id, { profile: PROFILE, expectedVersion: 1 });
      await expect(stale).rejects.toThrow(ConflictError);
      await expect(stale).rejects.toMatchObject({ expected: 1, actual: 2 });
      expect((await a.products.version(product.id, 1)).profile).toEqual(PROFILE);
      expect((await a.products.versions(product.id)).items.map((v) => v.version)).toEqual([1, 2]);
      expect((await a.products.get(product.id)).latestVersion).toBe(2);
      expect((await a.products.rename(product.id, { name: 'Meter 2' })).name).toBe('Meter 2');
      await expect(a.products.version(product.id, 3)).rejects.toThrow(NotFoundError);
      // Even with database access, a stored version cannot be updated in place.
      await expect(engine.raw(options, [`UPDATE product_versions SET note = 'x' WHERE version = 1`])).rejects.toThrow(/never overwritten/);
      await a.products.remove(product.id);
      await expect(a.products.get(product.id)).rejects.toThrow(NotFoundError);
      expect((await a.products.list()).items).toEqual([]);
    });

    it('assessments: create on a product version, update with optimistic versioning, remove', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const { product } = await a.products.create({ name: 'Meter', profile: PROFILE });
      const created = await a.assessments.create({ productId: product.id, name: 'Gap', state: { controls: {} } });
      expect(created).toMatchObject({ productVersion: 1, version: 1, state: { controls: {} } });
      const updated = await a.assessments.update(created.id, { state: { controls: { 'c-1': 'done' } }, name: 'Gap 2', expectedVersion: 1 });
      expect(updated).toMatchObject({ version: 2, name: 'Gap 2', state: { controls: { 'c-1': 'done' } } });
      await expect(a.assessments.update(created.id, { state: {}, expectedVersion: 1 })).rejects.toMatchObject({ expected: 1, actual: 2 });
      expect(await a.assessments.get(created.id)).toEqual(updated);
      await expect(a.assessments.create({ productId: product.id, productVersion: 5, name: 'x', state: {} })).rejects.toThrow(NotFoundError);
      expect((await a.assessments.list({ productId: product.id })).items).toHaveLength(1);
      expect((await a.assessments.list({ productId: 'other' })).items).toHaveLength(0);
      await a.assessments.remove(created.id);
      await expect(a.assessments.get(created.id)).rejects.toThrow(NotFoundError);
    });

    it('incidents: create, update fields and status, filter, remove', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const inc = await a.incidents.create({ title: 'Breach', case: CASE });
      expect(inc).toMatchObject({ status: 'open', version: 1, case: CASE, productId: null });
      const closed = await a.incidents.update(inc.id, { status: 'closed', expectedVersion: 1 });
      expect(closed).toMatchObject({ status: 'closed', version: 2, title: 'Breach', case: CASE });
      expect((await a.incidents.list({ status: 'open' })).items).toHaveLength(0);
      expect((await a.incidents.list({ status: 'closed' })).items).toHaveLength(1);
      await expect(a.incidents.update(inc.id, { status: 'bogus' as 'open', expectedVersion: 2 })).rejects.toThrow(/\/status: expected one of open, closed, got "bogus"/);
      await expect(a.incidents.update(inc.id, { title: 'x', expectedVersion: 0 })).rejects.toThrow(/\/expectedVersion/);
      await expect(a.incidents.create({ title: 'x', case: CASE, productId: 'missing' })).rejects.toThrow(NotFoundError);
      await a.incidents.remove(inc.id);
      await expect(a.incidents.update(inc.id, { title: 'x', expectedVersion: 2 })).rejects.toThrow(NotFoundError);
    });

    it('saved scenarios: create, get, list, remove', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const s = await a.scenarios.create({ name: 'Omnibus', scenarios: ['mdr-omnibus'], asOf: '2027-06-01' });
      expect(await a.scenarios.get(s.id)).toEqual(s);
      expect((await a.scenarios.list()).items).toEqual([s]);
      await expect(a.scenarios.create({ name: 'x', scenarios: ['a'], asOf: '2027-13-45' })).rejects.toThrow(/\/asOf/);
      await expect(a.scenarios.create({ name: 'x', scenarios: ['a'], asOf: '2027-02-30' })).rejects.toThrow(/\/asOf.*real calendar date/);
      await expect(a.scenarios.create({ name: 'x', scenarios: [1 as unknown as string] })).rejects.toThrow(/\/scenarios\/0/);
      await a.scenarios.remove(s.id);
      await expect(a.scenarios.get(s.id)).rejects.toThrow(NotFoundError);
    });

    it('members: owners add, change and remove members; the last owner stays', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const owner = store.org(w.actors.ownerA);
      expect((await owner.members.list()).items.map((m) => m.role).sort()).toEqual(['editor', 'owner', 'viewer']);
      expect((await owner.members.setRole(w.viewerA.id, 'editor')).role).toBe('editor');
      await expect(owner.members.setRole(w.ownerA.id, 'viewer')).rejects.toThrow(LastOwnerError);
      await expect(owner.members.remove(w.ownerA.id)).rejects.toThrow(ConflictError);
      await expect(owner.members.add(w.editorA.id, 'viewer')).rejects.toThrow(DuplicateError);
      await owner.members.remove(w.viewerA.id);
      expect(await store.accounts.actorFor(w.viewerA.id, w.orgA.id, 'session')).toBeNull();
      await expect(owner.members.setRole(w.viewerA.id, 'viewer')).rejects.toThrow(NotFoundError);
    });

    it('pages lists by keyset with an opaque cursor and rejects bad cursors and limits', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await a.scenarios.create({ name: `s${i}`, scenarios: [] })).id);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await a.scenarios.list({ limit: 3, cursor });
        seen.push(...page.items.map((s) => s.id));
        cursor = page.next ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen.sort()).toEqual([...ids].sort());
      expect((await a.scenarios.list()).items).toHaveLength(7);
      await expect(a.scenarios.list({ limit: 0 })).rejects.toThrow(/\/limit: expected an integer from 1 to 200/);
      await expect(a.scenarios.list({ limit: 201 })).rejects.toThrow(InvalidInputError);
      await expect(a.scenarios.list({ cursor: 'not a cursor!' })).rejects.toThrow(/\/cursor/);
      const productCursor = Buffer.from(JSON.stringify(['products', 'x', 'y'])).toString('base64url');
      await expect(a.scenarios.list({ cursor: productCursor })).rejects.toThrow(/\/cursor/);
      const audit = await a.audit({ limit: 2 });
      expect(audit.items[0]!.seq).toBeGreaterThan(audit.items[1]!.seq);
      const more = await a.audit({ limit: 2, cursor: audit.next! });
      expect(more.items[0]!.seq).toBeLessThan(audit.items[1]!.seq);
    });
  });

  describe('tenancy', () => {
    it("org B's actor gets NotFoundError for every org A entity, and org A's rows never appear in its lists", async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.ownerA);
      const { product } = await a.products.create({ name: 'Meter', profile: PROFILE });
      const assessment = await a.assessments.create({ productId: product.id, name: 'Gap', state: {} });
      const incident = await a.incidents.create({ title: 'Breach', case: CASE, productId: product.id });
      const scenario = await a.scenarios.create({ name: 'S', scenarios: [] });
      const { token } = await a.tokens.create({ name: 'ci', role: 'viewer' });

      const b = store.org(w.actors.ownerB);
      const missing = async (p: Promise<unknown>, entity: string, id: string) => {
        const e = await p.then(() => null, (err: unknown) => err);
        expect(e).toBeInstanceOf(NotFoundError);
        expect(e).toMatchObject({ entity, id });
      };
      await missing(b.products.get(product.id), 'product', product.id);
      await missing(b.products.versions(product.id), 'product', product.id);
      await missing(b.products.version(product.id, 1), 'product', product.id);
      await missing(b.products.addVersion(product.id, { profile: PROFILE, expectedVersion: 1 }), 'product', product.id);
      await missing(b.products.rename(product.id, { name: 'x' }), 'product', product.id);
      await missing(b.products.remove(product.id), 'product', product.id);
      await missing(b.assessments.get(assessment.id), 'assessment', assessment.id);
      await missing(b.assessments.update(assessment.id, { state: {}, expectedVersion: 1 }), 'assessment', assessment.id);
      await missing(b.assessments.remove(assessment.id), 'assessment', assessment.id);
      await missing(b.assessments.create({ productId: product.id, name: 'x', state: {} }), 'product', product.id);
      await missing(b.incidents.get(incident.id), 'incident', incident.id);
      await missing(b.incidents.update(incident.id, { title: 'x', expectedVersion: 1 }), 'incident', incident.id);
      await missing(b.incidents.remove(incident.id), 'incident', incident.id);
      await missing(b.incidents.create({ title: 'x', case: CASE, productId: product.id }), 'product', product.id);
      await missing(b.scenarios.get(scenario.id), 'scenario', scenario.id);
      await missing(b.scenarios.remove(scenario.id), 'scenario', scenario.id);
      await missing(b.tokens.revoke(token.id), 'token', token.id);
      await missing(b.members.setRole(w.editorA.id, 'viewer'), 'member', w.editorA.id);
      await missing(b.members.remove(w.editorA.id), 'member', w.editorA.id);
      // Same answer as for an id that never existed.
      await missing(b.products.get('00000000-0000-0000-0000-000000000000'), 'product', '00000000-0000-0000-0000-000000000000');

      expect((await b.products.list()).items).toEqual([]);
      expect((await b.assessments.list()).items).toEqual([]);
      expect((await b.incidents.list()).items).toEqual([]);
      expect((await b.scenarios.list()).items).toEqual([]);
      expect((await b.tokens.list()).items).toEqual([]);
      expect((await b.members.list()).items.map((m) => m.user.id)).toEqual([w.ownerB.id]);
      expect((await b.audit()).items.every((e) => e.orgId === w.orgB.id)).toBe(true);
      // Nothing of org A changed through the attempts.
      expect((await a.products.get(product.id)).latestVersion).toBe(1);
      expect((await a.incidents.get(incident.id)).version).toBe(1);
      expect((await a.assessments.get(assessment.id)).version).toBe(1);
      expect((await a.scenarios.get(scenario.id)).name).toBe('S');
      expect((await a.members.list()).items).toHaveLength(3);
    });
  });

  describe('roles', () => {
    it('viewers only read, editors write entities, owners manage members and tokens', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const owner = store.org(w.actors.ownerA);
      const editor = store.org(w.actors.editorA);
      const viewer = store.org(w.actors.viewerA);
      const { product } = await editor.products.create({ name: 'Meter', profile: PROFILE });
      const incident = await editor.incidents.create({ title: 'Breach', case: CASE });
      expect((await viewer.products.list()).items).toHaveLength(1);
      expect((await viewer.incidents.get(incident.id)).title).toBe('Breach');

      const forbidden = async (p: Promise<unknown>, needed: string) => {
        await expect(p).rejects.toThrow(ForbiddenError);
        await expect(p).rejects.toMatchObject({ needed });
      };
      await forbidden(viewer.products.create({ name: 'x', profile: PROFILE }), 'editor');
      await forbidden(viewer.products.addVersion(product.id, { profile: PROFILE, expectedVersion: 1 }), 'editor');
      await forbidden(viewer.products.remove(product.id), 'editor');
      await forbidden(viewer.incidents.update(incident.id, { title: 'x', expectedVersion: 1 }), 'editor');
      await forbidden(viewer.assessments.create({ productId: product.id, name: 'x', state: {} }), 'editor');
      await forbidden(viewer.scenarios.create({ name: 'x', scenarios: [] }), 'editor');
      await forbidden(editor.members.add(w.ownerB.id, 'viewer'), 'owner');
      await forbidden(editor.members.setRole(w.viewerA.id, 'owner'), 'owner');
      await forbidden(editor.tokens.create({ name: 'x', role: 'viewer' }), 'owner');
      await forbidden(editor.tokens.list(), 'owner');
      await expect(owner.members.add(w.ownerB.id, 'viewer')).resolves.toMatchObject({ role: 'viewer' });
      expect((await store.org(w.actors.ownerA).products.get(product.id)).latestVersion).toBe(1);
    });
  });

  describe('transactions', () => {
    it('a failure after the writes, before commit, leaves nothing: rows and audit entries alike', async () => {
      let fail = false;
      const { store, options } = await openFresh(engine, {
        hooks: {
          beforeCommit: (actions) => {
            if (fail) throw new Error(`injected failure after ${actions.join(', ')}`);
          },
        },
      });
      const w = await seed(store);
      const a = store.org(w.actors.ownerA);
      const { product } = await a.products.create({ name: 'Meter', profile: PROFILE });
      const incident = await a.incidents.create({ title: 'Breach', case: CASE });
      const before = await counts(engine, options);
      const snapshot = await engine.rows(options, 'SELECT * FROM audit_log ORDER BY seq');
      fail = true;
      const attempts: (() => Promise<unknown>)[] = [
        () => store.accounts.createUser({ email: 'new@example.org', displayName: 'N', password: PASSWORD }),
        () => store.accounts.createOrganisation({ name: 'C', slug: 'org-c' }, w.ownerA.id),
        () => store.accounts.setDisabled(w.viewerA.id, true),
        () => a.products.create({ name: 'Other', profile: PROFILE }),
        () => a.products.addVersion(product.id, { profile: PROFILE, expectedVersion: 1 }),
        () => a.products.remove(product.id),
        () => a.incidents.update(incident.id, { title: 'Changed', expectedVersion: 1 }),
        () => a.incidents.create({ title: 'x', case: CASE }),
        () => a.assessments.create({ productId: product.id, name: 'x', state: {} }),
        () => a.scenarios.create({ name: 'x', scenarios: [] }),
        () => a.members.setRole(w.viewerA.id, 'editor'),
        () => a.tokens.create({ name: 'x', role: 'viewer' }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/injected failure after/);
      fail = false;
      expect(await counts(engine, options)).toEqual(before);
      expect(await engine.rows(options, 'SELECT * FROM audit_log ORDER BY seq')).toEqual(snapshot);
      expect((await a.incidents.get(incident.id)).title).toBe('Breach');
      expect((await a.products.get(product.id)).latestVersion).toBe(1);
      expect((await store.accounts.findUser(w.viewerA.id))?.disabled).toBe(false);
      expect(await store.verifyAudit()).toMatchObject({ ok: true });
      // The store keeps working after the rollbacks.
      await expect(a.incidents.update(incident.id, { title: 'Changed', expectedVersion: 1 })).resolves.toMatchObject({ version: 2 });
    });

    it('writes an audit entry in the same transaction as each change', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const incident = await a.incidents.create({ title: 'Breach', case: CASE });
      await a.incidents.update(incident.id, { title: 'Breach 2', expectedVersion: 1 });
      const [latest, created] = (await a.audit({ limit: 2 })).items;
      expect(created).toMatchObject({ action: 'incident.create', entityType: 'incident', entityId: incident.id, actorId: w.editorA.id, orgId: w.orgA.id });
      expect(latest).toMatchObject({ action: 'incident.update', change: { title: 'Breach 2', previous: { title: 'Breach' }, version: 2 } });
      expect(latest!.prevHash).toBe(created!.hash);
    });
  });

  describe('concurrency', () => {
    it('parallel updates from one version: exactly one wins, the others get ConflictError', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const incident = await a.incidents.create({ title: 'Breach', case: CASE });
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => a.incidents.update(incident.id, { title: `writer ${i}`, expectedVersion: 1 })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(11);
      for (const r of lost) expect(r.reason).toMatchObject({ constructor: ConflictError, expected: 1, actual: 2 });
      expect((await a.incidents.get(incident.id)).version).toBe(2);
    });

    it('writers that reload and retry on conflict never lose an update', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const a = store.org(w.actors.editorA);
      const incident = await a.incidents.create({ title: 'Breach', case: { timeline: [] } });
      const writers = 10;
      const perWriter = 3;
      let conflicts = 0;
      const appendEvent = async (event: string) => {
        for (;;) {
          const current = await a.incidents.get(incident.id);
          const c = current.case as { timeline: string[] };
          try {
            await a.incidents.update(incident.id, { case: { timeline: [...c.timeline, event] }, expectedVersion: current.version });
            return;
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
            conflicts++;
          }
        }
      };
      await Promise.all(
        Array.from({ length: writers }, async (_, i) => {
          for (let j = 0; j < perWriter; j++) await appendEvent(`w${i}-e${j}`);
        }),
      );
      const final = await a.incidents.get(incident.id);
      expect(final.version).toBe(1 + writers * perWriter);
      expect((final.case as { timeline: string[] }).timeline.sort()).toEqual(
        Array.from({ length: writers }, (_, i) => Array.from({ length: perWriter }, (_, j) => `w${i}-e${j}`)).flat().sort(),
      );
      // Each accepted version appears once in the audit log.
      const versions = (await a.audit({ limit: 200 })).items.filter((e) => e.action === 'incident.update').map((e) => (e.change as { version: number }).version);
      expect(versions.sort((x, y) => x - y)).toEqual(Array.from({ length: writers * perWriter }, (_, i) => i + 2));
      expect(conflicts).toBeGreaterThanOrEqual(0);
      expect(await store.verifyAudit()).toMatchObject({ ok: true });
    });

    it('parallel writers across organisations keep one valid audit chain', async () => {
      const { store } = await openFresh(engine);
      const w = await seed(store);
      const actors: Actor[] = [w.actors.ownerA, w.actors.ownerB, w.actors.editorA];
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.org(actors[i % 3]!).scenarios.create({ name: `s${i}`, scenarios: [] })));
      const r = await store.verifyAudit();
      expect(r.ok).toBe(true);
      expect(r.entries).toBeGreaterThanOrEqual(30);
    });
  });

  it('closes idempotently', async () => {
    const { store } = await openFresh(engine);
    await store.close();
    await store.close();
    await expect(store.accounts.userCount()).rejects.toThrow();
  });
});
