/** Law changes per organisation and product: what a newer knowledge-base version changed, and its review. */
import { createRoute, z } from '@hono/zod-openapi';
import { KB_VERSION } from '@iomt/core';
import { requireRole } from './auth.ts';
import { todayOf } from './engine-ops.ts';
import { orgLawChanges, productLawChange } from './law-change-ops.ts';
import type { ProductLawChange } from './law-change-ops.ts';
import { OrgParams } from './org-admin-routes.ts';
import { scopeOf } from './org-json.ts';
import { invalid } from './problem.ts';
import { createRouter } from './router.ts';
import { errors, IdSchema, json, jsonBody } from './schemas.ts';
import { SECURED } from './security.ts';

const TAGS = ['Law changes'];
const ProductParams = OrgParams.extend({ productId: IdSchema });
const LawChange = z.looseObject({}).openapi('ProductLawChange', {
  description: 'One product: `status` (`up-to-date`, `unchanged`, `changed`), the versions compared, the date both are assessed at, the last review and the differences, each with the changelog entries that caused it.',
});
const Review = z
  .strictObject({
    productVersion: z.number().int().min(1).openapi({ description: 'The product version whose changes were read.' }),
    kbVersion: z.string().max(40).openapi({ description: 'The knowledge-base version whose changes were read; must be the running one.', example: KB_VERSION }),
  })
  .openapi('LawChangeReview');

const summary = (c: ProductLawChange) => ({
  product: c.product,
  status: c.status,
  knowledgeBase: c.knowledgeBase,
  fromKbVersion: c.fromKbVersion,
  assessedOn: c.assessedOn,
  lastReview: c.lastReview,
  changes: c.diff?.items.length ?? 0,
  byArea: Object.fromEntries(['act', 'obligation', 'classification', 'deadline'].map((a) => [a, c.diff?.items.filter((i) => i.area === a).length ?? 0])),
});

export function lawChangeRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/law-changes',
      operationId: 'listLawChanges',
      tags: TAGS,
      summary: 'Every product of the organisation and what the running knowledge-base version changed for it',
      security: SECURED,
      request: { params: OrgParams },
      responses: {
        200: json(z.object({ knowledgeBase: z.string(), products: z.array(z.looseObject({})) }).openapi('LawChangeList'), 'Products needing review first.'),
        ...errors(401, 403, 404),
      },
    }),
    async (c) => {
      const all = await orgLawChanges(scopeOf(c), todayOf(c.get('now')()));
      const rank = { changed: 0, unchanged: 1, 'up-to-date': 2 } as const;
      const products = all.sort((a, b) => rank[a.status] - rank[b.status]).map(summary);
      return c.json({ knowledgeBase: KB_VERSION, products }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}/law-changes',
      operationId: 'getProductLawChanges',
      tags: TAGS,
      summary: 'What changed for one product since it was last reviewed: acts, duties, classifications and incident deadlines, with their causes',
      security: SECURED,
      request: { params: ProductParams },
      responses: { 200: json(LawChange, 'The product’s law changes.'), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const change = await productLawChange(scopeOf(c), c.req.valid('param').productId, todayOf(c.get('now')()));
      return c.json(change as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/products/{productId}/law-changes/review',
      operationId: 'reviewProductLawChanges',
      tags: TAGS,
      summary: 'Mark the changes of the running knowledge-base version as reviewed for this product (audited)',
      security: SECURED,
      request: { params: ProductParams, body: jsonBody(Review) },
      responses: { 200: json(LawChange, 'The product, now up to date.'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const { productId } = c.req.valid('param');
      const body = c.req.valid('json');
      const scope = scopeOf(c);
      const today = todayOf(c.get('now')());
      const change = await productLawChange(scope, productId, today);
      if (body.kbVersion !== KB_VERSION) {
        throw invalid([{ pointer: '/kbVersion', in: 'body', value: body.kbVersion, expected: `the running knowledge-base version ${KB_VERSION}` }]);
      }
      if (body.productVersion !== change.product.version) {
        throw invalid([{ pointer: '/productVersion', in: 'body', value: body.productVersion, expected: `the product's latest version ${change.product.version}` }]);
      }
      await scope.law.review(productId, { productVersion: body.productVersion, kbVersion: KB_VERSION, fromKbVersion: change.fromKbVersion, items: change.diff?.items.length ?? 0 });
      return c.json((await productLawChange(scope, productId, today)) as unknown as Record<string, unknown>, 200);
    },
  );

  return app;
}
