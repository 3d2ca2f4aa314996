/**
 * MDR Annex VIII classification (`mdr:class`). Examples are the worked examples of MDCG 2021-24
 * (Guidance on classification of medical devices) for each rule, named in the test title; where
 * the guidance gives none, the test cites the rule text. Boundary cases pin the durations of
 * Annex VIII 1.1–1.3, each exception, the strictest-rule principle (3.5) and driving software (3.3).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/index.ts';
import type { ClassificationResult, Profile } from '../../src/index.ts';

const asOf = '2026-11-23';
type Product = NonNullable<Profile['product']>;
type Md = NonNullable<Product['mdrClassification']>;

const of = (p: Profile, id: string): ClassificationResult => {
  const c = classify(p, { asOf }).classifications.find((x) => x.classifier === id);
  if (!c) throw new Error(`no classification ${id}`);
  return c;
};
const mdrClass = (p: Profile) => of(p, 'mdr:class');

/** A physical device that triggers nothing beyond Rule 1; each test adds what its example has. */
const PLAIN: Md = {
  invasiveness: 'non-invasive', active: false, activeConnection: 'none', nonInvasiveUses: [], woundContact: 'none',
  invasiveFeatures: [], activeFunctions: [], specialFeatures: [], sterile: false, measuringFunction: false,
};
const device = (md: Md, product: Product = {}): Profile => ({
  product: {
    components: ['hardware'],
    medicalDevice: { qualification: 'medical-device' },
    ...product,
    mdrClassification: { ...PLAIN, ...md },
  },
});

/** Standalone software that triggers nothing beyond "all other software". */
const SOFTWARE: Md = {
  isSoftware: true, drivesDevice: false, informsDecisions: false, monitorsPhysiological: false,
  activeFunctions: [], specialFeatures: [], measuringFunction: false,
};
const software = (md: Md, product: Product = {}): Profile => ({
  product: {
    components: ['mobile-app', 'cloud-service'],
    medicalDevice: { qualification: 'medical-device' },
    ...product,
    mdrClassification: { ...SOFTWARE, ...md },
  },
});

const invasive = (kind: Md['invasiveness'], use: Md['continuousUse'], md: Md = {}): Profile =>
  device({ invasiveness: kind, continuousUse: use, reusableSurgicalInstrument: false, upperCavityOnly: false, absorbedByMucosa: false, ...md });
const active = (functions: NonNullable<Md['activeFunctions']>, md: Md = {}): Profile =>
  device({ active: true, activeFunctions: functions, ...md });

function decided(p: Profile, outcome: string, rule?: string): ClassificationResult {
  const c = mdrClass(p);
  expect(c.status, `open on ${c.missingFacts.join(', ')}`).toBe('decided');
  expect(c.outcome).toBe(outcome);
  expect(c.source).toBe('derived');
  if (rule) expect(c.decidedBy.map((d) => d.rule)).toContain(rule);
  return c;
}

