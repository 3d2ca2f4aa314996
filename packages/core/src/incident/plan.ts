/**
 * The incident notification planner: one incident in, every notification duty out — per
 * regime, step and member state, with the recipient, the deadline (earliest safe and as
 * computed under Regulation 1182/71), the status at `now` and the content to send.
 */
import { readFact } from '../engine/evaluate.ts';
import { Evaluation } from '../engine/evaluate.ts';
import { ROLE_CONDITIONS } from '../engine/roles.ts';
import { activeEvents, partState } from '../engine/timeline.ts';
import { FALSE, TRUE, UNKNOWN } from '../engine/truth.ts';
import type { Truth } from '../engine/truth.ts';
import { byFactOrder } from '../facts/vocabulary-index.ts';
import type { FactPath, MemberState } from '../facts/vocabulary.ts';
import { MEMBER_STATES } from '../facts/vocabulary.ts';
import { authorityFor, stateTimeZone } from '../kb/authorities/index.ts';
import type { AuthorityEntry, AuthorityType } from '../kb/authorities/types.ts';
import { dossierField } from '../kb/incident-dossier.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { Anchor, Deadline, NotificationDuty, NotificationStep, Recipient } from '../kb/notification-types.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { ActDefinition, IsoDate } from '../kb/types.ts';
import { describePeriod } from '../time/describe-period.ts';
import { addMonths } from '../time/plain-date.ts';
import { describeOpenDeadline } from '../time/open-deadline.ts';
import type { OpenDeadline } from '../time/open-deadline.ts';
import { computePeriodDeadline } from '../time/period-1182-71.ts';
import type { PeriodDeadline } from '../time/period-types.ts';
import { Temporal } from '../time/temporal.ts';
import type { DossierValue } from './dossier.ts';
import { effectiveDossier } from './dossier-prefill.ts';
import { planDossier } from './dossier-status.ts';
import type { PlanDossier } from './dossier-status.ts';
import { awarenessFor } from './incident-case.ts';
import type { IncidentCase } from './incident-case.ts';
import { enisaSeverity } from './gdpr-risk-aid.ts';
import type { RiskAid } from './gdpr-risk-aid.ts';
import { RECIPIENT_PLACE } from './recipient-place.ts';

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
  readonly duty: string;
  readonly act: ActId;
  readonly regime: string;
  readonly dutyTitle: string;
  readonly step: string;
  readonly stepTitle: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly who: string;
  readonly recipient: Recipient;
  readonly memberState?: MemberState;
  /** The national authority where the registry knows it; `unknown` entries say so. */
  readonly authority?: AuthorityEntry;
  readonly timeZone?: string;
  readonly status: StepStatus;
  /** Why: the exemption that applies, what is missing, what the deadline runs from. */
  readonly reason: string;
  /** `24 hours after awareness`, `without undue delay`, `on request`. */
  readonly deadlineText: string;
  readonly period?: PeriodDeadline;
  readonly open?: OpenDeadline;
  /** The instant the status is measured against: the legal deadline, or the outer limit. */
  readonly due?: string;
  readonly submittedAt?: string;
  /** The authority's case number for the submitted report, where the timeline records it. */
  readonly reference?: string;
  /** The dossier fields the step must contain; `written` where the dossier (or the case) gives a value. */
  readonly content: readonly { readonly id: string; readonly label: string; readonly written: boolean }[];
  readonly missingFacts: readonly FactPath[];
  readonly note?: string;
}

export interface IncidentPlan {
  readonly schemaVersion: 1;
  readonly now: string;
  readonly scenarios: readonly string[];
  readonly knowledgeBase: { readonly version: string; readonly verifiedOn: IsoDate };
  readonly incident: { readonly name?: string };
  readonly steps: readonly PlannedStep[];
  readonly missingFacts: readonly FactPath[];
  /** The ENISA severity score where the case gives its inputs: an aid, not the decision. */
  readonly gdprRiskAid?: RiskAid;
  /** The dossier fields the steps need, their values and how complete each regime's report is. */
  readonly dossier: PlanDossier;
  readonly notice: string;
}

export interface PlanOptions {
  /** The instant the plan is made at (ISO with offset or Z). The core reads no clock. */
  readonly now: string;
  readonly scenarios?: readonly string[];
}

export const PLAN_NOTICE =
  'Not legal advice. Deadlines are computed from the timeline given, under Regulation (EEC, Euratom) No 1182/71 with the public holidays of the recipient’s Member State; the earliest safe deadline counts plain elapsed time and is the one to aim for.';

