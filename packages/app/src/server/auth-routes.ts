/** Sign-in, sign-out and "who am I". */
import { createRoute, z } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import { clientAddressOf, isHttps } from './client-origin.ts';
import type { TrustedProxies } from './client-origin.ts';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { Membership, User } from '../store/contract.ts';
import { unauthenticated } from './auth.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { HttpProblem } from './problem.ts';
import { createRouter } from './router.ts';
import type { ApiEnv } from './router.ts';
import { errors, json, jsonBody, MembershipSchema, UserSchema } from './schemas.ts';
import { SECURED, SESSION_COOKIE } from './security.ts';

export const SESSION_TTL_SECONDS = 12 * 3600;
const TAGS = ['Auth'];

const WhoAmI = z
  .object({
    user: UserSchema,
    organisations: z.array(MembershipSchema),
    csrfToken: z.string().nullable().openapi({ description: 'Send as X-CSRF-Token on unsafe requests signed in by cookie; null for tokens.' }),
    instanceAdmin: z.boolean().openapi({ description: 'May list and create organisations (GET/POST /api/v1/orgs); always false for tokens.' }),
  })
  .openapi('WhoAmI');

const LoginBody = z
  .strictObject({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) })
  .openapi('LoginRequest');

/** The client's address: the socket's, or the trusted proxy's view of it (client-origin.ts). */
function clientAddress(c: Context<ApiEnv>, trusted: TrustedProxies): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    socket = undefined;
  }
  return clientAddressOf(socket, c.req.header('x-forwarded-for'), trusted);
}

const userJson = (u: User) => ({ id: u.id, email: u.email, displayName: u.displayName, createdAt: u.createdAt, disabled: u.disabled });
const orgsJson = (ms: readonly Membership[]) => ms.map((m) => ({ id: m.organisation.id, slug: m.organisation.slug, name: m.organisation.name, role: m.role }));

export function authRoutes(limiter: LoginLimiter, trustedProxies: TrustedProxies = 0) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      operationId: 'login',
      tags: TAGS,
      summary: 'Sign in with e-mail and password; sets the session cookie',
      request: { body: jsonBody(LoginBody) },
      responses: { 200: json(WhoAmI, 'Signed in; the `iomt_session` cookie is set.'), ...errors(400, 401, 413, 415, 429) },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const address = clientAddress(c, trustedProxies);
      const store = c.get('store');
      const wait = await limiter.retryAfter(store, address, email);
      if (wait > 0) {
        throw new HttpProblem('rate-limited', `Too many failed sign-ins; try again in ${wait} seconds.`, {
          headers: { 'retry-after': String(wait) },
          fields: { retryAfterSeconds: wait },
        });
      }
      const accounts = c.get('store').accounts;
      const user = await accounts.verifyPassword(email, password);
      if (!user) {
        await limiter.fail(store, address, email);
        throw unauthenticated('Wrong e-mail or password.');
      }
      await limiter.succeed(store, address, email);
      const { secret, session } = await accounts.createSession(user.id, SESSION_TTL_SECONDS);
      setCookie(c, SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: isHttps(c.req.url, c.req.header('x-forwarded-proto'), trustedProxies),
        path: '/',
        maxAge: SESSION_TTL_SECONDS,
      });
      return c.json(
        { user: userJson(user), organisations: orgsJson(await accounts.membershipsOf(user.id)), csrfToken: session.csrfToken, instanceAdmin: await store.admin.isAdmin(user.id) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      operationId: 'logout',
      tags: TAGS,
      summary: 'End the session (cookie); a no-op for tokens',
      security: SECURED,
      responses: { 204: { description: 'Signed out.' }, ...errors(401, 403) },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (caller?.via === 'session') await c.get('store').accounts.deleteSession(caller.sessionSecret);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      operationId: 'whoAmI',
      tags: TAGS,
      summary: 'The signed-in user, their organisations and the CSRF token',
      security: SECURED,
      responses: { 200: json(WhoAmI, 'The caller.'), ...errors(401) },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (!caller) throw unauthenticated();
      const accounts = c.get('store').accounts;
      const user = await accounts.findUser(caller.userId);
      if (!user) throw unauthenticated();
      const memberships = await accounts.membershipsOf(user.id);
      // A token speaks for one organisation only.
      const visible = caller.via === 'token' ? memberships.filter((m) => m.organisation.id === caller.actor.orgId).map((m) => ({ ...m, role: caller.actor.role })) : memberships;
      const instanceAdmin = caller.via === 'session' && (await c.get('store').admin.isAdmin(user.id));
      return c.json({ user: userJson(user), organisations: orgsJson(visible), csrfToken: caller.via === 'session' ? caller.csrfToken : null, instanceAdmin }, 200);
    },
  );

  return app;
}
