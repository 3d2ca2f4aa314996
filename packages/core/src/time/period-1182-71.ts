/**
 * Deadlines of periods counted by Regulation (EEC, Euratom) No 1182/71 (act id `time-limits`).
 *
 * For a period running from an event (e.g. awareness of an incident) the planner shows two ends:
 * - `earliestSafe`: plain elapsed time from the event — N×60 minutes for hours; the same clock
 *   time N days/weeks/months later in the zone (the same clock time on the N-th working day for
 *   working days). Never later than the legal end, so it is the one to show first.
 * - `legal`: the end as the Regulation computes it (Art 3(1)–(5), holidays per Art 2).
 * Instants are returned in UTC and in the recipient's zone; holidays are those of the Member
 * State where the act is to be performed (Art 2(1)) — for a notification, the recipient's.
 *
 * Forward periods only: Art 3(4) does not apply to periods counted backwards from a date or
 * event, and such periods are not computed here.
 *
 * Bad input throws `TimeInputError` (see time-input-error.ts); nothing is returned half-valid.
 */
import { describePeriod } from './describe-period.ts';
import { dayBasedPeriod } from './period-in-days.ts';
import { hoursPeriod } from './period-in-hours.ts';
import { checkLabel, checkPeriod, checkTimeZone, parseInstant } from './period-input.ts';
import type { PeriodContext, PeriodDeadline, PeriodQuery } from './period-types.ts';
import { checkHolidayCalendar, holidaySource } from './public-holidays.ts';
import { TimeInputError } from './time-input-error.ts';
import type { HolidayCalendar } from './working-days.ts';
import { zonedMoment } from './zoned-moment.ts';

export type { PeriodDeadline, PeriodQuery, ReasoningStep } from './period-types.ts';
export { describePeriod };

/** Computes the earliest safe and the legal end of a period under Regulation 1182/71. Throws `TimeInputError` on bad input. */
export function computePeriodDeadline(query: PeriodQuery): PeriodDeadline {
  if (typeof query !== 'object' || query === null) {
    throw new TimeInputError('query', query, 'an object { start, period, memberState, timeZone }');
  }
  const start = parseInstant('start', query.start);
  const period = checkPeriod('period', query.period);
  checkHolidayCalendar(query.memberState, query.region);
  const timeZone = checkTimeZone('timeZone', query.timeZone);
  const label = checkLabel('eventLabel', query.eventLabel, 'the event');
  const cal: HolidayCalendar = { memberState: query.memberState, region: query.region };
  const ctx: PeriodContext = {
    event: start.toZonedDateTimeISO(timeZone),
    period,
    cal,
    timeZone,
    label,
  };
  const computed = period.unit === 'hours' ? hoursPeriod(ctx) : dayBasedPeriod(ctx);
  return {
    period,
    memberState: query.memberState,
    ...(query.region === undefined ? {} : { region: query.region }),
    event: zonedMoment(ctx.event),
    holidaySource: holidaySource(query.memberState, query.region),
    ...computed,
  };
}