describe('Rules 1–4: non-invasive devices', () => {
  it('classifies a stethoscope as class I by Rule 1 (MDCG 2021-24, Rule 1 examples)', () => {
    const c = decided(device({}), 'I', 'rule-1');
    expect(c.consequence).toMatch(/no notified body/);
  });
  it('classifies a tubing channelling infusion liquid for use with an infusion pump as IIa (Annex VIII 4.2, first indent)', () => {
    decided(device({ nonInvasiveUses: ['channels-or-stores'], channelledMaterial: 'other', activeConnection: 'class-iia-or-higher' }), 'IIa', 'rule-2-connected-active');
  });
  it('keeps a gravity infusion set that cannot be connected to an active device in class I (Annex VIII 4.2, "in all other cases")', () => {
    decided(device({ nonInvasiveUses: ['channels-or-stores'], channelledMaterial: 'other', activeConnection: 'none' }), 'I', 'rule-2-other');
  });
  it('classifies a container storing organs for transplantation as IIa (Annex VIII 4.2, second indent)', () => {
    decided(device({ nonInvasiveUses: ['channels-or-stores'], channelledMaterial: 'blood-or-organs' }), 'IIa', 'rule-2-blood-or-organs');
  });
  it('classifies a blood bag as IIb, and one with an anticoagulant as III by Rule 14 (Annex VIII 4.2; MDCG 2021-24, Rule 14 examples)', () => {
    decided(device({ nonInvasiveUses: ['channels-or-stores'], channelledMaterial: 'blood-bag' }), 'IIb', 'rule-2-blood-bag');
    decided(device({ nonInvasiveUses: ['channels-or-stores'], channelledMaterial: 'blood-bag', specialFeatures: ['ancillary-medicinal-substance'] }), 'III', 'rule-14');
  });
  it('classifies a haemodialyser as IIb (MDCG 2021-24, Rule 3 examples)', () => {
    decided(device({ nonInvasiveUses: ['modifies-composition'], physicalTreatmentOnly: false }), 'IIb', 'rule-3-modifies');
  });
  it('classifies particulate filtration of blood in extracorporeal circulation as IIa (MDCG 2021-24, Rule 3 examples)', () => {
    decided(device({ nonInvasiveUses: ['modifies-composition'], physicalTreatmentOnly: true }), 'IIa', 'rule-3-physical-treatment');
  });
  it('classifies IVF cell media without human albumin as III (MDCG 2021-24, Rule 3 examples)', () => {
    decided(device({ nonInvasiveUses: ['in-vitro-substance'] }), 'III', 'rule-3-in-vitro-substance');
  });
  it('classifies IVF cell media with human albumin as III under both Rule 14 and Rule 3 (MDCG 2021-24, Rule 14 note 2)', () => {
    const c = decided(device({ nonInvasiveUses: ['in-vitro-substance'], specialFeatures: ['ancillary-medicinal-substance'] }), 'III');
    expect(c.decidedBy.map((d) => d.rule).sort()).toEqual(['rule-14', 'rule-3-in-vitro-substance']);
  });
  it('classifies adhesive bandages as I, dressings for ulcerated wounds breaching the dermis as IIb and hydrogel dressings as IIa (MDCG 2021-24, Rule 4 examples)', () => {
    decided(device({ woundContact: 'mechanical-barrier' }), 'I', 'rule-4-mechanical-barrier');
    decided(device({ woundContact: 'breached-dermis' }), 'IIb', 'rule-4-breached-dermis');
    decided(device({ woundContact: 'micro-environment' }), 'IIa', 'rule-4-micro-environment');
    decided(device({ woundContact: 'other' }), 'IIa', 'rule-4-other');
  });
  it('classifies a dressing for nose bleeds, an invasive device on injured mucous membrane, as I (MDCG 2021-24, Rule 4 examples)', () => {
    decided(invasive('body-orifice', 'short-term', { upperCavityOnly: true, woundContact: 'mechanical-barrier' }), 'I', 'rule-4-mechanical-barrier');
  });
});

describe('Rule 5: invasive devices with respect to body orifices', () => {
  it('puts 59 minutes of use in class I (transient) and 60 minutes in IIa (short term) (Annex VIII 1.1, 1.2, 5.1)', () => {
    decided(invasive('body-orifice', undefined, { continuousUseMinutes: 59 }), 'I', 'rule-5-transient');
    decided(invasive('body-orifice', undefined, { continuousUseMinutes: 60 }), 'IIa', 'rule-5-short-term');
  });
  it('keeps 30 days in IIa (short term) and puts 31 days in IIb (long term) (Annex VIII 1.2, 1.3, 5.1)', () => {
    decided(invasive('body-orifice', undefined, { continuousUseMinutes: 30 * 24 * 60 }), 'IIa', 'rule-5-short-term');
    decided(invasive('body-orifice', undefined, { continuousUseMinutes: 31 * 24 * 60 }), 'IIb', 'rule-5-long-term');
  });
  it('puts short-term use in the nasal cavity in class I (Annex VIII 5.1, second indent exception)', () => {
    decided(invasive('body-orifice', 'short-term', { upperCavityOnly: true }), 'I', 'rule-5-short-term-upper-cavity');
  });
  it('puts long-term use in the oral cavity in IIa unless the device is liable to be absorbed by the mucous membrane (Annex VIII 5.1, third indent)', () => {
    decided(invasive('body-orifice', 'long-term', { upperCavityOnly: true, absorbedByMucosa: false }), 'IIa', 'rule-5-long-term-upper-cavity');
    decided(invasive('body-orifice', 'long-term', { upperCavityOnly: true, absorbedByMucosa: true }), 'IIb', 'rule-5-long-term');
  });
  it('puts a transient body-orifice device connected to a class IIa or higher active device in IIa (Annex VIII 5.1, last paragraph)', () => {
    decided(invasive('body-orifice', 'transient', { activeConnection: 'class-iia-or-higher' }), 'IIa', 'rule-5-connected-active');
  });
  it('asks the duration when it is not given, and keeps I, IIa and IIb possible', () => {
    const c = mdrClass(invasive('body-orifice', undefined));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(expect.arrayContaining(['I', 'IIa', 'IIb']));
    expect(c.missingFacts).toEqual(expect.arrayContaining([
      'product.mdrClassification.continuousUse', 'product.mdrClassification.continuousUseMinutes',
    ]));
  });
});

