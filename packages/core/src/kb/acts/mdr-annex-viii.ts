// MDR qualification (Art 1(2), 2(1), 2(2); MDCG 2019-11 rev.1 decision steps for software) and
// MDR Annex VIII classification. Rule n sits in Annex VIII Chapter III: rules 1–4 are sections
// 4.1–4.4, rules 5–8 sections 5.1–5.4, rules 9–13 sections 6.1–6.5, rules 14–22 sections
// 7.1–7.9; the implementing rules of Chapter II are sections 3.1–3.7. Rule texts checked against
// the OJ text of Regulation (EU) 2017/745 and the examples against MDCG 2021-24.
import {
  all, any, classRule, eq, explain, firstKnown, gt, gte, has, hasAny, is, lt, lte, not, oneOf, ref,
} from '../dsl.ts';
import type { FactValueAt } from '../../facts/vocabulary.ts';
import type { ProvisionId } from '../provision-id.ts';
import type { ClassRule, Classifier, Condition } from '../types.ts';

type ActiveFunction = FactValueAt<'product.mdrClassification.activeFunctions'>[number];
type InvasiveFeature = FactValueAt<'product.mdrClassification.invasiveFeatures'>[number];
type SpecialFeature = FactValueAt<'product.mdrClassification.specialFeatures'>[number];
type DiagnosticFeature = FactValueAt<'product.mdrClassification.diagnosticFeatures'>[number];

const R1 = 'mdr:annex-VIII-4.1';
const R2 = 'mdr:annex-VIII-4.2';
const R3 = 'mdr:annex-VIII-4.3';
const R4 = 'mdr:annex-VIII-4.4';
const R5 = 'mdr:annex-VIII-5.1';
const R6 = 'mdr:annex-VIII-5.2';
const R7 = 'mdr:annex-VIII-5.3';
const R8 = 'mdr:annex-VIII-5.4';
const R9 = 'mdr:annex-VIII-6.1';
const R10 = 'mdr:annex-VIII-6.2';
const R11 = 'mdr:annex-VIII-6.3';
const R12 = 'mdr:annex-VIII-6.4';
const R13 = 'mdr:annex-VIII-6.5';
const R14 = 'mdr:annex-VIII-7.1';
const R15 = 'mdr:annex-VIII-7.2';
const R16 = 'mdr:annex-VIII-7.3';
const R17 = 'mdr:annex-VIII-7.4';
const R18 = 'mdr:annex-VIII-7.5';
const R19 = 'mdr:annex-VIII-7.6';
const R20 = 'mdr:annex-VIII-7.7';
const R21 = 'mdr:annex-VIII-7.8';
const R22 = 'mdr:annex-VIII-7.9';

// ---------------------------------------------------------------------------------------------
// Shared conditions
// ---------------------------------------------------------------------------------------------

/** MDCG 2019-11 rev.1 step 1; when not stated, read from the components placed on the market. */
const software: Condition = firstKnown(
  is('product.mdrClassification.isSoftware', {
    label: 'it is software placed on the market in its own right',
    cite: 'mdr:annex-VIII-3.3',
  }),
  all(
    hasAny('product.components', ['mobile-app', 'desktop-software', 'cloud-service'], {
      label: 'it consists of an app, desktop or cloud software',
      cite: 'mdr:art-2(1)',
    }),
    not(hasAny('product.components', ['hardware', 'embedded-software', 'gateway']), {
      label: 'it has no hardware component',
      cite: 'mdr:art-2(1)',
    }),
  ),
  { label: 'it is software in its own right', cite: 'mdr:annex-VIII-3.3' },
);

/**
 * Rules 1–8 and the physical sub-cases describe how a device touches or enters the body; software
 * in its own right does neither, so those rules are switched off for it rather than asked.
 */
const notSoftware = not(software, { label: 'it is not software on its own', cite: 'mdr:annex-VIII-3.3' });

const invasiveness = (
  v: FactValueAt<'product.mdrClassification.invasiveness'>,
  label: string,
  cite: ProvisionId,
): Condition => all(notSoftware, eq('product.mdrClassification.invasiveness', v, { label, cite }));

const nonInvasive = invasiveness('non-invasive', 'it is non-invasive', 'mdr:art-2(6)');
const bodyOrifice = invasiveness(
  'body-orifice',
  'it is invasive with respect to a body orifice, other than surgically',
  'mdr:annex-VIII-2.1',
);
const surgicallyInvasive = invasiveness('surgically-invasive', 'it is surgically invasive', 'mdr:annex-VIII-2.2');
const implantable = all(
  notSoftware,
  firstKnown(
    eq('product.mdrClassification.invasiveness', 'implantable', { label: 'it is an implantable device', cite: 'mdr:art-2(5)' }),
    is('product.medicalDevice.implantable', { label: 'it is an implantable device', cite: 'mdr:art-2(5)' }),
  ),
);

const MAX_SHORT_TERM_MINUTES = 30 * 24 * 60;
const transient = firstKnown(
  eq('product.mdrClassification.continuousUse', 'transient', {
    label: 'it is intended for transient use (less than 60 minutes)',
    cite: 'mdr:annex-VIII-1.1',
  }),
  lt('product.mdrClassification.continuousUseMinutes', 60, {
    label: 'its continuous use is shorter than 60 minutes',
    cite: 'mdr:annex-VIII-1.1',
  }),
);
const shortTerm = firstKnown(
  eq('product.mdrClassification.continuousUse', 'short-term', {
    label: 'it is intended for short-term use (60 minutes to 30 days)',
    cite: 'mdr:annex-VIII-1.2',
  }),
  all(
    gte('product.mdrClassification.continuousUseMinutes', 60, {
      label: 'its continuous use is 60 minutes or more',
      cite: 'mdr:annex-VIII-1.2',
    }),
    lte('product.mdrClassification.continuousUseMinutes', MAX_SHORT_TERM_MINUTES, {
      label: 'its continuous use is 30 days or less',
      cite: 'mdr:annex-VIII-1.2',
    }),
  ),
);
const longTerm = firstKnown(
  eq('product.mdrClassification.continuousUse', 'long-term', {
    label: 'it is intended for long-term use (more than 30 days)',
    cite: 'mdr:annex-VIII-1.3',
  }),
  gt('product.mdrClassification.continuousUseMinutes', MAX_SHORT_TERM_MINUTES, {
    label: 'its continuous use is longer than 30 days',
    cite: 'mdr:annex-VIII-1.3',
  }),
);

