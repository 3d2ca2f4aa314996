/**
 * Invitations: an owner invites an e-mail address with a role; the person with that address signs
 * in (or creates the account) and accepts with the secret. Nothing about the address's account
 * is looked up when inviting, so the answer cannot tell whether one exists. Secrets are stored as
 * hashes, expire, can be revoked and work once; every step is audited.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DuplicateError, InvalidInputError, NotFoundError } from './contract.ts';
import type { Actor, Invitation, InvitationAcceptance, InvitationStatus, Membership, OrgInvitations, Role } from './contract.ts';
import type { Audit, Context, Db } from './context.ts';
import { writeTx } from './context.ts';
import { makePage, readPage } from './pagination.ts';
import { now, requireRole, toOrganisation, toUser } from './rows.ts';
import type { InvitationsTable } from './schema.ts';
import { hashPassword, randomSecret, sha256 } from './secrets.ts';
import * as v from './validate.ts';

export const INVITATION_PREFIX = 'iomt_inv_';
const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
const MAX_TTL_SECONDS = 90 * 24 * 3600;
const STATUSES: readonly InvitationStatus[] = ['pending', 'accepted', 'revoked', 'expired'];

function statusOf(r: InvitationsTable, at: string): InvitationStatus {
  if (r.accepted_at !== null) return 'accepted';
  if (r.revoked_at !== null) return 'revoked';
  return r.expires_at <= at ? 'expired' : 'pending';
}

export const toInvitation = (r: InvitationsTable, at = now()): Invitation => ({
  id: r.id,
  orgId: r.org_id,
  email: r.email,
  role: r.role as Role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
  acceptedBy: r.accepted_by,
  revokedAt: r.revoked_at,
  status: statusOf(r, at),
});

export function orgInvitations(ctx: Context, actor: Actor): OrgInvitations {
  const orgId = actor.orgId;
  return {
    async list(page) {
      requireRole(actor, 'owner');
      const status = page?.status;
      if (status !== undefined && !STATUSES.includes(status)) throw new InvalidInputError('/status', status, `one of ${STATUSES.join(', ')}`);
      const { limit, after } = readPage<[string, string]>('invitations', page, ['string', 'string']);
      const at = now();
      let q = ctx.db.selectFrom('invitations').selectAll().where('org_id', '=', orgId);
      if (status === 'accepted') q = q.where('accepted_at', 'is not', null);
      else if (status === 'revoked') q = q.where('accepted_at', 'is', null).where('revoked_at', 'is not', null);
      else if (status === 'expired') q = q.where('accepted_at', 'is', null).where('revoked_at', 'is', null).where('expires_at', '<=', at);
      else if (status === 'pending') q = q.where('accepted_at', 'is', null).where('revoked_at', 'is', null).where('expires_at', '>', at);
      if (after) q = q.where(sql<boolean>`(created_at > ${after[0]} OR (created_at = ${after[0]} AND id > ${after[1]}))`);
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('invitations', rows, limit, (r) => [r.created_at, r.id], (r) => toInvitation(r, at));
    },

    async create(input) {
      requireRole(actor, 'owner');
      const email = v.email('/email', input?.email);
      const role = v.role('/role', input.role);
      const ttl = input.ttlSeconds ?? DEFAULT_TTL_SECONDS;
      if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 60 || ttl > MAX_TTL_SECONDS) {
        throw new InvalidInputError('/ttlSeconds', ttl, `a whole number of seconds from 60 to ${MAX_TTL_SECONDS}`);
      }
      const secret = INVITATION_PREFIX + randomSecret(32);
      const createdAt = now();
      const row: InvitationsTable = {
        id: randomUUID(),
        org_id: orgId,
        email,
        role,
        secret_hash: sha256(secret),
        created_by: actor.userId,
        created_at: createdAt,
        expires_at: new Date(Date.parse(createdAt) + ttl * 1000).toISOString(),
        accepted_at: null,
        accepted_by: null,
        revoked_at: null,
      };
      await writeTx(ctx, async (tx, audit) => {
        await tx.insertInto('invitations').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'invitation.create', entityType: 'invitation', entityId: row.id, change: { email, role, expiresAt: row.expires_at } });
      });
      return { invitation: toInvitation(row, createdAt), secret };
    },

    async revoke(id) {
      requireRole(actor, 'owner');
      return writeTx(ctx, async (tx, audit) => {
        const row = await tx.selectFrom('invitations').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (!row) throw new NotFoundError('invitation', id);
        if (row.revoked_at !== null || row.accepted_at !== null) return toInvitation(row);
        const revoked = { ...row, revoked_at: now() };
        await tx.updateTable('invitations').set({ revoked_at: revoked.revoked_at }).where('id', '=', id).execute();
        await audit({ orgId, actorId: actor.userId, action: 'invitation.revoke', entityType: 'invitation', entityId: id, change: { email: row.email, role: row.role } });
        return toInvitation(revoked);
      });
    },
  };
}

/** The pending invitation of this secret, or null (unknown, expired, revoked, used). */
async function pending(tx: Db, secret: unknown): Promise<InvitationsTable | null> {
  if (typeof secret !== 'string' || !secret.startsWith(INVITATION_PREFIX) || secret.length > 200) return null;
  const row = await tx.selectFrom('invitations').selectAll().where('secret_hash', '=', sha256(secret)).executeTakeFirst();
  return row && statusOf(row, now()) === 'pending' ? row : null;
}

