// In Vitro Diagnostic Medical Devices Regulation — Regulation (EU) 2017/746.
import {
  all, any, classIs, duty, eq, event, firstKnown, is, not, oneOf, ref, rule, unless,
} from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition } from '../types.ts';
import { ivdrClass } from './ivdr-annex-viii.ts';

/** A legacy device is placed on the market under its IVDD certificate or declaration (Art 110(3)). */
const notLegacy = not(is('product.medicalDevice.legacyDevice'), {
  label: 'it is not a legacy device still placed on the market under an IVDD certificate or declaration',
  cite: 'ivdr:art-110(3)',
});

const legacy = is('product.medicalDevice.legacyDevice', {
  label: 'it is a legacy device placed on the market under an IVDD certificate or declaration',
  cite: 'ivdr:art-110(3)',
});

/** Annex I section 16 addresses devices with electronic programmable systems and software that is a device. */
const withSoftware = is('product.hasDigitalElements', {
  label: 'it incorporates electronic programmable systems or software, or is software',
  cite: 'ivdr:annex-I-16.1',
});

export const ivdr: ActDefinition = {
  id: 'ivdr',
  kind: 'regulation',
  shortName: 'IVDR',
  title:
    'Regulation (EU) 2017/746 of the European Parliament and of the Council of 5 April 2017 on in vitro diagnostic medical devices and repealing Directive 98/79/EC and Commission Decision 2010/227/EU',
  number: 'Regulation (EU) 2017/746',
  celex: '32017R0746',
  eli: 'http://data.europa.eu/eli/reg/2017/746/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017R0746',
  structure: {
    articles: 113,
    insertedArticles: ['10a'],
    annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'],
  },
  summary:
    'Rules for placing in vitro diagnostic medical devices (including diagnostic software and self-tests) and their accessories on the EU market: general safety and performance requirements (software life cycle with information security, minimum IT-security requirements), classes A–D with notified-body involvement from class A sterile upwards, performance evaluation, post-market surveillance, vigilance with 15/10/2-day reporting, UDI and EUDAMED registration. Legacy devices under Directive 98/79/EC may be placed on the market until 31 December 2027, 2028 or 2029 under conditions.',
  timeline: [
    event('2017-04-05', 'adopted', 'Signed by the Parliament and the Council'),
    event('2017-05-05', 'published', 'Published in the Official Journal (OJ L 117, 5.5.2017, p. 176)'),
    event('2017-05-25', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'ivdr:art-113(1)',
    }),
    event('2022-01-28', 'other', 'Regulation (EU) 2022/112 staggers the transition for devices needing a notified body (superseded by Regulation (EU) 2024/1860)', {
      cite: 'ivdr:art-110',
    }),
    event('2022-05-26', 'applies', 'The Regulation applies', { cite: 'ivdr:art-113(2)' }),
    event('2023-03-20', 'other', 'Regulation (EU) 2023/607 deletes the sell-off date for devices already placed on the market', {
      cite: 'ivdr:art-110(4)',
    }),
    event('2024-07-09', 'other', 'Regulation (EU) 2024/1860 is published and enters into force: extended, conditional transition for legacy devices, gradual EUDAMED roll-out, supply-interruption notice', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2025-01-10', 'applies', 'Duty to give advance notice of an interruption or discontinuation of supply applies (inserted by Regulation (EU) 2024/1860)', {
      part: 'art-10a',
      cite: 'ivdr:art-10a(1)',
    }),
    event('2025-05-26', 'other', 'Legacy devices: last day for an IVDR quality management system, and for a formal application to a notified body for class D devices', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2025-09-26', 'other', 'Legacy class D devices: last day for the written agreement with the notified body', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2025-12-16', 'other', 'Commission proposes a targeted revision of the MDR and IVDR (COM(2025) 1023), including cybersecurity reporting to CSIRTs and ENISA', {
      scenario: 'mdr-ivdr-revision',
      uncertain: 'Pending proposal; status in the co-decision procedure when last checked not established.',
    }),
    event('2026-05-26', 'other', 'Legacy class C devices: last day for a formal application to a notified body', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2026-05-28', 'applies', 'Use of the actor registration, UDI/device registration, notified bodies and certificates, and market surveillance modules of EUDAMED becomes mandatory', {
      part: 'eudamed',
      cite: 'ivdr:art-113(3)(f)',
    }),
    event('2026-09-26', 'other', 'Legacy class C devices: last day for the written agreement with the notified body', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2026-11-27', 'other', 'Devices placed on the market before 28 May 2026 that are still made available, including legacy devices, must be registered in EUDAMED', {
      part: 'eudamed',
      cite: 'ivdr:art-113(3)(f)',
      uncertain: 'Secondary sources give 27 and 28 November 2026 (twelve months after the notice of 27 November 2025); the amended Art 113(3) text was not opened.',
    }),
    event('2027-05-26', 'other', 'Legacy class B and sterile class A devices: last day for a formal application to a notified body', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2027-09-26', 'other', 'Legacy class B and sterile class A devices: last day for the written agreement with the notified body', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2027-12-31', 'other', 'Last day for legacy devices with an IVDD notified-body certificate and for legacy class D devices', {
      cite: 'ivdr:art-110(3)',
    }),
    event('2028-12-31', 'other', 'Last day for legacy class C devices', { cite: 'ivdr:art-110(3)' }),
    event('2029-12-31', 'other', 'Last day for legacy class B and sterile class A devices', { cite: 'ivdr:art-110(3)' }),
  ],
  parts: [
    { id: 'art-10a', title: 'Information on interruption or discontinuation of supply (Art 10a)', cite: 'ivdr:art-10a' },
    { id: 'eudamed', title: 'Mandatory use of the EUDAMED actor, UDI/device, certificate and market surveillance modules', cite: 'ivdr:art-113(3)(f)' },
  ],
  scope: rule(
    'scope',
    'ivdr:art-1(1)',
    'an in vitro diagnostic medical device or an accessory for one',
    firstKnown(
      oneOf('product.medicalDevice.qualification', ['ivd', 'ivd-accessory'], {
        label: 'the manufacturer places it on the market as an IVD or an accessory for one',
        cite: 'ivdr:art-2(4)',
      }),
      all(
        is('product.medicalDevice.medicalPurpose', {
          label: 'the manufacturer intends it for a medical purpose',
          cite: 'ivdr:art-2(2)',
        }),
        is('product.medicalDevice.inVitroExamination', {
          label: 'it is intended for the in vitro examination of specimens derived from the human body',
          cite: 'ivdr:art-2(2)',
        }),
      ),
      { label: 'it is an in vitro diagnostic medical device or an accessory for one', cite: 'ivdr:art-2(2)' },
    ),
    {
      note: 'Software that processes results of in vitro examinations to give information on a physiological or pathological state, a predisposition, treatment response or therapeutic monitoring is an IVD (MDCG 2019-11 rev.1). Products for general laboratory use and research-use-only products (Art 1(3)) and in-house devices of health institutions (Art 5(5)) are not distinguished.',
    },
  ),
  predicates: [
    rule(
      'notified-body',
      'ivdr:art-48',
      'its conformity assessment involves a notified body (every class except non-sterile class A)',
      firstKnown(
        oneOf('product.medicalDevice.class', ['A-sterile', 'B', 'C', 'D'], {
          label: 'it is in IVDR class A sterile, B, C or D',
          cite: 'ivdr:art-48(10)',
        }),
        any(
          classIs('ivdr:class', ['B', 'C', 'D'], {
            label: 'its IVDR class under Annex VIII is B, C or D',
            cite: 'ivdr:art-48(9)',
          }),
          all(
            ref('ivdr:scope'),
            is('product.ivdrClassification.sterile', {
              label: 'it is placed on the market in sterile condition',
              cite: 'ivdr:art-48(10)',
            }),
          ),
        ),
      ),
      {
        note: 'Class A devices are self-declared, except that for sterile class A devices a notified body assesses the aspects of sterility (Art 48(10)); classes B, C and D need a notified body (Art 48(3)–(9)). MDCG 2025-6 / AIB 2025-1 relies on this line to decide when IVD software is a high-risk AI system under AI Act Art 6(1). In-house devices (Art 5(5)) involve no notified body and are not distinguished.',
      },
    ),
  ],
  classifiers: [ivdrClass],
  notifications: [
    {
      id: 'ivdr:serious-incident',
      title: 'Report a serious incident to the competent authority',
      cite: 'ivdr:art-82(1)(a)',
      trigger: all(
        oneOf('incident.deviceSeriousIncident', [
          'serious-deterioration', 'unanticipated-serious-deterioration', 'death', 'serious-public-health-threat',
        ], {
          label: 'the incident led, might have led or might lead to death, a serious deterioration of health or a serious public health threat (a serious incident)',
          cite: 'ivdr:art-2(68)',
        }),
        oneOf('incident.causalLink', ['established', 'reasonably-possible'], {
          label: 'a causal relationship between the device and the incident is established, reasonably possible or suspected',
          cite: 'ivdr:art-82(3)',
        }),
      ),
      who: 'manufacturer',
      recipient: 'medical-device-competent-authority',
      exemptions: [
        unless('expected-erroneous-result', 'ivdr:art-82(1)(a)',
          'the outcome stems from expected erroneous results, clearly documented and quantified in the product information and the technical documentation, which are covered by trend reporting instead',
          is('incident.expectedSideEffect', {
            label: 'the outcome is an expected, documented and quantified erroneous result',
            cite: 'ivdr:art-82(1)(a)',
          })),
      ],
      steps: [
        {
          id: 'report-public-health-threat',
          title: 'Report the serious public health threat',
          cite: 'ivdr:art-82(4)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 2, unit: 'days' } },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
            'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
            'causal-assessment', 'corrective-actions',
          ),
          when: eq('incident.deviceSeriousIncident', 'serious-public-health-threat', {
            label: 'the serious incident is a serious public health threat',
            cite: 'ivdr:art-82(4)',
          }),
          note: 'Runs from awareness of the threat. The report may be incomplete at first (Art 82(6)).',
        },
        {
          id: 'report-death-or-unanticipated-deterioration',
          title: 'Report the death or unanticipated serious deterioration of health',
          cite: 'ivdr:art-82(5)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 10, unit: 'days' } },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
            'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
            'causal-assessment', 'corrective-actions',
          ),
          when: oneOf('incident.deviceSeriousIncident', ['death', 'unanticipated-serious-deterioration'], {
            label: 'the serious incident is a death or an unanticipated serious deterioration in a person’s state of health',
            cite: 'ivdr:art-82(5)',
          }),
          note: 'Due immediately once a causal relationship is established or suspected, and at the latest 10 days after awareness. The report may be incomplete at first (Art 82(6)).',
        },
        {
          id: 'report-serious-incident',
          title: 'Report the serious incident',
          cite: 'ivdr:art-82(3)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 15, unit: 'days' } },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
            'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
            'causal-assessment', 'corrective-actions',
          ),
          when: eq('incident.deviceSeriousIncident', 'serious-deterioration', {
            label: 'the serious incident is neither a serious public health threat nor a death or unanticipated serious deterioration',
            cite: 'ivdr:art-82(3)',
          }),
          note: 'Due immediately once a causal relationship is established or reasonably possible, and at the latest 15 days after awareness. The report may be incomplete at first (Art 82(6)).',
        },
        {
          id: 'final-report',
          title: 'Final report on the investigation',
          cite: 'ivdr:art-84(5)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content(
            'notifier-identity', 'product-identification', 'incident-classification', 'manufacturer-investigation',
            'root-cause', 'causal-assessment', 'corrective-actions',
          ),
          note: 'Completes an incomplete initial report (Art 82(6)) and sets out the findings and conclusions of the investigation the manufacturer must carry out without delay (Art 84(1)). The IVDR fixes no period for it.',
        },
      ],
      note: 'Report to the competent authority of the Member State where the incident occurred. Where reportability is uncertain, report within the deadline anyway (Art 82(7)): an open trigger here should be treated as due. Periodic summary reports are possible by agreement (Art 82(9)). For an IVD, harm often comes indirectly, from a medical decision taken on an incorrect result (MDCG 2023-3 rev.2). Periods are calendar days, the day of awareness not counted.',
    },
    {
      id: 'ivdr:field-safety-corrective-action',
      title: 'Report a field safety corrective action before taking it, and tell users',
      cite: 'ivdr:art-82(1)(b)',
      trigger: is('incident.fscaPlanned', {
        label: 'a field safety corrective action is planned or under way',
        cite: 'ivdr:art-82(1)(b)',
      }),
      who: 'manufacturer',
      recipient: 'medical-device-competent-authority',
      steps: [
        {
          id: 'fsca-report',
          title: 'Report the field safety corrective action, with the draft field safety notice',
          cite: 'ivdr:art-82(8)',
          deadline: { kind: 'before-action', action: 'the field safety corrective action is undertaken' },
          content: content(
            'notifier-identity', 'contact-point', 'product-identification', 'fsca-description', 'field-safety-notice',
            'member-states-made-available', 'root-cause',
          ),
          note: 'Without undue delay and before the action, except in urgent cases where the action must be taken immediately. The draft field safety notice goes to the evaluating (or coordinating) competent authority for comments, except in urgent cases (Art 84(8)).',
        },
        {
          id: 'field-safety-notice',
          title: 'Send the field safety notice to users',
          cite: 'ivdr:art-84(8)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'step', step: 'fsca-report' } },
          content: content('field-safety-notice', 'user-measures', 'product-identification'),
          recipient: 'users',
          note: 'Brought to users’ attention without delay, in the language the Member State requires, and entered in EUDAMED where it is publicly accessible.',
        },
      ],
    },
    {
      id: 'ivdr:trend-report',
      title: 'Report a statistically significant increase in non-serious incidents or expected erroneous results',
      cite: 'ivdr:art-83(1)',
      trigger: is('incident.trendIncrease', {
        label: 'a statistically significant increase in non-serious incidents or expected erroneous results has been found',
        cite: 'ivdr:art-83(1)',
      }),
      who: 'manufacturer',
      recipient: 'medical-device-competent-authority',
      steps: [
        {
          id: 'trend-report',
          title: 'Trend report',
          cite: 'ivdr:art-83(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('notifier-identity', 'product-identification', 'trend-analysis', 'mitigation-measures'),
          note: 'Art 83 sets no period: the trend is established with the method and observation period of the post-market surveillance plan, and the report follows when the increase is found (awareness here means that finding).',
        },
      ],
    },
  ],
  obligations: [
    duty({
      id: 'ivdr:gspr-compliance', role: 'manufacturer', category: 'security-requirements',
      cite: 'ivdr:art-5(2)', title: 'Meet the general safety and performance requirements',
      summary: 'A device must meet the Annex I requirements that apply to it, taking its intended purpose into account, before it is placed on the market or put into service.',
      when: notLegacy,
    }),
    duty({
      id: 'ivdr:risk-management', role: 'manufacturer', category: 'security-requirements',
      cite: 'ivdr:art-10(2)', title: 'Risk management system over the whole life cycle',
      summary: 'Establish, document, implement and maintain a risk management system (Annex I section 3) as a continuous, iterative process over the device’s life cycle; security risks that can affect safety or performance belong in it.',
    }),
    duty({
      id: 'ivdr:it-environment-interaction', role: 'manufacturer', category: 'security-requirements',
      cite: 'ivdr:annex-I-13.2(d)', title: 'Reduce risks from interaction with the IT environment',
      summary: 'Design and manufacture the device so that risks from possible negative interaction between software and the IT environment in which it operates are removed or reduced as far as possible.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'ivdr:electronic-systems-reliability', role: 'manufacturer', category: 'security-requirements',
      cite: 'ivdr:annex-I-16.1', title: 'Repeatable, reliable electronic programmable systems',
      summary: 'Devices with electronic programmable systems, and software that is a device, must deliver repeatability, reliability and performance in line with their intended use, with means to remove or reduce the consequences of a single fault condition.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'ivdr:software-lifecycle-security', role: 'manufacturer', category: 'security-requirements',
      cite: 'ivdr:annex-I-16.2', title: 'State-of-the-art software development including information security',
      summary: 'Develop and manufacture the software to the state of the art, applying the principles of development life cycle, risk management “including information security”, verification and validation.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'ivdr:minimum-it-requirements', role: 'manufacturer', category: 'security-requirements',
      cite: 'ivdr:annex-I-16.4', title: 'Set minimum hardware, network and IT-security requirements',
      summary: 'Set out the minimum requirements on hardware, IT network characteristics and IT security measures, “including protection against unauthorised access”, needed to run the software as intended.',
      when: all(notLegacy, withSoftware),
      note: 'The IVDR has no counterpart of MDR Annex I 18.8 (protection against unauthorised access that could hamper the device): 16.4 is the IVDR’s access-protection hook.',
    }),
    duty({
      id: 'ivdr:ifu-it-security', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ivdr:annex-I-20.4.1(ah)', title: 'State the minimum IT-security requirements in the instructions for use',
      summary: 'For devices with electronic programmable systems or software that is a device, the instructions for use must state the minimum hardware, IT network and IT security requirements, including protection against unauthorised access, needed to run the software as intended.',
      when: all(notLegacy, withSoftware),
    }),
    duty({
      id: 'ivdr:technical-documentation', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ivdr:art-10(4)', title: 'Technical documentation',
      summary: 'Draw up and keep up to date the technical documentation of Annexes II and III, showing how each applicable requirement (including the security-related ones) is met, with verification and validation results.',
      when: notLegacy,
    }),
    duty({
      id: 'ivdr:quality-management-system', role: 'manufacturer', category: 'governance',
      cite: 'ivdr:art-10(8)', title: 'Quality management system',
      summary: 'Establish, document, implement, maintain, keep up to date and continually improve a quality management system proportionate to the risk class, covering among others risk management, performance evaluation, post-market surveillance, vigilance and corrective and preventive action.',
      note: 'Required also for legacy devices: the IVDR QMS had to be in place by 26 May 2025 for the extended transition (Art 110(3) as amended).',
    }),
    duty({
      id: 'ivdr:conformity-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-48(1)', title: 'Conformity assessment before placing on the market',
      summary: 'Before placing a device on the market, carry out the conformity assessment procedure of Annexes IX to XI that its class allows.',
      when: notLegacy,
    }),
    duty({
      id: 'ivdr:notified-body-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-48(3)', title: 'Involve a notified body',
      summary: 'For class B, C and D devices, and for the sterility aspects of sterile class A devices, the conformity assessment involves a notified body.',
      when: all(notLegacy, ref('ivdr:notified-body', { label: 'its conformity assessment involves a notified body', cite: 'ivdr:art-48' })),
    }),
    duty({
      id: 'ivdr:declaration-and-ce-marking', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-17(1)', title: 'EU declaration of conformity and CE marking',
      summary: 'Once conformity has been demonstrated, draw up the EU declaration of conformity (Annex IV), keep it up to date, and affix the CE marking (Art 18).',
      when: notLegacy,
    }),
    duty({
      id: 'ivdr:udi', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ivdr:art-24(3)', title: 'Assign a unique device identifier',
      summary: 'Before placing a device on the market, assign it and, where applicable, all higher packaging levels a UDI, place the UDI carrier on the label, and keep a list of UDIs assigned; software changes that alter performance, safety or interpretation of data need a new UDI-DI.',
      when: notLegacy,
    }),
    duty({
      id: 'ivdr:eudamed-registration', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ivdr:art-26(1)', part: 'eudamed', title: 'Register as an actor and register devices in EUDAMED',
      summary: 'Hold a single registration number (actor registration, Art 28) and, before placing a device on the market, assign its Basic UDI-DI and enter it with the other Annex VI Part A data into the UDI database; keep the data up to date.',
      note: 'EUDAMED use became mandatory on 28 May 2026 (Art 113(3) as amended by Regulation (EU) 2024/1860, notice of Commission Decision (EU) 2025/2371). The vigilance module was not yet mandatory when last checked.',
    }),
    duty({
      id: 'ivdr:register-earlier-devices', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ivdr:art-113(3)(f)', part: 'eudamed', title: 'Register devices placed on the market before EUDAMED became mandatory',
      summary: 'Devices placed on the market before 28 May 2026 that are still made available afterwards, including legacy devices, must be registered in EUDAMED within twelve months of the notice, i.e. by late November 2026.',
      note: 'The exact last day (27 or 28 November 2026) and the point of Art 113(3) holding it were not confirmed against the amended text.',
    }),
    duty({
      id: 'ivdr:prrc', role: 'manufacturer', category: 'governance',
      cite: 'ivdr:art-15(1)', title: 'Person responsible for regulatory compliance',
      summary: 'Have available within the organisation at least one person with the required expertise who is responsible for regulatory compliance, including post-market surveillance and vigilance reporting; micro and small enterprises may instead have such a person permanently and continuously at their disposal (Art 15(2)).',
    }),
    duty({
      id: 'ivdr:corrective-action', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'ivdr:art-10(11)', title: 'Corrective action on non-conformity',
      summary: 'A manufacturer who considers or has reason to believe that a device it placed on the market does not conform must immediately take the corrective action needed, or withdraw or recall it, and inform distributors and, where applicable, the authorised representative and importers.',
    }),
    duty({
      id: 'ivdr:pms-system', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'ivdr:art-78(1)', title: 'Post-market surveillance system',
      summary: 'Plan, establish, document, implement, maintain and update a post-market surveillance system proportionate to the risk class, as part of the QMS, that actively gathers and analyses data on quality, performance and safety (including security vulnerabilities and incidents) and drives preventive and corrective action.',
      note: 'Applies to legacy devices too, in place of the Directive requirements.',
    }),
    duty({
      id: 'ivdr:pms-plan', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'ivdr:art-79', title: 'Post-market surveillance plan',
      summary: 'Base the post-market surveillance system on a plan meeting Annex III section 1, kept in the technical documentation.',
    }),
    duty({
      id: 'ivdr:pms-report', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'ivdr:art-80', title: 'Post-market surveillance report (class A and B)',
      summary: 'For class A and B devices, prepare a post-market surveillance report summarising the results and conclusions of the surveillance data and any preventive and corrective action, update it when necessary and make it available to the notified body and competent authority on request.',
      when: oneOf('product.medicalDevice.class', ['A', 'A-sterile', 'B'], { label: 'it is a class A or B device', cite: 'ivdr:art-80' }),
    }),
    duty({
      id: 'ivdr:psur', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'ivdr:art-81(1)', title: 'Periodic safety update report, at least annually (class C and D)',
      summary: 'For class C and D devices, prepare a PSUR for each device or category or group of devices and update it at least annually; for class D devices submit it through EUDAMED to the notified body, which adds its evaluation.',
      when: oneOf('product.medicalDevice.class', ['C', 'D'], { label: 'it is a class C or D device', cite: 'ivdr:art-81(1)' }),
    }),
    duty({
      id: 'ivdr:report-serious-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-82(3)', title: 'Report a serious incident within 15 days',
      summary: 'Report any serious incident involving a device made available on the Union market (other than expected erroneous results documented in the product information) to the competent authority where it occurred immediately after establishing a causal relationship, or that one is reasonably possible, and not later than 15 days after becoming aware of it.',
      replacedBy: ['mdr-ivdr-revision'],
    }),
    duty({
      id: 'ivdr:report-serious-incident-revised', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-82(3)', title: 'Report an ordinary serious incident (proposed longer deadline)',
      summary: 'Under the proposed revision, serious incidents that involve neither a serious public health threat nor death or an unanticipated serious deterioration of health would be reported within a longer period than the current 15 days.',
      scenario: 'mdr-ivdr-revision',
      note: 'Unverified: secondary sources report 30 days; the proposal text COM(2025) 1023 was not seen.',
    }),
    duty({
      id: 'ivdr:report-public-health-threat', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-82(4)', title: 'Report a serious public health threat within 2 days',
      summary: 'In the event of a serious public health threat, report immediately and not later than 2 days after becoming aware of that threat.',
    }),
    duty({
      id: 'ivdr:report-death-or-serious-deterioration', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-82(5)', title: 'Report a death or unanticipated serious deterioration within 10 days',
      summary: 'In the event of death or an unanticipated serious deterioration in a person’s state of health, report immediately after establishing or suspecting a causal relationship with the device, and not later than 10 days after becoming aware of the serious incident.',
    }),
    duty({
      id: 'ivdr:report-fsca', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-82(1)(b)', title: 'Report field safety corrective actions before taking them',
      summary: 'Report any field safety corrective action (such as a security patch deployed to prevent or reduce the risk of a serious incident) before undertaking it, except in urgent cases where it may be reported at the same time, and inform users through a field safety notice.',
    }),
    duty({
      id: 'ivdr:trend-reporting', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-83(1)', title: 'Trend reporting',
      summary: 'Report any statistically significant increase in the frequency or severity of non-serious incidents, or of expected erroneous results, that could significantly affect the benefit-risk analysis.',
    }),
    duty({
      id: 'ivdr:investigate-serious-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-84(1)', title: 'Investigate serious incidents and field safety corrective actions',
      summary: 'After reporting, carry out the necessary investigations without delay (including a risk assessment and field safety corrective action) and cooperate with the competent authorities and, where relevant, the notified body.',
    }),
    duty({
      id: 'ivdr:report-cyber-vulnerability-or-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ivdr:art-82', title: 'Report actively exploited vulnerabilities and severe incidents to CSIRTs and ENISA (proposed Art 82a)',
      summary: 'Under the proposed new Art 82a, serious incidents that are also actively exploited vulnerabilities or severe incidents in the sense of the Cyber Resilience Act would be shared through EUDAMED with the national CSIRTs and ENISA, and manufacturers would report actively exploited vulnerabilities and severe incidents that are not serious incidents to them through EUDAMED as well.',
      scenario: 'mdr-ivdr-revision',
      note: 'Unverified: content from secondary sources on COM(2025) 1023; the proposal text and the exact deadline (reported as 30 days) were not seen. Cited to Art 82 because Art 82a does not exist yet.',
    }),
    duty({
      id: 'ivdr:supply-interruption-notice', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ivdr:art-10a(1)', part: 'art-10a', title: 'Give notice of an interruption or discontinuation of supply',
      summary: 'Where the manufacturer anticipates interrupting or discontinuing the supply of a device and this could foreseeably result in serious harm or a risk of serious harm to patients or public health, inform the competent authority where it or its authorised representative is established, and the economic operators, health institutions and healthcare professionals it supplies directly, at least six months in advance except in exceptional circumstances, giving the reasons.',
      note: 'Applies to legacy devices as well (Art 110(11) as amended, per Commission Q&A summaries).',
    }),
    duty({
      id: 'ivdr:supply-interruption-relay-importer', role: 'importer', category: 'documentation-and-information',
      cite: 'ivdr:art-10a', part: 'art-10a', title: 'Pass on notice of a supply interruption',
      summary: 'An importer that receives a manufacturer’s notice of an anticipated interruption or discontinuation of supply must pass it on without undue delay to the economic operators, health institutions and healthcare professionals it supplies directly.',
      note: 'Paragraph number of the relay duty within Art 10a not confirmed against the official text.',
    }),
    duty({
      id: 'ivdr:supply-interruption-relay-distributor', role: 'distributor', category: 'documentation-and-information',
      cite: 'ivdr:art-10a', part: 'art-10a', title: 'Pass on notice of a supply interruption',
      summary: 'A distributor that receives notice of an anticipated interruption or discontinuation of supply must pass it on without undue delay to the economic operators, health institutions and healthcare professionals it supplies directly.',
      note: 'Paragraph number of the relay duty within Art 10a not confirmed against the official text.',
    }),
    duty({
      id: 'ivdr:legacy-device-conditions', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-110(3)', title: 'Keep the conditions for placing legacy devices on the market',
      summary: 'A legacy device may still be placed on the market only while it keeps complying with Directive 98/79/EC, undergoes no significant change in design or intended purpose, presents no unacceptable risk, and the manufacturer had an IVDR quality management system by 26 May 2025 and applied to a notified body and signed a written agreement by the class-dependent dates (class D: 26 May / 26 September 2025; class C: 26 May / 26 September 2026; class B and sterile class A: 26 May / 26 September 2027). The IVDR’s post-market surveillance, vigilance, market surveillance and registration requirements apply instead of the Directive’s.',
      when: legacy,
      note: 'Only devices with an IVDD certificate, or self-declared under the IVDD and needing a notified body under the IVDR, are legacy devices; non-sterile class A devices and new devices have had to comply since 26 May 2022.',
    }),
    duty({
      id: 'ivdr:legacy-transition-ends-2027', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-110(3)', title: 'IVDR certificate needed for a legacy class D device after 31 December 2027',
      summary: 'A legacy class D device may be placed on the market or put into service under the transition only until 31 December 2027; after that it needs IVDR certification.',
      when: all(legacy, eq('product.medicalDevice.class', 'D', { label: 'it is in IVDR class D', cite: 'ivdr:art-110(3)' })),
      note: 'Devices covered by an IVDD notified-body certificate (Annex II List A or B, self-testing) also run only to 31 December 2027, whatever their IVDR class; the facts do not record the certificate route.',
    }),
    duty({
      id: 'ivdr:legacy-transition-ends-2028', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-110(3)', title: 'IVDR certificate needed for a legacy class C device after 31 December 2028',
      summary: 'A legacy class C device self-declared under the IVDD may be placed on the market or put into service under the transition only until 31 December 2028.',
      when: all(legacy, eq('product.medicalDevice.class', 'C', { label: 'it is in IVDR class C', cite: 'ivdr:art-110(3)' })),
      note: 'If the device holds an IVDD notified-body certificate, the end date is 31 December 2027.',
    }),
    duty({
      id: 'ivdr:legacy-transition-ends-2029', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ivdr:art-110(3)', title: 'IVDR certificate needed for a legacy class B or sterile class A device after 31 December 2029',
      summary: 'A legacy class B or sterile class A device self-declared under the IVDD may be placed on the market or put into service under the transition only until 31 December 2029.',
      when: all(legacy, oneOf('product.medicalDevice.class', ['B', 'A-sterile'], { label: 'it is in IVDR class B or sterile class A', cite: 'ivdr:art-110(3)' })),
      note: 'If the device holds an IVDD notified-body certificate, the end date is 31 December 2027.',
    }),
    duty({
      id: 'ivdr:authorised-representative-tasks', role: 'authorised-representative', category: 'documentation-and-information',
      cite: 'ivdr:art-11(3)', title: 'Tasks of the authorised representative',
      summary: 'Verify the EU declaration of conformity, technical documentation and conformity assessment, keep copies available to authorities, comply with registration duties, cooperate on preventive or corrective action, forward complaints and reports of suspected incidents to the manufacturer immediately, and terminate the mandate if the manufacturer acts contrary to its obligations.',
    }),
    duty({
      id: 'ivdr:importer-checks', role: 'importer', category: 'conformity-assessment',
      cite: 'ivdr:art-13(2)', title: 'Verify the device before placing it on the market',
      summary: 'Before placing a device on the market, verify that it is CE marked with a declaration of conformity, that the manufacturer is identified and has designated an authorised representative, that labelling and instructions for use are provided, that a UDI has been assigned, and that the device is registered in EUDAMED.',
    }),
    duty({
      id: 'ivdr:importer-complaints-and-incidents', role: 'importer', category: 'incident-reporting',
      cite: 'ivdr:art-13(8)', title: 'Forward complaints and suspected incidents',
      summary: 'Immediately forward to the manufacturer and its authorised representative complaints and reports of suspected incidents from healthcare professionals, patients or users, and keep a register of complaints, non-conforming devices, recalls and withdrawals.',
    }),
    duty({
      id: 'ivdr:distributor-checks', role: 'distributor', category: 'conformity-assessment',
      cite: 'ivdr:art-14(2)', title: 'Verify the device before making it available',
      summary: 'Before making a device available, verify that it bears the CE marking and has a declaration of conformity, is accompanied by the manufacturer’s information, that the importer has met its labelling duties, and that a UDI has been assigned where required.',
    }),
    duty({
      id: 'ivdr:distributor-complaints-and-incidents', role: 'distributor', category: 'incident-reporting',
      cite: 'ivdr:art-14(5)', title: 'Forward complaints and suspected incidents',
      summary: 'Immediately forward complaints or reports of suspected incidents from healthcare professionals, patients or users to the manufacturer and, where applicable, its authorised representative and the importer, and keep a register of complaints.',
    }),
  ],
  notes: [
    'IVDR Annex I mirrors the MDR’s cybersecurity requirements with its own numbering: 13.2(d) (IT environment), 16.1 (electronic programmable systems), 16.2 (software life cycle incl. information security), 16.4 (minimum IT-security requirements incl. protection against unauthorised access), 20.4.1(ah) (instructions for use). There is no counterpart of MDR 18.8.',
    'Products covered by the IVDR are excluded from the Cyber Resilience Act (CRA Art 2(2)(b)) and from the RED delegated act.',
    'Vigilance deadlines mirror the MDR: 15 days in general (Art 82(3)), 2 days for a serious public health threat (Art 82(4)), 10 days for death or unanticipated serious deterioration (Art 82(5)).',
    'Legacy IVDs: end dates of Art 110 as amended by Regulation (EU) 2024/1860 — 31 December 2027 (IVDD certificate, class D), 31 December 2028 (class C), 31 December 2029 (class B and sterile class A) — hold only if the conditions were met. The earlier dates of Regulation (EU) 2022/112 (26 May 2025/2026/2027) are superseded.',
  ],
  sources: [
    { title: 'Regulation (EU) 2017/746 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2017/746/oj/eng' },
    { title: 'Regulation (EU) 2024/1860 (EUDAMED roll-out, Art 10a, IVDR transition)', url: 'https://eur-lex.europa.eu/eli/reg/2024/1860/oj/eng' },
    { title: 'Regulation (EU) 2023/607 (sell-off date deleted)', url: 'https://eur-lex.europa.eu/eli/reg/2023/607/oj/eng' },
    { title: 'European Commission: transitional provisions of the IVDR', url: 'https://health.ec.europa.eu/medical-devices-vitro-diagnostics/transitional-provisions_en' },
    { title: 'MDCG 2019-16 rev.1, Guidance on cybersecurity for medical devices', url: 'https://health.ec.europa.eu/system/files/2022-01/md_cybersecurity_en.pdf' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Cybersecurity GSPR numbering (13.2(d), 16.1, 16.2, 16.4, 20.4.1(ah)) and the absence of an 18.8 counterpart checked against the MDR/IVDR correspondence table and section 3.6 of MDCG 2019-16. One passage of MDCG 2019-16 (section 2.1) cites “20.4.1(c)”, which conflicts with its own table and section 3.6; 20.4.1(ah) is used. Public pages that attribute the MDR 18.8 wording to IVDR 16.4 are wrong.',
      'Transition dates after Regulation (EU) 2024/1860 (31 December 2027/2028/2029; QMS by 26 May 2025; applications by 26 May 2025/2026/2027; agreements by 26 September 2025/2026/2027) confirmed with the Commission’s transitional-provisions page and several consistent notified-body and consultancy summaries. The lettered sub-paragraphs of Art 110(3) were not opened, so dates are cited to Art 110(3).',
      'Art 10a applies from 10 January 2025 (Commission Q&A summaries, national authority page).',
      'Vigilance paragraph numbers Art 82(3)–(5) follow the MDR Art 87 structure, which MDCG 2019-16 presents as parallel; since confirmed against the IVDR text (see the notification-duty note below).',
      'Art 10 paragraph numbers (10(2) risk management, 10(4) technical documentation, 10(8) QMS, 10(11) corrective action) follow the MDR structure without its custom-made paragraph; 10(8) for the QMS is confirmed by notified-body summaries of Regulation (EU) 2024/1860, the others are not confirmed.',
      'EUDAMED: mandatory from 28 May 2026 (Commission Decision (EU) 2025/2371, notice of 27 November 2025); the registration deadline for earlier devices is reported as 27 or 28 November 2026.',
      'The proposed Art 82a comes from secondary commentary on COM(2025) 1023; not verified against the proposal text.',
      'Notification duties: Art 82(1)–(11) and Art 84(5) and (8) checked against a verbatim copy of the EUR-Lex text (CELEX 32017R0746) in a public repository. The paragraph numbers mirror MDR Art 87 and 89 exactly (82(3) 15 days, 82(4) 2 days, 82(5) 10 days, 82(6) incomplete initial report, 82(8) FSCA in advance); the exemption of 82(1)(a) is for expected erroneous results, not side-effects. Definitions are Art 2(67)–(69) (MDCG 2023-3 rev.2). Trend reporting Art 83(1) follows the dossier (medium-high); its text was not opened.',
    ],
  },
};
