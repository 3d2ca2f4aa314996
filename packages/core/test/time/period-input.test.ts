/** Bad queries are refused with an error naming the field, the value and what was expected. */
import { describe, expect, it } from 'vitest';
import { computePeriodDeadline } from '../../src/time/period-1182-71.ts';
import type { PeriodQuery } from '../../src/time/period-1182-71.ts';
import { TimeInputError } from '../../src/time/time-input-error.ts';
import { Temporal } from '../../src/time/temporal.ts';

const good: PeriodQuery = {
  start: '2026-11-02T10:17:00+01:00',
  period: { amount: 72, unit: 'hours' },
  memberState: 'DE',
  timeZone: 'Europe/Berlin',
};
const bad =
  (patch: Record<string, unknown>): (() => unknown) =>
  () =>
    computePeriodDeadline({ ...good, ...patch });

describe('input validation', () => {
  it.each([
    [
      { start: '2026-11-02T10:17:00' },
      /^start: "2026-11-02T10:17:00" is not valid; expected an ISO 8601 instant with a UTC offset or Z/,
    ],
    [{ start: '2 Nov 2026' }, /^start: "2 Nov 2026" is not valid/],
    [{ start: '2026-02-30T10:00:00Z' }, /^start: /],
    [{ start: '1970-12-31T23:00:00Z' }, /^start: .* from 1971-07-01 to 2999-12-31/],
    [{ start: 1762075020000 }, /^start: 1762075020000 is not valid/],
    [
      { period: { amount: 0, unit: 'hours' } },
      /^period\.amount: 0 is not valid; expected a whole number from 1 to 10000/,
    ],
    [{ period: { amount: 1.5, unit: 'days' } }, /^period\.amount: 1\.5 is not valid/],
    [
      { period: { amount: 1, unit: 'years' } },
      /^period\.unit: "years" is not valid; expected one of hours, days, working-days, weeks, months/,
    ],
    [{ period: null }, /^period: null is not valid; expected an object \{ amount, unit \}/],
    [{ memberState: 'UK' }, /^memberState: "UK" is not valid; expected an EU Member State code/],
    [
      { timeZone: 'Europe/Berlín' },
      /^timeZone: "Europe\/Berlín" is not valid; expected an IANA time zone name/,
    ],
    [{ timeZone: '+01:00' }, /^timeZone: "\+01:00" is not valid/],
    [{ region: 'XX' }, /^region: "XX" is not valid; expected a region of DE/],
    [{ eventLabel: '' }, /^eventLabel: "" is not valid; expected a short text/],
  ])('rejects %j with a message naming the field', (patch, message) => {
    expect(bad(patch)).toThrow(TimeInputError);
    expect(bad(patch)).toThrow(message);
  });

  it('exposes the field, the value and the expectation on the error', () => {
    try {
      bad({ period: { amount: -3, unit: 'days' } })();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TimeInputError);
      expect(e).toMatchObject({
        field: 'period.amount',
        value: -3,
        expected: 'a whole number from 1 to 10000',
      });
    }
  });

  it('rejects a missing query outright', () => {
    expect(() => computePeriodDeadline(undefined as unknown as PeriodQuery)).toThrow(
      /^query: undefined is not valid/,
    );
  });

  it('accepts a Temporal.Instant and a Z instant for the same moment alike', () => {
    const a = computePeriodDeadline({
      ...good,
      start: Temporal.Instant.from('2026-11-02T09:17:00Z'),
    });
    const b = computePeriodDeadline({ ...good, start: '2026-11-02T09:17:00Z' });
    expect(a).toEqual(b);
  });

  it('does not change the query it is given', () => {
    const query = structuredClone(good);
    computePeriodDeadline(query);
    expect(query).toEqual(good);
  });
});
