import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../src/store/index.ts';
import type { AuditRecord, OrgScope } from '../../src/store/index.ts';
import { ENGINES, openFresh } from './engines.ts';
import { PASSWORD, seed } from './fixtures.ts';

/** Every entry the filter gives, two at a time. */
async function all(scope: OrgScope, filter: Parameters<OrgScope['audit']>[0]): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await scope.audit({ ...filter, limit: 2, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    if (page.next === null) return out;
    cursor = page.next;
  }
}

describe.each(ENGINES)('audit filters, actor names and scenario edits on $dialect', (engine) => {
  it('filters by action, entity type and id across pages, newest first, within the organisation', async () => {
    const { store } = await openFresh(engine);
    const w = await seed(store);
    const a = store.org(w.actors.editorA);
    const ids: string[] = [];
    for (const name of ['s1', 's2', 's3', 's4', 's5']) {
      ids.push((await a.scenarios.create({ name, scenarios: [] })).id);
      await store.org(w.actors.ownerA).tokens.create({ name: `t-${name}`, role: 'viewer' });
    }
    await store.org(w.actors.ownerB).scenarios.create({ name: 'theirs', scenarios: [] });

    const created = await all(a, { action: 'scenario.create' });
    expect(created.map((e) => e.entityId)).toEqual([...ids].reverse());
    expect((await all(a, { entityType: 'scenario', action: 'scenario.create' })).length).toBe(5);
    expect((await all(a, { entityId: ids[2]! })).map((e) => e.action)).toEqual(['scenario.create']);
    expect(await a.audit({ action: 'no.such' })).toEqual({ items: [], next: null });
    expect(await a.audit({ entityType: 'scenario', action: 'token.create' })).toEqual({ items: [], next: null });
    for (const [filter, pointer] of [
      [{ action: '' }, '/action'],
      [{ entityType: 42 as unknown as string }, '/entityType'],
      [{ entityId: 'x'.repeat(101) }, '/entityId'],
    ] as const) {
      await expect(a.audit(filter)).rejects.toMatchObject({ pointer });
      await expect(a.audit(filter)).rejects.toBeInstanceOf(InvalidInputError);
    }
  });

  it('names actors who left the organisation, and gives null for a deleted account', async () => {
    const { store, options } = await openFresh(engine);
    const w = await seed(store);
    const leaver = await store.accounts.createUser({ email: 'leaver@example.org', displayName: 'Lee Leaver', password: PASSWORD });
    const owner = store.org(w.actors.ownerA);
    await owner.members.add(leaver.id, 'editor');
    const actor = { userId: leaver.id, orgId: w.orgA.id, role: 'editor' as const, via: 'session' as const };
    const s = await store.org(actor).scenarios.create({ name: 'Left behind', scenarios: [] });
    await owner.members.remove(leaver.id);
    expect((await owner.audit({ entityId: s.id })).items[0]!.actor).toEqual({ id: leaver.id, displayName: 'Lee Leaver' });

    await engine.raw(options, [`DELETE FROM users WHERE id = '${leaver.id}'`]);
    const [entry] = (await owner.audit({ entityId: s.id })).items;
    expect(entry).toMatchObject({ actorId: leaver.id, actor: { id: leaver.id, displayName: null }, action: 'scenario.create' });
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('updates a saved scenario with an audit entry, and changes nothing on bad input', async () => {
    const { store } = await openFresh(engine);
    const w = await seed(store);
    const a = store.org(w.actors.editorA);
    const s = await a.scenarios.create({ name: 'Draft', scenarios: ['digital-omnibus'], asOf: '2027-06-01' });
    const updated = await a.scenarios.update(s.id, { name: ' Final ', asOf: null });
    expect(updated).toEqual({ ...s, name: 'Final', asOf: null });
    expect(await a.scenarios.get(s.id)).toEqual(updated);
    const [entry] = (await a.audit({ action: 'scenario.update' })).items;
    expect(entry).toMatchObject({ entityId: s.id, change: { name: 'Final', asOf: null, previous: { name: 'Draft', asOf: '2027-06-01' } }, actor: { id: w.editorA.id, displayName: 'editor-a' } });

    const entries = (await all(a, {})).length;
    await expect(a.scenarios.update(s.id, {})).rejects.toBeInstanceOf(InvalidInputError);
    await expect(a.scenarios.update(s.id, { asOf: '2027-6-1' })).rejects.toMatchObject({ pointer: '/asOf' });
    await expect(a.scenarios.update(s.id, { scenarios: [''] })).rejects.toMatchObject({ pointer: '/scenarios/0' });
    await expect(store.org(w.actors.viewerA).scenarios.update(s.id, { name: 'Viewer' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(store.org(w.actors.ownerB).scenarios.update(s.id, { name: 'Theirs' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await a.scenarios.get(s.id)).toEqual(updated);
    expect((await all(a, {})).length).toBe(entries);
  });
});
