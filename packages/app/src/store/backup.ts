/**
 * Logical backup: every table read in one snapshot, written as one JSON file with its row counts
 * and a SHA-256 of its content. Both engines hold the same column types, so a backup from either
 * restores into either. Restore goes into an empty store in one transaction and is verified
 * (counts, checksum, audit chain) before it commits.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StoreError } from './contract.ts';
import type { StoreOptions } from './contract.ts';
import { verifyChain } from './audit.ts';
import { canonicalJson } from './canonical-json.ts';
import { connect } from './connect.ts';
import type { Context, Db } from './context.ts';
import { snapshotTx } from './context.ts';
import { migrations } from './migrations.ts';
import { TABLE_KEYS, TABLE_SINCE, TABLES } from './schema.ts';
import type { TableName } from './schema.ts';

export const BACKUP_FORMAT = 'iomt-backup';
export const BACKUP_FORMAT_VERSION = 1;

type Row = Record<string, unknown>;
type Tables = Record<TableName, Row[]>;

interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  source: string;
  migrations: string[];
  counts: Record<TableName, number>;
  /** SHA-256 of the canonical JSON of { counts, migrations, tables }. */
  sha256: string;
  tables: Tables;
}

/** A backup file that cannot be restored, or a target that must not receive it. */
export class RestoreError extends StoreError {}

export interface RestoreResult {
  counts: Record<TableName, number>;
  audit: { entries: number; head: string };
}

const contentDigest = (f: Pick<BackupFile, 'counts' | 'migrations' | 'tables'>): string =>
  createHash('sha256').update(canonicalJson({ counts: f.counts, migrations: f.migrations, tables: f.tables }), 'utf8').digest('hex');

async function readAllTables(tx: Db): Promise<Tables> {
  const tables = {} as Tables;
  for (const t of TABLES) {
    let q = tx.selectFrom(t).selectAll();
    for (const k of TABLE_KEYS[t]) q = q.orderBy(k as never);
    tables[t] = (await q.execute());
  }
  return tables;
}

