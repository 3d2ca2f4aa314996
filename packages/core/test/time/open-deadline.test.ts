/** "Immediately" / "without undue delay", with and without an outer limit. */
import { describe, expect, it } from 'vitest';
import { describeOpenDeadline } from '../../src/time/open-deadline.ts';
import { computePeriodDeadline } from '../../src/time/period-1182-71.ts';
import { TimeInputError } from '../../src/time/time-input-error.ts';

const where = { memberState: 'DE', timeZone: 'Europe/Berlin' } as const;

describe('open deadlines', () => {
  it('renders "without undue delay; at the latest 72 hours after awareness" with both ends (GDPR Art 33(1) style)', () => {
    const d = describeOpenDeadline({
      kind: 'without-undue-delay',
      start: '2026-11-02T10:17:00+01:00',
      outerLimit: { amount: 72, unit: 'hours' },
      eventLabel: 'awareness',
      ...where,
    });
    expect(d.summary).toBe(
      'without undue delay; at the latest 72 hours after awareness: 10:17 Thu 5 Nov 2026 Europe/Berlin (UTC+01:00) (earliest safe); 11:00 Thu 5 Nov 2026 Europe/Berlin (UTC+01:00) by Reg 1182/71',
    );
    expect(d.outerLimit?.legal.utc).toBe('2026-11-05T10:00:00Z');
    expect(d.reasoning[0]?.cite).toBe('time-limits:art-3');
    expect(d.reasoning.slice(1)).toEqual(d.outerLimit?.reasoning);
  });

  it('computes the outer limit exactly as the period function does', () => {
    const q = { start: '2026-11-06T14:05:00+01:00', ...where } as const;
    const d = describeOpenDeadline({
      kind: 'immediately',
      ...q,
      outerLimit: { amount: 15, unit: 'days' },
    });
    expect(d.outerLimit).toEqual(
      computePeriodDeadline({ ...q, period: { amount: 15, unit: 'days' } }),
    );
  });

  it('says there is no fixed end when no outer limit is given', () => {
    const d = describeOpenDeadline({
      kind: 'immediately',
      start: '2026-11-02T10:17:00+01:00',
      ...where,
    });
    expect(d.outerLimit).toBeUndefined();
    expect(d.summary).toBe(
      'immediately after the event (10:17 Mon 2 Nov 2026 Europe/Berlin (UTC+01:00)); no outer limit',
    );
    expect(d.reasoning).toHaveLength(1);
  });

  it('rejects an unknown kind and a bad outer limit, naming the field', () => {
    expect(() =>
      describeOpenDeadline({ kind: 'soon' as never, start: '2026-11-02T10:17:00Z', ...where }),
    ).toThrow(/^kind: "soon" is not valid/);
    expect(() =>
      describeOpenDeadline({
        kind: 'immediately',
        start: '2026-11-02T10:17:00Z',
        outerLimit: { amount: 0, unit: 'hours' },
        ...where,
      }),
    ).toThrow(TimeInputError);
    expect(() =>
      describeOpenDeadline({
        kind: 'immediately',
        start: '2026-11-02T10:17:00Z',
        outerLimit: { amount: 0, unit: 'hours' },
        ...where,
      }),
    ).toThrow(/^outerLimit\.amount: 0/);
  });
});