async function join(tx: Db, audit: Audit, inv: InvitationsTable, userId: string): Promise<Membership> {
  const existing = await tx.selectFrom('memberships').select('role').where('org_id', '=', inv.org_id).where('user_id', '=', userId).executeTakeFirst();
  if (existing) throw new DuplicateError('membership', inv.org_id);
  const at = now();
  await tx.insertInto('memberships').values({ org_id: inv.org_id, user_id: userId, role: inv.role, created_at: at }).execute();
  const claimed = await tx.updateTable('invitations').set({ accepted_at: at, accepted_by: userId }).where('id', '=', inv.id).where('accepted_at', 'is', null).executeTakeFirst();
  // Accepted twice at once: the second transaction finds it taken and rolls back.
  if (Number(claimed.numUpdatedRows) !== 1) throw new NotFoundError('invitation', inv.id);
  await audit({ orgId: inv.org_id, actorId: userId, action: 'invitation.accept', entityType: 'invitation', entityId: inv.id, change: { email: inv.email, role: inv.role } });
  await audit({ orgId: inv.org_id, actorId: userId, action: 'member.add', entityType: 'membership', entityId: userId, change: { role: inv.role, invitation: inv.id } });
  const org = await tx.selectFrom('organisations').selectAll().where('id', '=', inv.org_id).executeTakeFirstOrThrow();
  return { organisation: toOrganisation(org), role: inv.role as Role };
}

export function invitationAcceptance(ctx: Context): InvitationAcceptance {
  return {
    async accept(secret, userId) {
      return writeTx(ctx, async (tx, audit) => {
        const inv = await pending(tx, secret);
        const user = await tx.selectFrom('users').select(['email', 'disabled']).where('id', '=', userId).executeTakeFirst();
        // Unknown, spent, or meant for someone else: one answer, so the secret's holder learns nothing more.
        if (!inv || !user || Number(user.disabled) === 1 || user.email !== inv.email) throw new NotFoundError('invitation', '');
        return join(tx, audit, inv, userId);
      });
    },

    async acceptAsNewUser(secret, input) {
      const displayName = v.text('/displayName', input?.displayName);
      const passwordHash = await hashPassword(v.password('/password', input.password));
      return writeTx(ctx, async (tx, audit) => {
        const inv = await pending(tx, secret);
        if (!inv) throw new NotFoundError('invitation', '');
        // Only the holder of a valid invitation for this address learns that it already has an account.
        if (await tx.selectFrom('users').select('id').where('email', '=', inv.email).executeTakeFirst()) throw new DuplicateError('email', inv.email);
        const row = { id: randomUUID(), email: inv.email, display_name: displayName, password_hash: passwordHash, disabled: 0, is_admin: 0, created_at: now() };
        await tx.insertInto('users').values(row).execute();
        await audit({ orgId: null, actorId: null, action: 'user.create', entityType: 'user', entityId: row.id, change: { email: row.email, displayName, invitation: inv.id } });
        const membership = await join(tx, audit, inv, row.id);
        return { user: toUser(row), membership };
      });
    },
  };
}
