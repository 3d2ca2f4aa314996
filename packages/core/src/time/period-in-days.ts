/**
 * Periods expressed in days, working days, weeks or months, Reg 1182/71 Art 3(1) second
 * subparagraph, Art 3(2)(b)/(c) and Art 3(3)–(5). The day of the event is not counted and the
 * period ends at 24:00 of its last day in the zone of the place where the act is performed.
 *
 * Weeks and months end on the day with the same weekday or date as the day of the event (the
 * "day from which the period runs"; CJEU C-171/03 Toeters, 11 Nov 2004: the dies ad quem is
 * fixed by reference to the day of the event), so a 1-month period from an event on 15 Jan
 * runs 16 Jan 00:00 – 15 Feb 24:00, and from 31 Jan ends at 24:00 on 28 (29) Feb.
 */
import { MEMBER_STATES } from '../facts/vocabulary.ts';
import type { Period } from '../kb/notification-types.ts';
import type { ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate } from '../kb/types.ts';
import { describePeriod, ordinal } from './describe-period.ts';
import type { PeriodComputation, PeriodContext, ReasoningStep } from './period-types.ts';
import type { HolidayCalendar } from './working-days.ts';
import { holidaySource } from './public-holidays.ts';
import type { PublicHoliday } from './public-holidays.ts';
import { Temporal } from './temporal.ts';
import {
  countWorkingDays,
  nextWorkingDay,
  nonWorkingReason,
  nthWorkingDayAfter,
  weekdayHolidays,
  workingDay,
} from './working-days.ts';
import { endOfDay, formatDay, formatMonth, zonedMoment } from './zoned-moment.ts';

/** The nominal last day before Art 3(4)/(5), with the step that explains it (Art 3(2)(b)/(c), Art 3(3)). */
function nominalLastDay(
  { event, period, cal, label }: PeriodContext,
  eventDay: Temporal.PlainDate,
): { day: Temporal.PlainDate; steps: ReasoningStep[] } {
  const n = period.amount;
  const what = `A period of ${describePeriod(period)}`;
  const counted: ReasoningStep = {
    cite: 'time-limits:art-3(3)',
    text: 'Saturdays, Sundays and public holidays inside the period are counted.',
  };
  switch (period.unit) {
    case 'days': {
      const day = eventDay.add({ days: n });
      return {
        day,
        steps: [
          {
            cite: 'time-limits:art-3(2)(b)',
            text: `${what} ends with the expiry of the last hour of its last day, ${formatDay(day)}.`,
          },
          counted,
        ],
      };
    }
    case 'weeks': {
      const day = eventDay.add({ weeks: n });
      const text = `${what} ends with the expiry of the last hour of the day in the last week with the same weekday as the day of ${label}: ${formatDay(day)}.`;
      return { day, steps: [{ cite: 'time-limits:art-3(2)(c)', text }, counted] };
    }
    case 'months': {
      const day = eventDay.add({ months: n });
      const month = day.toPlainYearMonth();
      const text =
        day.day === eventDay.day
          ? `${what} ends with the expiry of the last hour of the day in the last month with the same date as the day of ${label} (the ${ordinal(eventDay.day)}): ${formatDay(day)}.`
          : `${what} would end on the ${ordinal(eventDay.day)} of the last month, which ${formatMonth(month)} does not have, so it ends with the expiry of the last hour of that month's last day: ${formatDay(day)}.`;
      return { day, steps: [{ cite: 'time-limits:art-3(2)(c)', text }, counted] };
    }
    case 'working-days': {
      const day = nthWorkingDayAfter(eventDay, n, cal);
      const text = `${what} leaves out Saturdays, Sundays and public holidays; its last day, the ${ordinal(n)} working day after ${formatDay(eventDay)}, is ${formatDay(day)}.`;
      return { day, steps: [{ cite: 'time-limits:art-3(3)', text }] };
    }
    case 'hours':
      throw new Error(`hours are not day-based (${event.toString()})`);
  }
}

/** Same clock time, N calendar units later in the zone (Temporal keeps the wall time across DST; 31 Jan + 1 month = 28/29 Feb). */
function earliestSafeDayBased(
  event: Temporal.ZonedDateTime,
  period: Period,
  lastWorkingDay: Temporal.PlainDate,
): Temporal.ZonedDateTime {
  const n = period.amount;
  switch (period.unit) {
    case 'days':
      return event.add({ days: n });
    case 'weeks':
      return event.add({ weeks: n });
    case 'months':
      return event.add({ months: n });
    default:
      return lastWorkingDay.toZonedDateTime({
        timeZone: event.timeZoneId,
        plainTime: event.toPlainTime(),
      });
  }
}

/** The running state while Art 3(4) and 3(5) move the last day. */
interface Extension {
  last: Temporal.PlainDate;
  readonly extendedBy: ProvisionId[];
  readonly holidays: Map<IsoDate, PublicHoliday>;
  readonly reasoning: ReasoningStep[];
}

function noteHolidays(x: Extension, found: readonly PublicHoliday[]): void {
  for (const h of found) x.holidays.set(h.date, h);
}

