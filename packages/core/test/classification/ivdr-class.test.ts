/**
 * IVDR Annex VIII classification. Worked examples are from MDCG 2020-16 rev.4 (March 2025),
 * “Guidance on Classification Rules for in vitro Diagnostic Medical Devices under Regulation
 * (EU) 2017/746”, named by rule and example; the rest pin boundaries, the implementing rules and
 * the unknown cases.
 */
import { describe, expect, it } from 'vitest';
import { assess, classify, knowledgeBase, provisionExists } from '../../src/index.ts';
import type { ClassificationResult, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';
const MDCG = 'MDCG 2020-16 rev.4';

type Product = NonNullable<Profile['product']>;
type IvdrFacts = NonNullable<Product['ivdrClassification']>;
type MedicalDevice = NonNullable<Product['medicalDevice']>;
type Purpose = NonNullable<IvdrFacts['examinationPurposes']>[number];

const ivd = (facts: IvdrFacts, md: Partial<MedicalDevice> = {}): Profile => ({
  product: { medicalDevice: { qualification: 'ivd', legacyDevice: false, ...md }, ivdrClassification: facts },
  organisation: { roles: ['manufacturer'] },
});

/** A professional-use device that gives an examination result itself (reagent, kit, assay, software). */
const examination = (purposes: Purpose[], more: IvdrFacts = {}): Profile =>
  ivd({ deviceType: 'examination', examinationPurposes: purposes, selfTesting: false, ...more });

const selfTest = (purposes: Purpose[], markers: NonNullable<IvdrFacts['selfTestMarkers']>, more: IvdrFacts = {}): Profile =>
  ivd({ deviceType: 'examination', examinationPurposes: purposes, selfTesting: true, selfTestMarkers: markers, ...more });

const ivdrClass = (p: Profile): ClassificationResult => {
  const c = classify(p, { asOf: TODAY }).classifications.find((x) => x.classifier === 'ivdr:class');
  if (!c) throw new Error('ivdr:class is missing from classify()');
  return c;
};

const decidedRules = (c: ClassificationResult) => c.decidedBy.map((d) => d.rule);

const expectClass = (p: Profile, outcome: string, rule?: string): ClassificationResult => {
  const c = ivdrClass(p);
  expect(c.status).toBe('decided');
  expect(c.source).toBe('derived');
  expect(c.outcome).toBe(outcome);
  expect(c.missingFacts).toEqual([]);
  if (rule) expect(decidedRules(c)).toContain(rule);
  return c;
};

const notifiedBody = (p: Profile) =>
  assess(p, { asOf: TODAY }).obligations.find((o) => o.id === 'ivdr:notified-body-assessment');

describe('IVDR Annex VIII — the classifier', () => {
  it('is registered as ivdr:class with outcomes A–D in highest mode, citing Annex VIII', () => {
    const c = knowledgeBase.classifier('ivdr:class');
    expect(c?.outcomes).toEqual(['A', 'B', 'C', 'D']);
    expect(c?.mode).toBe('highest');
    expect(c?.cite).toBe('ivdr:annex-VIII');
  });

  it('cites rule n as Annex VIII section 2.n and implementing rule 1.x as section 1.x, all resolvable', () => {
    const c = knowledgeBase.classifier('ivdr:class')!;
    for (const r of c.rules) {
      expect(provisionExists(r.cite), r.id).toBe(true);
      const rule = /^rule-(\d)-/.exec(r.id);
      if (rule) expect(r.cite, r.id).toBe(`ivdr:annex-VIII-2.${rule[1]}`);
      const impl = /^implementing-(1\.\d+)-/.exec(r.id);
      if (impl) expect(r.cite, r.id).toBe(`ivdr:annex-VIII-${impl[1]}`);
    }
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(c.rules.some((r) => r.id.startsWith(`rule-${n}-`)), `rule ${n}`).toBe(true);
  });

  it('does not apply to a product placed on the market as an MDR device, and asks nothing', () => {
    const c = ivdrClass({ product: { medicalDevice: { qualification: 'medical-device', class: 'IIa' } } });
    expect(c.status).toBe('not-applicable');
    expect(c.missingFacts).toEqual([]);
  });

  it('does not apply to a product stated not to be a device', () => {
    expect(ivdrClass(ivd({ deviceType: 'examination' }, { qualification: 'not-a-device' })).status).toBe('not-applicable');
  });
});

describe('Rule 1 — transmissible agents (class D)', () => {
  it(`classifies an anti-HIV 1/2 test for screening blood donations as D (${MDCG}, Rule 1 first indent, Directive 2002/98/EC example)`, () => {
    expectClass(examination(['donation-transmissible-agent', 'high-propagation-agent']), 'D', 'rule-1-donation-screening');
  });

  it(`classifies an anti-HCV test for screening organ donations as D (${MDCG}, Rule 1 first indent, Directive 2010/53/EU example)`, () => {
    expectClass(examination(['donation-transmissible-agent']), 'D', 'rule-1-donation-screening');
  });

  it(`classifies an Ebola virus test as D (${MDCG}, Rule 1 second indent, haemorrhagic fever viruses example)`, () => {
    expectClass(examination(['high-propagation-agent']), 'D', 'rule-1-high-propagation');
  });

  it(`classifies an HIV viral load test as D (${MDCG}, Rule 1 third indent, infectious load example)`, () => {
    expectClass(examination(['infectious-load']), 'D', 'rule-1-infectious-load');
  });

  it(`classifies a syphilis test as D for donation screening but C for diagnosis in the individual (${MDCG}, section 3.1 example)`, () => {
    expectClass(examination(['donation-transmissible-agent']), 'D', 'rule-1-donation-screening');
    expectClass(examination(['sexually-transmitted-agent']), 'C', 'rule-3-a-sexually-transmitted');
  });
});

describe('Rule 2 — blood grouping and tissue typing (class C, D for the listed markers)', () => {
  it(`classifies a red cell kit with A1, A2, B and O cells for reverse ABO grouping as D (${MDCG}, Rule 2 class D example)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['abo'] }), 'D', 'rule-2-listed-markers');
  });

  it(`classifies a foetal RhD typing kit as D (${MDCG}, Rule 2 class D example)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['rhesus'] }), 'D', 'rule-2-listed-markers');
  });

  it(`classifies an antibody screening cell kit for Rh, Fya, Fyb, Jka and Jkb as D (${MDCG}, Rule 2 class D example)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['rhesus', 'duffy', 'kidd'] }), 'D');
  });

  it(`classifies anti-K (KEL1) as D but anti-k (KEL2) as C (${MDCG}, Rule 2 class D and class C examples)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['kell'] }), 'D', 'rule-2-listed-markers');
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['other'] }), 'C', 'rule-2-compatibility');
  });

  it(`classifies HLA typing by Sanger sequencing for transplantation as C (${MDCG}, Rule 2 class C example)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['other'] }), 'C', 'rule-2-compatibility');
  });

  it(`classifies standalone software analysing HLA sequencing data for transplantation as C in its own right (${MDCG}, Rule 2 class C example; Annex VIII 1.4)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['other'] }), 'C');
  });

  it('keeps D open for a blood grouping device whose markers are not given, with C as the floor', () => {
    const c = ivdrClass(examination(['blood-grouping-or-tissue-typing']));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['C', 'D']);
    expect(c.missingFacts).toEqual(['product.ivdrClassification.bloodGroupMarkers']);
  });
});

