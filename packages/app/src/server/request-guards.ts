/** Limits on what a request may carry before any route sees it. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.ts';
import { HttpProblem } from './problem.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export const limitBody = (maxSize = MAX_BODY_BYTES): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new HttpProblem('too-large', `The body exceeds ${maxSize} bytes.`);
    },
  });

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A body must be JSON; a request without one (logout, delete) needs no content type. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (WITH_BODY.has(c.req.method)) {
    const type = c.req.header('content-type');
    const length = c.req.header('content-length');
    const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    if ((hasBody || type !== undefined) && (type === undefined || !JSON_TYPE.test(type))) {
      // The body is left unread: the answer closes the connection (see start.ts).
      throw new HttpProblem('unsupported-media-type', `The body must be application/json (got ${type ?? 'no content type'}).`, {
        errors: [{ pointer: '/content-type', in: 'header', ...(type !== undefined ? { value: type } : {}), expected: 'application/json' }],
      });
    }
  }
  await next();
};

/**
 * Reads a JSON body once (the validators reuse the cached text) and refuses one nested deeper than
 * any of our documents, before parsing, validation or an error answer could recurse through it.
 */
export const limitJsonDepth: MiddlewareHandler = async (c, next) => {
  if (WITH_BODY.has(c.req.method) && JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    const text = await c.req.text();
    if (exceedsJsonDepth(text)) {
      throw new HttpProblem('validation', `The body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`, {
        errors: [{ pointer: '', in: 'body', expected: `JSON nested at most ${MAX_JSON_DEPTH} levels deep` }],
      });
    }
  }
  await next();
};

const declaresBody = (headers: Headers): boolean => {
  const length = headers.get('content-length');
  return (length !== null && length !== '0') || headers.has('transfer-encoding');
};

/**
 * An answer given without reading the whole body (a 413, a 415, a 204 that ignores its body)
 * says `Connection: close`: the unread bytes would otherwise be taken for the next request on a
 * kept-alive connection, or the server would drop the connection under the client's next request.
 */
export const closeOnUnreadBody: MiddlewareHandler = async (c, next) => {
  await next();
  if (!declaresBody(c.req.raw.headers)) return;
  if (c.res.status === 413 || !c.req.raw.bodyUsed) c.header('connection', 'close');
};
