/** Instance administration over HTTP: the administrator lists every organisation and creates new ones. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { slugify } from '../store/slug.ts';
import { unauthenticated } from './auth.ts';
import { organisationJson, pageJson, pageRequest } from './org-json.ts';
import { HttpProblem } from './problem.ts';
import { createRouter } from './router.ts';
import type { ApiEnv } from './router.ts';
import { errors, json, jsonBody, NameSchema, OrganisationSchema, PageQuerySchema, pageOf } from './schemas.ts';
import { SECURED } from './security.ts';

const TAGS = ['Instance'];

const CreateOrganisation = z
  .strictObject({
    name: NameSchema,
    slug: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'a slug of lower-case letters, digits and inner hyphens')
      .optional()
      .openapi({ description: 'Default: derived from the name.' }),
  })
  .openapi('CreateOrganisationRequest');

/** The signed-in instance administrator; tokens (which speak for one organisation) never are. */
async function requireAdmin(c: Context<ApiEnv>): Promise<string> {
  const caller = c.get('caller');
  if (!caller) throw unauthenticated();
  if (caller.via !== 'session' || !(await c.get('store').admin.isAdmin(caller.userId))) {
    throw new HttpProblem('forbidden', 'Only an instance administrator, signed in with their account, may do this (`iomt admin grant EMAIL`).');
  }
  return caller.userId;
}

export function instanceRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs',
      operationId: 'listOrganisations',
      tags: TAGS,
      summary: 'Every organisation of this instance (instance administrator)',
      security: SECURED,
      request: { query: PageQuerySchema },
      responses: { 200: json(pageOf(OrganisationSchema), 'A page of organisations.'), ...errors(400, 401, 403) },
    }),
    async (c) => {
      await requireAdmin(c);
      return c.json(pageJson(await c.get('store').admin.listOrganisations(pageRequest(c.req.valid('query'))), organisationJson), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs',
      operationId: 'createOrganisation',
      tags: TAGS,
      summary: 'Create an organisation (instance administrator), who becomes its first owner and invites the others',
      security: SECURED,
      request: { body: jsonBody(CreateOrganisation) },
      responses: { 201: json(OrganisationSchema, 'The new organisation.'), ...errors(400, 401, 403, 409, 413, 415) },
    }),
    async (c) => {
      const userId = await requireAdmin(c);
      const b = c.req.valid('json');
      const slug = b.slug ?? slugify(b.name);
      if (slug === '') {
        throw new HttpProblem('validation', 'No slug can be derived from this name; give one.', { errors: [{ pointer: '/slug', in: 'body', expected: 'a slug of lower-case letters, digits and inner hyphens' }] });
      }
      return c.json(organisationJson(await c.get('store').accounts.createOrganisation({ name: b.name, slug }, userId)), 201);
    },
  );

  return app;
}