describe('Rule 3 — class C indents (a)–(m)', () => {
  const cases: [string, Purpose, string][] = [
    ['a', 'sexually-transmitted-agent', 'Chlamydia trachomatis detection'],
    ['b', 'infectious-agent-csf-or-blood', 'Neisseria meningitidis in cerebrospinal fluid'],
    ['c', 'infectious-agent-severe-risk', 'cytomegalovirus detection'],
    ['d', 'prenatal-immune-status', 'prenatal screening of immune status towards Toxoplasma gondii'],
    ['e', 'infective-or-immune-status-critical', 'interferon-gamma release assay for Mycobacterium tuberculosis'],
    ['f', 'companion-diagnostic', 'PD-L1 immunohistochemistry to identify patients for pembrolizumab'],
    ['g', 'disease-staging-critical', 'BNP for the severity of congestive heart failure'],
    ['h', 'cancer', 'faecal immunochemical test for colon cancer screening'],
    ['i', 'human-genetic-testing', 'BRCA1/BRCA2 hereditary breast and ovarian cancer genes'],
    ['j', 'monitoring-critical', 'lithium monitoring in bipolar disorder'],
    ['k', 'life-threatening-disease-management', 'HbA1c for the management of diabetes'],
    ['l', 'congenital-screening-embryo-foetus', 'non-invasive prenatal test for foetal trisomies'],
    ['m', 'newborn-congenital-screening', 'newborn screening for phenylketonuria'],
  ];
  for (const [letter, purpose, example] of cases) {
    it(`classifies ${example} as C (${MDCG}, Rule 3(${letter}) example)`, () => {
      const c = expectClass(examination([purpose]), 'C');
      expect(decidedRules(c).some((r) => r.startsWith(`rule-3-${letter}-`))).toBe(true);
    });
  }

  it(`classifies a companion diagnostic as C (${MDCG}, Rule 3(f), ALK detection for crizotinib example)`, () => {
    expectClass(examination(['companion-diagnostic']), 'C', 'rule-3-f-companion-diagnostic');
  });

  it(`classifies software generating a MELD score as C (${MDCG}, Rule 3(g) software example)`, () => {
    expectClass(examination(['disease-staging-critical']), 'C', 'rule-3-g-disease-staging');
  });

  it(`gives class D, not C, to a device that also screens donations (Annex VIII 1.8: several intended purposes)`, () => {
    expectClass(examination(['sexually-transmitted-agent', 'donation-transmissible-agent']), 'D', 'rule-1-donation-screening');
  });
});

