/** The organisation itself, its members, API tokens, saved scenarios and audit log. */
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from './auth.ts';
import { auditJson, memberJson, organisationJson, pageJson, pageRequest, scenarioJson, scopeOf, tokenJson } from './org-json.ts';
import { HttpProblem } from './problem.ts';
import { createRouter } from './router.ts';
import {
  ApiTokenSchema,
  AuditEntrySchema,
  errors,
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  json,
  jsonBody,
  MemberSchema,
  NameSchema,
  OrganisationSchema,
  PageQuerySchema,
  pageOf,
  RoleSchema,
  SavedScenarioSchema,
  ScenarioIdSchema,
} from './schemas.ts';
import { SECURED } from './security.ts';

export const OrgParams = z.object({ orgId: IdSchema });
const MemberParams = OrgParams.extend({ userId: IdSchema });
const TokenParams = OrgParams.extend({ tokenId: IdSchema });
const ScenarioParams = OrgParams.extend({ id: IdSchema });

const CreateToken = z
  .strictObject({ name: NameSchema, role: RoleSchema, expiresAt: InstantSchema.nullable().optional() })
  .openapi('CreateTokenRequest');
const CreateScenario = z
  .strictObject({ name: NameSchema, scenarios: z.array(ScenarioIdSchema).max(20), asOf: IsoDateSchema.nullable().optional() })
  .openapi('CreateScenarioRequest');
const UpdateScenario = z
  .strictObject({
    name: NameSchema.optional(),
    scenarios: z.array(ScenarioIdSchema).max(20).optional(),
    asOf: IsoDateSchema.nullable().optional().openapi({ description: 'null clears the date.' }),
  })
  .openapi('UpdateScenarioRequest', { description: 'The fields to change; at least one.' });
const AuditQuery = PageQuerySchema.extend({
  action: z
    .string()
    .regex(/^[a-z][a-z0-9_.]{0,99}$/, 'an action such as product.create')
    .optional()
    .openapi({ description: 'Only entries of this action, e.g. `product.create`.' }),
  entityType: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,99}$/, 'an entity type such as product')
    .optional()
    .openapi({ description: 'Only entries about this kind of entity, e.g. `incident`.' }),
  entityId: z.string().trim().min(1).max(100).optional().openapi({ description: 'Only entries about the entity with this id.' }),
});

const TAG_ORG = ['Organisation'];
const TAG_MEMBERS = ['Members and tokens'];
const TAG_SCEN = ['Saved scenarios'];

