/**
 * Row shapes of the store's tables, shared by both engines. Every column is TEXT or INTEGER so a
 * row reads the same from SQLite and PostgreSQL and a logical backup restores on either; instants
 * are ISO 8601 UTC strings (which sort chronologically) and JSON documents are stored as text.
 */
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

export interface Database {
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
  'audit_log',
  'evidence_files',
] as const satisfies readonly (keyof Database)[];
export type TableName = (typeof TABLES)[number];

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
  audit_log: ['seq'],
  evidence_files: ['id'],
};
