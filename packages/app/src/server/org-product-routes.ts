/** Products (profile versions kept, never overwritten), their assessment and classification, and gap assessments. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Profile } from '@iomt/core';
import type { OrgScope, ProductVersion } from '../store/contract.ts';
import { requireRole } from './auth.ts';
import { profileFrom } from './engine-input.ts';
import { asList, assessmentReport, classificationReport, plain, todayOf } from './engine-ops.ts';
import { AssessmentReport } from './engine-routes.ts';
import { OrgParams } from './org-admin-routes.ts';
import { assessmentJson, pageJson, pageRequest, productJson, scopeOf, versionJson } from './org-json.ts';
import { invalid } from './problem.ts';
import { createRouter } from './router.ts';
import {
  AssessmentSchema,
  EngineResult,
  errors,
  GapStateRef,
  IdSchema,
  IsoDateSchema,
  json,
  jsonBody,
  NameSchema,
  NoteSchema,
  PageQuerySchema,
  pageOf,
  ProductSchema,
  ProductVersionSchema,
  ProfileRef,
  ScenarioIdSchema,
} from './schemas.ts';
import { SECURED } from './security.ts';
import { EXPORT_CONTENT, GapResultSchema } from './gap-routes.ts';
import { GAP_EXPORT_FORMATS, gapInputs, gapResult, renderGapExport, startingState, stateFrom } from './gap-ops.ts';
import type { Context } from 'hono';
import type { ApiEnv } from './router.ts';

const ProductParams = OrgParams.extend({ productId: IdSchema });
const VersionParams = ProductParams.extend({ n: z.coerce.number().int().min(1).max(1_000_000).openapi({ param: { name: 'n', in: 'path' }, example: 1 }) });
const AssessmentParams = OrgParams.extend({ id: IdSchema });
const Version = z.number().int().min(1).max(1_000_000);

const CreateProduct = z.strictObject({ name: NameSchema, profile: ProfileRef, note: NoteSchema.nullable().optional() }).openapi('CreateProductRequest');
const PatchProduct = z
  .strictObject({
    name: NameSchema.optional(),
    profile: ProfileRef.optional().openapi({ description: 'A new profile: adds a version (needs expectedVersion).' }),
    note: NoteSchema.nullable().optional(),
    expectedVersion: Version.optional().openapi({ description: 'The latestVersion you edited; required with `profile`.' }),
  })
  .openapi('PatchProductRequest');
const AddVersion = z.strictObject({ profile: ProfileRef, note: NoteSchema.nullable().optional(), expectedVersion: Version }).openapi('AddVersionRequest');
const EngineQuery = z.strictObject({
  asOf: IsoDateSchema.optional(),
  scenario: z.union([ScenarioIdSchema, z.array(ScenarioIdSchema).max(20)]).optional().openapi({ description: 'Pending proposal to switch on (repeatable).' }),
  version: z.coerce.number().int().min(1).optional().openapi({ description: 'Profile version (default: the latest).' }),
});

const AssessmentList = PageQuerySchema.extend({ productId: IdSchema.optional() });
const CreateAssessment = z
  .strictObject({
    productId: IdSchema,
    productVersion: Version.optional().openapi({ description: 'Default: the latest version.' }),
    name: NameSchema,
    state: GapStateRef.optional().openapi({ description: 'Default: every selected control not started.' }),
  })
  .openapi('CreateAssessmentRequest');
const UpdateAssessment = z.strictObject({ state: GapStateRef, name: NameSchema.optional(), expectedVersion: Version }).openapi('UpdateAssessmentRequest');
const GapQuery = z.strictObject({ asOf: IsoDateSchema.optional().openapi({ description: "Default: the state's own date." }) });
const ExportQuery = GapQuery.extend({ format: z.enum(GAP_EXPORT_FORMATS) });

const TAG_P = ['Products'];
const TAG_A = ['Assessments'];

async function versionOf(scope: OrgScope, productId: string, n?: number): Promise<ProductVersion> {
  const p = await scope.products.get(productId);
  return scope.products.version(productId, n ?? p.latestVersion);
}

/** Stored profiles were validated on write; reading them through the parser keeps the engine's input typed. */
const storedProfile = (v: ProductVersion): Profile => profileFrom(v.profile, '/profile');

/** The stored assessment with its product version's profile, ready for the gap engine. */
async function storedGapInputs(c: Context<ApiEnv>, id: string, asOf: string | undefined) {
  const scope = scopeOf(c);
  const a = await scope.assessments.get(id);
  const v = await scope.products.version(a.productId, a.productVersion);
  const state = stateFrom(a.state, '/state');
  return gapInputs(storedProfile(v), { ...(asOf ? { asOf } : {}), scenarios: [], today: todayOf(c.get('now')()), fallbackName: a.name }, state, '/state');
}

