import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

const run = (profile: Profile, asOf = TODAY, scenarios: string[] = []): Assessment =>
  assess(profile, { asOf, scenarios });
const mdrOf = (r: Assessment) => r.acts.find((a) => a.act === 'mdr')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);
const mdrIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'mdr').map((o) => o.id);

type MedicalDevice = NonNullable<NonNullable<Profile['product']>['medicalDevice']>;

/** A connected continuous glucose monitor with a companion app, placed on the market under the MDR. */
const cgm = (md: Partial<MedicalDevice> = {}, roles: NonNullable<NonNullable<Profile['organisation']>['roles']> = ['manufacturer']): Profile => ({
  product: {
    name: 'CGM sensor and app',
    hasDigitalElements: true,
    medicalDevice: { qualification: 'medical-device', class: 'IIb', legacyDevice: false, implantable: false, ...md },
  },
  organisation: { roles },
});

describe('MDR — scope (Art 1, Art 2(1)) and dates (Art 123)', () => {
  it('applies to a connected class IIb glucose monitor placed on the market as a medical device', () => {
    const v = mdrOf(run(cgm()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2021-05-26');
    expect(v.missingFacts).toEqual([]);
  });

  it('does not yet apply on 25 May 2021, the day before its postponed date of application (Reg 2020/561)', () => {
    const v = mdrOf(run(cgm(), '2021-05-25'));
    expect(v.verdict).toBe('applies-from');
    expect(v.applicableFrom).toBe('2021-05-26');
  });

  it('applies on 26 May 2021 (Art 123(2))', () => {
    expect(mdrOf(run(cgm(), '2021-05-26')).verdict).toBe('applies');
  });

  it('is in force but not applicable on its entry into force, 25 May 2017 (Art 123(1))', () => {
    expect(mdrOf(run(cgm(), '2017-05-25')).verdict).toBe('applies-from');
  });

  it('gives a definite no for a product stated not to be a device (a wellness wearable)', () => {
    const r = run({ product: { hasDigitalElements: true, medicalDevice: { qualification: 'not-a-device' } }, organisation: { roles: ['manufacturer'] } });
    const v = mdrOf(r);
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
    expect(mdrIds(r)).toEqual([]);
  });

  it('covers an accessory for a medical device (Art 2(2)) and an Annex XVI product (Art 1(2))', () => {
    expect(mdrOf(run(cgm({ qualification: 'md-accessory' }))).verdict).toBe('applies');
    expect(mdrOf(run(cgm({ qualification: 'annex-xvi' }))).verdict).toBe('applies');
  });

  it('excludes a product placed on the market as an IVD (Art 1(6)(a))', () => {
    const v = mdrOf(run(cgm({ qualification: 'ivd', class: 'C' })));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('derives qualification from a medical purpose when it is not stated', () => {
    const r = run({ product: { hasDigitalElements: true, medicalDevice: { medicalPurpose: true, inVitroExamination: false } } });
    expect(mdrOf(r).verdict).toBe('applies');
  });

  it('excludes software with a medical purpose that examines specimens in vitro: it is an IVD (Art 1(6)(a))', () => {
    const v = mdrOf(run({ product: { medicalDevice: { medicalPurpose: true, inVitroExamination: true } } }));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.explanation).toContain('excluded because it is an in vitro diagnostic medical device');
    const exception = v.reasons[0]?.children?.find((c) => c.label.startsWith('unless '));
    expect(exception?.cite).toBe('mdr:art-1(6)(a)');
    expect(exception?.value).toBe('true');
  });

  it('does not apply to a product without a medical purpose when no qualification is stated', () => {
    const v = mdrOf(run({ product: { medicalDevice: { medicalPurpose: false } } }));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('is open when nothing is known about the product’s medical status, and asks for it', () => {
    const v = mdrOf(run({ product: { hasDigitalElements: true } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(
      expect.arrayContaining(['product.medicalDevice.qualification', 'product.medicalDevice.medicalPurpose']),
    );
  });

  it('is open when a medical purpose is known but not whether the product examines specimens in vitro', () => {
    const v = mdrOf(run({ product: { medicalDevice: { medicalPurpose: true } } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.medicalDevice.inVitroExamination');
  });

  it('lets a stated qualification win over the derivation', () => {
    const v = mdrOf(run({ product: { medicalDevice: { qualification: 'medical-device', medicalPurpose: false } } }));
    expect(v.verdict).toBe('applies');
  });
});

describe('MDR — notified body (Art 52) as used by the AI Act', () => {
  it('involves a notified body for class IIa, IIb, III and class I sterile, measuring or reusable', () => {
    for (const c of ['Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'] as const) {
      expect(duty(run(cgm({ class: c })), 'mdr:notified-body-assessment')?.status, c).toBe('applies');
    }
  });

  it('does not involve a notified body for a plain class I device (self-declaration, Art 52(7))', () => {
    const r = run(cgm({ class: 'I' }));
    expect(duty(r, 'mdr:notified-body-assessment')).toBeUndefined();
    expect(duty(r, 'mdr:conformity-assessment')?.status).toBe('applies');
  });

  it('leaves notified-body involvement open when the class is unknown', () => {
    const r = run(cgm({ class: undefined }));
    const d = duty(r, 'mdr:notified-body-assessment');
    expect(d?.status).toBe('possible');
    expect(d?.missingFacts).toContain('product.medicalDevice.class');
  });
});

describe('MDR — cybersecurity requirements of Annex I', () => {
  it('places the software and IT-security GSPRs on the manufacturer of a device with software', () => {
    const r = run(cgm());
    for (const [id, cite] of [
      ['mdr:it-environment-interaction', 'mdr:annex-I-14.2(d)'],
      ['mdr:electronic-systems-reliability', 'mdr:annex-I-17.1'],
      ['mdr:software-lifecycle-security', 'mdr:annex-I-17.2'],
      ['mdr:minimum-it-requirements', 'mdr:annex-I-17.4'],
      ['mdr:protection-against-unauthorised-access', 'mdr:annex-I-18.8'],
      ['mdr:ifu-it-security', 'mdr:annex-I-23.4(ab)'],
    ] as const) {
      expect(duty(r, id)?.status, id).toBe('applies');
      expect(duty(r, id)?.cite, id).toBe(cite);
    }
  });

  it('does not place the software GSPRs on a device without software', () => {
    const r = run({ product: { hasDigitalElements: false, medicalDevice: { qualification: 'medical-device', class: 'I', legacyDevice: false } }, organisation: { roles: ['manufacturer'] } });
    expect(duty(r, 'mdr:software-lifecycle-security')).toBeUndefined();
    expect(duty(r, 'mdr:gspr-compliance')?.status).toBe('applies');
  });

  it('does not require MDR design conformity of a legacy device, which still follows the Directive (Art 120(3))', () => {
    const r = run(cgm({ legacyDevice: true }));
    expect(duty(r, 'mdr:gspr-compliance')).toBeUndefined();
    expect(duty(r, 'mdr:minimum-it-requirements')).toBeUndefined();
    expect(duty(r, 'mdr:conformity-assessment')).toBeUndefined();
    expect(duty(r, 'mdr:pms-system')?.status).toBe('applies');
    expect(duty(r, 'mdr:report-serious-incident')?.status).toBe('applies');
  });

  it('asks whether the device is a legacy device before settling the design requirements', () => {
    const d = duty(run(cgm({ legacyDevice: undefined })), 'mdr:minimum-it-requirements');
    expect(d?.status).toBe('possible');
    expect(d?.missingFacts).toEqual(['product.medicalDevice.legacyDevice']);
  });
});

describe('MDR — vigilance (Art 87–89)', () => {
  it('states the 15-day general deadline (Art 87(3))', () => {
    const d = duty(run(cgm()), 'mdr:report-serious-incident');
    expect(d?.cite).toBe('mdr:art-87(3)');
    expect(d?.summary).toContain('15 days');
  });

  it('states the 2-day deadline for a serious public health threat (Art 87(4))', () => {
    const d = duty(run(cgm()), 'mdr:report-public-health-threat');
    expect(d?.cite).toBe('mdr:art-87(4)');
    expect(d?.summary).toContain('2 days');
    expect(d?.summary).not.toContain('10 days');
  });

  it('states the 10-day deadline for death or unanticipated serious deterioration (Art 87(5))', () => {
    const d = duty(run(cgm()), 'mdr:report-death-or-serious-deterioration');
    expect(d?.cite).toBe('mdr:art-87(5)');
    expect(d?.summary).toContain('10 days');
  });

  it('requires field safety corrective actions, trends and investigations to be handled', () => {
    const r = run(cgm());
    for (const id of ['mdr:report-fsca', 'mdr:trend-reporting', 'mdr:investigate-serious-incident']) {
      expect(duty(r, id)?.status, id).toBe('applies');
    }
  });
});

describe('MDR — post-market surveillance by class (Art 83–86)', () => {
  it('requires an annual PSUR for class IIb and III', () => {
    for (const c of ['IIb', 'III'] as const) {
      const r = run(cgm({ class: c }));
      expect(duty(r, 'mdr:psur-annual')?.status, c).toBe('applies');
      expect(duty(r, 'mdr:psur-biennial'), c).toBeUndefined();
      expect(duty(r, 'mdr:pms-report'), c).toBeUndefined();
    }
  });

  it('requires a PSUR at least every two years for class IIa', () => {
    const r = run(cgm({ class: 'IIa' }));
    expect(duty(r, 'mdr:psur-biennial')?.status).toBe('applies');
    expect(duty(r, 'mdr:psur-annual')).toBeUndefined();
  });

  it('requires a post-market surveillance report, not a PSUR, for class I', () => {
    for (const c of ['I', 'Is', 'Im', 'Ir'] as const) {
      const r = run(cgm({ class: c }));
      expect(duty(r, 'mdr:pms-report')?.status, c).toBe('applies');
      expect(duty(r, 'mdr:psur-annual'), c).toBeUndefined();
      expect(duty(r, 'mdr:psur-biennial'), c).toBeUndefined();
    }
  });

  it('requires a PMS system and plan of every manufacturer', () => {
    const r = run(cgm({ class: 'I' }));
    expect(duty(r, 'mdr:pms-system')?.status).toBe('applies');
    expect(duty(r, 'mdr:pms-plan')?.status).toBe('applies');
  });
});

describe('MDR — legacy devices (Art 120 as amended by Reg 2023/607)', () => {
  it('ends the transition for a legacy class III device on 31 December 2027 (Art 120(3a)(a))', () => {
    const r = run(cgm({ legacyDevice: true, class: 'III' }));
    expect(duty(r, 'mdr:legacy-transition-ends-2027')?.status).toBe('applies');
    expect(duty(r, 'mdr:legacy-transition-ends-2028')).toBeUndefined();
    expect(duty(r, 'mdr:legacy-device-conditions')?.status).toBe('applies');
  });

  it('ends it on 31 December 2027 for an implantable class IIb device', () => {
    const r = run(cgm({ legacyDevice: true, class: 'IIb', implantable: true }));
    expect(duty(r, 'mdr:legacy-transition-ends-2027')?.status).toBe('applies');
    expect(duty(r, 'mdr:legacy-transition-ends-2028')).toBeUndefined();
  });

  it('ends it on 31 December 2028 for non-implantable class IIb, IIa and class I sterile or measuring devices (Art 120(3a)(b))', () => {
    for (const c of ['IIb', 'IIa', 'Is', 'Im'] as const) {
      const r = run(cgm({ legacyDevice: true, class: c, implantable: false }));
      expect(duty(r, 'mdr:legacy-transition-ends-2028')?.status, c).toBe('applies');
      expect(duty(r, 'mdr:legacy-transition-ends-2027'), c).toBeUndefined();
    }
  });

  it('sets no legacy duties for a device certified under the MDR', () => {
    const ids = mdrIds(run(cgm({ legacyDevice: false, class: 'III' })));
    expect(ids).not.toContain('mdr:legacy-device-conditions');
    expect(ids).not.toContain('mdr:legacy-transition-ends-2027');
  });

  it('lists the 31 December 2027 end of transition among upcoming changes', () => {
    const r = run(cgm());
    expect(r.upcoming.some((u) => u.act === 'mdr' && u.date === '2027-12-31' && u.cite === 'mdr:art-120(3a)(a)')).toBe(true);
  });
});

describe('MDR — dated duties from amending acts', () => {
  it('requires advance notice of a supply interruption from 10 January 2025, not the day before (Art 10a, Reg 2024/1860)', () => {
    const before = duty(run(cgm(), '2025-01-09'), 'mdr:supply-interruption-notice');
    expect(before?.status).toBe('applies-from');
    expect(before?.from).toBe('2025-01-10');
    expect(duty(run(cgm(), '2025-01-10'), 'mdr:supply-interruption-notice')?.status).toBe('applies');
  });

  it('makes EUDAMED registration mandatory from 28 May 2026, not the day before (Art 123(3)(d))', () => {
    const before = duty(run(cgm(), '2026-05-27'), 'mdr:eudamed-registration');
    expect(before?.status).toBe('applies-from');
    expect(before?.from).toBe('2026-05-28');
    expect(duty(run(cgm(), '2026-05-28'), 'mdr:eudamed-registration')?.status).toBe('applies');
  });

  it('requires a person responsible for regulatory compliance (Art 15)', () => {
    expect(duty(run(cgm()), 'mdr:prrc')?.status).toBe('applies');
  });
});

describe('MDR — other economic operators and health institutions', () => {
  it('gives an importer its verification and complaint-forwarding duties, not the manufacturer’s', () => {
    const r = run(cgm({}, ['importer']));
    expect(duty(r, 'mdr:importer-checks')?.status).toBe('applies');
    expect(duty(r, 'mdr:importer-complaints-and-incidents')?.status).toBe('applies');
    expect(duty(r, 'mdr:supply-interruption-relay-importer')?.status).toBe('applies');
    expect(duty(r, 'mdr:report-serious-incident')).toBeUndefined();
  });

  it('gives a distributor its own duties', () => {
    const r = run(cgm({}, ['distributor']));
    expect(duty(r, 'mdr:distributor-checks')?.status).toBe('applies');
    expect(duty(r, 'mdr:distributor-complaints-and-incidents')?.status).toBe('applies');
    expect(duty(r, 'mdr:importer-checks')).toBeUndefined();
  });

  it('gives an authorised representative its tasks (Art 11(3))', () => {
    expect(duty(run(cgm({}, ['authorised-representative'])), 'mdr:authorised-representative-tasks')?.status).toBe('applies');
  });

  it('makes a hospital keep the UDIs of class III implantables, but not of other devices (Art 27(9))', () => {
    expect(duty(run(cgm({ class: 'III', implantable: true }, ['healthcare-provider'])), 'mdr:health-institution-udi-records')?.status).toBe('applies');
    const r = run(cgm({ class: 'IIa' }, ['healthcare-provider']));
    expect(duty(r, 'mdr:health-institution-udi-records')).toBeUndefined();
    expect(mdrIds(r)).toEqual([]);
  });
});

describe('MDR — pending targeted revision (scenario mdr-ivdr-revision)', () => {
  it('adds the proposed Art 87a cyber reporting duty only under the scenario, marked unverified', () => {
    expect(duty(run(cgm()), 'mdr:report-cyber-vulnerability-or-incident')).toBeUndefined();
    const d = duty(run(cgm(), TODAY, ['mdr-ivdr-revision']), 'mdr:report-cyber-vulnerability-or-incident');
    expect(d?.scenario).toBe('mdr-ivdr-revision');
    expect(d?.note).toContain('Unverified');
  });

  it('swaps the 15-day general deadline for the proposed longer one under the scenario', () => {
    const r = run(cgm(), TODAY, ['mdr-ivdr-revision']);
    expect(duty(r, 'mdr:report-serious-incident')).toBeUndefined();
    expect(duty(r, 'mdr:report-serious-incident-revised')?.status).toBe('applies');
    expect(duty(r, 'mdr:report-public-health-threat')?.status).toBe('applies');
  });
});
