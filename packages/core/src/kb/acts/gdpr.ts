// General Data Protection Regulation — Regulation (EU) 2016/679.
import { all, any, duty, eq, event, firstKnown, has, hasAny, is, not, ref, rule, unless } from '../dsl.ts';
import { MEMBER_STATES } from '../../facts/vocabulary.ts';
import type { MemberState } from '../../facts/vocabulary.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition } from '../types.ts';

const EU_MARKETS = Object.keys(MEMBER_STATES) as MemberState[];

/**
 * Data concerning health include information on the provision of healthcare (Art 4(15), recital
 * 35): a healthcare provider processes them whether or not a product is assessed.
 */
const healthData = any(
  is('product.processesHealthData', { label: 'the product processes data concerning health', cite: 'gdpr:art-4(15)' }),
  has('organisation.roles', 'healthcare-provider', {
    label: 'the organisation provides healthcare, which involves data concerning health',
    cite: 'gdpr:art-4(15)',
  }),
);

/** A personal data breach (Art 4(12)), stated or read from the security properties it breached. */
const breachOccurred = firstKnown(
  is('incident.personalDataBreach', { label: 'there was a personal data breach', cite: 'gdpr:art-4(12)' }),
  hasAny('incident.breachTypes', ['confidentiality', 'integrity', 'availability'], {
    label: 'the confidentiality, integrity or availability of personal data was breached',
    cite: 'gdpr:art-4(12)',
  }),
  { label: 'a personal data breach occurred', cite: 'gdpr:art-4(12)' },
);

const highRisk = eq('incident.breachRisk', 'high-risk', {
  label: 'the breach is likely to result in a high risk to the rights and freedoms of natural persons',
  cite: 'gdpr:art-34(1)',
});

/** The exemptions of Art 34(3)(a) and (b), shared by the individual and the public communication. */
const unintelligibleData = unless('unintelligible-data', 'gdpr:art-34(3)(a)',
  'appropriate protection measures, such as encryption, made the affected data unintelligible to anyone not authorised to access them',
  is('incident.dataUnintelligible', { label: 'the affected data were unintelligible to unauthorised persons', cite: 'gdpr:art-34(3)(a)' }));
const riskNoLongerLikely = unless('risk-no-longer-likely', 'gdpr:art-34(3)(b)',
  'measures taken since ensure that the high risk is no longer likely to materialise',
  is('incident.riskNoLongerLikely', { label: 'the high risk is no longer likely to materialise', cite: 'gdpr:art-34(3)(b)' }));