/** Art 2(4): software is deemed an active device. */
const activeDevice = explain(
  'it is an active device (software counts as one)',
  'mdr:art-2(4)',
  any(
    software,
    is('product.mdrClassification.active', { label: 'it depends on a source of energy other than the body or gravity', cite: 'mdr:art-2(4)' }),
  ),
);

const connectedToHigherActive = (cite: ProvisionId): Condition =>
  eq('product.mdrClassification.activeConnection', 'class-iia-or-higher', {
    label: 'it is intended for (or may be) connection to a class IIa, IIb or III active device',
    cite,
  });

const invasiveHas = (f: InvasiveFeature, label: string, cite: ProvisionId): Condition =>
  has('product.mdrClassification.invasiveFeatures', f, { label, cite });
const activeDoes = (f: ActiveFunction, label: string, cite: ProvisionId): Condition =>
  all(activeDevice, has('product.mdrClassification.activeFunctions', f, { label, cite }));
const special = (f: SpecialFeature, label: string, cite: ProvisionId): Condition =>
  has('product.mdrClassification.specialFeatures', f, { label, cite });
const diagnoses = (f: DiagnosticFeature, label: string): Condition =>
  has('product.mdrClassification.diagnosticFeatures', f, { label, cite: R10 });


// Rule-specific gates.
const channels = all(
  nonInvasive,
  has('product.mdrClassification.nonInvasiveUses', 'channels-or-stores', {
    label: 'it channels or stores blood, body liquids, cells, tissues, liquids or gases for eventual infusion, administration or introduction into the body',
    cite: R2,
  }),
);
const modifies = all(
  nonInvasive,
  has('product.mdrClassification.nonInvasiveUses', 'modifies-composition', {
    label: 'it modifies the biological or chemical composition of tissues, cells, blood or other liquids intended for implantation or administration into the body',
    cite: R3,
  }),
);
const physicalTreatment = is('product.mdrClassification.physicalTreatmentOnly', {
  label: 'the treatment consists only of filtration, centrifugation or exchanges of gas or heat',
  cite: R3,
});
const wound = (v: FactValueAt<'product.mdrClassification.woundContact'>, label: string): Condition =>
  all(notSoftware, eq('product.mdrClassification.woundContact', v, { label, cite: R4 }));

const orificeNotConnectedHigher = all(
  bodyOrifice,
  oneOf('product.mdrClassification.activeConnection', ['none', 'class-i'], {
    label: 'it is not intended for connection to an active device, or only to a class I active device',
    cite: R5,
  }),
);
const upperCavity = is('product.mdrClassification.upperCavityOnly', {
  label: 'it is used only in the oral cavity as far as the pharynx, an ear canal up to the ear drum or the nasal cavity',
  cite: R5,
});
const absorbedByMucosa = is('product.mdrClassification.absorbedByMucosa', {
  label: 'it is liable to be absorbed by the mucous membrane',
  cite: R5,
});

const rule6Base = all(surgicallyInvasive, transient);
const rule7Base = all(surgicallyInvasive, shortTerm);
const rule8Base = explain(
  'it is implantable or a long-term surgically invasive device',
  R8,
  any(implantable, all(surgicallyInvasive, longTerm)),
);
const reusableInstrument = is('product.mdrClassification.reusableSurgicalInstrument', {
  label: 'it is a reusable surgical instrument',
  cite: 'mdr:annex-VIII-2.3',
});
const placedInTeeth = (cite: ProvisionId) => invasiveHas('placed-in-teeth', 'it is intended to be placed in the teeth', cite);
const heartCcsDefect = (cite: ProvisionId) =>
  invasiveHas('heart-ccs-defect', 'it is intended specifically to control, diagnose, monitor or correct a defect of the heart or central circulatory system through direct contact with them', cite);
const heartCcsCnsContact = (cite: ProvisionId) =>
  invasiveHas('heart-ccs-cns-contact', 'it is intended for use in direct contact with the heart, the central circulatory system or the central nervous system', cite);
const ionising = (cite: ProvisionId) => invasiveHas('ionising-radiation', 'it supplies energy in the form of ionising radiation', cite);
const biological = (cite: ProvisionId) =>
  invasiveHas('biological-effect-or-absorbed', 'it has a biological effect or is wholly or mainly absorbed', cite);
const chemicalChange = (cite: ProvisionId) =>
  invasiveHas('chemical-change', 'it is intended to undergo chemical change in the body', cite);
const medicinal = (cite: ProvisionId) =>
  invasiveHas('administers-medicinal-products', 'it is intended to administer medicinal products', cite);
const hazardousAdministration = (cite: ProvisionId) =>
  is('product.mdrClassification.hazardousAdministration', {
    label: 'the administration is potentially hazardous, given the substance, the part of the body and the mode of application',
    cite,
  });

const diagnosisMonitoring = activeDoes(
  'diagnosis-monitoring',
  'it is an active device intended for diagnosis and monitoring',
  R10,
);
const vitalDanger = (cite: ProvisionId) =>
  is('product.mdrClassification.vitalParametersImmediateDanger', {
    label: 'it monitors vital physiological parameters whose variations could result in immediate danger to the patient',
    cite,
  });

const informsDecisions = all(
  software,
  is('product.mdrClassification.informsDecisions', {
    label: 'it is intended to provide information used to take decisions with diagnostic or therapeutic purposes',
    cite: R11,
  }),
);
const monitorsPhysiological = all(
  software,
  is('product.mdrClassification.monitorsPhysiological', {
    label: 'it is intended to monitor physiological processes',
    cite: R11,
  }),
);

const contraception = special('contraception-or-sti', 'it is used for contraception or to prevent the transmission of sexually transmitted diseases', R15);
const disinfectsDevices = special('disinfects-devices', 'it is specifically intended for disinfecting or sterilising medical devices', R16);
const nanomaterial = special('nanomaterial', 'it incorporates or consists of nanomaterial', R19);
const inhaled = special('inhaled-medicinal-products', 'it is a body-orifice device administering medicinal products by inhalation', R20);
const substanceBased = special('substance-based', 'it is composed of substances introduced via a body orifice or applied to the skin and absorbed or locally dispersed', R21);
const substanceAction = (v: FactValueAt<'product.mdrClassification.substanceAction'>, label: string) =>
  all(substanceBased, eq('product.mdrClassification.substanceAction', v, { label, cite: R21 }));