describe('Rules 6–8: surgically invasive and implantable devices', () => {
  it('classifies a single-use transient surgically invasive device (e.g. a scalpel) as IIa (Annex VIII 5.2)', () => {
    decided(invasive('surgically-invasive', 'transient'), 'IIa', 'rule-6-default');
  });
  it('classifies a reusable surgical instrument as class I with a notified body for reuse, Ir (Annex VIII 5.2; Art 52(7)(c))', () => {
    const c = decided(invasive('surgically-invasive', 'transient', { reusableSurgicalInstrument: true }), 'Ir', 'rule-6-reusable-instrument');
    expect(c.consequence).toMatch(/reuse/);
  });
  it('puts a reusable instrument with a biological effect in IIb: the strictest sub-rule applies (Annex VIII 3.5, 5.2)', () => {
    decided(invasive('surgically-invasive', 'transient', { reusableSurgicalInstrument: true, invasiveFeatures: ['biological-effect-or-absorbed'] }), 'IIb', 'rule-6-biological-absorbed');
  });
  it('classifies a transient catheter diagnosing a defect of the heart through direct contact as III (Annex VIII 5.2, first indent)', () => {
    decided(invasive('surgically-invasive', 'transient', { invasiveFeatures: ['heart-ccs-defect'] }), 'III', 'rule-6-heart-ccs-defect');
  });
  it('classifies transient devices supplying ionising radiation, or delivering medicines hazardously, as IIb (Annex VIII 5.2)', () => {
    decided(invasive('surgically-invasive', 'transient', { invasiveFeatures: ['ionising-radiation'] }), 'IIb', 'rule-6-ionising');
    decided(invasive('surgically-invasive', 'transient', { invasiveFeatures: ['administers-medicinal-products'], hazardousAdministration: true }), 'IIb', 'rule-6-medicinal-hazardous');
    decided(invasive('surgically-invasive', 'transient', { invasiveFeatures: ['administers-medicinal-products'], hazardousAdministration: false }), 'IIa', 'rule-6-default');
  });
  it('moves a device with a biological effect from IIb at 59 minutes (Rule 6) to III at 60 minutes (Rule 7) (Annex VIII 1.1, 5.2, 5.3)', () => {
    const md: Md = { invasiveFeatures: ['biological-effect-or-absorbed'] };
    decided(invasive('surgically-invasive', undefined, { ...md, continuousUseMinutes: 59 }), 'IIb', 'rule-6-biological-absorbed');
    decided(invasive('surgically-invasive', undefined, { ...md, continuousUseMinutes: 60 }), 'III', 'rule-7-biological-absorbed');
  });
  it('classifies short-term surgically invasive devices: IIa by default, IIb for chemical change or medicines, III in contact with the CNS (Annex VIII 5.3)', () => {
    decided(invasive('surgically-invasive', 'short-term'), 'IIa', 'rule-7-default');
    decided(invasive('surgically-invasive', 'short-term', { invasiveFeatures: ['chemical-change'] }), 'IIb', 'rule-7-chemical-change');
    decided(invasive('surgically-invasive', 'short-term', { invasiveFeatures: ['administers-medicinal-products'] }), 'IIb', 'rule-7-medicinal');
    decided(invasive('surgically-invasive', 'short-term', { invasiveFeatures: ['heart-ccs-cns-contact'] }), 'III', 'rule-7-heart-ccs-cns-contact');
  });
  it('exempts short-term devices placed in the teeth from the chemical-change indent (Annex VIII 5.3, fifth indent)', () => {
    decided(invasive('surgically-invasive', 'short-term', { invasiveFeatures: ['chemical-change', 'placed-in-teeth'] }), 'IIa', 'rule-7-default');
  });
  it('keeps a surgically invasive device used for 30 days in Rule 7 (IIa) and moves it to Rule 8 (IIb) at 31 days (Annex VIII 1.2, 1.3)', () => {
    decided(invasive('surgically-invasive', undefined, { continuousUseMinutes: 30 * 24 * 60 }), 'IIa', 'rule-7-default');
    decided(invasive('surgically-invasive', undefined, { continuousUseMinutes: 31 * 24 * 60 }), 'IIb', 'rule-8-default');
  });
  it('classifies peripheral stents and plates as IIb (MDCG 2021-24, Rule 8 examples)', () => {
    decided(invasive('implantable', 'long-term'), 'IIb', 'rule-8-default');
  });
  it('classifies bridges and crowns as IIa (MDCG 2021-24, Rule 8 examples)', () => {
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['placed-in-teeth'] }), 'IIa', 'rule-8-teeth');
  });
  it('classifies prosthetic heart valves, long-term absorbable sutures, breast implants, hip replacements and spinal disc replacements as III (MDCG 2021-24, Rule 8 examples)', () => {
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['heart-ccs-cns-contact'] }), 'III', 'rule-8-heart-ccs-cns');
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['biological-effect-or-absorbed'] }), 'III', 'rule-8-biological-absorbed');
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['breast-implant-or-mesh'] }), 'III', 'rule-8-breast-mesh');
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['joint-replacement'] }), 'III', 'rule-8-joint');
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['spinal'] }), 'III', 'rule-8-spinal');
  });
  it('classifies rechargeable non-active drug delivery implants as III (MDCG 2021-24, Rule 8 examples)', () => {
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['administers-medicinal-products'] }), 'III', 'rule-8-medicinal');
  });
  it('exempts implants placed in the teeth from the chemical-change indent of Rule 8 (Annex VIII 5.4)', () => {
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['chemical-change'] }), 'III', 'rule-8-chemical-change');
    decided(invasive('implantable', 'long-term', { invasiveFeatures: ['chemical-change', 'placed-in-teeth'] }), 'IIa', 'rule-8-teeth');
  });
  it('classifies an implantable cardiac pacemaker as III, an active implantable device (MDCG 2021-24, Rule 8 examples)', () => {
    decided(invasive('implantable', 'long-term', { active: true, invasiveFeatures: ['heart-ccs-cns-contact'] }), 'III', 'rule-8-active-implantable');
  });
  it('reads implantability from the device status when the Annex VIII invasiveness is not given (implantable cardiac monitor)', () => {
    const p = device({ invasiveness: undefined, active: true }, { medicalDevice: { qualification: 'medical-device', implantable: true } });
    decided(p, 'III', 'rule-8-active-implantable');
  });
  it('classifies a pacemaker programmer as III under Rule 8 and Rule 9 (MDCG 2021-24, Rule 8 examples and note 6; Annex VIII 6.1)', () => {
    const c = decided(active(['controls-active-implantable'], { specialFeatures: ['active-implantable-accessory'] }), 'III');
    expect(c.decidedBy.map((d) => d.rule).sort()).toEqual(['rule-8-active-implantable', 'rule-9-active-implantable']);
  });
});

