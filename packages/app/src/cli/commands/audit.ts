/** `iomt audit verify`: checks the whole audit hash chain. Exit 0 with the entry count and head hash; exit 1 naming the first bad entry. */
import { CliError, EXIT_FINDINGS } from '../cli-error.ts';
import { withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';

export async function auditVerifyCommand(flags: StoreFlags): Promise<string> {
  return withStore(flags, async (store) => {
    const r = await store.verifyAudit();
    if (!r.ok) {
      throw new CliError(`audit log check failed at entry ${r.seq}: ${r.problem}. ${r.detail} (${r.entries} entries read)`, EXIT_FINDINGS);
    }
    return `Audit log verified: ${r.entries} entries, head ${r.head}.\n`;
  });
}
