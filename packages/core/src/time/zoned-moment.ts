/**
 * An instant as the planner shows it: in UTC (what is stored and compared), in the recipient's
 * zone with its offset (what the recipient's clock says), and as a label for people. Labels are
 * built here rather than with `Intl` so they do not change with the ICU version.
 */
import type { Temporal } from './temporal.ts';

export interface ZonedMoment {
  /** ISO instant in UTC, e.g. `2026-11-05T10:00:00Z`. */
  readonly utc: string;
  /** The same instant in `timeZone`, ISO with offset, e.g. `2026-11-05T11:00:00+01:00`. */
  readonly local: string;
  readonly timeZone: string;
  /** E.g. `11:00 Thu 5 Nov 2026 Europe/Berlin (UTC+01:00)`; an end of day reads `24:00 Mon 16 Nov 2026 …`. */
  readonly label: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `Mon 2 Nov 2026` */
export function formatDay(date: Temporal.PlainDate): string {
  return `${WEEKDAYS[date.dayOfWeek - 1]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `February 2030` */
export function formatMonth(month: Temporal.PlainYearMonth): string {
  return `${LONG_MONTHS[month.month - 1]} ${month.year}`;
}

/** `10:17`, or `10:17:23` when the instant has seconds. */
export function formatClock(zdt: Temporal.ZonedDateTime): string {
  const hm = `${pad(zdt.hour)}:${pad(zdt.minute)}`;
  const fraction = zdt.millisecond + zdt.microsecond + zdt.nanosecond;
  return zdt.second === 0 && fraction === 0 ? hm : `${hm}:${pad(zdt.second)}`;
}

function zoneSuffix(zdt: Temporal.ZonedDateTime): string {
  return `${zdt.timeZoneId} (UTC${zdt.offset})`;
}

export function zonedMoment(zdt: Temporal.ZonedDateTime): ZonedMoment {
  return {
    utc: zdt.toInstant().toString(),
    local: zdt.toString({ timeZoneName: 'never' }),
    timeZone: zdt.timeZoneId,
    label: `${formatClock(zdt)} ${formatDay(zdt.toPlainDate())} ${zoneSuffix(zdt)}`,
  };
}

/** The start of the zone's day after `lastDay` — the expiry of the last hour of `lastDay` — labelled `24:00 lastDay`. */
export function endOfDay(
  lastDay: Temporal.PlainDate,
  timeZone: string,
): { zdt: Temporal.ZonedDateTime; moment: ZonedMoment } {
  const zdt = lastDay.add({ days: 1 }).toZonedDateTime({ timeZone });
  return {
    zdt,
    moment: { ...zonedMoment(zdt), label: `24:00 ${formatDay(lastDay)} ${zoneSuffix(zdt)}` },
  };
}
