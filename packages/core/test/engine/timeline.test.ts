import { describe, expect, it } from 'vitest';
import { event } from '../../src/kb/dsl.ts';
import { activeEvents, partState, repealDate } from '../../src/engine/timeline.ts';
import type { ActDefinition } from '../../src/kb/types.ts';

const events = [
  event('2026-09-11', 'applies', 'reporting applies', { part: 'art-14' }),
  event('2027-12-11', 'applies', 'applies in full'),
  event('2030-01-01', 'repealed', 'repealed'),
];

describe('timeline', () => {
  it('a part applies from its own date while the rest waits', () => {
    expect(partState(events, 'art-14', '2026-09-10').status).toBe('applies-from');
    expect(partState(events, 'art-14', '2026-09-11')).toMatchObject({ status: 'applies', from: '2026-09-11' });
    expect(partState(events, undefined, '2026-09-11')).toMatchObject({ status: 'applies-from', from: '2027-12-11' });
  });
  it('the whole act applies on its date, the day before it does not', () => {
    expect(partState(events, undefined, '2027-12-10').status).toBe('applies-from');
    expect(partState(events, undefined, '2027-12-11').status).toBe('applies');
  });
  it('a part inserted later follows its own date, not the act’s earlier general date', () => {
    const later = [event('2021-05-26', 'applies', 'applies'), event('2025-01-10', 'applies', 'new article', { part: 'art-10a' })];
    expect(partState(later, 'art-10a', '2025-01-09').status).toBe('applies-from');
    expect(partState(later, 'art-10a', '2025-01-10').status).toBe('applies');
    expect(partState(later, 'other-part', '2022-01-01').status).toBe('applies');
  });
  it('ends on the repeal date', () => {
    expect(repealDate(events)).toBe('2030-01-01');
    expect(partState(events, undefined, '2029-12-31').status).toBe('applies');
    expect(partState(events, 'art-14', '2030-01-01').status).toBe('ended');
  });
  it('counts scenario events only when the scenario is on, and drops the events it replaces', () => {
    const act = {
      timeline: [
        event('2026-08-02', 'applies', 'original date', { replacedBy: 'omnibus' }),
        event('2027-12-02', 'applies', 'postponed date', { scenario: 'omnibus' }),
      ],
    } as unknown as ActDefinition;
    expect(activeEvents(act, new Set()).map((e) => e.date)).toEqual(['2026-08-02']);
    expect(activeEvents(act, new Set(['omnibus'])).map((e) => e.date)).toEqual(['2027-12-02']);
  });
});