const nanoExposure = (v: FactValueAt<'product.mdrClassification.nanomaterialExposure'>, label: string) =>
  all(nanomaterial, eq('product.mdrClassification.nanomaterialExposure', v, { label, cite: R19 }));

const DRIVEN_CLASSES = ['I', 'IIa', 'IIb', 'III'] as const;

/** Implementing rule 3.3: software that drives or influences a device takes that device's class. */
const drivingSoftware: ClassRule[] = DRIVEN_CLASSES.map((c) =>
  classRule(
    `implementing-3.3-driven-device-${c}`,
    'mdr:annex-VIII-3.3',
    `software that drives a device or influences its use falls within the class of that device, here class ${c}`,
    c,
    all(
      software,
      is('product.mdrClassification.drivesDevice', {
        label: 'it drives a medical device or influences its use',
        cite: 'mdr:annex-VIII-3.3',
      }),
      eq('product.mdrClassification.drivenDeviceClass', c, {
        label: `the device it drives or influences is in class ${c}`,
        cite: 'mdr:annex-VIII-3.3',
      }),
    ),
  ),
);

// ---------------------------------------------------------------------------------------------
// mdr:class
// ---------------------------------------------------------------------------------------------

/**
 * Outcomes and the stated class. Annex VIII knows classes I, IIa, IIb and III; the vocabulary's
 * stated class also has Is, Im and Ir, which are class I placed on the market sterile, with a
 * measuring function or as a reusable surgical instrument (Art 52(7)) and bring in a notified
 * body. They are outcomes here, ranked between I and IIa, so that (a) the engine's `stated`
 * mechanism reads every MDR value of `product.medicalDevice.class` directly, with no mapping rule
 * that would leave the derivation asking questions, and (b) the derivation itself can tell a
 * self-declared class I device from one that needs a notified body (the `mdr:notified-body`
 * predicate reads it). Their relative order is a convention: a device that is both sterile and
 * measuring is shown as Is, and needs the notified body for both aspects.
 */