export async function writeBackup(ctx: Context, file: string): Promise<{ file: string; bytes: number; sha256: string }> {
  const target = resolve(file);
  const tables = await snapshotTx(ctx, readAllTables);
  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  const applied = Object.keys(migrations(ctx.dialect)).sort();
  const content: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    source: ctx.dialect,
    migrations: applied,
    counts,
    sha256: contentDigest({ counts, migrations: applied, tables }),
    tables,
  };
  const text = JSON.stringify(content);
  // Written beside the target and renamed, so a crash never leaves a half-written backup under the name.
  const temp = `${target}.${process.pid}.partial`;
  try {
    // The file holds password and token hashes: readable by its owner only.
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw new StoreError(`cannot write the backup to ${target}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { file: target, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}

export async function readBackupFile(file: string): Promise<BackupFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new RestoreError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RestoreError(`${file} is not an iomt backup: it is not JSON (truncated or corrupted?)`);
  }
  const f = parsed as Partial<BackupFile> | null;
  if (f === null || typeof f !== 'object' || f.format !== BACKUP_FORMAT) throw new RestoreError(`${file} is not an iomt backup (no "format": "${BACKUP_FORMAT}")`);
  if (f.formatVersion !== BACKUP_FORMAT_VERSION) throw new RestoreError(`${file} has backup format version ${String(f.formatVersion)}; this version reads ${BACKUP_FORMAT_VERSION}`);
  if (!Array.isArray(f.migrations) || typeof f.sha256 !== 'string' || typeof f.tables !== 'object' || f.tables === null || typeof f.counts !== 'object' || f.counts === null) {
    throw new RestoreError(`${file} is corrupted: "migrations", "counts", "sha256" or "tables" is missing`);
  }
  const known = Object.keys(migrations('sqlite'));
  const unknown = f.migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0) throw new RestoreError(`${file} was made by a newer version (migrations ${unknown.join(', ')}); upgrade before restoring`);
  const made = f.migrations;
  const older = (t: TableName) => TABLE_SINCE[t] !== undefined && !made.includes(TABLE_SINCE[t]);
  for (const t of TABLES) {
    const rows = (f.tables as Partial<Tables>)[t];
    // A backup made before a table existed does not hold it; the table restores empty.
    if (rows === undefined && older(t)) continue;
    if (!Array.isArray(rows)) throw new RestoreError(`${file} is corrupted: table ${t} is missing`);
    if (f.counts[t] !== rows.length) throw new RestoreError(`${file} is corrupted: table ${t} holds ${rows.length} rows but the backup recorded ${String(f.counts[t])}`);
  }
  const digest = contentDigest(f as BackupFile);
  if (digest !== f.sha256) throw new RestoreError(`${file} is corrupted: its content's SHA-256 is ${digest}, but the backup recorded ${f.sha256}`);
  return f as BackupFile;
}

const INSERT_BATCH = 100;

/**
 * The restored tables cut to what the backup held, so a backup from before a migration compares
 * equal: tables it lacks are left out, and columns added since (with their defaults) are dropped.
 */
function asInBackup(restored: Tables, backup: Tables): Tables {
  const out = {} as Tables;
  for (const t of TABLES) {
    const rows = backup[t];
    if (rows === undefined) continue;
    const columns = rows[0] ? Object.keys(rows[0]) : [];
    out[t] = restored[t].map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
  }
  return out;
}

/** Restores a backup into an empty store (SQLite under `dataDir`, or PostgreSQL at `databaseUrl`). */
export async function restoreInto(file: string, options: StoreOptions, migrate: (conn: ReturnType<typeof connect>) => Promise<string[]>): Promise<RestoreResult> {
  const backup = await readBackupFile(resolve(file));
  const conn = connect(options);
  try {
    await migrate(conn);
    return await conn.db.transaction().execute(async (tx) => {
      const present: string[] = [];
      for (const t of TABLES) {
        const r = await tx.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        if (Number(r.n) > 0) present.push(`${t} ${Number(r.n)}`);
      }
      if (present.length > 0) throw new RestoreError(`the target store at ${conn.location} is not empty (${present.join(', ')}): restore only into an empty store`);
      const held = TABLES.filter((t) => backup.tables[t] !== undefined);
      for (const t of held) {
        const rows = backup.tables[t];
        for (let i = 0; i < rows.length; i += INSERT_BATCH) {
          try {
            await tx.insertInto(t).values(rows.slice(i, i + INSERT_BATCH)).execute();
          } catch (e) {
            const which = `table ${t}, rows ${i + 1}–${Math.min(i + INSERT_BATCH, rows.length)}`;
            throw new RestoreError(`cannot restore ${file}: ${which}: ${e instanceof Error ? e.message : String(e)}; nothing was restored`);
          }
        }
      }
      const counts = {} as Record<TableName, number>;
      for (const t of TABLES) {
        const r = await tx.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        counts[t] = Number(r.n);
        if (counts[t] !== (backup.counts[t] ?? 0)) throw new RestoreError(`restore failed: table ${t} holds ${counts[t]} rows after the restore, the backup has ${backup.counts[t]}`);
      }
      const restored = contentDigest({ counts: backup.counts, migrations: backup.migrations, tables: asInBackup(await readAllTables(tx), backup.tables) });
      if (restored !== backup.sha256) throw new RestoreError(`restore failed: the restored content's SHA-256 is ${restored}, the backup's is ${backup.sha256}`);
      const chain = await verifyChain(tx);
      if (!chain.ok) throw new RestoreError(`${file}'s audit log does not verify: entry ${chain.seq} ${chain.problem} (${chain.detail}); nothing was restored`);
      return { counts, audit: { entries: chain.entries, head: chain.head } };
    });
  } finally {
    await conn.db.destroy();
  }
}
