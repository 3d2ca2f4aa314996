/**
 * The store: SQLite file by default, PostgreSQL when a database URL is given; one query layer
 * (Kysely) and one set of migrations for both.
 */
import type { StoreOptions } from './contract.ts';
import { restoreInto } from './backup.ts';
import type { RestoreResult } from './backup.ts';
import { migrate } from './open-store.ts';

export * from './contract.ts';
export { openStore } from './open-store.ts';
export type { OpenStoreOptions } from './open-store.ts';
export type { StoreHooks } from './context.ts';
export { RestoreError, readBackupFile } from './backup.ts';
export type { RestoreResult } from './backup.ts';
export { SQLITE_FILE, DEFAULT_DATA_DIR } from './connect.ts';
export { MIN_PASSWORD_LENGTH } from './validate.ts';
export { slugify } from './slug.ts';
export { CHAIN_CANNOT_PROVE, CHAIN_PROVES, CheckpointError, parseCheckpoint } from './audit-checkpoint.ts';

/** Restores a backup file into an empty store; verifies counts, checksum and the audit chain before committing. */
export function restoreStore(file: string, options: StoreOptions = {}): Promise<RestoreResult> {
  return restoreInto(file, options, migrate);
}