const STATUS_ORDER: Readonly<Record<StepStatus, number>> = {
  overdue: 0,
  'due-now': 1,
  'due-soon': 2,
  upcoming: 3,
  possible: 4,
  waiting: 5,
  'before-action': 6,
  'on-request': 7,
  submitted: 8,
  'not-required': 9,
};

const hoursOf = (deadline: PeriodDeadline): number =>
  Temporal.Instant.from(deadline.event.utc).until(Temporal.Instant.from(deadline.earliestSafe.utc)).total({ unit: 'hours' });

function anchorInstant(c: IncidentCase, act: ActId, anchor: Anchor, submitted: (step: string) => string | undefined): string | undefined {
  switch (anchor.kind) {
    case 'awareness':
      return awarenessFor(c.timeline, act);
    case 'step':
      return submitted(anchor.step);
    case 'measure-available':
      return c.timeline.measureAvailable;
    case 'handled':
      return c.timeline.handled;
    case 'occurred':
      return c.timeline.occurred;
  }
}

const ANCHOR_TEXT: Readonly<Record<Anchor['kind'], string>> = {
  awareness: 'awareness',
  step: 'the previous report',
  'measure-available': 'a corrective or mitigating measure being available',
  handled: 'the incident being handled',
  occurred: 'the incident',
};

function anchorText(anchor: Anchor, duty: NotificationDuty): string {
  if (anchor.kind !== 'step') return ANCHOR_TEXT[anchor.kind];
  const step = duty.steps.find((s) => s.id === anchor.step);
  return `submission of the step “${step?.title ?? anchor.step}”`;
}

function deadlineText(d: Deadline, duty: NotificationDuty): string {
  switch (d.kind) {
    case 'within':
      return `${describePeriod(d.period)} after ${anchorText(d.anchor, duty)}`;
    case 'immediately':
    case 'without-undue-delay': {
      const lead = d.kind === 'immediately' ? 'immediately' : 'without undue delay';
      return d.outerLimit ? `${lead}, at the latest ${describePeriod(d.outerLimit)} after ${anchorText(d.anchor, duty)}` : `${lead} after ${anchorText(d.anchor, duty)}`;
    }
    case 'on-request':
      return 'on request of the authority';
    case 'before-action':
      return `before ${d.action}`;
  }
}

const mainEstablishment = (c: IncidentCase): MemberState | undefined => {
  const main = readFact(c, 'organisation.mainEstablishment');
  return typeof main === 'string' && main in MEMBER_STATES ? (main as MemberState) : undefined;
};

/** The Member States whose authorities receive this duty's reports. */
function placesFor(c: IncidentCase, recipient: Recipient): MemberState[] {
  const place = RECIPIENT_PLACE[recipient];
  if (place.kind === 'none') return [];
  const main = mainEstablishment(c);
  const affected = (readFact(c, 'incident.occurredIn') as MemberState[] | undefined) ?? [];
  const states = place.kind === 'establishment' ? (main ? [main] : []) : affected.length > 0 ? affected : main ? [main] : [];
  return states.filter((s) => s in MEMBER_STATES);
}

interface DutyDecision {
  readonly truth: Truth;
  readonly reason: string;
  readonly missing: FactPath[];
}

function decideDuty(act: ActDefinition, duty: NotificationDuty, c: IncidentCase, scenarios: ReadonlySet<string>): DutyDecision {
  const e = new Evaluation(c, knowledgeBase);
  const scope = e.ref(`${act.id}:scope`);
  if (scope === FALSE) return { truth: FALSE, reason: `${act.shortName} does not cover the case`, missing: [] };
  const role = e.condition(ROLE_CONDITIONS[duty.who]);
  if (role === FALSE) return { truth: FALSE, reason: `the organisation is not ${duty.who}`, missing: [] };
  const trigger = e.condition(duty.trigger);
  if (trigger === FALSE) return { truth: FALSE, reason: 'the incident does not trigger it', missing: [] };
  const aware = awarenessFor(c.timeline, act.id);
  const awareDay = Temporal.Instant.from(aware).toZonedDateTimeISO('UTC').toPlainDate().toString();
  if (duty.awarenessFrom && awareDay < duty.awarenessFrom) {
    return { truth: TRUE, reason: `not required: the duty covers only incidents the notifier becomes aware of from ${duty.awarenessFrom}`, missing: [] };
  }
  if (duty.startsAfter) {
    const stated = readFact(c, duty.startsAfter.fact);
    if (typeof stated !== 'string') {
      return { truth: UNKNOWN, reason: `applies if it started before awareness: ${duty.startsAfter.label} (${citation(duty.startsAfter.cite)})`, missing: [duty.startsAfter.fact] };
    }
    const from = addMonths(stated, duty.startsAfter.months);
    if (awareDay < from) {
      return { truth: TRUE, reason: `not required: the duty applies from ${from}, ${duty.startsAfter.label} (${citation(duty.startsAfter.cite)})`, missing: [] };
    }
  }
  const timing = partState(activeEvents(act, scenarios), duty.part, awareDay);
  if (timing.status !== 'applies') {
    return { truth: TRUE, reason: `not required: the duty ${timing.status === 'ended' ? 'no longer applied' : `applies only from ${timing.from ?? 'a later date'}`} when the notifier became aware`, missing: [] };
  }
  for (const ex of duty.exemptions ?? []) {
    const v = e.condition(ex.when);
    if (v === TRUE) return { truth: TRUE, reason: `not required: ${ex.label} (${citation(ex.cite)})`, missing: [] };
  }
  const open = scope === UNKNOWN || role === UNKNOWN || trigger === UNKNOWN || (duty.exemptions ?? []).some((ex) => e.condition(ex.when) === UNKNOWN);
  const missing = open ? e.missingSince(0) : [];
  return { truth: open ? UNKNOWN : TRUE, reason: open ? `applies if ${missing.join(', ')} turn out so` : '', missing };
}