describe('Rules 9, 10, 12, 13: active devices', () => {
  it('classifies an active therapeutic device exchanging energy as IIa, and IIb where the exchange is potentially hazardous (Annex VIII 6.1)', () => {
    decided(active(['therapeutic-energy'], { hazardousEnergy: false }), 'IIa', 'rule-9-energy');
    decided(active(['therapeutic-energy'], { hazardousEnergy: true }), 'IIb', 'rule-9-hazardous-energy');
  });
  it('classifies devices controlling IIb therapeutic devices, or emitting ionising radiation for therapy, as IIb (Annex VIII 6.1)', () => {
    decided(active(['controls-iib-therapeutic']), 'IIb', 'rule-9-controls-iib');
    decided(active(['therapeutic-ionising']), 'IIb', 'rule-9-therapeutic-ionising');
  });
  it('classifies electrocardiographs and electronic thermometers as IIa (MDCG 2021-24, Rule 10 examples)', () => {
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['vital-processes'], vitalParametersImmediateDanger: false }), 'IIa', 'rule-10-vital-processes');
  });
  it('classifies an intensive-care patient monitor with alarms as IIb (MDCG 2021-24, Rule 10 examples)', () => {
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['vital-processes'], vitalParametersImmediateDanger: true }), 'IIb', 'rule-10-vital-parameters-danger');
  });
  it('classifies examination lamps as I, MRI and gamma cameras as IIa, and diagnostic X-ray machines as IIb (MDCG 2021-24, Rule 10 examples)', () => {
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['visible-illumination'] }), 'I', 'rule-10-visible-illumination');
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['absorbed-energy'] }), 'IIa', 'rule-10-absorbed-energy');
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['radiopharmaceutical-imaging'] }), 'IIa', 'rule-10-radiopharmaceutical');
    decided(active(['radiology-ionising']), 'IIb', 'rule-10-ionising');
  });
  it('classifies a device for diagnosis where the patient is in immediate danger as IIb (Annex VIII 6.2)', () => {
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['immediate-danger-diagnosis'] }), 'IIb', 'rule-10-immediate-danger-diagnosis');
  });
  it('classifies an infusion pump as IIb and a feeding pump as IIa (MDCG 2021-24, Rule 12 examples)', () => {
    decided(active(['administers-substances'], { hazardousAdministration: true }), 'IIb', 'rule-12-hazardous');
    decided(active(['administers-substances'], { hazardousAdministration: false }), 'IIa', 'rule-12');
  });
  it('classifies electric wheelchairs and electric hospital beds as I (MDCG 2021-24, Rule 13 examples)', () => {
    decided(active([]), 'I', 'rule-13');
  });
  it('leaves a Rule 10 monitor open between IIa and IIb while it is unknown whether its parameters are vital with immediate danger', () => {
    const c = mdrClass(active(['diagnosis-monitoring'], { diagnosticFeatures: ['vital-processes'] }));
    expect(c).toMatchObject({ status: 'open', possible: ['IIa', 'IIb'] });
    expect(c.missingFacts).toEqual(['product.mdrClassification.vitalParametersImmediateDanger']);
    expect(c.explanation).toMatch(/^At least Class IIa/);
  });
});

