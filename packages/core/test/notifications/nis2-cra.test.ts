/** NIS2 Art 23 (entities) and CRA Art 14 (products) reporting on realistic cyber incidents. */
import { describe, expect, it } from 'vitest';
import { FALSE, TRUE, UNKNOWN } from '../../src/engine/truth.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';
import { dueSteps, duty, holds, missing, step, trigger } from './helpers.ts';

type Incident = NonNullable<Profile['incident']>;
const hospital = (incident: Incident): Profile => ({
  product: null,
  organisation: {
    roles: ['healthcare-provider'],
    healthActivities: ['healthcare-provision'],
    employees: 2400,
  },
  incident,
});

/** Ransomware stopped the hospital’s infusion-pump fleet management and the EHR for a day. */
const ransomware = hospital({
  securityIncident: true,
  severeOperationalDisruption: true,
  ongoing: false,
});

describe('NIS2 significant incident (Art 23(1), (3), (4))', () => {
  const id = 'nis2:significant-incident-essential';

  it('is due for an incident causing severe operational disruption, without stating the assessment', () => {
    expect(holds(id, ransomware)).toBe(TRUE);
  });

  it('is due for an incident causing considerable damage to others (Art 23(3)(b))', () => {
    expect(
      trigger(
        id,
        hospital({
          securityIncident: true,
          severeOperationalDisruption: false,
          considerableDamageToOthers: true,
        }),
      ),
    ).toBe(TRUE);
  });

  it('is not due for an incident meeting neither criterion', () => {
    expect(
      trigger(
        id,
        hospital({
          securityIncident: true,
          severeOperationalDisruption: false,
          considerableDamageToOthers: false,
        }),
      ),
    ).toBe(FALSE);
  });

  it('is not due where nothing compromised the network and information systems', () => {
    expect(trigger(id, hospital({ securityIncident: false }))).toBe(FALSE);
  });

  it('lets the entity’s stated assessment win over the criteria', () => {
    expect(
      trigger(
        id,
        hospital({
          significantIncident: false,
          securityIncident: true,
          severeOperationalDisruption: true,
        }),
      ),
    ).toBe(FALSE);
    expect(trigger(id, hospital({ significantIncident: true }))).toBe(TRUE);
  });

  it('asks the open criterion, and the assessment itself only when the criteria cannot settle it', () => {
    const p = hospital({ securityIncident: true, severeOperationalDisruption: false });
    expect(trigger(id, p)).toBe(UNKNOWN);
    expect(missing(id, p)).toEqual([
      'incident.considerableDamageToOthers',
      'incident.significantIncident',
    ]);
  });

  it('pins the steps: 24 h early warning, 72 h notification, intermediate on request, final one month after the notification', () => {
    expect(step(id, 'early-warning').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 24, unit: 'hours' },
    });
    expect(step(id, 'incident-notification').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 72, unit: 'hours' },
    });
    expect(step(id, 'intermediate-report').deadline).toEqual({ kind: 'on-request' });
    expect(step(id, 'final-report').deadline).toEqual({
      kind: 'within',
      period: { amount: 1, unit: 'months' },
      anchor: { kind: 'step', step: 'incident-notification' },
    });
    expect(duty(id).steps.map((s) => s.cite)).toEqual([
      'nis2:art-23(4)(a)',
      'nis2:art-23(4)(b)',
      'nis2:art-23(4)(c)',
      'nis2:art-23(4)(d)',
      'nis2:art-23(4)(e)',
      'nis2:art-23(4)(e)',
    ]);
  });

  it('sends a handled incident a final report one month after the notification', () => {
    expect(dueSteps(id, ransomware)).toEqual([
      'early-warning',
      'incident-notification',
      'intermediate-report',
      'final-report',
    ]);
  });

  it('gives an incident still ongoing a progress report then, and the final report one month after handling (Art 23(4)(e))', () => {
    const ongoing = hospital({
      securityIncident: true,
      severeOperationalDisruption: true,
      ongoing: true,
    });
    expect(dueSteps(id, ongoing)).toEqual([
      'early-warning',
      'incident-notification',
      'intermediate-report',
      'progress-report',
      'final-report-after-handling',
    ]);
    expect(step(id, 'final-report-after-handling').deadline).toEqual({
      kind: 'within',
      period: { amount: 1, unit: 'months' },
      anchor: { kind: 'handled' },
    });
  });

  it('binds essential and important entities alike', () => {
    const essential = duty('nis2:significant-incident-essential');
    const important = duty('nis2:significant-incident-important');
    expect([essential.who, important.who]).toEqual(['essential-entity', 'important-entity']);
    expect(important.steps).toEqual(essential.steps);
    expect(essential.recipient).toBe('nis2-csirt');
  });
});

