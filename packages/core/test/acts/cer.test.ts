import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';
const run = (profile: Profile, asOf = TODAY, scenarios: string[] = []): Assessment =>
  assess(profile, { asOf, scenarios });
const cerOf = (r: Assessment) => r.acts.find((a) => a.act === 'cer')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);
const cerIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'cer').map((o) => o.id);

const hospital = (o: NonNullable<Profile['organisation']> = {}): Profile => ({
  organisation: {
    roles: ['healthcare-provider'],
    healthActivities: ['healthcare-provision'],
    digitalActivities: [],
    employees: 2400,
    ...o,
  },
});
const criticalHospital = hospital({ cerCriticalEntity: true, cerNotifiedOn: '2026-08-10' });

describe('CER — scope: identified critical entities (Art 6)', () => {
  it('applies to a hospital identified and notified as a critical entity', () => {
    const v = cerOf(run(criticalHospital));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2024-10-18');
  });

  it('does not apply to a hospital that has not been identified', () => {
    expect(cerOf(run(hospital({ cerCriticalEntity: false }))).verdict).toBe('does-not-apply');
  });

  it('leaves a hospital open while its identification is unknown, and asks for it', () => {
    const v = cerOf(run(hospital()));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('organisation.cerCriticalEntity');
  });

  it('leaves a medicine wholesaler open too: distribution-authorisation holders are a CER health category', () => {
    const v = cerOf(
      run({ organisation: { healthActivities: ['medicinal-product-distribution'] } }),
    );
    expect(v.verdict).toBe('unknown');
  });

  it('does not apply to an ordinary medical-device manufacturer, which no Annex category covers', () => {
    const v = cerOf(
      run({ organisation: { healthActivities: ['medical-device-manufacturing'], employees: 300 } }),
    );
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('applies to any organisation stated to be a critical entity, whatever its sector', () => {
    expect(
      cerOf(run({ organisation: { healthActivities: [], cerCriticalEntity: true } })).verdict,
    ).toBe('applies');
  });
});

describe('CER — dates (Art 26(1))', () => {
  it('applies from 18 October 2024', () => {
    const before = cerOf(run(criticalHospital, '2024-10-17'));
    expect(before.verdict).toBe('applies-from');
    expect(before.applicableFrom).toBe('2024-10-18');
    expect(cerOf(run(criticalHospital, '2024-10-18')).verdict).toBe('applies');
  });

  it('shows the identification deadline of 17 July 2026 as an upcoming date before it', () => {
    const r = run(criticalHospital, '2026-01-01');
    expect(r.upcoming.some((u) => u.act === 'cer' && u.date === '2026-07-17')).toBe(true);
  });
});

describe('CER — Chapter III duties of critical entities', () => {
  it('dates Chapter III ten months after the notification (Art 6(3)): notified 10 Aug 2026, resilience measures from 10 Jun 2027', () => {
    expect(duty(run(criticalHospital), 'cer:resilience-measures')).toMatchObject({ status: 'applies-from', from: '2027-06-10' });
    expect(duty(run(criticalHospital, '2027-06-09'), 'cer:resilience-measures')?.status).toBe('applies-from');
    expect(duty(run(criticalHospital, '2027-06-10'), 'cer:resilience-measures')).toMatchObject({ status: 'applies', from: '2027-06-10' });
  });

  it('dates the risk assessment nine months after the notification, notwithstanding Art 6(3) (Art 12(1))', () => {
    // Independent review case: notified on 15 Sep 2026, the assessment is due on 15 Jun 2027, not 15 Jul 2027.
    const notifiedInSeptember = hospital({ cerCriticalEntity: true, cerNotifiedOn: '2026-09-15' });
    expect(duty(run(notifiedInSeptember), 'cer:risk-assessment')).toMatchObject({ status: 'applies-from', from: '2027-06-15', cite: 'cer:art-12(1)' });
    expect(duty(run(notifiedInSeptember), 'cer:resilience-measures')).toMatchObject({ from: '2027-07-15' });
    expect(duty(run(criticalHospital), 'cer:risk-assessment')).toMatchObject({ from: '2027-05-10' });
  });

  it('leaves the Chapter III duties open while the notification date is unknown, and asks for it', () => {
    const r = run(hospital({ cerCriticalEntity: true }));
    expect(duty(r, 'cer:risk-assessment')).toMatchObject({ status: 'possible', missingFacts: ['organisation.cerNotifiedOn'] });
  });

  it('lists risk assessment, resilience measures, background checks and incident notification once notified', () => {
    const r = run(criticalHospital, '2027-06-10');
    for (const id of [
      'cer:risk-assessment',
      'cer:resilience-measures',
      'cer:resilience-plan',
      'cer:background-checks',
      'cer:incident-initial-notification',
      'cer:incident-detailed-report',
      'cer:european-significance-information',
      'cer:supervision-cooperation',
    ]) {
      expect(duty(r, id)?.status).toBe('applies');
    }
    expect(duty(r, 'cer:incident-initial-notification')?.cite).toBe('cer:art-15(1)');
  });

  it('marks the duties possible while the notification date is unknown, and asks for it (Art 6(3))', () => {
    const r = run(hospital({ cerCriticalEntity: true }));
    const d = duty(r, 'cer:risk-assessment');
    expect(d?.status).toBe('possible');
    expect(d?.missingFacts).toContain('organisation.cerNotifiedOn');
  });

  it('gives a hospital that is not a critical entity no CER duties', () => {
    expect(cerIds(run(hospital({ cerCriticalEntity: false })))).toEqual([]);
  });

  it('makes a small critical entity an essential entity under NIS2 as well (NIS2 Art 3(1)(f))', () => {
    const r = run(
      hospital({
        employees: 30,
        annualTurnoverEur: 4e6,
        cerCriticalEntity: true,
        cerNotifiedOn: '2026-08-10',
      }),
    );
    expect(r.acts.find((a) => a.act === 'nis2')!.verdict).toBe('applies');
    expect(duty(r, 'nis2:incident-early-warning-essential')?.status).toBe('applies');
  });

  it('adds reporting through a single entry point only under the Digital Omnibus scenario', () => {
    expect(duty(run(criticalHospital), 'cer:single-entry-point-reporting')).toBeUndefined();
    expect(
      duty(run(criticalHospital, TODAY, ['digital-omnibus']), 'cer:single-entry-point-reporting')
        ?.scenario,
    ).toBe('digital-omnibus');
  });
});
