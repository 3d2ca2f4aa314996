// IVDR Annex VIII — classification rules for in vitro diagnostic medical devices (classes A–D).
// Rule n is section 2.n of the Annex; the implementing rules are section 1: 1.1 intended purpose,
// 1.2 combinations, 1.3 accessories, 1.4 software, 1.5 calibrators, 1.6 controls with assigned
// values, 1.7 all rules considered, 1.8 several purposes, 1.9 several rules, 1.10 first-line and
// confirmatory assays. Wording checked against a conversion of the EUR-Lex text (CELEX 32017R0746)
// and against MDCG 2020-16 rev.4 (March 2025), whose worked examples the tests use.
import { all, classRule, eq, firstKnown, has, hasAny, is, known, not, oneOf, ref } from '../dsl.ts';
import type { FactValueAt } from '../../facts/vocabulary.ts';
import type { ProvisionId } from '../provision-id.ts';
import type { ClassRule, Classifier, Condition } from '../types.ts';

const CLASSES = ['A', 'B', 'C', 'D'] as const;
type DeviceType = FactValueAt<'product.ivdrClassification.deviceType'>;
type Purpose = FactValueAt<'product.ivdrClassification.examinationPurposes'>[number];

/**
 * The stated class (`product.medicalDevice.class`) is the classifier's `stated` fact: a stated
 * A, B, C or D wins over the derivation in the engine. The vocabulary also has "A-sterile",
 * which is class A placed on the market sterile (Art 48(10)), not a fifth class; the engine reads
 * only stated values that are outcomes, so that value is mapped here instead: a rule gives it
 * class A, and every derived rule is switched off while it is stated, so the stated class still
 * wins. The result then shows source "derived", decided by that rule.
 */
const derivationApplies: Condition = firstKnown(not(eq('product.medicalDevice.class', 'A-sterile')), {
  kind: 'const',
  value: true,
});

const kind = (types: readonly DeviceType[], label: string, cite: ProvisionId): Condition =>
  all(derivationApplies, oneOf('product.ivdrClassification.deviceType', types, { label, cite }));

/** Rules 1–3 and 6 classify a device by the examination whose result it gives. */
const examines = kind(
  ['examination'],
  'it gives the result of a specific examination itself (reagent, kit, assay, analyser measuring the specimen, or standalone software)',
  'ivdr:annex-VIII-1.1',
);

const purpose = (p: Purpose, label: string, cite: ProvisionId): Condition =>
  all(examines, has('product.ivdrClassification.examinationPurposes', p, { label, cite }));

/** Rule 4(a) covers self-tests, the meter included (MDCG 2020-16 rev.4, Rule 4: meters and strips for blood glucose). */
const selfTest = all(
  kind(['examination', 'instrument'], 'it examines specimens itself or is an instrument for doing so', 'ivdr:annex-VIII-2.4'),
  is('product.ivdrClassification.selfTesting', {
    label: 'the manufacturer intends it for self-testing by lay persons',
    cite: 'ivdr:art-2(5)',
  }),
);

/** Implementing rules 1.4–1.6: the device takes the class of the device it serves, one rule per class. */
const sameClassAs = (
  type: DeviceType,
  section: '1.4' | '1.5' | '1.6',
  slug: string,
  what: string,
): ClassRule[] =>
  CLASSES.map((c) =>
    classRule(
      `implementing-${section}-${slug}-${c}`,
      `ivdr:annex-VIII-${section}`,
      `${what} takes the class of the device it serves, here class ${c}`,
      c,
      all(
        kind([type], what, `ivdr:annex-VIII-${section}`),
        eq('product.ivdrClassification.associatedDeviceClass', c, {
          label: `the device it serves is in class ${c}`,
          cite: `ivdr:annex-VIII-${section}`,
        }),
      ),
    ),
  );

const R1 = 'ivdr:annex-VIII-2.1';
const R2 = 'ivdr:annex-VIII-2.2';
const R3 = 'ivdr:annex-VIII-2.3';
const R4 = 'ivdr:annex-VIII-2.4';
const R5 = 'ivdr:annex-VIII-2.5';

const rule3 = (letter: string, slug: string, p: Purpose, label: string): ClassRule =>
  classRule(`rule-3-${letter}-${slug}`, R3, label, 'C', purpose(p, label, R3));

