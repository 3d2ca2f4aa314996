/**
 * Public holidays per Member State — the ONE module that talks to `date-holidays`.
 *
 * Why only the type 'public': Regulation 1182/71 Art 2(1) counts as holidays the days
 * *designated as public holidays* in the Member State where the act is to be performed. In
 * date-holidays, 'bank' days (banks closed, e.g. 24/31 December in several states), 'school',
 * 'optional' (a day off for some employees only) and 'observance' (named but working) days are
 * not designated public holidays, so counting them would stretch deadlines without a legal basis.
 *
 * Why national only by default: without a region we apply the holidays that hold in the whole
 * Member State. Regional holidays (e.g. Epiphany in Bavaria, Corpus Christi in parts of Germany)
 * are applied only when the caller names the region where the act is performed — a planner that
 * does not know the recipient's region thus never relies on a regional holiday (it errs early).
 *
 * Caveat: the legally authoritative lists are those the Member States send to the Commission for
 * publication in the Official Journal (Art 2(1)); date-holidays is a maintained proxy for them.
 * Its data changes between releases, so the version is pinned and named in every explanation.
 */
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { MEMBER_STATES } from '../facts/vocabulary.ts';
import type { MemberState } from '../facts/vocabulary.ts';
import type { IsoDate } from '../kb/types.ts';
import type { Temporal } from './temporal.ts';
import { TimeInputError } from './time-input-error.ts';

/** Pinned in packages/core/package.json; a test fails if the installed version differs. */
export const DATE_HOLIDAYS_VERSION = '3.37.0';

export interface PublicHoliday {
  readonly date: IsoDate;
  /** English name where date-holidays has one, else the national name. */
  readonly name: string;
}

const OPTIONS = { types: ['public' as const], languages: ['en'] };

// date-holidays reads the calendars of every country when it is imported (about a quarter of a
// second); only deadline arithmetic needs it, so it loads on first use and an assessment or a
// CLI start does not pay for it.
let holidaysClass: typeof Holidays | undefined;
function holidaysLibrary(): typeof Holidays {
  holidaysClass ??= createRequire(import.meta.url)('date-holidays') as typeof Holidays;
  return holidaysClass;
}
const calendars = new Map<string, Holidays>();
const years = new Map<string, ReadonlyMap<IsoDate, PublicHoliday>>();

export function isMemberState(value: unknown): value is MemberState {
  return typeof value === 'string' && Object.hasOwn(MEMBER_STATES, value);
}

/** Region codes date-holidays knows for a Member State (e.g. 'BY' for Bavaria). */
export function regionsOf(memberState: MemberState): readonly string[] {
  const Library = holidaysLibrary();
  return Object.keys(new Library().getStates(memberState) ?? {});
}

/** Throws a `TimeInputError` unless the Member State (and region, if any) are known. */
export function checkHolidayCalendar(
  memberState: unknown,
  region?: unknown,
): asserts memberState is MemberState {
  if (!isMemberState(memberState)) {
    throw new TimeInputError(
      'memberState',
      memberState,
      `an EU Member State code, one of ${Object.keys(MEMBER_STATES).join(', ')}`,
    );
  }
  if (region === undefined) return;
  const known = regionsOf(memberState);
  if (typeof region !== 'string' || !known.includes(region)) {
    const list =
      known.length > 0
        ? `one of ${known.join(', ')}`
        : 'no region (date-holidays has none for this Member State)';
    throw new TimeInputError('region', region, `a region of ${memberState}: ${list}`);
  }
}

function calendar(memberState: MemberState, region: string | undefined): Holidays {
  const key = `${memberState}/${region ?? ''}`;
  let hd = calendars.get(key);
  if (!hd) {
    const Library = holidaysLibrary();
    hd = region === undefined ? new Library(memberState, OPTIONS) : new Library(memberState, region, OPTIONS);
    calendars.set(key, hd);
  }
  return hd;
}

/** The public holidays of one year, by date; cached per Member State, region and year. */
export function publicHolidays(
  memberState: MemberState,
  year: number,
  region?: string,
): ReadonlyMap<IsoDate, PublicHoliday> {
  checkHolidayCalendar(memberState, region);
  const key = `${memberState}/${region ?? ''}/${year}`;
  let byDate = years.get(key);
  if (!byDate) {
    const map = new Map<IsoDate, PublicHoliday>();
    for (const h of calendar(memberState, region).getHolidays(year)) {
      if (h.type !== 'public') continue;
      // `date` is local `YYYY-MM-DD hh:mm:ss`; a holiday counts for the whole day it falls on
      // (no EU 'public' holiday in date-holidays 3.37.0 starts later than 00:00).
      const date = h.date.slice(0, 10);
      const existing = map.get(date);
      map.set(date, { date, name: existing ? `${existing.name} / ${h.name}` : h.name });
    }
    byDate = map;
    years.set(key, byDate);
  }
  return byDate;
}

export function publicHolidayOn(
  date: Temporal.PlainDate,
  memberState: MemberState,
  region?: string,
): PublicHoliday | undefined {
  return publicHolidays(memberState, date.year, region).get(date.toString());
}

/** Art 2(2) of Reg 1182/71: working days are all days other than public holidays, Sundays and Saturdays. */
export function isWorkingDay(
  date: Temporal.PlainDate,
  memberState: MemberState,
  region?: string,
): boolean {
  return date.dayOfWeek <= 5 && publicHolidayOn(date, memberState, region) === undefined;
}

/** How the holiday calendar was chosen, for explanations. */
export function holidaySource(memberState: MemberState, region?: string): string {
  const scope =
    region === undefined
      ? 'national public holidays only; regional holidays not applied'
      : `national and ${memberState}-${region} regional public holidays`;
  return `date-holidays ${DATE_HOLIDAYS_VERSION}, ${memberState} (${scope})`;
}
