/**
 * MDR qualification (`mdr:qualification`): medical device, accessory, Annex XVI product or not a
 * device. Software follows the decision steps of MDCG 2019-11 rev.1 (Figure 1); other products
 * Art 2(1), Art 2(2) and Art 1(2) with Annex XVI; IVDs are left to the IVDR (Art 1(6)(a)).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/index.ts';
import type { ClassificationResult, Profile } from '../../src/index.ts';

const asOf = '2026-11-23';
type Product = NonNullable<Profile['product']>;
type Md = NonNullable<Product['mdrClassification']>;

const qualification = (p: Profile): ClassificationResult => {
  const c = classify(p, { asOf }).classifications.find((x) => x.classifier === 'mdr:qualification');
  if (!c) throw new Error('no mdr:qualification');
  return c;
};

function decided(p: Profile, outcome: string, rule?: string): ClassificationResult {
  const c = qualification(p);
  expect(c.status, `open on ${c.missingFacts.join(', ')}`).toBe('decided');
  expect(c.outcome).toBe(outcome);
  if (rule) expect(c.decidedBy.map((d) => d.rule)).toContain(rule);
  return c;
}

/** Software whose status is not stated and that passes no MDCG 2019-11 step yet. */
const app = (md: Md, medicalDevice: Product['medicalDevice'] = { inVitroExamination: false }): Profile => ({
  product: {
    components: ['mobile-app', 'cloud-service'],
    medicalDevice,
    mdrClassification: { accessory: false, annexXviGroups: [], drivesDevice: false, ...md },
  },
});
/** A physical product whose status is not stated. */
const hardware = (md: Md, medicalDevice: Product['medicalDevice'] = { inVitroExamination: false }): Profile => ({
  product: {
    components: ['hardware'],
    medicalDevice,
    mdrClassification: { accessory: false, annexXviGroups: [], pharmacologicalAction: false, ...md },
  },
});

describe('stated qualification', () => {
  it('lets the stated qualification win and shows the derivation beside it', () => {
    const c = qualification(app({ actsOnData: true, individualPatients: true, medicalPurposes: ['disease'] }, { qualification: 'medical-device', inVitroExamination: false }));
    expect(c).toMatchObject({ status: 'decided', source: 'stated', outcome: 'medical-device' });
    expect(c.derived?.outcomes).toEqual(['medical-device']);
  });
  it('takes a stated accessory, Annex XVI product or non-device as stated', () => {
    for (const q of ['md-accessory', 'annex-xvi', 'not-a-device'] as const) {
      expect(qualification({ product: { medicalDevice: { qualification: q } } })).toMatchObject({ source: 'stated', outcome: q });
    }
  });
});

describe('in vitro diagnostic devices (Art 1(6)(a))', () => {
  it('says a stated IVD is not a device under the MDR because the IVDR governs it', () => {
    const c = decided({ product: { medicalDevice: { qualification: 'ivd' } } }, 'not-a-device', 'ivd');
    expect(c.source).toBe('derived');
    expect(c.decidedBy[0]?.label).toMatch(/IVDR governs it/);
  });
  it('derives the same for a product intended for in vitro examination of specimens, even with a medical purpose', () => {
    decided(hardware({ medicalPurposes: ['in-vitro-information'] }, { inVitroExamination: true, medicalPurpose: true }), 'not-a-device', 'ivd');
  });
});

