/** Migration 0006_fleet: device models and units, SBOMs, advisories, match decisions and triage. */
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const org = (c: Parameters<Parameters<ReturnType<AnyDb['schema']['createTable']>['addColumn']>[2] & object>[0]) =>
  c.notNull().references('organisations.id').onDelete('cascade');

export const fleetMigration = (): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('fleet_settings')
      .addColumn('org_id', 'text', (c) => org(c).primaryKey())
      .addColumn('side', 'text', (c) => c.notNull().check(sql`side IN ('manufacturer', 'hospital')`))
      .addColumn('nis2_entity', 'text', (c) => c.notNull().check(sql`nis2_entity IN ('true', 'false', 'unknown')`))
      .addColumn('triage_days', 'integer', (c) => c.notNull().check(sql`triage_days >= 1`))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('fleet_models')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('manufacturer', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text', (c) => c.references('products.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('fleet_models_name', ['org_id', 'manufacturer', 'name'])
      .execute();
    await db.schema.createIndex('fleet_models_org').on('fleet_models').columns(['org_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('fleet_model_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('model_id', 'text', (c) => c.notNull().references('fleet_models.id').onDelete('cascade'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('support_end', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('fleet_model_versions_version', ['model_id', 'version'])
      .execute();
    await db.schema.createIndex('fleet_model_versions_org').on('fleet_model_versions').columns(['org_id', 'model_id']).execute();

    await db.schema
      .createTable('fleet_units')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('model_version_id', 'text', (c) => c.references('fleet_model_versions.id').onDelete('set null'))
      .addColumn('serial', 'text')
      .addColumn('asset_tag', 'text')
      .addColumn('site', 'text')
      .addColumn('department', 'text')
      .addColumn('owner', 'text')
      .addColumn('installed_on', 'text')
      .addColumn('exposure', 'text', (c) => c.notNull().check(sql`exposure IN ('internet-facing', 'segmented', 'isolated', 'unknown')`))
      .addColumn('criticality', 'text', (c) => c.notNull().check(sql`criticality IN ('high', 'medium', 'low', 'unknown')`))
      .addColumn('placed_on_market_on', 'text')
      .addColumn('support_end', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('fleet_units_org').on('fleet_units').columns(['org_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('fleet_units_version').on('fleet_units').column('model_version_id').execute();

    await db.schema
      .createTable('fleet_sboms')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('model_version_id', 'text', (c) => c.notNull().references('fleet_model_versions.id').onDelete('cascade'))
      .addColumn('format', 'text', (c) => c.notNull().check(sql`format IN ('cyclonedx', 'spdx')`))
      .addColumn('spec_version', 'text', (c) => c.notNull())
      .addColumn('serial_number', 'text')
      .addColumn('components', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('fleet_sboms_version').on('fleet_sboms').columns(['org_id', 'model_version_id']).execute();

    await db.schema
      .createTable('fleet_advisories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source IN ('csaf', 'osv', 'kev')`))
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('updated', 'text', (c) => c.notNull())
      .addColumn('normalized', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('fleet_advisories_external', ['org_id', 'source', 'external_id'])
      .execute();
    await db.schema.createIndex('fleet_advisories_org').on('fleet_advisories').columns(['org_id', 'imported_at', 'id']).execute();

    await db.schema
      .createTable('fleet_match_decisions')
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('match_key', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision IN ('confirmed', 'rejected')`))
      .addColumn('reason', 'text')
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fleet_match_decisions_pk', ['org_id', 'match_key'])
      .execute();

    await db.schema
      .createTable('fleet_mds2')
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('model_version_id', 'text', (c) => c.notNull().references('fleet_model_versions.id').onDelete('cascade'))
      .addColumn('statement', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fleet_mds2_pk', ['model_version_id'])
      .execute();

    await db.schema
      .createTable('fleet_triage')
      .addColumn('org_id', 'text', (c) => org(c))
      .addColumn('finding_key', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state IN ('under_investigation', 'affected', 'not_affected', 'fixed')`))
      .addColumn('justification', 'text')
      .addColumn('detail', 'text')
      .addColumn('exploited_in_network', 'integer', (c) => c.check(sql`exploited_in_network IN (0, 1)`))
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('fleet_triage_pk', ['org_id', 'finding_key'])
      .execute();
  },
});
