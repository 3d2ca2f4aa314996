/** A populated store: two organisations, and in the first an owner, an editor and a viewer. */
import type { Actor, Organisation, Store, User } from '../../src/store/index.ts';

export const PASSWORD = 'correct horse battery staple';

export interface World {
  orgA: Organisation;
  orgB: Organisation;
  ownerA: User;
  editorA: User;
  viewerA: User;
  ownerB: User;
  actors: { ownerA: Actor; editorA: Actor; viewerA: Actor; ownerB: Actor };
}

export async function seed(store: Store): Promise<World> {
  const user = (name: string) => store.accounts.createUser({ email: `${name}@example.org`, displayName: name, password: PASSWORD });
  const ownerA = await user('owner-a');
  const editorA = await user('editor-a');
  const viewerA = await user('viewer-a');
  const ownerB = await user('owner-b');
  const orgA = await store.accounts.createOrganisation({ name: 'Org A', slug: 'org-a' }, ownerA.id);
  const orgB = await store.accounts.createOrganisation({ name: 'Org B', slug: 'org-b' }, ownerB.id);
  const actor = (userId: string, orgId: string, role: Actor['role']): Actor => ({ userId, orgId, role, via: 'session' });
  const a = store.org(actor(ownerA.id, orgA.id, 'owner'));
  await a.members.add(editorA.id, 'editor');
  await a.members.add(viewerA.id, 'viewer');
  return {
    orgA,
    orgB,
    ownerA,
    editorA,
    viewerA,
    ownerB,
    actors: {
      ownerA: actor(ownerA.id, orgA.id, 'owner'),
      editorA: actor(editorA.id, orgA.id, 'editor'),
      viewerA: actor(viewerA.id, orgA.id, 'viewer'),
      ownerB: actor(ownerB.id, orgB.id, 'owner'),
    },
  };
}

export const PROFILE = { product: { name: 'Glucose meter', kind: 'medical-device' }, facts: { connected: true } };
export const CASE = { facts: { detectedAt: '2026-11-20T08:00:00Z' }, timeline: [] as unknown[] };
