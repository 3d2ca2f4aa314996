/**
 * The engines every store suite runs on: SQLite in a fresh temporary directory, and PostgreSQL from
 * TEST_DATABASE_URL in a fresh schema per store (dropped after the file). In CI a missing
 * TEST_DATABASE_URL fails the run instead of silently testing one engine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { Dialect, OpenStoreOptions, Store, StoreOptions } from '../../src/store/index.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
if (process.env.CI && !TEST_DATABASE_URL) {
  throw new Error('TEST_DATABASE_URL is not set: in CI the store suites must run against PostgreSQL too');
}

export interface Engine {
  dialect: Dialect;
  /** A new, empty location: where `openStore` creates a fresh store. */
  fresh(): StoreOptions;
  /** Runs raw SQL against a location outside the store, as someone with database access would. */
  raw(options: StoreOptions, statements: string[]): Promise<void>;
  rows<T>(options: StoreOptions, query: string): Promise<T[]>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
  await admin?.end();
  admin = undefined;
});

const sqlite: Engine = {
  dialect: 'sqlite',
  fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'iomt-store-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return { dataDir: join(dir, 'data') };
  },
  async raw(options, statements) {
    await Promise.resolve();
    const db = new BetterSqlite3(join(options.dataDir!, 'iomt.sqlite'));
    try {
      for (const s of statements) db.exec(s);
    } finally {
      db.close();
    }
  },
  async rows<T>(options: StoreOptions, query: string) {
    await Promise.resolve();
    const db = new BetterSqlite3(join(options.dataDir!, 'iomt.sqlite'));
    try {
      return db.prepare(query).all() as T[];
    } finally {
      db.close();
    }
  },
};

let admin: pg.Pool | undefined;
const adminPool = (): pg.Pool => (admin ??= new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2 }));
const schemaOf = (options: StoreOptions) => /search_path%3D(t_[a-z0-9_]+)/.exec(options.databaseUrl ?? '')![1]!;

export function urlWithSchema(schema: string): string {
  const url = TEST_DATABASE_URL!;
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}


const postgres: Engine = {
  dialect: 'postgres',
  fresh() {
    // The schema is created lazily by `open` below, which awaits it; `fresh` stays synchronous.
    const schema = `t_${randomBytes(6).toString('hex')}`;
    pending.set(schema, freshNamed(schema));
    return { databaseUrl: urlWithSchema(schema) };
  },
  async raw(options, statements) {
    const client = await adminPool().connect();
    try {
      await client.query(`SET search_path TO ${schemaOf(options)}`);
      for (const s of statements) await client.query(s);
    } finally {
      await client.query('RESET search_path').catch(() => undefined);
      client.release();
    }
  },
  async rows<T>(options: StoreOptions, query: string) {
    const client = await adminPool().connect();
    try {
      await client.query(`SET search_path TO ${schemaOf(options)}`);
      return (await client.query(query)).rows as T[];
    } finally {
      await client.query('RESET search_path').catch(() => undefined);
      client.release();
    }
  },
};

const pending = new Map<string, Promise<void>>();
async function freshNamed(schema: string): Promise<void> {
  await adminPool().query(`CREATE SCHEMA ${schema}`);
  cleanups.push(async () => {
    await adminPool().query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });
}

/** Waits until a location from `fresh()` exists (PostgreSQL schemas are created asynchronously). */
export async function ready(options: StoreOptions): Promise<StoreOptions> {
  if (options.databaseUrl) await pending.get(schemaOf(options));
  return options;
}


export const ENGINES: Engine[] = TEST_DATABASE_URL ? [sqlite, postgres] : [sqlite];
export const SQLITE = sqlite;
export const POSTGRES: Engine | null = TEST_DATABASE_URL ? postgres : null;

/** Opens a store on a fresh location; closed after the file. */
export async function openFresh(engine: Engine, extra: Omit<OpenStoreOptions, keyof StoreOptions> = {}): Promise<{ store: Store; options: StoreOptions }> {
  const options = await ready(engine.fresh());
  const store = await openStore({ ...options, ...extra });
  cleanups.unshift(() => store.close());
  return { store, options };
}