export const mdrClass: Classifier = {
  id: 'class',
  title: 'MDR risk class (Annex VIII)',
  cite: 'mdr:annex-VIII',
  subject: 'product',
  mode: 'highest',
  outcomes: ['I', 'Ir', 'Im', 'Is', 'IIa', 'IIb', 'III'],
  stated: 'product.medicalDevice.class',
  appliesWhen: ref('mdr:scope', {
    label: 'a medical device, an accessory for one, or an Annex XVI product',
    cite: 'mdr:art-51(1)',
  }),
  outcomeInfo: {
    I: {
      label: 'Class I',
      consequence: 'Self-declared: the manufacturer draws up the technical documentation (Annexes II and III) and the EU declaration of conformity; no notified body.',
      cite: 'mdr:art-52(7)',
    },
    Ir: {
      label: 'Class I, reusable surgical instrument',
      consequence: 'Self-declared, with a notified body (Annex IX Chapters I and III, or Annex XI Part A) limited to the aspects of reuse: cleaning, disinfection, sterilisation, maintenance, functional testing and the related instructions for use.',
      cite: 'mdr:art-52(7)(c)',
    },
    Im: {
      label: 'Class I with a measuring function',
      consequence: 'Self-declared, with a notified body (Annex IX Chapters I and III, or Annex XI Part A) limited to conformity with the metrological requirements.',
      cite: 'mdr:art-52(7)(b)',
    },
    Is: {
      label: 'Class I, placed on the market sterile',
      consequence: 'Self-declared, with a notified body (Annex IX Chapters I and III, or Annex XI Part A) limited to establishing, securing and maintaining sterile conditions.',
      cite: 'mdr:art-52(7)(a)',
    },
    IIa: {
      label: 'Class IIa',
      consequence: 'Notified body: Annex IX Chapters I and III with the technical documentation of at least one representative device per category assessed, or technical documentation with Annex XI (section 10 or 18).',
      cite: 'mdr:art-52(6)',
    },
    IIb: {
      label: 'Class IIb',
      consequence: 'Notified body: Annex IX Chapters I and III with the technical documentation of at least one representative device per generic device group assessed (every device for implantable class IIb, except sutures, staples, dental fillings and braces, tooth crowns, screws, wedges, plates, wires, pins, clips and connectors), or Annex X with Annex XI.',
      cite: 'mdr:art-52(4)',
    },
    III: {
      label: 'Class III',
      consequence: 'Notified body: Annex IX in full, or Annex X with Annex XI; clinical investigations as a rule (Art 61(4)); for implantable class III devices the clinical evaluation consultation procedure (Art 54).',
      cite: 'mdr:art-52(3)',
    },
  },
  rules: [
    // Implementing rule 3.3 (driving software) and Art 52(7) (class I sub-categories).
    ...drivingSoftware,
    classRule('art-52-7-a-sterile', 'mdr:art-52(7)(a)',
      'a class I device placed on the market in sterile condition needs a notified body for sterility',
      'Is',
      all(notSoftware, is('product.mdrClassification.sterile', { label: 'it is placed on the market sterile', cite: 'mdr:art-52(7)(a)' })),
      'Ranks above class I and below IIa: where a rule gives IIa or higher, that class decides.'),
    classRule('art-52-7-b-measuring', 'mdr:art-52(7)(b)',
      'a class I device with a measuring function needs a notified body for the metrological aspects',
      'Im',
      is('product.mdrClassification.measuringFunction', { label: 'it has a measuring function', cite: 'mdr:art-52(7)(b)' })),

    // Rules 1–4: non-invasive devices.
    classRule('rule-1', R1, 'a non-invasive device not covered by another rule', 'I', nonInvasive,
      'Encoded as the floor for non-invasive devices: any other rule that applies gives its class where higher (3.5).'),
    classRule('rule-2-connected-active', R2,
      'a non-invasive device channelling or storing for eventual administration that may be connected to a class IIa, IIb or III active device',
      'IIa', all(channels, connectedToHigherActive(R2))),
    classRule('rule-2-blood-or-organs', R2,
      'a non-invasive device channelling or storing blood or other body liquids, or storing organs, parts of organs or body cells and tissues',
      'IIa', all(channels, eq('product.mdrClassification.channelledMaterial', 'blood-or-organs', {
        label: 'it channels or stores blood or other body liquids, or stores organs, parts of organs or body cells and tissues',
        cite: R2,
      }))),
    classRule('rule-2-blood-bag', R2, 'a blood bag', 'IIb',
      all(channels, eq('product.mdrClassification.channelledMaterial', 'blood-bag', { label: 'it is a blood bag', cite: R2 })),
      'Blood bags with an anticoagulant are class III under Rule 14 (MDCG 2021-24).'),
    classRule('rule-2-other', R2, 'a non-invasive channelling or storing device in all other cases', 'I', channels),
    classRule('rule-3-modifies', R3,
      'a non-invasive device modifying the biological or chemical composition of tissues, cells, blood or liquids for implantation or administration',
      'IIb', all(modifies, not(physicalTreatment, { label: 'the treatment is more than filtration, centrifugation or exchange of gas or heat', cite: R3 }))),
    classRule('rule-3-physical-treatment', R3,
      'a non-invasive modifying device whose treatment is filtration, centrifugation or exchange of gas or heat',
      'IIa', all(modifies, physicalTreatment)),
    classRule('rule-3-in-vitro-substance', R3,
      'a substance or mixture used in vitro in direct contact with human cells, tissues or organs, or embryos, before their implantation or administration',
      'III', all(nonInvasive, has('product.mdrClassification.nonInvasiveUses', 'in-vitro-substance', {
        label: 'it is a substance used in vitro in direct contact with human cells, tissues, organs or embryos before implantation or administration',
        cite: R3,
      }))),
    classRule('rule-4-mechanical-barrier', R4,
      'a device in contact with injured skin or mucous membrane used as a mechanical barrier, for compression or for absorption of exudates',
      'I', wound('mechanical-barrier', 'it is intended as a mechanical barrier, for compression or for absorption of exudates')),
    classRule('rule-4-breached-dermis', R4,
      'a device principally for injuries that have breached the dermis or mucous membrane and heal only by secondary intent',
      'IIb', wound('breached-dermis', 'it is principally intended for injuries that breached the dermis or mucous membrane and heal only by secondary intent')),
    classRule('rule-4-micro-environment', R4,
      'a device principally intended to manage the micro-environment of injured skin or mucous membrane',
      'IIa', wound('micro-environment', 'it is principally intended to manage the micro-environment of injured skin or mucous membrane')),
    classRule('rule-4-other', R4,
      'a device in contact with injured skin or mucous membrane, in all other cases',
      'IIa', wound('other', 'it contacts injured skin or mucous membrane for another purpose')),

    // Rules 5–8: invasive devices.
    classRule('rule-5-transient', R5, 'a body-orifice device for transient use', 'I', all(orificeNotConnectedHigher, transient)),
    classRule('rule-5-short-term', R5,
      'a body-orifice device for short-term use, other than in the oral cavity, ear canal or nasal cavity',
      'IIa', all(orificeNotConnectedHigher, shortTerm, not(upperCavity, {
        label: 'it is used beyond the oral cavity to the pharynx, the ear canal to the ear drum and the nasal cavity',
        cite: R5,
      }))),
    classRule('rule-5-short-term-upper-cavity', R5,
      'a body-orifice device for short-term use in the oral cavity as far as the pharynx, an ear canal up to the ear drum or the nasal cavity',
      'I', all(orificeNotConnectedHigher, shortTerm, upperCavity)),
    classRule('rule-5-long-term', R5,
      'a body-orifice device for long-term use, unless used in the oral cavity, ear canal or nasal cavity and not liable to be absorbed by the mucous membrane',
      'IIb', all(orificeNotConnectedHigher, longTerm, any(
        not(upperCavity, { label: 'it is used beyond the oral cavity to the pharynx, the ear canal to the ear drum and the nasal cavity', cite: R5 }),
        absorbedByMucosa,
      ))),
    classRule('rule-5-long-term-upper-cavity', R5,
      'a body-orifice device for long-term use in the oral cavity, ear canal or nasal cavity, not liable to be absorbed by the mucous membrane',
      'IIa', all(orificeNotConnectedHigher, longTerm, upperCavity, not(absorbedByMucosa, {
        label: 'it is not liable to be absorbed by the mucous membrane',
        cite: R5,
      }))),
    classRule('rule-5-connected-active', R5,
      'a body-orifice device intended for connection to a class IIa, IIb or III active device',
      'IIa', all(bodyOrifice, connectedToHigherActive(R5))),

    classRule('rule-6-default', R6, 'a surgically invasive device for transient use', 'IIa',
      all(rule6Base, not(reusableInstrument, { label: 'it is not a reusable surgical instrument', cite: R6 }))),
    classRule('rule-6-heart-ccs-defect', R6,
      'a transient surgically invasive device to control, diagnose, monitor or correct a defect of the heart or central circulatory system through direct contact',
      'III', all(rule6Base, heartCcsDefect(R6))),
    classRule('rule-6-reusable-instrument', R6, 'a reusable surgical instrument', 'Ir', all(rule6Base, reusableInstrument),
      'Annex VIII gives class I; Art 52(7)(c) adds a notified body for the aspects of reuse, shown as class Ir.'),
    classRule('rule-6-heart-ccs-cns-contact', R6,
      'a transient surgically invasive device for use in direct contact with the heart, central circulatory system or central nervous system',
      'III', all(rule6Base, heartCcsCnsContact(R6))),
    classRule('rule-6-ionising', R6, 'a transient surgically invasive device supplying energy as ionising radiation', 'IIb', all(rule6Base, ionising(R6))),
    classRule('rule-6-biological-absorbed', R6,
      'a transient surgically invasive device with a biological effect or wholly or mainly absorbed',
      'IIb', all(rule6Base, biological(R6))),
    classRule('rule-6-medicinal-hazardous', R6,
      'a transient surgically invasive device administering medicinal products by a delivery system in a potentially hazardous manner',
      'IIb', all(rule6Base, medicinal(R6), hazardousAdministration(R6))),

    classRule('rule-7-default', R7, 'a surgically invasive device for short-term use', 'IIa', rule7Base),
    classRule('rule-7-heart-ccs-defect', R7,
      'a short-term surgically invasive device to control, diagnose, monitor or correct a defect of the heart or central circulatory system through direct contact',
      'III', all(rule7Base, heartCcsDefect(R7))),
    classRule('rule-7-heart-ccs-cns-contact', R7,
      'a short-term surgically invasive device for use in direct contact with the heart, central circulatory system or central nervous system',
      'III', all(rule7Base, heartCcsCnsContact(R7))),
    classRule('rule-7-ionising', R7, 'a short-term surgically invasive device supplying energy as ionising radiation', 'IIb', all(rule7Base, ionising(R7))),
    classRule('rule-7-biological-absorbed', R7,
      'a short-term surgically invasive device with a biological effect or wholly or mainly absorbed',
      'III', all(rule7Base, biological(R7))),
    classRule('rule-7-chemical-change', R7,
      'a short-term surgically invasive device intended to undergo chemical change in the body, unless placed in the teeth',
      'IIb', all(rule7Base, chemicalChange(R7), not(placedInTeeth(R7), { label: 'it is not placed in the teeth', cite: R7 }))),
    classRule('rule-7-medicinal', R7, 'a short-term surgically invasive device intended to administer medicines', 'IIb', all(rule7Base, medicinal(R7))),

    classRule('rule-8-default', R8, 'an implantable or long-term surgically invasive device', 'IIb',
      all(rule8Base, not(placedInTeeth(R8), { label: 'it is not placed in the teeth', cite: R8 }))),
    classRule('rule-8-teeth', R8, 'an implantable or long-term surgically invasive device placed in the teeth', 'IIa', all(rule8Base, placedInTeeth(R8))),
    classRule('rule-8-heart-ccs-cns', R8,
      'an implantable or long-term surgically invasive device in direct contact with the heart, central circulatory system or central nervous system',
      'III', all(rule8Base, hasAny('product.mdrClassification.invasiveFeatures', ['heart-ccs-cns-contact', 'heart-ccs-defect'], {
        label: 'it is used in direct contact with the heart, the central circulatory system or the central nervous system',
        cite: R8,
      }))),
    classRule('rule-8-biological-absorbed', R8,
      'an implantable or long-term surgically invasive device with a biological effect or wholly or mainly absorbed',
      'III', all(rule8Base, biological(R8))),
    classRule('rule-8-chemical-change', R8,
      'an implantable or long-term surgically invasive device intended to undergo chemical change in the body, unless placed in the teeth',
      'III', all(rule8Base, chemicalChange(R8), not(placedInTeeth(R8), { label: 'it is not placed in the teeth', cite: R8 })),
      'Not for products such as bone cements whose chemical change takes place during placement and does not continue (MDCG 2021-24, Rule 8 note 5).'),
    classRule('rule-8-medicinal', R8, 'an implantable or long-term surgically invasive device intended to administer medicinal products', 'III',
      all(rule8Base, medicinal(R8))),
    classRule('rule-8-active-implantable', R8, 'an active implantable device or an accessory of one', 'III',
      any(
        all(implantable, is('product.mdrClassification.active', { label: 'it is active', cite: 'mdr:art-2(4)' })),
        special('active-implantable-accessory', 'it is an accessory of an active implantable device', R8),
      ),
      'Non-implantable and non-active accessories of active implantable devices are class III under this rule too (MDCG 2021-24, Rule 8 note 6).'),
    classRule('rule-8-breast-mesh', R8, 'a breast implant or surgical mesh', 'III',
      all(rule8Base, invasiveHas('breast-implant-or-mesh', 'it is a breast implant or a surgical mesh', R8))),
    classRule('rule-8-joint', R8, 'a total or partial joint replacement, other than its ancillary components', 'III',
      all(rule8Base, invasiveHas('joint-replacement', 'it is a total or partial joint replacement, not an ancillary component', R8))),
    classRule('rule-8-spinal', R8, 'a spinal disc replacement or an implantable device in contact with the spinal column, other than screws, wedges, plates and instruments', 'III',
      all(rule8Base, invasiveHas('spinal', 'it is a spinal disc replacement or an implant in contact with the spinal column, not a screw, wedge, plate or instrument', R8))),

    // Rules 9–13: active devices; Rule 11: software.
    classRule('rule-9-energy', R9, 'an active therapeutic device administering or exchanging energy', 'IIa',
      activeDoes('therapeutic-energy', 'it is an active therapeutic device administering or exchanging energy', R9)),
    classRule('rule-9-hazardous-energy', R9,
      'an active therapeutic device that may administer or exchange energy in a potentially hazardous way',
      'IIb', all(
        activeDoes('therapeutic-energy', 'it is an active therapeutic device administering or exchanging energy', R9),
        is('product.mdrClassification.hazardousEnergy', {
          label: 'it may administer or exchange energy in a potentially hazardous way, given the nature, density and site of application',
          cite: R9,
        }),
      )),
    classRule('rule-9-controls-iib', R9,
      'an active device controlling, monitoring or directly influencing active therapeutic class IIb devices',
      'IIb', activeDoes('controls-iib-therapeutic', 'it controls, monitors or directly influences active therapeutic class IIb devices', R9)),
    classRule('rule-9-therapeutic-ionising', R9,
      'an active device emitting ionising radiation for therapeutic purposes, or controlling, monitoring or directly influencing such devices',
      'IIb', activeDoes('therapeutic-ionising', 'it emits ionising radiation for therapy, or controls, monitors or influences such devices', R9)),
    classRule('rule-9-active-implantable', R9,
      'an active device controlling, monitoring or directly influencing active implantable devices',
      'III', activeDoes('controls-active-implantable', 'it controls, monitors or directly influences active implantable devices', R9)),

    classRule('rule-10-absorbed-energy', R10, 'an active diagnostic device supplying energy absorbed by the body', 'IIa',
      all(diagnosisMonitoring, diagnoses('absorbed-energy', 'it supplies energy absorbed by the body, other than visible illumination'))),
    classRule('rule-10-visible-illumination', R10, 'an active diagnostic device illuminating the patient’s body in the visible spectrum', 'I',
      all(diagnosisMonitoring, diagnoses('visible-illumination', 'it illuminates the patient’s body in the visible spectrum'))),
    classRule('rule-10-radiopharmaceutical', R10, 'an active device imaging the in vivo distribution of radiopharmaceuticals', 'IIa',
      all(diagnosisMonitoring, diagnoses('radiopharmaceutical-imaging', 'it images the in vivo distribution of radiopharmaceuticals'))),
    classRule('rule-10-vital-processes', R10, 'an active device allowing direct diagnosis or monitoring of vital physiological processes', 'IIa',
      all(diagnosisMonitoring, diagnoses('vital-processes', 'it allows direct diagnosis or monitoring of vital physiological processes'))),
    classRule('rule-10-vital-parameters-danger', R10,
      'an active device specifically for monitoring vital physiological parameters whose variations could result in immediate danger to the patient',
      'IIb', all(diagnosisMonitoring, diagnoses('vital-processes', 'it allows direct diagnosis or monitoring of vital physiological processes'), vitalDanger(R10))),
    classRule('rule-10-immediate-danger-diagnosis', R10,
      'an active device for diagnosis in clinical situations where the patient is in immediate danger',
      'IIb', all(diagnosisMonitoring, diagnoses('immediate-danger-diagnosis', 'it is intended for diagnosis where the patient is in immediate danger'))),
    classRule('rule-10-ionising', R10,
      'an active device emitting ionising radiation for diagnostic or therapeutic radiology, or controlling, monitoring or directly influencing such devices',
      'IIb', activeDoes('radiology-ionising', 'it emits ionising radiation for diagnostic or therapeutic radiology, or controls, monitors or influences such devices', R10)),

    classRule('rule-11-decisions', R11, 'software providing information used to take diagnostic or therapeutic decisions', 'IIa', informsDecisions),
    classRule('rule-11-decisions-serious', R11,
      'software informing decisions whose impact may cause a serious deterioration of a person’s state of health or a surgical intervention',
      'IIb', all(informsDecisions, eq('product.mdrClassification.decisionImpact', 'serious-or-surgery', {
        label: 'the decisions may cause a serious deterioration of health or a surgical intervention',
        cite: R11,
      }))),
    classRule('rule-11-decisions-death', R11,
      'software informing decisions whose impact may cause death or an irreversible deterioration of a person’s state of health',
      'III', all(informsDecisions, eq('product.mdrClassification.decisionImpact', 'death-or-irreversible', {
        label: 'the decisions may cause death or an irreversible deterioration of health',
        cite: R11,
      }))),
    classRule('rule-11-monitoring', R11, 'software intended to monitor physiological processes', 'IIa', monitorsPhysiological),
    classRule('rule-11-monitoring-vital', R11,
      'software monitoring vital physiological parameters whose variations could result in immediate danger to the patient',
      'IIb', all(monitorsPhysiological, vitalDanger(R11))),
    classRule('rule-11-other', R11, 'all other software', 'I', software,
      'Encoded as the floor for software: the indents above give their class where they apply (3.5).'),

    classRule('rule-12', R12, 'an active device administering or removing medicinal products, body liquids or other substances', 'IIa',
      activeDoes('administers-substances', 'it administers or removes medicinal products, body liquids or other substances', R12)),
    classRule('rule-12-hazardous', R12,
      'an active device administering or removing substances in a potentially hazardous manner',
      'IIb', all(
        activeDoes('administers-substances', 'it administers or removes medicinal products, body liquids or other substances', R12),
        hazardousAdministration(R12),
      ),
      'Inhaled medicinal products: Rule 20 (MDCG 2021-24, Rule 12).'),
    classRule('rule-13', R13, 'any other active device', 'I', activeDevice,
      'Encoded as the floor for active devices: any other rule that applies gives its class where higher (3.5).'),

    // Rules 14–22: special rules.
    classRule('rule-14', R14, 'a device incorporating an ancillary medicinal substance, including one derived from human blood or plasma', 'III',
      special('ancillary-medicinal-substance', 'it incorporates, as an integral part, a substance that would be a medicinal product used separately, with an ancillary action', R14)),
    classRule('rule-15', R15, 'a device used for contraception or to prevent the transmission of sexually transmitted diseases', 'IIb', contraception),
    classRule('rule-15-implantable-long-term', R15,
      'an implantable or long-term invasive device for contraception or prevention of sexually transmitted diseases',
      'III', all(contraception, explain('it is implantable or a long-term invasive device', R15,
        any(implantable, all(any(bodyOrifice, surgicallyInvasive), longTerm))))),
    classRule('rule-16-contact-lenses', R16, 'a device for disinfecting, cleaning, rinsing or hydrating contact lenses', 'IIb',
      special('contact-lens-care', 'it is specifically intended for disinfecting, cleaning, rinsing or hydrating contact lenses', R16)),
    classRule('rule-16-disinfects-devices', R16, 'a device for disinfecting or sterilising medical devices', 'IIa', disinfectsDevices),
    classRule('rule-16-disinfects-invasive', R16,
      'a disinfecting solution or washer-disinfector for disinfecting invasive devices as the end point of processing',
      'IIb', all(disinfectsDevices, is('product.mdrClassification.disinfectsInvasiveEndPoint', {
        label: 'it is a disinfecting solution or washer-disinfector for invasive devices at the end point of processing',
        cite: R16,
      }))),
    classRule('rule-17', R17, 'a device for recording diagnostic X-ray images', 'IIa',
      special('records-x-ray-images', 'it is specifically intended for recording diagnostic images generated by X-ray radiation', R17)),
    classRule('rule-18-human', R18, 'a device utilising non-viable tissues or cells of human origin or their derivatives', 'III',
      special('human-tissue', 'it utilises non-viable human tissues or cells or their derivatives', R18)),
    classRule('rule-18-animal', R18,
      'a device utilising non-viable animal tissues or cells or their derivatives, unless it contacts intact skin only',
      'III', all(
        special('animal-tissue', 'it utilises non-viable animal tissues or cells or their derivatives', R18),
        not(is('product.mdrClassification.intactSkinOnly'), { label: 'it comes into contact with more than intact skin', cite: R18 }),
      ),
      'An animal-tissue device in contact with intact skin only falls back to Rule 1 (MDCG 2021-24, Rule 18 note 3).'),
    classRule('rule-19-high-medium', R19, 'a device with nanomaterial presenting a high or medium potential for internal exposure', 'III',
      nanoExposure('high-or-medium', 'the potential for internal exposure is high or medium')),
    classRule('rule-19-low', R19, 'a device with nanomaterial presenting a low potential for internal exposure', 'IIb',
      nanoExposure('low', 'the potential for internal exposure is low')),
    classRule('rule-19-negligible', R19, 'a device with nanomaterial presenting a negligible potential for internal exposure', 'IIa',
      nanoExposure('negligible', 'the potential for internal exposure is negligible')),
    classRule('rule-20', R20, 'a body-orifice device administering medicinal products by inhalation', 'IIa', inhaled),
    classRule('rule-20-essential-impact', R20,
      'an inhalation device whose mode of action essentially impacts the efficacy and safety of the medicinal product, or that treats life-threatening conditions',
      'IIb', all(inhaled, any(
        is('product.mdrClassification.inhalationEssentialImpact', {
          label: 'its mode of action has an essential impact on the efficacy and safety of the medicinal product',
          cite: R20,
        }),
        is('product.mdrClassification.lifeThreateningConditions', { label: 'it is intended to treat life-threatening conditions', cite: R20 }),
      ))),
    classRule('rule-21-systemic', R21, 'a substance-based device systemically absorbed to achieve its intended purpose', 'III',
      substanceAction('systemic', 'it or its metabolites are systemically absorbed to achieve the intended purpose')),
    classRule('rule-21-gi-systemic', R21,
      'a substance-based device acting in the stomach or lower gastrointestinal tract and systemically absorbed',
      'III', substanceAction('gi-systemic', 'it acts in the stomach or lower gastrointestinal tract and it or its metabolites are systemically absorbed')),
    classRule('rule-21-skin-or-upper-cavity', R21,
      'a substance-based device applied to the skin, or in the nasal or oral cavity as far as the pharynx and acting there',
      'IIa', substanceAction('skin-or-upper-cavity', 'it is applied to the skin or in the nasal or oral cavity up to the pharynx and acts there')),
    classRule('rule-21-other', R21, 'a substance-based device in all other cases', 'IIb',
      substanceAction('other', 'it achieves its purpose elsewhere')),
    classRule('rule-22', R22,
      'an active therapeutic device with an integrated diagnostic function that significantly determines patient management by the device',
      'III', activeDoes('closed-loop-therapy', 'it is an active therapeutic device whose integrated diagnostic function significantly determines patient management (closed loop, AED)', R22)),
  ],
  note:
    'Implementing rules (Annex VIII Chapter II): the rules apply by intended purpose (3.1) and to the most critical specified use where the device is not meant for a specific part of the body (3.4) — the fact questions say so; devices used together and accessories are classified each in their own right (3.2); software that drives a device or influences its use falls within that device’s class, standalone software is classified in its own right (3.3, encoded as rules, with Rule 11 applying to the software’s own purpose and the higher class winning); where several rules or sub-rules apply, the strictest applies (3.5, the classifier mode); continuous use counts temporary interruptions and immediate replacement by a device of the same type (3.6, in the duration facts); direct diagnosis (3.7) is explained with Rule 10. Rules 1–8 are switched off for software in its own right, which neither touches nor enters the body; software is an active device (Art 2(4)), so Rules 9, 10, 12, 13 and 22 can apply to it besides Rule 11. Classes Is, Im and Ir are class I with the notified-body involvement of Art 52(7). Annex XVI products are classified by the same rules (Implementing Regulation (EU) 2022/2347 reclassifies some active ones; not encoded).',
};