export const gdpr: ActDefinition = {
  id: 'gdpr',
  kind: 'regulation',
  shortName: 'GDPR',
  title:
    'Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC (General Data Protection Regulation)',
  number: 'Regulation (EU) 2016/679',
  celex: '32016R0679',
  eli: 'http://data.europa.eu/eli/reg/2016/679/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679',
  structure: { articles: 99, annexes: [], recitals: 173 },
  summary:
    'Rules for processing personal data: principles, legal bases, special rules for health data, data-subject rights, data protection by design, security of processing, breach notification to the supervisory authority (72 hours) and to data subjects, impact assessments and data protection officers. Applies alongside the MDR, the AI Act, the Data Act and the EHDS, which all leave it untouched.',
  timeline: [
    event('2016-04-27', 'adopted', 'Signed by the Parliament and the Council'),
    event('2016-05-04', 'published', 'Published in the Official Journal (OJ L 119, 4.5.2016, p. 1)'),
    event('2016-05-24', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'gdpr:art-99(1)',
    }),
    event('2018-05-25', 'applies', 'The Regulation applies', { cite: 'gdpr:art-99(2)' }),
    event('2018-05-25', 'other', 'Directive 95/46/EC is repealed', { cite: 'gdpr:art-94(1)' }),
    event('2025-11-19', 'other', 'Commission proposes the Digital Omnibus (COM(2025) 837), which would amend Art 33 (breach notification) among other provisions; a proposal only, switchable as the scenario digital-omnibus'),
  ],
  scope: rule(
    'scope',
    'gdpr:art-2(1)',
    'personal data are processed wholly or partly by automated means, by an organisation established in the Union or offering goods or services to people in the Union',
    all(
      any(
        is('product.processesPersonalData', {
          label: 'the product, its app or its cloud processes personal data',
          cite: 'gdpr:art-2(1)',
        }),
        hasAny('organisation.roles', ['controller', 'processor'], {
          label: 'the organisation processes personal data as a controller or processor',
          cite: 'gdpr:art-4(7)',
        }),
      ),
      any(
        is('organisation.establishedInEu', {
          label: 'the organisation is established in the Union',
          cite: 'gdpr:art-3(1)',
        }),
        hasAny('product.markets', EU_MARKETS, {
          label: 'the product is offered to people in the Union',
          cite: 'gdpr:art-3(2)(a)',
        }),
      ),
    ),
    {
      note: 'Territorial scope is simplified: establishment in the Union (Art 3(1)) or offering the product in a Member State (Art 3(2)(a)). Monitoring behaviour in the Union (Art 3(2)(b)) also brings a non-EU organisation in scope. The exclusions of Art 2(2) (activities outside Union law, CFSP, purely personal activity, law enforcement) are not modelled: none fits a product placed on the market.',
    },
  ),
  predicates: [
    rule(
      'dpo-required',
      'gdpr:art-37(1)',
      'a data protection officer must be designated',
      any(
        is('organisation.publicBody', {
          label: 'the processing is carried out by a public authority or body',
          cite: 'gdpr:art-37(1)(a)',
        }),
        is('organisation.largeScaleMonitoring', {
          label: 'its core activities require regular and systematic monitoring of data subjects on a large scale',
          cite: 'gdpr:art-37(1)(b)',
        }),
        is('organisation.largeScaleSpecialData', {
          label: 'its core activities consist of large-scale processing of special categories of data such as health data',
          cite: 'gdpr:art-37(1)(c)',
        }),
      ),
      { note: 'Courts acting in their judicial capacity are excepted from point (a). Union or national law may require a DPO in further cases (Art 37(4)); Germany, for example, does so by headcount.' },
    ),
    rule(
      'dpia-required',
      'gdpr:art-35(3)(b)',
      'the processing is large-scale processing of health data, for which a data protection impact assessment is always required',
      all(
        healthData,
        is('organisation.largeScaleSpecialData', {
          label: 'special-category data are processed on a large scale',
          cite: 'gdpr:art-35(3)(b)',
        }),
      ),
      { note: 'Art 35(3) lists minimum cases only. Outside them a DPIA is still required where processing is likely to result in a high risk (Art 35(1)); the supervisory authorities’ lists under Art 35(4) commonly name health data processed with new technologies such as wearables and connected devices.' },
    ),
  ],
  notifications: [
    {
      id: 'gdpr:breach-notification-authority',
      title: 'Notify a personal data breach to the supervisory authority within 72 hours',
      cite: 'gdpr:art-33(1)',
      trigger: breachOccurred,
      who: 'controller',
      recipient: 'data-protection-authority',
      exemptions: [
        unless('unlikely-risk', 'gdpr:art-33(1)', 'the breach is unlikely to result in a risk to the rights and freedoms of natural persons',
          eq('incident.breachRisk', 'unlikely', {
            label: 'the controller assesses the breach as unlikely to result in a risk',
            cite: 'gdpr:art-33(1)',
          })),
      ],
      steps: [
        {
          id: 'notification',
          title: 'Notify the breach',
          cite: 'gdpr:art-33(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 72, unit: 'hours' } },
          content: content(
            'notifier-identity', 'contact-point', 'incident-description', 'occurrence-time', 'awareness-time',
            'data-subject-categories', 'data-subjects-number', 'record-categories', 'records-number',
            'likely-consequences', 'mitigation-measures', 'delay-reasons',
          ),
          note: 'The 72 hours hold “where feasible”; a later notification must give the reasons for the delay. For cross-border processing the lead supervisory authority is that of the main establishment (Art 56).',
        },
        {
          id: 'further-information',
          title: 'Provide the remaining information in phases',
          cite: 'gdpr:art-33(4)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'step', step: 'notification' } },
          content: content(
            'incident-description', 'data-subject-categories', 'data-subjects-number', 'record-categories',
            'records-number', 'likely-consequences', 'mitigation-measures',
          ),
          note: 'Only where, and in so far as, the information could not all be given with the notification.',
        },
      ],
      replacedBy: ['digital-omnibus'],
      note: 'Every breach, notified or not, must also be documented (Art 33(5)). Health data and other special categories weigh heavily in the risk assessment (EDPB Guidelines 9/2022): a breach of them will rarely be unlikely to result in a risk.',
    },
    {
      id: 'gdpr:breach-documentation',
      title: 'Document the personal data breach, notified or not',
      cite: 'gdpr:art-33(5)',
      trigger: breachOccurred,
      who: 'controller',
      recipient: 'internal-record',
      steps: [
        {
          id: 'document',
          title: 'Record the facts, effects and remedial action',
          cite: 'gdpr:art-33(5)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('incident-description', 'likely-consequences', 'breach-risk-assessment', 'mitigation-measures'),
          note: 'The GDPR sets no time limit: the record must exist for every breach, including those not notified, and enable the supervisory authority to verify compliance with Art 33. Record the reasoning of the risk assessment too, above all where the breach was not notified (EDPB Guidelines 9/2022, Section V).',
        },
      ],
    },
    {
      id: 'gdpr:breach-notification-authority-omnibus',
      title: 'Notify a high-risk personal data breach through the single entry point within 96 hours (proposal)',
      cite: 'gdpr:art-33(1)',
      trigger: all(
        breachOccurred,
        eq('incident.breachRisk', 'high-risk', {
          label: 'the breach is likely to result in a high risk to the rights and freedoms of natural persons (the proposed threshold)',
          cite: 'gdpr:art-33(1)',
        }),
      ),
      who: 'controller',
      recipient: 'data-protection-authority',
      steps: [
        {
          id: 'notification',
          title: 'Notify the breach through the single entry point',
          cite: 'gdpr:art-33(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 96, unit: 'hours' } },
          content: content(
            'notifier-identity', 'contact-point', 'incident-description', 'occurrence-time', 'awareness-time',
            'data-subject-categories', 'data-subjects-number', 'record-categories', 'records-number',
            'likely-consequences', 'mitigation-measures', 'delay-reasons',
          ),
          note: 'Submitted through the single entry point run by ENISA, which forwards it to the competent supervisory authority; a common EU template is foreseen.',
        },
      ],
      scenario: 'digital-omnibus',
      note: 'Digital Omnibus proposal COM(2025) 837: threshold raised to high risk, 96 hours, single entry point. Not adopted when last checked; the provisions of the proposal were seen only in law-firm summaries and the EDPB-EDPS joint opinion, so the article and paragraph numbering is that of the current Art 33.',
    },
    {
      id: 'gdpr:breach-notification-controller',
      title: 'Tell the controller of a personal data breach without undue delay',
      cite: 'gdpr:art-33(2)',
      trigger: breachOccurred,
      who: 'processor',
      recipient: 'controller',
      steps: [
        {
          id: 'notify-controller',
          title: 'Notify the controller',
          cite: 'gdpr:art-33(2)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content(
            'notifier-identity', 'contact-point', 'incident-description', 'occurrence-time', 'awareness-time',
            'data-subject-categories', 'data-subjects-number', 'record-categories', 'records-number', 'mitigation-measures',
          ),
          note: 'No risk threshold applies: every breach goes to the controller, who assesses the risk. The GDPR sets no hour limit; processor contracts usually do (Art 28(3)(f)).',
        },
      ],
    },
    {
      id: 'gdpr:breach-communication-data-subjects',
      title: 'Tell the people affected by a high-risk personal data breach',
      cite: 'gdpr:art-34(1)',
      trigger: all(
        breachOccurred,
        highRisk,
      ),
      who: 'controller',
      recipient: 'data-subjects',
      exemptions: [
        unintelligibleData,
        riskNoLongerLikely,
        unless('disproportionate-effort', 'gdpr:art-34(3)(c)',
          'telling each person would involve disproportionate effort; a public communication is made instead',
          is('incident.disproportionateEffort', { label: 'individual communication would involve disproportionate effort', cite: 'gdpr:art-34(3)(c)' })),
      ],
      steps: [
        {
          id: 'communicate',
          title: 'Communicate the breach to the people affected',
          cite: 'gdpr:art-34(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('plain-language-summary', 'contact-point', 'likely-consequences', 'mitigation-measures', 'user-measures'),
          note: 'In clear and plain language, with at least the information of Art 33(3)(b)–(d) (Art 34(2)).',
        },
      ],
      note: 'The supervisory authority may require the communication, or decide that an exemption of Art 34(3) applies (Art 34(4)).',
    },
    {
      id: 'gdpr:breach-public-communication',
      title: 'Inform the public of a high-risk breach where individual messages would take disproportionate effort',
      cite: 'gdpr:art-34(3)(c)',
      trigger: all(
        breachOccurred,
        highRisk,
        is('incident.disproportionateEffort', {
          label: 'telling each person would involve disproportionate effort',
          cite: 'gdpr:art-34(3)(c)',
        }),
      ),
      who: 'controller',
      recipient: 'data-subjects',
      exemptions: [
        unintelligibleData,
        riskNoLongerLikely,
      ],
      steps: [
        {
          id: 'public-communication',
          title: 'Public communication or an equally effective measure',
          cite: 'gdpr:art-34(3)(c)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('plain-language-summary', 'contact-point', 'likely-consequences', 'mitigation-measures', 'user-measures'),
          note: 'Informs the people affected in an equally effective manner, e.g. a notice on the product’s app and website.',
        },
      ],
    },
  ],
  obligations: [
    duty({
      id: 'gdpr:principles', role: 'controller', category: 'governance',
      cite: 'gdpr:art-5(1)', title: 'Process personal data according to the principles, and be able to show it',
      summary: 'Process personal data lawfully, fairly and transparently, for specified purposes, limited to what is necessary, accurate, kept no longer than needed and secured; the controller is accountable and must be able to demonstrate compliance (Art 5(2)). Every processing needs a legal basis under Art 6.',
    }),
    duty({
      id: 'gdpr:health-data-condition', role: 'controller', category: 'governance',
      cite: 'gdpr:art-9(2)', title: 'A condition for processing health data',
      summary: 'Processing data concerning health is prohibited (Art 9(1)) unless an Art 9(2) condition is met, for a device typically explicit consent (a), healthcare under professional secrecy (h, with Art 9(3)), or public-health reasons such as the quality and safety of medical devices (i); national law may add conditions (Art 9(4)).',
      when: healthData,
    }),
    duty({
      id: 'gdpr:data-subject-rights', role: 'controller', category: 'data-access-rights',
      cite: 'gdpr:art-12(1)', title: 'Inform data subjects and honour their rights',
      summary: 'Give the information of Arts 13–14 in clear and plain language, and answer requests for access, rectification, erasure, restriction, portability and objection (Arts 15–22) without undue delay and within one month (extendable by two months).',
    }),
    duty({
      id: 'gdpr:data-protection-by-design', role: 'controller', category: 'security-requirements',
      cite: 'gdpr:art-25(1)', title: 'Data protection by design and by default',
      summary: 'When designing the processing and while operating it, build in appropriate technical and organisational measures, such as pseudonymisation and data minimisation; by default process only the data necessary for each purpose and do not make them accessible to an indefinite number of people (Art 25(2)).',
    }),
    duty({
      id: 'gdpr:representative-in-union', role: 'controller', category: 'governance',
      cite: 'gdpr:art-27(1)', title: 'Designate a representative in the Union',
      summary: 'A controller not established in the Union that offers goods or services to people in the Union designates in writing a representative in a Member State where those people are. The exemption of Art 27(2)(a) does not cover large-scale processing of health data.',
      when: not(is('organisation.establishedInEu', { label: 'the organisation is established in the Union', cite: 'gdpr:art-3(1)' })),
    }),
    duty({
      id: 'gdpr:processor-guarantees', role: 'controller', category: 'governance',
      cite: 'gdpr:art-28(1)', title: 'Use only processors with sufficient guarantees, under contract',
      summary: 'Engage only processors (cloud hosting, analytics, support providers) that give sufficient guarantees of appropriate technical and organisational measures, and bind them by a contract or other legal act with the content of Art 28(3).',
    }),
    duty({
      id: 'gdpr:processor-terms', role: 'processor', category: 'governance',
      cite: 'gdpr:art-28(3)', title: 'Process only on documented instructions, under a processor contract',
      summary: 'Act only on the controller’s documented instructions; bind staff to confidentiality; take the Art 32 measures; engage sub-processors only with the controller’s authorisation and on the same terms (Art 28(2), (4)); assist the controller with data-subject requests, security, breach notification and DPIAs; delete or return the data at the end; and submit to audits.',
    }),
    duty({
      id: 'gdpr:records-of-processing', role: 'controller', category: 'documentation-and-information',
      cite: 'gdpr:art-30(1)', title: 'Keep a record of processing activities',
      summary: 'Keep a written (electronic) record of the processing: purposes, categories of data subjects and data, recipients, transfers, retention periods and a general description of the security measures.',
      note: 'The exemption for enterprises under 250 staff (Art 30(5)) does not help here: it lapses where processing is not occasional or includes health data, which is the case for a connected product.',
    }),
    duty({
      id: 'gdpr:records-of-processing-processor', role: 'processor', category: 'documentation-and-information',
      cite: 'gdpr:art-30(2)', title: 'Keep a record of processing carried out for controllers',
      summary: 'Keep a record of the categories of processing carried out on behalf of each controller, transfers, and a general description of the security measures.',
    }),
    duty({
      id: 'gdpr:security-of-processing', role: 'controller', category: 'security-requirements',
      cite: 'gdpr:art-32(1)', title: 'Security of processing appropriate to the risk',
      summary: 'Taking into account the state of the art, costs and the risks, implement measures including as appropriate: (a) pseudonymisation and encryption; (b) ongoing confidentiality, integrity, availability and resilience of systems and services; (c) the ability to restore availability and access to data in a timely manner after an incident; (d) regular testing and evaluation of the measures.',
    }),
    duty({
      id: 'gdpr:security-of-processing-processor', role: 'processor', category: 'security-requirements',
      cite: 'gdpr:art-32(1)', title: 'Security of processing appropriate to the risk (processor)',
      summary: 'The processor takes the same risk-based measures as the controller: (a) pseudonymisation and encryption; (b) confidentiality, integrity, availability and resilience; (c) timely restoration after an incident; (d) regular testing and evaluation.',
    }),
    duty({
      id: 'gdpr:breach-notification-authority', role: 'controller', category: 'incident-reporting',
      cite: 'gdpr:art-33(1)', title: 'Notify a personal data breach to the supervisory authority within 72 hours',
      summary: 'Notify the competent (lead) supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of a personal data breach, unless it is unlikely to result in a risk to people’s rights and freedoms; give reasons for any delay. The notification contains at least the content of Art 33(3) and may be given in phases (Art 33(4)).',
      replacedBy: ['digital-omnibus'],
    }),
    duty({
      id: 'gdpr:breach-notification-authority-omnibus', role: 'controller', category: 'incident-reporting',
      cite: 'gdpr:art-33(1)', title: 'Notify a high-risk personal data breach through the single entry point within 96 hours (proposal)',
      summary: 'Under the Digital Omnibus proposal: notify the supervisory authority only of breaches likely to result in a high risk to people’s rights and freedoms, within 96 hours of becoming aware, through the single entry point run by ENISA, using a common EU template.',
      scenario: 'digital-omnibus',
      note: 'Proposal COM(2025) 837 of 19 November 2025; not adopted when last checked. Current law is the 72-hour duty above.',
    }),
    duty({
      id: 'gdpr:processor-breach-notice', role: 'processor', category: 'incident-reporting',
      cite: 'gdpr:art-33(2)', title: 'Tell the controller of a breach without undue delay',
      summary: 'A processor notifies the controller without undue delay after becoming aware of a personal data breach; the GDPR sets no hour limit, the processor contract usually does.',
    }),
    duty({
      id: 'gdpr:breach-documentation', role: 'controller', category: 'incident-reporting',
      cite: 'gdpr:art-33(5)', title: 'Document every personal data breach',
      summary: 'Document every personal data breach, notified or not: the facts, its effects and the remedial action taken, so the supervisory authority can verify compliance.',
    }),
    duty({
      id: 'gdpr:breach-communication-data-subjects', role: 'controller', category: 'incident-reporting',
      cite: 'gdpr:art-34(1)', title: 'Tell affected people of a high-risk breach',
      summary: 'Where a breach is likely to result in a high risk to people’s rights and freedoms, communicate it to them without undue delay in clear and plain language, with at least the information of Art 33(3)(b)–(d). Not needed where the data were unintelligible to others (e.g. encrypted), later measures remove the high risk, or it would take disproportionate effort (then a public communication) (Art 34(3)).',
    }),
    duty({
      id: 'gdpr:dpia', role: 'controller', category: 'security-requirements',
      cite: 'gdpr:art-35(1)', title: 'Data protection impact assessment before processing',
      summary: 'Before the processing, assess the impact of the envisaged processing on the protection of personal data (at least the content of Art 35(7)): description and purposes, necessity and proportionality, risks to people, and the measures to address them; consult the supervisory authority first where a high risk remains (Art 36).',
      when: ref('gdpr:dpia-required'),
    }),
    duty({
      id: 'gdpr:dpo', role: 'controller', category: 'governance',
      cite: 'gdpr:art-37(1)', title: 'Designate a data protection officer',
      summary: 'Designate a data protection officer with expert knowledge of data protection law, publish the contact details and communicate them to the supervisory authority (Art 37(7)); involve the DPO properly and in good time (Art 38).',
      when: ref('gdpr:dpo-required'),
    }),
    duty({
      id: 'gdpr:dpo-processor', role: 'processor', category: 'governance',
      cite: 'gdpr:art-37(1)', title: 'Designate a data protection officer (processor)',
      summary: 'A processor whose core activities meet Art 37(1) designates a data protection officer and communicates the contact details to the supervisory authority.',
      when: ref('gdpr:dpo-required'),
    }),
  ],
  notes: [
    'Health data (Art 4(15)) include vital signs, glucose readings and ECG traces from connected devices; processing them needs a condition of Art 9(2) in addition to a legal basis of Art 6.',
    'One incident can trigger Art 33 GDPR (72 hours, supervisory authority) alongside MDR vigilance, NIS2 Art 23 and AI Act Art 73, each with its own clock and recipient.',
    'The Digital Omnibus proposal (COM(2025) 837) would raise the Art 33 threshold to high risk, extend the deadline to 96 hours and route notifications through a single entry point; it is modelled as the scenario `digital-omnibus`, off by default.',
  ],
  sources: [
    { title: 'Regulation (EU) 2016/679 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng' },
    { title: 'Proposal for a Digital Omnibus, COM(2025) 837', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0837' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Arts 2, 3, 5, 9, 25, 27, 28, 30, 32–35, 37 and 99 encoded from the OJ text as recorded in the project’s fact dossier (high confidence, consistent sources); they were not re-read word by word in this check. No amendment of these articles in force was found.',
      'Entry into force 24 May 2016 (twentieth day after publication on 4 May 2016); application 25 May 2018.',
      'Digital Omnibus (COM(2025) 837): the proposed 96-hour, high-risk, single-entry-point notification is confirmed by several law-firm summaries and the EDPB-EDPS joint opinion; no provisional agreement, adoption or publication was found in sources up to late 2026, so it stays a scenario.',
      'Notification duties: Art 33(1)–(5) checked against a verbatim copy of the text (GDPRhub); Art 34(1)–(4) and Art 4(12) encoded from the fact dossier’s high-confidence summary of the OJ text, not re-read word by word.',
    ],
  },
};
