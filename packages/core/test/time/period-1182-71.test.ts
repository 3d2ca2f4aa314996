/**
 * Worked examples of Regulation 1182/71, each derived by hand from the article it names, and
 * the invariants that must hold for every query. Weekdays, DST dates and holidays below were
 * checked against a calendar: 2026 DST in the EU changes on Sun 29 Mar and Sun 25 Oct; 2027
 * Easter Sunday is 28 Mar; 3 Oct 2027 is a Sunday, 3 Oct 2028 a Tuesday.
 */
import { describe, expect, it } from 'vitest';
import type { MemberState } from '../../src/facts/vocabulary.ts';
import { computePeriodDeadline } from '../../src/time/period-1182-71.ts';
import type { PeriodQuery } from '../../src/time/period-1182-71.ts';

const berlin = { memberState: 'DE', timeZone: 'Europe/Berlin' } as const;
const q = (
  start: string,
  amount: number,
  unit: PeriodQuery['period']['unit'],
  where: Pick<PeriodQuery, 'memberState' | 'timeZone' | 'region'> = berlin,
): PeriodQuery => ({
  start,
  period: { amount, unit },
  ...where,
});
const cites = (r: ReturnType<typeof computePeriodDeadline>): string[] =>
  r.reasoning.map((s) => s.cite);