// ---------------------------------------------------------------------------------------------
// mdr:qualification
// ---------------------------------------------------------------------------------------------

const ivd = firstKnown(
  oneOf('product.medicalDevice.qualification', ['ivd', 'ivd-accessory'], {
    label: 'it is placed on the market as an IVD or an accessory for one',
    cite: 'ivdr:art-2(2)',
  }),
  is('product.medicalDevice.inVitroExamination', {
    label: 'it is intended for the in vitro examination of specimens derived from the human body',
    cite: 'ivdr:art-2(2)',
  }),
);
const notIvd = not(ivd, { label: 'it is not an in vitro diagnostic device', cite: 'mdr:art-1(6)(a)' });

const medicalPurpose = firstKnown(
  is('product.medicalDevice.medicalPurpose', {
    label: 'the manufacturer intends it for a medical purpose',
    cite: 'mdr:art-2(1)',
  }),
  hasAny('product.mdrClassification.medicalPurposes',
    ['disease', 'injury-or-disability', 'anatomy-or-physiology', 'in-vitro-information', 'conception', 'device-reprocessing'], {
      label: 'the manufacturer intends it for one of the medical purposes of Art 2(1)',
      cite: 'mdr:art-2(1)',
    }),
);
const noMedicalPurpose = not(medicalPurpose, { label: 'the manufacturer does not intend it for a medical purpose', cite: 'mdr:art-2(1)' });

