/**
 * `iomt audit verify [--checkpoint FILE]` and `iomt audit checkpoint [--out FILE]`. Verify checks
 * the whole hash chain (exit 0 with the count and head; exit 1 naming the first bad entry) and,
 * given a checkpoint taken earlier, that the entries up to it are unchanged and none was cut off.
 * The output says what the chain proves and what it cannot.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CHAIN_CANNOT_PROVE, CHAIN_PROVES, CheckpointError, parseCheckpoint } from '../../store/index.ts';
import { CliError, EXIT_FINDINGS } from '../cli-error.ts';
import { withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';

/** The HMAC key for checkpoints: kept outside the database (and ideally off its host). */
const checkpointKey = (): string | undefined => process.env.IOMT_AUDIT_KEY || undefined;

async function readCheckpoint(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`--checkpoint ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return parseCheckpoint(JSON.parse(text) as unknown, `--checkpoint ${file}`);
  } catch (e) {
    if (e instanceof CheckpointError) throw new CliError(e.message);
    throw new CliError(`--checkpoint ${file}: not JSON`);
  }
}

export async function auditVerifyCommand(flags: StoreFlags & { checkpoint?: string }): Promise<string> {
  const checkpoint = flags.checkpoint === undefined ? undefined : await readCheckpoint(flags.checkpoint);
  return withStore(flags, async (store) => {
    const r = await store.verifyAudit();
    if (!r.ok) {
      throw new CliError(`audit log check failed at entry ${r.seq}: ${r.problem}. ${r.detail} (${r.entries} entries read)`, EXIT_FINDINGS);
    }
    const lines = [`Audit log verified: ${r.entries} entries, head ${r.head}.`, CHAIN_PROVES];
    if (!checkpoint) {
      lines.push(CHAIN_CANNOT_PROVE, 'No checkpoint was given: take one with `iomt audit checkpoint --out FILE`, keep it elsewhere, and pass it with --checkpoint.');
      return `${lines.join('\n')}\n`;
    }
    let verdict;
    try {
      verdict = await store.checkAuditCheckpoint(r, checkpoint, checkpointKey());
    } catch (e) {
      if (e instanceof CheckpointError) throw new CliError(e.message);
      throw e;
    }
    if (!verdict.ok) throw new CliError(`audit log check against the checkpoint failed at entry ${verdict.seq}: ${verdict.problem}. ${verdict.detail}`, EXIT_FINDINGS);
    lines.push(
      `Checkpoint (${verdict.signed ? 'signature checked' : 'unsigned: it proves only as much as the place it was kept'}) taken ${checkpoint.takenAt} matches: entries 1–${verdict.seq} are the ones recorded then, and none was cut off.`,
      verdict.appended === 0
        ? 'No entries were added since the checkpoint.'
        : `${verdict.appended} entr${verdict.appended === 1 ? 'y was' : 'ies were'} appended since (${verdict.seq + 1}–${verdict.entries}): the chain links them, but no checkpoint vouches for them yet.`,
    );
    return `${lines.join('\n')}\n`;
  });
}

export async function auditCheckpointCommand(flags: StoreFlags & { out?: string }): Promise<string> {
  return withStore(flags, async (store) => {
    const r = await store.verifyAudit();
    // A checkpoint of a broken chain would vouch for the break.
    if (!r.ok) throw new CliError(`audit log check failed at entry ${r.seq}: ${r.problem}. ${r.detail}; no checkpoint taken`, EXIT_FINDINGS);
    const checkpoint = await store.auditCheckpoint(checkpointKey());
    if (!checkpoint) throw new CliError('the audit log is empty: there is nothing to checkpoint yet');
    const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
    if (flags.out === undefined) return text;
    try {
      await writeFile(flags.out, text, { flag: 'wx', mode: 0o600 });
    } catch (e) {
      throw new CliError(`--out ${flags.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return `Checkpoint of entry ${checkpoint.seq} (${checkpoint.signature ? 'signed with IOMT_AUDIT_KEY' : 'unsigned: set IOMT_AUDIT_KEY to sign'}) written to ${flags.out}; keep it outside the database's host.\n`;
  });
}
