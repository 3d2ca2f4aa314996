/**
 * The holiday calendars the deadlines rely on (Reg 1182/71 Art 2(1)). date-holidays data changes
 * between releases, so the version is pinned and the calendars used in examples are pinned here.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  DATE_HOLIDAYS_VERSION,
  holidaySource,
  isWorkingDay,
  publicHolidays,
  regionsOf,
} from '../../src/time/public-holidays.ts';
import { TimeInputError } from '../../src/time/time-input-error.ts';
import { Temporal } from '../../src/time/temporal.ts';

const require = createRequire(import.meta.url);
const day = (iso: string): Temporal.PlainDate => Temporal.PlainDate.from(iso);

describe('public holidays (Art 2(1))', () => {
  it('uses the pinned date-holidays version it names in explanations', () => {
    const installed = (require('date-holidays/package.json') as { version: string }).version;
    const declared = (require('../../package.json') as { dependencies: Record<string, string> })
      .dependencies['date-holidays'];
    expect(installed).toBe(DATE_HOLIDAYS_VERSION);
    expect(declared).toBe(DATE_HOLIDAYS_VERSION);
  });

  it('pins the national German calendar for 2027 (type public only; 24 and 31 Dec are not public holidays)', () => {
    expect([...publicHolidays('DE', 2027).values()]).toEqual([
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-03-26', name: 'Good Friday' },
      { date: '2027-03-29', name: 'Easter Monday' },
      { date: '2027-05-01', name: 'Labour Day' },
      { date: '2027-05-06', name: 'Ascension Day' },
      { date: '2027-05-17', name: 'Whit Monday' },
      { date: '2027-10-03', name: 'National Holiday' },
      { date: '2027-12-25', name: 'Christmas Day' },
      { date: '2027-12-26', name: 'Boxing Day' },
    ]);
  });

  it('adds Bavarian holidays only when the region is named', () => {
    const national = publicHolidays('DE', 2027);
    const bavaria = publicHolidays('DE', 2027, 'BY');
    expect(national.has('2027-01-06')).toBe(false);
    expect(bavaria.get('2027-01-06')?.name).toBe('Epiphany');
    expect(bavaria.has('2027-05-27')).toBe(true); // Corpus Christi
    expect(holidaySource('DE', 'BY')).toBe(
      'date-holidays 3.37.0, DE (national and DE-BY regional public holidays)',
    );
  });

  it('pins the dates the worked examples depend on', () => {
    expect([...publicHolidays('ES', 2027).keys()]).not.toContain('2027-03-29'); // no national Easter Monday in Spain
    expect([...publicHolidays('PT', 2027).keys()]).not.toContain('2027-03-29');
    expect([...publicHolidays('GR', 2027).keys()]).not.toContain('2027-03-29'); // Orthodox Easter is 2 May 2027
    for (const ms of ['DE', 'FR', 'IE', 'PL'] as const)
      expect(publicHolidays(ms, 2027).has('2027-03-29')).toBe(true);
    expect(publicHolidays('DE', 2028).get('2028-10-03')?.name).toBe('National Holiday');
  });

  it('treats Saturdays, Sundays and public holidays as non-working days (Art 2(2))', () => {
    expect(isWorkingDay(day('2027-03-26'), 'DE')).toBe(false); // Good Friday
    expect(isWorkingDay(day('2027-03-27'), 'DE')).toBe(false); // Saturday
    expect(isWorkingDay(day('2027-03-28'), 'DE')).toBe(false); // Sunday
    expect(isWorkingDay(day('2027-03-30'), 'DE')).toBe(true);
    expect(isWorkingDay(day('2027-01-06'), 'DE')).toBe(true);
    expect(isWorkingDay(day('2027-01-06'), 'DE', 'BY')).toBe(false);
  });

  it('caches each calendar per Member State, region and year', () => {
    expect(publicHolidays('FR', 2029)).toBe(publicHolidays('FR', 2029));
    expect(publicHolidays('FR', 2029)).not.toBe(publicHolidays('FR', 2030));
  });

  it('rejects an unknown Member State or region, naming the field and the choices', () => {
    expect(() => publicHolidays('UK' as never, 2027)).toThrow(TimeInputError);
    expect(() => publicHolidays('EL' as never, 2027)).toThrow(
      /memberState: "EL" is not valid; expected an EU Member State code, one of AT, .*GR/,
    );
    expect(() => publicHolidays('DE', 2027, 'XX')).toThrow(
      /region: "XX" is not valid; expected a region of DE: one of BB, BE, BW, BY/,
    );
    expect(() => publicHolidays('MT', 2027, 'Gozo')).toThrow(
      /date-holidays has none for this Member State/,
    );
    expect(regionsOf('DE')).toContain('BY');
  });
});
