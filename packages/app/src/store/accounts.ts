/** Accounts: users, organisations, memberships, sessions and token resolution (not org-scoped). */
import { randomUUID } from 'node:crypto';
import { DuplicateError, InvalidInputError, NotFoundError } from './contract.ts';
import type { Accounts, Actor, Role, Session } from './contract.ts';
import type { Context } from './context.ts';
import { writeTx } from './context.ts';
import { makePage, readPage } from './pagination.ts';
import { isUniqueViolation, lesserRole, now, toOrganisation, toUser } from './rows.ts';
import { dummyPasswordHash, hashPassword, randomSecret, sha256, TOKEN_PREFIX, verifyPasswordHash } from './secrets.ts';
import * as v from './validate.ts';

const USER_COLUMNS = ['id', 'email', 'display_name', 'disabled', 'created_at'] as const;
/** A token's last-use time is refreshed at most this often, so reads do not turn into a write each. */
const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_SESSION_SECONDS = 366 * 24 * 3600;

export function accounts(ctx: Context): Accounts {
  const { db } = ctx;

  const findUser = async (id: string) => {
    const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  };

  return {
    async userCount() {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async createUser(input) {
      const emailValue = v.email('/email', input?.email);
      const displayName = v.text('/displayName', input.displayName);
      const passwordHash = await hashPassword(v.password('/password', input.password));
      const row = { id: randomUUID(), email: emailValue, display_name: displayName, password_hash: passwordHash, disabled: 0, is_admin: 0, created_at: now() };
      try {
        await writeTx(ctx, async (tx, audit) => {
          const taken = await tx.selectFrom('users').select('id').where('email', '=', emailValue).executeTakeFirst();
          if (taken) throw new DuplicateError('email', emailValue);
          await tx.insertInto('users').values(row).execute();
          await audit({ orgId: null, actorId: null, action: 'user.create', entityType: 'user', entityId: row.id, change: { email: emailValue, displayName } });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new DuplicateError('email', emailValue);
        throw e;
      }
      return toUser(row);
    },

    async findUserByEmail(emailValue) {
      if (typeof emailValue !== 'string') return null;
      const row = await db.selectFrom('users').select(USER_COLUMNS).where('email', '=', emailValue.trim().toLowerCase()).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    findUser,

    async verifyPassword(emailValue, passwordValue) {
      // Over-long input is refused before hashing, so it cannot be used to burn CPU.
      if (typeof emailValue !== 'string' || typeof passwordValue !== 'string' || passwordValue.length > v.MAX_PASSWORD_LENGTH) return null;
      const row = await db.selectFrom('users').selectAll().where('email', '=', emailValue.trim().toLowerCase()).executeTakeFirst();
      // Unknown accounts still cost one verification, so response time does not reveal them.
      const ok = await verifyPasswordHash(row?.password_hash ?? (await dummyPasswordHash()), passwordValue);
      if (!row || !ok || Number(row.disabled) === 1) return null;
      return toUser(row);
    },

    async setPassword(userId, passwordValue) {
      const passwordHash = await hashPassword(v.password('/password', passwordValue));
      await writeTx(ctx, async (tx, audit) => {
        const r = await tx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw new NotFoundError('user', userId);
        // A new password ends every open session of the account.
        await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        await audit({ orgId: null, actorId: null, action: 'user.password', entityType: 'user', entityId: userId, change: { password: 'changed' } });
      });
    },

    async setDisabled(userId, disabled) {
      if (typeof disabled !== 'boolean') throw new InvalidInputError('/disabled', disabled, 'true or false');
      await writeTx(ctx, async (tx, audit) => {
        const before = await tx.selectFrom('users').select('disabled').where('id', '=', userId).executeTakeFirst();
        if (!before) throw new NotFoundError('user', userId);
        await tx.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', userId).execute();
        if (disabled) {
          // Disabling ends every credential for good: re-enabling must not revive a token or session.
          await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
          await tx.updateTable('api_tokens').set({ revoked_at: now() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
        }
        await audit({
          orgId: null,
          actorId: null,
          action: disabled ? 'user.disable' : 'user.enable',
          entityType: 'user',
          entityId: userId,
          change: { disabled, previous: Number(before.disabled) === 1 },
        });
      });
    },

    async listUsers(page) {
      const { limit, after } = readPage<[string, string]>('users', page, ['string', 'string']);
      let q = db.selectFrom('users').select(USER_COLUMNS);
      if (after) q = q.where((eb) => eb.or([eb('created_at', '>', after[0]), eb.and([eb('created_at', '=', after[0]), eb('id', '>', after[1])])]));
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('users', rows, limit, (r) => [r.created_at, r.id], toUser);
    },

    async createOrganisation(input, ownerUserId) {
      const name = v.text('/name', input?.name);
      const slugValue = v.slug('/slug', input.slug);
      const org = { id: randomUUID(), slug: slugValue, name, created_at: now() };
      try {
        await writeTx(ctx, async (tx, audit) => {
          const owner = await tx.selectFrom('users').select('id').where('id', '=', ownerUserId).executeTakeFirst();
          if (!owner) throw new NotFoundError('user', ownerUserId);
          const taken = await tx.selectFrom('organisations').select('id').where('slug', '=', slugValue).executeTakeFirst();
          if (taken) throw new DuplicateError('slug', slugValue);
          await tx.insertInto('organisations').values(org).execute();
          await tx.insertInto('memberships').values({ org_id: org.id, user_id: ownerUserId, role: 'owner', created_at: org.created_at }).execute();
          await audit({ orgId: org.id, actorId: null, action: 'organisation.create', entityType: 'organisation', entityId: org.id, change: { name, slug: slugValue } });
          await audit({ orgId: org.id, actorId: null, action: 'member.add', entityType: 'membership', entityId: ownerUserId, change: { role: 'owner' } });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new DuplicateError('slug', slugValue);
        throw e;
      }
      return toOrganisation(org);
    },

    async findOrganisationBySlug(slugValue) {
      if (typeof slugValue !== 'string') return null;
      const row = await db.selectFrom('organisations').selectAll().where('slug', '=', slugValue).executeTakeFirst();
      return row ? toOrganisation(row) : null;
    },

    async membershipsOf(userId) {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.org_id')
        .select(['o.id', 'o.slug', 'o.name', 'o.created_at', 'm.role'])
        .where('m.user_id', '=', userId)
        .orderBy('o.slug')
        .execute();
      return rows.map((r) => ({ organisation: toOrganisation(r), role: r.role as Role }));
    },

    async actorFor(userId, orgId, via) {
      const row = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.role', 'u.disabled'])
        .where('m.user_id', '=', userId)
        .where('m.org_id', '=', orgId)
        .executeTakeFirst();
      if (!row || Number(row.disabled) === 1) return null;
      return { userId, orgId, role: row.role as Role, via };
    },

    async createSession(userId, ttlSeconds) {
      if (typeof ttlSeconds !== 'number' || !Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_SESSION_SECONDS) {
        throw new InvalidInputError('/ttlSeconds', ttlSeconds, `a whole number of seconds from 1 to ${MAX_SESSION_SECONDS}`);
      }
      const secret = randomSecret(32);
      const id = sha256(secret);
      const createdAt = now();
      const session: Session = { userId, csrfToken: randomSecret(24), expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() };
      await writeTx(ctx, async (tx, audit) => {
        const user = await tx.selectFrom('users').select('disabled').where('id', '=', userId).executeTakeFirst();
        if (!user || Number(user.disabled) === 1) throw new NotFoundError('user', userId);
        await tx.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', createdAt).execute();
        await tx.insertInto('sessions').values({ id, user_id: userId, csrf_token: session.csrfToken, created_at: createdAt, expires_at: session.expiresAt }).execute();
        await audit({ orgId: null, actorId: userId, action: 'session.create', entityType: 'session', entityId: id.slice(0, 16), change: { expiresAt: session.expiresAt } });
      });
      return { secret, session };
    },

    async findSession(secret) {
      if (typeof secret !== 'string' || secret.length === 0 || secret.length > 200) return null;
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.user_id', 's.csrf_token', 's.expires_at', 'u.disabled'])
        .where('s.id', '=', sha256(secret))
        .executeTakeFirst();
      if (!row || Number(row.disabled) === 1 || row.expires_at <= now()) return null;
      return { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
    },

    async deleteSession(secret) {
      if (typeof secret !== 'string' || secret.length === 0 || secret.length > 200) return;
      const id = sha256(secret);
      await writeTx(ctx, async (tx, audit) => {
        const row = await tx.selectFrom('sessions').select('user_id').where('id', '=', id).executeTakeFirst();
        if (!row) return;
        await tx.deleteFrom('sessions').where('id', '=', id).execute();
        await audit({ orgId: null, actorId: row.user_id, action: 'session.delete', entityType: 'session', entityId: id.slice(0, 16), change: null });
      });
    },

    async resolveToken(secret): Promise<Actor | null> {
      if (typeof secret !== 'string' || !secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
      const row = await db
        .selectFrom('api_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .innerJoin('memberships as m', (j) => j.onRef('m.user_id', '=', 't.user_id').onRef('m.org_id', '=', 't.org_id'))
        .select(['t.id', 't.org_id', 't.user_id', 't.role', 't.expires_at', 't.revoked_at', 't.last_used_at', 'u.disabled', 'm.role as member_role'])
        .where('t.secret_hash', '=', sha256(secret))
        .executeTakeFirst();
      const at = now();
      if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= at) || Number(row.disabled) === 1) return null;
      if (row.last_used_at === null || Date.parse(at) - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
        // Bookkeeping, not a change of anyone's data: not audited.
        await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', row.id).execute();
      }
      // A token never grants more than its user holds today.
      return { userId: row.user_id, orgId: row.org_id, role: lesserRole(row.role as Role, row.member_role as Role), via: 'token' };
    },
  };
}
