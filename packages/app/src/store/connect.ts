/** Opens Kysely over the chosen engine: an SQLite file under the data directory, or a PostgreSQL pool. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect } from 'kysely';
import type { DialectAdapter } from 'kysely';
import pg from 'pg';
import type { Dialect, StoreOptions } from './contract.ts';
import type { Database } from './schema.ts';

export const SQLITE_FILE = 'iomt.sqlite';
export const DEFAULT_DATA_DIR = './data';
const INT8_OID = 20;

export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for messages: the SQLite file path or the PostgreSQL host/database. */
  location: string;
}

export function connect(options: StoreOptions): Connection {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl);
  const dir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  // The store holds password hashes: a new data directory is private to its owner.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, SQLITE_FILE);
  privateFile(file);
  const database = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; FULL syncs each commit so an acknowledged write survives
  // a crash; foreign keys are off by default in SQLite; busy_timeout waits for another process's lock.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // SQLite gives the -wal and -shm files the database file's mode; older stores are tightened here.
  for (const extra of [`${file}-wal`, `${file}-shm`]) if (existsSync(extra)) privateFile(extra);
  return { db: new Kysely<Database>({ dialect: new TransactionalDdlSqliteDialect({ database }) }), dialect: 'sqlite', location: file };
}

/** The store holds password and token hashes: its files are readable and writable by the owner only. */
function privateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
}

function connectPostgres(url: string): Connection {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Sequence numbers are bigint; they stay far below 2^53, so read them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
        oid === INT8_OID ? (v: string) => Number(v) : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  let location = 'PostgreSQL';
  try {
    const u = new URL(url);
    location = `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    // The driver reports a malformed URL itself on first use.
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', location };
}

/**
 * SQLite's DDL is transactional, but Kysely's adapter says otherwise, so its `Migrator` would run
 * a migration statement by statement and a crash halfway would leave a half-made schema. Declaring
 * it makes each migration one transaction, as on PostgreSQL.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