describe('periods in hours (Art 3(1) first subparagraph, Art 3(2)(a))', () => {
  // Aware Mon 2 Nov 2026 10:17 CET. The hour 10:00–11:00 is not counted (Art 3(1)); the first
  // counted hour is 11:00–12:00 Mon, so the 72nd is 10:00–11:00 Thu 5 Nov and the period ends
  // when it expires (Art 3(2)(a)): 11:00 Thu. 72 hours from 10:17 itself end at 10:17 Thu.
  it('ends a 72-hour period from awareness at 10:17 at 11:00 three days later (Art 3(1), Art 3(2)(a))', () => {
    const r = computePeriodDeadline({
      ...q('2026-11-02T10:17:00+01:00', 72, 'hours'),
      eventLabel: 'awareness',
    });
    expect(r.periodStart.local).toBe('2026-11-02T11:00:00+01:00');
    expect(r.legal).toMatchObject({
      utc: '2026-11-05T10:00:00Z',
      local: '2026-11-05T11:00:00+01:00',
      label: '11:00 Thu 5 Nov 2026 Europe/Berlin (UTC+01:00)',
    });
    expect(r.earliestSafe).toMatchObject({
      utc: '2026-11-05T09:17:00Z',
      local: '2026-11-05T10:17:00+01:00',
    });
    expect(r.reasoning[0]).toEqual({
      cite: 'time-limits:art-3(1)',
      text: 'The hour in which awareness falls (10:00–11:00 Mon 2 Nov 2026) is not counted; the period starts at 11:00 Mon 2 Nov 2026 Europe/Berlin (UTC+01:00).',
    });
    expect(cites(r)).toEqual(['time-limits:art-3(1)', 'time-limits:art-3(2)(a)']);
    expect(r.extendedBy).toEqual([]);
  });

  it('ends a 24-hour period from 10:17 at 11:00 the next day (Art 3(1), Art 3(2)(a))', () => {
    const r = computePeriodDeadline(q('2026-11-02T10:17:00+01:00', 24, 'hours'));
    expect(r.legal.local).toBe('2026-11-03T11:00:00+01:00');
    expect(r.earliestSafe.local).toBe('2026-11-03T10:17:00+01:00');
  });

  it('does not count the hour of an event at exactly 10:00:00 either: it occurs during 10:00–11:00 (Art 3(1))', () => {
    const r = computePeriodDeadline(q('2026-11-02T10:00:00+01:00', 24, 'hours'));
    expect(r.periodStart.local).toBe('2026-11-02T11:00:00+01:00');
    expect(r.legal.local).toBe('2026-11-03T11:00:00+01:00');
    expect(r.earliestSafe.local).toBe('2026-11-03T10:00:00+01:00');
  });

  it('keeps a 24-hour period that ends on a Sunday on the Sunday (Art 3(4) is only for periods otherwise than in hours)', () => {
    const r = computePeriodDeadline(q('2026-11-07T09:30:00+01:00', 24, 'hours'));
    expect(r.legal.label).toBe('10:00 Sun 8 Nov 2026 Europe/Berlin (UTC+01:00)');
    expect(r.reasoning.at(-1)?.cite).toBe('time-limits:art-3(4)');
    expect(r.reasoning.at(-1)?.text).toMatch(/Sun 8 Nov 2026, a Sunday; .* so the end stays/);
    expect(r.extendedBy).toEqual([]);
  });

  it('does not stretch a 48-hour weekend period to two working days, and says so (Art 3(5) not applied to hours)', () => {
    const r = computePeriodDeadline(q('2026-11-06T20:05:00+01:00', 48, 'hours'));
    expect(r.legal.local).toBe('2026-11-08T21:00:00+01:00');
    expect(cites(r)).toContain('time-limits:art-3(5)');
  });

  it('counts elapsed hours across the spring DST change in Europe/Berlin (Art 3(2)(a))', () => {
    // Sat 28 Mar 2026 10:17 CET = 09:17Z; period starts 11:00 CET = 10:00Z; +24 h = 10:00Z Sun = 12:00 CEST.
    const r = computePeriodDeadline(q('2026-03-28T10:17:00+01:00', 24, 'hours'));
    expect(r.legal).toMatchObject({
      utc: '2026-03-29T10:00:00Z',
      local: '2026-03-29T12:00:00+02:00',
    });
    expect(r.earliestSafe).toMatchObject({
      utc: '2026-03-29T09:17:00Z',
      local: '2026-03-29T11:17:00+02:00',
    });
  });

  it('counts elapsed hours across the autumn DST change in Europe/Berlin (Art 3(2)(a))', () => {
    // Sat 24 Oct 2026 10:17 CEST = 08:17Z; period starts 11:00 CEST = 09:00Z; +24 h = 09:00Z Sun = 10:00 CET.
    const r = computePeriodDeadline(q('2026-10-24T10:17:00+02:00', 24, 'hours'));
    expect(r.legal).toMatchObject({
      utc: '2026-10-25T09:00:00Z',
      local: '2026-10-25T10:00:00+01:00',
    });
    expect(r.earliestSafe.local).toBe('2026-10-25T09:17:00+01:00');
  });

  it('tells apart the two 02:30s of the repeated autumn hour in Europe/Berlin (Art 3(1))', () => {
    // 02:30 CEST = 00:30Z: its hour is 00:00Z–01:00Z. 02:30 CET = 01:30Z: its hour is 01:00Z–02:00Z.
    const first = computePeriodDeadline(q('2026-10-25T00:30:00Z', 24, 'hours'));
    const second = computePeriodDeadline(q('2026-10-25T01:30:00Z', 24, 'hours'));
    expect(first.periodStart).toMatchObject({
      utc: '2026-10-25T01:00:00Z',
      local: '2026-10-25T02:00:00+01:00',
    });
    expect(first.legal).toMatchObject({
      utc: '2026-10-26T01:00:00Z',
      local: '2026-10-26T02:00:00+01:00',
    });
    expect(second.periodStart).toMatchObject({
      utc: '2026-10-25T02:00:00Z',
      local: '2026-10-25T03:00:00+01:00',
    });
    expect(second.legal).toMatchObject({
      utc: '2026-10-26T02:00:00Z',
      local: '2026-10-26T03:00:00+01:00',
    });
  });

  it('crosses midnight at the spring DST change in Europe/Lisbon (Art 3(2)(a))', () => {
    // Sat 28 Mar 2026 23:30 WET = 23:30Z; period starts 00:00 WET Sun = 00:00Z; +24 h = 00:00Z Mon = 01:00 WEST.
    const r = computePeriodDeadline(
      q('2026-03-28T23:30:00Z', 24, 'hours', { memberState: 'PT', timeZone: 'Europe/Lisbon' }),
    );
    expect(r.periodStart.local).toBe('2026-03-29T00:00:00+00:00');
    expect(r.legal).toMatchObject({
      utc: '2026-03-30T00:00:00Z',
      local: '2026-03-30T01:00:00+01:00',
    });
    expect(r.earliestSafe.local).toBe('2026-03-30T00:30:00+01:00');
  });

  it('counts 72 elapsed hours across the autumn DST change in Europe/Helsinki (Art 3(2)(a))', () => {
    // Fri 23 Oct 2026 15:45 EEST = 12:45Z; starts 16:00 EEST = 13:00Z; +72 h = 13:00Z Mon 26 Oct = 15:00 EET.
    const r = computePeriodDeadline(
      q('2026-10-23T15:45:00+03:00', 72, 'hours', {
        memberState: 'FI',
        timeZone: 'Europe/Helsinki',
      }),
    );
    expect(r.legal).toMatchObject({
      utc: '2026-10-26T13:00:00Z',
      local: '2026-10-26T15:00:00+02:00',
    });
    expect(r.earliestSafe.local).toBe('2026-10-26T14:45:00+02:00');
  });
});

