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
import { assessBreachRisk, withAssessedRisk, withRiskLevel } from './breach-risk.ts';
import type { BreachRiskAssessment } from './breach-risk.ts';
import { awarenessFor } from './incident-case.ts';
import type { IncidentCase } from './incident-case.ts';
import { enisaSeverity } from './gdpr-risk-aid.ts';
import type { RiskAid } from './gdpr-risk-aid.ts';
import { incidentQuestions } from './questions.ts';
import type { RegimeQuestions } from './questions.ts';
import { RECIPIENT_PLACE } from './recipient-place.ts';
import { assessSignificance, withDerivedSignificance } from './significance.ts';
import type { SignificanceFinding } from './significance.ts';
import { awarenessDay, timeRuleFor } from './time-rule.ts';
import type { TimeRule } from './time-rule.ts';

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
  /**
   * For a `possible` step: the status it would have if it applies (e.g. `due-soon`), so a duty
   * that may apply still counts among what is due (MDR Art 87(7): in doubt, report in time).
   */
  readonly ifApplies?: StepStatus;
  /** Why: the exemption that applies, what is missing, what the deadline runs from. */
  readonly reason: string;
  /** `24 hours after awareness`, `without undue delay`, `on request`. */
  readonly deadlineText: string;
  readonly period?: PeriodDeadline;
  readonly open?: OpenDeadline;
  /** The instant the status is measured against: the binding end under the step's time rule. */
  readonly due?: string;
  /** Which rules count the time limit, and which end binds. */
  readonly timeRule: TimeRule;
  /** How the recipient's Member State was chosen, where the rule is not the ordinary one. */
  readonly routing?: string;
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
  /** The GDPR breach risk decided from the factors (EDPB guidelines), and which assessment the GDPR steps followed. */
  readonly breachRisk?: BreachRiskAssessment;
  /** Per regime: significant, serious, an accident? With the criteria that decided and those still open. */
  readonly significance: readonly SignificanceFinding[];
  /** The ENISA severity score where the case gives its inputs: an aid, not the decision. */
  readonly gdprRiskAid?: RiskAid;
  /** Per regime in the plan, the incident questions its duties and aids read, with the case's answers. */
  readonly questions: readonly RegimeQuestions[];
  /** The dossier fields the steps need, their values and how complete each regime's report is. */
  readonly dossier: PlanDossier;
  /** How the day of awareness is compared with dates of application. */
  readonly dateConvention: string;
  readonly notice: string;
}

export interface PlanOptions {
  /** The instant the plan is made at (ISO with offset or Z). The core reads no clock. */
  readonly now: string;
  readonly scenarios?: readonly string[];
}

export const PLAN_NOTICE =
  'Not legal advice. Deadlines are computed from the timeline given. Regulations’ time limits are counted under Regulation (EEC, Euratom) No 1182/71 with the public holidays of the recipient’s Member State; Directives’ (NIS2, CER) bind through national transposing law, whose own counting rules govern; vigilance timelines (MDR, IVDR, AI Act) are calendar days. The earliest safe deadline counts plain elapsed time and is the one to aim for.';

export const DATE_CONVENTION =
  'Dates of application are calendar dates without a time zone; the day of awareness is taken where the notifier is (its main establishment), else the latest calendar day in any Member State where the incident occurred, else Central European Time.';

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

