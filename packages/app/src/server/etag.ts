/**
 * Conditional reads: a successful GET of stored data or of the knowledge base carries an ETag
 * (a digest of the answer), and a client that sends it back in If-None-Match gets 304 without the
 * body. Such answers may be kept by the client's own cache but must be revalidated each time
 * (`private, no-cache`); sign-in state and secrets stay `no-store`.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Reads that never get an ETag: who is signed in, credentials, and the audit trail. */
const UNCACHEABLE = /\/(?:auth|health)(?:\/|$)|\/(?:tokens|invitations|members|audit)(?:\/|$|\?)/;

const matches = (ifNoneMatch: string, etag: string): boolean =>
  ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

export const conditionalGet: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200 || UNCACHEABLE.test(c.req.path) || !c.res.body) return;
  const body = new Uint8Array(await c.res.clone().arrayBuffer());
  // Weak: the same answer may go out in several encodings.
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = new Headers(c.res.headers);
  headers.set('etag', etag);
  headers.set('cache-control', 'private, no-cache');
  const inm = c.req.header('if-none-match');
  if (inm !== undefined && matches(inm, etag)) {
    headers.delete('content-type');
    headers.delete('content-length');
    c.res = new Response(null, { status: 304, headers });
    return;
  }
  c.res = new Response(body, { status: 200, headers });
};
