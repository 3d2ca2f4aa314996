/**
 * Invariants of Regulation 1182/71 arithmetic that must hold for every query.
 *
 * Why `legal` is never earlier than `earliestSafe`:
 * - hours: the legal period starts at the next whole hour after the event (Art 3(1)), which is
 *   later than the event by more than 0 and at most 60 minutes; both then add N hours, so
 *   0 < legal − earliestSafe ≤ 1 h.
 * - days/weeks/months/working days: `earliestSafe` falls on the nominal last day (same clock
 *   time N units later), while `legal` is 24:00 of that day or of a later day (Art 3(2)(b)/(c),
 *   extended by Art 3(4)/(5)); so legal > earliestSafe, and legal is the start of a local day.
 * The last day of a non-hour period is always a working day (Art 3(4), or by construction for
 * working days), and a period of two days or more includes two working days (Art 3(5)); the
 * last day is the earliest day meeting both — checked against a brute-force oracle.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { MemberState } from '../../src/facts/vocabulary.ts';
import { computePeriodDeadline } from '../../src/time/period-1182-71.ts';
import type { PeriodQuery } from '../../src/time/period-1182-71.ts';
import { isWorkingDay } from '../../src/time/public-holidays.ts';
import { Temporal } from '../../src/time/temporal.ts';

const STATES = [
  'DE',
  'FR',
  'PT',
  'FI',
  'IE',
  'GR',
  'ES',
  'RO',
  'SE',
  'MT',
] as const satisfies readonly MemberState[];
const ZONES = [
  'Europe/Berlin',
  'Europe/Lisbon',
  'Europe/Helsinki',
  'Europe/Dublin',
  'Europe/Athens',
  'UTC',
  'America/Santiago',
] as const;
const MIN = Date.parse('2020-01-01T00:00:00Z');
const MAX = Date.parse('2040-12-31T23:59:59Z');

const units = fc.oneof(
  fc.record({ unit: fc.constant('hours' as const), amount: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ unit: fc.constant('days' as const), amount: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    unit: fc.constant('working-days' as const),
    amount: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ unit: fc.constant('weeks' as const), amount: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ unit: fc.constant('months' as const), amount: fc.integer({ min: 1, max: 36 }) }),
);
const queries = fc.record({
  ms: fc.integer({ min: MIN, max: MAX }),
  period: units,
  memberState: fc.constantFrom(...STATES),
  timeZone: fc.constantFrom(...ZONES),
});
const toQuery = (x: {
  ms: number;
  period: PeriodQuery['period'];
  memberState: MemberState;
  timeZone: string;
}): PeriodQuery => ({
  start: Temporal.Instant.fromEpochMilliseconds(x.ms),
  period: x.period,
  memberState: x.memberState,
  timeZone: x.timeZone,
});
const instant = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);
const HOUR_NS = 3_600_000_000_000n;

/** Independent oracle for the last day: walk forward from the nominal day until Art 3(4) and 3(5) are both met. */
function oracleLastDay(
  q: PeriodQuery,
  nominal: Temporal.PlainDate,
  eventDay: Temporal.PlainDate,
): Temporal.PlainDate {
  const twoDaysOrMore =
    q.period.unit === 'weeks' || q.period.unit === 'months' || q.period.amount >= 2;
  const working = (d: Temporal.PlainDate): boolean => isWorkingDay(d, q.memberState);
  for (let d = nominal; ; d = d.add({ days: 1 })) {
    if (!working(d)) continue;
    let count = 0;
    for (
      let x = eventDay.add({ days: 1 });
      Temporal.PlainDate.compare(x, d) <= 0;
      x = x.add({ days: 1 })
    )
      if (working(x)) count++;
    if (!twoDaysOrMore || count >= 2) return d;
  }
}

describe('invariants of every computed deadline', () => {
  test.prop([queries], { numRuns: 300 })('returns valid UTC and zoned instants that agree', (x) => {
    const r = computePeriodDeadline(toQuery(x));
    for (const m of [r.event, r.periodStart, r.earliestSafe, r.legal]) {
      expect(m.utc.endsWith('Z')).toBe(true);
      expect(instant(m.utc).equals(instant(m.local))).toBe(true);
      const zoned = Temporal.ZonedDateTime.from(`${m.local}[${x.timeZone}]`, { offset: 'reject' });
      expect(zoned.toInstant().equals(instant(m.utc))).toBe(true);
    }
  });

  test.prop([queries], { numRuns: 300 })(
    'never puts the legal end before the earliest safe end',
    (x) => {
      const r = computePeriodDeadline(toQuery(x));
      const gap =
        instant(r.legal.utc).epochNanoseconds - instant(r.earliestSafe.utc).epochNanoseconds;
      expect(gap > 0n).toBe(true);
      if (x.period.unit === 'hours') expect(gap <= HOUR_NS).toBe(true);
    },
  );

  test.prop([queries.filter((x) => x.period.unit === 'hours')], { numRuns: 200 })(
    'counts hours from the next whole hour after the event (Art 3(1), Art 3(2)(a))',
    (x) => {
      const r = computePeriodDeadline(toQuery(x));
      const start = instant(r.periodStart.utc).epochNanoseconds;
      const event = instant(r.event.utc).epochNanoseconds;
      expect(start > event && start - event <= HOUR_NS).toBe(true);
      expect(Temporal.ZonedDateTime.from(`${r.periodStart.local}[${x.timeZone}]`).minute).toBe(0);
      expect(instant(r.legal.utc).epochNanoseconds - start).toBe(BigInt(x.period.amount) * HOUR_NS);
    },
  );

  test.prop([queries.filter((x) => x.period.unit !== 'hours')], { numRuns: 300 })(
    'ends other periods at 24:00 of the earliest working day that satisfies Art 3(4) and Art 3(5)',
    (x) => {
      const q = toQuery(x);
      const r = computePeriodDeadline(q);
      const lastDay = Temporal.PlainDate.from(r.lastDay ?? '');
      const legal = instant(r.legal.utc).toZonedDateTimeISO(x.timeZone);
      expect(legal.equals(legal.startOfDay())).toBe(true);
      expect(legal.subtract({ nanoseconds: 1 }).toPlainDate().equals(lastDay)).toBe(true);
      expect(isWorkingDay(lastDay, x.memberState)).toBe(true);
      const eventDay = instant(r.event.utc).toZonedDateTimeISO(x.timeZone).toPlainDate();
      const nominal = instant(r.earliestSafe.utc).toZonedDateTimeISO(x.timeZone).toPlainDate();
      expect(lastDay.equals(oracleLastDay(q, nominal, eventDay))).toBe(true);
    },
  );

  test.prop([queries, fc.integer({ min: 0, max: 40 * 86_400_000 })], { numRuns: 200 })(
    'never moves the legal end earlier when the event is later',
    (x, delta) => {
      const a = computePeriodDeadline(toQuery(x));
      const b = computePeriodDeadline(toQuery({ ...x, ms: x.ms + delta }));
      expect(
        Temporal.Instant.compare(instant(a.legal.utc), instant(b.legal.utc)),
      ).toBeLessThanOrEqual(0);
    },
  );
});
