import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const run = (profile: Profile, asOf: string): Assessment => assess(profile, { asOf });
const nisOf = (r: Assessment) => r.acts.find((a) => a.act === 'nis')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);

const hospital: Profile = {
  organisation: {
    roles: ['healthcare-provider'],
    healthActivities: ['healthcare-provision'],
    digitalActivities: [],
    employees: 1800,
  },
};

describe('NIS (Directive (EU) 2016/1148) — repealed by NIS2', () => {
  it('no longer applies to a hospital today, and says until when it did', () => {
    const v = nisOf(run(hospital, '2026-11-23'));
    expect(v.verdict).toBe('no-longer-applies');
    expect(v.until).toBe('2024-10-18');
  });

  it('applied to a hospital on the day before the repeal', () => {
    const v = nisOf(run(hospital, '2024-10-17'));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2018-05-10');
  });

  it('stops applying on the repeal day, 18 October 2024 (NIS2 Art 44)', () => {
    expect(nisOf(run(hospital, '2024-10-18')).verdict).toBe('no-longer-applies');
  });

  it('applied from 10 May 2018, after the transposition deadline (Art 25(1))', () => {
    const before = nisOf(run(hospital, '2018-05-09'));
    expect(before.verdict).toBe('applies-from');
    expect(before.applicableFrom).toBe('2018-05-10');
    expect(nisOf(run(hospital, '2018-05-10')).verdict).toBe('applies');
  });

  it('lists the operator-of-essential-services duties of a hospital only while the Directive was in force', () => {
    const then = run(hospital, '2020-01-01');
    expect(duty(then, 'nis:oes-security-measures')?.status).toBe('applies');
    expect(duty(then, 'nis:oes-incident-notification')?.status).toBe('applies');
    const now = run(hospital, '2026-11-23');
    expect(duty(now, 'nis:oes-security-measures')).toBeUndefined();
  });

  it('never covered a medical-device manufacturer that is not a healthcare provider or digital service provider', () => {
    const maker: Profile = {
      organisation: {
        healthActivities: ['medical-device-manufacturing'],
        digitalActivities: [],
        employees: 300,
      },
    };
    expect(nisOf(run(maker, '2020-01-01')).verdict).toBe('does-not-apply');
  });

  it('covered a medium-sized cloud provider as a digital service provider but not a small one (Art 16(11))', () => {
    const cloud = (employees: number): Profile => ({
      organisation: {
        healthActivities: [],
        digitalActivities: ['cloud-computing'],
        employees,
        annualTurnoverEur: 4e6,
      },
    });
    expect(nisOf(run(cloud(60), '2020-01-01')).verdict).toBe('applies');
    expect(nisOf(run(cloud(30), '2020-01-01')).verdict).toBe('does-not-apply');
  });

  it('was open for an organisation whose activities are unknown, and names them', () => {
    const v = nisOf(run({ organisation: {} }, '2020-01-01'));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(expect.arrayContaining(['organisation.healthActivities']));
  });
});
