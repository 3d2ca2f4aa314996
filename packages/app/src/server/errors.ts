/** Every error becomes a problem document; unexpected ones are logged with their stack and answered 500 without it. */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { InputError, TimeInputError } from '@iomt/core';
import { ConflictError, DuplicateError, ForbiddenError, InvalidInputError, NotFoundError } from '../store/contract.ts';
import { HttpProblem, notFound, problemResponse } from './problem.ts';
import type { FieldLocation } from './problem.ts';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_SECONDS } from './db-outage.ts';

export type Logger = (entry: { level: 'error' | 'warn' | 'info'; msg: string; [k: string]: unknown }) => void;

export const consoleLogger: Logger = (entry) => console.error(JSON.stringify({ time: new Date().toISOString(), ...entry }));

const QUERY_POINTERS = new Set(['/limit', '/cursor']);

export function toProblem(err: unknown): HttpProblem | null {
  if (err instanceof HttpProblem) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return new HttpProblem('too-large', 'The body exceeds the size limit.');
    if (err.status === 400) return new HttpProblem('malformed-json', 'The body could not be parsed as JSON.', { errors: [{ pointer: '', in: 'body', expected: 'a JSON document' }] });
    if (err.status === 401) return new HttpProblem('unauthenticated', err.message);
    if (err.status === 404) return notFound();
    return null;
  }
  if (err instanceof InputError || err instanceof TimeInputError) {
    return new HttpProblem('validation', err.message, { errors: [{ pointer: `/${err.field}`, in: 'body', value: err.value, expected: err.expected }] });
  }
  if (err instanceof InvalidInputError) {
    const location: FieldLocation = QUERY_POINTERS.has(err.pointer) ? 'query' : 'body';
    return new HttpProblem('validation', err.message, { errors: [{ pointer: err.pointer, in: location, value: err.value, expected: err.expected }] });
  }
  if (err instanceof NotFoundError) return notFound();
  if (err instanceof ConflictError) {
    return new HttpProblem('conflict', err.message, { fields: { currentVersion: err.actual } });
  }
  if (err instanceof DuplicateError) {
    return new HttpProblem('duplicate', err.message, { errors: [{ pointer: `/${err.field}`, in: 'body', value: err.value, expected: 'a value not already in use' }] });
  }
  if (err instanceof ForbiddenError) return new HttpProblem('forbidden', `This needs the ${err.needed} role; you have ${err.had}.`);
  return null;
}

export function errorHandler(log: Logger) {
  return (err: Error, c: Context): Response => {
    const known = toProblem(err);
    if (known) return problemResponse(c, known);
    if (isDatabaseUnavailable(err)) {
      // An outage, not a bug: one line without a stack, and a client that knows to retry.
      log({ level: 'warn', msg: 'database unavailable', method: c.req.method, path: c.req.path, error: err.message });
      return problemResponse(
        c,
        new HttpProblem('unavailable', `The database cannot be reached at the moment; nothing was changed. Retry in ${UNAVAILABLE_RETRY_SECONDS} seconds.`, {
          headers: { 'retry-after': String(UNAVAILABLE_RETRY_SECONDS) },
          fields: { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
        }),
      );
    }
    const reference = randomUUID();
    log({ level: 'error', msg: 'unhandled error', reference, method: c.req.method, path: c.req.path, error: err.message, stack: err.stack });
    return problemResponse(c, new HttpProblem('internal', `Something went wrong on the server; it has been logged under reference ${reference}.`));
  };
}
