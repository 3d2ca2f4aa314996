/**
 * The planner on whole incidents: every duty, recipient and instant checked by hand against the
 * legal texts and Regulation 1182/71.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseIncidentCase, planIncident } from '../../src/index.ts';
import type { IncidentCase, IncidentPlan, PlannedStep } from '../../src/index.ts';

const load = (name: string): IncidentCase => {
  const parsed = parseIncidentCase(parse(readFileSync(join(import.meta.dirname, '../../../../examples/incidents', `${name}.yaml`), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.incident;
};
const step = (p: IncidentPlan, duty: string, id: string): PlannedStep => {
  const s = p.steps.find((x) => x.duty === duty && x.step === id);
  if (!s) throw new Error(`no step ${duty} ${id}`);
  return s;
};

describe('ransomware at a hospital group (aware Sat 21 Nov 2026 09:15 Berlin)', () => {
  const plan = planIncident(load('hospital-ransomware'), { now: '2026-11-23T09:00:00+01:00' });

  it('GDPR Art 33(1): 72 hours, the hour of awareness not counted — earliest safe 09:15 Tue, by 1182/71 10:00 Tue', () => {
    const s = step(plan, 'gdpr:breach-notification-authority', 'notification');
    expect(s.open?.outerLimit?.earliestSafe.utc).toBe('2026-11-24T08:15:00Z');
    expect(s.open?.outerLimit?.legal.utc).toBe('2026-11-24T09:00:00Z');
    expect(s.memberState).toBe('DE');
    expect(s.status).toBe('due-now');
  });
  it('NIS2 Art 23(4)(a): the early warning already submitted is shown as such', () => {
    expect(step(plan, 'nis2:significant-incident-essential', 'early-warning')).toMatchObject({ status: 'submitted', submittedAt: '2026-11-21T20:30:00+01:00' });
  });
  it('NIS2 Art 23(4)(d)/(e): with the incident ongoing, a progress report replaces the final report and waits for the notification', () => {
    expect(step(plan, 'nis2:significant-incident-essential', 'final-report').status).toBe('not-required');
    expect(step(plan, 'nis2:significant-incident-essential', 'progress-report').status).toBe('waiting');
  });
  it('GDPR Art 34: high risk, data not unintelligible — the people affected are told without undue delay', () => {
    expect(step(plan, 'gdpr:breach-communication-data-subjects', 'communicate').status).toBe('due-now');
  });
  it('CER Art 15 is not yet required: Chapter III applies ten months after the notification of 15 Sep 2026 (Art 6(3))', () => {
    const s = step(plan, 'cer:incident-notification', 'initial-notification');
    expect(s.status).toBe('not-required');
    expect(s.reason).toContain('2027-07-15');
  });
  it('sorts what is most urgent first and names the German CSIRT from the registry', () => {
    expect(plan.steps[0]?.status).toBe('due-now');
    const csirt = step(plan, 'nis2:significant-incident-essential', 'incident-notification').authority;
    expect(csirt?.status).toBe('known');
  });
  it('recomputes as the timeline grows: the NIS2 progress report falls due one month after the notification actually submitted', () => {
    const c = load('hospital-ransomware');
    const later: IncidentCase = {
      ...c,
      timeline: { ...c.timeline, submitted: [...(c.timeline.submitted ?? []), { duty: 'nis2:significant-incident-essential', step: 'incident-notification', at: '2026-11-23T15:00:00+01:00' }] },
    };
    const s = step(planIncident(later, { now: '2026-11-23T16:00:00+01:00' }), 'nis2:significant-incident-essential', 'progress-report');
    // Art 3(1): the day of submission is not counted; one month from Tue 24 Nov ends at 24:00 Wed 23 Dec.
    expect(s.period?.legal.utc).toBe('2026-12-23T23:00:00Z');
    expect(s.status).toBe('upcoming');
  });
  it('marks a step overdue once its legal deadline has passed', () => {
    const s = step(planIncident(load('hospital-ransomware'), { now: '2026-11-24T10:01:00+01:00' }), 'gdpr:breach-notification-authority', 'notification');
    expect(s.status).toBe('overdue');
  });
});

describe('actively exploited vulnerability in a fitness band cloud (aware Thu 3 Dec 2026 16:40 Berlin)', () => {
  const plan = planIncident(load('wearable-exploited-vulnerability'), { now: '2026-12-04T09:00:00+01:00' });

  it('CRA Art 14(2)(a): early warning 24 hours after awareness — 17:00 Fri by 1182/71', () => {
    expect(step(plan, 'cra:actively-exploited-vulnerability', 'early-warning').open?.outerLimit?.legal.utc).toBe('2026-12-04T16:00:00Z');
  });
  it('CRA Art 14(2)(c): final report 14 days after the fix (Sat 5 Dec) ends Sat 19 Dec, moved to 24:00 Mon 21 Dec (Art 3(4))', () => {
    const s = step(plan, 'cra:actively-exploited-vulnerability', 'final-report');
    expect(s.period?.earliestSafe.utc).toBe('2026-12-19T10:00:00Z');
    expect(s.period?.legal.utc).toBe('2026-12-21T23:00:00Z');
    expect(s.period?.extendedBy).toContain('time-limits:art-3(4)');
  });
  it('reports the CRA, GDPR and NIS2 duties side by side for one event', () => {
    const regimes = new Set(plan.steps.filter((s) => s.status !== 'not-required').map((s) => s.act));
    expect([...regimes].sort()).toEqual(['cra', 'gdpr', 'nis2']);
  });
  it('does not apply CRA Art 14 to awareness before 11 September 2026', () => {
    const c = load('wearable-exploited-vulnerability');
    const early = planIncident({ ...c, timeline: { ...c.timeline, aware: '2026-09-10T12:00:00+02:00' } }, { now: '2026-09-10T13:00:00+02:00' });
    expect(step(early, 'cra:actively-exploited-vulnerability', 'early-warning').status).toBe('not-required');
  });
});

describe('incident case validation', () => {
  it('rejects an instant without an offset, naming the field', () => {
    const r = parseIncidentCase({ timeline: { aware: '2026-11-21 09:15' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ pointer: '/timeline/aware' });
  });
  it('requires the awareness instant', () => {
    const r = parseIncidentCase({ timeline: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.pointer).toBe('/timeline/aware');
  });
});

describe('AI ECG software (MDR class IIb) implicated in a death (MDR clock from 14 Dec 2026 16:00 Helsinki)', () => {
  const plan = planIncident(load('ai-device-death'), { now: '2026-12-15T09:00:00+01:00' });
  it('MDR Art 87(5): death — immediately, at the latest 10 days, to the French competent authority; 1182/71 ends at 24:00 Thu 24 Dec Paris', () => {
    const s = step(plan, 'mdr:serious-incident', 'report-death-or-unanticipated-deterioration');
    expect(s.memberState).toBe('FR');
    expect(s.open?.outerLimit?.legal.utc).toBe('2026-12-24T23:00:00Z');
    expect(s.open?.outerLimit?.earliestSafe.utc).toBe('2026-12-24T14:00:00Z');
  });
  it('only one of the 2 / 10 / 15-day MDR reports is due (Art 87(3)–(5))', () => {
    expect(step(plan, 'mdr:serious-incident', 'report-public-health-threat').status).toBe('not-required');
    expect(step(plan, 'mdr:serious-incident', 'report-serious-incident').status).toBe('not-required');
  });
  it('AI Act Art 73(10): a death involving an MDR device is reported under the MDR, not under Art 73', () => {
    expect(plan.steps.filter((s) => s.act === 'ai-act' && s.status !== 'not-required')).toEqual([]);
  });
  it('takes the regime-specific awareness instant (MDR) over the common one', () => {
    expect(step(plan, 'mdr:serious-incident', 'report-death-or-unanticipated-deterioration').open?.event.utc).toBe('2026-12-14T14:00:00Z');
  });
});