describe('Rule 11: software (MDCG 2021-24 and MDCG 2019-11 rev.1 examples)', () => {
  const decisions = (impact: Md['decisionImpact']) => software({ informsDecisions: true, decisionImpact: impact });
  it('classifies software ranking chemotherapy options for a clinician as IIa (MDCG 2021-24, Rule 11 examples)', () => {
    decided(decisions('other'), 'IIa', 'rule-11-decisions');
  });
  it('classifies software performing diagnosis by image analysis for treatment decisions in acute stroke as III (MDCG 2021-24, Rule 11 examples)', () => {
    decided(decisions('death-or-irreversible'), 'III', 'rule-11-decisions-death');
  });
  it('classifies a mobile app analysing the heartbeat, detecting abnormalities and informing a physician as IIb (MDCG 2021-24, Rule 11 examples)', () => {
    decided(decisions('serious-or-surgery'), 'IIb', 'rule-11-decisions-serious');
  });
  it('classifies software monitoring non-vital physiological processes, or home readings of vital signs, as IIa (MDCG 2021-24, Rule 11 examples)', () => {
    decided(software({ monitorsPhysiological: true, vitalParametersImmediateDanger: false }), 'IIa', 'rule-11-monitoring');
  });
  it('classifies software for continuous surveillance of vital processes in intensive care as IIb (MDCG 2021-24, Rule 11 examples)', () => {
    decided(software({ monitorsPhysiological: true, vitalParametersImmediateDanger: true }), 'IIb', 'rule-11-monitoring-vital');
  });
  it('classifies an app supporting conception by calculating fertility status as I (MDCG 2021-24, Rule 11 examples)', () => {
    decided(software({}), 'I', 'rule-11-other');
  });
  it('leaves the class open at IIa or higher while the impact of the decisions is unknown, and asks only for it', () => {
    const c = mdrClass(software({ informsDecisions: true }));
    expect(c).toMatchObject({ status: 'open', possible: ['IIa', 'IIb', 'III'] });
    expect(c.missingFacts).toEqual(['product.mdrClassification.decisionImpact']);
  });
  it('reads that the product is software from its components when not stated', () => {
    const p = software({ isSoftware: undefined, informsDecisions: true, decisionImpact: 'serious-or-surgery' });
    decided(p, 'IIb', 'rule-11-decisions-serious');
  });
  it('does not apply Rule 11 to a physical device whose app is part of the system', () => {
    const p = device({ informsDecisions: true, decisionImpact: 'death-or-irreversible' }, { components: ['hardware', 'mobile-app'] });
    decided(p, 'I', 'rule-1');
  });
  it('applies Rule 22 to standalone software closing the loop of a therapy (Annex VIII 7.9; software is an active device, Art 2(4))', () => {
    decided(software({ activeFunctions: ['closed-loop-therapy'] }), 'III', 'rule-22');
  });
});

