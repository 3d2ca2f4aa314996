import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

const run = (profile: Profile, asOf = TODAY, scenarios: string[] = []): Assessment =>
  assess(profile, { asOf, scenarios });
const ivdrOf = (r: Assessment) => r.acts.find((a) => a.act === 'ivdr')!;
const mdrOf = (r: Assessment) => r.acts.find((a) => a.act === 'mdr')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);
const ivdrIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'ivdr').map((o) => o.id);

type MedicalDevice = NonNullable<NonNullable<Profile['product']>['medicalDevice']>;
type Roles = NonNullable<NonNullable<Profile['organisation']>['roles']>;

/** A connected home INR self-test meter with an app that interprets the result (an IVD, class C). */
const selfTest = (md: Partial<MedicalDevice> = {}, roles: Roles = ['manufacturer']): Profile => ({
  product: {
    name: 'INR self-test meter',
    hasDigitalElements: true,
    medicalDevice: { qualification: 'ivd', class: 'C', legacyDevice: false, ...md },
  },
  organisation: { roles },
});

describe('IVDR — scope (Art 1, Art 2(2)) and dates (Art 113)', () => {
  it('applies to a connected self-test IVD', () => {
    const r = run(selfTest());
    expect(ivdrOf(r).verdict).toBe('applies');
    expect(ivdrOf(r).applicableFrom).toBe('2022-05-26');
    expect(mdrOf(r).verdict).toBe('does-not-apply');
  });

  it('does not yet apply on 25 May 2022 and applies on 26 May 2022 (Art 113(2))', () => {
    expect(ivdrOf(run(selfTest(), '2022-05-25')).verdict).toBe('applies-from');
    expect(ivdrOf(run(selfTest(), '2022-05-26')).verdict).toBe('applies');
  });

  it('covers an accessory for an IVD (Art 2(4))', () => {
    expect(ivdrOf(run(selfTest({ qualification: 'ivd-accessory' }))).verdict).toBe('applies');
  });

  it('gives a definite no for a product stated not to be a device', () => {
    const v = ivdrOf(run(selfTest({ qualification: 'not-a-device' })));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('does not apply to a product placed on the market as a medical device under the MDR', () => {
    expect(ivdrOf(run(selfTest({ qualification: 'medical-device', class: 'IIa' }))).verdict).toBe('does-not-apply');
  });

  it('derives an IVD from a medical purpose served by in vitro examination of specimens', () => {
    const r = run({ product: { medicalDevice: { medicalPurpose: true, inVitroExamination: true } } });
    expect(ivdrOf(r).verdict).toBe('applies');
    expect(mdrOf(r).verdict).toBe('does-not-apply');
  });

  it('does not apply to a medical device that does not examine specimens', () => {
    expect(ivdrOf(run({ product: { medicalDevice: { medicalPurpose: true, inVitroExamination: false } } })).verdict).toBe('does-not-apply');
  });

  it('is open when the in vitro examination is not known, and asks for it', () => {
    const v = ivdrOf(run({ product: { medicalDevice: { medicalPurpose: true } } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.medicalDevice.inVitroExamination');
  });
});

describe('IVDR — notified body (Art 48) as used by the AI Act', () => {
  it('involves a notified body for class A sterile, B, C and D', () => {
    for (const c of ['A-sterile', 'B', 'C', 'D'] as const) {
      expect(duty(run(selfTest({ class: c })), 'ivdr:notified-body-assessment')?.status, c).toBe('applies');
    }
  });

  it('does not involve a notified body for a non-sterile class A device', () => {
    const r = run(selfTest({ class: 'A' }));
    expect(duty(r, 'ivdr:notified-body-assessment')).toBeUndefined();
    expect(duty(r, 'ivdr:conformity-assessment')?.status).toBe('applies');
  });

  it('does not read an MDR class as an IVDR notified-body class', () => {
    expect(duty(run(selfTest({ class: 'IIb' })), 'ivdr:notified-body-assessment')).toBeUndefined();
  });
});

describe('IVDR — cybersecurity requirements of Annex I', () => {
  it('cites the IVDR’s own numbering: 13.2(d), 16.1, 16.2, 16.4 and 20.4.1(ah)', () => {
    const r = run(selfTest());
    for (const [id, cite] of [
      ['ivdr:it-environment-interaction', 'ivdr:annex-I-13.2(d)'],
      ['ivdr:electronic-systems-reliability', 'ivdr:annex-I-16.1'],
      ['ivdr:software-lifecycle-security', 'ivdr:annex-I-16.2'],
      ['ivdr:minimum-it-requirements', 'ivdr:annex-I-16.4'],
      ['ivdr:ifu-it-security', 'ivdr:annex-I-20.4.1(ah)'],
    ] as const) {
      expect(duty(r, id)?.status, id).toBe('applies');
      expect(duty(r, id)?.cite, id).toBe(cite);
    }
  });

  it('has no counterpart of MDR Annex I 18.8', () => {
    expect(ivdrIds(run(selfTest())).some((id) => id.includes('unauthorised-access'))).toBe(false);
  });

  it('leaves the design requirements to the Directive for a legacy device', () => {
    const r = run(selfTest({ legacyDevice: true }));
    expect(duty(r, 'ivdr:software-lifecycle-security')).toBeUndefined();
    expect(duty(r, 'ivdr:pms-system')?.status).toBe('applies');
  });
});

describe('IVDR — vigilance (Art 82) and post-market surveillance (Art 78–81)', () => {
  it('states the 15 / 2 / 10-day deadlines', () => {
    const r = run(selfTest());
    expect(duty(r, 'ivdr:report-serious-incident')?.summary).toContain('15 days');
    expect(duty(r, 'ivdr:report-public-health-threat')?.summary).toContain('2 days');
    expect(duty(r, 'ivdr:report-death-or-serious-deterioration')?.summary).toContain('10 days');
    expect(duty(r, 'ivdr:report-death-or-serious-deterioration')?.cite).toBe('ivdr:art-82(5)');
  });

  it('requires an annual PSUR for class C and D, and a PMS report for class A and B', () => {
    for (const c of ['C', 'D'] as const) {
      const r = run(selfTest({ class: c }));
      expect(duty(r, 'ivdr:psur')?.status, c).toBe('applies');
      expect(duty(r, 'ivdr:pms-report'), c).toBeUndefined();
    }
    for (const c of ['A', 'A-sterile', 'B'] as const) {
      const r = run(selfTest({ class: c }));
      expect(duty(r, 'ivdr:pms-report')?.status, c).toBe('applies');
      expect(duty(r, 'ivdr:psur'), c).toBeUndefined();
    }
  });

  it('leaves the PSUR open when the class is unknown', () => {
    const d = duty(run(selfTest({ class: undefined })), 'ivdr:psur');
    expect(d?.status).toBe('possible');
    expect(d?.missingFacts).toContain('product.medicalDevice.class');
  });
});

describe('IVDR — legacy devices (Art 110 as amended by Reg 2024/1860)', () => {
  it('ends the transition for a legacy class D device on 31 December 2027', () => {
    const r = run(selfTest({ legacyDevice: true, class: 'D' }));
    expect(duty(r, 'ivdr:legacy-transition-ends-2027')?.status).toBe('applies');
    expect(duty(r, 'ivdr:legacy-transition-ends-2028')).toBeUndefined();
    expect(duty(r, 'ivdr:legacy-device-conditions')?.status).toBe('applies');
  });

  it('ends it on 31 December 2028 for class C', () => {
    const r = run(selfTest({ legacyDevice: true, class: 'C' }));
    expect(duty(r, 'ivdr:legacy-transition-ends-2028')?.status).toBe('applies');
    expect(duty(r, 'ivdr:legacy-transition-ends-2029')).toBeUndefined();
  });

  it('ends it on 31 December 2029 for class B and sterile class A', () => {
    for (const c of ['B', 'A-sterile'] as const) {
      expect(duty(run(selfTest({ legacyDevice: true, class: c })), 'ivdr:legacy-transition-ends-2029')?.status, c).toBe('applies');
    }
  });

  it('lists the class C notified-body agreement deadline and the 2028 end among upcoming changes', () => {
    const dates = run(selfTest(), '2026-06-01').upcoming.filter((u) => u.act === 'ivdr').map((u) => u.date);
    expect(dates).toContain('2026-09-26');
    expect(dates).toContain('2027-12-31');
  });
});

describe('IVDR — dated duties and other operators', () => {
  it('requires notice of a supply interruption from 10 January 2025, not the day before (Art 10a)', () => {
    const before = duty(run(selfTest(), '2025-01-09'), 'ivdr:supply-interruption-notice');
    expect(before?.status).toBe('applies-from');
    expect(before?.from).toBe('2025-01-10');
    expect(duty(run(selfTest(), '2025-01-10'), 'ivdr:supply-interruption-notice')?.status).toBe('applies');
  });

  it('gives importers and distributors their own duties only', () => {
    const imp = run(selfTest({}, ['importer']));
    expect(duty(imp, 'ivdr:importer-checks')?.status).toBe('applies');
    expect(duty(imp, 'ivdr:report-serious-incident')).toBeUndefined();
    const dist = run(selfTest({}, ['distributor']));
    expect(duty(dist, 'ivdr:distributor-complaints-and-incidents')?.status).toBe('applies');
  });

  it('adds the proposed Art 82a cyber reporting duty only under the revision scenario', () => {
    expect(duty(run(selfTest()), 'ivdr:report-cyber-vulnerability-or-incident')).toBeUndefined();
    const r = run(selfTest(), TODAY, ['mdr-ivdr-revision']);
    expect(duty(r, 'ivdr:report-cyber-vulnerability-or-incident')?.scenario).toBe('mdr-ivdr-revision');
    expect(duty(r, 'ivdr:report-serious-incident')).toBeUndefined();
  });
});
