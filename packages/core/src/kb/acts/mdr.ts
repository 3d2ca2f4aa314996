// Medical Devices Regulation — Regulation (EU) 2017/745.
import {
  all, any, classIs, duty, eq, event, firstKnown, is, not, oneOf, ref, rule, unless,
} from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition } from '../types.ts';
import { mdrClass, mdrQualification } from './mdr-annex-viii.ts';

/**
 * A legacy device is placed on the market under its Directive certificate or declaration
 * (Art 120(3)): the Directive's essential requirements and conformity route still govern its
 * design, while the MDR's post-market, vigilance and registration duties already apply.
 */
const notLegacy = not(is('product.medicalDevice.legacyDevice'), {
  label: 'it is not a legacy device still placed on the market under a Directive certificate or declaration',
  cite: 'mdr:art-120(3)',
});

const legacy = is('product.medicalDevice.legacyDevice', {
  label: 'it is a legacy device placed on the market under a Directive certificate or declaration',
  cite: 'mdr:art-120(3)',
});

/** Annex I Chapter II section 17 addresses devices with electronic programmable systems and software that is a device. */
const withSoftware = is('product.hasDigitalElements', {
  label: 'it incorporates electronic programmable systems or software, or is software',
  cite: 'mdr:annex-I-17.1',
});

const classIIIorImplantableIIb = any(
  eq('product.medicalDevice.class', 'III', { label: 'it is in class III', cite: 'mdr:art-120(3a)(a)' }),
  all(
    eq('product.medicalDevice.class', 'IIb', { label: 'it is in class IIb', cite: 'mdr:art-120(3a)(a)' }),
    is('product.medicalDevice.implantable', { label: 'it is implantable', cite: 'mdr:art-120(3a)(a)' }),
  ),
);

const legacyUntil2028 = any(
  oneOf('product.medicalDevice.class', ['IIa', 'Is', 'Im', 'Ir'], {
    label: 'it is in class IIa, or class I sterile, measuring or reusable surgical',
    cite: 'mdr:art-120(3a)(b)',
  }),
  all(
    eq('product.medicalDevice.class', 'IIb', { label: 'it is in class IIb', cite: 'mdr:art-120(3a)(b)' }),
    not(is('product.medicalDevice.implantable'), { label: 'it is not implantable', cite: 'mdr:art-120(3a)(b)' }),
  ),
);

