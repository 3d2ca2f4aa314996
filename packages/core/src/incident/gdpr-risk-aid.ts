/**
 * An aid, never the decision: the ENISA methodology for the severity of personal-data breaches
 * (Recommendations for a methodology of the assessment of severity of personal data breaches,
 * v1.0, December 2013): SE = DPC × EI + CB. The controller's own assessment
 * (`incident.breachRisk`) is what the GDPR duties follow.
 */
import { z } from 'zod';

export const ENISA_METHOD = {
  title: 'ENISA, Recommendations for a methodology of the assessment of severity of personal data breaches, v1.0 (December 2013)',
  url: 'https://www.enisa.europa.eu/publications/dbn-severity',
} as const;

const EASE = { negligible: 0.25, limited: 0.5, significant: 0.75, maximum: 1 } as const;
const CONFIDENTIALITY = { none: 0, 'known-recipients': 0.25, 'unknown-recipients': 0.5 } as const;
const INTEGRITY = { none: 0, 'altered-recoverable': 0.25, 'altered-unrecoverable': 0.5 } as const;
const AVAILABILITY = { none: 0, temporary: 0.25, permanent: 0.5 } as const;
const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const RiskAidSchema = z
  .strictObject({
    dataProcessingContext: z.number().min(1).max(4).meta({
      description: 'DPC, 1–4: the data type’s base score (simple 1, behavioural 2, financial 3, sensitive such as health 4) adjusted for context.',
    }),
    easeOfIdentification: z.enum(keys(EASE)).meta({ description: 'EI: how easily the people can be identified from the data.' }),
    confidentiality: z.enum(keys(CONFIDENTIALITY)).meta({ description: 'Loss of confidentiality: none, to known recipients, or to an unknown number of unknown recipients.' }),
    integrity: z.enum(keys(INTEGRITY)).meta({ description: 'Loss of integrity: none, altered but recoverable, or altered and not recoverable.' }),
    availability: z.enum(keys(AVAILABILITY)).meta({ description: 'Loss of availability: none, temporary, or permanent.' }),
    maliciousIntent: z.boolean().meta({ description: 'Was the breach caused with malicious intent?' }),
    factors: z.string().optional().meta({ description: 'The controller’s reasoning on the factors, for the record.' }),
  })
  .meta({ description: 'Inputs to the ENISA severity method, an aid to the controller’s GDPR risk assessment.' });

export type RiskAidInput = z.infer<typeof RiskAidSchema>;

export interface RiskAid {
  readonly method: typeof ENISA_METHOD;
  readonly score: number;
  readonly level: 'low' | 'medium' | 'high' | 'very-high';
  readonly components: { readonly dpc: number; readonly ei: number; readonly cb: number };
  /** The controller's assessment from `incident.breachRisk`, which decides the GDPR duties. */
  readonly controllerAssessment: string;
  readonly note: string;
}

export function enisaSeverity(input: RiskAidInput, controllerAssessment: string | undefined): RiskAid {
  const ei = EASE[input.easeOfIdentification];
  const cb =
    CONFIDENTIALITY[input.confidentiality] + INTEGRITY[input.integrity] + AVAILABILITY[input.availability] + (input.maliciousIntent ? 0.5 : 0);
  const score = Math.round((input.dataProcessingContext * ei + cb) * 100) / 100;
  const level = score < 2 ? 'low' : score < 3 ? 'medium' : score < 4 ? 'high' : 'very-high';
  return {
    method: ENISA_METHOD,
    score,
    level,
    components: { dpc: input.dataProcessingContext, ei, cb },
    controllerAssessment: controllerAssessment ?? 'not recorded (incident.breachRisk)',
    note: 'An aid only: the severity score supports, and does not replace, the controller’s assessment of the risk to people’s rights and freedoms (GDPR Art 33(1), 34(1)).',
  };
}
