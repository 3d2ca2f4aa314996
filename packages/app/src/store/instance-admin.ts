/** The instance administrator: a flag on the user, and the list of every organisation. */
import { InvalidInputError, NotFoundError } from './contract.ts';
import type { InstanceAdmin } from './contract.ts';
import type { Context } from './context.ts';
import { writeTx } from './context.ts';
import { makePage, readPage } from './pagination.ts';
import { toOrganisation } from './rows.ts';

export function instanceAdmin(ctx: Context): InstanceAdmin {
  return {
    async isAdmin(userId) {
      const row = await ctx.db.selectFrom('users').select(['is_admin', 'disabled']).where('id', '=', userId).executeTakeFirst();
      return row !== undefined && Number(row.is_admin) === 1 && Number(row.disabled) === 0;
    },

    async setAdmin(userId, admin) {
      if (typeof admin !== 'boolean') throw new InvalidInputError('/admin', admin, 'true or false');
      await writeTx(ctx, async (tx, audit) => {
        const before = await tx.selectFrom('users').select('is_admin').where('id', '=', userId).executeTakeFirst();
        if (!before) throw new NotFoundError('user', userId);
        if ((Number(before.is_admin) === 1) === admin) return;
        await tx.updateTable('users').set({ is_admin: admin ? 1 : 0 }).where('id', '=', userId).execute();
        await audit({ orgId: null, actorId: null, action: admin ? 'user.admin.grant' : 'user.admin.revoke', entityType: 'user', entityId: userId, change: { admin } });
      });
    },

    async listOrganisations(page) {
      const { limit, after } = readPage<[string, string]>('organisations', page, ['string', 'string']);
      let q = ctx.db.selectFrom('organisations').selectAll();
      if (after) q = q.where((eb) => eb.or([eb('created_at', '>', after[0]), eb.and([eb('created_at', '=', after[0]), eb('id', '>', after[1])])]));
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('organisations', rows, limit, (r) => [r.created_at, r.id], toOrganisation);
    },
  };
}
