/**
 * The profile schema, generated from the vocabulary: one source of truth for the TypeScript
 * type, runtime validation and the published JSON Schema. Every fact is optional; `null`
 * states explicitly that a fact is unknown.
 */
import { z } from 'zod';
import type { AnyFactGroup, FactGroup, FactSpec } from './vocabulary-dsl.ts';
import { VOCABULARY } from './vocabulary.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { FactValue } from './vocabulary-dsl.ts';
import { isIsoDate } from '../time/plain-date.ts';

function leafSchema(spec: FactSpec): z.ZodType {
  const description = spec.help ? `${spec.question} ${spec.help}` : spec.question;
  switch (spec.type) {
    case 'boolean':
      return z.boolean().meta({ description });
    case 'number': {
      const n = z.number().nonnegative();
      return (spec.integer ? n.int() : n).meta({ description, unit: spec.unit });
    }
    case 'date':
      return z
        .string()
        .refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' })
        .meta({ description, format: 'date' });
    case 'text':
      return z.string().meta({ description });
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]).meta({ description });
    case 'set':
      return z
        .array(z.enum(spec.values as [string, ...string[]]))
        .refine((xs) => new Set(xs).size === xs.length, { message: 'expected each value at most once' })
        .meta({ description });
  }
}

function groupSchema(g: AnyFactGroup): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(g.children)) {
    shape[key] = (child.type === 'group' ? groupSchema(child) : leafSchema(child)).nullable().optional();
  }
  return z.strictObject(shape).meta({ description: g.title });
}

export const ProfileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().optional().meta({ description: 'A stable identifier of the profile.' }),
    name: z.string().optional().meta({ description: 'A short name for the profile.' }),
    description: z.string().optional(),
    product: groupSchema(VOCABULARY.product)
      .nullable()
      .optional()
      .meta({
        description:
          'The product assessed. `null` states that the profile has no product (an organisation-only assessment): every product condition is then false.',
      }),
    organisation: groupSchema(VOCABULARY.organisation).optional(),
    incident: groupSchema(VOCABULARY.incident).optional(),
  })
  .meta({
    title: 'iomt-compliance profile',
    description:
      'Facts about a connected health product and the organisation behind it. Every fact is optional: a fact that is absent or null is unknown, and the engine asks for it only where it can change the answer.',
  });

type GroupValue<C> = {
  -readonly [K in keyof C]?: (C[K] extends FactGroup<infer G> ? GroupValue<G> : FactValue<C[K]>) | null;
};

/** A profile: product and organisation facts, all optional. */
export interface Profile {
  $schema?: string;
  id?: string;
  name?: string;
  description?: string;
  /** `null`: the profile has no product (an organisation-only assessment). */
  product?: GroupValue<Vocabulary['product']['children']> | null;
  organisation?: GroupValue<Vocabulary['organisation']['children']>;
  /** Facts about an incident, for notification planning. */
  incident?: GroupValue<Vocabulary['incident']['children']>;
}

export interface ProfileIssue {
  /** JSON pointer to the offending field, e.g. `/product/medicalDevice/class`. */
  readonly pointer: string;
  /** Dotted path, e.g. `product.medicalDevice.class`. */
  readonly path: string;
  readonly message: string;
  readonly value?: unknown;
}

export type ProfileParse = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

/** Validates untrusted input; on failure names each offending field and what was expected. */
export function parseProfile(input: unknown): ProfileParse {
  const result = ProfileSchema.safeParse(input);
  return result.success ? { ok: true, profile: result.data as Profile } : { ok: false, issues: issuesOf(result.error, input) };
}

/** Turns a validation error into issues naming the field (JSON pointer), the value and the expectation. */
export function issuesOf(error: z.ZodError, input: unknown): ProfileIssue[] {
  return error.issues.flatMap((issue): ProfileIssue[] => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((extra) => {
      const segments = [...issue.path.map(String), ...(extra === undefined ? [] : [extra])];
      const value = valueAt(input, issue.path);
      return {
        pointer: '/' + segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
        path: segments.join('.'),
        message: describeIssue(issue, extra),
        ...(value !== undefined ? { value } : {}),
      };
    });
  });
}

function describeIssue(issue: z.core.$ZodIssue, extra: string | undefined): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field "${extra}"; see \`iomt schema\` for the fields a profile may have`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The JSON Schema (draft 2020-12) of a profile, for editors and the API. */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProfileSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
