/**
 * The audit log: one global hash chain. Each entry's hash is SHA-256 over the previous entry's
 * hash and the canonical JSON of its own content, so changing, removing, reordering or inserting an
 * entry breaks the chain at a place `verifyChain` can name.
 */
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditVerification } from './contract.ts';
import type { AuditLogTable, Database } from './schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256 } from './secrets.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** What a write records; the chain adds seq, at and the hashes. */
export type AuditInput = Pick<AuditEntry, 'orgId' | 'actorId' | 'action' | 'entityType' | 'entityId' | 'change'>;

export function entryHash(prevHash: string, e: { seq: number; at: string } & AuditInput): string {
  const content = canonicalJson({
    seq: e.seq,
    at: e.at,
    orgId: e.orgId,
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    change: e.change ?? null,
  });
  return sha256(`${prevHash}\n${content}`);
}

/** Appends one entry; the caller holds the chain's lock (SQLite's write lock or the advisory lock). */
export async function appendAudit(tx: Kysely<Database>, input: AuditInput): Promise<AuditEntry> {
  const last = await tx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = (last ? Number(last.seq) : 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  // Stored as canonical text and hashed from the parsed value, so the verifier sees what was hashed.
  const changeText = canonicalJson(input.change ?? null);
  const change: unknown = JSON.parse(changeText);
  const hash = entryHash(prevHash, { seq, at, ...input, change });
  await tx
    .insertInto('audit_log')
    .values({
      seq,
      at,
      org_id: input.orgId,
      actor_id: input.actorId,
      action: input.action,
      entity_type: input.entityType,
      entity_id: input.entityId,
      change: changeText,
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { seq, at, orgId: input.orgId, actorId: input.actorId, action: input.action, entityType: input.entityType, entityId: input.entityId, change, prevHash, hash };
}

export function toAuditEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    orgId: row.org_id,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    change: parseChange(row.change),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function parseChange(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A tampered entry may hold text that is not JSON; hashing the raw text still exposes it.
    return text;
  }
}

const BATCH = 1000;

async function* readChain(db: Kysely<Database>): AsyncGenerator<AuditLogTable> {
  let after: number | null = null;
  for (;;) {
    let q = db.selectFrom('audit_log').selectAll();
    if (after !== null) q = q.where('seq', '>', after);
    const rows = await q.orderBy('seq').limit(BATCH).execute();
    for (const row of rows) yield row;
    if (rows.length < BATCH) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** How far back a renumbered entry is looked for: removals of up to this many entries are named as such. */
const MAX_RENUMBER = 64;

/** The sequence number an entry was hashed under, when it is a later one (entries were removed and renumbered). */
function renumberedFrom(e: AuditEntry): number | null {
  for (let n = 1; n <= MAX_RENUMBER; n++) if (entryHash(e.prevHash, { ...e, seq: e.seq + n }) === e.hash) return e.seq + n;
  return null;
}

/**
 * Walks the chain in sequence order and reports the first problem:
 * - removed: a sequence number is missing, or an entry links to a hash no entry has and its
 *   content hashes under a later sequence number (it was renumbered to close the gap);
 * - reordered: an entry links to the hash of an entry that comes after it;
 * - inserted: an entry links to the entry two places back, so the one between does not belong;
 * - altered: an entry's content no longer gives its hash, its own link (prev_hash) was changed,
 *   or its successor still links to the hash it had before it was rewritten.
 * A chain that verifies proves only that it is consistent: rewriting every entry from some point
 * and re-hashing the rest, dropping the newest entries, or appending well-chained forgeries all
 * leave a consistent chain. Only a head recorded elsewhere (audit-checkpoint.ts) exposes those.
 */
export async function verifyChain(db: Kysely<Database>): Promise<AuditVerification> {
  // First pass: every hash and where it sits, to tell a reordered link from a dangling one.
  const seqOfHash = new Map<string, number>();
  let entries = 0;
  for await (const row of readChain(db)) {
    seqOfHash.set(row.hash, Number(row.seq));
    entries++;
  }

  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let prevPrevHash: string | null = null;
  const fail = (seq: number, problem: 'altered' | 'removed' | 'reordered' | 'inserted', detail: string): AuditVerification => ({
    ok: false,
    entries,
    seq,
    problem,
    detail,
  });

  for await (const row of readChain(db)) {
    const e = toAuditEntry(row);
    const contentOk = entryHash(e.prevHash, e) === e.hash;
    if (e.seq < expectedSeq || !Number.isInteger(e.seq)) {
      return fail(e.seq, 'inserted', `entry ${e.seq} does not belong: sequence numbers run 1, 2, 3 … and ${expectedSeq - 1} came before it`);
    }
    if (e.seq > expectedSeq) {
      const missing = e.seq - 1 === expectedSeq ? `${expectedSeq}` : `${expectedSeq}–${e.seq - 1}`;
      return fail(expectedSeq, 'removed', `entry ${missing} is missing: the log jumps from ${expectedSeq - 1} to ${e.seq}`);
    }
    if (e.prevHash !== prevHash) {
      const linkedSeq = seqOfHash.get(e.prevHash);
      if (linkedSeq !== undefined && linkedSeq > e.seq) {
        return fail(e.seq, 'reordered', `entry ${e.seq} links to entry ${linkedSeq}, which comes after it: entries were moved`);
      }
      if (prevPrevHash !== null && e.prevHash === prevPrevHash) {
        return fail(e.seq - 1, 'inserted', `entry ${e.seq - 1} does not belong: entry ${e.seq} links past it to entry ${e.seq - 2}`);
      }
      if (linkedSeq === undefined && contentOk) {
        return fail(e.seq - 1, 'altered', `entry ${e.seq - 1} was rewritten with a new hash: entry ${e.seq} still links to its original hash`);
      }
      if (linkedSeq === undefined && renumberedFrom(e) !== null) {
        return fail(e.seq, 'removed', `the entry before ${e.seq} is missing: ${e.seq} was entry ${renumberedFrom(e)!} and links to a hash no entry has, so it was renumbered to close a gap`);
      }
      // Its own link was changed (it links to no entry, or to one that is not its predecessor):
      // the entry was edited where it stands, not moved.
      return fail(e.seq, 'altered', linkedSeq === undefined
        ? `entry ${e.seq}'s link to the previous entry (prev_hash) was changed: it matches no entry`
        : `entry ${e.seq}'s link to the previous entry (prev_hash) was changed: it names entry ${linkedSeq}, not entry ${e.seq - 1}`);
    }
    if (!contentOk) {
      return fail(e.seq, 'altered', `entry ${e.seq} (${e.action} ${e.entityType} ${e.entityId}) does not match its hash`);
    }
    prevPrevHash = prevHash;
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
  }
  return { ok: true, entries, head: prevHash };
}
