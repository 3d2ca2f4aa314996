/**
 * Counting working days in one Member State's calendar (Reg 1182/71 Art 2(2): all days other
 * than public holidays, Sundays and Saturdays). Dates are plain calendar dates in the zone of
 * the place where the act is to be performed.
 */
import { MEMBER_STATES } from '../facts/vocabulary.ts';
import type { MemberState } from '../facts/vocabulary.ts';
import { isWorkingDay, publicHolidayOn } from './public-holidays.ts';
import type { PublicHoliday } from './public-holidays.ts';
import type { Temporal } from './temporal.ts';

export interface HolidayCalendar {
  readonly memberState: MemberState;
  readonly region?: string;
}

/** No Member State has a run of non-working days this long; reaching it means broken data, a bug. */
const MAX_RUN = 60;

export function workingDay(date: Temporal.PlainDate, cal: HolidayCalendar): boolean {
  return isWorkingDay(date, cal.memberState, cal.region);
}

/** Why a day is not a working day (`a Saturday`, `a public holiday in Germany (Easter Monday)`), or undefined. */
export function nonWorkingReason(
  date: Temporal.PlainDate,
  cal: HolidayCalendar,
): string | undefined {
  if (date.dayOfWeek === 6) return 'a Saturday';
  if (date.dayOfWeek === 7) return 'a Sunday';
  const holiday = publicHolidayOn(date, cal.memberState, cal.region);
  if (!holiday) return undefined;
  const where =
    cal.region === undefined
      ? MEMBER_STATES[cal.memberState]
      : `${MEMBER_STATES[cal.memberState]} (${cal.region})`;
  return `a public holiday in ${where} (${holiday.name})`;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: Temporal.PlainDate, cal: HolidayCalendar): Temporal.PlainDate {
  let d = date.add({ days: 1 });
  for (let i = 0; !workingDay(d, cal); i++) {
    if (i > MAX_RUN)
      throw new Error(
        `no working day within ${MAX_RUN} days after ${date.toString()} in ${cal.memberState}`,
      );
    d = d.add({ days: 1 });
  }
  return d;
}

/** The n-th working day after `date` (the day itself not counted). */
export function nthWorkingDayAfter(
  date: Temporal.PlainDate,
  n: number,
  cal: HolidayCalendar,
): Temporal.PlainDate {
  let d = date;
  for (let k = 0; k < n; k++) d = nextWorkingDay(d, cal);
  return d;
}

/** Working days from `first` to `last`, both included; stops counting at `cap`. */
export function countWorkingDays(
  first: Temporal.PlainDate,
  last: Temporal.PlainDate,
  cal: HolidayCalendar,
  cap: number,
): number {
  let count = 0;
  for (let d = first; count < cap && d.until(last).sign >= 0; d = d.add({ days: 1 })) {
    if (workingDay(d, cal)) count++;
  }
  return count;
}

/** Public holidays falling on Monday–Friday from `first` to `last`, both included: the holidays that changed a count. */
export function weekdayHolidays(
  first: Temporal.PlainDate,
  last: Temporal.PlainDate,
  cal: HolidayCalendar,
): PublicHoliday[] {
  const found: PublicHoliday[] = [];
  for (let d = first; d.until(last).sign >= 0; d = d.add({ days: 1 })) {
    const h = d.dayOfWeek <= 5 ? publicHolidayOn(d, cal.memberState, cal.region) : undefined;
    if (h) found.push(h);
  }
  return found;
}