/** Art 3(4): a last day that is a public holiday, Saturday or Sunday gives way to the next working day. */
function applyArt3_4(x: Extension, cal: HolidayCalendar): void {
  if (workingDay(x.last, cal)) return;
  const next = nextWorkingDay(x.last, cal);
  const skipped: string[] = [];
  for (let d = x.last; Temporal.PlainDate.compare(d, next) < 0; d = d.add({ days: 1 })) {
    skipped.push(`${formatDay(d)} is ${nonWorkingReason(d, cal) ?? 'a working day'}`);
  }
  noteHolidays(x, weekdayHolidays(x.last, next.subtract({ days: 1 }), cal));
  x.reasoning.push({
    cite: 'time-limits:art-3(4)',
    text: `The last day is not a working day (${skipped.join('; ')}); the period ends with the expiry of the last hour of the following working day, ${formatDay(next)}.`,
  });
  x.extendedBy.push('time-limits:art-3(4)');
  x.last = next;
}

/** Art 3(5): a period of two days or more includes at least two working days. */
function applyArt3_5(x: Extension, cal: HolidayCalendar, eventDay: Temporal.PlainDate): void {
  const firstDay = eventDay.add({ days: 1 });
  const count = countWorkingDays(firstDay, x.last, cal, 2);
  if (count >= 2) return;
  const second = nthWorkingDayAfter(eventDay, 2, cal);
  noteHolidays(x, weekdayHolidays(firstDay, second.subtract({ days: 1 }), cal));
  x.reasoning.push({
    cite: 'time-limits:art-3(5)',
    text: `${formatDay(firstDay)} – ${formatDay(x.last)} includes only ${count} working day${count === 1 ? '' : 's'}; a period of two days or more includes at least two working days, so it ends with the expiry of the last hour of the second working day, ${formatDay(second)}.`,
  });
  x.extendedBy.push('time-limits:art-3(5)');
  x.last = second;
}

/** Art 2(1): name the holidays that changed the result and where they come from. */
function holidayStep(x: Extension, cal: HolidayCalendar): PublicHoliday[] {
  const applied = [...x.holidays.values()].sort((a, b) => a.date.localeCompare(b.date));
  if (applied.length > 0) {
    const list = applied
      .map((h) => `${formatDay(Temporal.PlainDate.from(h.date))} ${h.name}`)
      .join(', ');
    x.reasoning.push({
      cite: 'time-limits:art-2(1)',
      text: `Public holidays are those of the Member State where the act is to be performed, ${MEMBER_STATES[cal.memberState]}: ${list} (source: ${holidaySource(cal.memberState, cal.region)}).`,
    });
  }
  return applied;
}

/** Art 3(1) second subparagraph, Art 3(2)(b)/(c), Art 3(3)–(5). */
export function dayBasedPeriod(ctx: PeriodContext): PeriodComputation {
  const { event, period, cal, timeZone, label } = ctx;
  const eventDay = event.toPlainDate();
  const firstDay = eventDay.add({ days: 1 });
  const start = firstDay.toZonedDateTime({ timeZone });
  const nominal = nominalLastDay(ctx, eventDay);
  const x: Extension = {
    last: nominal.day,
    extendedBy: [],
    holidays: new Map(),
    reasoning: [
      {
        cite: 'time-limits:art-3(1)',
        text: `The day of ${label} (${formatDay(eventDay)}) is not counted; the period starts at ${zonedMoment(start).label}.`,
      },
      ...nominal.steps,
    ],
  };
  if (period.unit === 'working-days') {
    // Art 3(4) cannot apply: the last working day is a working day by construction.
    noteHolidays(x, weekdayHolidays(firstDay, nominal.day, cal));
  } else {
    applyArt3_4(x, cal);
  }
  // "Two days or more" is read on the period as expressed: a 1-day period stretched by
  // Art 3(4) is still a 1-day period.
  if (period.unit === 'weeks' || period.unit === 'months' || period.amount >= 2) {
    applyArt3_5(x, cal, eventDay);
  }
  const holidaysApplied = holidayStep(x, cal);
  const legal = endOfDay(x.last, timeZone);
  x.reasoning.push({
    cite:
      period.unit === 'weeks' || period.unit === 'months'
        ? 'time-limits:art-3(2)(c)'
        : 'time-limits:art-3(2)(b)',
    text: `The period ends at ${legal.moment.label} (${legal.moment.utc}).`,
  });
  const basis =
    period.unit === 'working-days'
      ? `The clock time of ${label} on the last working day, without counting to the end of that day.`
      : `The clock time of ${label} ${describePeriod(period)} later in ${timeZone}, without leaving out the day of ${label} or extending the period.`;
  return {
    periodStart: zonedMoment(start),
    earliestSafe: zonedMoment(earliestSafeDayBased(event, period, nominal.day)),
    earliestSafeBasis: basis,
    legal: legal.moment,
    lastDay: x.last.toString(),
    extendedBy: x.extendedBy,
    holidaysApplied,
    reasoning: x.reasoning,
  };
}