export function orgAdminRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}',
      operationId: 'getOrganisation',
      tags: TAG_ORG,
      summary: 'The organisation and your role in it',
      security: SECURED,
      request: { params: OrgParams },
      responses: { 200: json(OrganisationSchema.extend({ role: RoleSchema }).openapi('OrganisationWithRole'), 'The organisation.'), ...errors(401, 404) },
    }),
    async (c) => {
      const org = await scopeOf(c).organisation();
      return c.json({ ...organisationJson(org), role: c.get('actor').role }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/members',
      operationId: 'listMembers',
      tags: TAG_MEMBERS,
      summary: 'Members and their roles',
      security: SECURED,
      request: { params: OrgParams, query: PageQuerySchema },
      responses: { 200: json(pageOf(MemberSchema), 'A page of members.'), ...errors(400, 401, 404) },
    }),
    async (c) => c.json(pageJson(await scopeOf(c).members.list(pageRequest(c.req.valid('query'))), memberJson), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/members/{userId}',
      operationId: 'setMemberRole',
      tags: TAG_MEMBERS,
      summary: "Change a member's role (owner; the last owner stays)",
      security: SECURED,
      request: { params: MemberParams, body: jsonBody(z.strictObject({ role: RoleSchema }).openapi('SetRoleRequest')) },
      responses: { 200: json(MemberSchema, 'The member.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      return c.json(memberJson(await scopeOf(c).members.setRole(c.req.valid('param').userId, c.req.valid('json').role)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/members/{userId}',
      operationId: 'removeMember',
      tags: TAG_MEMBERS,
      summary: 'Remove a member (owner; the last owner stays)',
      security: SECURED,
      request: { params: MemberParams },
      responses: { 204: { description: 'Removed.' }, ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      await scopeOf(c).members.remove(c.req.valid('param').userId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/tokens',
      operationId: 'listTokens',
      tags: TAG_MEMBERS,
      summary: 'API tokens (owner); secrets are never shown again',
      security: SECURED,
      request: { params: OrgParams, query: PageQuerySchema },
      responses: { 200: json(pageOf(ApiTokenSchema), 'A page of tokens.'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      return c.json(pageJson(await scopeOf(c).tokens.list(pageRequest(c.req.valid('query'))), tokenJson), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/tokens',
      operationId: 'createToken',
      tags: TAG_MEMBERS,
      summary: 'Create an API token (owner); the secret is returned once',
      security: SECURED,
      request: { params: OrgParams, body: jsonBody(CreateToken) },
      responses: {
        201: json(z.object({ token: ApiTokenSchema, secret: z.string() }).openapi('CreatedToken'), 'The token and its secret (shown this once).'),
        ...errors(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      const b = c.req.valid('json');
      const expiresAt = b.expiresAt ? new Date(b.expiresAt).toISOString() : null;
      if (expiresAt !== null && Date.parse(expiresAt) <= c.get('now')().getTime()) {
        throw new HttpProblem('validation', 'expiresAt is in the past.', { errors: [{ pointer: '/expiresAt', in: 'body', value: b.expiresAt, expected: 'an instant in the future' }] });
      }
      const { token, secret } = await scopeOf(c).tokens.create({ name: b.name, role: b.role, expiresAt });
      return c.json({ token: tokenJson(token), secret }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/tokens/{tokenId}',
      operationId: 'revokeToken',
      tags: TAG_MEMBERS,
      summary: 'Revoke an API token (owner)',
      security: SECURED,
      request: { params: TokenParams },
      responses: { 204: { description: 'Revoked.' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      await scopeOf(c).tokens.revoke(c.req.valid('param').tokenId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/scenarios',
      operationId: 'listSavedScenarios',
      tags: TAG_SCEN,
      summary: 'Saved sets of scenarios',
      security: SECURED,
      request: { params: OrgParams, query: PageQuerySchema },
      responses: { 200: json(pageOf(SavedScenarioSchema), 'A page of saved scenarios.'), ...errors(400, 401, 404) },
    }),
    async (c) => c.json(pageJson(await scopeOf(c).scenarios.list(pageRequest(c.req.valid('query'))), scenarioJson), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/scenarios',
      operationId: 'createSavedScenario',
      tags: TAG_SCEN,
      summary: 'Save a set of scenarios (editor)',
      security: SECURED,
      request: { params: OrgParams, body: jsonBody(CreateScenario) },
      responses: { 201: json(SavedScenarioSchema, 'The saved scenario.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      return c.json(scenarioJson(await scopeOf(c).scenarios.create({ name: b.name, scenarios: b.scenarios, asOf: b.asOf ?? null })), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/scenarios/{id}',
      operationId: 'getSavedScenario',
      tags: TAG_SCEN,
      summary: 'One saved scenario',
      security: SECURED,
      request: { params: ScenarioParams },
      responses: { 200: json(SavedScenarioSchema, 'The saved scenario.'), ...errors(401, 404) },
    }),
    async (c) => c.json(scenarioJson(await scopeOf(c).scenarios.get(c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/scenarios/{id}',
      operationId: 'updateSavedScenario',
      tags: TAG_SCEN,
      summary: 'Change the name, scenarios or date of a saved scenario (editor)',
      security: SECURED,
      request: { params: ScenarioParams, body: jsonBody(UpdateScenario) },
      responses: { 200: json(SavedScenarioSchema, 'The saved scenario as changed.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const input = {
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.scenarios !== undefined ? { scenarios: b.scenarios } : {}),
        ...(b.asOf !== undefined ? { asOf: b.asOf } : {}),
      };
      return c.json(scenarioJson(await scopeOf(c).scenarios.update(c.req.valid('param').id, input)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/scenarios/{id}',
      operationId: 'deleteSavedScenario',
      tags: TAG_SCEN,
      summary: 'Delete a saved scenario (editor)',
      security: SECURED,
      request: { params: ScenarioParams },
      responses: { 204: { description: 'Deleted.' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      await scopeOf(c).scenarios.remove(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/audit',
      operationId: 'listAudit',
      tags: TAG_ORG,
      summary: "The organisation's audit log, newest first (hash-chained), optionally filtered",
      security: SECURED,
      request: { params: OrgParams, query: AuditQuery },
      responses: { 200: json(pageOf(AuditEntrySchema), 'A page of audit entries.'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filter = {
        ...(q.action !== undefined ? { action: q.action } : {}),
        ...(q.entityType !== undefined ? { entityType: q.entityType } : {}),
        ...(q.entityId !== undefined ? { entityId: q.entityId } : {}),
      };
      return c.json(pageJson(await scopeOf(c).audit({ ...pageRequest(q), ...filter }), auditJson), 200);
    },
  );

  return app;
}