describe('Implementing rule 3.3: software driving or influencing a device', () => {
  it('puts software driving a class IIb infusion pump in class IIb', () => {
    decided(software({ drivesDevice: true, drivenDeviceClass: 'IIb' }), 'IIb', 'implementing-3.3-driven-device-IIb');
  });
  it('puts driving software whose own purpose falls under Rule 11 in the higher class (3.3 with 3.5)', () => {
    decided(software({ drivesDevice: true, drivenDeviceClass: 'IIa', informsDecisions: true, decisionImpact: 'death-or-irreversible' }), 'III', 'rule-11-decisions-death');
  });
  it('classifies standalone software in its own right, not by any device it is used with', () => {
    decided(software({ drivesDevice: false, monitorsPhysiological: true, vitalParametersImmediateDanger: false }), 'IIa', 'rule-11-monitoring');
  });
  it('asks whether the software drives a device, and keeps up to class III possible until it is answered', () => {
    const c = mdrClass(software({ drivesDevice: undefined }));
    expect(c.status).toBe('open');
    expect(c.possible).toContain('III');
    expect(c.missingFacts).toContain('product.mdrClassification.drivesDevice');
  });
});

describe('Rules 14–22: special rules', () => {
  it('classifies bone cement with antibiotics and heparin-coated catheters as III (MDCG 2021-24, Rule 14 examples)', () => {
    decided(device({ specialFeatures: ['ancillary-medicinal-substance'] }), 'III', 'rule-14');
  });
  it('puts a dressing with an antimicrobial agent of ancillary action in III: the strictest rule wins over Rule 4 (MDCG 2021-24, Rule 14 examples; Annex VIII 3.5)', () => {
    const c = decided(device({ woundContact: 'breached-dermis', specialFeatures: ['ancillary-medicinal-substance'] }), 'III', 'rule-14');
    expect(c.rules.find((r) => r.rule === 'rule-4-breached-dermis')?.value).toBe('true');
  });
  it('classifies a contraceptive device as IIb, condoms with spermicide as III (Annex VIII 7.2; MDCG 2021-24, Rule 14 examples)', () => {
    decided(device({ specialFeatures: ['contraception-or-sti'] }), 'IIb', 'rule-15');
    decided(device({ specialFeatures: ['contraception-or-sti', 'ancillary-medicinal-substance'] }), 'III', 'rule-14');
  });
  it('classifies an implantable or long-term invasive contraceptive device as III (Annex VIII 7.2)', () => {
    decided(invasive('implantable', 'long-term', { specialFeatures: ['contraception-or-sti'] }), 'III', 'rule-15-implantable-long-term');
    decided(invasive('body-orifice', 'long-term', { specialFeatures: ['contraception-or-sti'] }), 'III', 'rule-15-implantable-long-term');
  });
  it('classifies contact lens storing solutions as IIb, sterilisers as IIa and washer-disinfectors for endoscopes as IIb (MDCG 2021-24, Rule 16 examples)', () => {
    decided(device({ specialFeatures: ['contact-lens-care'] }), 'IIb', 'rule-16-contact-lenses');
    decided(device({ specialFeatures: ['disinfects-devices'], disinfectsInvasiveEndPoint: false }), 'IIa', 'rule-16-disinfects-devices');
    decided(device({ specialFeatures: ['disinfects-devices'], disinfectsInvasiveEndPoint: true }), 'IIb', 'rule-16-disinfects-invasive');
  });
  it('classifies devices for recording diagnostic X-ray images as IIa (Annex VIII 7.4)', () => {
    decided(device({ specialFeatures: ['records-x-ray-images'] }), 'IIa', 'rule-17');
  });
  it('classifies porcine xenograft dressings as III, and leather components of orthopaedic appliances on intact skin as I (MDCG 2021-24, Rule 18 examples and note 3)', () => {
    decided(device({ woundContact: 'breached-dermis', specialFeatures: ['animal-tissue'], intactSkinOnly: false }), 'III', 'rule-18-animal');
    decided(device({ specialFeatures: ['animal-tissue'], intactSkinOnly: true }), 'I', 'rule-1');
  });
  it('classifies a device with non-viable human tissue as III even on intact skin (Annex VIII 7.5: the exception is for animal tissue only)', () => {
    decided(device({ specialFeatures: ['human-tissue'], intactSkinOnly: true }), 'III', 'rule-18-human');
  });
  it('classifies an animal-derived biological heart valve as III under Rules 8 and 18 (MDCG 2021-24, Rule 18 examples)', () => {
    const c = decided(invasive('implantable', 'long-term', { invasiveFeatures: ['heart-ccs-cns-contact'], specialFeatures: ['animal-tissue'], intactSkinOnly: false }), 'III');
    expect(c.decidedBy.map((d) => d.rule).sort()).toEqual(['rule-18-animal', 'rule-8-heart-ccs-cns']);
  });
  it('classifies nanomaterial by its potential for internal exposure: high or medium III, low IIb, negligible IIa (Annex VIII 7.6)', () => {
    decided(device({ specialFeatures: ['nanomaterial'], nanomaterialExposure: 'high-or-medium' }), 'III', 'rule-19-high-medium');
    decided(device({ specialFeatures: ['nanomaterial'], nanomaterialExposure: 'low' }), 'IIb', 'rule-19-low');
    decided(device({ specialFeatures: ['nanomaterial'], nanomaterialExposure: 'negligible' }), 'IIa', 'rule-19-negligible');
  });
  it('classifies a spacer for metered-dose inhalers as IIa and a nebuliser essential to dosing as IIb (MDCG 2021-24, Rule 20 examples)', () => {
    const inhaler = (md: Md) => invasive('body-orifice', 'transient', { specialFeatures: ['inhaled-medicinal-products'], ...md });
    decided(inhaler({ inhalationEssentialImpact: false, lifeThreateningConditions: false }), 'IIa', 'rule-20');
    decided(inhaler({ inhalationEssentialImpact: true, lifeThreateningConditions: false }), 'IIb', 'rule-20-essential-impact');
    decided(inhaler({ inhalationEssentialImpact: false, lifeThreateningConditions: true }), 'IIb', 'rule-20-essential-impact');
  });
  it('classifies salt-water nose sprays as IIa, simethicone for oral use as IIb and systemically absorbed fat absorbers as III (MDCG 2021-24, Rule 21 examples)', () => {
    const substance = (action: Md['substanceAction']) => invasive('body-orifice', 'transient', { specialFeatures: ['substance-based'], substanceAction: action });
    decided(substance('skin-or-upper-cavity'), 'IIa', 'rule-21-skin-or-upper-cavity');
    decided(substance('other'), 'IIb', 'rule-21-other');
    decided(substance('gi-systemic'), 'III', 'rule-21-gi-systemic');
    decided(substance('systemic'), 'III', 'rule-21-systemic');
  });
  it('classifies a closed-loop insulin delivery system and an automated external defibrillator as III (Annex VIII 7.9, the rule’s own examples)', () => {
    const c = decided(active(['administers-substances', 'closed-loop-therapy'], { hazardousAdministration: true }), 'III', 'rule-22');
    expect(c.rules.find((r) => r.rule === 'rule-12-hazardous')?.value).toBe('true');
    decided(active(['therapeutic-energy', 'closed-loop-therapy'], { hazardousEnergy: true }), 'III', 'rule-22');
  });
});