const actsOnData = is('product.mdrClassification.actsOnData', {
  label: 'it performs an action on data beyond storage, archival, communication, simple search or lossless compression',
  cite: 'mdr:art-2(1)',
});
const individualPatients = is('product.mdrClassification.individualPatients', {
  label: 'the action is for the benefit of individual patients',
  cite: 'mdr:art-2(1)',
});
const pharmacological = is('product.mdrClassification.pharmacologicalAction', {
  label: 'it achieves its principal intended action by pharmacological, immunological or metabolic means',
  cite: 'mdr:art-2(1)',
});

/**
 * Outcomes ranked in mode `highest`, from the regime that covers the least to the one that covers
 * the most: where several qualifications hold, the product is treated under the most demanding.
 * A product with a medical purpose that is also an accessory or in an Annex XVI group is a
 * medical device (it has its own medical purpose; Art 1(3) adds the Annex XVI requirements); an
 * accessory or Annex XVI product is covered by the MDR even where the negative MDCG 2019-11 steps
 * 3–5 hold, because step 2 comes first; "not a device" is the floor that any positive finding
 * overrides. Mode `all` would report a medical device that also meets a negative test as both.
 *
 * The outcome ids are those of `product.medicalDevice.qualification`, so a stated MDR
 * qualification wins through the engine's `stated` mechanism. The stated IVD values are not
 * outcomes: the engine then derives, and rule `ivd` reads them first (via `firstKnown`) and
 * gives "not a device" for the MDR, the IVDR governing it.
 */