/** Plain elapsed time in UTC, for when the recipient's calendar is unknown; undefined for working days. */
function plainElapsed(start: string, period: { amount: number; unit: string }): string | undefined {
  const at = Temporal.Instant.from(start).toZonedDateTimeISO('UTC');
  switch (period.unit) {
    case 'hours':
      return at.add({ hours: period.amount }).toInstant().toString();
    case 'days':
      return at.add({ days: period.amount }).toInstant().toString();
    case 'weeks':
      return at.add({ weeks: period.amount }).toInstant().toString();
    case 'months':
      return at.add({ months: period.amount }).toInstant().toString();
    default:
      return undefined;
  }
}

function statusAt(now: Temporal.Instant, due: string, safe: string, hours: number): StepStatus {
  const dueAt = Temporal.Instant.from(due);
  if (Temporal.Instant.compare(now, dueAt) > 0) return 'overdue';
  const safeAt = Temporal.Instant.from(safe);
  const soon = Math.max(1, Math.min(24, hours / 4));
  return now.until(safeAt).total({ unit: 'hours' }) <= soon ? 'due-soon' : 'upcoming';
}

function planStep(
  act: ActDefinition,
  duty: NotificationDuty,
  step: NotificationStep,
  c: IncidentCase,
  state: MemberState | undefined,
  now: Temporal.Instant,
  decision: DutyDecision,
  dossier: Readonly<Record<string, DossierValue>>,
): PlannedStep {
  const recipient = step.recipient ?? duty.recipient;
  const authorityType = RECIPIENT_PLACE[recipient].kind === 'none' ? undefined : (recipient as AuthorityType);
  const timeZone = state ? stateTimeZone(state) : 'UTC';
  const submission = (stepId: string) => c.timeline.submitted?.find((s) => s.duty === duty.id && s.step === stepId && (s.state === undefined || s.state === state));
  const submitted = (stepId: string): string | undefined => submission(stepId)?.at;
  const base = {
    duty: duty.id,
    act: act.id,
    regime: act.shortName,
    dutyTitle: duty.title,
    step: step.id,
    stepTitle: step.title,
    cite: step.cite,
    citation: citation(step.cite),
    url: provisionUrl(step.cite),
    who: duty.who,
    recipient,
    ...(state ? { memberState: state, timeZone } : {}),
    ...(state && authorityType ? { authority: authorityFor(state, authorityType) } : {}),
    deadlineText: deadlineText(step.deadline, duty),
    content: step.content.map((id) => ({ id, label: dossierField(id)?.label ?? id, written: dossier[id] !== undefined })),
    missingFacts: decision.missing,
    ...(step.note ?? duty.note ? { note: step.note ?? duty.note } : {}),
  };
  if (decision.reason.startsWith('not required')) return { ...base, status: 'not-required', reason: decision.reason };
  const done = submission(step.id);
  if (done) return { ...base, status: 'submitted', reason: `submitted ${done.at}`, submittedAt: done.at, ...(done.reference !== undefined ? { reference: done.reference } : {}) };
  if (decision.truth === UNKNOWN) return { ...base, status: 'possible', reason: decision.reason };
  if (step.when) {
    const v = new Evaluation(c, knowledgeBase).condition(step.when);
    if (v === FALSE) {
      return { ...base, status: 'not-required', reason: `not required: it is not the case that ${step.when.label ?? 'its condition holds'}` };
    }
  }
  const d = step.deadline;
  if (d.kind === 'on-request') return { ...base, status: 'on-request', reason: 'only if the authority asks' };
  if (d.kind === 'before-action') return { ...base, status: 'before-action', reason: `due before ${d.action}, concurrently in urgent cases` };
  const start = anchorInstant(c, act.id, d.anchor, submitted);
  if (!start) return { ...base, status: 'waiting', reason: `runs from ${anchorText(d.anchor, duty)}, not yet in the timeline` };
  // Reports to people follow the notifier's calendar: its main establishment, where stated.
  const calendarState = state ?? (RECIPIENT_PLACE[recipient].kind === 'none' ? mainEstablishment(c) : undefined);
  if (!calendarState) {
    // Without the recipient's Member State its public holidays are unknown: no legal deadline is
    // computed, only plain elapsed time in UTC, and the missing fact is named.
    const place = RECIPIENT_PLACE[recipient];
    const fact: FactPath = place.kind === 'occurred' ? 'incident.occurredIn' : 'organisation.mainEstablishment';
    const safe = d.kind === 'within' ? plainElapsed(start, d.period) : d.outerLimit ? plainElapsed(start, d.outerLimit) : undefined;
    const missingFacts = RECIPIENT_PLACE[recipient].kind === 'none' ? base.missingFacts : [...new Set([...base.missingFacts, fact])];
    if (!safe) return { ...base, missingFacts, status: 'due-now', reason: deadlineText(d, duty) };
    return {
      ...base,
      missingFacts,
      status: statusAt(now, safe, safe, Temporal.Instant.from(start).until(Temporal.Instant.from(safe)).total({ unit: 'hours' })),
      reason: `earliest safe ${safe} (plain elapsed time, UTC); the legal deadline needs the recipient’s Member State (${fact})`,
      due: safe,
    };
  }
  const memberState = calendarState;
  const zone = stateTimeZone(memberState);
  if (d.kind === 'within') {
    const period = computePeriodDeadline({ start, period: d.period, memberState, timeZone: zone, eventLabel: anchorText(d.anchor, duty) });
    return {
      ...base,
      status: statusAt(now, period.legal.utc, period.earliestSafe.utc, hoursOf(period)),
      reason: `earliest safe ${period.earliestSafe.label}; by Reg 1182/71 ${period.legal.label}`,
      period,
      due: period.legal.utc,
    };
  }
  const open = describeOpenDeadline({
    kind: d.kind,
    start,
    memberState,
    timeZone: zone,
    eventLabel: anchorText(d.anchor, duty),
    ...(d.outerLimit ? { outerLimit: d.outerLimit } : {}),
  });
  const outer = open.outerLimit;
  const status: StepStatus = outer && Temporal.Instant.compare(now, Temporal.Instant.from(outer.legal.utc)) > 0 ? 'overdue' : 'due-now';
  return { ...base, status, reason: open.summary, open, ...(outer ? { due: outer.legal.utc } : {}) };
}

