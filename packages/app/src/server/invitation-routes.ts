/**
 * Invitations: owners invite an e-mail address with a role; the invited person accepts, signed in
 * (or creating the account with the invitation). Inviting answers the same whether or not the
 * address has an account, and nobody is added to an organisation without accepting.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Invitation, Membership } from '../store/contract.ts';
import { requireRole, unauthenticated } from './auth.ts';
import { organisationJson, pageJson, pageRequest, scopeOf } from './org-json.ts';
import { OrgParams } from './org-admin-routes.ts';
import { createRouter } from './router.ts';
import type { ApiEnv } from './router.ts';
import { errors, IdSchema, json, jsonBody, NameSchema, OrganisationSchema, PageQuerySchema, pageOf, RoleSchema, UserSchema } from './schemas.ts';
import { SECURED } from './security.ts';

const TAGS = ['Invitations'];

export const InvitationSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    email: z.string(),
    role: RoleSchema,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Invitation');

const invitationJson = (i: Invitation) => ({
  id: i.id,
  orgId: i.orgId,
  email: i.email,
  role: i.role,
  status: i.status,
  createdBy: i.createdBy,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  acceptedAt: i.acceptedAt,
  revokedAt: i.revokedAt,
});

const JoinedSchema = z.object({ organisation: OrganisationSchema, role: RoleSchema }).openapi('JoinedOrganisation');
const joinedJson = (m: Membership) => ({ organisation: organisationJson(m.organisation), role: m.role });

const SecretSchema = z.string().min(1).max(200).openapi({ description: 'The invitation secret the owner passed on.' });
const CreateInvitation = z
  .strictObject({
    email: z.string().trim().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/, 'an e-mail address'),
    role: RoleSchema,
    expiresInDays: z.number().int().min(1).max(90).optional().openapi({ description: 'Days until the invitation lapses (default 7).' }),
  })
  .openapi('CreateInvitationRequest');
const InvitationQuery = PageQuerySchema.extend({ status: z.enum(['pending', 'accepted', 'revoked', 'expired']).optional() });
const InvitationParams = OrgParams.extend({ invitationId: IdSchema });

/** The signed-in user's id; an API token speaks for an organisation, not for a person joining one. */
function signedInUser(c: Context<ApiEnv>): string {
  const caller = c.get('caller');
  if (!caller || caller.via !== 'session') throw unauthenticated('Accept an invitation signed in with your own account (POST /api/v1/auth/login), not with an API token.');
  return caller.userId;
}

export function invitationRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/invitations',
      operationId: 'listInvitations',
      tags: TAGS,
      summary: 'Invitations of the organisation (owner), optionally by status',
      security: SECURED,
      request: { params: OrgParams, query: InvitationQuery },
      responses: { 200: json(pageOf(InvitationSchema), 'A page of invitations.'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      const q = c.req.valid('query');
      return c.json(pageJson(await scopeOf(c).invitations.list({ ...pageRequest(q), ...(q.status ? { status: q.status } : {}) }), invitationJson), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/invitations',
      operationId: 'createInvitation',
      tags: TAGS,
      summary: 'Invite an e-mail address with a role (owner); the secret is returned once, to pass on to the invited person',
      description: 'The answer is the same whether or not the address has an account. The person joins only by accepting.',
      security: SECURED,
      request: { params: OrgParams, body: jsonBody(CreateInvitation) },
      responses: {
        201: json(z.object({ invitation: InvitationSchema, secret: z.string() }).openapi('CreatedInvitation'), 'The invitation and its secret (shown this once).'),
        ...errors(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      const b = c.req.valid('json');
      const { invitation, secret } = await scopeOf(c).invitations.create({ email: b.email, role: b.role, ...(b.expiresInDays ? { ttlSeconds: b.expiresInDays * 86_400 } : {}) });
      return c.json({ invitation: invitationJson(invitation), secret }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/invitations/{invitationId}',
      operationId: 'revokeInvitation',
      tags: TAGS,
      summary: 'Revoke an invitation (owner); an accepted one stays accepted',
      security: SECURED,
      request: { params: InvitationParams },
      responses: { 200: json(InvitationSchema, 'The invitation as it now stands.'), ...errors(401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'owner');
      return c.json(invitationJson(await scopeOf(c).invitations.revoke(c.req.valid('param').invitationId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/invitations/accept',
      operationId: 'acceptInvitation',
      tags: TAGS,
      summary: 'Accept an invitation addressed to your e-mail (signed in)',
      description: 'An unknown, expired, revoked or used secret, or one for another address, answers 404 alike.',
      security: SECURED,
      request: { body: jsonBody(z.strictObject({ secret: SecretSchema }).openapi('AcceptInvitationRequest')) },
      responses: { 200: json(JoinedSchema, 'You are now a member.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => c.json(joinedJson(await c.get('store').invitations.accept(c.req.valid('json').secret, signedInUser(c))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/invitations/sign-up',
      operationId: 'signUpWithInvitation',
      tags: TAGS,
      summary: "Create the account of an invitation's address and join (no sign-in needed)",
      description: 'When the address already has an account the answer is 409: sign in and accept instead.',
      request: {
        body: jsonBody(
          z.strictObject({ secret: SecretSchema, displayName: NameSchema, password: z.string().min(12).max(1024) }).openapi('SignUpWithInvitationRequest'),
        ),
      },
      responses: {
        201: json(z.object({ user: UserSchema, organisation: OrganisationSchema, role: RoleSchema }).openapi('SignedUp'), 'The account exists and is a member; sign in with it.'),
        ...errors(400, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const { user, membership } = await c.get('store').invitations.acceptAsNewUser(b.secret, { displayName: b.displayName, password: b.password });
      return c.json({ user: { id: user.id, email: user.email, displayName: user.displayName, createdAt: user.createdAt, disabled: user.disabled }, ...joinedJson(membership) }, 201);
    },
  );

  return app;
}
