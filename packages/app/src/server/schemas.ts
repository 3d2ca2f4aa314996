/**
 * The zod schemas shared by the routes: they validate requests and, through @hono/zod-openapi,
 * become the components of the OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import { isInstant, isIsoDate, knowledgeBase } from '@iomt/core';

export const FieldErrorSchema = z
  .object({
    pointer: z.string().openapi({ description: 'JSON pointer to the offending field, relative to the part named by `in`.' }),
    in: z.enum(['body', 'query', 'path', 'header']),
    value: z.unknown().optional().openapi({ description: 'The value found (absent when the field is missing).' }),
    expected: z.string().openapi({ description: 'What the field must hold.' }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(FieldErrorSchema).optional(),
    currentVersion: z.number().int().optional().openapi({ description: 'On 409 after a stale `expectedVersion`: the stored version.' }),
    retryAfterSeconds: z.number().int().optional(),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem document.' });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: each offending field is listed with its pointer, value and expectation.',
  401: 'Not signed in, or the session or token is unknown or expired.',
  403: 'The role does not allow the operation, or the CSRF token is missing or wrong.',
  404: 'Not found, or not visible to the caller (the two answer alike).',
  409: 'A stale `expectedVersion`, or a value already in use.',
  413: 'The body exceeds the size limit.',
  415: 'The body is not `application/json`.',
  429: 'Too many failed sign-ins; see `Retry-After`.',
  503: 'The database cannot be reached for the moment; retry after `Retry-After` seconds. Nothing was changed.',
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/** Problem responses for an operation's `responses`. */
export function errors<const S extends ErrorStatus>(...statuses: S[]): Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }> {
  const out = {} as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>;
  for (const s of statuses) out[s] = { description: ERROR_DESCRIPTIONS[s] ?? 'Error', content: { 'application/problem+json': { schema: ProblemSchema } } };
  return out;
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

// Ids are opaque, but a strict alphabet keeps path tricks (`..`, `/`, `%2e`) out before any lookup.
export const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" only')
  .openapi({ example: 'f3b1c2d4' });

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, 'a calendar date as YYYY-MM-DD')
  .openapi({ format: 'date', example: '2026-11-23' });

export const InstantSchema = z
  .string()
  .max(64)
  .refine(isInstant, 'an instant with its offset, e.g. 2026-11-20T10:17:00+01:00')
  .openapi({ format: 'date-time', example: '2026-11-20T10:17:00+01:00' });

const scenarioIds = () => knowledgeBase.scenarios.map((s) => s.id);
export const ScenarioIdSchema = z
  .string()
  .refine((s) => scenarioIds().includes(s), { message: `one of ${scenarioIds().join(', ')}` })
  .openapi({ description: 'A pending proposal, see GET /api/v1/scenarios.', example: scenarioIds()[0] });

export const RoleSchema = z.enum(['owner', 'editor', 'viewer']).openapi('Role');

/** A profile; the document carries its full JSON Schema (the core's), the handler validates it. */
export const ProfileRef = z.looseObject({}).openapi('Profile');
/** An incident case (profile, incident facts, timeline); validated by the core's parser. */
export const IncidentCaseRef = z.looseObject({}).openapi('IncidentCase');
/** A gap assessment state document; validated by the core's parser. */
export const GapStateRef = z.looseObject({}).openapi('GapState');

/** Names and free text: bounded, no control characters; stored and returned as data. */
export const NameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');
export const NoteSchema = z.string().max(2000);

export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).optional().openapi({ description: 'Items per page, 1–200 (default 50).' }),
  cursor: z.string().max(500).optional().openapi({ description: 'The `next` value of the previous page.' }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable().openapi({ description: 'Cursor of the next page; null on the last.' }) });

// Entities, mirroring packages/app/src/store/contract.ts.
export const OrganisationSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Organisation');
export const UserSchema = z
  .object({ id: z.string(), email: z.string(), displayName: z.string(), createdAt: z.string(), disabled: z.boolean() })
  .openapi('User');
export const MembershipSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), role: RoleSchema })
  .openapi('Membership');
export const MemberSchema = z.object({ user: UserSchema, role: RoleSchema, since: z.string() }).openapi('Member');
export const ApiTokenSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    userId: z.string(),
    name: z.string(),
    prefix: z.string(),
    role: RoleSchema,
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');
export const ProductSchema = z
  .object({ id: z.string(), orgId: z.string(), name: z.string(), latestVersion: z.number().int(), createdAt: z.string(), updatedAt: z.string() })
  .openapi('Product');
export const ProductVersionSchema = z
  .object({
    productId: z.string(),
    version: z.number().int(),
    profile: ProfileRef,
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('ProductVersion');
export const AssessmentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    productId: z.string(),
    productVersion: z.number().int(),
    name: z.string(),
    state: GapStateRef,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Assessment');
export const IncidentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    productId: z.string().nullable(),
    title: z.string(),
    status: z.enum(['open', 'closed']),
    case: IncidentCaseRef,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Incident');
export const SavedScenarioSchema = z
  .object({ id: z.string(), orgId: z.string(), name: z.string(), scenarios: z.array(z.string()), asOf: z.string().nullable(), createdAt: z.string() })
  .openapi('SavedScenario');
export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    orgId: z.string().nullable(),
    actorId: z.string().nullable(),
    actor: z
      .object({
        id: z.string(),
        displayName: z.string().nullable().openapi({ description: 'Null when the account no longer exists.' }),
      })
      .nullable()
      .openapi('AuditActor', { description: 'Who made the change, named even after leaving the organisation; null for system entries.' }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    change: z.unknown(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEntry');

/** An engine result passed through as the CLI prints it with `--format json`. */
export const EngineResult = (name: string, description: string) => z.looseObject({}).openapi(name, { description });
