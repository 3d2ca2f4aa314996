/** JSON shapes of the HTTP API (mirroring the CLI's `--format json` outputs); fields only ever added. */

export type Role = 'owner' | 'editor' | 'viewer';

export interface ProblemFieldError {
  pointer: string;
  value?: unknown;
  expected?: string;
}

export interface ProblemDocument {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
  currentVersion?: number;
  [extra: string]: unknown;
}

export interface User {
  id: string;
  email: string;
  displayName?: string;
}

export interface OrgMembership {
  id: string;
  slug: string;
  name: string;
  role: Role;
}

export interface SessionInfo {
  user: User;
  organisations: OrgMembership[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export type Verdict = 'applies' | 'applies-from' | 'does-not-apply' | 'no-longer-applies' | 'unknown';

export interface Reason {
  label: string;
  cite?: string;
  value: string;
  fact?: string;
  factValue?: unknown;
  children?: Reason[];
}

export interface ActPart {
  part: string;
  title: string;
  cite?: string;
  status: string;
  from?: string;
  until?: string;
}

export interface ActResult {
  act: string;
  shortName: string;
  number: string;
  title: string;
  kind: string;
  url: string;
  verdict: Verdict;
  scope?: string;
  applicableFrom?: string;
  until?: string;
  parts: ActPart[];
  explanation: string;
  reasons: Reason[];
  missingFacts: string[];
  notes: string[];
  verifiedOn?: string;
  /** Uncertainty-register points the verdict rests on. */
  uncertainties?: string[];
}

export interface Obligation {
  id: string;
  act: string;
  role: string;
  category: string;
  cite: string;
  citation: string;
  url: string;
  title: string;
  summary: string;
  status: 'applies' | 'applies-from' | 'possible';
  from?: string;
  missingFacts: string[];
  note?: string;
  scenario?: string;
  /** Uncertainty-register points the duty rests on. */
  uncertainties?: string[];
}

export interface UpcomingEvent {
  date: string;
  act: string;
  kind: string;
  label: string;
  part?: string;
  cite?: string;
  scenario?: string;
  uncertain?: string;
}

export interface OverlapTopic {
  category: string;
  acts: { act: string; obligations: string[] }[];
}

export interface ClassificationSummary {
  classifier: string;
  title: string;
  status: string;
  outcomes: unknown[];
  possible: unknown[];
  label?: string;
  appliesFrom?: string;
  source?: string;
  decidedBy?: unknown[];
}

export interface AssessmentReport {
  schemaVersion: number;
  asOf: string;
  scenarios: string[];
  horizonMonths: number;
  knowledgeBase: { version: string; verifiedOn: string };
  acts: ActResult[];
  obligations: Obligation[];
  overlap: OverlapTopic[];
  upcoming: UpcomingEvent[];
  missingFacts: string[];
  classifications?: ClassificationSummary[];
  notice: string;
  contrast?: ContrastResult;
}

export interface ContrastResult {
  variant?: unknown;
  acts: { act: string; base: unknown; variant: unknown }[];
  obligations: { id: string; base: unknown; variant: unknown; [k: string]: unknown }[];
}

export interface AnswerImpact {
  value: unknown;
  label: string;
  verdicts?: { act: string; verdict: string }[];
  obligationChanges?: number;
  /** Classifications this answer would decide, with the outcome (`cra:category` → `important-class-i`). */
  classifications?: { classifier: string; outcome: string }[];
}

export interface Question {
  fact: string;
  question: string;
  help?: string;
  cite?: string;
  url?: string;
  citation?: string;
  type: string;
  affects?: string[];
  /** Classifications (`mdr:class`) the answer can decide. */
  classifies?: string[];
  answers?: AnswerImpact[];
}

export interface QuestionsResult {
  asOf?: string;
  questions: Question[];
}

export interface ClassificationRule {
  rule: string;
  cite?: string;
  citation?: string;
  url?: string;
  label: string;
  outcome?: unknown;
  value: string;
  reasons?: Reason[];
  missingFacts?: string[];
}

export interface Classification {
  classifier: string;
  act?: string;
  title: string;
  cite?: string;
  citation?: string;
  url?: string;
  status: string;
  source?: string;
  outcome?: unknown;
  outcomes: unknown[];
  possible: unknown[];
  label?: string;
  consequence?: string;
  appliesFrom?: string;
  decidedBy: unknown[];
  rules?: ClassificationRule[];
  missingFacts?: string[];
}

export interface ClassifyResult {
  asOf: string;
  classifications: Classification[];
  missingFacts: string[];
}

export interface Scenario {
  id: string;
  title?: string;
  name?: string;
  description?: string;
  [k: string]: unknown;
}

export interface ActSummary {
  id?: string;
  act?: string;
  shortName: string;
  title: string;
  number?: string;
  url?: string;
  status?: string;
  [k: string]: unknown;
}

export interface Product {
  id: string;
  name: string;
  latestVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProductVersion {
  productId: string;
  version: number;
  profile: Record<string, unknown>;
  note: string | null;
  /** The user who saved the version. */
  createdBy?: string;
  createdAt: string;
}

export interface ZonedInstant {
  utc: string;
  local: string;
  timeZone: string;
  label: string;
}

export type StepStatus =
  | 'overdue'
  | 'due-now'
  | 'due-soon'
  | 'upcoming'
  | 'waiting'
  | 'on-request'
  | 'before-action'
  | 'submitted'
  | 'not-required'
  | 'possible';

export interface PlannedStep {
  duty: string;
  act: string;
  regime: string;
  dutyTitle: string;
  step: string;
  stepTitle: string;
  cite: string;
  citation: string;
  url: string;
  who?: string;
  recipient?: string;
  memberState?: string;
  timeZone?: string;
  authority?: { name?: string; status?: string; website?: string; reportingChannel?: { url?: string; description?: string } };
  deadlineText: string;
  status: StepStatus;
  /** For a step that may apply: the status it has if it does. */
  ifApplies?: StepStatus;
  reason: string;
  due?: string;
  timeRule?: { kind: string; binding: string; text: string };
  routing?: string;
  submittedAt?: string;
  /** The authority's case number for a submitted report. */
  reference?: string;
  content: { id: string; label: string; written?: boolean }[];
  missingFacts: string[];
  note?: string;
  period?: { earliestSafe?: ZonedInstant; legal?: ZonedInstant };
  open?: { outerLimit?: { earliestSafe?: ZonedInstant; legal?: ZonedInstant } };
}

export type DossierValue = string | number | string[];

/** A dossier field the plan's steps need, with its definition, citations and value (as the server's plan gives it). */
export interface PlannedDossierField {
  id: string;
  label: string;
  description: string;
  type: 'text' | 'date-time' | 'number' | 'list' | 'choice';
  options?: string[];
  cites: { cite: string; citation: string; url: string }[];
  written: boolean;
  value?: DossierValue;
  /** `dossier`: written; `case`: prefilled from the case's timeline or facts. */
  source?: 'dossier' | 'case';
  acts: string[];
}

export interface PlanDossier {
  fields: PlannedDossierField[];
  summary: { needed: number; written: number; missing: string[] };
  regimes: { act: string; regime: string; needed: number; written: number; missing: string[] }[];
}

export interface IncidentQuestion {
  fact: string;
  question: string;
  help?: string;
  cite?: string;
  citation?: string;
  url?: string;
  type: 'boolean' | 'number' | 'date' | 'text' | 'enum' | 'set';
  options?: { value: string; label: string }[];
  unit?: string;
  value?: unknown;
  missing: boolean;
  why: string[];
}

export interface RegimeQuestions {
  act: string;
  regime: string;
  questions: IncidentQuestion[];
}

export interface GuidanceLink {
  text: string;
  url: string;
  verified: boolean;
}

export interface BreachRiskAssessment {
  assessed?: string;
  possible: string[];
  controller?: string;
  controllerReasoning?: string;
  used: 'controller' | 'assessment' | 'undecided';
  level?: string;
  kinds: string[];
  findings: { kind: string; rule: string; level: string; because: string; citation: string; url: string; guidance: GuidanceLink[]; certainty: 'decides' | 'possible' }[];
  missingFacts: string[];
  outcome: string;
  notes: string[];
}

export interface SignificanceFinding {
  id: string;
  act: string;
  question: string;
  answer: 'yes' | 'no' | 'open';
  citation: string;
  url: string;
  missingFacts: string[];
  guidance: GuidanceLink[];
  derives?: { fact: string; used: boolean };
  note?: string;
}

export interface IncidentPlan {
  now: string;
  incident: { name?: string };
  steps: PlannedStep[];
  missingFacts: string[];
  /** Absent from plans of servers older than the risk assessment. */
  breachRisk?: BreachRiskAssessment;
  significance?: SignificanceFinding[];
  questions?: RegimeQuestions[];
  dateConvention?: string;
  /** Absent from plans of servers older than the dossier. */
  dossier?: PlanDossier;
  notice: string;
}

export interface Incident {
  id: string;
  productId: string | null;
  title: string;
  status: 'open' | 'closed';
  case: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface IncidentSummary {
  nextDeadline: { at: string; regime: string; step: string; possible: boolean } | null;
  overdue: number;
  dueSoon: number;
  possible: number;
  openQuestions: number;
}

/** An incident as the list gives it: with its next deadline and counts (null when closed). */
export interface IncidentListItem extends Incident {
  summary?: IncidentSummary | null;
}

export interface Member {
  user: User;
  role: Role;
  since?: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface StoredAssessment {
  id: string;
  productId: string;
  productVersion: number;
  name: string;
  state: unknown;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  orgId: string | null;
  actorId: string | null;
  /** Who acted, named even after leaving the organisation; `displayName` is null when the account is gone. */
  actor?: { id: string; displayName: string | null } | null;
  action: string;
  entityType: string;
  entityId: string;
  change: unknown;
  prevHash?: string;
  hash?: string;
}

/** Narrows the audit log; each given value must match exactly. */
export interface AuditFilter {
  action?: string;
  entityType?: string;
}

export interface SavedScenario {
  id: string;
  orgId?: string;
  name: string;
  scenarios: string[];
  asOf: string | null;
  createdAt?: string;
}

/** One fact of the profile vocabulary (GET /vocabulary). */
export interface VocabularyFact {
  path: string;
  group: string;
  type: 'boolean' | 'number' | 'date' | 'text' | 'enum' | 'set';
  question: string;
  help?: string;
  cite?: string;
  unit?: string;
  values?: { value: string; label: string }[];
}

/** An evidence file kept on the server (POST /orgs/{orgId}/assessments/{id}/evidence). */
export interface EvidenceFile {
  id: string;
  assessmentId: string;
  control: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  href: string;
}

export interface EvidenceUpload {
  control: string;
  fileName: string;
  contentType: string;
  contentBase64: string;
}
