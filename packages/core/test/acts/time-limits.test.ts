import { describe, expect, it } from 'vitest';
import { assess, knowledgeBase } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const run = (profile: Profile, asOf = '2026-11-23'): Assessment => assess(profile, { asOf });
const tlOf = (r: Assessment) => r.acts.find((a) => a.act === 'time-limits')!;

describe('Regulation 1182/71 — periods, dates and time limits', () => {
  it('applies to every profile, even an empty one, since 1 July 1971', () => {
    const v = tlOf(run({}));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('1971-07-01');
    expect(v.missingFacts).toEqual([]);
  });

  it('applies from 1 July 1971 when assessed the day before', () => {
    expect(tlOf(run({}, '1971-06-30')).verdict).toBe('applies-from');
    expect(tlOf(run({}, '1971-07-01')).verdict).toBe('applies');
  });

  it('imposes no obligations of its own', () => {
    const r = run({ organisation: { roles: ['manufacturer', 'importer', 'seller', 'trader'] } });
    expect(r.obligations.filter((o) => o.act === 'time-limits')).toEqual([]);
    expect(knowledgeBase.act('time-limits')!.obligations).toEqual([]);
  });

  it('states the counting rules: the starting day is not counted, and day periods ending on a weekend run to the next working day', () => {
    const notes = tlOf(run({})).notes.join('\n');
    expect(notes).toMatch(/Art 3\(1\)/);
    expect(notes).toMatch(/not counted/);
    expect(notes).toMatch(/Art 3\(4\)/);
    expect(notes).toMatch(/next working day/);
    expect(notes).toMatch(/never to periods in hours/);
    expect(notes).toMatch(/Art 2/);
  });
});
