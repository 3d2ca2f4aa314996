/**
 * Errors that mean the database cannot be reached or cannot take the work right now (as opposed
 * to a bug): the answer is 503 with Retry-After, and the request changed nothing.
 */

/** Node socket errors and PostgreSQL SQLSTATE classes 08 (connection), 53 (resources) and 57P (shutdown). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const PG_STATE = /^(08|53|57P)/;
/** SQLite: the file is locked past busy_timeout, unreadable, or the disk is full. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY)/;
const POOL_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|connect ECONNREFUSED|driver has already been destroyed/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_STATE.test(code) || SQLITE_CODES.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && POOL_MESSAGES.test(message)) return true;
    if (e instanceof AggregateError && e.errors.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying. */
export const UNAVAILABLE_RETRY_SECONDS = 5;