describe('periods in days (Art 3(1) second subparagraph, Art 3(2)(b), Art 3(4))', () => {
  it('moves a 15-day period ending on Saturday to the end of Monday (Art 3(4))', () => {
    // Event Fri 6 Nov 2026; day 1 is Sat 7 Nov; day 15 is Sat 21 Nov → Mon 23 Nov 24:00 CET = 23:00Z.
    const r = computePeriodDeadline(q('2026-11-06T14:05:00+01:00', 15, 'days'));
    expect(r.periodStart.local).toBe('2026-11-07T00:00:00+01:00');
    expect(r.earliestSafe.local).toBe('2026-11-21T14:05:00+01:00');
    expect(r.legal).toMatchObject({
      utc: '2026-11-23T23:00:00Z',
      local: '2026-11-24T00:00:00+01:00',
      label: '24:00 Mon 23 Nov 2026 Europe/Berlin (UTC+01:00)',
    });
    expect(r.lastDay).toBe('2026-11-23');
    expect(r.extendedBy).toEqual(['time-limits:art-3(4)']);
    expect(r.reasoning).toContainEqual({
      cite: 'time-limits:art-3(4)',
      text: 'The last day is not a working day (Sat 21 Nov 2026 is a Saturday; Sun 22 Nov 2026 is a Sunday); the period ends with the expiry of the last hour of the following working day, Mon 23 Nov 2026.',
    });
    expect(r.holidaysApplied).toEqual([]);
  });

  it('moves a 15-day period ending on German Unity Day, Tue 3 Oct 2028, to the end of Wednesday — in DE, not in FR (Art 2(1), Art 3(4))', () => {
    const de = computePeriodDeadline(q('2028-09-18T09:00:00+02:00', 15, 'days'));
    expect(de.legal).toMatchObject({
      utc: '2028-10-04T22:00:00Z',
      label: '24:00 Wed 4 Oct 2028 Europe/Berlin (UTC+02:00)',
    });
    expect(de.holidaysApplied).toEqual([{ date: '2028-10-03', name: 'National Holiday' }]);
    const art2 = de.reasoning.find((s) => s.cite === 'time-limits:art-2(1)');
    expect(art2?.text).toContain('date-holidays 3.37.0');
    const fr = computePeriodDeadline(
      q('2028-09-18T09:00:00+02:00', 15, 'days', { memberState: 'FR', timeZone: 'Europe/Paris' }),
    );
    expect(fr.legal.label).toBe('24:00 Tue 3 Oct 2028 Europe/Paris (UTC+02:00)');
    expect(fr.extendedBy).toEqual([]);
  });

  it.each([
    // Event Sun 14 Mar 2027; day 15 is Easter Monday 29 Mar 2027 (Easter Sunday 28 Mar); DST began 28 Mar.
    ['DE', 'Europe/Berlin', '2027-03-30T22:00:00Z', 'Tue 30 Mar 2027'],
    ['FR', 'Europe/Paris', '2027-03-30T22:00:00Z', 'Tue 30 Mar 2027'],
    ['IE', 'Europe/Dublin', '2027-03-30T23:00:00Z', 'Tue 30 Mar 2027'],
    ['PL', 'Europe/Warsaw', '2027-03-30T22:00:00Z', 'Tue 30 Mar 2027'],
    // Easter Monday is not a national public holiday in Spain or Portugal; Greece keeps Orthodox Easter (2 May 2027).
    ['ES', 'Europe/Madrid', '2027-03-29T22:00:00Z', 'Mon 29 Mar 2027'],
    ['PT', 'Europe/Lisbon', '2027-03-29T23:00:00Z', 'Mon 29 Mar 2027'],
    ['GR', 'Europe/Athens', '2027-03-29T21:00:00Z', 'Mon 29 Mar 2027'],
  ] as const)(
    'ends a 15-day period whose last day is Easter Monday 2027 in %s per its own holidays (Art 2(1), Art 3(4))',
    (memberState, timeZone, utc, lastDay) => {
      const r = computePeriodDeadline(
        q('2027-03-14T12:00:00Z', 15, 'days', { memberState, timeZone }),
      );
      expect(r.legal.utc).toBe(utc);
      expect(r.legal.label.startsWith(`24:00 ${lastDay}`)).toBe(true);
    },
  );

  it('applies a regional holiday only when the region is given: Epiphany in Bavaria (Art 2(1), Art 3(4))', () => {
    // Event Tue 22 Dec 2026; day 15 is Wed 6 Jan 2027, a public holiday in BY but not nationally.
    const national = computePeriodDeadline(q('2026-12-22T10:00:00+01:00', 15, 'days'));
    expect(national.lastDay).toBe('2027-01-06');
    expect(national.holidaySource).toMatch(
      /national public holidays only; regional holidays not applied/,
    );
    const bavaria = computePeriodDeadline(
      q('2026-12-22T10:00:00+01:00', 15, 'days', { ...berlin, region: 'BY' }),
    );
    expect(bavaria.lastDay).toBe('2027-01-07');
    expect(bavaria.region).toBe('BY');
  });

  it('ends a 1-day period at 24:00 of the next day in Lisbon, after the DST change (Art 3(2)(b))', () => {
    const r = computePeriodDeadline(
      q('2026-03-30T08:00:00+01:00', 1, 'days', { memberState: 'PT', timeZone: 'Europe/Lisbon' }),
    );
    expect(r.legal).toMatchObject({
      utc: '2026-03-31T23:00:00Z',
      local: '2026-04-01T00:00:00+01:00',
    });
  });

  it('keeps the clock time for the earliest safe end across the autumn DST change, and ends the legal period at 24:00 local (Art 3(2)(b), Art 3(4))', () => {
    // Event Thu 22 Oct 2026 10:00 CEST; day 3 is Sun 25 Oct → Mon 26 Oct 24:00 CET = 23:00Z.
    const r = computePeriodDeadline(q('2026-10-22T10:00:00+02:00', 3, 'days'));
    expect(r.earliestSafe).toMatchObject({
      local: '2026-10-25T10:00:00+01:00',
      utc: '2026-10-25T09:00:00Z',
    });
    expect(r.legal.utc).toBe('2026-10-26T23:00:00Z');
  });
});