export function orgProductRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products',
      operationId: 'listProducts',
      tags: TAG_P,
      summary: 'Products',
      security: SECURED,
      request: { params: OrgParams, query: PageQuerySchema },
      responses: { 200: json(pageOf(ProductSchema), 'A page of products.'), ...errors(400, 401, 404) },
    }),
    async (c) => c.json(pageJson(await scopeOf(c).products.list(pageRequest(c.req.valid('query'))), productJson), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/products',
      operationId: 'createProduct',
      tags: TAG_P,
      summary: 'Create a product with its first profile version (editor)',
      security: SECURED,
      request: { params: OrgParams, body: jsonBody(CreateProduct) },
      responses: {
        201: json(z.object({ product: ProductSchema, version: ProductVersionSchema }).openapi('CreatedProduct'), 'The product and version 1.'),
        ...errors(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const profile = profileFrom(b.profile);
      const r = await scopeOf(c).products.create({ name: b.name, profile, note: b.note ?? null });
      return c.json({ product: productJson(r.product), version: versionJson(r.version) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}',
      operationId: 'getProduct',
      tags: TAG_P,
      summary: 'One product',
      security: SECURED,
      request: { params: ProductParams },
      responses: { 200: json(ProductSchema, 'The product.'), ...errors(401, 404) },
    }),
    async (c) => c.json(productJson(await scopeOf(c).products.get(c.req.valid('param').productId)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/products/{productId}',
      operationId: 'updateProduct',
      tags: TAG_P,
      summary: 'Rename, and/or add a profile version (editor); a stale expectedVersion gets 409',
      security: SECURED,
      request: { params: ProductParams, body: jsonBody(PatchProduct) },
      responses: { 200: json(ProductSchema, 'The product.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const { productId } = c.req.valid('param');
      const b = c.req.valid('json');
      if (b.name === undefined && b.profile === undefined) {
        throw invalid([{ pointer: '', in: 'body', value: b, expected: 'at least one of name, profile' }]);
      }
      if (b.profile !== undefined && b.expectedVersion === undefined) {
        throw invalid([{ pointer: '/expectedVersion', in: 'body', expected: 'the latestVersion the new profile is based on (required with profile)' }]);
      }
      if (b.profile === undefined && b.note !== undefined) {
        throw invalid([{ pointer: '/note', in: 'body', value: b.note, expected: 'a note only together with a new profile' }]);
      }
      const scope = scopeOf(c);
      const profile = b.profile !== undefined ? profileFrom(b.profile) : undefined;
      await scope.products.get(productId);
      if (profile !== undefined && b.expectedVersion !== undefined) {
        await scope.products.addVersion(productId, { profile, note: b.note ?? null, expectedVersion: b.expectedVersion });
      }
      const product = b.name !== undefined ? await scope.products.rename(productId, { name: b.name }) : await scope.products.get(productId);
      return c.json(productJson(product), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/products/{productId}',
      operationId: 'deleteProduct',
      tags: TAG_P,
      summary: 'Delete a product (editor)',
      security: SECURED,
      request: { params: ProductParams },
      responses: { 204: { description: 'Deleted.' }, ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      await scopeOf(c).products.remove(c.req.valid('param').productId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}/versions',
      operationId: 'listProductVersions',
      tags: TAG_P,
      summary: 'Profile versions of a product',
      security: SECURED,
      request: { params: ProductParams, query: PageQuerySchema },
      responses: { 200: json(pageOf(ProductVersionSchema), 'A page of versions.'), ...errors(400, 401, 404) },
    }),
    async (c) => c.json(pageJson(await scopeOf(c).products.versions(c.req.valid('param').productId, pageRequest(c.req.valid('query'))), versionJson), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/products/{productId}/versions',
      operationId: 'addProductVersion',
      tags: TAG_P,
      summary: 'Add a profile version (editor); expectedVersion must be the latest',
      security: SECURED,
      request: { params: ProductParams, body: jsonBody(AddVersion) },
      responses: { 201: json(ProductVersionSchema, 'The new version.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const profile = profileFrom(b.profile);
      const v = await scopeOf(c).products.addVersion(c.req.valid('param').productId, { profile, note: b.note ?? null, expectedVersion: b.expectedVersion });
      return c.json(versionJson(v), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}/versions/{n}',
      operationId: 'getProductVersion',
      tags: TAG_P,
      summary: 'One profile version',
      security: SECURED,
      request: { params: VersionParams },
      responses: { 200: json(ProductVersionSchema, 'The version.'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(versionJson(await scopeOf(c).products.version(p.productId, p.n)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}/assessment',
      operationId: 'assessProduct',
      tags: TAG_P,
      summary: 'Assess the latest profile version (or `version`)',
      security: SECURED,
      request: { params: ProductParams, query: EngineQuery },
      responses: { 200: json(AssessmentReport, 'The assessment report.'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const v = await versionOf(scopeOf(c), c.req.valid('param').productId, q.version);
      const options = { asOf: q.asOf ?? todayOf(c.get('now')()), scenarios: asList(q.scenario), horizonMonths: 24 };
      return c.json(plain(assessmentReport(storedProfile(v), options)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/products/{productId}/classification',
      operationId: 'classifyProduct',
      tags: TAG_P,
      summary: 'Classify the latest profile version (or `version`)',
      security: SECURED,
      request: { params: ProductParams, query: EngineQuery },
      responses: { 200: json(EngineResult('ClassificationReport', 'As `iomt classify --format json`.'), 'The classification.'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const v = await versionOf(scopeOf(c), c.req.valid('param').productId, q.version);
      return c.json(plain(classificationReport(storedProfile(v), { asOf: q.asOf ?? todayOf(c.get('now')()), scenarios: asList(q.scenario) })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/assessments',
      operationId: 'listAssessments',
      tags: TAG_A,
      summary: 'Gap assessments (optionally of one product)',
      security: SECURED,
      request: { params: OrgParams, query: AssessmentList },
      responses: { 200: json(pageOf(AssessmentSchema), 'A page of assessments.'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await scopeOf(c).assessments.list({ ...pageRequest(q), ...(q.productId !== undefined ? { productId: q.productId } : {}) });
      return c.json(pageJson(page, assessmentJson), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/assessments',
      operationId: 'createAssessment',
      tags: TAG_A,
      summary: 'Start a gap assessment of a product version (editor)',
      security: SECURED,
      request: { params: OrgParams, body: jsonBody(CreateAssessment) },
      responses: { 201: json(AssessmentSchema, 'The assessment.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const scope = scopeOf(c);
      let state = b.state !== undefined ? stateFrom(b.state, '/state') : undefined;
      if (state === undefined) {
        const v = await versionOf(scope, b.productId, b.productVersion);
        const profile = storedProfile(v);
        state = startingState(profile, gapInputs(profile, { scenarios: [], today: todayOf(c.get('now')()), fallbackName: b.name }).selection, b.name);
      }
      const a = await scope.assessments.create({ productId: b.productId, ...(b.productVersion !== undefined ? { productVersion: b.productVersion } : {}), name: b.name, state });
      return c.json(assessmentJson(a), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/assessments/{id}',
      operationId: 'getAssessment',
      tags: TAG_A,
      summary: 'One gap assessment',
      security: SECURED,
      request: { params: AssessmentParams },
      responses: { 200: json(AssessmentSchema, 'The assessment.'), ...errors(401, 404) },
    }),
    async (c) => c.json(assessmentJson(await scopeOf(c).assessments.get(c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/assessments/{id}',
      operationId: 'updateAssessment',
      tags: TAG_A,
      summary: 'Replace the state of a gap assessment (editor); a stale expectedVersion gets 409',
      security: SECURED,
      request: { params: AssessmentParams, body: jsonBody(UpdateAssessment) },
      responses: { 200: json(AssessmentSchema, 'The assessment.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const state = stateFrom(b.state, '/state');
      const a = await scopeOf(c).assessments.update(c.req.valid('param').id, { state, ...(b.name !== undefined ? { name: b.name } : {}), expectedVersion: b.expectedVersion });
      return c.json(assessmentJson(a), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/assessments/{id}',
      operationId: 'deleteAssessment',
      tags: TAG_A,
      summary: 'Delete a gap assessment (editor)',
      security: SECURED,
      request: { params: AssessmentParams },
      responses: { 204: { description: 'Deleted.' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      await scopeOf(c).assessments.remove(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/assessments/{id}/gap',
      operationId: 'getAssessmentGap',
      tags: TAG_A,
      summary: 'Checklist, coverage and ranked gaps of a stored assessment',
      security: SECURED,
      request: { params: AssessmentParams, query: GapQuery },
      responses: { 200: json(GapResultSchema, 'The gap result.'), ...errors(400, 401, 404) },
    }),
    async (c) => c.json(plain(gapResult(await storedGapInputs(c, c.req.valid('param').id, c.req.valid('query').asOf))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/assessments/{id}/export',
      operationId: 'exportAssessment',
      tags: TAG_A,
      summary: 'A stored assessment as OSCAL, CSV, Markdown or HTML',
      security: SECURED,
      request: { params: AssessmentParams, query: ExportQuery },
      responses: { 200: { description: 'The export, in the media type of `format`.', content: EXPORT_CONTENT }, ...errors(400, 401, 404) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const out = renderGapExport(await storedGapInputs(c, c.req.valid('param').id, q.asOf), q.format);
      return c.body(out.body, 200, { 'content-type': out.type, 'content-disposition': `attachment; filename="${out.filename}"` });
    },
  );

  return app;
}
