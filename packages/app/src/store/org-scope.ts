/** The `OrgScope` of one actor: every query below filters on the actor's organisation. */
import { NotFoundError } from './contract.ts';
import type { Actor, OrgScope } from './contract.ts';
import type { Context } from './context.ts';
import { toAuditEntry } from './audit.ts';
import { makePage, readPage } from './pagination.ts';
import { toOrganisation } from './rows.ts';
import { members, tokens } from './scope-members.ts';
import { products } from './scope-products.ts';
import { assessments, incidents, scenarios } from './scope-work.ts';

export function orgScope(ctx: Context, actor: Actor): OrgScope {
  // The actor is fixed for the scope's lifetime, so a caller cannot swap organisations halfway.
  const fixed: Actor = Object.freeze({ ...actor });
  return {
    actor: fixed,
    async organisation() {
      const row = await ctx.db.selectFrom('organisations').selectAll().where('id', '=', fixed.orgId).executeTakeFirst();
      if (!row) throw new NotFoundError('organisation', fixed.orgId);
      return toOrganisation(row);
    },
    members: members(ctx, fixed),
    tokens: tokens(ctx, fixed),
    products: products(ctx, fixed),
    assessments: assessments(ctx, fixed),
    incidents: incidents(ctx, fixed),
    scenarios: scenarios(ctx, fixed),
    async audit(page) {
      const { limit, after } = readPage<[number]>('audit', page, ['number']);
      let q = ctx.db.selectFrom('audit_log').selectAll().where('org_id', '=', fixed.orgId);
      if (after) q = q.where('seq', '<', after[0]);
      const rows = await q.orderBy('seq', 'desc').limit(limit + 1).execute();
      return makePage('audit', rows, limit, (r) => [Number(r.seq)], toAuditEntry);
    },
  };
}
