/** Law changes reaching stored work: digests of assessments and the differences between them. */
export { digestOf } from './digest.ts';
export type { DigestAct, DigestClassification, DigestDeadline, DigestObligation, IncidentPlanOf, LawDigest } from './digest.ts';
export { diffImpact } from './diff.ts';
export type { ImpactArea, ImpactDiff, ImpactItem } from './diff.ts';
