/**
 * The store's migrations, one list for both engines, given to Kysely's `Migrator` by a static
 * provider (no folder scan, so bundling or moving files cannot lose one). A migration branches on
 * the dialect only where the DDL really differs: integer widths and trigger syntax.
 */
import { sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from './contract.ts';
import { fleetMigration } from './migration-fleet.ts';

// Migrations work on the schema as it was when they were written, not on today's row types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Triggers that reject UPDATE (and, when asked, DELETE and TRUNCATE) on a table, whoever runs them. */
const rejectChanges = async (db: AnyDb, dialect: Dialect, table: string, message: string, rejectDelete: boolean): Promise<void> => {
  if (dialect === 'sqlite') {
    await sql
      .raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`)
      .execute(db);
    if (rejectDelete) {
      await sql
        .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`)
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION ${table}_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '${message}' USING ERRCODE = 'restrict_violation'; END $$`,
    )
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_reject_change()`)
    .execute(db);
  if (!rejectDelete) return;
  await sql
    .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_reject_change()`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_reject_change()`)
    .execute(db);
};

const initial = (dialect: Dialect): Migration => ({
  async up(db: AnyDb) {
    const bigint = dialect === 'postgres' ? 'bigint' : 'integer';

    await db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0).check(sql`disabled IN (0, 1)`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_created').on('users').columns(['created_at', 'id']).execute();

    await db.schema
      .createTable('memberships')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('owner', 'editor', 'viewer')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('memberships_pk', ['org_id', 'user_id'])
      .execute();
    await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('owner', 'editor', 'viewer')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('api_tokens_org').on('api_tokens').columns(['org_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('products')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('latest_version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('products_org').on('products').columns(['org_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('product_versions')
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
      .addColumn('profile', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('product_versions_pk', ['product_id', 'version'])
      .execute();

    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.notNull())
      .addColumn('product_version', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint(
        'assessments_product_version_fk',
        ['product_id', 'product_version'],
        'product_versions',
        ['product_id', 'version'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('assessments_org').on('assessments').columns(['org_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('assessments_product').on('assessments').columns(['product_id', 'product_version']).execute();

    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.references('products.id').onDelete('set null'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('open', 'closed')`))
      .addColumn('case_doc', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('incidents_org').on('incidents').columns(['org_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('incidents_product').on('incidents').column('product_id').execute();

    await db.schema
      .createTable('scenarios')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('scenarios', 'text', (c) => c.notNull())
      .addColumn('as_of', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('scenarios_org').on('scenarios').columns(['org_id', 'created_at', 'id']).execute();

    // No foreign keys: audit entries outlive the rows they describe.
    await db.schema
      .createTable('audit_log')
      .addColumn('seq', bigint, (c) => c.primaryKey().check(sql`seq >= 1`))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('org_id', 'text')
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('change', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_org').on('audit_log').columns(['org_id', 'seq']).execute();

    await rejectChanges(db, dialect, 'audit_log', 'audit_log is append-only', true);
    // A product's profile versions are never overwritten; they go only with their product.
    await rejectChanges(db, dialect, 'product_versions', 'product versions are never overwritten', false);
  },
});

/**
 * Knowledge-base versions reach stored work: a snapshot of what the engine answered for a product
 * version under each knowledge-base version, and the reviews in which a user acknowledged the
 * changes a new version brought.
 */
const kbVersions: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('law_snapshots')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('product_version', 'integer', (c) => c.notNull().check(sql`product_version >= 1`))
      .addColumn('kb_version', 'text', (c) => c.notNull())
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('digest', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('law_snapshots_unique', ['product_id', 'product_version', 'kb_version'])
      .execute();
    await db.schema.createIndex('law_snapshots_org').on('law_snapshots').columns(['org_id', 'product_id']).execute();

    await db.schema
      .createTable('law_reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('product_version', 'integer', (c) => c.notNull().check(sql`product_version >= 1`))
      .addColumn('kb_version', 'text', (c) => c.notNull())
      .addColumn('from_kb_version', 'text', (c) => c.notNull())
      .addColumn('reviewed_by', 'text', (c) => c.notNull())
      .addColumn('reviewed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('law_reviews_product').on('law_reviews').columns(['product_id', 'reviewed_at']).execute();
  },
};

/**
 * What running for years on several instances needs: the instance administrator flag, sign-in
 * throttling shared by every instance (no state in a process), and invitations to organisations.
 */
const deployments = (): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .alterTable('users')
      .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0).check(sql`is_admin IN (0, 1)`))
      .execute();

    // Keys are hashes of "account:", "client:" or "pair:" plus the value: no address or e-mail in clear.
    await db.schema
      .createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures >= 1`))
      .addColumn('last_failure_at', 'text', (c) => c.notNull())
      .addColumn('blocked_until', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_throttle_last').on('login_throttle').column('last_failure_at').execute();

    await db.schema
      .createTable('invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('owner', 'editor', 'viewer')`))
      .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('accepted_by', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('invitations_org').on('invitations').columns(['org_id', 'created_at', 'id']).execute();
  },
});

/**
 * Evidence files uploaded for the controls of a gap assessment. The content is kept as base64
 * text so that backups (JSON) carry it unchanged on both engines; its SHA-256 is of the bytes.
 */
const evidenceFiles: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('evidence_files')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
      .addColumn('control_id', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull().check(sql`size >= 0`))
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('content_base64', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_files_assessment').on('evidence_files').columns(['org_id', 'assessment_id', 'created_at', 'id']).execute();
  },
};

/** All migrations, by name; names sort in the order they run. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_initial': initial(dialect),
    '0002_deployments': deployments(),
    '0003_kb_versions': kbVersions,
    '0006_fleet': fleetMigration(),
    '0007_evidence_files': evidenceFiles,
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(dialect)) };
}
