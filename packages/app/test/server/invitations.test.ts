/**
 * Organisations and invitations: nobody joins an organisation without accepting; inviting answers
 * the same whether or not the address has an account; the instance administrator creates
 * organisations; disabling a user ends their tokens for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, ENGINES, PASSWORD } from './harness.ts';
import type { Credential, World } from './harness.ts';

interface Created {
  invitation: { id: string; email: string; role: string; status: string; expiresAt: string };
  secret: string;
}
interface Me {
  organisations: { id: string; role: string }[];
  instanceAdmin: boolean;
}

describe.each(ENGINES)('organisations and invitations (%s)', (engine) => {
  let w: World;
  let orgB: string;
  beforeAll(async () => {
    w = await createWorld(engine);
    orgB = `/api/v1/orgs/${w.orgB.id}`;
  });
  afterAll(() => w.dispose());

  const invite = (email: string, role = 'editor', who: Credential = w.as.ownerB) => w.json<Created>(who, 'POST', `${orgB}/invitations`, { email, role });
  const orgsOf = async (who: Credential) => (await w.json<Me>(who, 'GET', '/api/v1/auth/me')).body.organisations.map((o) => o.id);

  it('cannot add an existing account of another organisation directly, and inviting it answers exactly as for an unknown address', async () => {
    const direct = await w.call(w.as.ownerB, 'POST', `${orgB}/members`, { email: 'owner-a@example.org', role: 'owner' });
    expect(direct.status).toBe(404);
    const existing = await invite('owner-a@example.org');
    const unknown = await invite('nobody-here@example.org');
    expect(existing.status).toBe(201);
    expect(unknown.status).toBe(201);
    const shape = (b: Created) => ({ keys: Object.keys(b).sort(), invitation: Object.keys(b.invitation).sort(), status: b.invitation.status, role: b.invitation.role });
    expect(shape(existing.body)).toEqual(shape(unknown.body));
    expect([...existing.res.headers.keys()].sort()).toEqual([...unknown.res.headers.keys()].sort());
    // Invited is not joined.
    expect(await orgsOf(w.as.ownerA)).not.toContain(w.orgB.id);
    expect((await w.call(w.as.ownerA, 'GET', orgB)).status).toBe(404);
  });

  it('lets only the invited person accept, once, with the role offered; revoked secrets and other people get 404', async () => {
    const { body } = await invite('editor-a@example.org', 'viewer');
    // Someone else holding the secret (here the owner of A) cannot use it.
    expect((await w.call(w.as.ownerA, 'POST', '/api/v1/invitations/accept', { secret: body.secret })).status).toBe(404);
    // A token speaks for an organisation, not for a person.
    expect((await w.call(w.as.tokenEditorA, 'POST', '/api/v1/invitations/accept', { secret: body.secret })).status).toBe(401);
    const ok = await w.json<{ organisation: { id: string }; role: string }>(w.as.editorA, 'POST', '/api/v1/invitations/accept', { secret: body.secret });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ organisation: { id: w.orgB.id }, role: 'viewer' });
    expect(await orgsOf(w.as.editorA)).toEqual(expect.arrayContaining([w.orgA.id, w.orgB.id]));
    expect((await w.call(w.as.editorA, 'GET', `${orgB}/products`)).status).toBe(200);
    expect((await w.call(w.as.editorA, 'POST', '/api/v1/invitations/accept', { secret: body.secret })).status).toBe(404);
    expect((await w.call(w.as.editorA, 'POST', '/api/v1/invitations/accept', { secret: 'iomt_inv_made-up' })).status).toBe(404);

    const revoked = await invite('viewer-a@example.org');
    const r = await w.json<{ status: string }>(w.as.ownerB, 'DELETE', `${orgB}/invitations/${revoked.body.invitation.id}`);
    expect(r.body.status).toBe('revoked');
    expect((await w.call(w.as.viewerA, 'POST', '/api/v1/invitations/accept', { secret: revoked.body.secret })).status).toBe(404);
    expect(await orgsOf(w.as.viewerA)).not.toContain(w.orgB.id);

    const list = await w.json<{ items: { email: string; status: string }[] }>(w.as.ownerB, 'GET', `${orgB}/invitations`);
    expect(list.body.items.find((i) => i.email === 'editor-a@example.org')?.status).toBe('accepted');
    expect(list.body.items.find((i) => i.email === 'viewer-a@example.org')?.status).toBe('revoked');
    // Only owners see or make invitations; other organisations see nothing.
    expect((await w.call(w.as.editorA, 'GET', `${orgB}/invitations`)).status).toBe(403);
    expect((await w.call(w.as.ownerA, 'GET', `${orgB}/invitations`)).status).toBe(404);
    const audit = await w.json<{ items: { action: string }[] }>(w.as.ownerB, 'GET', `${orgB}/audit?limit=50`);
    expect(audit.body.items.map((e) => e.action)).toEqual(expect.arrayContaining(['invitation.create', 'invitation.accept', 'invitation.revoke', 'member.add']));
  });

  it('creates the account of an invited address that has none, and refuses one that has (sign in instead)', async () => {
    const { body } = await invite('newcomer@example.org', 'editor');
    const short = await w.json<{ errors: { pointer: string; value?: unknown }[] }>(ANONYMOUS, 'POST', '/api/v1/invitations/sign-up', { secret: body.secret, displayName: 'New', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors.find((e) => e.pointer === '/password')).not.toHaveProperty('value');
    const r = await w.json<{ user: { email: string }; role: string }>(ANONYMOUS, 'POST', '/api/v1/invitations/sign-up', { secret: body.secret, displayName: 'New Comer', password: PASSWORD });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ user: { email: 'newcomer@example.org' }, role: 'editor' });
    const s = await w.login('newcomer@example.org');
    expect(await orgsOf(s)).toEqual([w.orgB.id]);
    const again = await invite('owner-a@example.org', 'viewer');
    expect((await w.call(ANONYMOUS, 'POST', '/api/v1/invitations/sign-up', { secret: again.body.secret, displayName: 'X', password: PASSWORD })).status).toBe(409);
  });

  it('lets only the instance administrator list and create organisations; the creator owns the new one', async () => {
    expect((await w.call(w.as.ownerA, 'POST', '/api/v1/orgs', { name: 'Gamma Devices' })).status).toBe(403);
    expect((await w.call(w.as.ownerA, 'GET', '/api/v1/orgs')).status).toBe(403);
    expect((await w.json<Me>(w.as.ownerA, 'GET', '/api/v1/auth/me')).body.instanceAdmin).toBe(false);
    await w.store.admin.setAdmin(w.users.ownerA.id, true);
    expect((await w.json<Me>(w.as.ownerA, 'GET', '/api/v1/auth/me')).body.instanceAdmin).toBe(true);
    const created = await w.json<{ id: string; slug: string }>(w.as.ownerA, 'POST', '/api/v1/orgs', { name: 'Gamma Devices' });
    expect(created.status).toBe(201);
    expect(created.body.slug).toBe('gamma-devices');
    expect((await w.call(w.as.ownerA, 'POST', '/api/v1/orgs', { name: 'Gamma Devices' })).status).toBe(409);
    const all = await w.json<{ items: { slug: string }[] }>(w.as.ownerA, 'GET', '/api/v1/orgs');
    expect(all.body.items.map((o) => o.slug)).toEqual(['alpha', 'beta', 'gamma-devices']);
    expect((await w.json<Me>(w.as.ownerA, 'GET', '/api/v1/auth/me')).body.organisations).toContainEqual(expect.objectContaining({ id: created.body.id, role: 'owner' }));
    // A token of the administrator speaks for one organisation only.
    const token = (await w.store.org({ userId: w.users.ownerA.id, orgId: w.orgA.id, role: 'owner', via: 'cli' }).tokens.create({ name: 'x', role: 'owner' })).secret;
    expect((await w.call({ kind: 'token', secret: token }, 'GET', '/api/v1/orgs')).status).toBe(403);
  });

  it('disabling a user revokes their sessions and API tokens; enabling again revives neither', async () => {
    const owner = w.store.org({ userId: w.users.ownerA.id, orgId: w.orgA.id, role: 'owner', via: 'cli' });
    const own: Credential = { kind: 'token', secret: (await owner.tokens.create({ name: 'owner ci', role: 'editor' })).secret };
    const session = await w.login('owner-a@example.org');
    expect((await w.call(own, 'GET', `/api/v1/orgs/${w.orgA.id}/products`)).status).toBe(200);
    await w.store.accounts.setDisabled(w.users.ownerA.id, true);
    expect((await w.call(own, 'GET', `/api/v1/orgs/${w.orgA.id}/products`)).status).toBe(401);
    expect((await w.call(session, 'GET', '/api/v1/auth/me')).status).toBe(401);
    await w.store.accounts.setDisabled(w.users.ownerA.id, false);
    expect((await w.call(own, 'GET', `/api/v1/orgs/${w.orgA.id}/products`)).status).toBe(401);
    expect((await w.call(session, 'GET', '/api/v1/auth/me')).status).toBe(401);
    const tokens = await owner.tokens.list();
    expect(tokens.items.filter((t) => t.userId === w.users.ownerA.id).every((t) => t.revokedAt !== null)).toBe(true);
    expect((await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: 'owner-a@example.org', password: PASSWORD })).status).toBe(200);
  });
});
