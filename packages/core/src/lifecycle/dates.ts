/**
 * Calendar arithmetic for support periods and liability periods. Periods in months and years
 * end on the same date as the day they run from, or on the last day of the month where that
 * date does not exist (29 February + 3 years = 28 February), as Regulation 1182/71 Art 3(2)(c)
 * counts periods in EU acts. Results are memoised: a fleet asks the same few dates many times.
 */
import { Temporal } from '../time/temporal.ts';
import type { IsoDate } from '../kb/types.ts';

const added = new Map<string, IsoDate>();

/** `date` plus whole months (negative to go back); a missing day becomes the month's last day. */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  const key = `${date}|${months}`;
  let out = added.get(key);
  if (out === undefined) {
    out = Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();
    if (added.size > 50_000) added.clear();
    added.set(key, out);
  }
  return out;
}

export function plusYears(date: IsoDate, years: number): IsoDate {
  return plusMonths(date, years * 12);
}

/** Years (possibly fractional, e.g. 2.5) as whole months, rounded to the nearest month. */
export function yearsToMonths(years: number): number {
  return Math.round(years * 12);
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const d = Temporal.PlainDate.from(date);
  return d.with({ day: d.daysInMonth }).toString();
}

/** Whole months from `from` to `to` rounded up (0 when `to` is not after `from`). */
export function monthsShort(from: IsoDate, to: IsoDate): number {
  if (to <= from) return 0;
  const a = Temporal.PlainDate.from(from);
  const b = Temporal.PlainDate.from(to);
  const whole = a.until(b, { largestUnit: 'months' });
  return whole.months + (whole.days > 0 ? 1 : 0) + whole.years * 12;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