export const mdr: ActDefinition = {
  id: 'mdr',
  kind: 'regulation',
  shortName: 'MDR',
  title:
    'Regulation (EU) 2017/745 of the European Parliament and of the Council of 5 April 2017 on medical devices, amending Directive 2001/83/EC, Regulation (EC) No 178/2002 and Regulation (EC) No 1223/2009 and repealing Council Directives 90/385/EEC and 93/42/EEC',
  number: 'Regulation (EU) 2017/745',
  celex: '32017R0745',
  eli: 'http://data.europa.eu/eli/reg/2017/745/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017R0745',
  structure: {
    articles: 123,
    insertedArticles: ['10a'],
    annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'],
  },
  summary:
    'Rules for placing medical devices, their accessories and the Annex XVI products without a medical purpose on the EU market: general safety and performance requirements (including software life cycle, information security and protection against unauthorised access), risk-based classification and conformity assessment, post-market surveillance, vigilance with 15/10/2-day reporting, UDI and EUDAMED registration. Devices under the Directives (legacy devices) may still be placed on the market until 31 December 2027 or 2028 under conditions. In vitro diagnostic devices fall under the IVDR instead.',
  timeline: [
    event('2017-04-05', 'adopted', 'Signed by the Parliament and the Council'),
    event('2017-05-05', 'published', 'Published in the Official Journal (OJ L 117, 5.5.2017, p. 1)'),
    event('2017-05-25', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'mdr:art-123(1)',
    }),
    event('2020-04-24', 'other', 'Regulation (EU) 2020/561 postpones the date of application by one year, to 26 May 2021', {
      cite: 'mdr:art-123(2)',
    }),
    event('2021-05-26', 'applies', 'The Regulation applies (date as postponed by Regulation (EU) 2020/561)', {
      cite: 'mdr:art-123(2)',
    }),
    event('2023-03-20', 'other', 'Regulation (EU) 2023/607 extends the transition for legacy devices to 31 December 2027/2028 under conditions and deletes the sell-off date', {
      cite: 'mdr:art-120(3)',
    }),
    event('2024-05-26', 'other', 'Legacy devices: last day for an MDR quality management system and for a formal application to a notified body', {
      cite: 'mdr:art-120(3c)(d)',
    }),
    event('2024-09-26', 'other', 'Legacy devices: last day for the written agreement with the notified body', {
      cite: 'mdr:art-120(3c)(e)',
    }),
    event('2025-01-10', 'applies', 'Duty to give advance notice of an interruption or discontinuation of supply applies (inserted by Regulation (EU) 2024/1860)', {
      part: 'art-10a',
      cite: 'mdr:art-10a(1)',
    }),
    event('2025-11-27', 'other', 'Notice that four EUDAMED modules are functional (Commission Decision (EU) 2025/2371) is published in the Official Journal, starting the six-month transition', {
      cite: 'mdr:art-34(3)',
    }),
    event('2025-12-16', 'other', 'Commission proposes a targeted revision of the MDR and IVDR (COM(2025) 1023), including cybersecurity reporting to CSIRTs and ENISA', {
      scenario: 'mdr-ivdr-revision',
      uncertain: 'Pending proposal; status in the co-decision procedure when last checked not established.',
    }),
    event('2026-05-26', 'other', 'End of the transition for class III custom-made implantable devices without a notified-body certificate', {
      cite: 'mdr:art-120',
    }),
    event('2026-05-28', 'applies', 'Use of the actor registration, UDI/device registration, notified bodies and certificates, and market surveillance modules of EUDAMED becomes mandatory', {
      part: 'eudamed',
      cite: 'mdr:art-123(3)(d)',
    }),
    event('2026-11-27', 'other', 'Devices placed on the market before 28 May 2026 that are still made available, including legacy devices, must be registered in EUDAMED', {
      part: 'eudamed',
      cite: 'mdr:art-123(3)(e)',
      uncertain: 'Secondary sources give 27 and 28 November 2026 (twelve months after the notice of 27 November 2025); the amended Art 123(3)(e) text was not opened.',
    }),
    event('2027-12-31', 'other', 'Last day on which legacy class III devices and implantable class IIb devices (other than the listed sutures, staples, screws, plates and the like) may be placed on the market or put into service', {
      cite: 'mdr:art-120(3a)(a)',
    }),
    event('2028-12-31', 'other', 'Last day for the other legacy devices: class IIb (non-implantable or listed), IIa, class I sterile or measuring, and class I devices up-classified under the MDR', {
      cite: 'mdr:art-120(3a)(b)',
    }),
  ],
  parts: [
    { id: 'art-10a', title: 'Information on interruption or discontinuation of supply (Art 10a)', cite: 'mdr:art-10a' },
    { id: 'eudamed', title: 'Mandatory use of the EUDAMED actor, UDI/device, certificate and market surveillance modules', cite: 'mdr:art-123(3)(d)' },
  ],
  scope: rule(
    'scope',
    'mdr:art-1(1)',
    'a medical device or accessory for a medical device, or a product without a medical purpose listed in Annex XVI, other than an in vitro diagnostic device',
    firstKnown(
      oneOf('product.medicalDevice.qualification', ['medical-device', 'md-accessory', 'annex-xvi'], {
        label: 'the manufacturer places it on the market as a medical device, an accessory for one, or an Annex XVI product',
        cite: 'mdr:art-1(2)',
      }),
      is('product.medicalDevice.medicalPurpose', {
        label: 'the manufacturer intends it for a medical purpose (diagnosis, prevention, monitoring, prediction, prognosis, treatment or alleviation of disease, injury or disability, …)',
        cite: 'mdr:art-2(1)',
      }),
      { label: 'it is a medical device, an accessory for one, or an Annex XVI product', cite: 'mdr:art-1(1)' },
    ),
    {
      unless: [
        unless('ivd', 'mdr:art-1(6)(a)', 'it is an in vitro diagnostic medical device covered by the IVDR', firstKnown(
          oneOf('product.medicalDevice.qualification', ['ivd', 'ivd-accessory'], {
            label: 'the manufacturer places it on the market as an IVD or an accessory for one',
            cite: 'ivdr:art-2(2)',
          }),
          is('product.medicalDevice.inVitroExamination', {
            label: 'it is intended for the in vitro examination of specimens derived from the human body',
            cite: 'ivdr:art-2(2)',
          }),
        )),
      ],
      note: 'Qualification follows the intended purpose the manufacturer states (MDCG 2019-11 rev.1 for software). An accessory or an Annex XVI product has no medical purpose of its own: state its qualification rather than the medical purpose. The other exclusions of Art 1(6) (medicinal products, cosmetics, blood, tissues, food) are not encoded.',
    },
  ),
  predicates: [
    rule(
      'notified-body',
      'mdr:art-52',
      'its conformity assessment involves a notified body (every class except class I that is neither sterile, nor measuring, nor a reusable surgical instrument)',
      firstKnown(
        oneOf('product.medicalDevice.class', ['Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'], {
          label: 'it is in class Is, Im, Ir, IIa, IIb or III',
          cite: 'mdr:art-52(7)',
        }),
        classIs('mdr:class', ['Is', 'Im', 'Ir', 'IIa', 'IIb', 'III'], {
          label: 'Annex VIII puts it in class IIa, IIb or III, or in class I sterile, measuring or reusable surgical',
          cite: 'mdr:art-52(7)',
        }),
      ),
      {
        note: 'Class I devices that are not sterile, have no measuring function and are not reusable surgical instruments are self-declared (Art 52(7)); all other classes need a notified body (Art 52(3)–(7)). MDCG 2025-6 / AIB 2025-1 relies on this line to decide when MDR software is a high-risk AI system under AI Act Art 6(1). Annex XVI products are classified under Annex VIII as reclassified by Implementing Regulation (EU) 2022/2347 and follow the same line. Custom-made devices (Art 52(8)) are not distinguished.',
      },
    ),
  ],
  classifiers: [mdrQualification, mdrClass],
  notifications: [
    {
      id: 'mdr:serious-incident',
      title: 'Report a serious incident to the competent authority',
      cite: 'mdr:art-87(1)(a)',
      trigger: all(
        oneOf('incident.deviceSeriousIncident', [
          'serious-deterioration', 'unanticipated-serious-deterioration', 'death', 'serious-public-health-threat',
        ], {
          label: 'the incident led, might have led or might lead to death, a serious deterioration of health or a serious public health threat (a serious incident)',
          cite: 'mdr:art-2(65)',
        }),
        oneOf('incident.causalLink', ['established', 'reasonably-possible'], {
          label: 'a causal relationship between the device and the incident is established, reasonably possible or suspected',
          cite: 'mdr:art-87(3)',
        }),
      ),
      who: 'manufacturer',
      recipient: 'medical-device-competent-authority',
      exemptions: [
        unless('expected-side-effect', 'mdr:art-87(1)(a)',
          'the outcome is an expected side-effect, clearly documented in the product information and quantified in the technical documentation, which is covered by trend reporting instead',
          is('incident.expectedSideEffect', {
            label: 'the outcome is an expected, documented and quantified side-effect',
            cite: 'mdr:art-87(1)(a)',
          })),
      ],
      steps: [
        {
          id: 'report-public-health-threat',
          title: 'Report the serious public health threat',
          cite: 'mdr:art-87(4)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 2, unit: 'days' } },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
            'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
            'causal-assessment', 'corrective-actions',
          ),
          when: eq('incident.deviceSeriousIncident', 'serious-public-health-threat', {
            label: 'the serious incident is a serious public health threat',
            cite: 'mdr:art-87(4)',
          }),
          note: 'Runs from awareness of the threat. The report may be incomplete at first (Art 87(6)).',
        },
        {
          id: 'report-death-or-unanticipated-deterioration',
          title: 'Report the death or unanticipated serious deterioration of health',
          cite: 'mdr:art-87(5)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 10, unit: 'days' } },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
            'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
            'causal-assessment', 'corrective-actions',
          ),
          when: oneOf('incident.deviceSeriousIncident', ['death', 'unanticipated-serious-deterioration'], {
            label: 'the serious incident is a death or an unanticipated serious deterioration in a person’s state of health',
            cite: 'mdr:art-87(5)',
          }),
          note: 'Due immediately once a causal relationship is established or suspected, and at the latest 10 days after awareness. The report may be incomplete at first (Art 87(6)).',
        },
        {
          id: 'report-serious-incident',
          title: 'Report the serious incident',
          cite: 'mdr:art-87(3)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 15, unit: 'days' } },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
            'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
            'causal-assessment', 'corrective-actions',
          ),
          when: eq('incident.deviceSeriousIncident', 'serious-deterioration', {
            label: 'the serious incident is neither a serious public health threat nor a death or unanticipated serious deterioration',
            cite: 'mdr:art-87(3)',
          }),
          note: 'Due immediately once a causal relationship is established or reasonably possible, and at the latest 15 days after awareness. The report may be incomplete at first (Art 87(6)).',
        },
        {
          id: 'final-report',
          title: 'Final report on the investigation',
          cite: 'mdr:art-89(5)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content(
            'notifier-identity', 'product-identification', 'incident-classification', 'manufacturer-investigation',
            'root-cause', 'causal-assessment', 'corrective-actions',
          ),
          note: 'Completes an incomplete initial report (Art 87(6)) and sets out the findings and conclusions of the investigation the manufacturer must carry out without delay (Art 89(1)). The MDR fixes no period for it; competent authorities may set one.',
        },
      ],
      note: 'Report to the competent authority of the Member State where the incident occurred. Where it is uncertain whether the incident is reportable, report within the deadline anyway (Art 87(7)): an open trigger here should be treated as due. Similar incidents with a known root cause may go into periodic summary reports by agreement with the coordinating competent authority (Art 87(9)). Reports use the MIR form through national channels until the EUDAMED vigilance module is mandatory (Art 92). Periods are calendar days, the day of awareness not counted (MDCG 2023-3 rev.2). The pending revision (COM(2025) 1023) would lengthen the 15-day period; the proposal text was not seen, so no scenario variant is encoded.',
    },
    {
      id: 'mdr:field-safety-corrective-action',
      title: 'Report a field safety corrective action before taking it, and tell users',
      cite: 'mdr:art-87(1)(b)',
      trigger: is('incident.fscaPlanned', {
        label: 'a field safety corrective action is planned or under way',
        cite: 'mdr:art-87(1)(b)',
      }),
      who: 'manufacturer',
      recipient: 'medical-device-competent-authority',
      steps: [
        {
          id: 'fsca-report',
          title: 'Report the field safety corrective action, with the draft field safety notice',
          cite: 'mdr:art-87(8)',
          deadline: { kind: 'before-action', action: 'the field safety corrective action is undertaken' },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'fsca-description', 'field-safety-notice',
            'member-states-made-available', 'root-cause',
          ),
          note: 'Without undue delay and before the action, except in urgent cases where the action must be taken immediately. The draft field safety notice goes to the evaluating (or coordinating) competent authority for comments, except in urgent cases (Art 89(8)). An action taken outside the Union is reportable where its reason is not limited to the devices there (Art 87(1)(b)).',
        },
        {
          id: 'field-safety-notice',
          title: 'Send the field safety notice to users',
          cite: 'mdr:art-89(8)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'step', step: 'fsca-report' } },
          content: content('field-safety-notice', 'user-measures', 'product-identification'),
          recipient: 'users',
          note: 'Brought to users’ attention without delay, in the language the Member State requires, and entered in EUDAMED where it is publicly accessible.',
        },
      ],
    },
    {
      id: 'mdr:trend-report',
      title: 'Report a statistically significant increase in non-serious incidents or expected side-effects',
      cite: 'mdr:art-88(1)',
      trigger: is('incident.trendIncrease', {
        label: 'a statistically significant increase in non-serious incidents or expected side-effects has been found',
        cite: 'mdr:art-88(1)',
      }),
      who: 'manufacturer',
      recipient: 'medical-device-competent-authority',
      steps: [
        {
          id: 'trend-report',
          title: 'Trend report',
          cite: 'mdr:art-88(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('notifier-identity', 'product-identification', 'trend-analysis', 'mitigation-measures'),
          note: 'Art 88 sets no period: the trend is established with the method and observation period of the post-market surveillance plan, and the report follows when the increase is found (awareness here means that finding). Timelines may be set by implementing act (Art 91(d)); none had been adopted when checked.',
        },
      ],
    },
  ],
  obligations: [
    duty({
      id: 'mdr:gspr-compliance', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:art-5(2)', title: 'Meet the general safety and performance requirements',
      summary: 'A device must meet the Annex I requirements that apply to it, taking its intended purpose into account, before it is placed on the market or put into service; Annex I covers security risks with a safety impact as part of risk reduction.',
      when: notLegacy,
    }),
    duty({
      id: 'mdr:risk-management', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:art-10(2)', title: 'Risk management system over the whole life cycle',
      summary: 'Establish, document, implement and maintain a risk management system (Annex I section 3) as a continuous, iterative process over the device’s life cycle, updated with post-market information; security risks that can affect safety or performance belong in it.',
    }),
    duty({
      id: 'mdr:it-environment-interaction', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:annex-I-14.2(d)', title: 'Reduce risks from interaction with the IT environment',
      summary: 'Design and manufacture the device so that risks from “possible negative interaction between software and the IT environment” in which it operates are removed or reduced as far as possible.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'mdr:electronic-systems-reliability', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:annex-I-17.1', title: 'Repeatable, reliable electronic programmable systems',
      summary: 'Devices with electronic programmable systems, and software that is a device, must deliver repeatability, reliability and performance in line with their intended use, with means to remove or reduce the consequences of a single fault condition.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'mdr:software-lifecycle-security', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:annex-I-17.2', title: 'State-of-the-art software development including information security',
      summary: 'Develop and manufacture the software to the state of the art, applying the principles of development life cycle, risk management “including information security”, verification and validation.',
      when: all(notLegacy, withSoftware),
      note: 'Harmonised standards give presumption of conformity only once cited in the OJ; EN IEC 81001-5-1 was not cited under the MDR when last checked and is used as state of the art.',
    }),
    duty({
      id: 'mdr:minimum-it-requirements', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:annex-I-17.4', title: 'Set minimum hardware, network and IT-security requirements',
      summary: 'Set out the minimum requirements on hardware, IT network characteristics and IT security measures, “including protection against unauthorised access”, needed to run the software as intended.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'mdr:protection-against-unauthorised-access', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdr:annex-I-18.8', title: 'Protect against unauthorised access',
      summary: 'Active devices and devices connected to them must be designed and manufactured to protect, as far as possible, against unauthorised access that could stop the device from functioning as intended.',
      when: all(notLegacy, withSoftware),
      note: 'Section 18 addresses active devices and devices connected to them; the IVDR has no counterpart of this point.',
    }),
    duty({
      id: 'mdr:ifu-it-security', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdr:annex-I-23.4(ab)', title: 'State the minimum IT-security requirements in the instructions for use',
      summary: 'For devices with electronic programmable systems or software that is a device, the instructions for use must state the minimum hardware, IT network and IT security requirements, including protection against unauthorised access, needed to run the software as intended.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'mdr:technical-documentation', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdr:art-10(4)', title: 'Technical documentation',
      summary: 'Draw up and keep up to date the technical documentation of Annexes II and III, showing how each applicable requirement (including the security-related ones) is met, with verification and validation results; keep it for at least ten years after the last device is placed on the market (fifteen for implantables, Art 10(8)).',
      when: notLegacy,
    }),
    duty({
      id: 'mdr:quality-management-system', role: 'manufacturer', category: 'governance',
      cite: 'mdr:art-10(9)', title: 'Quality management system',
      summary: 'Establish, document, implement, maintain, keep up to date and continually improve a quality management system proportionate to the risk class, covering among others risk management, clinical evaluation, post-market surveillance, vigilance, corrective and preventive action and management of resources including suppliers.',
      note: 'Required also for legacy devices: the MDR QMS had to be in place by 26 May 2024 for the extended transition (Art 120(3c)(d)).',
    }),
    duty({
      id: 'mdr:conformity-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'mdr:art-52(1)', title: 'Conformity assessment before placing on the market',
      summary: 'Before placing a device on the market, carry out the conformity assessment procedure of Annexes IX to XI that its class allows.',
      when: notLegacy,
    }),
    duty({
      id: 'mdr:notified-body-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'mdr:art-52(3)', title: 'Involve a notified body',
      summary: 'For class Is, Im, Ir, IIa, IIb and III devices the conformity assessment involves a notified body, which audits the quality management system and assesses technical documentation (for class III and IIb implantables, per device); software security evidence is part of that review.',
      when: all(notLegacy, ref('mdr:notified-body', { label: 'its conformity assessment involves a notified body', cite: 'mdr:art-52' })),
    }),
    duty({
      id: 'mdr:declaration-and-ce-marking', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'mdr:art-19(1)', title: 'EU declaration of conformity and CE marking',
      summary: 'Once conformity has been demonstrated, draw up the EU declaration of conformity (Annex IV), keep it up to date, and affix the CE marking (Art 20).',
      when: notLegacy,
    }),
    duty({
      id: 'mdr:udi', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdr:art-27(3)', title: 'Assign a unique device identifier',
      summary: 'Before placing a device (other than a custom-made one) on the market, assign it and, where applicable, all higher packaging levels a UDI, place the UDI carrier on the label, and keep a list of UDIs assigned; software gets a UDI at system level and a new UDI-DI for changes that alter the original performance, safety or interpretation of data.',
      when: notLegacy,
    }),
    duty({
      id: 'mdr:eudamed-registration', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdr:art-29(1)', part: 'eudamed', title: 'Register as an actor and register devices in EUDAMED',
      summary: 'Hold a single registration number (actor registration, Art 31) and, before placing a device on the market, assign its Basic UDI-DI and enter it with the other Annex VI Part A data into the UDI database; keep the data up to date.',
      note: 'EUDAMED use became mandatory on 28 May 2026, six months after the notice of Commission Decision (EU) 2025/2371 (Art 123(3)(d) as amended by Regulation (EU) 2024/1860). The vigilance and clinical-investigation modules were not yet mandatory when last checked: vigilance reports still go through national channels.',
    }),
    duty({
      id: 'mdr:register-earlier-devices', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdr:art-123(3)(e)', part: 'eudamed', title: 'Register devices placed on the market before EUDAMED became mandatory',
      summary: 'Devices placed on the market before 28 May 2026 that are still made available afterwards, including legacy devices, must be registered in EUDAMED within twelve months of the notice, i.e. by late November 2026.',
      note: 'The exact last day (27 or 28 November 2026) is reported differently by secondary sources; the amended text of Art 123(3)(e) was not opened.',
    }),
    duty({
      id: 'mdr:prrc', role: 'manufacturer', category: 'governance',
      cite: 'mdr:art-15(1)', title: 'Person responsible for regulatory compliance',
      summary: 'Have available within the organisation at least one person with the required expertise who is responsible for regulatory compliance, including post-market surveillance and vigilance reporting; micro and small enterprises may instead have such a person permanently and continuously at their disposal (Art 15(2)).',
    }),
    duty({
      id: 'mdr:corrective-action', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdr:art-10(12)', title: 'Corrective action on non-conformity',
      summary: 'A manufacturer who considers or has reason to believe that a device it placed on the market does not conform must immediately take the corrective action needed to bring it into conformity, or withdraw or recall it, and inform distributors and, where applicable, the authorised representative and importers.',
    }),
    duty({
      id: 'mdr:pms-system', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdr:art-83(1)', title: 'Post-market surveillance system',
      summary: 'Plan, establish, document, implement, maintain and update a post-market surveillance system proportionate to the risk class, as part of the QMS, that actively and systematically gathers and analyses data on quality, performance and safety (including security vulnerabilities and incidents) and drives preventive and corrective action.',
      note: 'Applies to legacy devices too, in place of the Directive requirements (Art 120(3d)).',
    }),
    duty({
      id: 'mdr:pms-plan', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdr:art-84', title: 'Post-market surveillance plan',
      summary: 'Base the post-market surveillance system on a plan meeting Annex III section 1.1, kept in the technical documentation.',
    }),
    duty({
      id: 'mdr:pms-report', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdr:art-85', title: 'Post-market surveillance report (class I)',
      summary: 'For class I devices, prepare a post-market surveillance report summarising the results and conclusions of the surveillance data and any preventive and corrective action, update it when necessary and make it available to the competent authority on request.',
      when: oneOf('product.medicalDevice.class', ['I', 'Is', 'Im', 'Ir'], { label: 'it is a class I device', cite: 'mdr:art-85' }),
    }),
    duty({
      id: 'mdr:psur-annual', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdr:art-86(1)', title: 'Periodic safety update report, at least annually (class IIb and III)',
      summary: 'For class IIb and III devices, prepare a PSUR for each device or category or group of devices and update it at least once a year; for class III and implantable devices submit it through EUDAMED to the notified body, which adds its evaluation (Art 86(2)).',
      when: oneOf('product.medicalDevice.class', ['IIb', 'III'], { label: 'it is a class IIb or III device', cite: 'mdr:art-86(1)' }),
      note: 'The pending revision would lighten the PSUR cycle (e.g. once in the first year after certification and every two years thereafter); that change is reported by secondary sources only.',
    }),
    duty({
      id: 'mdr:psur-biennial', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdr:art-86(1)', title: 'Periodic safety update report, at least every two years (class IIa)',
      summary: 'For class IIa devices, prepare a PSUR and update it when necessary and at least every two years; make it available to the notified body and, on request, to competent authorities.',
      when: eq('product.medicalDevice.class', 'IIa', { label: 'it is a class IIa device', cite: 'mdr:art-86(1)' }),
    }),
    duty({
      id: 'mdr:report-serious-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-87(3)', title: 'Report a serious incident within 15 days',
      summary: 'Report any serious incident involving a device made available on the Union market (other than expected, documented side-effects) to the competent authority of the Member State where it occurred immediately after establishing a causal relationship, or that one is reasonably possible, and not later than 15 days after becoming aware of it. A cybersecurity incident is reportable when it meets the serious-incident definition of Art 2(65).',
      replacedBy: ['mdr-ivdr-revision'],
      note: 'Where reportability is uncertain, report within the deadline anyway (Art 87(7)); an incomplete initial report may be followed by a complete one (Art 87(6)). Reports go to national channels until the EUDAMED vigilance module is mandatory.',
    }),
    duty({
      id: 'mdr:report-serious-incident-revised', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-87(3)', title: 'Report an ordinary serious incident (proposed longer deadline)',
      summary: 'Under the proposed revision, serious incidents that involve neither a serious public health threat nor death or an unanticipated serious deterioration of health would be reported within a longer period than the current 15 days.',
      scenario: 'mdr-ivdr-revision',
      note: 'Unverified: secondary sources report 30 days; the proposal text COM(2025) 1023 was not seen. The 2-day and 10-day deadlines are reported as unchanged.',
    }),
    duty({
      id: 'mdr:report-public-health-threat', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-87(4)', title: 'Report a serious public health threat within 2 days',
      summary: 'In the event of a serious public health threat, report immediately and not later than 2 days after becoming aware of that threat.',
    }),
    duty({
      id: 'mdr:report-death-or-serious-deterioration', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-87(5)', title: 'Report a death or unanticipated serious deterioration within 10 days',
      summary: 'In the event of death or an unanticipated serious deterioration in a person’s state of health, report immediately after establishing or suspecting a causal relationship with the device, and not later than 10 days after becoming aware of the serious incident.',
    }),
    duty({
      id: 'mdr:report-fsca', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-87(1)(b)', title: 'Report field safety corrective actions before taking them',
      summary: 'Report any field safety corrective action (such as a security patch deployed to prevent or reduce the risk of a serious incident) before undertaking it, except in urgent cases where it may be reported at the same time (Art 87(8)), and inform users through a field safety notice (Art 89(8)).',
    }),
    duty({
      id: 'mdr:trend-reporting', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-88(1)', title: 'Trend reporting',
      summary: 'Report any statistically significant increase in the frequency or severity of non-serious incidents or expected undesirable side-effects that could significantly affect the benefit-risk analysis, using the method set in the post-market surveillance plan.',
    }),
    duty({
      id: 'mdr:investigate-serious-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-89(1)', title: 'Investigate serious incidents and field safety corrective actions',
      summary: 'After reporting, carry out the necessary investigations without delay (including a risk assessment and field safety corrective action), cooperate with the competent authorities and the notified body, and do not alter the device or sample in a way that could affect later evaluation without informing the authority.',
    }),
    duty({
      id: 'mdr:report-cyber-vulnerability-or-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdr:art-87', title: 'Report actively exploited vulnerabilities and severe incidents to CSIRTs and ENISA (proposed Art 87a)',
      summary: 'Under the proposed new Art 87a, serious incidents that are also actively exploited vulnerabilities or severe incidents in the sense of the Cyber Resilience Act would be shared through EUDAMED with the national CSIRTs and ENISA, and manufacturers would report actively exploited vulnerabilities and severe incidents that are not serious incidents to them through EUDAMED as well.',
      scenario: 'mdr-ivdr-revision',
      note: 'Unverified: content from secondary sources (Osborne Clarke, 15 January 2026; Health-ISAC; dirkmueller8.com, March 2026); the proposal text and the exact deadline (reported as 30 days) were not seen. Cited to Art 87 because Art 87a does not exist yet.',
    }),
    duty({
      id: 'mdr:supply-interruption-notice', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdr:art-10a(1)', part: 'art-10a', title: 'Give notice of an interruption or discontinuation of supply',
      summary: 'Where the manufacturer anticipates interrupting or discontinuing the supply of a device (other than a custom-made one) and this could foreseeably result in serious harm or a risk of serious harm to patients or public health, inform the competent authority where it or its authorised representative is established, and the economic operators, health institutions and healthcare professionals it supplies directly, at least six months in advance except in exceptional circumstances, giving the reasons.',
      note: 'Applies to legacy devices as well. Relevant to end-of-support decisions for connected devices. MDCG 2024-16 provides the manufacturer information form.',
    }),
    duty({
      id: 'mdr:supply-interruption-relay-importer', role: 'importer', category: 'documentation-and-information',
      cite: 'mdr:art-10a', part: 'art-10a', title: 'Pass on notice of a supply interruption',
      summary: 'An importer that receives a manufacturer’s notice of an anticipated interruption or discontinuation of supply must pass it on without undue delay to the economic operators, health institutions and healthcare professionals it supplies directly.',
      note: 'Paragraph number of the relay duty within Art 10a not confirmed against the official text.',
    }),
    duty({
      id: 'mdr:supply-interruption-relay-distributor', role: 'distributor', category: 'documentation-and-information',
      cite: 'mdr:art-10a', part: 'art-10a', title: 'Pass on notice of a supply interruption',
      summary: 'A distributor that receives notice of an anticipated interruption or discontinuation of supply must pass it on without undue delay to the economic operators, health institutions and healthcare professionals it supplies directly.',
      note: 'Paragraph number of the relay duty within Art 10a not confirmed against the official text.',
    }),
    duty({
      id: 'mdr:legacy-device-conditions', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'mdr:art-120(3c)', title: 'Keep the conditions for placing legacy devices on the market',
      summary: 'A legacy device may still be placed on the market only while it keeps complying with the MDD or AIMDD, undergoes no significant change in design or intended purpose, presents no unacceptable risk, and the manufacturer had an MDR quality management system by 26 May 2024, applied to a notified body by 26 May 2024 and signed a written agreement by 26 September 2024. The MDR’s post-market surveillance, vigilance, market surveillance and registration requirements apply instead of the Directive’s (Art 120(3d)).',
      when: legacy,
      note: 'What counts as a significant change: MDCG 2020-3 rev.1. A software update that changes the intended purpose or adds significant new functions can end the legacy status.',
    }),
    duty({
      id: 'mdr:legacy-transition-ends-2027', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'mdr:art-120(3a)(a)', title: 'MDR certificate needed for a legacy class III or implantable class IIb device after 31 December 2027',
      summary: 'A legacy class III device, or an implantable class IIb device other than sutures, staples, dental fillings and braces, tooth crowns, screws, wedges, plates, wires, pins, clips and connectors, may be placed on the market or put into service under its Directive certificate only until 31 December 2027; after that it needs MDR certification.',
      when: all(legacy, classIIIorImplantableIIb),
      note: 'The listed implantable class IIb items (sutures, staples, screws, plates, …) run to 31 December 2028; the facts do not distinguish them.',
    }),
    duty({
      id: 'mdr:legacy-transition-ends-2028', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'mdr:art-120(3a)(b)', title: 'MDR certificate needed for other legacy devices after 31 December 2028',
      summary: 'Other legacy devices — class IIb (not implantable), class IIa, class I sterile or with a measuring function, and devices self-declared under the MDD that need a notified body under the MDR (Art 120(3b), e.g. software up-classified by Rule 11) — may be placed on the market or put into service only until 31 December 2028.',
      when: all(legacy, legacyUntil2028),
    }),
    duty({
      id: 'mdr:authorised-representative-tasks', role: 'authorised-representative', category: 'documentation-and-information',
      cite: 'mdr:art-11(3)', title: 'Tasks of the authorised representative',
      summary: 'Verify the EU declaration of conformity and technical documentation and the conformity assessment, keep copies available to authorities, comply with registration duties, cooperate with competent authorities on preventive or corrective action, forward complaints and reports of suspected incidents to the manufacturer immediately, and terminate the mandate if the manufacturer acts contrary to its obligations.',
      note: 'The authorised representative is jointly and severally liable with the non-EU manufacturer for defective devices (Art 11(5)).',
    }),
    duty({
      id: 'mdr:importer-checks', role: 'importer', category: 'conformity-assessment',
      cite: 'mdr:art-13(2)', title: 'Verify the device before placing it on the market',
      summary: 'Before placing a device on the market, verify that it is CE marked with a declaration of conformity, that the manufacturer is identified and has designated an authorised representative, that labelling and instructions for use are provided, that a UDI has been assigned, and that the device is registered in EUDAMED.',
    }),
    duty({
      id: 'mdr:importer-complaints-and-incidents', role: 'importer', category: 'incident-reporting',
      cite: 'mdr:art-13(8)', title: 'Forward complaints and suspected incidents',
      summary: 'Immediately forward to the manufacturer and its authorised representative complaints and reports of suspected incidents from healthcare professionals, patients or users, and keep a register of complaints, non-conforming devices, recalls and withdrawals.',
    }),
    duty({
      id: 'mdr:distributor-checks', role: 'distributor', category: 'conformity-assessment',
      cite: 'mdr:art-14(2)', title: 'Verify the device before making it available',
      summary: 'Before making a device available, verify that it bears the CE marking and has a declaration of conformity, is accompanied by the manufacturer’s information, that the importer has met its labelling duties, and that a UDI has been assigned where required.',
    }),
    duty({
      id: 'mdr:distributor-complaints-and-incidents', role: 'distributor', category: 'incident-reporting',
      cite: 'mdr:art-14(5)', title: 'Forward complaints and suspected incidents',
      summary: 'Immediately forward complaints or reports of suspected incidents from healthcare professionals, patients or users to the manufacturer and, where applicable, its authorised representative and the importer, and keep a register of complaints, non-conforming devices, recalls and withdrawals.',
    }),
    duty({
      id: 'mdr:health-institution-udi-records', role: 'healthcare-provider', category: 'documentation-and-information',
      cite: 'mdr:art-27(9)', title: 'Keep the UDIs of class III implantable devices',
      summary: 'Health institutions must store and keep, preferably by electronic means, the UDI of the class III implantable devices they supplied or were supplied with.',
      when: all(
        eq('product.medicalDevice.class', 'III', { label: 'it is a class III device', cite: 'mdr:art-27(9)' }),
        is('product.medicalDevice.implantable', { label: 'it is implantable', cite: 'mdr:art-27(9)' }),
      ),
    }),
  ],
  notes: [
    'Cybersecurity in the MDR is carried by the general safety and performance requirements (Annex I 14.2(d), 17.1, 17.2, 17.4, 18.8, 23.4(ab)) and by post-market surveillance and vigilance; MDCG 2019-16 rev.1 explains them but is not binding.',
    'Products covered by the MDR are excluded from the Cyber Resilience Act (CRA Art 2(2)(a)) and from the RED delegated act (Delegated Regulation (EU) 2022/30 Art 2(1)(a): none of the requirements of RED Art 3(3)(d), (e) and (f) apply to radio equipment the MDR covers; Art 2(1)(b) does the same for the IVDR); a companion app, gateway or cloud service that is not itself a device or an accessory can still fall under the CRA.',
    'Vigilance deadlines run from the manufacturer’s awareness: 15 days in general (Art 87(3)), 2 days for a serious public health threat (Art 87(4)), 10 days for death or unanticipated serious deterioration (Art 87(5)). Some secondary sources swap the 2 and 10 days or quote the old MEDDEV 30-day scheme: both are wrong.',
    'Legacy devices: the end dates of Art 120(3a) as amended by Regulation (EU) 2023/607 (31 December 2027 / 31 December 2028) hold only if the conditions of Art 120(3c) were met. Devices already placed on the market may continue to be made available: the sell-off date was deleted.',
    'The pending targeted revision (COM(2025) 1023) would also write cybersecurity explicitly into Annex I, soften Rule 11 and lighten PSUR cycles; only the reporting changes are encoded, as scenario obligations.',
  ],
  sources: [
    { title: 'Regulation (EU) 2017/745 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj/eng' },
    { title: 'Regulation (EU) 2023/607 (transition for legacy devices)', url: 'https://eur-lex.europa.eu/eli/reg/2023/607/oj/eng' },
    { title: 'Regulation (EU) 2024/1860 (EUDAMED roll-out, Art 10a, IVDR transition)', url: 'https://eur-lex.europa.eu/eli/reg/2024/1860/oj/eng' },
    { title: 'MDCG 2019-16 rev.1, Guidance on cybersecurity for medical devices', url: 'https://health.ec.europa.eu/system/files/2022-01/md_cybersecurity_en.pdf' },
    { title: 'Proposal COM(2025) 1023 for a targeted revision of the MDR and IVDR', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC1023' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Annex I 17.2, 17.4 and 18.8 wording checked against quotations of the Regulation in MDCG 2019-16 and in public repositories that opened the OJ text: 17.4 is the minimum hardware/network/IT-security requirements “including protection against unauthorised access”; 18.8 is protection “against unauthorised access that could hamper the device from functioning as intended”. A blog that places unauthorised access in 17.2 is wrong.',
      'The carve-out from the RED delegated act: Delegated Regulation (EU) 2022/30 Art 2(1) — “By way of derogation from Article 1, the essential requirements set out in Article 3(3), points (d), (e) and (f), of Directive 2014/53/EU shall not apply to radio equipment to which either of the following Union legislation also applies: (a) Regulation (EU) 2017/745; (b) Regulation (EU) 2017/746.” — checked on 2026-12-07 against a copy of the OJ HTML (OJ L 7, 12.1.2022, p. 6) kept in a public repository; the citation had wrongly named Art 1(2) before.',
      'Annex I 14.2(d), 17.1 and 23.4(ab) taken from the MDR/IVDR correspondence table and section 3.6 of MDCG 2019-16.',
      'Art 87(3)–(5) deadlines 15 / 2 / 10 days confirmed against several consistent sources quoting the legal text; sources swapping 2 and 10 days, or giving 30 days, were rejected.',
      'Art 120(3a)–(3d) as amended by Regulation (EU) 2023/607: end dates 31 December 2027 (class III, implantable IIb except listed items) and 31 December 2028 (other IIb, IIa, Is/Im, up-classified class I), QMS and application by 26 May 2024, written agreement by 26 September 2024, confirmed with a public summary of the OJ text (OJ L 80, 20.3.2023) and several consistent secondary sources. The paragraph holding the custom-made class III implantable date (26 May 2026) was not confirmed and is cited to Art 120 as a whole.',
      'Art 10a (Regulation (EU) 2024/1860) applies from 10 January 2025: confirmed by the Danish Medicines Agency and Commission Q&A summaries; the paragraph of the downstream relay duty was not confirmed.',
      'EUDAMED: Commission Decision (EU) 2025/2371 published 27 November 2025; four modules mandatory from 28 May 2026 (several consistent sources). The registration deadline for devices placed on the market earlier is given as 27 or 28 November 2026 by different sources and is marked uncertain.',
      'The proposed Art 87a and the longer ordinary serious-incident deadline come from secondary commentary on COM(2025) 1023; the proposal text was not seen and its status in late 2026 could not be established.',
      'Notification duties: Art 2(64)–(68), Art 87(1)–(11), Art 88(1) and Art 89(1), (5) and (8) checked against a verbatim copy of the EUR-Lex text (CELEX 32017R0745) in a public repository; 15 / 10 / 2 days, the incomplete initial report (87(6)), reporting when reportability is uncertain (87(7)), FSCA reported in advance except in urgent cases (87(8)) and the field safety notice without delay (89(8)) confirmed. Calendar-day counting from the day after awareness taken from MDCG 2023-3 rev.2 (January 2025). The MIR form headings behind the dossier fields are paraphrased from practice, not from a checked copy of the form.',
    ],
  },
};