describe('Rule 4 — self-testing (class C, class B exceptions) and near-patient testing', () => {
  it('classifies a pregnancy self-test as B (Annex VIII 2.4(a) exception; MDCG 2020-16 rev.4, Rule 4(a) rationale)', () => {
    expectClass(selfTest([], ['pregnancy']), 'B', 'rule-4-a-self-testing-exception');
  });

  it('classifies a fertility self-test as B (Annex VIII 2.4(a) exception)', () => {
    expectClass(selfTest([], ['fertility']), 'B', 'rule-4-a-self-testing-exception');
  });

  it('classifies a cholesterol self-test as B (Annex VIII 2.4(a) exception: cholesterol level in any specimen)', () => {
    expectClass(selfTest([], ['cholesterol']), 'B', 'rule-4-a-self-testing-exception');
  });

  it('classifies urine test strips for self-testing glucose, erythrocytes, leucocytes and bacteria as B (Annex VIII 2.4(a) exception)', () => {
    expectClass(selfTest([], ['urine-glucose']), 'B', 'rule-4-a-self-testing-exception');
    expectClass(selfTest([], ['urine-glucose', 'urine-erythrocytes', 'urine-leucocytes', 'urine-bacteria']), 'B');
  });

  it(`classifies capillary blood glucose self-test strips and their meter as C (${MDCG}, Rule 4(a) example)`, () => {
    expectClass(selfTest([], ['other']), 'C', 'rule-4-a-self-testing');
    const meter = ivd({ deviceType: 'instrument', selfTesting: true, selfTestMarkers: ['other'] });
    const c = expectClass(meter, 'C', 'rule-4-a-self-testing');
    expect(c.rules.find((r) => r.rule === 'rule-5-b-instrument')?.value).toBe('true');
  });

  it(`classifies an INR self-test as C (${MDCG}, Rule 4(a) example)`, () => {
    expectClass(selfTest(['life-threatening-disease-management'], ['other']), 'C');
  });

  it(`classifies a SARS-CoV-2 self-test as C but the professional SARS-CoV-2 test as B (${MDCG}, Rule 4(a) and Rule 6 examples)`, () => {
    expectClass(selfTest([], ['other']), 'C', 'rule-4-a-self-testing');
    expectClass(examination([]), 'B', 'rule-6-default');
  });

  it(`classifies an HIV antibody self-test as D (${MDCG}, Rule 4(a) example: Rule 1 and implementing rule 1.9)`, () => {
    const c = expectClass(selfTest(['high-propagation-agent'], ['other']), 'D', 'rule-1-high-propagation');
    expect(c.rules.find((r) => r.rule === 'rule-4-a-self-testing')?.value).toBe('true');
  });

  it(`classifies a self-test for cholesterol and blood glucose as C, not B (${MDCG}, Rule 4(a): a class C marker besides an excepted one)`, () => {
    expectClass(selfTest([], ['cholesterol', 'other']), 'C', 'rule-4-a-self-testing');
  });

  it(`does not treat a standalone saliva collection kit for lay persons as a self-test: class A (${MDCG}, Rule 5(c) example)`, () => {
    expectClass(ivd({ deviceType: 'specimen-receptacle', selfTesting: true }), 'A', 'rule-5-c-specimen-receptacle');
  });

  it(`classifies near-patient tests by their purpose: HIV rapid test D, blood glucose strips for patient monitoring C, urine dipstick for urinary tract infection B (${MDCG}, Rule 4(b) examples)`, () => {
    expectClass(examination(['high-propagation-agent']), 'D', 'rule-1-high-propagation');
    expectClass(examination(['life-threatening-disease-management']), 'C', 'rule-3-k-life-threatening-management');
    expectClass(examination([]), 'B', 'rule-6-default');
  });

  it(`classifies a pre-transfusion ABO bedside card as D (${MDCG}, Rule 4(b) example under Rule 2)`, () => {
    expectClass(examination(['blood-grouping-or-tissue-typing'], { bloodGroupMarkers: ['abo'] }), 'D', 'rule-2-listed-markers');
  });

  it('keeps C open for a self-test whose markers are not given, with B as the floor', () => {
    const c = ivdrClass(ivd({ deviceType: 'examination', examinationPurposes: [], selfTesting: true }));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['B', 'C']);
    expect(c.missingFacts).toEqual(['product.ivdrClassification.selfTestMarkers']);
  });
});

