/**
 * RFC 9457 problem documents: every error the API returns has this shape, names the offending
 * field as a JSON pointer with the value found and what was expected, and never carries a stack.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { isSecretPointer, MAX_FIELD_ERRORS, previewValue } from './problem-values.ts';

export type ProblemKind =
  | 'validation'
  | 'malformed-json'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'not-found'
  | 'conflict'
  | 'duplicate'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'method-not-allowed'
  | 'unavailable'
  | 'internal';

/** Where the offending value was: the JSON body, the query string, the path or a header. */
export type FieldLocation = 'body' | 'query' | 'path' | 'header';

export interface FieldError {
  pointer: string;
  in: FieldLocation;
  value?: unknown;
  expected: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_TITLES: Readonly<Record<ProblemKind, { status: ContentfulStatusCode; title: string }>> = {
  validation: { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The body is not valid JSON' },
  unauthenticated: { status: 401, title: 'Sign in first' },
  forbidden: { status: 403, title: 'Your role does not allow this' },
  csrf: { status: 403, title: 'Missing or wrong CSRF token' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Someone changed this first' },
  duplicate: { status: 409, title: 'Already in use' },
  'too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'Send JSON' },
  'rate-limited': { status: 429, title: 'Too many attempts' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  unavailable: { status: 503, title: 'The database is unavailable' },
  internal: { status: 500, title: 'Internal error' },
};

/** Problem type URIs point at their explanation in the docs page. */
export const problemType = (kind: ProblemKind): string => `/api/docs#problem-${kind}`;

/** Thrown anywhere below a route; the error handler turns it into the problem response. */
export class HttpProblem extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; fields?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.status = PROBLEM_TITLES[kind].status;
  }
}

/**
 * One body for every 404, whether the id is unknown or belongs to another organisation, so a
 * caller cannot tell the two apart.
 */
export const NOT_FOUND_DETAIL = 'There is nothing at this address that you can see.';
export const notFound = (): HttpProblem => new HttpProblem('not-found', NOT_FOUND_DETAIL);

export const invalid = (errors: FieldError[], detail?: string): HttpProblem =>
  new HttpProblem('validation', detail ?? summarise(errors), { errors });

function summarise(errors: readonly FieldError[]): string {
  const first = errors[0];
  if (!first) return 'The request is not valid.';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.in} ${first.pointer || '/'}: expected ${first.expected}${more}`;
}

/** The field error as answered: a secret field's value is left out, any other value is bounded. */
function publicFieldError(e: FieldError): FieldError {
  const { value, ...rest } = e;
  if (value === undefined || isSecretPointer(e.pointer)) return rest;
  return { ...rest, value: previewValue(value) };
}

export function problemDocument(p: HttpProblem): ProblemDocument {
  const { title } = PROBLEM_TITLES[p.kind];
  return {
    type: problemType(p.kind),
    title,
    status: p.status,
    detail: p.detail,
    ...(p.extra.errors ? { errors: p.extra.errors.slice(0, MAX_FIELD_ERRORS).map(publicFieldError) } : {}),
    ...p.extra.fields,
  };
}

export function problemResponse(c: Context, p: HttpProblem): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', ...p.extra.headers };
  return c.body(JSON.stringify(problemDocument(p)), p.status, headers);
}

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
export const toPointer = (path: readonly PropertyKey[]): string => path.map((k) => '/' + escapePointer(String(k))).join('');

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

/** What a zod issue expected, phrased for a person reading the problem document. */
function expectation(issue: ZodError['issues'][number]): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `a value of type ${issue.expected} (the field is required)` : `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `at least ${String(issue.minimum)} items`
          : `a value ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `at most ${String(issue.maximum)} items`
          : `a value ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message.replace(/^Invalid /, 'a valid ');
    default:
      return issue.message;
  }
}

/** Maps zod issues to field errors, one per offending field (and one per unknown key). */
export function zodFieldErrors(error: ZodError, input: unknown, location: FieldLocation, prefix: readonly PropertyKey[] = []): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        pointer: toPointer([...prefix, ...issue.path, key]),
        in: location,
        value: valueAt(input, [...issue.path, key]),
        expected: 'no such field (unknown fields are rejected)',
      }));
    }
    const value = valueAt(input, issue.path);
    return [{ pointer: toPointer([...prefix, ...issue.path]), in: location, ...(value !== undefined ? { value } : {}), expected: expectation(issue) }];
  });
}
