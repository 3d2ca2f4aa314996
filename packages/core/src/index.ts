/**
 * @iomt/core — EU law on the cybersecurity of connected health products as cited, dated,
 * executable rules, and the engine that applies them.
 *
 * @example
 * import { assess, parseProfile } from '@iomt/core';
 * const parsed = parseProfile({ product: { hasDigitalElements: true, dataConnection: true } });
 * if (parsed.ok) console.log(assess(parsed.profile, { asOf: '2026-11-23' }).acts);
 */
export { assess, NOTICE } from './engine/assess.ts';
export { InputError, validateOptions } from './engine/options.ts';
export { screen, APPLIES, APPLIES_LATER, NOT_BINDING, POSSIBLE } from './engine/screen.ts';
export type { Screening } from './engine/screen.ts';
export type * from './engine/assessment-types.ts';
export { contrast, diffAssessments } from './engine/contrast.ts';
export type { ActDifference, Contrast, ContrastVariant, ObligationDifference } from './engine/contrast.ts';
export { readFact } from './engine/evaluate.ts';
export type { Reason } from './engine/evaluate.ts';
export { questions } from './engine/questions.ts';
export type { AnswerImpact, Question } from './engine/questions.ts';
export { setFact } from './engine/set-fact.ts';
export { parseProfile, profileJsonSchema, ProfileSchema } from './facts/profile-schema.ts';
export type { Profile, ProfileIssue, ProfileParse } from './facts/profile-schema.ts';
export { FACTS, factSpec, isFactPath } from './facts/vocabulary-index.ts';
export { MEMBER_STATES, ROLES, VOCABULARY } from './facts/vocabulary.ts';
export type { FactPath, MemberState, Role } from './facts/vocabulary.ts';
export type { FactSpec } from './facts/vocabulary-dsl.ts';
export { citation, knowledgeBase, KB_VERSION, provisionExists, provisionUrl } from './kb/knowledge-base.ts';
export { ACT_IDS, formatProvision, isActId, parseProvision } from './kb/provision-id.ts';
export type { ActId, ProvisionId } from './kb/provision-id.ts';
export type * from './kb/types.ts';
export { isIsoDate } from './time/plain-date.ts';
export { describeCondition, describeRule } from './kb/describe.ts';
export { activeEvents, partState, repealDate } from './engine/timeline.ts';
export { classify } from './engine/classify.ts';
export type { ClassificationResult, ClassificationStatus, ClassifyResult, RuleResult } from './engine/classify.ts';
export { classIs, classRule } from './kb/dsl.ts';
export { classificationQuestions } from './engine/classify-questions.ts';
export type { ClassificationQuestion } from './engine/classify-questions.ts';
export * from './kb/authorities/index.ts';
export { computePeriodDeadline, describePeriod } from './time/period-1182-71.ts';
export type { PeriodDeadline, PeriodQuery, ReasoningStep } from './time/period-1182-71.ts';
export { describeOpenDeadline } from './time/open-deadline.ts';
export type { OpenDeadline, OpenDeadlineKind, OpenDeadlineQuery } from './time/open-deadline.ts';
export { DATE_HOLIDAYS_VERSION, holidaySource, isWorkingDay, publicHolidays, regionsOf } from './time/public-holidays.ts';
export type { PublicHoliday } from './time/public-holidays.ts';
export { TimeInputError } from './time/time-input-error.ts';
export type { ZonedMoment } from './time/zoned-moment.ts';
export { IncidentCaseSchema, parseIncidentCase } from './incident/incident-case.ts';
export type { IncidentCase, IncidentCaseParse, Timeline } from './incident/incident-case.ts';
export { planIncident, PLAN_NOTICE } from './incident/plan.ts';
export type { IncidentPlan, PlannedStep, PlanOptions, StepStatus } from './incident/plan.ts';
export { isInstant } from './incident/incident-case.ts';
export { checkDossierValues, DOSSIER_LIMITS, DossierSchema, dossierExpectation, dossierValueSchema, mergeDossier } from './incident/dossier.ts';
export type { DossierIssue, DossierValue, DossierValues } from './incident/dossier.ts';
export { effectiveDossier, prefilledDossier } from './incident/dossier-prefill.ts';
export type { DossierSource } from './incident/dossier-prefill.ts';
export type { DossierCompleteness, PlanDossier, PlannedDossierField } from './incident/dossier-status.ts';
export { DOSSIER_FIELDS, dossierField } from './kb/incident-dossier.ts';
export type { DossierField, DossierFieldType } from './kb/incident-dossier.ts';
export type * from './kb/notification-types.ts';
export { ENISA_METHOD, enisaSeverity, RiskAidSchema } from './incident/gdpr-risk-aid.ts';
export type { RiskAid, RiskAidInput } from './incident/gdpr-risk-aid.ts';
export { CONTROLS, CONTROL_CATEGORIES, MAPPING_RELATIONSHIPS, STANDARD_IDS, controlById, controlsFor, provisionWithin } from './kb/controls/index.ts';
export type { Control, ControlCategory, LegalMapping, MappingRelationship, StandardId, StandardMapping } from './kb/controls/index.ts';
export { OBLIGATION_LINKS, linksOf, requirementProvisions } from './kb/controls/obligation-links.ts';
export type { ObligationLink } from './kb/controls/obligation-links.ts';
export * from './gap/index.ts';