describe('Rule 5 — class A products', () => {
  it(`classifies a general microbiological culture medium as A (${MDCG}, Rule 5(a) example)`, () => {
    expectClass(ivd({ deviceType: 'general-laboratory-product', selfTesting: false }), 'A', 'rule-5-a-general-laboratory');
  });

  it(`classifies a buffer or washing solution without critical characteristics as A (${MDCG}, Annex 1 example 1)`, () => {
    expectClass(ivd({ deviceType: 'general-laboratory-product' }), 'A', 'rule-5-a-general-laboratory');
  });

  it(`classifies an enzyme immunoassay analyser as A (${MDCG}, Rule 5(b) example)`, () => {
    expectClass(ivd({ deviceType: 'instrument', selfTesting: false }), 'A', 'rule-5-b-instrument');
  });

  it(`classifies a standalone urine collection cup as A (${MDCG}, Rule 5(c) example)`, () => {
    expectClass(ivd({ deviceType: 'specimen-receptacle' }), 'A', 'rule-5-c-specimen-receptacle');
  });

  it(`classifies a blood gas analyser that measures the specimen itself by its purpose: C where errors lead to life-threatening decisions, else B (${MDCG}, Annex 1 example 2)`, () => {
    expectClass(examination(['monitoring-critical']), 'C', 'rule-3-j-monitoring');
    expectClass(examination([]), 'B', 'rule-6-default');
  });

  it('asks an instrument only whether it is for self-testing, keeping A as the floor', () => {
    const c = ivdrClass(ivd({ deviceType: 'instrument' }));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['A', 'B', 'C']);
    expect(c.missingFacts).toEqual(['product.ivdrClassification.selfTesting', 'product.ivdrClassification.selfTestMarkers']);
  });
});