function anchorInstant(c: IncidentCase, act: ActId, who: string, anchor: Anchor, submitted: (step: string) => string | undefined): string | undefined {
  switch (anchor.kind) {
    case 'awareness':
      return awarenessFor(c.timeline, act, who);
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

const statesOf = (c: IncidentCase, fact: FactPath): MemberState[] => {
  const v = readFact(c, fact);
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return list.filter((s): s is MemberState => typeof s === 'string' && s in MEMBER_STATES);
};

interface Places {
  readonly states: MemberState[];
  /** The fact that names the recipient's Member State, when it is missing. */
  readonly fact: FactPath;
  readonly routing?: string;
}

/** The Member States whose authorities receive this duty's reports, with the fact that decides them. */
function placesFor(c: IncidentCase, recipient: Recipient): Places {
  const place = RECIPIENT_PLACE[recipient];
  if (place.kind === 'none') return { states: [], fact: 'organisation.mainEstablishment' };
  const outsideEu = readFact(c, 'organisation.establishedInEu') === false;
  if (outsideEu && recipient === 'data-protection-authority') {
    return {
      states: statesOf(c, 'incident.dataSubjectsResideIn'),
      fact: 'incident.dataSubjectsResideIn',
      routing: 'The controller has no establishment in the EU, so there is no lead supervisory authority (one-stop shop): the breach goes to the supervisory authority of every Member State where affected people live; a representative under Art 27 does not change this (EDPB Guidelines 9/2022, para 73).',
    };
  }
  if (outsideEu && recipient === 'cra-coordinating-csirt-and-enisa') {
    return {
      states: statesOf(c, 'incident.craCoordinatorState'),
      fact: 'incident.craCoordinatorState',
      routing: 'The manufacturer has no main establishment in the EU: the coordinating CSIRT is that of the Member State of its authorised representative, else of its importer, else of its distributor, else of the Member State with the most users (CRA Art 14(7)).',
    };
  }
  const main = mainEstablishment(c);
  const affected = statesOf(c, 'incident.occurredIn');
  if (place.kind === 'establishment') return { states: main ? [main] : [], fact: 'organisation.mainEstablishment' };
  return { states: affected.length > 0 ? affected : main ? [main] : [], fact: 'incident.occurredIn' };
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
  const aware = awarenessFor(c.timeline, act.id, duty.who);
  const { day: awareDay, zone } = awarenessDay(c, aware);
  if (duty.awarenessFrom && awareDay < duty.awarenessFrom) {
    return { truth: TRUE, reason: `not required: the duty covers only incidents the notifier becomes aware of from ${duty.awarenessFrom}; awareness fell on ${awareDay} (${zone})`, missing: [] };
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
    return { truth: TRUE, reason: `not required: the duty ${timing.status === 'ended' ? 'no longer applied' : `applies only from ${timing.from ?? 'a later date'}`} when the notifier became aware (${awareDay}, ${zone})`, missing: [] };
  }
  for (const ex of duty.exemptions ?? []) {
    const v = e.condition(ex.when);
    if (v === TRUE) return { truth: TRUE, reason: `not required: ${ex.label} (${citation(ex.cite)})`, missing: [] };
  }
  const open = scope === UNKNOWN || role === UNKNOWN || trigger === UNKNOWN || (duty.exemptions ?? []).some((ex) => e.condition(ex.when) === UNKNOWN);
  const missing = open ? e.missingSince(0) : [];
  return { truth: open ? UNKNOWN : TRUE, reason: open ? `applies if ${missing.join(', ')} turn out so` : '', missing };
}

type Outcome = 'required' | 'not-required' | 'absent' | 'open';
const outcomeOf = (d: DutyDecision): Outcome => (d.truth === FALSE ? 'absent' : d.reason.startsWith('not required') ? 'not-required' : d.truth === TRUE ? 'required' : 'open');

/**
 * A GDPR duty while the breach risk is undecided: decided under each level the open factors
 * still allow. The same outcome under all of them is the outcome; otherwise the duty is
 * possible, and the factors to answer are named.
 */
function decideUnderLevels(act: ActDefinition, duty: NotificationDuty, c: IncidentCase, scenarios: ReadonlySet<string>, risk: BreachRiskAssessment): DutyDecision {
  const byLevel = risk.possible.map((level) => ({ level, d: decideDuty(act, duty, withRiskLevel(c, level), scenarios) }));
  const outcomes = new Set(byLevel.map((x) => outcomeOf(x.d)));
  if (outcomes.size === 1) {
    const first = byLevel[0]!.d;
    return outcomes.has('open') ? { ...first, missing: [...new Set([...first.missing, ...risk.missingFacts])] } : first;
  }
  const applies = byLevel.filter((x) => outcomeOf(x.d) === 'required' || outcomeOf(x.d) === 'open').map((x) => x.level);
  const missing: FactPath[] = [...new Set<FactPath>([...risk.missingFacts, 'incident.breachRisk', ...byLevel.flatMap((x) => x.d.missing)])];
  return {
    truth: UNKNOWN,
    reason: `applies if the breach risk is ${applies.join(' or ')}: the factors still allow ${risk.possible.join(', ')} — answer ${risk.missingFacts.join(', ')}, or record the controller’s own assessment (incident.breachRisk)`,
    missing,
  };
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

const hoursBetween = (a: string, b: string): number => Temporal.Instant.from(a).until(Temporal.Instant.from(b)).total({ unit: 'hours' });

interface Timing {
  readonly status: StepStatus;
  readonly reason: string;
  readonly period?: PeriodDeadline;
  readonly open?: OpenDeadline;
  readonly due?: string;
  readonly missingFacts?: readonly FactPath[];
}

/** One step of one duty, for one recipient Member State (or none), planned at `now`. */
interface StepAt {
  readonly act: ActDefinition;
  readonly duty: NotificationDuty;
  readonly step: NotificationStep;
  readonly c: IncidentCase;
  readonly state: MemberState | undefined;
  readonly places: Places;
  readonly now: Temporal.Instant;
}

/** The step's deadline and its status at `now`, as if the step certainly applies. */
function stepTiming({ act, duty, step, c, state, places, now }: StepAt, rule: TimeRule, submitted: (stepId: string) => string | undefined): Timing {
  const recipient = step.recipient ?? duty.recipient;
  const d = step.deadline;
  if (d.kind === 'on-request') return { status: 'on-request', reason: 'only if the authority asks' };
  if (d.kind === 'before-action') return { status: 'before-action', reason: `due before ${d.action}, concurrently in urgent cases` };
  const start = anchorInstant(c, act.id, duty.who, d.anchor, submitted);
  if (!start) return { status: 'waiting', reason: `runs from ${anchorText(d.anchor, duty)}, not yet in the timeline` };
  // Reports to people follow the notifier's calendar: its main establishment, where stated.
  const calendarState = state ?? (RECIPIENT_PLACE[recipient].kind === 'none' ? mainEstablishment(c) : undefined);
  if (!calendarState) {
    // Without the recipient's Member State its public holidays are unknown: no legal deadline is
    // computed, only plain elapsed time in UTC, and the missing fact is named.
    const fact = RECIPIENT_PLACE[recipient].kind === 'none' ? undefined : places.fact;
    const safe = d.kind === 'within' ? plainElapsed(start, d.period) : d.outerLimit ? plainElapsed(start, d.outerLimit) : undefined;
    const missingFacts = fact ? [fact] : [];
    if (!safe) return { status: 'due-now', reason: deadlineText(d, duty), missingFacts };
    return {
      status: statusAt(now, safe, safe, hoursBetween(start, safe)),
      reason: `earliest safe ${safe} (plain elapsed time, UTC)${fact ? `; the legal deadline needs the recipient’s Member State (${fact})` : ''}`,
      due: safe,
      missingFacts,
    };
  }
  const zone = stateTimeZone(calendarState);
  if (d.kind === 'within') {
    const period = computePeriodDeadline({ start, period: d.period, memberState: calendarState, timeZone: zone, eventLabel: anchorText(d.anchor, duty) });
    const due = rule.binding === 'legal' ? period.legal.utc : period.earliestSafe.utc;
    const reason =
      rule.kind === 'regulation-1182-71'
        ? `earliest safe ${period.earliestSafe.label}; by Reg 1182/71 ${period.legal.label}`
        : rule.kind === 'calendar-days'
          ? `due ${period.earliestSafe.label} (calendar days); the Reg 1182/71 reading ${period.legal.label} is information only`
          : `due ${period.earliestSafe.label} (plain elapsed time); national transposing law governs the count — by analogy with Reg 1182/71 it would be ${period.legal.label}`;
    return { status: statusAt(now, due, period.earliestSafe.utc, hoursOf(period)), reason, period, due };
  }
  const open = describeOpenDeadline({
    kind: d.kind,
    start,
    memberState: calendarState,
    timeZone: zone,
    eventLabel: anchorText(d.anchor, duty),
    ...(d.outerLimit ? { outerLimit: d.outerLimit } : {}),
  });
  const outer = open.outerLimit;
  const due = outer ? (rule.binding === 'legal' ? outer.legal.utc : outer.earliestSafe.utc) : undefined;
  const status: StepStatus = due && Temporal.Instant.compare(now, Temporal.Instant.from(due)) > 0 ? 'overdue' : 'due-now';
  return { status, reason: open.summary, open, ...(due ? { due } : {}) };
}

const hoursOf = (deadline: PeriodDeadline): number =>
  Temporal.Instant.from(deadline.event.utc).until(Temporal.Instant.from(deadline.earliestSafe.utc)).total({ unit: 'hours' });

function planStep(at: StepAt, decision: DutyDecision, dossier: Readonly<Record<string, DossierValue>>): PlannedStep {
  const { act, duty, step, c, state, places } = at;
  const recipient = step.recipient ?? duty.recipient;
  const authorityType = RECIPIENT_PLACE[recipient].kind === 'none' ? undefined : (recipient as AuthorityType);
  const timeZone = state ? stateTimeZone(state) : 'UTC';
  const submission = (stepId: string) => c.timeline.submitted?.find((s) => s.duty === duty.id && s.step === stepId && (s.state === undefined || s.state === state));
  const submitted = (stepId: string): string | undefined => submission(stepId)?.at;
  const rule = timeRuleFor(act);
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
    timeRule: rule,
    ...(places.routing && RECIPIENT_PLACE[recipient].kind !== 'none' ? { routing: places.routing } : {}),
    content: step.content.map((id) => ({ id, label: dossierField(id)?.label ?? id, written: dossier[id] !== undefined })),
    missingFacts: decision.missing,
    ...(step.note ?? duty.note ? { note: step.note ?? duty.note } : {}),
  };
  if (decision.reason.startsWith('not required')) return { ...base, status: 'not-required', reason: decision.reason };
  const done = submission(step.id);
  if (done) return { ...base, status: 'submitted', reason: `submitted ${done.at}`, submittedAt: done.at, ...(done.reference !== undefined ? { reference: done.reference } : {}) };
  let possibleBecause = decision.truth === UNKNOWN ? decision.reason : undefined;
  let missing = decision.missing;
  if (step.when) {
    const e = new Evaluation(c, knowledgeBase);
    const v = e.condition(step.when);
    if (v === FALSE) {
      return { ...base, status: 'not-required', reason: `not required: it is not the case that ${step.when.label ?? 'its condition holds'}` };
    }
    if (v === UNKNOWN) {
      const stepMissing = e.missingSince(0);
      missing = [...new Set([...missing, ...stepMissing])];
      const because = `this step is due only if ${step.when.label ?? 'its condition holds'}: ${stepMissing.join(', ')} not yet known`;
      possibleBecause = possibleBecause ? `${possibleBecause}; ${because}` : because;
    }
  }
  const timing = stepTiming(at, rule, submitted);
  const missingFacts = [...new Set([...missing, ...(timing.missingFacts ?? [])])];
  const deadline = { ...(timing.period ? { period: timing.period } : {}), ...(timing.open ? { open: timing.open } : {}), ...(timing.due ? { due: timing.due } : {}) };
  if (possibleBecause !== undefined) {
    const when = timing.due ? `if it applies, due ${timing.period?.earliestSafe.label ?? timing.open?.outerLimit?.earliestSafe.label ?? timing.due}` : `if it applies: ${timing.reason}`;
    return { ...base, ...deadline, missingFacts, status: 'possible', ifApplies: timing.status, reason: `${when}. Possible: ${possibleBecause}` };
  }
  return { ...base, ...deadline, missingFacts, status: timing.status, reason: timing.reason };
}

/** Plans every notification duty the incident triggers, sorted by urgency and deadline. */
export function planIncident(given: IncidentCase, options: PlanOptions): IncidentPlan {
  const now = Temporal.Instant.from(options.now);
  const scenarios = new Set(options.scenarios ?? []);
  const steps: PlannedStep[] = [];
  const dossier = effectiveDossier(given);
  const risk = assessBreachRisk(given);
  const actsWithDuties = new Set(knowledgeBase.acts.filter((a) => (a.notifications ?? []).length > 0).map((a) => a.id as string));
  const significance = assessSignificance(given, actsWithDuties);
  // The duties read the controller's or entity's own assessment; where the case leaves it open
  // and the aids decide it, their answer stands in (and the plan says so).
  const c = withDerivedSignificance(withAssessedRisk(given, risk), significance);
  const present = new Set<string>();
  for (const act of knowledgeBase.acts) {
    for (const duty of act.notifications ?? []) {
      if (duty.scenario !== undefined && !scenarios.has(duty.scenario)) continue;
      if (duty.replacedBy?.some((s) => scenarios.has(s))) continue;
      const undecidedRisk = act.id === 'gdpr' && risk?.used === 'undecided';
      const decision = undecidedRisk ? decideUnderLevels(act, duty, c, scenarios, risk) : decideDuty(act, duty, c, scenarios);
      if (decision.truth === FALSE) continue;
      present.add(act.id);
      const places = placesFor(c, duty.recipient);
      for (const step of duty.steps) {
        const forStep = step.recipient && step.recipient !== duty.recipient ? placesFor(c, step.recipient) : places;
        const targets = RECIPIENT_PLACE[step.recipient ?? duty.recipient].kind === 'none' ? [undefined] : forStep.states.length > 0 ? forStep.states : [undefined];
        for (const state of targets) steps.push(planStep({ act, duty, step, c, state, places: forStep, now }, decision, dossier.values));
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
    incident: given.name ? { name: given.name } : {},
    steps,
    missingFacts: missing,
    ...(risk ? { breachRisk: risk } : {}),
    significance: significance.filter((f) => present.has(f.act)),
    ...(given.gdprRiskAid ? { gdprRiskAid: enisaSeverity(given.gdprRiskAid, readFact(c, 'incident.breachRisk') as string | undefined) } : {}),
    questions: incidentQuestions(given, [...present] as ActId[], missing),
    dossier: planDossier(steps, dossier.values, dossier.sources),
    dateConvention: DATE_CONVENTION,
    notice: PLAN_NOTICE,
  };
}