describe('class I sub-categories (Art 52(7))', () => {
  it('shows a sterile class I device as Is and a class I device with a measuring function as Im', () => {
    decided(device({ sterile: true }), 'Is', 'art-52-7-a-sterile');
    decided(device({ measuringFunction: true }), 'Im', 'art-52-7-b-measuring');
  });
  it('lets a higher class win over the sterile sub-category', () => {
    decided(device({ sterile: true, woundContact: 'micro-environment' }), 'IIa', 'rule-4-micro-environment');
  });
  it('keeps a class I device open until sterility and measuring function are known: they bring in a notified body', () => {
    const c = mdrClass(device({ sterile: undefined, measuringFunction: undefined }));
    expect(c).toMatchObject({ status: 'open', possible: ['I', 'Im', 'Is'] });
    expect(c.missingFacts).toEqual(['product.mdrClassification.sterile', 'product.mdrClassification.measuringFunction']);
  });
});

describe('stated class, applicability and open cases', () => {
  it('lets a stated class win and shows the derivation beside it', () => {
    const c = mdrClass(software({ informsDecisions: true, decisionImpact: 'serious-or-surgery' }, {
      medicalDevice: { qualification: 'medical-device', class: 'IIb' },
    }));
    expect(c).toMatchObject({ status: 'decided', source: 'stated', outcome: 'IIb' });
    expect(c.derived).toMatchObject({ status: 'decided', outcomes: ['IIb'], possible: ['IIb'] });
    expect(c.derived?.decidedBy.length).toBeGreaterThan(0);
    expect(c.decidedBy).toEqual([]);
  });
  it('shows where the stated class and the rules disagree', () => {
    const c = mdrClass(software({ informsDecisions: true, decisionImpact: 'death-or-irreversible' }, {
      medicalDevice: { qualification: 'medical-device', class: 'IIa' },
    }));
    expect(c).toMatchObject({ source: 'stated', outcome: 'IIa' });
    expect(c.derived?.outcomes).toEqual(['III']);
  });
  it('reads the stated sub-categories Is, Im and Ir directly', () => {
    for (const cls of ['Is', 'Im', 'Ir'] as const) {
      expect(mdrClass({ product: { medicalDevice: { qualification: 'medical-device', class: cls } } })).toMatchObject({ status: 'decided', source: 'stated', outcome: cls });
    }
  });
  it('is not applicable to a product outside the MDR, nor to an IVD', () => {
    expect(mdrClass({ product: { medicalDevice: { qualification: 'not-a-device' } } }).status).toBe('not-applicable');
    expect(mdrClass({ product: { medicalDevice: { qualification: 'ivd', class: 'B' } } }).status).toBe('not-applicable');
  });
  it('leaves the class open while the invasiveness is unknown, and asks for it (the features ruled out keep III out)', () => {
    const c = mdrClass(device({ invasiveness: undefined }));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['I', 'Ir', 'IIa', 'IIb']);
    expect(c.missingFacts).toContain('product.mdrClassification.invasiveness');
  });
  it('derives the class when nothing is stated (glucose-meter-like device: active diagnosis of vital processes, no danger)', () => {
    decided(active(['diagnosis-monitoring'], { diagnosticFeatures: ['vital-processes'], vitalParametersImmediateDanger: false, measuringFunction: true }), 'IIa');
  });
});