describe('at least two working days (Art 3(5))', () => {
  it('stretches a 2-day period from a Friday to the end of Tuesday (Art 3(4), Art 3(5))', () => {
    // Days 1–2: Sat 7, Sun 8 Nov 2026 → Art 3(4): Mon 9; Sat–Mon has one working day → Tue 10.
    const r = computePeriodDeadline(q('2026-11-06T09:00:00+01:00', 2, 'days'));
    expect(r.legal.label).toBe('24:00 Tue 10 Nov 2026 Europe/Berlin (UTC+01:00)');
    expect(r.extendedBy).toEqual(['time-limits:art-3(4)', 'time-limits:art-3(5)']);
  });

  it('stretches a 2-day period from Maundy Thursday 2027 over Easter to the end of Wednesday in DE (Art 3(4), Art 3(5))', () => {
    // Days 1–2: Good Friday 26, Sat 27 → Art 3(4): Sun 28 and Easter Monday 29 skipped → Tue 30;
    // Fri 26–Tue 30 has one working day (Tue) → Wed 31 Mar 24:00 CEST = 22:00Z.
    const r = computePeriodDeadline(q('2027-03-25T09:00:00+01:00', 2, 'days'));
    expect(r.legal.utc).toBe('2027-03-31T22:00:00Z');
    expect(r.holidaysApplied.map((h) => h.date)).toEqual(['2027-03-26', '2027-03-29']);
  });

  it('stretches a 2-day period from a Friday in Helsinki across the spring DST change (Art 3(5))', () => {
    // Event Fri 27 Mar 2026; Sat 28, Sun 29 → Mon 30 (Art 3(4)); one working day → Tue 31 Mar 24:00 EEST = 21:00Z.
    const r = computePeriodDeadline(
      q('2026-03-27T16:00:00+02:00', 2, 'days', { memberState: 'FI', timeZone: 'Europe/Helsinki' }),
    );
    expect(r.legal).toMatchObject({
      utc: '2026-03-31T21:00:00Z',
      local: '2026-04-01T00:00:00+03:00',
    });
  });

  it('counts 5 working days past Good Friday and Easter Monday (Art 3(3))', () => {
    // Event Wed 24 Mar 2027: Thu 25 (1), Fri 26 Good Friday, Tue 30 (2), Wed 31 (3), Thu 1 Apr (4), Fri 2 Apr (5).
    const r = computePeriodDeadline(q('2027-03-24T09:00:00+01:00', 5, 'working-days'));
    expect(r.legal.label).toBe('24:00 Fri 2 Apr 2027 Europe/Berlin (UTC+02:00)');
    expect(r.earliestSafe.local).toBe('2027-04-02T09:00:00+02:00');
    expect(r.extendedBy).toEqual([]);
  });
});

