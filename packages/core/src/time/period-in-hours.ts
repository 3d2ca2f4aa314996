/**
 * Periods expressed in hours, Reg 1182/71 Art 3(1) first subparagraph and Art 3(2)(a): the hour
 * in which the event occurs is not counted; the period starts at the beginning of the next hour
 * and ends when its last hour expires. Art 3(4) (extension past a non-working last day) does
 * not apply to periods in hours.
 */
import { describePeriod } from './describe-period.ts';
import type { PeriodComputation, PeriodContext, ReasoningStep } from './period-types.ts';
import { countWorkingDays, nonWorkingReason } from './working-days.ts';
import { formatClock, formatDay, zonedMoment } from './zoned-moment.ts';

/** Art 3(1) first subparagraph and Art 3(2)(a). */
export function hoursPeriod({ event, period, cal, label }: PeriodContext): PeriodComputation {
  const n = period.amount;
  // The hour of the event is the clock hour in the zone of the place (in the repeated autumn
  // hour, the one matching the event's offset).
  const hourStart = event.round({ smallestUnit: 'hour', roundingMode: 'floor' });
  const start = hourStart.add({ hours: 1 });
  // Hours are elapsed time: across a DST change the clock shows one hour more or less.
  const legal = start.add({ hours: n });
  const earliest = event.add({ hours: n });
  const reasoning: ReasoningStep[] = [
    {
      cite: 'time-limits:art-3(1)',
      text: `The hour in which ${label} falls (${formatClock(hourStart)}–${formatClock(start)} ${formatDay(hourStart.toPlainDate())}) is not counted; the period starts at ${zonedMoment(start).label}.`,
    },
    {
      cite: 'time-limits:art-3(2)(a)',
      text: `A period of ${describePeriod(period)} ends with the expiry of its last hour: ${zonedMoment(legal).label} (${legal.toInstant().toString()}).`,
    },
  ];
  const lastHourDay = legal.subtract({ nanoseconds: 1 }).toPlainDate();
  const reason = nonWorkingReason(lastHourDay, cal);
  if (reason) {
    reasoning.push({
      cite: 'time-limits:art-3(4)',
      text: `The period ends on ${formatDay(lastHourDay)}, ${reason}; the extension to the next working day applies only to periods expressed otherwise than in hours, so the end stays.`,
    });
  }
  if (n >= 48 && countWorkingDays(start.toPlainDate(), lastHourDay, cal, 2) < 2) {
    reasoning.push({
      cite: 'time-limits:art-3(5)',
      text: 'The period includes fewer than two working days; the two-working-day minimum for periods of two days or more is not applied to a period expressed in hours (whether it covers one is not settled; not applying it errs early).',
    });
  }
  return {
    periodStart: zonedMoment(start),
    earliestSafe: zonedMoment(earliest),
    earliestSafeBasis: `${describePeriod(period)} of elapsed time from the minute of ${label}, without leaving out the hour of ${label}.`,
    legal: zonedMoment(legal),
    extendedBy: [],
    holidaysApplied: [],
    reasoning,
  };
}
