/**
 * An incident case: the profile of the organisation and product concerned, the facts of the
 * incident, and its timeline of instants (each with an offset or Z, stored as given).
 */
import { z } from 'zod';
import { issuesOf, ProfileSchema } from '../facts/profile-schema.ts';
import type { Profile, ProfileIssue } from '../facts/profile-schema.ts';
import { ROLE_CONDITIONS } from '../engine/roles.ts';
import { isActId } from '../kb/provision-id.ts';
import type { ActId } from '../kb/provision-id.ts';
import { Temporal } from '../time/temporal.ts';
import { DossierSchema, dossierExpectation, UNKNOWN_DOSSIER_FIELD } from './dossier.ts';
import type { DossierValues } from './dossier.ts';
import { RiskAidSchema } from './gdpr-risk-aid.ts';
import type { RiskAidInput } from './gdpr-risk-aid.ts';
import { dossierField } from '../kb/incident-dossier.ts';

export function isInstant(value: string): boolean {
  try {
    Temporal.Instant.from(value);
    return true;
  } catch {
    return false;
  }
}

const Instant = z
  .string()
  .refine(isInstant, { message: 'expected an instant with its offset, e.g. 2026-11-20T10:17:00+01:00 or 2026-11-20T09:17:00Z' })
  .meta({ format: 'date-time' });

export const TimelineSchema = z
  .strictObject({
    occurred: Instant.optional().meta({ description: 'When the incident happened, if known.' }),
    detected: Instant.optional().meta({ description: 'When it was detected.' }),
    aware: Instant.meta({ description: 'When the notifier became aware of it: the clock of most regimes starts here.' }),
    awareBy: z
      .record(z.string().refine(isAwarenessKey, { message: 'expected an act id such as mdr, gdpr, nis2, or an act id and a role such as gdpr:processor, cra:distributor' }), Instant)
      .optional()
      .meta({
        description:
          'Where a regime starts its clock at another moment (e.g. MDR: when a causal link was established), per act id; per act and role (`gdpr:processor`, `gdpr:controller`, `cra:manufacturer`) where the organisation learnt of the incident at different moments in different roles.',
      }),
    measureAvailable: Instant.optional().meta({ description: 'When a corrective or mitigating measure became available (CRA Art 14(2)(c)).' }),
    handled: Instant.optional().meta({ description: 'When the incident was handled (NIS2 Art 23(4)(e)).' }),
    submitted: z
      .array(
        z.strictObject({
          duty: z.string(),
          step: z.string(),
          at: Instant,
          state: z.string().optional(),
          reference: z.string().trim().min(1).max(200).optional().meta({ description: 'The case number the authority gave the report, if any.' }),
        }),
      )
      .optional()
      .meta({ description: 'Reports already submitted: duty id, step id, instant (and member state where several), and the authority’s reference.' }),
  })
  .meta({ description: 'The incident timeline: instants with their offsets.' });

export const IncidentCaseSchema = ProfileSchema.extend({ timeline: TimelineSchema, gdprRiskAid: RiskAidSchema.optional(), dossier: DossierSchema.optional() }).meta({
  title: 'iomt-compliance incident case',
  description: 'A profile with the facts of an incident and its timeline, for notification planning.',
});

export type Timeline = z.infer<typeof TimelineSchema>;
export interface IncidentCase extends Profile {
  timeline: Timeline;
  gdprRiskAid?: RiskAidInput;
  /** The written dossier, by catalogue field id; see `dossier.ts`. */
  dossier?: DossierValues;
}

export type IncidentCaseParse = { ok: true; incident: IncidentCase } | { ok: false; issues: ProfileIssue[] };

export function parseIncidentCase(input: unknown): IncidentCaseParse {
  const result = IncidentCaseSchema.safeParse(input);
  return result.success
    ? { ok: true, incident: result.data as IncidentCase }
    : { ok: false, issues: uniqueIssues(issuesOf(result.error, input).map((i) => dossierIssue(i, input))) };
}

const uniqueIssues = (issues: ProfileIssue[]): ProfileIssue[] => issues.filter((i, n) => issues.findIndex((j) => j.pointer === i.pointer && j.message === i.message) === n);

/** Dossier issues say what the catalogue expects of the field rather than zod's generic words. */
function dossierIssue(issue: ProfileIssue, input: unknown): ProfileIssue {
  const m = /^\/dossier\/([^/]+)/.exec(issue.pointer);
  if (!m) return issue;
  const id = m[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
  const field = dossierField(id);
  // For an unknown key zod's value is the whole dossier: name the field's own value instead.
  const dossier = input !== null && typeof input === 'object' ? (input as { dossier?: unknown }).dossier : undefined;
  const value = dossier !== null && typeof dossier === 'object' ? (dossier as Record<string, unknown>)[id] : undefined;
  return {
    pointer: `/dossier/${m[1]!}`,
    path: `dossier.${id}`,
    ...(value !== undefined ? { value } : {}),
    message: `expected ${field ? dossierExpectation(field) : UNKNOWN_DOSSIER_FIELD}`,
  };
}

/** The roles a duty can bind, as the awareness keys name them (`gdpr:processor`). */
const AWARENESS_ROLES: ReadonlySet<string> = new Set(Object.keys(ROLE_CONDITIONS));

/** `mdr`, or an act and a role: `gdpr:processor`. */
export function isAwarenessKey(key: string): boolean {
  const [act, role, ...rest] = key.split(':');
  return rest.length === 0 && act !== undefined && isActId(act) && (role === undefined || AWARENESS_ROLES.has(role));
}

/**
 * The instant a regime's clock starts for a role: the awareness of that role under that act where
 * given (a processor learns of a breach before the controller it serves), else of the act, else
 * the common one.
 */
export function awarenessFor(timeline: Timeline, act: ActId, role?: string): string {
  return (role !== undefined ? timeline.awareBy?.[`${act}:${role}`] : undefined) ?? timeline.awareBy?.[act] ?? timeline.aware;
}