describe('periods in weeks and months (Art 3(2)(c))', () => {
  it('ends 1 month from 31 Jan 2030 at the end of 28 Feb 2030 (Art 3(2)(c))', () => {
    const r = computePeriodDeadline(q('2030-01-31T09:00:00+01:00', 1, 'months'));
    expect(r.legal).toMatchObject({
      utc: '2030-02-28T23:00:00Z',
      label: '24:00 Thu 28 Feb 2030 Europe/Berlin (UTC+01:00)',
    });
    expect(r.earliestSafe.local).toBe('2030-02-28T09:00:00+01:00');
    expect(r.reasoning.find((s) => s.cite === 'time-limits:art-3(2)(c)')?.text).toMatch(
      /31st of the last month, which February 2030 does not have/,
    );
  });

  it('ends 1 month from 31 Jan 2028 at the end of the leap day, 29 Feb 2028 (Art 3(2)(c))', () => {
    const r = computePeriodDeadline(q('2028-01-31T09:00:00+01:00', 1, 'months'));
    expect(r.legal.label).toBe('24:00 Tue 29 Feb 2028 Europe/Berlin (UTC+01:00)');
  });

  it('ends 1 month from 31 Jan 2027 on Monday 1 March, as 28 Feb 2027 is a Sunday (Art 3(2)(c), Art 3(4))', () => {
    const r = computePeriodDeadline(q('2027-01-31T09:00:00+01:00', 1, 'months'));
    expect(r.lastDay).toBe('2027-03-01');
  });

  it('runs from the leap day 29 Feb 2028: 1 month ends 29 Mar, 12 months end 28 Feb 2029 (Art 3(2)(c))', () => {
    expect(computePeriodDeadline(q('2028-02-29T12:00:00+01:00', 1, 'months')).lastDay).toBe(
      '2028-03-29',
    );
    const year = computePeriodDeadline(q('2028-02-29T12:00:00+01:00', 12, 'months'));
    expect(year.lastDay).toBe('2029-02-28');
    expect(year.earliestSafe.local).toBe('2029-02-28T12:00:00+01:00');
  });

  it('ends the NIS2 one-month final report at the end of the same date a month later (Art 3(2)(c); NIS2 Art 23(4)(d))', () => {
    // Incident notification submitted Fri 16 Oct 2026 16:40 CEST → last day Mon 16 Nov 2026 → 24:00 CET = 23:00Z.
    const r = computePeriodDeadline({
      ...q('2026-10-16T16:40:00+02:00', 1, 'months'),
      eventLabel: 'the incident notification',
    });
    expect(r.legal.utc).toBe('2026-11-16T23:00:00Z');
    expect(r.earliestSafe.local).toBe('2026-11-16T16:40:00+01:00');
    expect(r.reasoning[0]?.text).toBe(
      'The day of the incident notification (Fri 16 Oct 2026) is not counted; the period starts at 00:00 Sat 17 Oct 2026 Europe/Berlin (UTC+02:00).',
    );
  });

  it('moves a NIS2 final report due on Whit Monday 2027 to Tuesday in DE (Art 3(2)(c), Art 3(4))', () => {
    // Notification Sat 17 Apr 2027 → Mon 17 May 2027, Whit Monday → Tue 18 May 24:00 CEST = 22:00Z.
    const r = computePeriodDeadline(q('2027-04-17T11:00:00+02:00', 1, 'months'));
    expect(r.legal.utc).toBe('2027-05-18T22:00:00Z');
    expect(r.holidaysApplied).toEqual([{ date: '2027-05-17', name: 'Whit Monday' }]);
  });

  it('ends 2 weeks from a Friday at the end of the Friday two weeks later (Art 3(2)(c))', () => {
    const r = computePeriodDeadline(q('2026-11-06T09:00:00+01:00', 2, 'weeks'));
    expect(r.lastDay).toBe('2026-11-20');
  });
});