/** Plans every notification duty the incident triggers, sorted by urgency and deadline. */
export function planIncident(c: IncidentCase, options: PlanOptions): IncidentPlan {
  const now = Temporal.Instant.from(options.now);
  const scenarios = new Set(options.scenarios ?? []);
  const steps: PlannedStep[] = [];
  const dossier = effectiveDossier(c);
  for (const act of knowledgeBase.acts) {
    for (const duty of act.notifications ?? []) {
      if (duty.scenario !== undefined && !scenarios.has(duty.scenario)) continue;
      if (duty.replacedBy?.some((s) => scenarios.has(s))) continue;
      const decision = decideDuty(act, duty, c, scenarios);
      if (decision.truth === FALSE) continue;
      const states = placesFor(c, duty.recipient);
      for (const step of duty.steps) {
        const places = RECIPIENT_PLACE[step.recipient ?? duty.recipient].kind === 'none' ? [undefined] : states.length > 0 ? states : [undefined];
        for (const state of places) steps.push(planStep(act, duty, step, c, state, now, decision, dossier.values));
      }
    }
  }
  steps.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.duty.localeCompare(b.duty),
  );
  const missing = [...new Set(steps.flatMap((s) => s.missingFacts))].sort(byFactOrder);
  return {
    schemaVersion: 1,
    now: now.toString(),
    scenarios: [...scenarios],
    knowledgeBase: { version: knowledgeBase.version, verifiedOn: knowledgeBase.verifiedOn() },
    incident: c.name ? { name: c.name } : {},
    steps,
    missingFacts: missing,
    ...(c.gdprRiskAid ? { gdprRiskAid: enisaSeverity(c.gdprRiskAid, readFact(c, 'incident.breachRisk') as string | undefined) } : {}),
    dossier: planDossier(steps, dossier.values, dossier.sources),
    notice: PLAN_NOTICE,
  };
}