export const mdrQualification: Classifier = {
  id: 'qualification',
  title: 'Qualification under the MDR (medical device, accessory, Annex XVI product or none)',
  cite: 'mdr:art-2(1)',
  subject: 'product',
  mode: 'highest',
  outcomes: ['not-a-device', 'annex-xvi', 'md-accessory', 'medical-device'],
  stated: 'product.medicalDevice.qualification',
  outcomeInfo: {
    'not-a-device': {
      label: 'Not a medical device under the MDR',
      consequence: 'The MDR does not apply. An in vitro diagnostic device falls under the IVDR instead; other products may fall under the CRA, the RED delegated act or the GPSR.',
      cite: 'mdr:art-1(1)',
    },
    'annex-xvi': {
      label: 'Product without an intended medical purpose listed in Annex XVI',
      consequence: 'The MDR applies (Art 1(2)) with the common specifications of Implementing Regulation (EU) 2022/2346; it is classified under Annex VIII.',
      cite: 'mdr:art-1(2)',
    },
    'md-accessory': {
      label: 'Accessory for a medical device',
      consequence: 'The MDR applies to it as a device (Art 1(4)); it is classified in its own right (Annex VIII 3.2).',
      cite: 'mdr:art-2(2)',
    },
    'medical-device': {
      label: 'Medical device',
      consequence: 'The MDR applies; the class under Annex VIII decides the conformity-assessment route.',
      cite: 'mdr:art-2(1)',
    },
  },
  rules: [
    classRule('ivd', 'mdr:art-1(6)(a)',
      'an in vitro diagnostic device: the IVDR governs it, not the MDR',
      'not-a-device', ivd),
    classRule('no-medical-purpose', 'mdr:art-2(1)',
      'a product without a medical purpose of Art 2(1) (MDCG 2019-11 step 5 for software)',
      'not-a-device', noMedicalPurpose),
    classRule('pharmacological-action', 'mdr:art-2(1)',
      'a product whose principal intended action is pharmacological, immunological or metabolic: a medicinal product, not a device',
      'not-a-device', all(notSoftware, pharmacological),
      'Medicinal products are excluded by Art 1(6)(b); the borderline is explained in the MDCG borderline guidance.'),
    classRule('software-no-action-on-data', 'mdr:art-2(1)',
      'software that only stores, archives, communicates, searches simply or compresses losslessly is not medical device software (MDCG 2019-11 step 3)',
      'not-a-device', all(software, not(actsOnData, {
        label: 'it performs no action on data beyond storage, archival, communication, simple search or lossless compression',
        cite: 'mdr:art-2(1)',
      }))),
    classRule('software-not-for-individual-patients', 'mdr:art-2(1)',
      'software whose action is not for the benefit of individual patients is not medical device software (MDCG 2019-11 step 4)',
      'not-a-device', all(software, not(individualPatients, {
        label: 'the action is not for the benefit of individual patients',
        cite: 'mdr:art-2(1)',
      }))),
    classRule('annex-xvi', 'mdr:art-1(2)', 'a product of an Annex XVI group without an intended medical purpose', 'annex-xvi',
      all(notIvd, hasAny('product.mdrClassification.annexXviGroups',
        ['contact-lenses', 'anatomy-implants', 'dermal-fillers', 'fat-reduction', 'high-intensity-radiation', 'brain-stimulation'], {
          label: 'it belongs to a product group of Annex XVI',
          cite: 'mdr:annex-XVI',
        }))),
    classRule('accessory', 'mdr:art-2(2)',
      'an accessory: intended for use with particular devices to specifically enable their intended use or directly assist their medical functionality',
      'md-accessory', all(notIvd, is('product.mdrClassification.accessory', {
        label: 'it specifically enables particular medical devices to be used as intended, or directly assists their medical functionality',
        cite: 'mdr:art-2(2)',
      }))),
    classRule('software-drives-device', 'mdr:annex-VIII-3.3',
      'software that drives or influences the use of a medical device is covered by the MDR as part of that device or as its accessory (MDCG 2019-11 step 2)',
      'medical-device', all(notIvd, software, is('product.mdrClassification.drivesDevice', {
        label: 'it drives a medical device or influences its use',
        cite: 'mdr:annex-VIII-3.3',
      })),
      'Placed on the market either with the device it drives, as part of it, or separately as an accessory (MDCG 2019-11 rev.1 section 6); either way it is regulated as a device.'),
    classRule('medical-device-software', 'mdr:art-2(1)',
      'software that acts on data for the benefit of individual patients for a medical purpose is medical device software (MDCG 2019-11 steps 3–5)',
      'medical-device', all(notIvd, software, actsOnData, individualPatients, medicalPurpose)),
    classRule('medical-device', 'mdr:art-2(1)',
      'a product intended for a medical purpose that does not achieve its principal action by pharmacological, immunological or metabolic means',
      'medical-device', all(notIvd, notSoftware, medicalPurpose, not(pharmacological, {
        label: 'its principal intended action is not pharmacological, immunological or metabolic',
        cite: 'mdr:art-2(1)',
      }))),
  ],
  note:
    'Qualification follows the intended purpose the manufacturer states (label, instructions for use, promotional material; Art 2(12)), not the product’s technical capability. Software follows the decision steps of MDCG 2019-11 rev.1 (Figure 1): is it software; is it an Annex XVI product, an accessory, or software driving or influencing a device; does it act on data beyond storage, archival, communication, simple search or lossless compression; is that for individual patients; does it have a medical purpose. Software that gives information from in vitro examinations is an IVD (MDCG 2019-11 Figure 2). Exclusions of Art 1(6) other than IVDs and medicinal products (cosmetics, blood, tissues, food) are not encoded.',
};
