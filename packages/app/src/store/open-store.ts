/** Opening a store: connect, migrate, and assemble the contract's operations. */
import { sql } from 'kysely';
import { Migrator } from 'kysely';
import { StoreError } from './contract.ts';
import type { Store, StoreOptions } from './contract.ts';
import { accounts } from './accounts.ts';
import { instanceAdmin } from './instance-admin.ts';
import { invitationAcceptance } from './invitations.ts';
import { throttle } from './throttle.ts';
import { verifyChain } from './audit.ts';
import { checkAgainst, takeCheckpoint } from './audit-checkpoint.ts';
import { writeBackup } from './backup.ts';
import { connect } from './connect.ts';
import type { Connection } from './connect.ts';
import type { Context, Db, StoreHooks } from './context.ts';
import { migrationProvider } from './migrations.ts';
import { orgScope } from './org-scope.ts';
import { TABLES } from './schema.ts';

export interface OpenStoreOptions extends StoreOptions {
  /** Test seam: see `StoreHooks`. */
  hooks?: StoreHooks;
}

export async function migrate(conn: Connection): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in any schema unless told which one; name the one in
  // use, so a second store in another schema of the same database is never mistaken for this one.
  let migrationTableSchema: string | undefined;
  if (conn.dialect === 'postgres') {
    const r = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(conn.db);
    migrationTableSchema = r.rows[0]?.schema ?? undefined;
    if (migrationTableSchema === undefined) {
      throw new StoreError(`no schema to create tables in on ${conn.location}: the search_path names no existing schema`);
    }
  }
  const migrator = new Migrator({ db: conn.db, provider: migrationProvider(conn.dialect), migrationTableSchema });
  let { error, results } = await migrator.migrateToLatest();
  // Two processes opening a new SQLite file at once: the loser's snapshot is stale; once the
  // winner has committed, a retry finds the schema up to date.
  for (let attempt = 0; attempt < 5 && error && isSqliteBusy(error); attempt++) {
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`migration ${failed} failed on ${conn.location}: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
  }
  return (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

const isSqliteBusy = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const conn = connect(options);
  try {
    await migrate(conn);
  } catch (e) {
    await conn.db.destroy().catch(() => undefined);
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open the store at ${conn.location}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return assemble(conn, options.hooks ?? {});
}

export function assemble(conn: Connection, hooks: StoreHooks): Store {
  const ctx: Context = { db: conn.db, dialect: conn.dialect, hooks };
  let closed: Promise<void> | undefined;
  return {
    dialect: conn.dialect,
    accounts: accounts(ctx),
    admin: instanceAdmin(ctx),
    invitations: invitationAcceptance(ctx),
    throttle: throttle(ctx),
    org: (actor) => orgScope(ctx, actor),
    verifyAudit: () => verifyChain(conn.db),
    auditCheckpoint: (key) => takeCheckpoint(conn.db, key),
    checkAuditCheckpoint: (chain, checkpoint, key) => checkAgainst(conn.db, chain, checkpoint, key),
    checkIntegrity: () => checkIntegrity(ctx),
    backup: (file) => writeBackup(ctx, file),
    close: () => (closed ??= conn.db.destroy()),
  };
}

async function checkIntegrity(ctx: Context): Promise<{ ok: boolean; detail: string }> {
  if (ctx.dialect === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(ctx.db);
    const messages = integrity.rows.map((r) => r.integrity_check);
    if (messages.length !== 1 || messages[0] !== 'ok') return { ok: false, detail: `integrity_check: ${messages.join('; ')}` };
    const fk = await sql<{ table: string; parent: string }>`PRAGMA foreign_key_check`.execute(ctx.db);
    if (fk.rows.length > 0) {
      return { ok: false, detail: `foreign_key_check: ${fk.rows.length} rows point to missing parents (first in ${fk.rows[0]!.table} → ${fk.rows[0]!.parent})` };
    }
    return { ok: true, detail: `integrity_check ok; foreign keys ok; ${await rowSummary(ctx.db)}` };
  }
  const present = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`.execute(ctx.db);
  const names = new Set(present.rows.map((r) => r.table_name));
  const missing = TABLES.filter((t) => !names.has(t));
  if (missing.length > 0) return { ok: false, detail: `tables missing from schema: ${missing.join(', ')}` };
  const invalid = await sql<{ relname: string }>`
    SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)`.execute(ctx.db);
  if (invalid.rows.length > 0) return { ok: false, detail: `invalid indexes: ${invalid.rows.map((r) => r.relname).join(', ')}` };
  return { ok: true, detail: `catalog ok; indexes valid; ${await rowSummary(ctx.db)}` };
}

/** Counting every table reads each one through, which surfaces unreadable pages. */
async function rowSummary(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLES) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    parts.push(`${t} ${Number(r.n)}`);
  }
  return `rows: ${parts.join(', ')}`;
}
