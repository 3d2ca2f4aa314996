/**
 * Facts for MDR qualification (Art 1(2), 2(1), 2(2), MDCG 2019-11 rev.1 decision steps for
 * software) and Annex VIII classification (rules 1–22 with the implementing rules of Chapter II).
 * Kept apart from the main vocabulary because Annex VIII needs many specific facts.
 *
 * Most facts are multi-selects whose given list is taken as complete, so one answer ("none of
 * these") rules out several rules at once: a typical device answers its invasiveness, duration,
 * whether it is active, its active functions and its special features; standalone software
 * answers the Rule 11 questions instead of the physical ones.
 */
import { bool, group, num, oneOf, setOf } from '../vocabulary-dsl.ts';

const MOST_CRITICAL_USE =
  'Answer for the intended purpose stated by the manufacturer (Annex VIII 3.1); where it is not intended for a specific part of the body, answer for the most critical specified use (3.4).';

export const MDR_CLASSIFICATION = group('MDR qualification and Annex VIII classification', {
  // --- Qualification -------------------------------------------------------------------------
  isSoftware: bool(
    'Is the product software placed on the market in its own right (an app, desktop, server or cloud software), rather than a physical device or software built into one?',
    {
      cite: 'mdr:annex-VIII-3.3',
      help: 'MDCG 2019-11 rev.1 step 1: software is a set of instructions that processes input data and creates output data. When not given, it is read from the product’s components (software components and no hardware). Software is deemed an active device (Art 2(4)).',
    },
  ),
  drivesDevice: bool(
    'Does the software drive a (hardware) medical device or influence its use (e.g. the software operating an infusion pump, or an app that sets its dose)?',
    {
      cite: 'mdr:annex-VIII-3.3',
      help: 'MDCG 2019-11 rev.1 step 2: such software is covered by the MDR as part of that device or as its accessory, and it falls within the same class as the device it drives (Annex VIII 3.3). If it also has a medical purpose of its own it is classified in its own right as well; the higher class applies.',
    },
  ),
  drivenDeviceClass: oneOf(
    'What is the MDR class of the device the software drives or influences?',
    { I: 'Class I', IIa: 'Class IIa', IIb: 'Class IIb', III: 'Class III' },
    {
      cite: 'mdr:annex-VIII-3.3',
      help: 'Where it drives several devices, give the highest of their classes. Class I sterile, measuring or reusable surgical counts as class I.',
    },
  ),
  actsOnData: bool(
    'Does the software perform an action on data beyond storage, archival, communication, simple search or lossless compression (e.g. analysis, calculation, interpretation, alarms, creating or modifying medical information)?',
    {
      cite: 'mdr:art-2(1)',
      help: 'MDCG 2019-11 rev.1 step 3. Software that only records, stores or displays data (e.g. a diary for insulin doses with no analysis) is not medical device software. Search is not “simple” where it contributes to a medical purpose (rev.1).',
    },
  ),
  individualPatients: bool(
    'Is that action for the benefit of individual patients (rather than aggregating population data, or giving generic diagnostic or treatment pathways, literature, atlases, models or templates)?',
    { cite: 'mdr:art-2(1)', help: 'MDCG 2019-11 rev.1 step 4.' },
  ),
  medicalPurposes: setOf(
    'For which of these purposes does the manufacturer intend it? (an empty list means none)',
    {
      disease: 'Diagnosis, prevention, monitoring, prediction, prognosis, treatment or alleviation of disease',
      'injury-or-disability': 'Diagnosis, monitoring, treatment, alleviation of, or compensation for, an injury or disability',
      'anatomy-or-physiology': 'Investigation, replacement or modification of the anatomy or of a physiological or pathological process or state',
      'in-vitro-information': 'Providing information by in vitro examination of specimens derived from the human body, including organ, blood and tissue donations',
      conception: 'Control or support of conception',
      'device-reprocessing': 'Cleaning, disinfection or sterilisation of medical devices',
    },
    {
      cite: 'mdr:art-2(1)',
      help: 'The specific medical purposes of Art 2(1), and the products deemed medical devices by its last subparagraph. The intended purpose is what the label, instructions for use, promotional material and clinical evaluation say (Art 2(12)). MDCG 2019-11 rev.1 step 5 for software.',
    },
  ),
  pharmacologicalAction: bool(
    'Does it achieve its principal intended action in or on the human body by pharmacological, immunological or metabolic means?',
    { cite: 'mdr:art-2(1)', help: 'If so it is not a medical device; it is a medicinal product (Art 1(6)(b)).' },
  ),
  accessory: bool(
    'Is it intended by its manufacturer to be used together with one or several particular medical devices, to specifically enable their use according to their intended purpose or to specifically and directly assist their medical functionality?',
    {
      cite: 'mdr:art-2(2)',
      help: 'An accessory is not itself a medical device but is regulated as one (Art 1(4)) and classified in its own right (Annex VIII 3.2). Software or equipment that merely records, stores or displays data from a device is not an accessory (MDCG 2021-24, Rule 11).',
    },
  ),
  annexXviGroups: setOf(
    'To which of these groups of products without an intended medical purpose (MDR Annex XVI) does it belong? (an empty list means none)',
    {
      'contact-lenses': 'Contact lenses or other items intended to be introduced into or onto the eye (Annex XVI 1)',
      'anatomy-implants': 'Products introduced into the body by surgically invasive means to modify the anatomy or fix body parts, other than tattooing products and piercings (Annex XVI 2)',
      'dermal-fillers': 'Substances or items for facial or other dermal or mucous membrane filling by injection or other introduction, other than for tattooing (Annex XVI 3)',
      'fat-reduction': 'Equipment to reduce, remove or destroy adipose tissue, e.g. for liposuction, lipolysis or lipoplasty (Annex XVI 4)',
      'high-intensity-radiation': 'High-intensity electromagnetic radiation equipment (e.g. lasers, intense pulsed light) used on the body for skin resurfacing, tattoo or hair removal or other skin treatment (Annex XVI 5)',
      'brain-stimulation': 'Equipment for brain stimulation that applies electrical currents or magnetic or electromagnetic fields penetrating the cranium to modify neuronal activity (Annex XVI 6)',
    },
    { cite: 'mdr:annex-XVI', help: 'These products are covered by the MDR without a medical purpose (Art 1(2)) and by the common specifications of Implementing Regulation (EU) 2022/2346.' },
  ),

  // --- Annex VIII Chapter I: duration, invasiveness, active devices --------------------------
  invasiveness: oneOf(
    'How does it enter the body?',
    {
      'non-invasive': 'Not at all: it does not penetrate inside the body, in whole or in part',
      'body-orifice': 'Through a body orifice (natural opening, surface of the eyeball, or a permanent artificial opening such as a stoma), not surgically',
      'surgically-invasive': 'Surgically: through the surface of the body, or in the context of a surgical operation, or by any penetration other than through a body orifice',
      implantable: 'It is implanted: totally introduced into the body or replacing an epithelial surface or the surface of the eye, and remaining after the procedure (or partially introduced and remaining for at least 30 days)',
    },
    { cite: 'mdr:art-2(6)', help: `Art 2(5) implantable, Art 2(6) invasive device; Annex VIII 2.1 body orifice, 2.2 surgically invasive. ${MOST_CRITICAL_USE}` },
  ),
  continuousUse: oneOf(
    'For how long is it normally intended to be used continuously?',
    {
      transient: 'Transient: less than 60 minutes',
      'short-term': 'Short term: from 60 minutes to 30 days',
      'long-term': 'Long term: more than 30 days',
    },
    {
      cite: 'mdr:annex-VIII-1.1',
      help: 'Annex VIII 1.1–1.3. Continuous use (3.6) is the entire duration of use of the same device, ignoring temporary interruptions during a procedure or temporary removal e.g. for cleaning, and the accumulated use of devices intended to be replaced immediately by another of the same type.',
    },
  ),
  continuousUseMinutes: num(
    'How many minutes of continuous use is it normally intended for (counted as Annex VIII 3.6 says)?',
    'minutes',
    {
      cite: 'mdr:annex-VIII-3.6',
      help: 'Used when the duration category is not given: under 60 minutes is transient, up to 30 days (43 200 minutes) short term, beyond that long term. Count accumulated use of devices replaced immediately by another of the same type.',
    },
  ),
  active: bool(
    'Is it an active device: does its operation depend on a source of energy other than that generated by the human body or by gravity, acting by changing the density of or converting that energy?',
    {
      cite: 'mdr:art-2(4)',
      help: 'Software is also deemed an active device. Devices that only transmit energy, substances or other elements between an active device and the patient without significant change are not active.',
    },
  ),
  activeConnection: oneOf(
    'Is it intended for connection to an active device (or may it be connected to one), and of which class?',
    {
      none: 'No connection to an active device',
      'class-i': 'Connection to a class I active device',
      'class-iia-or-higher': 'Connection to a class IIa, IIb or III active device',
    },
    { cite: 'mdr:annex-VIII-5.1', help: 'Rules 2 and 5: e.g. tubing for use with an infusion pump, a tracheal tube connected to a ventilator.' },
  ),

  // --- Rules 1–4: non-invasive devices -------------------------------------------------------
  nonInvasiveUses: setOf(
    'Which of these does the (non-invasive) device do? (an empty list means none)',
    {
      'channels-or-stores': 'Channels or stores blood, body liquids, cells or tissues, liquids or gases for eventual infusion, administration or introduction into the body (rule 2)',
      'modifies-composition': 'Modifies the biological or chemical composition of human tissues or cells, blood, other body liquids or other liquids intended for implantation or administration into the body (rule 3)',
      'in-vitro-substance': 'Consists of a substance or mixture used in vitro in direct contact with human cells, tissues or organs taken from the body, or with human embryos, before their implantation or administration (rule 3)',
    },
    { cite: 'mdr:annex-VIII-4.2' },
  ),
  channelledMaterial: oneOf(
    'What does it channel or store?',
    {
      'blood-bag': 'It is a blood bag',
      'blood-or-organs': 'Blood or other body liquids (channelled or stored), or organs, parts of organs or body cells and tissues (stored)',
      other: 'Other liquids or gases, e.g. infusion solutions or medical gases',
    },
    { cite: 'mdr:annex-VIII-4.2' },
  ),
  physicalTreatmentOnly: bool(
    'Does the treatment it performs consist only of filtration, centrifugation or exchanges of gas or heat?',
    { cite: 'mdr:annex-VIII-4.3' },
  ),
  woundContact: oneOf(
    'Does it come into contact with injured skin or mucous membrane (a non-invasive device), or with injured mucous membrane (an invasive device), and what is it principally intended for there?',
    {
      none: 'No such contact',
      'mechanical-barrier': 'A mechanical barrier, compression or absorption of exudates',
      'breached-dermis': 'Principally injuries to skin that have breached the dermis or mucous membrane and can heal only by secondary intent',
      'micro-environment': 'Principally managing the micro-environment of injured skin or mucous membrane',
      other: 'Another purpose',
    },
    {
      cite: 'mdr:annex-VIII-4.4',
      help: 'Annex VIII 2.8: injured skin or mucous membrane presents a pathological change or change following disease or a wound. A dressing that also acts as a barrier is classified by its higher purpose (MDCG 2021-24, Rule 4).',
    },
  ),

  // --- Rules 5–8: invasive devices -----------------------------------------------------------
  upperCavityOnly: bool(
    'Is it used only in the oral cavity as far as the pharynx, in an ear canal up to the ear drum, or in the nasal cavity?',
    { cite: 'mdr:annex-VIII-5.1' },
  ),
  absorbedByMucosa: bool('Is it liable to be absorbed by the mucous membrane?', { cite: 'mdr:annex-VIII-5.1' }),
  reusableSurgicalInstrument: bool(
    'Is it a reusable surgical instrument: for cutting, drilling, sawing, scratching, scraping, clamping, retracting, clipping or similar procedures, without connection to an active device, intended to be reused after cleaning, disinfection and sterilisation?',
    { cite: 'mdr:annex-VIII-2.3' },
  ),
  invasiveFeatures: setOf(
    'Which of these apply to the (surgically invasive or implantable) device? (an empty list means none)',
    {
      'heart-ccs-defect': 'Intended specifically to control, diagnose, monitor or correct a defect of the heart or of the central circulatory system through direct contact with those parts',
      'heart-ccs-cns-contact': 'Intended for use in direct contact with the heart, the central circulatory system or the central nervous system',
      'ionising-radiation': 'Supplies energy in the form of ionising radiation',
      'biological-effect-or-absorbed': 'Has a biological effect or is wholly or mainly absorbed',
      'chemical-change': 'Intended to undergo chemical change in the body',
      'administers-medicinal-products': 'Intended to administer medicinal products',
      'placed-in-teeth': 'Intended to be placed in the teeth',
      'breast-implant-or-mesh': 'A breast implant or a surgical mesh',
      'joint-replacement': 'A total or partial joint replacement (not an ancillary component such as a screw, wedge, plate or instrument)',
      spinal: 'A spinal disc replacement implant, or an implantable device in contact with the spinal column (not a component such as a screw, wedge, plate or instrument)',
    },
    {
      cite: 'mdr:annex-VIII-5.2',
      help: `Rules 6, 7 and 8. Annex VIII 2.6: the central circulatory system is the pulmonary arteries, ascending aorta, aortic arch, descending aorta to the bifurcation, coronary arteries, common, external and internal carotid arteries, cerebral arteries, brachiocephalic trunk, cardiac veins, pulmonary veins and superior and inferior vena cava; 2.7: the central nervous system is the brain, meninges and spinal cord. ${MOST_CRITICAL_USE}`,
    },
  ),
  hazardousAdministration: bool(
    'Is the medicinal product or other substance administered (or removed) in a potentially hazardous manner, taking account of the nature of the substance, the part of the body concerned and the mode of application?',
    { cite: 'mdr:annex-VIII-6.4', help: 'Rule 6 (delivery systems of transient surgically invasive devices) and Rule 12 (active devices), e.g. infusion pumps, ventilators, anaesthesia machines, dialysis equipment (MDCG 2021-24, Rule 12).' },
  ),

  // --- Rules 9, 10, 12, 13, 22: active devices -----------------------------------------------
  activeFunctions: setOf(
    'Which of these does the (active) device do? (an empty list means none)',
    {
      'therapeutic-energy': 'It is an active therapeutic device that administers or exchanges energy (rule 9)',
      'controls-iib-therapeutic': 'It controls or monitors the performance of active therapeutic class IIb devices, or directly influences it (rule 9)',
      'therapeutic-ionising': 'It emits ionising radiation for therapeutic purposes, or controls, monitors or directly influences such devices (rule 9)',
      'controls-active-implantable': 'It controls, monitors or directly influences the performance of active implantable devices (rule 9)',
      'diagnosis-monitoring': 'It is an active device for diagnosis and monitoring: it supplies information for detecting, diagnosing, monitoring or treating physiological conditions, states of health, illnesses or congenital deformities (rule 10)',
      'radiology-ionising': 'It emits ionising radiation for diagnostic or therapeutic radiology, including interventional radiology, or controls, monitors or directly influences such devices (rule 10)',
      'administers-substances': 'It administers or removes medicinal products, body liquids or other substances to or from the body (rule 12)',
      'closed-loop-therapy': 'It is an active therapeutic device with an integrated or incorporated diagnostic function that significantly determines the patient management by the device, e.g. a closed-loop system or an automated external defibrillator (rule 22)',
    },
    { cite: 'mdr:annex-VIII-6.1', help: 'Annex VIII 2.4 active therapeutic device, 2.5 active device for diagnosis and monitoring. Rule 13 classifies every other active device in class I.' },
  ),
  hazardousEnergy: bool(
    'May it administer energy to or exchange energy with the human body in a potentially hazardous way, taking account of the nature, density and site of application of the energy?',
    { cite: 'mdr:annex-VIII-6.1' },
  ),
  diagnosticFeatures: setOf(
    'Which of these is the diagnostic or monitoring device intended for? (an empty list means none)',
    {
      'absorbed-energy': 'Supplying energy that will be absorbed by the human body, other than illuminating the patient’s body in the visible spectrum (e.g. MRI, diagnostic ultrasound)',
      'visible-illumination': 'Illuminating the patient’s body in the visible spectrum (e.g. examination lamps, surgical microscopes)',
      'radiopharmaceutical-imaging': 'Imaging the in vivo distribution of radiopharmaceuticals (e.g. gamma cameras, PET, SPECT)',
      'vital-processes': 'Allowing direct diagnosis or monitoring of vital physiological processes (e.g. electrocardiographs, electronic thermometers, blood pressure equipment)',
      'immediate-danger-diagnosis': 'Diagnosis in clinical situations where the patient is in immediate danger',
    },
    {
      cite: 'mdr:annex-VIII-6.2',
      help: 'Annex VIII 3.7: a device allows direct diagnosis when it provides the diagnosis itself or decisive information for it. Vital physiological processes include respiration, heart rate, cerebral functions, blood gases, blood pressure and body temperature (MDCG 2021-24, Rule 10 note 3).',
    },
  ),
  vitalParametersImmediateDanger: bool(
    'Is it intended to monitor vital physiological parameters whose variations could result in immediate danger to the patient (e.g. cardiac performance, respiration, central nervous system activity)?',
    {
      cite: 'mdr:annex-VIII-6.2',
      help: 'Rules 10 and 11. Continuous surveillance of vital parameters in anaesthesia, intensive care or emergency care is in this case; readings of vital signs in routine check-ups or self-monitoring at home are not (MDCG 2021-24, Rules 10 and 11).',
    },
  ),

  // --- Rule 11: software ----------------------------------------------------------------------
  informsDecisions: bool(
    'Is the software intended to provide information that is used to take decisions with diagnostic or therapeutic purposes?',
    { cite: 'mdr:annex-VIII-6.3', help: 'Rule 11, first paragraph; it covers software that informs or drives clinical management, including prediction and prognosis (MDCG 2019-11 rev.1).' },
  ),
  decisionImpact: oneOf(
    'What is the worst impact the decisions taken on that information may have on a person?',
    {
      'death-or-irreversible': 'Death or an irreversible deterioration of a person’s state of health',
      'serious-or-surgery': 'A serious deterioration of a person’s state of health, or a surgical intervention',
      other: 'Neither',
    },
    { cite: 'mdr:annex-VIII-6.3', help: 'Consider the intended population, the condition treated or diagnosed and the context of use (MDCG 2021-24, Rule 11 note 2).' },
  ),
  monitorsPhysiological: bool(
    'Is the software intended to monitor physiological processes?',
    { cite: 'mdr:annex-VIII-6.3', help: 'Rule 11, second paragraph; it applies to software intended for monitoring only.' },
  ),

  // --- Rules 8, 14–21: special features -------------------------------------------------------
  specialFeatures: setOf(
    'Which of these apply to the device? (an empty list means none)',
    {
      'active-implantable-accessory': 'It is an accessory of an active implantable device, implantable or not (e.g. a programmer, torque wrench, magnet or lead for a pacemaker) (rule 8)',
      'ancillary-medicinal-substance': 'It incorporates, as an integral part, a substance that used separately would be a medicinal product (including one derived from human blood or plasma), with an action ancillary to that of the device (rule 14)',
      'contraception-or-sti': 'It is used for contraception or to prevent the transmission of sexually transmitted diseases (rule 15)',
      'contact-lens-care': 'It is specifically intended for disinfecting, cleaning, rinsing or hydrating contact lenses (rule 16)',
      'disinfects-devices': 'It is specifically intended for disinfecting or sterilising medical devices, other than cleaning them by physical action only (rule 16)',
      'records-x-ray-images': 'It is specifically intended for recording diagnostic images generated by X-ray radiation (rule 17)',
      'human-tissue': 'It is manufactured utilising non-viable tissues or cells of human origin, or their derivatives (rule 18)',
      'animal-tissue': 'It is manufactured utilising non-viable tissues or cells of animal origin, or their derivatives (rule 18)',
      nanomaterial: 'It incorporates or consists of nanomaterial (rule 19)',
      'inhaled-medicinal-products': 'It is invasive with respect to a body orifice (not surgically) and administers medicinal products by inhalation (rule 20)',
      'substance-based': 'It is composed of substances introduced via a body orifice or applied to the skin, absorbed by or locally dispersed in the body (rule 21)',
    },
    { cite: 'mdr:annex-VIII-7.1', help: 'Derivatives of animal tissue exclude products made by animals such as milk, silk, beeswax or lanolin (MDCG 2021-24, Rule 18 note 1).' },
  ),
  disinfectsInvasiveEndPoint: bool(
    'Is it a disinfecting solution or washer-disinfector specifically intended for disinfecting invasive devices as the end point of processing?',
    { cite: 'mdr:annex-VIII-7.3' },
  ),
  intactSkinOnly: bool('Is it intended to come into contact with intact skin only?', { cite: 'mdr:annex-VIII-7.5' }),
  nanomaterialExposure: oneOf(
    'What potential for internal exposure to the nanomaterial does it present?',
    { 'high-or-medium': 'High or medium', low: 'Low', negligible: 'Negligible' },
    { cite: 'mdr:annex-VIII-7.6' },
  ),
  inhalationEssentialImpact: bool(
    'Does its mode of action have an essential impact on the efficacy and safety of the inhaled medicinal product (e.g. on inhalation flow, aerosol velocity, particle size or the amount reaching the patient)?',
    { cite: 'mdr:annex-VIII-7.7' },
  ),
  lifeThreateningConditions: bool('Is it intended to treat life-threatening conditions?', { cite: 'mdr:annex-VIII-7.7' }),
  substanceAction: oneOf(
    'Where and how does the substance-based device achieve its intended purpose? (choose the first that applies)',
    {
      systemic: 'It, or its products of metabolism, are systemically absorbed by the body in order to achieve the intended purpose',
      'gi-systemic': 'It achieves its purpose in the stomach or lower gastrointestinal tract, and it or its products of metabolism are systemically absorbed',
      'skin-or-upper-cavity': 'It is applied to the skin, or in the nasal or oral cavity as far as the pharynx, and achieves its purpose there',
      other: 'Elsewhere (e.g. in the stomach without systemic absorption, in the eye, vagina or respiratory tract)',
    },
    { cite: 'mdr:annex-VIII-7.8' },
  ),

  // --- Art 52(7): class I sub-categories ------------------------------------------------------
  sterile: bool('Is it placed on the market in sterile condition?', { cite: 'mdr:art-52(7)(a)' }),
  measuringFunction: bool('Does it have a measuring function?', {
    cite: 'mdr:art-52(7)(b)',
    help: 'A class I device with a measuring function needs a notified body for the metrological aspects.',
  }),
});