describe('software: MDCG 2019-11 rev.1 decision steps (Figure 1)', () => {
  it('step 3: software analogous to a diary recording insulin doses, with no analysis, is not a device (MDCG 2021-24, Rule 11 general explanation)', () => {
    decided(app({ actsOnData: false, medicalPurposes: ['disease'] }), 'not-a-device', 'software-no-action-on-data');
  });
  it('step 4: software aggregating population data, not for individual patients, is not a device', () => {
    decided(app({ actsOnData: true, individualPatients: false, medicalPurposes: ['disease'] }), 'not-a-device', 'software-not-for-individual-patients');
  });
  it('step 5: a wellness or fitness app without a medical purpose is not a device', () => {
    decided(app({ actsOnData: true, individualPatients: true, medicalPurposes: [] }), 'not-a-device', 'no-medical-purpose');
  });
  it('steps 3–5 met: a telemonitoring app alerting the care team about a patient’s readings is medical device software', () => {
    decided(app({ actsOnData: true, individualPatients: true, medicalPurposes: ['disease'] }), 'medical-device', 'medical-device-software');
  });
  it('takes the medical purpose from the stated yes/no answer when the list of purposes is not given', () => {
    decided(app({ actsOnData: true, individualPatients: true }, { inVitroExamination: false, medicalPurpose: true }), 'medical-device', 'medical-device-software');
  });
  it('step 2: software driving or influencing a (hardware) device is covered by the MDR even if it does nothing else', () => {
    decided(app({ drivesDevice: true, actsOnData: false, medicalPurposes: [] }), 'medical-device', 'software-drives-device');
  });
  it('step 2 comes first: software that only stores data but is an accessory of a device is an accessory', () => {
    decided(app({ accessory: true, actsOnData: false }), 'md-accessory', 'accessory');
  });
  it('keeps the step-2 outcomes open while they are unknown, even when a later step fails', () => {
    const c = qualification({ product: { components: ['mobile-app'], medicalDevice: { inVitroExamination: false }, mdrClassification: { actsOnData: false } } });
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['not-a-device', 'annex-xvi', 'md-accessory', 'medical-device']);
    expect(c.missingFacts).toEqual(expect.arrayContaining([
      'product.mdrClassification.accessory', 'product.mdrClassification.annexXviGroups', 'product.mdrClassification.drivesDevice',
    ]));
    expect(c.explanation).toMatch(/^At least Not a medical device under the MDR/);
  });
  it('reads that the product is software from its components, and asks when they are unknown', () => {
    const c = qualification({ product: { mdrClassification: { actsOnData: true, individualPatients: true, medicalPurposes: ['disease'], accessory: false, annexXviGroups: [] }, medicalDevice: { inVitroExamination: false } } });
    expect(c.status).toBe('open');
    expect(c.missingFacts).toEqual(expect.arrayContaining(['product.components', 'product.mdrClassification.isSoftware']));
  });
});

describe('other products: Art 2(1), Art 2(2), Art 1(2) with Annex XVI', () => {
  it('qualifies a physical product with a medical purpose of Art 2(1) as a medical device', () => {
    decided(hardware({ medicalPurposes: ['injury-or-disability'] }), 'medical-device', 'medical-device');
  });
  it('counts products for the control of conception and for sterilising devices as devices (Art 2(1), last subparagraph)', () => {
    decided(hardware({ medicalPurposes: ['conception'] }), 'medical-device', 'medical-device');
    decided(hardware({ medicalPurposes: ['device-reprocessing'] }), 'medical-device', 'medical-device');
  });
  it('excludes a product whose principal action is pharmacological, immunological or metabolic (Art 2(1))', () => {
    decided(hardware({ medicalPurposes: ['disease'], pharmacologicalAction: true }), 'not-a-device', 'pharmacological-action');
  });
  it('qualifies an article enabling a particular device’s use as an accessory (Art 2(2))', () => {
    decided(hardware({ medicalPurposes: [], accessory: true }), 'md-accessory', 'accessory');
  });
  it('qualifies coloured contact lenses without correction and laser hair-removal equipment as Annex XVI products (Annex XVI 1 and 5)', () => {
    decided(hardware({ medicalPurposes: [], annexXviGroups: ['contact-lenses'] }), 'annex-xvi', 'annex-xvi');
    decided(hardware({ medicalPurposes: [], annexXviGroups: ['high-intensity-radiation'] }), 'annex-xvi', 'annex-xvi');
  });
  it('qualifies a product of an Annex XVI group that also has a medical purpose as a medical device', () => {
    decided(hardware({ medicalPurposes: ['disease'], annexXviGroups: ['high-intensity-radiation'] }), 'medical-device', 'medical-device');
  });
  it('says a consumer product without a medical purpose, accessory role or Annex XVI group is not a device', () => {
    decided(hardware({ medicalPurposes: [] }), 'not-a-device', 'no-medical-purpose');
  });
  it('leaves an unknown product open with the questions that decide it', () => {
    const c = qualification({ product: {} });
    expect(c.status).toBe('open');
    expect(c.missingFacts).toEqual(expect.arrayContaining([
      'product.medicalDevice.qualification', 'product.medicalDevice.medicalPurpose', 'product.medicalDevice.inVitroExamination',
    ]));
  });
  it('has no qualification for an organisation-only profile', () => {
    expect(qualification({ product: null, organisation: { roles: ['healthcare-provider'] } }).status).toBe('not-applicable');
  });
});