describe('Rule 6 — default class B', () => {
  it(`classifies a magnesium test as B (${MDCG}, Rule 6 example)`, () => {
    expectClass(examination([]), 'B', 'rule-6-default');
  });

  it(`classifies an FSH test for fertility in blood (professional use) as B (${MDCG}, Rule 6 example)`, () => {
    expectClass(examination([]), 'B', 'rule-6-default');
  });

  it(`does not apply the default to class A products (${MDCG}, Rule 6: devices not covered by rules 1–5)`, () => {
    const c = ivdrClass(ivd({ deviceType: 'general-laboratory-product' }));
    expect(c.rules.find((r) => r.rule === 'rule-6-default')?.value).toBe('false');
  });
});

describe('Rule 7 and implementing rules 1.4–1.6 — controls, calibrators and driving software', () => {
  it(`classifies unassigned control sera as B (${MDCG}, Rule 7 example)`, () => {
    expectClass(ivd({ deviceType: 'control-without-assigned-value' }), 'B', 'rule-7-unassigned-control');
  });

  it(`classifies control red cells with assigned values for ABO/Rh(D)/Kell grouping as D, the class of the assays (${MDCG}, Rule 2 class D example; Annex VIII 1.6)`, () => {
    expectClass(ivd({ deviceType: 'control-with-assigned-value', associatedDeviceClass: 'D' }), 'D', 'implementing-1.6-assigned-control-D');
  });

  it('classifies the same control without an assigned value as B (Annex VIII 2.7 against 1.6)', () => {
    expectClass(ivd({ deviceType: 'control-without-assigned-value', associatedDeviceClass: 'D' }), 'B', 'rule-7-unassigned-control');
  });

  it(`classifies calibrators for ELISA reagents in the reagents' class (${MDCG}, Annex 1 example 1; Annex VIII 1.5)`, () => {
    for (const k of ['B', 'C', 'D'] as const) {
      expectClass(ivd({ deviceType: 'calibrator', associatedDeviceClass: k }), k, `implementing-1.5-calibrator-${k}`);
    }
  });

  it(`classifies the software driving an ELISA analyser as A, the analyser's class (${MDCG}, Annex 1 example 1; Annex VIII 1.4)`, () => {
    expectClass(ivd({ deviceType: 'driving-software', associatedDeviceClass: 'A' }), 'A', 'implementing-1.4-driving-software-A');
  });

  it('ignores examination purposes for software that drives a device (Annex VIII 1.4: it takes the class of the device)', () => {
    expectClass(ivd({ deviceType: 'driving-software', associatedDeviceClass: 'A', examinationPurposes: ['donation-transmissible-agent'] }), 'A');
  });

  it('keeps every class open for a calibrator whose device class is not given, and asks for it', () => {
    const c = ivdrClass(ivd({ deviceType: 'calibrator' }));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['A', 'B', 'C', 'D']);
    expect(c.missingFacts).toEqual(['product.ivdrClassification.associatedDeviceClass']);
  });
});

describe('Unknown facts', () => {
  it('asks for the kind of device first when nothing is known', () => {
    const c = ivdrClass(ivd({}));
    expect(c.status).toBe('open');
    expect(c.outcome).toBeUndefined();
    expect(c.possible).toEqual(['A', 'B', 'C', 'D']);
    expect(c.missingFacts).toContain('product.ivdrClassification.deviceType');
  });

  it('gives an examination device at least class B and asks only for facts that can raise it', () => {
    const c = ivdrClass(ivd({ deviceType: 'examination' }));
    expect(c.status).toBe('open');
    expect(c.possible).toEqual(['B', 'C', 'D']);
    expect(decidedRules(c)).toEqual(['rule-6-default']);
    expect(c.missingFacts).toContain('product.ivdrClassification.examinationPurposes');
    expect(c.missingFacts).toContain('product.ivdrClassification.selfTesting');
    expect(c.missingFacts).not.toContain('product.ivdrClassification.deviceType');
    expect(c.missingFacts).not.toContain('product.ivdrClassification.associatedDeviceClass');
  });

  it('is open when it is not known whether the product is an IVD at all', () => {
    const c = ivdrClass({ product: { medicalDevice: { medicalPurpose: true }, ivdrClassification: { deviceType: 'instrument', selfTesting: false } } });
    expect(c.status).toBe('open');
    expect(c.missingFacts).toContain('product.medicalDevice.inVitroExamination');
  });
});

