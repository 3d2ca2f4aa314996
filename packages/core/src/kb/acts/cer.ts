// Critical Entities Resilience Directive — Directive (EU) 2022/2557.
import { all, classRule, duty, event, firstKnown, hasAny, is, not, oneOf, ref, rule } from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition, StartsAfter } from '../types.ts';

/**
 * Chapter III applies to a critical entity ten months after the Member State notifies it of its
 * identification (Art 6(3)): the engine dates each duty from the notification date in the profile.
 */
const tenMonthsAfterNotification: StartsAfter = {
  fact: 'organisation.cerNotifiedOn',
  months: 10,
  label: 'ten months after the entity is notified of its identification as a critical entity',
  cite: 'cer:art-6(3)',
};

/**
 * The entity's own risk assessment is due within nine months of the notification, "notwithstanding"
 * the ten months of Art 6(3) (Art 12(1)): the one duty of Chapter III that falls due earlier.
 */
const nineMonthsAfterNotification: StartsAfter = {
  fact: 'organisation.cerNotifiedOn',
  months: 9,
  label: 'nine months after the entity is notified of its identification as a critical entity: the risk assessment must have been carried out by then',
  cite: 'cer:art-12(1)',
};

export const cer: ActDefinition = {
  id: 'cer',
  kind: 'directive',
  shortName: 'CER',
  title:
    'Directive (EU) 2022/2557 of the European Parliament and of the Council of 14 December 2022 on the resilience of critical entities and repealing Council Directive 2008/114/EC',
  number: 'Directive (EU) 2022/2557',
  celex: '32022L2557',
  eli: 'http://data.europa.eu/eli/dir/2022/2557/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022L2557',
  structure: { articles: 29, annexes: ['I'] },
  summary:
    'All-hazards resilience of entities that Member States identify as critical for essential services, including in health (healthcare providers, EU reference laboratories, medicinal-product research and manufacture, makers of critical devices, medicine wholesalers): risk assessment, resilience measures and plan, background checks, and notification of disruptive incidents within 24 hours. Critical entities are also essential entities under NIS2.',
  timeline: [
    event('2022-12-14', 'adopted', 'Signed by the Parliament and the Council'),
    event('2022-12-27', 'published', 'Published in the Official Journal (OJ L 333, 27.12.2022, p. 164)'),
    event('2023-01-16', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'cer:art-28' }),
    event('2024-10-17', 'transposition-deadline', 'Member States adopt and publish the national measures', { cite: 'cer:art-26(1)' }),
    event('2024-10-18', 'applies', 'National measures apply; Council Directive 2008/114/EC is repealed with effect from this day (Art 27)', {
      cite: 'cer:art-26(1)',
    }),
    event('2025-11-19', 'other', 'Digital Omnibus proposal: incident notifications under CER through a single entry point run by ENISA', {
      scenario: 'digital-omnibus',
    }),
    event('2026-01-17', 'other', 'Member States adopt their strategy on the resilience of critical entities and carry out their risk assessment', {
      cite: 'cer:art-4(1)',
    }),
    event('2026-07-17', 'other', 'Member States identify the critical entities for the sectors of the Annex, then notify each within one month; Chapter III applies to an entity ten months after its notification', {
      cite: 'cer:art-6(1)',
    }),
  ],
  scope: rule(
    'scope',
    'cer:art-6(1)',
    'an entity identified by a Member State as a critical entity for one of the sectors of the Annex (in health: healthcare providers, EU reference laboratories, medicinal-product researchers and manufacturers, makers of critical devices and holders of a wholesale distribution authorisation for medicines)',
    firstKnown(
      is('organisation.cerCriticalEntity', {
        label: 'a Member State has identified it as a critical entity',
        cite: 'cer:art-6(1)',
      }),
      all(
        hasAny('organisation.healthActivities', [
          'healthcare-provision', 'eu-reference-laboratory', 'medicinal-product-research',
          'pharmaceutical-manufacturing', 'critical-device-manufacturing', 'medicinal-product-distribution',
        ], {
          label: 'it belongs to a category of the health sector of the Annex, which a Member State may identify as critical',
          cite: 'cer:art-6(1)',
        }),
        is('organisation.cerCriticalEntity', {
          label: 'a Member State has identified it as a critical entity',
          cite: 'cer:art-6(1)',
        }),
      ),
      {
        label: 'it has been identified as a critical entity (only entities of the Annex’s categories can be)',
        cite: 'cer:art-6(1)',
      },
    ),
    {
      note: 'Identification is a decision of the Member State (Art 6), due by 17 July 2026 and reviewed at least every four years. Health-sector categories of the Annex: healthcare providers (Directive 2011/24/EU Art 3(g)); EU reference laboratories (Regulation (EU) 2022/2371 Art 15); research and development of medicinal products (Directive 2001/83/EC Art 1(2)); manufacture of basic pharmaceutical products and preparations (NACE C21); manufacture of medical devices on the public-health-emergency critical devices list (Regulation (EU) 2022/123 Art 22); holders of a distribution authorisation (Directive 2001/83/EC Art 79). Ordinary medical-device manufacturers are not a category of the Annex. The other sectors of the Annex (energy, transport, banking, water, digital infrastructure, …) are outside the facts this knowledge base asks about: state the identification directly.',
    },
  ),
  predicates: [
    rule(
      'critical-entity',
      'cer:art-6(1)',
      'it is a critical entity: a Member State has identified it under Art 6',
      is('organisation.cerCriticalEntity', {
        label: 'a Member State has identified it as a critical entity',
        cite: 'cer:art-6(1)',
      }),
    ),
  ],
  classifiers: [
    {
      id: 'status',
      subject: 'organisation',
      title: 'CER critical-entity status',
      cite: 'cer:art-6(1)',
      mode: 'highest',
      outcomes: ['not-critical', 'may-be-identified', 'critical-entity'],
      outcomeInfo: {
        'not-critical': { label: 'Not a critical entity', consequence: 'No CER duties.' },
        'may-be-identified': {
          label: 'Of a type a Member State may identify as critical (not identified)',
          consequence: 'No CER duties yet; Member States had to identify critical entities by 17 July 2026 (Art 6(1)) and review the list at least every four years.',
          cite: 'cer:art-6(1)',
        },
        'critical-entity': {
          label: 'Critical entity',
          consequence: 'Chapter III duties ten months after notification (Art 6(3)); also an essential entity under NIS2 (NIS2 Art 3(1)(f)).',
          cite: 'cer:art-6(3)',
        },
      },
      rules: [
        classRule('not-critical', 'cer:art-6(1)', 'it has not been identified as a critical entity', 'not-critical',
          not(ref('cer:critical-entity'), { label: 'it is not a critical entity', cite: 'cer:art-6(1)' })),
        classRule('health-type', 'cer:art-6(1)', 'it belongs to a health category of the Annex, which a Member State may identify as critical', 'may-be-identified',
          all(
            not(ref('cer:critical-entity'), { label: 'it has not been identified as a critical entity', cite: 'cer:art-6(1)' }),
            hasAny('organisation.healthActivities', [
              'healthcare-provision', 'eu-reference-laboratory', 'medicinal-product-research',
              'pharmaceutical-manufacturing', 'critical-device-manufacturing', 'medicinal-product-distribution',
            ], { label: 'it belongs to a health category of the Annex', cite: 'cer:annex-I' }),
          )),
        classRule('critical', 'cer:art-6(1)', 'a Member State has identified it as a critical entity', 'critical-entity',
          ref('cer:critical-entity', { label: 'it is a critical entity', cite: 'cer:art-6(1)' })),
      ],
    },
  ],
  notifications: [
    {
      id: 'cer:incident-notification',
      title: 'Notify an incident that disrupts an essential service',
      cite: 'cer:art-15(1)',
      startsAfter: tenMonthsAfterNotification,
      trigger: oneOf('incident.essentialServiceDisruption', ['significant', 'potential'], {
        label: 'the incident significantly disrupts, or could significantly disrupt, the provision of an essential service',
        cite: 'cer:art-15(1)',
      }),
      who: 'critical-entity',
      recipient: 'cer-competent-authority',
      steps: [
        {
          id: 'initial-notification',
          title: 'Initial notification',
          cite: 'cer:art-15(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 24, unit: 'hours' } },
          content: content(
            'notifier-identity', 'awareness-time', 'incident-description', 'root-cause', 'likely-consequences',
            'users-affected', 'disruption-duration', 'geographic-area', 'cross-border-impact',
          ),
          note: 'The 24 hours hold unless the entity is operationally unable to notify in time; the notification is then still due without undue delay. It carries the information available to understand the nature, cause and possible consequences of the incident, including any cross-border impact (Art 15(2)).',
        },
        {
          id: 'detailed-report',
          title: 'Detailed report',
          cite: 'cer:art-15(1)',
          deadline: { kind: 'within', period: { amount: 1, unit: 'months' }, anchor: { kind: 'step', step: 'initial-notification' } },
          content: content(
            'detailed-description', 'root-cause', 'likely-consequences', 'users-affected', 'disruption-duration',
            'geographic-area', 'cross-border-impact', 'mitigation-measures',
          ),
          note: 'Due “where relevant”, at the latest one month after the initial notification.',
        },
      ],
      note: 'Chapter III, and with it this duty, applies to a critical entity from ten months after the Member State notified it of its identification (Art 6(3)), i.e. from `organisation.cerNotifiedOn` plus ten months. Every hazard counts, not only cyber incidents; a cyber incident of a critical entity is also reported under NIS2 Art 23, since the entity is an essential entity there. Notifying does not by itself increase the entity’s liability (Art 15(2)). Under the Digital Omnibus proposal (scenario digital-omnibus) the notification would go through a single entry point run by ENISA, with the same deadlines.',
    },
  ],
  obligations: [
    duty({
      id: 'cer:risk-assessment', role: 'critical-entity', category: 'security-requirements',
      cite: 'cer:art-12(1)', title: 'Risk assessment by the critical entity',
      summary: 'Within nine months of being notified of its identification, and then when needed and at least every four years, assess all relevant risks that could disrupt its essential services — natural and man-made, accidents, public-health emergencies, hybrid and terrorist threats, and dependencies on other sectors and Member States — building on the Member State’s own risk assessment.',
      startsAfter: nineMonthsAfterNotification,
      note: 'Art 12(1) sets nine months from the notification under Art 6(3) “notwithstanding” the ten months after which the rest of Chapter III applies: the date shown is the date by which the first risk assessment must exist.',
    }),
    duty({
      id: 'cer:resilience-measures', role: 'critical-entity', category: 'security-requirements',
      cite: 'cer:art-13(1)', title: 'Technical, security and organisational resilience measures',
      summary: 'From ten months after the notification: take proportionate measures, based on the risk assessments, to prevent incidents, physically protect premises and critical infrastructure, respond to, resist and mitigate incidents, recover (business continuity, alternative supply chains), manage employee security (including who may access critical sites and information) and raise staff awareness.',
      startsAfter: tenMonthsAfterNotification,
      note: 'Chapter III applies ten months after the notification (Art 6(3)).',
    }),
    duty({
      id: 'cer:resilience-plan', role: 'critical-entity', category: 'documentation-and-information',
      cite: 'cer:art-13', title: 'Resilience plan and liaison officer',
      summary: 'From ten months after the notification: describe the resilience measures in a resilience plan or equivalent documents (existing documents under other law may serve) and designate a liaison officer or equivalent as the point of contact with the competent authorities.',
      startsAfter: tenMonthsAfterNotification,
      note: 'Chapter III applies ten months after the notification (Art 6(3)). The paragraph numbering within Art 13 was not re-checked against the official text.',
    }),
    duty({
      id: 'cer:background-checks', role: 'critical-entity', category: 'governance',
      cite: 'cer:art-14', title: 'Background checks for sensitive roles',
      summary: 'From ten months after the notification, and where national law provides for it: a critical entity may ask for background checks on persons holding sensitive roles in or for it, or authorised to access its premises, information or control systems; the checks must be proportionate and limited to what is strictly necessary.',
      startsAfter: tenMonthsAfterNotification,
      note: 'A possibility the Member State must open, not a duty on the entity; whether and how checks are done follows national law and the GDPR.',
    }),
    duty({
      id: 'cer:incident-initial-notification', role: 'critical-entity', category: 'incident-reporting',
      cite: 'cer:art-15(1)', title: 'Initial notification of a disruptive incident within 24 hours',
      summary: 'From ten months after the notification: notify the competent authority without undue delay of incidents that significantly disrupt, or could significantly disrupt, the provision of essential services, and, unless operationally unable to do so, send an initial notification no later than 24 hours after becoming aware of the incident. Significance depends on the number and proportion of users affected, the duration and the geographical area affected.',
      startsAfter: tenMonthsAfterNotification,
      note: 'Cyber incidents of a critical entity are also reported under NIS2 Art 23 (it is an essential entity there); CER covers every hazard.',
    }),
    duty({
      id: 'cer:incident-detailed-report', role: 'critical-entity', category: 'incident-reporting',
      cite: 'cer:art-15(1)', title: 'Detailed report within one month',
      summary: 'Where relevant, follow the initial notification with a detailed report no later than one month after it, giving what is needed to understand the nature, cause and possible consequences of the incident, including any cross-border impact. Notifying does not by itself increase the entity’s liability.',
      startsAfter: tenMonthsAfterNotification,
    }),
    duty({
      id: 'cer:european-significance-information', role: 'critical-entity', category: 'documentation-and-information',
      cite: 'cer:art-17(1)', title: 'Tell the authority if services reach six or more Member States',
      summary: 'Inform the competent authority when it provides the same or similar essential services to or in six or more Member States, naming the services and the Member States; the Commission may then identify it as a critical entity of particular European significance (Chapter IV applies from the Commission’s notification).',
      startsAfter: tenMonthsAfterNotification,
    }),
    duty({
      id: 'cer:supervision-cooperation', role: 'critical-entity', category: 'documentation-and-information',
      cite: 'cer:art-21(1)', title: 'Cooperate with supervision',
      summary: 'Allow on-site inspections and off-site supervision, undergo audits the authority orders (at the entity’s expense where it so decides) and provide the information and evidence requested within the time limit set; carry out the corrective measures ordered.',
      startsAfter: tenMonthsAfterNotification,
    }),
    duty({
      id: 'cer:single-entry-point-reporting', role: 'critical-entity', category: 'incident-reporting',
      cite: 'cer:art-15(1)', title: 'Report through the single entry point',
      summary: 'Under the Digital Omnibus proposal, CER incident notifications would be submitted once through a single entry point run by ENISA and shared with the competent authority; the 24-hour and one-month deadlines stay unchanged.',
      startsAfter: tenMonthsAfterNotification,
      scenario: 'digital-omnibus',
      note: 'Pending proposal COM(2025) 837.',
    }),
  ],
  notes: [
    'Chapter III (Arts 12–16) applies to each critical entity from ten months after the Member State notified it of its identification (Art 6(3)); with identification due by 17 July 2026 and notification within a month, most health-sector critical entities start between spring and summer 2027. The engine dates each duty from the stated notification date: ten months for Chapter III in general, nine months for the entity’s first risk assessment (Art 12(1)).',
    'A critical entity is an essential entity under NIS2 regardless of its size (NIS2 Art 2(3), 3(1)(f)).',
    'Critical entities in banking, financial-market infrastructure and digital infrastructure (Annex points 3, 4 and 8) have no Chapter III or IV duties unless national law provides otherwise (Art 8).',
    'The Directive has a single, unnumbered Annex (sectors, subsectors and categories of entities); provision ids would refer to it as Annex I.',
  ],
  sources: [
    { title: 'Directive (EU) 2022/2557 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2022/2557/oj/eng' },
    { title: 'Digital Omnibus proposal COM(2025) 837', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0837' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Chapter structure and article titles (Arts 1–20: Art 6 identification, Art 12 risk assessment by critical entities, Art 13 resilience measures, Art 14 background checks, Art 15 incident notification, Art 17 particular European significance) checked against a table of contents of the OJ text; Art 25–26 (transposition by 17 October 2024, application from 18 October 2024) checked against a verbatim copy of the OJ text.',
      'Art 6(1) (identification by 17 July 2026) and Art 6(3) (notification within one month; Chapter III applies ten months after the notification) checked against the fact dossier’s verbatim quotation and a consistent secondary summary; Art 15(1) (24 hours, detailed report one month thereafter) checked likewise.',
      'Health-sector list of the Annex, including the extra category of holders of a distribution authorisation under Directive 2001/83/EC Art 79: could not be confirmed against a copy of the Annex in the available sources; encoded from the fact dossier (medium confidence).',
      'Art 12(1): the first risk assessment is due within nine months of receiving the notification under Art 6(3), “notwithstanding” the ten months of that provision — corrected on 2026-12-07 after an independent review (it had been dated ten months after the notification). The stored copies available on that day held no verbatim text of Art 12; the nine months follow the review’s quotation of the article (“within nine months of receiving the notification referred to in Article 6(3)”), which was not re-read in the official text here — see uncertainty register entry cer-art-12-nine-months. The paragraph numbering of Arts 13, 17 and 21 was not re-opened.',
      'Notification duty: Art 15(1) (24-hour initial notification unless operationally unable, detailed report one month thereafter where relevant, significance parameters (a)–(c)) and Art 15(2) (content; no increased liability) checked against a verbatim copy of the OJ text (springlex.eu, EN and SV).',
    ],
  },
};
