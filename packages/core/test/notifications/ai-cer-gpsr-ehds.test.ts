/** AI Act Art 73, CER Art 15, GPSR Art 9(8) and 20, EHDS Art 44(7) on realistic incidents. */
import { describe, expect, it } from 'vitest';
import { FALSE, TRUE, UNKNOWN } from '../../src/engine/truth.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';
import { dueSteps, duty, holds, missing, step, trigger } from './helpers.ts';

type Incident = NonNullable<Profile['incident']>;

/** Emergency-triage AI of an ambulance service (Annex III 5(d)), not a medical device. */
const triage = (incident: Incident, placedOnMarketOn = '2028-01-10'): Profile => ({
  product: {
    placedOnMarketOn,
    ai: { isAiSystem: true, annexIIIUseCase: 'emergency-triage', safetyComponent: false },
    medicalDevice: { qualification: 'not-a-device' },
  },
  organisation: { roles: ['ai-provider'] },
  incident,
});

/** AI software that reads ECGs, an MDR class IIb device, placed on the market after the Annex I date. */
const ecgAi = (incident: Incident): Profile => ({
  product: {
    placedOnMarketOn: '2028-09-01',
    ai: { isAiSystem: true, safetyComponent: true, annexIIIUseCase: 'none' },
    medicalDevice: { qualification: 'medical-device', class: 'IIb' },
  },
  organisation: { roles: ['ai-provider', 'manufacturer'] },
  incident,
});

describe('AI Act serious incident of a high-risk system (Art 73(1)–(5))', () => {
  const id = 'ai-act:serious-incident';

  it('gives a death caused by a triage error 10 days (Art 73(4))', () => {
    const p = triage({
      aiSeriousIncident: ['death'],
      causalLink: 'reasonably-possible',
      widespreadInfringement: false,
    });
    expect(holds(id, p)).toBe(TRUE);
    expect(dueSteps(id, p)).toEqual(['report-death', 'complete-report']);
  });

  it('gives a widespread infringement 2 days (Art 73(3)), also where someone died', () => {
    const p = triage({
      aiSeriousIncident: ['death', 'fundamental-rights'],
      causalLink: 'established',
      widespreadInfringement: true,
    });
    expect(dueSteps(id, p)).toEqual([
      'report-widespread-or-critical-infrastructure',
      'complete-report',
    ]);
  });

  it('gives a serious and irreversible disruption of critical infrastructure 2 days (Art 3(49)(b), 73(3))', () => {
    const p = triage({
      aiSeriousIncident: ['critical-infrastructure'],
      causalLink: 'established',
      widespreadInfringement: false,
    });
    expect(dueSteps(id, p)).toEqual([
      'report-widespread-or-critical-infrastructure',
      'complete-report',
    ]);
  });

  it('gives serious harm to health 15 days (Art 73(2))', () => {
    const p = triage({
      aiSeriousIncident: ['health-harm'],
      causalLink: 'established',
      widespreadInfringement: false,
    });
    expect(dueSteps(id, p)).toEqual(['report-serious-incident', 'complete-report']);
  });

  it('is not due without a serious incident, or without a causal link', () => {
    expect(trigger(id, triage({ aiSeriousIncident: [], causalLink: 'established' }))).toBe(FALSE);
    expect(trigger(id, triage({ aiSeriousIncident: ['death'], causalLink: 'excluded' }))).toBe(
      FALSE,
    );
  });

  it('does not reach a system placed on the market before 2 December 2027 and not significantly changed (Art 111(2))', () => {
    const legacy = triage(
      { aiSeriousIncident: ['death'], causalLink: 'established' },
      '2027-06-01',
    );
    expect(
      trigger(id, { ...legacy, product: { ...legacy.product, substantiallyModified: false } }),
    ).toBe(FALSE);
  });

  it('pins the deadlines: immediately, at the latest 2 / 10 / 15 days after awareness', () => {
    expect(
      duty(id).steps.map((s) => [
        s.cite,
        s.deadline.kind,
        'outerLimit' in s.deadline ? s.deadline.outerLimit?.amount : undefined,
      ]),
    ).toEqual([
      ['ai-act:art-73(3)', 'immediately', 2],
      ['ai-act:art-73(4)', 'immediately', 10],
      ['ai-act:art-73(2)', 'immediately', 15],
      ['ai-act:art-73(5)', 'without-undue-delay', undefined],
    ]);
    expect([duty(id).part, duty(id).recipient]).toEqual([
      'high-risk-annex-iii',
      'ai-market-surveillance-authority',
    ]);
  });

  it('exempts AI medical devices, whose health incidents go through MDR/IVDR vigilance (Art 73(10))', () => {
    const certifiedTriage: Profile = {
      product: {
        placedOnMarketOn: '2028-01-10',
        ai: { isAiSystem: true, annexIIIUseCase: 'emergency-triage' },
        medicalDevice: { qualification: 'medical-device', class: 'IIa' },
      },
      incident: { aiSeriousIncident: ['death'], causalLink: 'established' },
    };
    expect(trigger(id, certifiedTriage)).toBe(TRUE);
    expect(holds(id, certifiedTriage)).toBe(FALSE);
  });
});

