/** GDPR Art 33–34 breach notification, and the Digital Omnibus variant, on realistic breaches. */
import { describe, expect, it } from 'vitest';
import { FALSE, TRUE, UNKNOWN } from '../../src/engine/truth.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';
import { duty, holds, missing, step, trigger } from './helpers.ts';

type Incident = NonNullable<Profile['incident']>;
const breach = (incident: Incident): Profile => ({
  organisation: { roles: ['controller'] },
  incident,
});

/** Ransomware encrypted the telemonitoring back-end: glucose readings of 12 000 patients unavailable for two days. */
const ransomware = breach({
  breachTypes: ['availability'],
  breachRisk: 'risk',
  dataSubjectsCount: 12_000,
  specialCategoryData: true,
});
/** An unprotected cloud bucket exposed ECG traces with names. */
const exposedEcg = breach({
  personalDataBreach: true,
  breachTypes: ['confidentiality'],
  breachRisk: 'high-risk',
});

describe('notification to the supervisory authority (Art 33(1))', () => {
  it('is due for a ransomware attack that made health data unavailable (loss of availability is a breach)', () => {
    expect(trigger('gdpr:breach-notification-authority', ransomware)).toBe(TRUE);
    expect(holds('gdpr:breach-notification-authority', ransomware)).toBe(TRUE);
  });

  it('reads the breach from the security properties affected when it is not stated; an empty list means none', () => {
    expect(trigger('gdpr:breach-notification-authority', breach({ breachTypes: [] }))).toBe(FALSE);
    expect(
      trigger('gdpr:breach-notification-authority', breach({ personalDataBreach: false })),
    ).toBe(FALSE);
    expect(trigger('gdpr:breach-notification-authority', breach({}))).toBe(UNKNOWN);
  });

  it('exempts a breach unlikely to result in a risk (named exception of Art 33(1))', () => {
    const lostEncryptedLaptop = breach({ personalDataBreach: true, breachRisk: 'unlikely' });
    expect(trigger('gdpr:breach-notification-authority', lostEncryptedLaptop)).toBe(TRUE);
    expect(holds('gdpr:breach-notification-authority', lostEncryptedLaptop)).toBe(FALSE);
    expect(duty('gdpr:breach-notification-authority').exemptions?.map((e) => e.id)).toEqual([
      'unlikely-risk',
    ]);
  });

  it('asks for the controller’s risk assessment instead of assuming it', () => {
    const p = breach({ personalDataBreach: true });
    expect(holds('gdpr:breach-notification-authority', p)).toBe(UNKNOWN);
    expect(missing('gdpr:breach-notification-authority', p)).toEqual(['incident.breachRisk']);
  });

  it('is due without undue delay and where feasible within 72 hours, with information in phases after (Art 33(4))', () => {
    expect(step('gdpr:breach-notification-authority', 'notification').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 72, unit: 'hours' },
    });
    const phases = step('gdpr:breach-notification-authority', 'further-information');
    expect(phases.cite).toBe('gdpr:art-33(4)');
    expect(phases.deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'step', step: 'notification' },
    });
    expect(duty('gdpr:breach-notification-authority').recipient).toBe('data-protection-authority');
  });
});

describe('processor to controller (Art 33(2))', () => {
  it('is due for every breach, whatever the risk, without a fixed hour limit', () => {
    const atProcessor: Profile = {
      organisation: { roles: ['processor'] },
      incident: { personalDataBreach: true, breachRisk: 'unlikely' },
    };
    expect(holds('gdpr:breach-notification-controller', atProcessor)).toBe(TRUE);
    const d = duty('gdpr:breach-notification-controller');
    expect([d.who, d.recipient]).toEqual(['processor', 'controller']);
    expect(step(d.id, 'notify-controller').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
    });
  });
});

describe('communication to the people affected (Art 34)', () => {
  it('is due for a high-risk breach of health data', () => {
    expect(
      holds('gdpr:breach-communication-data-subjects', {
        ...exposedEcg,
        incident: {
          ...exposedEcg.incident,
          dataUnintelligible: false,
          riskNoLongerLikely: false,
          disproportionateEffort: false,
        },
      }),
    ).toBe(TRUE);
    expect(duty('gdpr:breach-communication-data-subjects').recipient).toBe('data-subjects');
  });

  it('is not due below high risk', () => {
    expect(trigger('gdpr:breach-communication-data-subjects', ransomware)).toBe(FALSE);
  });

  it('exempts data made unintelligible by encryption (Art 34(3)(a))', () => {
    const stolenEncryptedBackup = breach({
      personalDataBreach: true,
      breachRisk: 'high-risk',
      dataUnintelligible: true,
    });
    expect(holds('gdpr:breach-communication-data-subjects', stolenEncryptedBackup)).toBe(FALSE);
    // The supervisory authority is still notified: the exemption is Art 34's only.
    expect(holds('gdpr:breach-notification-authority', stolenEncryptedBackup)).toBe(TRUE);
  });

  it('exempts a high risk that measures taken since have removed (Art 34(3)(b))', () => {
    expect(
      holds(
        'gdpr:breach-communication-data-subjects',
        breach({
          personalDataBreach: true,
          breachRisk: 'high-risk',
          dataUnintelligible: false,
          riskNoLongerLikely: true,
        }),
      ),
    ).toBe(FALSE);
  });

  it('replaces individual messages by a public communication where they would take disproportionate effort (Art 34(3)(c))', () => {
    const noContacts = breach({
      personalDataBreach: true,
      breachRisk: 'high-risk',
      dataUnintelligible: false,
      riskNoLongerLikely: false,
      disproportionateEffort: true,
    });
    expect(holds('gdpr:breach-communication-data-subjects', noContacts)).toBe(FALSE);
    expect(holds('gdpr:breach-public-communication', noContacts)).toBe(TRUE);
    expect(step('gdpr:breach-public-communication', 'public-communication').cite).toBe(
      'gdpr:art-34(3)(c)',
    );
  });

  it('names the three exemptions of Art 34(3)', () => {
    expect(duty('gdpr:breach-communication-data-subjects').exemptions?.map((e) => e.cite)).toEqual([
      'gdpr:art-34(3)(a)',
      'gdpr:art-34(3)(b)',
      'gdpr:art-34(3)(c)',
    ]);
  });
});

describe('Digital Omnibus variant (scenario digital-omnibus)', () => {
  const current = duty('gdpr:breach-notification-authority');
  const omnibus = duty('gdpr:breach-notification-authority-omnibus');

  it('replaces the current duty only under the scenario', () => {
    expect(current.replacedBy).toEqual(['digital-omnibus']);
    expect(current.scenario).toBeUndefined();
    expect(omnibus.scenario).toBe('digital-omnibus');
  });

  it('raises the threshold to high risk: a merely risky breach is no longer notified', () => {
    expect(trigger(omnibus.id, ransomware)).toBe(FALSE);
    expect(trigger(omnibus.id, exposedEcg)).toBe(TRUE);
  });

  it('extends the period to 96 hours', () => {
    expect(step(omnibus.id, 'notification').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 96, unit: 'hours' },
    });
  });
});
