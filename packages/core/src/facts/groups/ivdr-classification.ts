/**
 * Facts for IVDR Annex VIII classification (rules 1–7 with the implementing rules of section 1).
 * A typical profile answers four of them: what kind of device it is, its examination purposes,
 * whether it is for self-testing and whether it is sterile. Lists given are taken as complete.
 */
import { bool, group, oneOf, setOf } from '../vocabulary-dsl.ts';

export const IVDR_CLASSIFICATION = group('IVDR Annex VIII classification', {
  deviceType: oneOf(
    'What kind of IVD (or accessory) is it?',
    {
      examination:
        'Gives the result of a specific examination itself: a reagent, kit, assay, test, an analyser that measures the specimen without separate reagents, or standalone software (classified by its intended purpose, rules 1–4 and 6)',
      instrument:
        'An instrument intended specifically for IVD procedures that examines specimens with separate reagents or cassettes, e.g. an immunoassay analyser, PCR thermocycler or sequencer (rule 5(b))',
      'general-laboratory-product':
        'A product for general laboratory use, an accessory without critical characteristics, a buffer or washing solution, a general culture medium or a histological stain intended for IVD procedures (rule 5(a))',
      'specimen-receptacle':
        'A specimen receptacle, or a kit only for collecting specimens (rule 5(c))',
      calibrator: 'A calibrator intended to be used with a device (implementing rule 1.5)',
      'control-with-assigned-value':
        'A control material with quantitative or qualitative assigned values for one or more analytes (implementing rule 1.6)',
      'control-without-assigned-value':
        'A control without a quantitative or qualitative assigned value, e.g. unassigned control sera (rule 7)',
      'driving-software':
        'Software that drives another device or influences its use, e.g. the software running an analyser (implementing rule 1.4)',
    },
    {
      cite: 'ivdr:annex-VIII-1.1',
      help: 'Annex VIII 1.2–1.3: devices used together, and accessories, are each classified in their own right. A culture medium or stain intended to detect a particular agent, and an accessory with critical characteristics, are classified by their examination purpose: choose the first option. MDCG 2020-16 rev.4 Rule 5(b): an instrument with its own measuring function is classified by the purpose of its measurement.',
    },
  ),
  associatedDeviceClass: oneOf(
    'What is the IVDR class of the device it drives, calibrates or controls?',
    { A: 'Class A', B: 'Class B', C: 'Class C', D: 'Class D' },
    {
      cite: 'ivdr:annex-VIII-1.4',
      help: 'Driving software, calibrators and controls with assigned values take the class of that device (Annex VIII 1.4–1.6). Where it serves several devices, give the highest of their classes.',
    },
  ),
  examinationPurposes: setOf(
    'For which of these purposes does the manufacturer intend it (label, instructions for use, performance evaluation, promotion)?',
    {
      'donation-transmissible-agent':
        'Detecting a transmissible agent (or exposure to it) in blood, blood components, cells, tissues, organs or their derivatives to assess their suitability for transfusion, transplantation or cell administration, e.g. HIV, HBV, HCV donor screening (rule 1)',
      'high-propagation-agent':
        'Detecting a transmissible agent (or exposure to it) that causes a life-threatening disease with a high or suspected high risk of propagation, e.g. HIV, HBV, HCV, Ebola, SARS-CoV, MERS (rule 1)',
      'infectious-load':
        'Determining the infectious load of a life-threatening disease where monitoring is critical for patient management, e.g. HIV or HCV viral load (rule 1)',
      'blood-grouping-or-tissue-typing':
        'Blood grouping, determining foeto-maternal blood group incompatibility, or tissue typing to ensure the immunological compatibility of blood, components, cells, tissue or organs for transfusion, transplantation or cell administration (rule 2)',
      'sexually-transmitted-agent': 'Detecting a sexually transmitted agent or exposure to it, e.g. Chlamydia, gonorrhoea, HPV, syphilis (rule 3(a))',
      'infectious-agent-csf-or-blood':
        'Detecting the presence in cerebrospinal fluid or blood of an infectious agent without a high risk of propagation (rule 3(b))',
      'infectious-agent-severe-risk':
        'Detecting an infectious agent where an erroneous result would significantly risk death or severe disability of the person, foetus, embryo or offspring (rule 3(c))',
      'prenatal-immune-status': 'Prenatal screening of women for their immune status towards transmissible agents, e.g. rubella, toxoplasma (rule 3(d))',
      'infective-or-immune-status-critical':
        'Determining infective disease or immune status where an erroneous result risks a life-threatening patient management decision (rule 3(e))',
      'companion-diagnostic':
        'Companion diagnostic: essential for the safe and effective use of a corresponding medicinal product, to select patients likely to benefit or at increased risk of serious adverse reactions (rule 3(f), Art 2(7))',
      'disease-staging-critical':
        'Disease staging where an erroneous result risks a life-threatening patient management decision (rule 3(g))',
      cancer: 'Screening, diagnosis or staging of cancer (rule 3(h))',
      'human-genetic-testing': 'Human genetic testing (rule 3(i))',
      'monitoring-critical':
        'Monitoring levels of medicinal products, substances or biological components where an erroneous result risks a life-threatening patient management decision (rule 3(j))',
      'life-threatening-disease-management':
        'Managing patients suffering from a life-threatening disease or condition, e.g. HbA1c or blood glucose in diabetes, INR for anticoagulation (rule 3(k))',
      'congenital-screening-embryo-foetus': 'Screening for congenital disorders in the embryo or foetus (rule 3(l))',
      'newborn-congenital-screening':
        'Screening new-born babies for congenital disorders where failure to detect and treat them could lead to life-threatening situations or severe disabilities (rule 3(m))',
    },
    {
      cite: 'ivdr:annex-VIII-1.1',
      help: 'Give every purpose the manufacturer states; an empty list means none of these (the device then falls under rule 4 or rule 6). A device with several purposes takes the highest class (Annex VIII 1.8). The rules apply alike to first-line, confirmatory and supplemental assays (Annex VIII 1.10).',
    },
  ),
  bloodGroupMarkers: setOf(
    'Which blood group markers is it intended to determine?',
    {
      abo: 'ABO system: A (ABO1), B (ABO2), AB (ABO3)',
      rhesus: 'Rhesus system: RH1 (D), RHW1, RH2 (C), RH3 (E), RH4 (c), RH5 (e)',
      kell: 'Kell system: KEL1 (K)',
      kidd: 'Kidd system: JK1 (Jka), JK2 (Jkb)',
      duffy: 'Duffy system: FY1 (Fya), FY2 (Fyb)',
      other: 'Other markers, e.g. HLA, KEL2 (k), Lewis (Lea)',
    },
    {
      cite: 'ivdr:annex-VIII-2.2',
      help: 'The ABO, Rhesus, Kell, Kidd and Duffy markers make a rule 2 device class D, including reverse ABO grouping and screening or identification of antibodies against those markers (MDCG 2020-16 rev.4, Rule 2).',
    },
  ),
  selfTesting: bool(
    'Is it intended by the manufacturer to be used by lay persons (self-testing), including testing services offered to lay persons at a distance?',
    {
      cite: 'ivdr:art-2(5)',
      help: 'A lay person who performs at least part of the testing procedure makes it a self-test; only collecting the specimen does not (MDCG 2020-16 rev.4, Rule 4). Near-patient testing by health professionals is not self-testing: such devices are classified by their purpose like other professional devices (Annex VIII 2.4(b)).',
    },
  ),
  selfTestMarkers: setOf(
    'What does the self-test detect or determine?',
    {
      pregnancy: 'Pregnancy',
      fertility: 'Fertility',
      cholesterol: 'Cholesterol level',
      'urine-glucose': 'Glucose in urine',
      'urine-erythrocytes': 'Erythrocytes in urine',
      'urine-leucocytes': 'Leucocytes in urine',
      'urine-bacteria': 'Bacteria in urine',
      other: 'Anything else, e.g. glucose in blood, INR, infectious agents',
    },
    {
      cite: 'ivdr:annex-VIII-2.4',
      help: 'Self-tests are class C except for the first seven, which are class B; a self-test that also detects anything else is class C.',
    },
  ),
  sterile: bool('Is it placed on the market in sterile condition?', {
    cite: 'ivdr:art-48(10)',
    help: 'For a sterile class A device a notified body assesses the aspects of establishing, securing and maintaining sterile conditions.',
  }),
});
