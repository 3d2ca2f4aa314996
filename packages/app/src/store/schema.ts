/**
 * Row shapes of the store's tables, shared by both engines. Every column is TEXT or INTEGER so a
 * row reads the same from SQLite and PostgreSQL and a logical backup restores on either; instants
 * are ISO 8601 UTC strings (which sort chronologically) and JSON documents are stored as text.
 */
import { FLEET_TABLE_KEYS, FLEET_TABLES } from './schema-fleet.ts';
import type { FleetDatabase } from './schema-fleet.ts';

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  /** 0 or 1 */
  disabled: number;
  /** 0 or 1: may create organisations and grant this flag (migration 0002). */
  is_admin: number;
  created_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie secret. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  user_id: string;
  name: string;
  prefix: string;
  /** SHA-256 of the secret. */
  secret_hash: string;
  role: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ProductsTable {
  id: string;
  org_id: string;
  name: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

export interface ProductVersionsTable {
  product_id: string;
  version: number;
  profile: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  org_id: string;
  product_id: string;
  product_version: number;
  name: string;
  state: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentsTable {
  id: string;
  org_id: string;
  product_id: string | null;
  title: string;
  status: string;
  case_doc: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ScenariosTable {
  id: string;
  org_id: string;
  name: string;
  scenarios: string;
  as_of: string | null;
  created_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  org_id: string | null;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  change: string;
  prev_hash: string;
  hash: string;
}

export interface LawSnapshotsTable {
  id: string;
  org_id: string;
  product_id: string;
  product_version: number;
  kb_version: string;
  as_of: string;
  /** JSON: the core's `LawDigest`. */
  digest: string;
  created_at: string;
}

export interface LawReviewsTable {
  id: string;
  org_id: string;
  product_id: string;
  product_version: number;
  /** The knowledge-base version whose changes were reviewed. */
  kb_version: string;
  /** The version the changes were measured from. */
  from_kb_version: string;
  reviewed_by: string;
  reviewed_at: string;
}


export interface LoginThrottleTable {
  /** SHA-256 of the throttled key ("account:…", "client:…", "pair:…"). */
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string;
}

export interface InvitationsTable {
  id: string;
  org_id: string;
  email: string;
  role: string;
  /** SHA-256 of the secret the invited person presents. */
  secret_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface Database extends FleetDatabase {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  products: ProductsTable;
  product_versions: ProductVersionsTable;
  assessments: AssessmentsTable;
  incidents: IncidentsTable;
  scenarios: ScenariosTable;
  audit_log: AuditLogTable;
  law_snapshots: LawSnapshotsTable;
  law_reviews: LawReviewsTable;
  login_throttle: LoginThrottleTable;
  invitations: InvitationsTable;
  evidence_files: EvidenceFilesTable;
}

export interface EvidenceFilesTable {
  id: string;
  org_id: string;
  assessment_id: string;
  control_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  content_base64: string;
  created_by: string;
  created_at: string;
}

/** Tables in an order where every foreign key points to an earlier table (restore inserts in this order). */
export const TABLES = [
  'organisations',
  'users',
  'memberships',
  'sessions',
  'api_tokens',
  'products',
  'product_versions',
  'assessments',
  'incidents',
  'scenarios',
  ...FLEET_TABLES,
  'audit_log',
  'law_snapshots',
  'law_reviews',
  'login_throttle',
  'invitations',
  'evidence_files',
] as const satisfies readonly (keyof Database)[];
export type TableName = (typeof TABLES)[number];

/** Tables created after the first migration, by the migration that created them: older backups lack them. */
export const TABLE_SINCE: Partial<Record<TableName, string>> = {
  login_throttle: '0002_deployments',
  invitations: '0002_deployments',
  ...Object.fromEntries(FLEET_TABLES.map((t) => [t, '0006_fleet'])),
  law_snapshots: '0003_kb_versions',
  evidence_files: '0007_evidence_files',
  law_reviews: '0003_kb_versions',
};

/** Primary-key columns, used to read every table in a stable order. */
export const TABLE_KEYS: Record<TableName, readonly string[]> = {
  organisations: ['id'],
  users: ['id'],
  memberships: ['org_id', 'user_id'],
  sessions: ['id'],
  api_tokens: ['id'],
  products: ['id'],
  product_versions: ['product_id', 'version'],
  assessments: ['id'],
  incidents: ['id'],
  scenarios: ['id'],
  ...FLEET_TABLE_KEYS,
  audit_log: ['seq'],
  law_snapshots: ['id'],
  law_reviews: ['id'],
  login_throttle: ['key'],
  invitations: ['id'],
  evidence_files: ['id'],
};
