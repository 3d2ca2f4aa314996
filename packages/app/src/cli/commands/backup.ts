/** `iomt backup FILE` and `iomt restore FILE`: a consistent online backup, and a verified restore into an empty store. */
import { restoreStore, StoreError } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';

export async function backupCommand(file: string, flags: StoreFlags): Promise<string> {
  return withStore(flags, async (store) => {
    const r = await store.backup(file);
    return `Backed up the ${store.dialect} store to ${r.file} (${r.bytes} bytes, SHA-256 ${r.sha256}).\n`;
  });
}

export async function restoreCommand(file: string, flags: StoreFlags): Promise<string> {
  try {
    const r = await restoreStore(file, { dataDir: flags.dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
    const rows = Object.entries(r.counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    return `Restored ${file}: ${rows}.\nAudit log verified: ${r.audit.entries} entries, head ${r.audit.head}.\n`;
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(e.message);
    throw e;
  }
}
