/** The `OrgScope` of one actor: every query below filters on the actor's organisation. */
import { NotFoundError } from './contract.ts';
import type { Actor, OrgScope } from './contract.ts';
import type { Context } from './context.ts';
import { toAuditEntry } from './audit.ts';
import { makePage, readPage } from './pagination.ts';
import { toOrganisation } from './rows.ts';
import { orgInvitations } from './invitations.ts';
import { members, tokens } from './scope-members.ts';
import { products } from './scope-products.ts';
import { assessments, incidents, scenarios } from './scope-work.ts';
import { law } from './scope-law.ts';
import { fleet } from './scope-fleet.ts';
import { evidence } from './scope-evidence.ts';
import * as v from './validate.ts';

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
    law: law(ctx, fixed),
    fleet: fleet(ctx, fixed),
    invitations: orgInvitations(ctx, fixed),
    evidence: evidence(ctx, fixed),
    async audit(page) {
      const { limit, after } = readPage<[number]>('audit', page, ['number']);
      const action = page?.action === undefined ? undefined : v.text('/action', page.action, 100);
      const entityType = page?.entityType === undefined ? undefined : v.text('/entityType', page.entityType, 100);
      const entityId = page?.entityId === undefined ? undefined : v.id('/entityId', page.entityId);
      // A left join, so entries by people who left (or whose account is gone) are still listed.
      let q = ctx.db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.actor_id')
        .selectAll('a')
        .select('u.display_name as actor_name')
        .where('a.org_id', '=', fixed.orgId);
      if (action !== undefined) q = q.where('a.action', '=', action);
      if (entityType !== undefined) q = q.where('a.entity_type', '=', entityType);
      if (entityId !== undefined) q = q.where('a.entity_id', '=', entityId);
      if (after) q = q.where('a.seq', '<', after[0]);
      const rows = await q.orderBy('a.seq', 'desc').limit(limit + 1).execute();
      return makePage('audit', rows, limit, (r) => [Number(r.seq)], ({ actor_name, ...row }) => ({
        ...toAuditEntry(row),
        actor: row.actor_id === null ? null : { id: row.actor_id, displayName: actor_name ?? null },
      }));
    },
  };
}