describe('reasoning', () => {
  it('cites only provisions that exist in the Regulation', async () => {
    // Loaded here so the arithmetic tests above do not depend on the whole knowledge base.
    const { provisionExists } = await import('../../src/kb/knowledge-base.ts');
    const rs = [
      computePeriodDeadline(q('2027-03-25T09:00:00+01:00', 2, 'days')),
      computePeriodDeadline(q('2026-11-06T20:05:00+01:00', 48, 'hours')),
      computePeriodDeadline(q('2027-03-24T09:00:00+01:00', 5, 'working-days')),
      computePeriodDeadline(q('2030-01-31T09:00:00+01:00', 1, 'months')),
    ];
    for (const s of rs.flatMap((r) => r.reasoning))
      expect(provisionExists(s.cite), s.cite).toBe(true);
  });

  it('names the holiday source in the result even when no holiday mattered', () => {
    const r = computePeriodDeadline(q('2026-11-02T10:17:00+01:00', 15, 'days'));
    expect(r.holidaySource).toBe(
      'date-holidays 3.37.0, DE (national public holidays only; regional holidays not applied)',
    );
    expect(r.reasoning.some((s) => s.cite === 'time-limits:art-2(1)')).toBe(false);
  });

  it.each(['BE', 'NL', 'SE', 'RO', 'CY'] satisfies MemberState[])(
    'computes a period for %s',
    (memberState) => {
      const r = computePeriodDeadline(
        q('2027-12-20T10:00:00Z', 10, 'working-days', { memberState, timeZone: 'Europe/Brussels' }),
      );
      expect(Date.parse(r.legal.utc)).toBeGreaterThan(Date.parse('2028-01-01T00:00:00Z'));
    },
  );
});
