/** What every part of the store shares: the connection, the engine, and the write-transaction runner. */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from './contract.ts';
import type { Database } from './schema.ts';
import { appendAudit } from './audit.ts';
import type { AuditInput } from './audit.ts';

export type Db = Kysely<Database>;

/** Test seam: runs inside each write transaction after its writes and audit entries, before commit. */
export interface StoreHooks {
  beforeCommit?: (actions: readonly string[]) => void | Promise<void>;
}

export interface Context {
  db: Db;
  dialect: Dialect;
  hooks: StoreHooks;
}

export type Audit = (entry: AuditInput) => Promise<void>;

/**
 * Runs `fn` as one transaction together with the audit entries it records; an error anywhere,
 * including in the audit append, rolls everything back. Callers record audit entries after their
 * row writes: on PostgreSQL the first entry takes the chain's lock, and a transaction holding it
 * must not then wait on row locks held by others.
 */
export async function writeTx<T>(ctx: Context, fn: (tx: Db, audit: Audit) => Promise<T>): Promise<T> {
  const body = async (tx: Db): Promise<T> => {
    const actions: string[] = [];
    let locked = false;
    const audit: Audit = async (entry) => {
      if (!locked && ctx.dialect === 'postgres') {
        // One global chain: appends are serialised until this transaction ends.
        await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(tx);
        locked = true;
      }
      await appendAudit(tx, entry);
      actions.push(entry.action);
    };
    const result = await fn(tx, audit);
    await ctx.hooks.beforeCommit?.(actions);
    return result;
  };
  if (ctx.dialect === 'postgres') return ctx.db.transaction().execute(body);
  // BEGIN IMMEDIATE takes SQLite's write lock up front, so a transaction that reads then writes
  // never fails halfway on a lock upgrade; the dialect's single connection serialises callers.
  return ctx.db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await body(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw e;
    }
  });
}

/** Arbitrary constant naming the audit chain's advisory lock in PostgreSQL. */
const AUDIT_LOCK_KEY = 0x10a7_0001;

/** Runs reads in one snapshot: REPEATABLE READ, read-only on PostgreSQL; one read transaction on SQLite. */
export async function snapshotTx<T>(ctx: Context, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (ctx.dialect === 'postgres') {
    return ctx.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
  }
  return ctx.db.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw e;
    }
  });
}
