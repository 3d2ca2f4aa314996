/**
 * Who is calling: a Bearer token (scripts, no CSRF) or the session cookie (browsers; unsafe
 * methods must echo the session's CSRF token in a header). Org-scoped routes then check that the
 * caller belongs to the organisation in the path, answering 404 otherwise.
 */
import { timingSafeEqual } from 'node:crypto';
import { getCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import type { Actor, Role } from '../store/contract.ts';
import { HttpProblem, notFound } from './problem.ts';
import type { ApiEnv, Caller } from './router.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './security.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const unauthenticated = (detail = 'Sign in (POST /api/v1/auth/login) or send an API token as `Authorization: Bearer <token>`.') =>
  new HttpProblem('unauthenticated', detail, { headers: { 'www-authenticate': 'Bearer realm="iomt"' } });

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Establishes `caller` (or null); never rejects by itself. */
export const identify: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const store = c.get('store');
  let caller: Caller | null = null;
  let problem: string | undefined;
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const m = /^Bearer\s+(\S{1,512})$/i.exec(authorization);
    const actor = m?.[1] ? await store.accounts.resolveToken(m[1]) : null;
    if (actor) caller = { via: 'token', userId: actor.userId, actor };
    else problem = m?.[1] ? 'The API token is unknown, revoked or expired.' : 'The Authorization header must be `Bearer <token>`.';
  } else {
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret !== undefined && secret.length > 0 && secret.length <= 512) {
      const session = await store.accounts.findSession(secret);
      if (session && Date.parse(session.expiresAt) > c.get('now')().getTime()) {
        const user = await store.accounts.findUser(session.userId);
        if (user && !user.disabled) caller = { via: 'session', userId: session.userId, csrfToken: session.csrfToken, sessionSecret: secret };
      }
    }
  }
  c.set('caller', caller);
  c.set('credentialProblem', problem);
  await next();
};

/** Rejects anonymous callers, and cookie-authenticated unsafe requests without the CSRF token. */
export const requireCaller: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const caller = c.get('caller');
  if (!caller) throw unauthenticated(c.get('credentialProblem'));
  if (caller.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER);
    if (sent === undefined || !sameSecret(sent, caller.csrfToken)) {
      throw new HttpProblem('csrf', `Requests signed in by cookie must send the ${CSRF_HEADER} header with the csrfToken from login or GET /api/v1/auth/me.`);
    }
  }
  await next();
};

/** Binds the actor for `/orgs/{orgId}/…`: a non-member, or a token of another organisation, gets 404. */
export const requireMembership: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const caller = c.get('caller');
  const orgId = c.req.param('orgId');
  if (!caller) throw unauthenticated();
  if (orgId === undefined || !/^[A-Za-z0-9_-]{1,100}$/.test(orgId)) throw notFound();
  let actor: Actor | null;
  if (caller.via === 'token') actor = caller.actor.orgId === orgId ? caller.actor : null;
  else actor = await c.get('store').accounts.actorFor(caller.userId, orgId, 'session');
  if (!actor) throw notFound();
  c.set('actor', actor);
  await next();
};

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

export function requireRole(actor: Actor, needed: Role): void {
  if (RANK[actor.role] < RANK[needed]) throw new HttpProblem('forbidden', `This needs the ${needed} role; you have ${actor.role}.`);
}
