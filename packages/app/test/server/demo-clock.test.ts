/** The demo moves the example incidents in time so that their clocks are running. */
import { describe, expect, it } from 'vitest';
import { parseIncidentCase, planIncident } from '@iomt/core';
import type { IncidentCase } from '@iomt/core';
import { moveIncidentTo, shiftInstant } from '../../src/server/demo-clock.ts';
import { readIncidentExample } from './examples.ts';

const ms = (s: string) => Date.parse(s);
function exampleCase(name: string): IncidentCase {
  const r = parseIncidentCase(readIncidentExample(name));
  if (!r.ok) throw new Error(`${name} is not a valid incident case`);
  return r.incident;
}

describe('moving an incident in time for the demo', () => {
  it('shifts an instant and keeps the offset it was written in', () => {
    expect(shiftInstant('2026-11-21T09:15:00+01:00', 3_600_000)).toBe('2026-11-21T10:15:00+01:00');
    expect(shiftInstant('2026-11-21T23:30:00-05:30', 3_600_000)).toBe('2026-11-22T00:30:00-05:30');
    expect(shiftInstant('2026-11-21T09:15:00Z', -86_400_000)).toBe('2026-11-20T09:15:00Z');
  });

  it('puts awareness at the given moment and keeps every interval of the timeline and the dossier', () => {
    const original = exampleCase('hospital-ransomware.yaml');
    const awareAt = new Date('2027-03-01T08:00:00Z');
    const moved = moveIncidentTo(original, awareAt);
    expect(ms(moved.timeline.aware)).toBe(awareAt.getTime());
    const gap = (c: IncidentCase, s: string | undefined) => ms(s!) - ms(c.timeline.aware);
    expect(gap(moved, moved.timeline.occurred)).toBe(gap(original, original.timeline.occurred));
    expect(gap(moved, moved.timeline.detected)).toBe(gap(original, original.timeline.detected));
    expect(moved.timeline.submitted?.map((s) => gap(moved, s.at))).toEqual(original.timeline.submitted?.map((s) => gap(original, s.at)));
    expect(moved.timeline.submitted?.[0]?.reference).toBe(original.timeline.submitted?.[0]?.reference);
    expect(parseIncidentCase(moved).ok).toBe(true);
  });

  it('gives a live plan: deadlines counted from the moved awareness', () => {
    const original = exampleCase('wearable-exploited-vulnerability.yaml');
    const now = new Date('2027-03-03T10:00:00Z');
    const moved = moveIncidentTo(original, new Date(now.getTime() - 50 * 3_600_000));
    const plan = planIncident(moved, { now: now.toISOString(), scenarios: [] });
    // 50 hours after awareness, the 24-hour CRA early warning is late and the 72-hour steps are still ahead.
    expect(plan.steps.some((s) => s.status === 'overdue')).toBe(true);
    expect(plan.steps.some((s) => s.status === 'due-soon' || s.status === 'upcoming' || s.status === 'due-now')).toBe(true);
  });
});
