/**
 * A lifecycle file: a product profile (with its `product.lifecycle` facts) and, optionally, the
 * units to check. Validated once; errors name the field by JSON pointer.
 */
import { z } from 'zod';
import { issuesOf, ProfileSchema } from '../facts/profile-schema.ts';
import type { Profile, ProfileIssue } from '../facts/profile-schema.ts';
import { isIsoDate } from '../time/plain-date.ts';
import type { LifecycleUnit } from './types.ts';

const IsoDateSchema = z.string().refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' }).meta({ format: 'date' });

export const UnitSchema = z.strictObject({
  id: z.string().min(1).max(200).optional().meta({ description: 'Serial number or asset tag.' }),
  placedOnMarketOn: IsoDateSchema.nullable().optional().meta({ description: 'When this unit was placed on the EU market.' }),
  putIntoServiceOn: IsoDateSchema.nullable().optional().meta({ description: 'When this unit was put into service (first use).' }),
  deliveredOn: IsoDateSchema.nullable().optional().meta({ description: 'When it was delivered to a consumer (starts the seller’s liability period).' }),
  declaredSupportEnd: IsoDateSchema.nullable().optional().meta({ description: 'A support end declared for this unit, replacing the model’s.' }),
  softwareVersion: z.string().max(200).nullable().optional(),
  operator: z.enum(['consumer', 'healthcare-provider', 'other']).nullable().optional().meta({ description: 'Who operates the unit.' }),
  nis2Entity: z.boolean().nullable().optional().meta({ description: 'The operator is an essential or important entity under NIS2.' }),
});

export const LifecycleCaseSchema = ProfileSchema.extend({
  units: z.array(UnitSchema).max(100_000).optional().meta({ description: 'Units (installed or sold items) to check; none: the product alone.' }),
}).meta({
  title: 'iomt-compliance lifecycle file',
  description: 'A product profile with its support facts (product.lifecycle) and the units whose support status is wanted.',
});

export interface LifecycleCase extends Profile {
  units?: LifecycleUnit[];
}

export type LifecycleCaseParse = { ok: true; value: LifecycleCase } | { ok: false; issues: ProfileIssue[] };

export function parseLifecycleCase(input: unknown): LifecycleCaseParse {
  const r = LifecycleCaseSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data as LifecycleCase } : { ok: false, issues: issuesOf(r.error, input) };
}

export function lifecycleCaseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LifecycleCaseSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