describe('Stated class (product.medicalDevice.class)', () => {
  it('takes a stated class over the derivation and shows what the rules derive', () => {
    const c = ivdrClass(examination(['cancer'], {}));
    expect(c.outcome).toBe('C');
    const stated = ivdrClass(ivd({ deviceType: 'examination', examinationPurposes: ['cancer'], selfTesting: false }, { class: 'D' }));
    expect(stated.source).toBe('stated');
    expect(stated.outcome).toBe('D');
    expect(stated.derived?.outcomes).toEqual(['C']);
  });

  it('reads a stated class A sterile as class A, whatever the other facts say', () => {
    const c = ivdrClass(ivd({ deviceType: 'examination', examinationPurposes: ['high-propagation-agent'] }, { class: 'A-sterile' }));
    expect(c.status).toBe('decided');
    expect(c.outcome).toBe('A');
    expect(decidedRules(c)).toEqual(['stated-class-a-sterile']);
    expect(c.missingFacts).toEqual([]);
  });

  it('does not read a stated MDR class as an IVDR class', () => {
    const c = ivdrClass(ivd({ deviceType: 'instrument', selfTesting: false }, { class: 'IIa' }));
    expect(c.source).toBe('derived');
    expect(c.outcome).toBe('A');
  });
});

describe('Notified body (Art 48) from the derived class', () => {
  it('involves a notified body for a derived class B, C or D device (Art 48(3)–(9))', () => {
    expect(notifiedBody(examination([]))?.status).toBe('applies');
    expect(notifiedBody(examination(['cancer']))?.status).toBe('applies');
    expect(notifiedBody(examination(['high-propagation-agent']))?.status).toBe('applies');
  });

  it('involves one already when only the class B floor is known', () => {
    expect(notifiedBody(ivd({ deviceType: 'examination' }))?.status).toBe('applies');
  });

  it('involves none for a derived non-sterile class A device (Art 48(10) first subparagraph)', () => {
    expect(notifiedBody(ivd({ deviceType: 'instrument', selfTesting: false, sterile: false }))).toBeUndefined();
  });

  it('involves one for a sterile class A device, for the sterility aspects (Art 48(10) second subparagraph)', () => {
    expect(notifiedBody(ivd({ deviceType: 'specimen-receptacle', sterile: true }))?.status).toBe('applies');
  });

  it('asks whether a class A device is sterile when that is not known', () => {
    const d = notifiedBody(ivd({ deviceType: 'specimen-receptacle' }));
    expect(d?.status).toBe('possible');
    expect(d?.missingFacts).toContain('product.ivdrClassification.sterile');
  });

  it('lets a stated class decide over the derivation', () => {
    expect(notifiedBody(ivd({ deviceType: 'examination', examinationPurposes: ['cancer'] }, { class: 'A' }))).toBeUndefined();
    expect(notifiedBody(ivd({ deviceType: 'specimen-receptacle', sterile: false }, { class: 'A-sterile' }))?.status).toBe('applies');
  });

  it('asks no IVDR classification facts of a product outside the IVDR', () => {
    const r = assess({ product: { medicalDevice: { qualification: 'medical-device', class: 'IIa' } }, organisation: { roles: ['manufacturer'] } }, { asOf: TODAY });
    expect(r.missingFacts ?? []).not.toContain('product.ivdrClassification.sterile');
  });
});
