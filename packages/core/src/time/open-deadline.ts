/**
 * "Immediately" and "without undue delay": duties with no fixed period, sometimes with an outer
 * limit (GDPR Art 33(1): without undue delay and, where feasible, not later than 72 hours after
 * awareness). Regulation 1182/71 counts periods only, so it fixes no end for the open part; the
 * outer limit is a period and is computed like any other (period-1182-71.ts).
 */
import type { MemberState } from '../facts/vocabulary.ts';
import type { Period } from '../kb/notification-types.ts';
import { checkLabel, checkPeriod, checkTimeZone, parseInstant } from './period-input.ts';
import { computePeriodDeadline, describePeriod } from './period-1182-71.ts';
import type { PeriodDeadline, ReasoningStep } from './period-1182-71.ts';
import { checkHolidayCalendar } from './public-holidays.ts';
import type { Temporal } from './temporal.ts';
import { TimeInputError } from './time-input-error.ts';
import { zonedMoment } from './zoned-moment.ts';
import type { ZonedMoment } from './zoned-moment.ts';

export type OpenDeadlineKind = 'immediately' | 'without-undue-delay';

export interface OpenDeadlineQuery {
  readonly kind: OpenDeadlineKind;
  /** The event the duty runs from (ISO instant with offset or Z, or a Temporal.Instant). */
  readonly start: string | Temporal.Instant;
  readonly memberState: MemberState;
  readonly timeZone: string;
  readonly region?: string;
  readonly outerLimit?: Period;
  /** Default 'the event'; e.g. 'awareness'. */
  readonly eventLabel?: string;
}

export interface OpenDeadline {
  readonly kind: OpenDeadlineKind;
  readonly event: ZonedMoment;
  /** The outer limit computed under Reg 1182/71, when the act gives one. */
  readonly outerLimit?: PeriodDeadline;
  /** One line for the planner, e.g. `without undue delay; at the latest 72 hours after awareness: 10:17 Thu 5 Nov 2026 … (earliest safe); 11:00 Thu 5 Nov 2026 … by Reg 1182/71`. */
  readonly summary: string;
  readonly reasoning: readonly ReasoningStep[];
}

const LEAD: Record<OpenDeadlineKind, string> = {
  immediately: 'immediately',
  'without-undue-delay': 'without undue delay',
};

/** Describes an open-ended duty and computes its outer limit, if any. Throws `TimeInputError` on bad input. */
export function describeOpenDeadline(query: OpenDeadlineQuery): OpenDeadline {
  if (typeof query !== 'object' || query === null) {
    throw new TimeInputError(
      'query',
      query,
      'an object { kind, start, memberState, timeZone, outerLimit? }',
    );
  }
  if (query.kind !== 'immediately' && query.kind !== 'without-undue-delay') {
    throw new TimeInputError('kind', query.kind, "'immediately' or 'without-undue-delay'");
  }
  const start = parseInstant('start', query.start);
  checkHolidayCalendar(query.memberState, query.region);
  const timeZone = checkTimeZone('timeZone', query.timeZone);
  const label = checkLabel('eventLabel', query.eventLabel, 'the event');
  const outer =
    query.outerLimit === undefined ? undefined : checkPeriod('outerLimit', query.outerLimit);

  const event = zonedMoment(start.toZonedDateTimeISO(timeZone));
  const lead = LEAD[query.kind];
  const open: ReasoningStep = {
    cite: 'time-limits:art-3',
    text: `“${lead[0]?.toUpperCase()}${lead.slice(1)}” is not a period in hours, days, weeks, months or years, so the Regulation fixes no end for it: act as soon as possible after ${label} (${event.label})${outer ? ' and at the latest by the outer limit' : ''}.`,
  };
  if (!outer) {
    return {
      kind: query.kind,
      event,
      summary: `${lead} after ${label} (${event.label}); no outer limit`,
      reasoning: [open],
    };
  }
  const limit = computePeriodDeadline({
    start,
    period: outer,
    memberState: query.memberState,
    timeZone,
    eventLabel: label,
    ...(query.region === undefined ? {} : { region: query.region }),
  });
  const legalPart =
    limit.legal.utc === limit.earliestSafe.utc ? '' : `; ${limit.legal.label} by Reg 1182/71`;
  return {
    kind: query.kind,
    event,
    outerLimit: limit,
    summary: `${lead}; at the latest ${describePeriod(outer)} after ${label}: ${limit.earliestSafe.label} (earliest safe)${legalPart}`,
    reasoning: [open, ...limit.reasoning],
  };
}