export const ivdrClass: Classifier = {
  id: 'class',
  title: 'IVDR risk class (Annex VIII)',
  cite: 'ivdr:annex-VIII',
  subject: 'product',
  mode: 'highest',
  outcomes: ['A', 'B', 'C', 'D'],
  stated: 'product.medicalDevice.class',
  appliesWhen: ref('ivdr:scope', {
    label: 'an in vitro diagnostic medical device or an accessory for one',
    cite: 'ivdr:art-47(1)',
  }),
  outcomeInfo: {
    A: {
      label: 'Class A',
      consequence:
        'Self-declared: EU declaration of conformity after drawing up the technical documentation. If placed on the market sterile, Annex IX or Annex XI with a notified body limited to establishing, securing and maintaining sterile conditions.',
      cite: 'ivdr:art-48(10)',
    },
    B: {
      label: 'Class B',
      consequence:
        'Notified body: Annex IX Chapters I and III, with the technical documentation of at least one representative device per category of devices assessed; self-testing and near-patient devices also Annex IX section 5.1.',
      cite: 'ivdr:art-48(9)',
    },
    C: {
      label: 'Class C',
      consequence:
        'Notified body: Annex IX Chapters I and III with technical documentation assessed for at least one representative device per generic device group, or Annex X with Annex XI; self-testing and near-patient devices also Annex IX section 5.1; companion diagnostics assessed device by device with consultation of a medicines authority or the EMA.',
      cite: 'ivdr:art-48(7)',
    },
    D: {
      label: 'Class D',
      consequence:
        'Notified body: Annex IX in full (except section 5 for most devices) or Annex X with Annex XI; verification by an EU reference laboratory where one is designated, expert-panel consultation for a first certification without common specifications; companion diagnostics with consultation of a medicines authority or the EMA.',
      cite: 'ivdr:art-48(3)',
    },
  },
  rules: [
    classRule(
      'stated-class-a-sterile',
      'ivdr:art-48(10)',
      'the profile states class A placed on the market sterile',
      'A',
      // Like the engine's own reading of a stated class, an absent class is not asked for here.
      all(
        known('product.medicalDevice.class'),
        eq('product.medicalDevice.class', 'A-sterile', {
          label: 'the stated IVDR class is A sterile',
          cite: 'ivdr:art-48(10)',
        }),
      ),
    ),

    ...sameClassAs('driving-software', '1.4', 'driving-software', 'software that drives a device or influences its use'),
    ...sameClassAs('calibrator', '1.5', 'calibrator', 'a calibrator intended to be used with a device'),
    ...sameClassAs('control-with-assigned-value', '1.6', 'assigned-control', 'a control material with quantitative or qualitative assigned values'),

    classRule('rule-1-donation-screening', R1,
      'detects a transmissible agent in blood, blood components, cells, tissues or organs to assess their suitability for transfusion, transplantation or cell administration',
      'D',
      purpose('donation-transmissible-agent', 'it detects a transmissible agent (or exposure to it) to assess donations for transfusion, transplantation or cell administration', R1)),
    classRule('rule-1-high-propagation', R1,
      'detects a transmissible agent causing a life-threatening disease with a high or suspected high risk of propagation',
      'D',
      purpose('high-propagation-agent', 'it detects a transmissible agent (or exposure to it) causing a life-threatening disease with a high or suspected high risk of propagation', R1)),
    classRule('rule-1-infectious-load', R1,
      'determines the infectious load of a life-threatening disease where monitoring is critical for patient management',
      'D',
      purpose('infectious-load', 'it determines the infectious load of a life-threatening disease where monitoring is critical in patient management', R1)),

    classRule('rule-2-compatibility', R2,
      'blood grouping, foeto-maternal blood group incompatibility or tissue typing for the immunological compatibility of transfusions, transplants or cell administration',
      'C',
      purpose('blood-grouping-or-tissue-typing', 'it is intended for blood grouping or tissue typing to ensure immunological compatibility', R2),
      'MDCG 2020-16 rev.4 quotes rule 2 with “or to determine foeto-maternal blood group incompatibility”, added by the corrigendum of 27 December 2019; the original OJ text lacks those words.'),
    classRule('rule-2-listed-markers', R2,
      'blood grouping or compatibility testing for an ABO, Rhesus, Kell, Kidd or Duffy marker',
      'D',
      all(
        purpose('blood-grouping-or-tissue-typing', 'it is intended for blood grouping or tissue typing to ensure immunological compatibility', R2),
        hasAny('product.ivdrClassification.bloodGroupMarkers', ['abo', 'rhesus', 'kell', 'kidd', 'duffy'], {
          label: 'it determines a marker of the ABO, Rhesus, Kell, Kidd or Duffy system',
          cite: R2,
        }),
      )),

    rule3('a', 'sexually-transmitted', 'sexually-transmitted-agent', 'detects a sexually transmitted agent or exposure to it'),
    rule3('b', 'csf-or-blood', 'infectious-agent-csf-or-blood', 'detects in cerebrospinal fluid or blood an infectious agent without a high risk of propagation'),
    rule3('c', 'severe-risk-infection', 'infectious-agent-severe-risk', 'detects an infectious agent where an erroneous result risks death or severe disability of the person tested, the foetus, embryo or offspring'),
    rule3('d', 'prenatal-immune-status', 'prenatal-immune-status', 'prenatal screening of women for their immune status towards transmissible agents'),
    rule3('e', 'infective-immune-status', 'infective-or-immune-status-critical', 'determines infective disease or immune status where an erroneous result risks a life-threatening patient management decision'),
    rule3('f', 'companion-diagnostic', 'companion-diagnostic', 'is a companion diagnostic'),
    rule3('g', 'disease-staging', 'disease-staging-critical', 'disease staging where an erroneous result risks a life-threatening patient management decision'),
    rule3('h', 'cancer', 'cancer', 'screening, diagnosis or staging of cancer'),
    rule3('i', 'genetic-testing', 'human-genetic-testing', 'human genetic testing'),
    rule3('j', 'monitoring', 'monitoring-critical', 'monitors levels of medicinal products, substances or biological components where an erroneous result risks a life-threatening patient management decision'),
    rule3('k', 'life-threatening-management', 'life-threatening-disease-management', 'management of patients suffering from a life-threatening disease or condition'),
    rule3('l', 'embryo-foetus-screening', 'congenital-screening-embryo-foetus', 'screening for congenital disorders in the embryo or foetus'),
    rule3('m', 'newborn-screening', 'newborn-congenital-screening', 'screening new-born babies for congenital disorders that could lead to life-threatening situations or severe disabilities if not detected and treated'),

    classRule('rule-4-a-self-testing', R4,
      'a device for self-testing (other than the class B exceptions)',
      'C',
      all(selfTest, has('product.ivdrClassification.selfTestMarkers', 'other', {
        label: 'it detects or determines something other than pregnancy, fertility, cholesterol, or glucose, erythrocytes, leucocytes or bacteria in urine',
        cite: R4,
      })),
      'MDCG 2020-16 rev.4: a self-test that detects a class C marker besides an excepted one is class C (implementing rules 1.8 and 1.9).'),
    classRule('rule-4-a-self-testing-exception', R4,
      'a self-test for pregnancy, fertility or cholesterol level, or for glucose, erythrocytes, leucocytes or bacteria in urine',
      'B',
      all(selfTest, hasAny('product.ivdrClassification.selfTestMarkers',
        ['pregnancy', 'fertility', 'cholesterol', 'urine-glucose', 'urine-erythrocytes', 'urine-leucocytes', 'urine-bacteria'], {
          label: 'it detects pregnancy, tests fertility, determines cholesterol level, or detects glucose, erythrocytes, leucocytes or bacteria in urine',
          cite: R4,
        }))),

    classRule('rule-5-a-general-laboratory', R5,
      'a product for general laboratory use, accessory without critical characteristics, buffer or washing solution, general culture medium or histological stain intended for IVD procedures',
      'A',
      kind(['general-laboratory-product'], 'it is a general laboratory product, accessory without critical characteristics, buffer, washing solution, general culture medium or histological stain made suitable for IVD procedures', R5)),
    classRule('rule-5-b-instrument', R5,
      'an instrument intended specifically for IVD procedures',
      'A',
      kind(['instrument'], 'it is an instrument intended by the manufacturer specifically for IVD procedures', R5)),
    classRule('rule-5-c-specimen-receptacle', R5,
      'a specimen receptacle',
      'A',
      kind(['specimen-receptacle'], 'it is a specimen receptacle', R5)),

    classRule('rule-6-default', 'ivdr:annex-VIII-2.6',
      'a device for a specific examination is at least class B, the default for devices that rules 1 to 5 do not cover',
      'B',
      examines,
      'Encoded as the floor for every device that gives an examination result itself: rules 1–4 lead to class B or higher, so where one of them covers the device its class wins under implementing rule 1.9.'),

    classRule('rule-7-unassigned-control', 'ivdr:annex-VIII-2.7',
      'a control without a quantitative or qualitative assigned value',
      'B',
      kind(['control-without-assigned-value'], 'it is a control without a quantitative or qualitative assigned value', 'ivdr:annex-VIII-2.7')),
  ],
  note:
    'Implementing rules (Annex VIII section 1): classification follows the intended purpose (1.1); devices used together and accessories are classified each in their own right (1.2, 1.3); driving software, calibrators and controls with assigned values take the class of the device they serve (1.4–1.6); several intended purposes or several rules give the highest class (1.8, 1.9); the rules apply alike to first-line, confirmatory and supplemental assays (1.10). Rule 4(b): near-patient tests are classified in their own right, by the rules that fit their purpose, and get no class of their own. The stated class “A sterile” is read as class A; its sterility brings in a notified body (Art 48(10), predicate ivdr:notified-body).',
};