describe('NIS2 recipients of services (Art 23(1), (2))', () => {
  it('tells recipients of a significant incident likely to affect the services', () => {
    const p = hospital({
      securityIncident: true,
      severeOperationalDisruption: true,
      affectsServiceRecipients: true,
    });
    expect(holds('nis2:notify-service-recipients-essential', p)).toBe(TRUE);
    expect(
      trigger(
        'nis2:notify-service-recipients-essential',
        hospital({ significantIncident: true, affectsServiceRecipients: false }),
      ),
    ).toBe(FALSE);
    expect(duty('nis2:notify-service-recipients-essential').recipient).toBe('service-recipients');
  });

  it('passes on remedies against a significant cyber threat, even without an incident', () => {
    expect(
      holds('nis2:significant-cyber-threat-important', hospital({ significantCyberThreat: true })),
    ).toBe(TRUE);
    expect(step('nis2:significant-cyber-threat-important', 'communicate-measures').cite).toBe(
      'nis2:art-23(2)',
    );
  });
});

const app = (incident: Incident): Profile => ({
  product: {
    hasDigitalElements: true,
    dataConnection: true,
    commercialActivity: true,
    medicalDevice: { qualification: 'not-a-device' },
  },
  organisation: { roles: ['manufacturer'] },
  incident,
});

describe('CRA actively exploited vulnerability (Art 14(1)–(2))', () => {
  const id = 'cra:actively-exploited-vulnerability';

  it('is due when attackers exploit a flaw in a fitness tracker’s companion app', () => {
    expect(holds(id, app({ activelyExploitedVulnerability: true }))).toBe(TRUE);
    expect(trigger(id, app({ activelyExploitedVulnerability: false }))).toBe(FALSE);
    expect(trigger(id, app({}))).toBe(UNKNOWN);
  });

  it('pins the steps: 24 h, 72 h, intermediate on request, final 14 days after a fix is available', () => {
    expect(duty(id).steps.map((s) => [s.id, s.cite])).toEqual([
      ['early-warning', 'cra:art-14(2)(a)'],
      ['vulnerability-notification', 'cra:art-14(2)(b)'],
      ['intermediate-report', 'cra:art-14(6)'],
      ['final-report', 'cra:art-14(2)(c)'],
    ]);
    expect(step(id, 'early-warning').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 24, unit: 'hours' },
    });
    expect(step(id, 'vulnerability-notification').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 72, unit: 'hours' },
    });
    expect(step(id, 'final-report').deadline).toEqual({
      kind: 'within',
      period: { amount: 14, unit: 'days' },
      anchor: { kind: 'measure-available' },
    });
  });

  it('applies with Art 14 from 11 September 2026, to incidents the manufacturer becomes aware of from then', () => {
    expect([duty(id).part, duty(id).awarenessFrom, duty(id).recipient]).toEqual([
      'art-14',
      '2026-09-11',
      'cra-coordinating-csirt-and-enisa',
    ]);
  });
});

describe('CRA severe incident (Art 14(3)–(5))', () => {
  const id = 'cra:severe-incident';

  it('is due for an incident that led to malicious code running on users’ phones (Art 14(5)(b))', () => {
    expect(holds(id, app({ severeIncidentProductSecurity: ['malicious-code'] }))).toBe(TRUE);
  });

  it('is due for an incident affecting the protection of sensitive data (Art 14(5)(a))', () => {
    expect(trigger(id, app({ severeIncidentProductSecurity: ['data-or-functions'] }))).toBe(TRUE);
  });

  it('is not due for an incident meeting neither criterion', () => {
    expect(trigger(id, app({ severeIncidentProductSecurity: [] }))).toBe(FALSE);
  });

  it('runs the final report one month from the incident notification, not from awareness (Art 14(4)(c))', () => {
    expect(step(id, 'final-report').deadline).toEqual({
      kind: 'within',
      period: { amount: 1, unit: 'months' },
      anchor: { kind: 'step', step: 'incident-notification' },
    });
    expect(step(id, 'early-warning').cite).toBe('cra:art-14(4)(a)');
    expect(step(id, 'incident-notification').cite).toBe('cra:art-14(4)(b)');
  });
});

describe('CRA information to users (Art 14(8))', () => {
  it('is due after either trigger', () => {
    expect(trigger('cra:inform-users', app({ activelyExploitedVulnerability: true }))).toBe(TRUE);
    expect(
      trigger(
        'cra:inform-users',
        app({
          activelyExploitedVulnerability: false,
          severeIncidentProductSecurity: ['malicious-code'],
        }),
      ),
    ).toBe(TRUE);
    expect(
      trigger(
        'cra:inform-users',
        app({ activelyExploitedVulnerability: false, severeIncidentProductSecurity: [] }),
      ),
    ).toBe(FALSE);
    expect(duty('cra:inform-users').recipient).toBe('users');
  });
});