describe('notified-body involvement follows the derived class (mdr:notified-body)', () => {
  const aiSoftware = (md: Md): Profile => software(md, {
    medicalDevice: { qualification: 'medical-device' },
    ai: { isAiSystem: true, safetyComponent: true, annexIIIUseCase: 'none' },
  });
  it('makes AI software derived in class IIb high-risk under AI Act Art 6(1)', () => {
    expect(of(aiSoftware({ informsDecisions: true, decisionImpact: 'serious-or-surgery' }), 'ai-act:risk').outcome).toBe('high-risk-annex-i');
  });
  it('does not make AI software derived in plain class I high-risk', () => {
    expect(of(aiSoftware({}), 'ai-act:risk').outcome).toBe('not-high-risk');
  });
  it('makes AI software derived in class Im (measuring function) high-risk', () => {
    expect(of(aiSoftware({ measuringFunction: true }), 'ai-act:risk').outcome).toBe('high-risk-annex-i');
  });
  it('keeps the stated class deciding: a stated class I wins over a derived IIb', () => {
    const p = aiSoftware({ informsDecisions: true, decisionImpact: 'serious-or-surgery' });
    const stated: Profile = { product: { ...p.product, medicalDevice: { qualification: 'medical-device', class: 'I' } } };
    expect(of(stated, 'ai-act:risk').outcome).toBe('not-high-risk');
  });
});
