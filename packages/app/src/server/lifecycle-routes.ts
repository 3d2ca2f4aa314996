/**
 * Support periods, update duties and product liability over HTTP: stateless POST endpoints
 * taking the same files as `iomt lifecycle` and `iomt liability`, and the support analysis of
 * a stored product from its latest profile (its `product.lifecycle` facts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { analyseLiability, analyseLifecycle, parseLiabilityCase, parseLifecycleCase, parseProfile } from '@iomt/core';
import type { ProfileIssue } from '@iomt/core';
import { liabilityMarkdown, lifecycleMarkdown } from '../outputs/lifecycle-outputs.ts';
import { plain, todayOf } from './engine-ops.ts';
import { OrgParams } from './org-admin-routes.ts';
import { scopeOf } from './org-json.ts';
import { invalid } from './problem.ts';
import { createRouter } from './router.ts';
import { EngineResult, errors, IdSchema, IsoDateSchema, json, jsonBody } from './schemas.ts';
import { SECURED } from './security.ts';

const TAGS = ['Support and liability'];
const Within = z.number().int().min(0).max(120).openapi({ description: 'Months before the support end from which a unit counts as "ending soon" (default 6).' });
const Format = z.enum(['json', 'markdown']).openapi({ description: '`json` (default): the analysis; `markdown`: the printable report.' });

const LifecycleBody = z.strictObject({
  case: z.looseObject({}).openapi({ description: 'A lifecycle file: a profile with `product.lifecycle` facts and optional `units` (JSON Schema: `iomt lifecycle --schema`).' }),
  asOf: IsoDateSchema.optional(),
  endingWithinMonths: Within.optional(),
  format: Format.optional(),
}).openapi('LifecycleRequest');
const LiabilityBody = z.strictObject({
  case: z.looseObject({}).openapi({ description: 'A damage case (JSON Schema: `iomt liability --schema`).' }),
  asOf: IsoDateSchema.optional(),
  format: Format.optional(),
}).openapi('LiabilityRequest');
const ProductQuery = z.object({
  asOf: IsoDateSchema.optional(),
  within: z.coerce.number().int().min(0).max(120).optional().openapi({ param: { name: 'within', in: 'query' }, description: 'The "ending soon" window in months (default 6).' }),
});
const ProductParams = OrgParams.extend({ productId: IdSchema });

export const LifecycleResult = EngineResult('LifecycleAnalysis', 'As `iomt lifecycle --format json` (`format: iomt-lifecycle/1`): the model, each unit, update duties, timeline, contested points and questions.');
export const LiabilityResult = EngineResult('LiabilityAnalysis', 'As `iomt liability --format json` (`format: iomt-liability/1`): regime, product, damage, defectiveness, presumptions, operators, exemptions, periods, contested points and questions.');
const MARKDOWN = { 'text/markdown': { schema: z.string() } };

const issuesAt = (issues: readonly ProfileIssue[], prefix: string) =>
  invalid(issues.map((i) => ({ pointer: prefix + i.pointer, in: 'body' as const, ...(i.value !== undefined ? { value: i.value } : {}), expected: i.message.replace(/^expected /, '') })));

export function lifecycleRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/lifecycle',
      operationId: 'lifecycle',
      tags: TAGS,
      summary: 'Support period, update duties and the support status of each unit',
      security: SECURED,
      request: { body: jsonBody(LifecycleBody) },
      responses: { 200: { description: 'The analysis (JSON) or the report (Markdown).', content: { ...json(LifecycleResult, '').content, ...MARKDOWN } }, ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      const parsed = parseLifecycleCase(b.case);
      if (!parsed.ok) throw issuesAt(parsed.issues, '/case');
      const a = analyseLifecycle(parsed.value, b.asOf ?? todayOf(c.get('now')()), { endingWithinMonths: b.endingWithinMonths ?? 6 });
      if (b.format === 'markdown') return c.body(lifecycleMarkdown(a), 200, { 'content-type': 'text/markdown; charset=utf-8' });
      return c.json(plain(a), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/liability',
      operationId: 'liability',
      tags: TAGS,
      summary: 'Product liability for a damage case: regime, liable operators, presumptions, exemptions, time limits',
      security: SECURED,
      request: { body: jsonBody(LiabilityBody) },
      responses: { 200: { description: 'The analysis (JSON) or the printable report (Markdown).', content: { ...json(LiabilityResult, '').content, ...MARKDOWN } }, ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      const parsed = parseLiabilityCase(b.case);
      if (!parsed.ok) throw issuesAt(parsed.issues, '/case');
      const a = analyseLiability(parsed.value, b.asOf ?? todayOf(c.get('now')()));
      if (b.format === 'markdown') return c.body(liabilityMarkdown(a), 200, { 'content-type': 'text/markdown; charset=utf-8' });
      return c.json(plain(a), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}/lifecycle',
      operationId: 'productLifecycle',
      tags: TAGS,
      summary: 'Support period and update duties of a stored product, from its latest profile',
      security: SECURED,
      request: { params: ProductParams, query: ProductQuery },
      responses: { 200: json(LifecycleResult, 'The analysis of the product (no units).'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const { productId } = c.req.valid('param');
      const q = c.req.valid('query');
      const scope = scopeOf(c);
      const product = await scope.products.get(productId);
      const version = await scope.products.version(productId, product.latestVersion);
      const parsed = parseProfile(version.profile);
      if (!parsed.ok) throw issuesAt(parsed.issues, '/profile');
      const a = analyseLifecycle({ ...parsed.profile, name: parsed.profile.name ?? product.name }, q.asOf ?? todayOf(c.get('now')()), { endingWithinMonths: q.within ?? 6 });
      return c.json(plain(a), 200);
    },
  );

  return app;
}
