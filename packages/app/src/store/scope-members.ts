/** An organisation's members and API tokens; changes need the owner role. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DuplicateError, ForbiddenError, InvalidInputError, LastOwnerError, NotFoundError } from './contract.ts';
import type { Actor, Member, OrgScope, Role } from './contract.ts';
import type { Context, Db } from './context.ts';
import { writeTx } from './context.ts';
import { makePage, readPage } from './pagination.ts';
import { atLeast, now, requireRole, toApiToken, toUser } from './rows.ts';
import { newTokenSecret } from './secrets.ts';
import * as v from './validate.ts';

export const afterKey = (after: readonly [string, string] | null, prefix = '') =>
  after
    ? sql<boolean>`(${sql.ref(`${prefix}created_at`)} > ${after[0]} OR (${sql.ref(`${prefix}created_at`)} = ${after[0]} AND ${sql.ref(`${prefix}id`)} > ${after[1]}))`
    : sql<boolean>`1 = 1`;

async function memberRow(tx: Db, orgId: string, userId: string) {
  return tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.disabled', 'u.created_at', 'm.role', 'm.created_at as since'])
    .where('m.org_id', '=', orgId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

const toMember = (r: NonNullable<Awaited<ReturnType<typeof memberRow>>>): Member => ({ user: toUser(r), role: r.role as Role, since: r.since });

async function owners(tx: Db, orgId: string): Promise<number> {
  const r = await tx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}


export function members(ctx: Context, actor: Actor): OrgScope['members'] {
  const orgId = actor.orgId;
  return {
    async list(page) {
      const { limit, after } = readPage<[string, string]>('members', page, ['string', 'string']);
      let q = ctx.db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.email', 'u.display_name', 'u.disabled', 'u.created_at', 'm.role', 'm.created_at as since'])
        .where('m.org_id', '=', orgId);
      if (after) q = q.where(sql<boolean>`(m.created_at > ${after[0]} OR (m.created_at = ${after[0]} AND m.user_id > ${after[1]}))`);
      const rows = await q.orderBy('m.created_at').orderBy('m.user_id').limit(limit + 1).execute();
      return makePage('members', rows, limit, (r) => [r.since, r.id], toMember);
    },

    async add(userId, roleValue) {
      requireRole(actor, 'owner');
      const r = v.role('/role', roleValue);
      return writeTx(ctx, async (tx, audit) => {
        const user = await tx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
        if (!user) throw new NotFoundError('user', userId);
        if (await memberRow(tx, orgId, userId)) throw new DuplicateError('userId', userId);
        await tx.insertInto('memberships').values({ org_id: orgId, user_id: userId, role: r, created_at: now() }).execute();
        await audit({ orgId, actorId: actor.userId, action: 'member.add', entityType: 'membership', entityId: userId, change: { role: r } });
        return toMember((await memberRow(tx, orgId, userId))!);
      });
    },

    async setRole(userId, roleValue) {
      requireRole(actor, 'owner');
      const r = v.role('/role', roleValue);
      return writeTx(ctx, async (tx, audit) => {
        const before = await memberRow(tx, orgId, userId);
        if (!before) throw new NotFoundError('member', userId);
        if (before.role === 'owner' && r !== 'owner' && (await owners(tx, orgId)) <= 1) throw new LastOwnerError(userId);
        await tx.updateTable('memberships').set({ role: r }).where('org_id', '=', orgId).where('user_id', '=', userId).execute();
        // Tokens keep their role, but resolve to at most the member's current role.
        await audit({ orgId, actorId: actor.userId, action: 'member.role', entityType: 'membership', entityId: userId, change: { role: r, previous: before.role } });
        return toMember((await memberRow(tx, orgId, userId))!);
      });
    },

    async remove(userId) {
      requireRole(actor, 'owner');
      await writeTx(ctx, async (tx, audit) => {
        const before = await memberRow(tx, orgId, userId);
        if (!before) throw new NotFoundError('member', userId);
        if (before.role === 'owner' && (await owners(tx, orgId)) <= 1) throw new LastOwnerError(userId);
        await tx.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
        // The member's tokens for this organisation stop working with the membership.
        await tx.updateTable('api_tokens').set({ revoked_at: now() }).where('org_id', '=', orgId).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
        await audit({ orgId, actorId: actor.userId, action: 'member.remove', entityType: 'membership', entityId: userId, change: { previous: before.role } });
      });
    },
  };
}

export function tokens(ctx: Context, actor: Actor): OrgScope['tokens'] {
  const orgId = actor.orgId;
  return {
    async list(page) {
      requireRole(actor, 'owner');
      const { limit, after } = readPage<[string, string]>('tokens', page, ['string', 'string']);
      const rows = await ctx.db
        .selectFrom('api_tokens')
        .selectAll()
        .where('org_id', '=', orgId)
        .where(afterKey(after))
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      return makePage('tokens', rows, limit, (r) => [r.created_at, r.id], toApiToken);
    },

    async create(input) {
      requireRole(actor, 'owner');
      const name = v.text('/name', input?.name);
      const r = v.role('/role', input.role);
      if (!atLeast(actor.role, r)) throw new ForbiddenError(r, actor.role);
      const expiresAt = input.expiresAt === undefined || input.expiresAt === null ? null : v.instant('/expiresAt', input.expiresAt);
      if (expiresAt !== null && expiresAt <= now()) throw new InvalidInputError('/expiresAt', input.expiresAt, 'an instant in the future');
      const { secret, prefix, hash } = newTokenSecret();
      const row = { id: randomUUID(), org_id: orgId, user_id: actor.userId, name, prefix, secret_hash: hash, role: r, created_at: now(), expires_at: expiresAt, last_used_at: null, revoked_at: null };
      await writeTx(ctx, async (tx, audit) => {
        await tx.insertInto('api_tokens').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'token.create', entityType: 'api_token', entityId: row.id, change: { name, prefix, role: r, expiresAt } });
      });
      return { token: toApiToken(row), secret };
    },

    async revoke(id) {
      requireRole(actor, 'owner');
      await writeTx(ctx, async (tx, audit) => {
        const row = await tx.selectFrom('api_tokens').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (!row) throw new NotFoundError('token', id);
        if (row.revoked_at !== null) return;
        await tx.updateTable('api_tokens').set({ revoked_at: now() }).where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'token.revoke', entityType: 'api_token', entityId: id, change: { name: row.name, prefix: row.prefix } });
      });
    },
  };
}
