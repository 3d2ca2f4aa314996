/**
 * Checkpoints of the audit chain: its head (sequence number, hash, time) written out of the
 * database, optionally signed with an HMAC key the database never holds. The chain alone proves
 * only that it is self-consistent; checked against a checkpoint kept elsewhere it also proves that
 * the entries up to the checkpoint are the ones there were when it was taken.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { StoreError } from './contract.ts';
import type { AuditCheckpoint, AuditVerification, CheckpointVerdict } from './contract.ts';
import { canonicalJson } from './canonical-json.ts';
import type { Database } from './schema.ts';

import { CHECKPOINT_FORMAT } from './contract.ts';
export { CHECKPOINT_FORMAT };

/** A checkpoint file that cannot be used (malformed, or signed but with no key to check it). */
export class CheckpointError extends StoreError {}

/** What a verified chain proves, and what it cannot, in words for the operator. */
export const CHAIN_PROVES =
  'The chain proves that no entry was changed, removed, reordered or inserted without every later entry being re-hashed to match.';
export const CHAIN_CANNOT_PROVE =
  'On its own it cannot show that the entries were rewritten and all later ones re-hashed, that the newest entries were removed, or that well-chained entries were appended: anyone able to write to the database can do those. A checkpoint kept outside the database (and signed with a key the database never holds) exposes the first two for every entry up to the checkpoint; entries after it are vouched for only by the chain until the next checkpoint.';

const signedPart = (c: Omit<AuditCheckpoint, 'signature'>) =>
  canonicalJson({ format: c.format, version: c.version, seq: c.seq, hash: c.hash, at: c.at, takenAt: c.takenAt });
const hmac = (key: string, c: Omit<AuditCheckpoint, 'signature'>) => createHmac('sha256', key).update(signedPart(c), 'utf8').digest('hex');

/** The chain's head as a checkpoint; signed when a key is given. Null for an empty log. */
export async function takeCheckpoint(db: Kysely<Database>, key: string | undefined, takenAt = new Date()): Promise<AuditCheckpoint | null> {
  const head = await db.selectFrom('audit_log').select(['seq', 'hash', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!head) return null;
  const c: AuditCheckpoint = { format: CHECKPOINT_FORMAT, version: 1, seq: Number(head.seq), hash: head.hash, at: head.at, takenAt: takenAt.toISOString() };
  return key ? { ...c, signature: { alg: 'HMAC-SHA256', value: hmac(key, c) } } : c;
}

/** Reads a checkpoint document; names the first field that is wrong. */
export function parseCheckpoint(value: unknown, source: string): AuditCheckpoint {
  const c = value as Partial<AuditCheckpoint> | null;
  const bad = (field: string, expected: string) => new CheckpointError(`${source}: /${field}: expected ${expected}`);
  if (c === null || typeof c !== 'object' || c.format !== CHECKPOINT_FORMAT) throw bad('format', `"${CHECKPOINT_FORMAT}"`);
  if (c.version !== 1) throw bad('version', '1');
  if (typeof c.seq !== 'number' || !Number.isInteger(c.seq) || c.seq < 1) throw bad('seq', 'a whole number ≥ 1');
  if (typeof c.hash !== 'string' || !/^[0-9a-f]{64}$/.test(c.hash)) throw bad('hash', 'a SHA-256 in hex');
  if (typeof c.at !== 'string') throw bad('at', 'an instant');
  if (typeof c.takenAt !== 'string') throw bad('takenAt', 'an instant');
  if (c.signature !== undefined && (c.signature?.alg !== 'HMAC-SHA256' || typeof c.signature.value !== 'string')) throw bad('signature', '{"alg": "HMAC-SHA256", "value": hex}');
  return c as AuditCheckpoint;
}

/** Compares a verified chain with a checkpoint. The caller checks the chain itself first. */
export async function checkAgainst(db: Kysely<Database>, chain: Extract<AuditVerification, { ok: true }>, c: AuditCheckpoint, key: string | undefined): Promise<CheckpointVerdict> {
  if (c.signature) {
    if (!key) throw new CheckpointError('the checkpoint is signed: set IOMT_AUDIT_KEY to the key it was signed with to check it');
    const expected = Buffer.from(hmac(key, c), 'hex');
    const given = Buffer.from(c.signature.value, 'hex');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, problem: 'signature', seq: c.seq, detail: 'the checkpoint’s signature does not match: the file was changed, or signed with another key' };
    }
  }
  if (chain.entries < c.seq) {
    return { ok: false, problem: 'truncated', seq: c.seq, detail: `the log ends at entry ${chain.entries}, but the checkpoint recorded entry ${c.seq}: the newest entries were removed` };
  }
  const row = await db.selectFrom('audit_log').select(['hash']).where('seq', '=', c.seq).executeTakeFirst();
  if (!row || row.hash !== c.hash) {
    return { ok: false, problem: 'rewritten', seq: c.seq, detail: `entry ${c.seq} no longer has the hash the checkpoint recorded: entries up to it were rewritten and the chain re-hashed` };
  }
  return { ok: true, signed: c.signature !== undefined, seq: c.seq, entries: chain.entries, appended: chain.entries - c.seq };
}
