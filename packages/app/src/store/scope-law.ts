/**
 * Snapshots of what the engine answered for a product version under a knowledge-base version, and
 * the reviews that acknowledge a new version's changes. Snapshots are derived data, kept so a later
 * version can be compared with the law a product was assessed under; reviews are audited.
 */
import { randomUUID } from 'node:crypto';
import { InvalidInputError } from './contract.ts';
import type { Actor, LawReview, LawScope, LawSnapshot } from './contract.ts';
import type { Context } from './context.ts';
import { writeTx } from './context.ts';
import { now, requireRole } from './rows.ts';
import { productRow } from './scope-products.ts';
import type { LawReviewsTable, LawSnapshotsTable } from './schema.ts';
import * as v from './validate.ts';

const KB_VERSION = /^\d{4}\.\d{2}\.\d{2}\.\d+$/;
const kbVersion = (pointer: string, value: unknown): string => {
  if (typeof value !== 'string' || !KB_VERSION.test(value)) throw new InvalidInputError(pointer, value, 'a knowledge-base version such as 2026.12.07.1');
  return value;
};

const toSnapshot = (r: LawSnapshotsTable): LawSnapshot => ({
  productId: r.product_id,
  productVersion: Number(r.product_version),
  kbVersion: r.kb_version,
  asOf: r.as_of,
  digest: JSON.parse(r.digest) as unknown,
  createdAt: r.created_at,
});
const toReview = (r: LawReviewsTable): LawReview => ({
  productId: r.product_id,
  productVersion: Number(r.product_version),
  kbVersion: r.kb_version,
  fromKbVersion: r.from_kb_version,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
});

export function law(ctx: Context, actor: Actor): LawScope {
  const orgId = actor.orgId;
  /** The snapshots of one product version of this organisation (the product must be visible). */
  const snapshotsOf = async (productId: string, productVersion: number) => {
    await productRow(ctx.db, orgId, productId);
    return ctx.db
      .selectFrom('law_snapshots')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('product_id', '=', productId)
      .where('product_version', '=', productVersion);
  };
  const snapshot = async (productId: string, productVersion: number, kb: string) => {
    const row = await (await snapshotsOf(productId, productVersion)).where('kb_version', '=', kb).executeTakeFirst();
    return row ? toSnapshot(row) : undefined;
  };
  return {
    snapshot,

    async firstSnapshot(productId, productVersion) {
      const row = await (await snapshotsOf(productId, productVersion)).orderBy('created_at').orderBy('id').executeTakeFirst();
      return row ? toSnapshot(row) : undefined;
    },

    async keepSnapshot(input) {
      const productVersion = v.positiveInt('/productVersion', input.productVersion);
      const kb = kbVersion('/kbVersion', input.kbVersion);
      const asOf = v.text('/asOf', input.asOf, 10);
      const digest = v.document('/digest', input.digest);
      const existing = await snapshot(input.productId, productVersion, kb);
      if (existing) return existing;
      const row: LawSnapshotsTable = {
        id: randomUUID(), org_id: orgId, product_id: input.productId, product_version: productVersion,
        kb_version: kb, as_of: asOf, digest, created_at: now(),
      };
      try {
        await ctx.db.insertInto('law_snapshots').values(row).execute();
      } catch (e) {
        // Another request took the same snapshot first: the first one stays.
        const raced = await snapshot(input.productId, productVersion, kb);
        if (raced) return raced;
        throw e;
      }
      return toSnapshot(row);
    },

    async lastReview(productId, productVersion) {
      await productRow(ctx.db, orgId, productId);
      const row = await ctx.db
        .selectFrom('law_reviews')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('product_id', '=', productId)
        .where('product_version', '=', productVersion)
        .orderBy('reviewed_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return row ? toReview(row) : undefined;
    },

    async review(productId, input) {
      requireRole(actor, 'editor');
      const productVersion = v.positiveInt('/productVersion', input?.productVersion);
      const kb = kbVersion('/kbVersion', input.kbVersion);
      const from = kbVersion('/fromKbVersion', input.fromKbVersion);
      const row: LawReviewsTable = {
        id: randomUUID(), org_id: orgId, product_id: productId, product_version: productVersion,
        kb_version: kb, from_kb_version: from, reviewed_by: actor.userId, reviewed_at: now(),
      };
      await writeTx(ctx, async (tx, audit) => {
        await productRow(tx, orgId, productId);
        await tx.insertInto('law_reviews').values(row).execute();
        await audit({
          orgId, actorId: actor.userId, action: 'product.law_review', entityType: 'product', entityId: productId,
          change: { productVersion, fromKbVersion: from, kbVersion: kb, items: input.items },
        });
      });
      return toReview(row);
    },
  };
}
