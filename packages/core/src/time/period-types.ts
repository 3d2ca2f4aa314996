/** The shapes of a period query and its answer (see period-1182-71.ts). */
import type { MemberState } from '../facts/vocabulary.ts';
import type { Period } from '../kb/notification-types.ts';
import type { ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate } from '../kb/types.ts';
import type { PublicHoliday } from './public-holidays.ts';
import type { Temporal } from './temporal.ts';
import type { HolidayCalendar } from './working-days.ts';
import type { ZonedMoment } from './zoned-moment.ts';

export interface PeriodQuery {
  /** The event the period runs from: an ISO instant with offset or Z, or a Temporal.Instant. */
  readonly start: string | Temporal.Instant;
  readonly period: Period;
  /** Member State where the act is to be performed (Art 2(1)); its public holidays count. */
  readonly memberState: MemberState;
  /** IANA zone of that place, e.g. 'Europe/Berlin': days begin and end at its midnight. */
  readonly timeZone: string;
  /** Region for regional holidays (date-holidays code, e.g. 'BY'); national holidays only when absent. */
  readonly region?: string;
  /** How the reasoning names the event, e.g. 'awareness'. Default 'the event'. */
  readonly eventLabel?: string;
}

export interface ReasoningStep {
  readonly cite: ProvisionId;
  readonly text: string;
}

export interface PeriodDeadline {
  readonly period: Period;
  readonly memberState: MemberState;
  readonly region?: string;
  readonly event: ZonedMoment;
  /** Where counting begins: the next whole hour (hours) or the next day's start (other units), Art 3(1). */
  readonly periodStart: ZonedMoment;
  readonly earliestSafe: ZonedMoment;
  /** One sentence on how `earliestSafe` was counted. */
  readonly earliestSafeBasis: string;
  readonly legal: ZonedMoment;
  /** The last day of the period after Art 3(4) and 3(5) (periods other than hours). */
  readonly lastDay?: IsoDate;
  /** The provisions that moved the legal end later than the nominal last day: Art 3(4), Art 3(5). */
  readonly extendedBy: readonly ProvisionId[];
  /** Public holidays on weekdays that changed the result. */
  readonly holidaysApplied: readonly PublicHoliday[];
  /** The holiday data used, e.g. `date-holidays 3.37.0, DE (national public holidays only; …)`. */
  readonly holidaySource: string;
  readonly reasoning: readonly ReasoningStep[];
}

/** A validated query as the unit-specific computations receive it. */
export interface PeriodContext {
  readonly event: Temporal.ZonedDateTime;
  readonly period: Period;
  readonly cal: HolidayCalendar;
  readonly timeZone: string;
  readonly label: string;
}

/** What a unit-specific computation returns; the entry point adds the rest. */
export type PeriodComputation = Omit<
  PeriodDeadline,
  'period' | 'memberState' | 'region' | 'event' | 'holidaySource'
>;
