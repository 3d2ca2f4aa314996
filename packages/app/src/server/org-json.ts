/** Stored entities as the API returns them: exactly the documented fields, nothing more. */
import type { ApiToken, Assessment, AuditRecord, Incident, Member, Organisation, Product, ProductVersion, SavedScenario } from '../store/contract.ts';
import type { Context } from 'hono';
import type { ApiEnv } from './router.ts';
import type { OrgScope } from '../store/contract.ts';

type Obj = Record<string, unknown>;

export const scopeOf = (c: Context<ApiEnv>): OrgScope => c.get('store').org(c.get('actor'));

export const organisationJson = (o: Organisation) => ({ id: o.id, slug: o.slug, name: o.name, createdAt: o.createdAt });
export const memberJson = (m: Member) => ({
  user: { id: m.user.id, email: m.user.email, displayName: m.user.displayName, createdAt: m.user.createdAt, disabled: m.user.disabled },
  role: m.role,
  since: m.since,
});
export const tokenJson = (t: ApiToken) => ({
  id: t.id,
  orgId: t.orgId,
  userId: t.userId,
  name: t.name,
  prefix: t.prefix,
  role: t.role,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});
export const productJson = (p: Product) => ({ id: p.id, orgId: p.orgId, name: p.name, latestVersion: p.latestVersion, createdAt: p.createdAt, updatedAt: p.updatedAt });
export const versionJson = (v: ProductVersion) => ({
  productId: v.productId,
  version: v.version,
  profile: v.profile as Obj,
  note: v.note,
  createdBy: v.createdBy,
  createdAt: v.createdAt,
});
export const assessmentJson = (a: Assessment) => ({
  id: a.id,
  orgId: a.orgId,
  productId: a.productId,
  productVersion: a.productVersion,
  name: a.name,
  state: a.state as Obj,
  version: a.version,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});
export const incidentJson = (i: Incident) => ({
  id: i.id,
  orgId: i.orgId,
  productId: i.productId,
  title: i.title,
  status: i.status,
  case: i.case as Obj,
  version: i.version,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
});
export const scenarioJson = (s: SavedScenario) => ({ id: s.id, orgId: s.orgId, name: s.name, scenarios: [...s.scenarios], asOf: s.asOf, createdAt: s.createdAt });
export const auditJson = (e: AuditRecord) => ({
  seq: e.seq,
  at: e.at,
  orgId: e.orgId,
  actorId: e.actorId,
  actor: e.actor === null ? null : { id: e.actor.id, displayName: e.actor.displayName },
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  change: e.change,
  prevHash: e.prevHash,
  hash: e.hash,
});

export const pageJson = <T, U>(page: { items: T[]; next: string | null }, map: (t: T) => U) => ({ items: page.items.map(map), next: page.next });

/** Page parameters as the store takes them. */
export const pageRequest = (q: { limit?: number | undefined; cursor?: string | undefined }) => ({
  ...(q.limit !== undefined ? { limit: q.limit } : {}),
  ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
});
