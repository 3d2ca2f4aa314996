/** Row → contract object conversions, and small shared helpers over rows. */
import { ForbiddenError } from './contract.ts';
import type { Actor, ApiToken, Assessment, Incident, IncidentStatus, Organisation, Product, ProductVersion, Role, SavedScenario, User } from './contract.ts';
import type {
  ApiTokensTable,
  AssessmentsTable,
  IncidentsTable,
  OrganisationsTable,
  ProductsTable,
  ProductVersionsTable,
  ScenariosTable,
  UsersTable,
} from './schema.ts';

export const now = (): string => new Date().toISOString();

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };
export const atLeast = (had: Role, needed: Role): boolean => RANK[had] >= RANK[needed];
export const lesserRole = (a: Role, b: Role): Role => (RANK[a] <= RANK[b] ? a : b);

export function requireRole(actor: Actor, needed: Role): void {
  if (!atLeast(actor.role, needed)) throw new ForbiddenError(needed, actor.role);
}

/** Unique-constraint violation on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export const toOrganisation = (r: OrganisationsTable): Organisation => ({ id: r.id, slug: r.slug, name: r.name, createdAt: r.created_at });

export const toUser = (r: Omit<UsersTable, 'password_hash' | 'is_admin'>): User => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  createdAt: r.created_at,
  disabled: Number(r.disabled) === 1,
});

export const toApiToken = (r: ApiTokensTable): ApiToken => ({
  id: r.id,
  orgId: r.org_id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  role: r.role as Role,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export const toProduct = (r: ProductsTable): Product => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  latestVersion: Number(r.latest_version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toProductVersion = (r: ProductVersionsTable): ProductVersion => ({
  productId: r.product_id,
  version: Number(r.version),
  profile: JSON.parse(r.profile) as unknown,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export const toAssessment = (r: AssessmentsTable): Assessment => ({
  id: r.id,
  orgId: r.org_id,
  productId: r.product_id,
  productVersion: Number(r.product_version),
  name: r.name,
  state: JSON.parse(r.state) as unknown,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toIncident = (r: IncidentsTable): Incident => ({
  id: r.id,
  orgId: r.org_id,
  productId: r.product_id,
  title: r.title,
  status: r.status as IncidentStatus,
  case: JSON.parse(r.case_doc) as unknown,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toScenario = (r: ScenariosTable): SavedScenario => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  scenarios: JSON.parse(r.scenarios) as string[],
  asOf: r.as_of,
  createdAt: r.created_at,
});
