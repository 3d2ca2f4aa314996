/** Products and their profile versions: a new profile is a new version; no version is ever overwritten. */
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from './contract.ts';
import type { Actor, OrgScope } from './contract.ts';
import type { Context, Db } from './context.ts';
import { writeTx } from './context.ts';
import { makePage, readPage } from './pagination.ts';
import { now, requireRole, toProduct, toProductVersion } from './rows.ts';
import { afterKey } from './scope-members.ts';
import * as v from './validate.ts';

export async function productRow(tx: Db, orgId: string, id: string) {
  if (typeof id !== 'string') throw new NotFoundError('product', String(id));
  const row = await tx.selectFrom('products').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
  if (!row) throw new NotFoundError('product', id);
  return row;
}

export function products(ctx: Context, actor: Actor): OrgScope['products'] {
  const orgId = actor.orgId;
  return {
    async list(page) {
      const { limit, after } = readPage<[string, string]>('products', page, ['string', 'string']);
      const rows = await ctx.db
        .selectFrom('products')
        .selectAll()
        .where('org_id', '=', orgId)
        .where(afterKey(after))
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      return makePage('products', rows, limit, (r) => [r.created_at, r.id], toProduct);
    },

    async get(id) {
      return toProduct(await productRow(ctx.db, orgId, id));
    },

    async create(input) {
      requireRole(actor, 'editor');
      const name = v.text('/name', input?.name);
      const profile = v.document('/profile', input.profile);
      const note = v.optionalText('/note', input.note);
      const at = now();
      const product = { id: randomUUID(), org_id: orgId, name, latest_version: 1, created_at: at, updated_at: at };
      const version = { product_id: product.id, version: 1, profile, note, created_by: actor.userId, created_at: at };
      await writeTx(ctx, async (tx, audit) => {
        await tx.insertInto('products').values(product).execute();
        await tx.insertInto('product_versions').values(version).execute();
        await audit({ orgId, actorId: actor.userId, action: 'product.create', entityType: 'product', entityId: product.id, change: { name, version: 1, note, profile: JSON.parse(profile) as unknown } });
      });
      return { product: toProduct(product), version: toProductVersion(version) };
    },

    async addVersion(id, input) {
      requireRole(actor, 'editor');
      const expected = v.positiveInt('/expectedVersion', input?.expectedVersion);
      const profile = v.document('/profile', input.profile);
      const note = v.optionalText('/note', input.note);
      return writeTx(ctx, async (tx, audit) => {
        const at = now();
        const r = await tx
          .updateTable('products')
          .set({ latest_version: expected + 1, updated_at: at })
          .where('id', '=', id)
          .where('org_id', '=', orgId)
          .where('latest_version', '=', expected)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) {
          const actual = await productRow(tx, orgId, id);
          throw new ConflictError('product', id, expected, Number(actual.latest_version));
        }
        const version = { product_id: id, version: expected + 1, profile, note, created_by: actor.userId, created_at: at };
        await tx.insertInto('product_versions').values(version).execute();
        await audit({ orgId, actorId: actor.userId, action: 'product.version.add', entityType: 'product', entityId: id, change: { version: expected + 1, note, profile: JSON.parse(profile) as unknown } });
        return toProductVersion(version);
      });
    },

    async rename(id, input) {
      requireRole(actor, 'editor');
      const name = v.text('/name', input?.name);
      return writeTx(ctx, async (tx, audit) => {
        const before = await productRow(tx, orgId, id);
        const at = now();
        await tx.updateTable('products').set({ name, updated_at: at }).where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'product.rename', entityType: 'product', entityId: id, change: { name, previous: { name: before.name } } });
        return toProduct({ ...before, name, updated_at: at });
      });
    },

    async versions(id, page) {
      const { limit, after } = readPage<[number]>('versions', page, ['number']);
      await productRow(ctx.db, orgId, id);
      let q = ctx.db.selectFrom('product_versions').selectAll().where('product_id', '=', id);
      if (after) q = q.where('version', '>', after[0]);
      const rows = await q.orderBy('version').limit(limit + 1).execute();
      return makePage('versions', rows, limit, (r) => [Number(r.version)], toProductVersion);
    },

    async version(id, version) {
      await productRow(ctx.db, orgId, id);
      const row =
        typeof version === 'number' && Number.isSafeInteger(version)
          ? await ctx.db.selectFrom('product_versions').selectAll().where('product_id', '=', id).where('version', '=', version).executeTakeFirst()
          : undefined;
      if (!row) throw new NotFoundError('product version', `${id} v${String(version)}`);
      return toProductVersion(row);
    },

    async remove(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const before = await productRow(tx, orgId, id);
        const assessments = await tx.selectFrom('assessments').select('id').where('product_id', '=', id).where('org_id', '=', orgId).execute();
        // Versions and assessments go with the product (foreign-key cascade); incidents keep their case and lose the link.
        await tx.deleteFrom('products').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({
          orgId,
          actorId: actor.userId,
          action: 'product.remove',
          entityType: 'product',
          entityId: id,
          change: { previous: { name: before.name, latestVersion: Number(before.latest_version) }, removedAssessments: assessments.map((a) => a.id) },
        });
      });
    },
  };
}