describe('AI Act serious incident of an AI medical device (Art 73(10))', () => {
  const id = 'ai-act:serious-incident-device';

  it('is due only for an infringement of fundamental-rights obligations, e.g. biased ECG triage by sex', () => {
    const p = ecgAi({
      aiSeriousIncident: ['fundamental-rights'],
      causalLink: 'established',
      widespreadInfringement: false,
    });
    expect(holds(id, p)).toBe(TRUE);
    expect(dueSteps(id, p)).toEqual(['report-serious-incident', 'complete-report']);
    expect(duty(id).recipient).toBe('ai-fundamental-rights-authority');
  });

  it('is not due for a death caused by the device: that is MDR vigilance (Art 73(10), shown as a named exemption)', () => {
    const profile = ecgAi({ aiSeriousIncident: ['death'], causalLink: 'established' });
    expect(holds(id, profile)).toBe(FALSE);
    expect(duty(id).exemptions?.map((e) => e.cite)).toEqual(['ai-act:art-73(10)']);
  });

  it('is not due for an AI system that is no device', () => {
    expect(
      trigger(id, triage({ aiSeriousIncident: ['fundamental-rights'], causalLink: 'established' })),
    ).toBe(FALSE);
  });

  it('applies with the Annex I high-risk rules (2 August 2028)', () => {
    expect(duty(id).part).toBe('high-risk-annex-i');
  });
});

describe('CER incident notification (Art 15(1))', () => {
  const id = 'cer:incident-notification';
  const critical = (
    essentialServiceDisruption: 'significant' | 'potential' | 'none' | undefined,
  ): Profile => ({
    product: null,
    organisation: {
      roles: ['healthcare-provider'],
      cerCriticalEntity: true,
      cerNotifiedOn: '2026-08-10',
    },
    incident: essentialServiceDisruption ? { essentialServiceDisruption } : {},
  });

  it('is due for a flood that shut down a hospital’s emergency department, and for one that could have', () => {
    expect(holds(id, critical('significant'))).toBe(TRUE);
    expect(holds(id, critical('potential'))).toBe(TRUE);
    expect(trigger(id, critical('none'))).toBe(FALSE);
    expect(missing(id, critical(undefined))).toEqual(['incident.essentialServiceDisruption']);
  });

  it('pins the steps: initial notification within 24 hours, detailed report one month after it', () => {
    expect(step(id, 'initial-notification').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 24, unit: 'hours' },
    });
    expect(step(id, 'detailed-report').deadline).toEqual({
      kind: 'within',
      period: { amount: 1, unit: 'months' },
      anchor: { kind: 'step', step: 'initial-notification' },
    });
    expect([duty(id).who, duty(id).recipient]).toEqual([
      'critical-entity',
      'cer-competent-authority',
    ]);
  });
});

describe('GPSR accident and dangerous-product notification (Art 20, 9(8))', () => {
  const wristband = (incident: Incident): Profile => ({
    product: { consumerProduct: true, medicalDevice: { qualification: 'not-a-device' } },
    organisation: { roles: ['manufacturer'] },
    incident,
  });
  const insulinPump = (incident: Incident): Profile => ({
    product: {
      consumerProduct: true,
      medicalDevice: { qualification: 'medical-device', class: 'IIb' },
    },
    organisation: { roles: ['manufacturer'] },
    incident,
  });

  it('is due when a fitness wristband’s battery caused serious burns', () => {
    expect(holds('gpsr:accident-notification', wristband({ consumerProductAccident: true }))).toBe(
      TRUE,
    );
    expect(step('gpsr:accident-notification', 'notification').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
    });
    expect(duty('gpsr:accident-notification').recipient).toBe('product-safety-authority');
  });

  it('is displaced by vigilance for an MDR device (named exemption, Art 2(1))', () => {
    expect(
      trigger('gpsr:accident-notification', insulinPump({ consumerProductAccident: true })),
    ).toBe(TRUE);
    expect(
      holds('gpsr:accident-notification', insulinPump({ consumerProductAccident: true })),
    ).toBe(FALSE);
    expect(duty('gpsr:accident-notification').exemptions?.map((e) => e.id)).toEqual([
      'device-vigilance',
    ]);
  });

  it('stays open while the product’s device status is unknown', () => {
    expect(
      holds('gpsr:accident-notification', { incident: { consumerProductAccident: true } }),
    ).toBe(UNKNOWN);
  });

  it('has importers and distributors tell the manufacturer (Art 20(3))', () => {
    for (const who of ['importer', 'distributor'] as const) {
      const d = duty(`gpsr:accident-information-${who}`);
      expect([d.who, d.recipient, d.cite]).toEqual([who, 'manufacturer', 'gpsr:art-20(3)']);
    }
  });

  it('alerts authorities and consumers immediately to a dangerous product', () => {
    expect(holds('gpsr:dangerous-product', wristband({ productDangerous: true }))).toBe(TRUE);
    expect(step('gpsr:dangerous-product', 'alert-authorities').deadline).toEqual({
      kind: 'immediately',
      anchor: { kind: 'awareness' },
    });
    expect(step('gpsr:dangerous-product', 'inform-consumers').recipient).toBe('users');
  });
});

describe('EHDS serious incident involving an EHR system (Art 44(7))', () => {
  const id = 'ehds:serious-incident';
  const ehr = (isEhrSystem: boolean, incident: Incident): Profile => ({
    product: { ehr: { isEhrSystem } },
    organisation: { roles: ['manufacturer'] },
    incident,
  });

  it('is due when an EHR system swapped patients’ medication lists, within three days', () => {
    expect(holds(id, ehr(true, { ehrSeriousIncident: true, causalLink: 'established' }))).toBe(
      TRUE,
    );
    expect(step(id, 'report').deadline).toEqual({
      kind: 'immediately',
      anchor: { kind: 'awareness' },
      outerLimit: { amount: 3, unit: 'days' },
    });
  });

  it('is not due for a product that is no EHR system', () => {
    expect(trigger(id, ehr(false, { ehrSeriousIncident: true, causalLink: 'established' }))).toBe(
      FALSE,
    );
  });

  it('applies only with the EHR-system provisions (from 26 March 2029)', () => {
    expect([duty(id).part, duty(id).recipient]).toEqual([
      'ehr-a-c',
      'ehr-market-surveillance-authority',
    ]);
  });
});
