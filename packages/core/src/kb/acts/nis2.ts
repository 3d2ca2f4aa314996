// NIS 2 Directive — Directive (EU) 2022/2555.
import {
  all, any, classRule, duty, eq, event, explain, firstKnown, gt, gte, has, hasAny, is, not, oneOf, ref, rule,
} from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { NotificationDuty } from '../notification-types.ts';
import type { ActDefinition, Condition, Obligation } from '../types.ts';

/**
 * Chapter IV binds essential and important entities alike; only supervision (Arts 32–33) and
 * the fine ceilings (Art 34) differ. Each duty is therefore listed once per entity type, with
 * the ids `nis2:<duty>-essential` and `nis2:<duty>-important`.
 */
type EntityDuty = Omit<Obligation, 'id' | 'role'> & { readonly slug: string };

const forBothEntityTypes = (d: EntityDuty): Obligation[] => {
  const { slug, ...rest } = d;
  return [
    duty({ ...rest, id: `nis2:${slug}-essential`, role: 'essential-entity' }),
    duty({ ...rest, id: `nis2:${slug}-important`, role: 'important-entity' }),
  ];
};

/** Recommendation 2003/361/EC, Annex Art 2: the ceilings that NIS2 Art 2(1) and 3(1)(a) refer to. */
const EUR_M = 1_000_000;

/**
 * The entity types whose jurisdiction follows the main establishment (Art 26(1)(b)), for which
 * ENISA keeps a registry (Art 27(1)) and which designate a representative when not established
 * in the Union (Art 26(3)).
 */
const MAIN_ESTABLISHMENT_TYPES = [
  'dns-service', 'tld-registry', 'domain-name-registration', 'cloud-computing', 'data-centre',
  'content-delivery-network', 'managed-service', 'managed-security-service', 'online-marketplace',
  'online-search-engine', 'social-network-platform',
] as const;
const registryTypes: Condition = hasAny('organisation.digitalActivities', MAIN_ESTABLISHMENT_TYPES, {
  label: 'it provides DNS, TLD, domain name registration, cloud, data centre, content delivery, managed (security) services, an online marketplace, search engine or social network',
  cite: 'nis2:art-27(1)',
});

/** Providers the Directive covers regardless of their size (Art 2(2)(a)). */
const REGARDLESS_OF_SIZE_TYPES = [
  'public-electronic-communications', 'trust-service', 'qualified-trust-service', 'tld-registry', 'dns-service',
] as const;

/**
 * The Directive reaches an entity through the Member State where it is established (Art 26(1));
 * only public electronic communications providers (Art 26(1)(a)) and the Art 26(1)(b) types
 * (with a representative, Art 26(3)) are reached without an establishment, by offering their
 * services in the Union.
 */
const inTheUnion: Condition = explain('it provides its services or carries out its activities within the Union, and a Member State has jurisdiction over it', 'nis2:art-2(1)', any(
  is('organisation.establishedInEu', {
    label: 'it is established in a Member State, which has jurisdiction over it',
    cite: 'nis2:art-26(1)',
  }),
  explain('it offers in the Union services of a type reached without an establishment', 'nis2:art-26(1)', all(
    hasAny('organisation.digitalActivities', [...MAIN_ESTABLISHMENT_TYPES, 'public-electronic-communications'], {
      label: 'it is a public electronic communications provider (Art 26(1)(a)) or a provider of a type of Art 26(1)(b)',
      cite: 'nis2:art-26(1)',
    }),
    is('organisation.offersServicesInEu', { label: 'it offers its services in the Union', cite: 'nis2:art-26(3)' }),
  )),
));

/** A stated level decides; without one, an organisation stated not to be a public body is none. */
/**
 * Art 2(7): no public administration entity acting in national security, public security, defence
 * or law enforcement — unless it acts as a trust service provider (Art 2(9)).
 */
const outsideSecurityAndLawEnforcement: Condition = any(
  not(is('organisation.securityOrLawEnforcement', {
    label: 'it carries out its activities in national security, public security, defence or law enforcement',
    cite: 'nis2:art-2(7)',
  }), { label: 'it does not carry out its activities in national security, public security, defence or law enforcement', cite: 'nis2:art-2(7)' }),
  hasAny('organisation.digitalActivities', ['trust-service', 'qualified-trust-service'], {
    label: 'it acts as a trust service provider, which Art 2(7) does not exclude',
    cite: 'nis2:art-2(9)',
  }),
);

/** The two criteria of a significant incident (Art 23(3)(a) and (b)). */
export const SIGNIFICANCE_CRITERIA: Condition = any(
  is('incident.severeOperationalDisruption', {
    label: 'it has caused or can cause severe operational disruption of the services or financial loss for the entity',
    cite: 'nis2:art-23(3)(a)',
  }),
  is('incident.considerableDamageToOthers', {
    label: 'it has affected or can affect other persons by causing considerable material or non-material damage',
    cite: 'nis2:art-23(3)(b)',
  }),
);
const publicAdministrationAt = (levels: readonly ('central-government' | 'regional' | 'local')[], label: string): Condition =>
  firstKnown(
    oneOf('organisation.publicAdministration', levels, { label, cite: 'nis2:art-6(35)' }),
    all(
      is('organisation.publicBody', { label: 'it is a public authority or body', cite: 'nis2:art-6(35)' }),
      oneOf('organisation.publicAdministration', levels, { label, cite: 'nis2:art-6(35)' }),
    ),
    { label, cite: 'nis2:art-6(35)' },
  );

/**
 * A significant incident (Art 23(3)): the entity's own assessment when stated, else the two
 * criteria applied to an incident in the sense of Art 6(6).
 */
const significantIncident: Condition = firstKnown(
  is('incident.significantIncident', { label: 'the entity assesses the incident as significant', cite: 'nis2:art-23(3)' }),
  all(
    is('incident.securityIncident', {
      label: 'an event compromised the availability, authenticity, integrity or confidentiality of data or of services of network and information systems (an incident)',
      cite: 'nis2:art-6(6)',
    }),
    SIGNIFICANCE_CRITERIA,
  ),
  { label: 'it is a significant incident', cite: 'nis2:art-23(3)' },
);

const ongoing = is('incident.ongoing', {
  label: 'the incident is still ongoing when the final report falls due',
  cite: 'nis2:art-23(4)(e)',
});

/** Art 23 binds essential and important entities alike: each duty exists once per entity type. */
const reportingDuties = (slug: 'essential' | 'important', who: 'essential-entity' | 'important-entity'): NotificationDuty[] => [
  {
    id: `nis2:significant-incident-${slug}`,
    title: 'Report a significant incident to the CSIRT or competent authority',
    cite: 'nis2:art-23(1)',
    trigger: significantIncident,
    who,
    recipient: 'nis2-csirt',
    steps: [
      {
        id: 'early-warning',
        title: 'Early warning',
        cite: 'nis2:art-23(4)(a)',
        deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 24, unit: 'hours' } },
        content: content('notifier-identity', 'awareness-time', 'incident-description', 'suspected-malicious', 'cross-border-impact'),
        note: 'Says, where applicable, whether unlawful or malicious acts are suspected and whether there could be a cross-border impact.',
      },
      {
        id: 'incident-notification',
        title: 'Incident notification',
        cite: 'nis2:art-23(4)(b)',
        deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 72, unit: 'hours' } },
        content: content(
          'notifier-identity', 'occurrence-time', 'incident-description', 'severity-and-impact', 'indicators-of-compromise',
          'suspected-malicious', 'cross-border-impact',
        ),
        note: 'Updates the early warning with an initial assessment of severity and impact and, where available, indicators of compromise.',
      },
      {
        id: 'intermediate-report',
        title: 'Intermediate report',
        cite: 'nis2:art-23(4)(c)',
        deadline: { kind: 'on-request' },
        content: content('status-update'),
      },
      {
        id: 'final-report',
        title: 'Final report',
        cite: 'nis2:art-23(4)(d)',
        deadline: { kind: 'within', period: { amount: 1, unit: 'months' }, anchor: { kind: 'step', step: 'incident-notification' } },
        content: content('detailed-description', 'severity-and-impact', 'root-cause', 'mitigation-measures', 'cross-border-impact'),
        when: not(ongoing, { label: 'the incident has been handled by the time the final report falls due', cite: 'nis2:art-23(4)(d)' }),
      },
      {
        id: 'progress-report',
        title: 'Progress report while the incident is ongoing',
        cite: 'nis2:art-23(4)(e)',
        deadline: { kind: 'within', period: { amount: 1, unit: 'months' }, anchor: { kind: 'step', step: 'incident-notification' } },
        content: content('status-update', 'severity-and-impact', 'mitigation-measures'),
        when: ongoing,
        note: 'Given at the time the final report would have been due.',
      },
      {
        id: 'final-report-after-handling',
        title: 'Final report after the incident has been handled',
        cite: 'nis2:art-23(4)(e)',
        deadline: { kind: 'within', period: { amount: 1, unit: 'months' }, anchor: { kind: 'handled' } },
        content: content('detailed-description', 'severity-and-impact', 'root-cause', 'mitigation-measures', 'cross-border-impact'),
        when: ongoing,
      },
    ],
    note: 'Reports go to the CSIRT or, where the Member State so provides, to the competent authority, which forwards them to the CSIRT (Art 23(1)); national law sets the channel and may add detail. The duties bind through national transposition. A CER critical entity reports cyber incidents here and disruptions of every kind under CER Art 15. Under the Digital Omnibus proposal (scenario digital-omnibus) the same reports would go through a single entry point run by ENISA, with the same deadlines.',
  },
  {
    id: `nis2:notify-service-recipients-${slug}`,
    title: 'Tell the recipients of services of a significant incident likely to affect the services',
    cite: 'nis2:art-23(1)',
    trigger: all(
      significantIncident,
      is('incident.affectsServiceRecipients', {
        label: 'the incident is likely to adversely affect the provision of the entity’s services',
        cite: 'nis2:art-23(1)',
      }),
    ),
    who,
    recipient: 'service-recipients',
    steps: [
      {
        id: 'notify-recipients',
        title: 'Notify the recipients of the services',
        cite: 'nis2:art-23(1)',
        deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
        content: content('service-impact', 'user-measures'),
      },
    ],
    note: 'Due “where appropriate”. Notifying does not by itself increase the entity’s liability (Art 23(1)).',
  },
  {
    id: `nis2:significant-cyber-threat-${slug}`,
    title: 'Tell recipients of services what to do about a significant cyber threat',
    cite: 'nis2:art-23(2)',
    trigger: is('incident.significantCyberThreat', {
      label: 'recipients of the entity’s services are potentially affected by a significant cyber threat',
      cite: 'nis2:art-23(2)',
    }),
    who,
    recipient: 'service-recipients',
    steps: [
      {
        id: 'communicate-measures',
        title: 'Communicate the measures or remedies recipients can take',
        cite: 'nis2:art-23(2)',
        deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
        content: content('user-measures', 'incident-description'),
        note: 'Where appropriate, the entity also informs the recipients of the threat itself.',
      },
    ],
    note: 'Due “where applicable”. A significant cyber threat need not have caused an incident.',
  },
];

export const nis2: ActDefinition = {
  id: 'nis2',
  kind: 'directive',
  shortName: 'NIS2',
  title:
    'Directive (EU) 2022/2555 of the European Parliament and of the Council of 14 December 2022 on measures for a high common level of cybersecurity across the Union, amending Regulation (EU) No 910/2014 and Directive (EU) 2018/1972, and repealing Directive (EU) 2016/1148 (NIS 2 Directive)',
  number: 'Directive (EU) 2022/2555',
  celex: '32022L2555',
  eli: 'http://data.europa.eu/eli/dir/2022/2555/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022L2555',
  structure: { articles: 46, annexes: ['I', 'II', 'III'], recitals: 144 },
  summary:
    'Cybersecurity risk-management, governance and incident-reporting duties for medium-sized and larger entities of the sectors in Annexes I and II — in health: healthcare providers, EU reference laboratories, medicinal-product research and pharmaceutical manufacturing, makers of critical devices (Annex I) and makers of medical devices and IVDs (Annex II) — and for entities identified regardless of size. Essential entities are supervised ex ante, important entities ex post. A directive: the duties bind through national transposition.',
  timeline: [
    event('2022-12-14', 'adopted', 'Signed by the Parliament and the Council'),
    event('2022-12-27', 'published', 'Published in the Official Journal (OJ L 333, 27.12.2022, p. 80)'),
    event('2023-01-16', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'nis2:art-45',
    }),
    event('2024-10-17', 'transposition-deadline', 'Member States adopt and publish the national measures', {
      cite: 'nis2:art-41(1)',
    }),
    event('2024-10-18', 'applies', 'National measures apply; Directive (EU) 2016/1148 (NIS) is repealed with effect from this day', {
      cite: 'nis2:art-41(1)',
    }),
    event('2025-01-17', 'other', 'Cloud, data-centre, managed-service and online-marketplace providers (among others) submit their registry information to the competent authority', {
      cite: 'nis2:art-27(2)',
    }),
    event('2025-04-17', 'other', 'Member States establish the list of essential and important entities, reviewed at least every two years', {
      cite: 'nis2:art-3(3)',
    }),
    event('2025-11-19', 'other', 'Digital Omnibus proposal: incident notifications under NIS2 through a single entry point run by ENISA', {
      scenario: 'digital-omnibus',
    }),
    event('2026-01-20', 'other', 'Proposal for targeted NIS2 amendments together with the Cybersecurity Act revision, including an ICT supply-chain security framework', {
      scenario: 'csa-revision',
    }),
  ],
  scope: rule(
    'scope',
    'nis2:art-2(1)',
    'an entity of a type listed in Annex I or II that is at least medium-sized and provides its services or carries out its activities in the Union, or one the Directive covers regardless of size (Art 2(2)–(4))',
    any(
      explain('it is an Annex I or II entity, at least medium-sized, providing its services or carrying out its activities in the Union', 'nis2:art-2(1)', all(
        explain('it is an entity of a type listed in Annex I or II', 'nis2:art-2(1)', any(
          ref('nis2:annex-i-entity', { label: 'it is an entity of a type listed in Annex I', cite: 'nis2:annex-I' }),
          ref('nis2:annex-ii-entity', { label: 'it is an entity of a type listed in Annex II', cite: 'nis2:annex-II' }),
        )),
        ref('nis2:medium-or-larger', {
          label: 'it qualifies as a medium-sized enterprise or exceeds the medium-sized ceilings',
          cite: 'nis2:art-2(1)',
        }),
        inTheUnion,
      )),
      explain('it provides public electronic communications or trust services, or is a TLD name registry or DNS service provider, in the Union (regardless of size)', 'nis2:art-2(2)(a)', all(
        hasAny('organisation.digitalActivities', REGARDLESS_OF_SIZE_TYPES, {
          label: 'it provides public electronic communications networks or services, trust services, or is a TLD name registry or DNS service provider',
          cite: 'nis2:art-2(2)(a)',
        }),
        inTheUnion,
      )),
      explain('it is an Annex I or II entity a Member State has identified regardless of its size', 'nis2:art-2(2)(b)', all(
        explain('it is an entity of a type listed in Annex I or II', 'nis2:art-2(2)', any(
          ref('nis2:annex-i-entity', { label: 'it is an entity of a type listed in Annex I', cite: 'nis2:annex-I' }),
          ref('nis2:annex-ii-entity', { label: 'it is an entity of a type listed in Annex II', cite: 'nis2:annex-II' }),
        )),
        oneOf('organisation.nis2Designation', ['essential', 'important'], {
          label: 'a Member State has identified it regardless of its size (sole provider, impact on public safety, security or health, systemic risk, or specific national or regional importance)',
          cite: 'nis2:art-2(2)(b)',
        }),
      )),
      ref('nis2:central-public-administration', {
        label: 'it is a public administration entity of central government (regardless of size)',
        cite: 'nis2:art-2(2)(f)(i)',
      }),
      explain('it is a regional public administration entity that the Member State’s risk-based assessment brings in', 'nis2:art-2(2)(f)(ii)', all(
        publicAdministrationAt(['regional'], 'it is a public administration entity at regional level'),
        outsideSecurityAndLawEnforcement,
        oneOf('organisation.nis2Designation', ['essential', 'important'], {
          label: 'following a risk-based assessment, the Member State has found that the disruption of its services could have a significant impact on critical societal or economic activities',
          cite: 'nis2:art-2(2)(f)(ii)',
        }),
      )),
      is('organisation.cerCriticalEntity', {
        label: 'it has been identified as a critical entity under Directive (EU) 2022/2557 (applies regardless of size)',
        cite: 'nis2:art-2(3)',
      }),
      explain('it provides domain name registration services in the Union (regardless of size)', 'nis2:art-2(4)', all(
        has('organisation.digitalActivities', 'domain-name-registration', {
          label: 'it provides domain name registration services',
          cite: 'nis2:art-2(4)',
        }),
        inTheUnion,
      )),
    ),
    {
      note: 'The size test applies the whole Annex to Recommendation 2003/361/EC, including the aggregation of partner and linked enterprises (Annex Art 6), but not its Art 3(4) on public bodies (NIS2 Art 2(1), second subparagraph). Under Annex Art 4 an enterprise changes category only after crossing a ceiling in two consecutive financial years. Establishment: the Directive reaches an entity through the Member State where it is established (Art 26(1)); only public electronic communications providers and the types of Art 26(1)(b) (DNS, TLD, registrars, cloud, data centres, CDNs, managed (security) services, marketplaces, search engines, social networks) are reached without an establishment, through their services in the Union and a representative (Art 26(3)). A manufacturer established only outside the Union is therefore not an essential or important entity merely because it sells into the Union; its EU subsidiary is, as an entity in its own right, with the group’s staff and figures counted (see uncertainty register entry nis2-establishment). Local public administration (Art 2(5)(a)) and education institutions (Art 2(5)(b)) are in scope only where national law extends the Directive. A directive binds through national law: transposition was late in many Member States (the Commission opened infringement procedures against 23 Member States on 28 November 2024; Germany’s law entered into force only on 6 December 2025), and national scope can be wider (Art 2(5)).',
    },
  ),
  predicates: [
    rule(
      'annex-i-entity',
      'nis2:annex-I',
      'it is an entity of a type listed in Annex I (sectors of high criticality)',
      any(
        hasAny('organisation.healthActivities', [
          'healthcare-provision', 'eu-reference-laboratory', 'medicinal-product-research',
          'pharmaceutical-manufacturing', 'critical-device-manufacturing',
        ], {
          label: 'it is a healthcare provider, EU reference laboratory, medicinal-product researcher, pharmaceutical manufacturer or maker of public-health-emergency critical devices (Annex I, sector 5, health)',
          cite: 'nis2:annex-I',
        }),
        hasAny('organisation.digitalActivities', [
          'cloud-computing', 'data-centre', 'internet-exchange-point', 'dns-service', 'tld-registry',
          'content-delivery-network', 'trust-service', 'qualified-trust-service', 'public-electronic-communications',
        ], {
          label: 'it provides cloud computing, data centre, IXP, DNS, TLD, content delivery, trust or public electronic communications services (Annex I, sector 8, digital infrastructure)',
          cite: 'nis2:annex-I',
        }),
        hasAny('organisation.digitalActivities', ['managed-service', 'managed-security-service'], {
          label: 'it is a managed service or managed security service provider (Annex I, sector 9, ICT service management)',
          cite: 'nis2:annex-I',
        }),
        has('organisation.otherActivities', 'other-annex-i-sector', {
          label: 'it belongs to another sector of Annex I (energy, transport, banking, financial market infrastructure, water, space)',
          cite: 'nis2:annex-I',
        }),
      ),
      { note: 'Public administration entities (Annex I, sector 10) are not tested here: they come into scope only through Art 2(2)(f), whatever their size, so the size-cap route of Art 2(1) is not read as applying to them (see uncertainty register entry nis2-public-administration-size).' },
    ),
    rule(
      'annex-ii-entity',
      'nis2:annex-II',
      'it is an entity of a type listed in Annex II (other critical sectors)',
      any(
        explain('it manufactures medical devices or IVDs other than public-health-emergency critical devices (Annex II, sector 5(a))', 'nis2:annex-II', all(
          hasAny('organisation.healthActivities', ['medical-device-manufacturing', 'ivd-manufacturing'], {
            label: 'it manufactures medical devices or in vitro diagnostic medical devices (Annex II, sector 5(a))',
            cite: 'nis2:annex-II',
          }),
          not(has('organisation.healthActivities', 'critical-device-manufacturing'), {
            label: 'it is not a maker of public-health-emergency critical devices, which Annex I covers instead',
            cite: 'nis2:annex-II',
          }),
        )),
        has('organisation.digitalActivities', 'electronics-manufacturing', {
          label: 'it manufactures computer, electronic and optical products, NACE C26 (Annex II, sector 5(b))',
          cite: 'nis2:annex-II',
        }),
        has('organisation.digitalActivities', 'electrical-equipment-manufacturing', {
          label: 'it manufactures electrical equipment, NACE C27 (Annex II, sector 5(c))',
          cite: 'nis2:annex-II',
        }),
        hasAny('organisation.digitalActivities', ['online-marketplace', 'online-search-engine', 'social-network-platform'], {
          label: 'it provides an online marketplace, an online search engine or a social networking services platform (Annex II, sector 6, digital providers)',
          cite: 'nis2:annex-II',
        }),
        hasAny('organisation.otherActivities', ['chemicals-manufacture', 'chemicals-distribution', 'chemical-articles-production'], {
          label: 'it manufactures chemical substances, distributes substances or mixtures, or produces articles from them, as REACH Art 3(9), (14) and (3) define (Annex II, sector 3, chemicals)',
          cite: 'nis2:annex-II',
        }),
        has('organisation.otherActivities', 'research-organisation', {
          label: 'it is a research organisation: its primary goal is applied research or experimental development to exploit the results commercially, and it is not an education institution (Annex II, sector 7, with Art 6(41))',
          cite: 'nis2:art-6(41)',
        }),
        has('organisation.otherActivities', 'other-annex-ii-sector', {
          label: 'it belongs to another sector of Annex II (postal, waste, food, other manufacturing)',
          cite: 'nis2:annex-II',
        }),
      ),
    ),
    rule(
      'central-public-administration',
      'nis2:art-2(2)(f)(i)',
      'it is a public administration entity of central government, as the Member State defines it under national law, outside national security, public security, defence and law enforcement',
      all(
        publicAdministrationAt(['central-government'], 'it is a public administration entity of central government'),
        outsideSecurityAndLawEnforcement,
      ),
    ),
    rule(
      'medium-or-larger',
      'nis2:art-2(1)',
      'it is not a micro or small enterprise: it employs 50 or more persons, or both its annual turnover and its balance-sheet total exceed EUR 10 million (Recommendation 2003/361/EC, Annex Art 2(2))',
      any(
        gte('organisation.employees', 50, {
          label: 'it employs 50 or more persons (a small enterprise has fewer than 50)',
          cite: 'nis2:art-2(1)',
        }),
        explain('both its annual turnover and its balance-sheet total exceed EUR 10 million', 'nis2:art-2(1)', all(
          gt('organisation.annualTurnoverEur', 10 * EUR_M, {
            label: 'its annual turnover exceeds EUR 10 million',
            cite: 'nis2:art-2(1)',
          }),
          gt('organisation.balanceSheetEur', 10 * EUR_M, {
            label: 'its annual balance-sheet total exceeds EUR 10 million',
            cite: 'nis2:art-2(1)',
          }),
        )),
      ),
      { note: 'A small enterprise employs fewer than 50 persons and has a turnover or a balance-sheet total “not exceeding” EUR 10 million; an enterprise above either limit of that pair (both financial figures above EUR 10 million, or 50 staff or more) is at least medium-sized.' },
    ),
    rule(
      'large',
      'nis2:art-3(1)(a)',
      'it exceeds the ceilings for medium-sized enterprises: it employs 250 or more persons, or its annual turnover exceeds EUR 50 million and its balance-sheet total exceeds EUR 43 million (Recommendation 2003/361/EC, Annex Art 2(1))',
      any(
        gte('organisation.employees', 250, {
          label: 'it employs 250 or more persons (a medium-sized enterprise has fewer than 250)',
          cite: 'nis2:art-3(1)(a)',
        }),
        explain('its annual turnover exceeds EUR 50 million and its balance-sheet total EUR 43 million', 'nis2:art-3(1)(a)', all(
          gt('organisation.annualTurnoverEur', 50 * EUR_M, {
            label: 'its annual turnover exceeds EUR 50 million',
            cite: 'nis2:art-3(1)(a)',
          }),
          gt('organisation.balanceSheetEur', 43 * EUR_M, {
            label: 'its annual balance-sheet total exceeds EUR 43 million',
            cite: 'nis2:art-3(1)(a)',
          }),
        )),
      ),
      { note: 'A medium-sized enterprise employs fewer than 250 persons and has a turnover “not exceeding” EUR 50 million or a balance-sheet total “not exceeding” EUR 43 million; exactly EUR 50 million or exactly EUR 43 million is still within the ceiling.' },
    ),
    rule(
      'essential-entity',
      'nis2:art-3(1)',
      'it is an essential entity',
      all(
        ref('nis2:scope', { label: 'the Directive covers it', cite: 'nis2:art-2(1)' }),
        any(
          explain('it is an Annex I entity exceeding the ceilings for medium-sized enterprises', 'nis2:art-3(1)(a)', all(
            ref('nis2:annex-i-entity', { label: 'it is an entity of a type listed in Annex I', cite: 'nis2:art-3(1)(a)' }),
            ref('nis2:large', { label: 'it exceeds the ceilings for medium-sized enterprises', cite: 'nis2:art-3(1)(a)' }),
          )),
          hasAny('organisation.digitalActivities', ['qualified-trust-service', 'tld-registry', 'dns-service'], {
            label: 'it is a qualified trust service provider, a TLD name registry or a DNS service provider (regardless of size)',
            cite: 'nis2:art-3(1)(b)',
          }),
          explain('it provides public electronic communications networks or services and is at least medium-sized', 'nis2:art-3(1)(c)', all(
            has('organisation.digitalActivities', 'public-electronic-communications', {
              label: 'it provides public electronic communications networks or publicly available electronic communications services',
              cite: 'nis2:art-3(1)(c)',
            }),
            ref('nis2:medium-or-larger', { label: 'it qualifies as a medium-sized enterprise or exceeds those ceilings', cite: 'nis2:art-3(1)(c)' }),
          )),
          ref('nis2:central-public-administration', {
            label: 'it is a public administration entity of central government (Art 2(2)(f)(i))',
            cite: 'nis2:art-3(1)(d)',
          }),
          explain('it is an Annex I or II entity identified by a Member State as essential', 'nis2:art-3(1)(e)', all(
            explain('it is an entity of a type listed in Annex I or II', 'nis2:art-3(1)(e)', any(
              ref('nis2:annex-i-entity', { label: 'it is an entity of a type listed in Annex I', cite: 'nis2:art-3(1)(e)' }),
              ref('nis2:annex-ii-entity', { label: 'it is an entity of a type listed in Annex II', cite: 'nis2:art-3(1)(e)' }),
            )),
            eq('organisation.nis2Designation', 'essential', {
              label: 'a Member State has identified it as an essential entity',
              cite: 'nis2:art-3(1)(e)',
            }),
          )),
          is('organisation.cerCriticalEntity', {
            label: 'it has been identified as a critical entity under Directive (EU) 2022/2557',
            cite: 'nis2:art-3(1)(f)',
          }),
        ),
      ),
      { note: 'Under Art 3(1)(g) a Member State may also keep as essential the entities it identified before 16 January 2023 as operators of essential services under Directive (EU) 2016/1148; state that as an identification as essential. Regional public administration entities brought in by Art 2(2)(f)(ii) are important entities (Art 3(2)) unless identified as essential.' },
    ),
    rule(
      'important-entity',
      'nis2:art-3(2)',
      'it is an important entity: an entity of a type in Annex I or II within the Directive’s scope that does not qualify as essential',
      all(
        ref('nis2:scope', { label: 'the Directive covers it', cite: 'nis2:art-2(1)' }),
        explain('it is an entity of a type listed in Annex I or II', 'nis2:art-3(2)', any(
          ref('nis2:annex-i-entity', { label: 'it is an entity of a type listed in Annex I', cite: 'nis2:art-3(2)' }),
          ref('nis2:annex-ii-entity', { label: 'it is an entity of a type listed in Annex II', cite: 'nis2:art-3(2)' }),
          publicAdministrationAt(['central-government', 'regional'], 'it is a public administration entity of central government or at regional level (Annex I, sector 10)'),
        )),
        not(ref('nis2:essential-entity'), { label: 'it does not qualify as an essential entity', cite: 'nis2:art-3(2)' }),
      ),
    ),
  ],
  classifiers: [
    {
      id: 'entity-type',
      subject: 'organisation',
      title: 'NIS2 entity type',
      cite: 'nis2:art-3',
      mode: 'highest',
      outcomes: ['out-of-scope', 'domain-registration-only', 'important', 'essential'],
      outcomeInfo: {
        'out-of-scope': { label: 'Outside NIS2', consequence: 'No NIS2 duties, unless a Member State identifies the entity later (Art 2(2)) or national law goes further.' },
        'domain-registration-only': {
          label: 'Domain name registration services only (Art 2(4))',
          consequence: 'Covered regardless of size but neither essential nor important: listed by the Member State (Art 3(3)), registry information (Art 27) and the domain name registration data duties of Art 28.',
          cite: 'nis2:art-2(4)',
        },
        important: {
          label: 'Important entity (Art 3(2))',
          consequence: 'Risk-management measures (Art 21), reporting (Art 23), governance (Art 20); ex post supervision (Art 33); fines of at least up to EUR 7 million or 1.4 % of turnover (Art 34(5)).',
          cite: 'nis2:art-3(2)',
        },
        essential: {
          label: 'Essential entity (Art 3(1))',
          consequence: 'Risk-management measures (Art 21), reporting (Art 23), governance (Art 20); ex ante and ex post supervision (Art 32); fines of at least up to EUR 10 million or 2 % of turnover (Art 34(4)).',
          cite: 'nis2:art-3(1)',
        },
      },
      rules: [
        classRule('out-of-scope', 'nis2:art-2(1)', 'the entity is outside the scope of NIS2', 'out-of-scope',
          not(ref('nis2:scope'), { label: 'it is not an in-scope entity of Annex I or II (or identified regardless of size)', cite: 'nis2:art-2(1)' })),
        classRule('domain-registration', 'nis2:art-2(4)', 'it provides domain name registration services and is no Annex I or II entity', 'domain-registration-only',
          all(
            ref('nis2:scope', { label: 'the Directive covers it', cite: 'nis2:art-2(4)' }),
            has('organisation.digitalActivities', 'domain-name-registration', { label: 'it provides domain name registration services', cite: 'nis2:art-2(4)' }),
          )),
        classRule('important', 'nis2:art-3(2)', 'an Annex I or II entity in scope that is not essential', 'important',
          ref('nis2:important-entity', { label: 'it is an important entity', cite: 'nis2:art-3(2)' })),
        classRule('essential', 'nis2:art-3(1)', 'a large Annex I entity, an entity a Member State identified as essential, or a CER critical entity', 'essential',
          ref('nis2:essential-entity', { label: 'it is an essential entity', cite: 'nis2:art-3(1)' })),
      ],
      note: 'Size is that of the enterprise including partner and linked enterprises (Recommendation 2003/361/EC, Annex Art 6); the profile’s figures are taken as already consolidated. Establishment decides jurisdiction (Art 26(1)): an organisation established only outside the Union is outside unless it is of a type reached through its services in the Union (Art 26(1)(a)–(b), 26(3)).',
    },
  ],
  notifications: [
    ...reportingDuties('essential', 'essential-entity'),
    ...reportingDuties('important', 'important-entity'),
  ],
  obligations: [
    ...forBothEntityTypes({
      slug: 'management-approval', category: 'governance', cite: 'nis2:art-20(1)',
      title: 'Management body approves and oversees the measures',
      summary: 'The management body approves the cybersecurity risk-management measures taken under Art 21, oversees their implementation and can be held liable for the entity’s infringements of Art 21.',
    }),
    ...forBothEntityTypes({
      slug: 'management-training', category: 'governance', cite: 'nis2:art-20(2)',
      title: 'Cybersecurity training for the management body',
      summary: 'Members of the management body follow training so that they can identify risks and assess risk-management practices and their impact on the entity’s services; similar training for employees on a regular basis is to be encouraged.',
    }),
    ...forBothEntityTypes({
      slug: 'risk-management-measures', category: 'security-requirements', cite: 'nis2:art-21(1)',
      title: 'Appropriate and proportionate risk-management measures',
      summary: 'Take technical, operational and organisational measures, proportionate to the entity’s exposure, size and the likelihood and severity of incidents and reflecting the state of the art, to manage the risks to the network and information systems used for the entity’s operations or services and to prevent or minimise the impact of incidents.',
    }),
    ...forBothEntityTypes({
      slug: 'risk-analysis-policies', category: 'security-requirements', cite: 'nis2:art-21(2)(a)',
      title: 'Policies on risk analysis and information system security',
      summary: 'Base the measures on an all-hazards approach and include policies on risk analysis and on the security of information systems.',
    }),
    ...forBothEntityTypes({
      slug: 'incident-handling', category: 'security-requirements', cite: 'nis2:art-21(2)(b)',
      title: 'Incident handling',
      summary: 'Have the capability and procedures to detect, analyse, contain and respond to incidents.',
    }),
    ...forBothEntityTypes({
      slug: 'business-continuity', category: 'security-requirements', cite: 'nis2:art-21(2)(c)',
      title: 'Business continuity and crisis management',
      summary: 'Provide for business continuity, such as backup management and disaster recovery, and for crisis management.',
    }),
    ...forBothEntityTypes({
      slug: 'supply-chain-security', category: 'security-requirements', cite: 'nis2:art-21(2)(d)',
      title: 'Supply-chain security',
      summary: 'Secure the supply chain, including the security aspects of the relationships with direct suppliers and service providers (for a hospital: device makers, integrators, cloud and maintenance providers).',
    }),
    ...forBothEntityTypes({
      slug: 'secure-development-and-vulnerability-handling', category: 'vulnerability-handling', cite: 'nis2:art-21(2)(e)',
      title: 'Security in acquisition, development and maintenance, including vulnerability handling and disclosure',
      summary: 'Build security into the acquisition, development and maintenance of network and information systems, including the handling and disclosure of vulnerabilities.',
    }),
    ...forBothEntityTypes({
      slug: 'effectiveness-assessment', category: 'governance', cite: 'nis2:art-21(2)(f)',
      title: 'Assess the effectiveness of the measures',
      summary: 'Have policies and procedures to assess whether the cybersecurity risk-management measures are effective.',
    }),
    ...forBothEntityTypes({
      slug: 'cyber-hygiene-and-training', category: 'security-requirements', cite: 'nis2:art-21(2)(g)',
      title: 'Basic cyber hygiene and cybersecurity training',
      summary: 'Apply basic cyber-hygiene practices and train staff in cybersecurity.',
    }),
    ...forBothEntityTypes({
      slug: 'cryptography', category: 'security-requirements', cite: 'nis2:art-21(2)(h)',
      title: 'Cryptography and encryption',
      summary: 'Have policies and procedures on the use of cryptography and, where appropriate, encryption.',
    }),
    ...forBothEntityTypes({
      slug: 'hr-access-control-asset-management', category: 'security-requirements', cite: 'nis2:art-21(2)(i)',
      title: 'Human-resources security, access control and asset management',
      summary: 'Cover human-resources security, access-control policies and the management of assets (for a hospital, including an inventory of connected medical devices).',
    }),
    ...forBothEntityTypes({
      slug: 'mfa-and-secure-communications', category: 'security-requirements', cite: 'nis2:art-21(2)(j)',
      title: 'Multi-factor authentication and secured communications',
      summary: 'Where appropriate, use multi-factor or continuous authentication, secured voice, video and text communications and secured emergency communication systems within the entity.',
      note: 'Some secondary sources number this point (i); in the Official Journal text it is point (j), and point (i) is human-resources security, access control and asset management.',
    }),
    ...forBothEntityTypes({
      slug: 'supplier-risk-assessment', category: 'security-requirements', cite: 'nis2:art-21(3)',
      title: 'Weigh each direct supplier’s vulnerabilities and practices',
      summary: 'When choosing supply-chain measures, take into account the vulnerabilities specific to each direct supplier and service provider, the overall quality of their products and cybersecurity practices including secure development, and the results of Union coordinated risk assessments of critical supply chains (Art 22(1)).',
    }),
    ...forBothEntityTypes({
      slug: 'corrective-measures', category: 'governance', cite: 'nis2:art-21(4)',
      title: 'Correct shortfalls without undue delay',
      summary: 'An entity that finds it does not comply with the measures of Art 21(2) takes all necessary, appropriate and proportionate corrective measures without undue delay.',
    }),
    ...forBothEntityTypes({
      slug: 'incident-early-warning', category: 'incident-reporting', cite: 'nis2:art-23(4)(a)',
      title: 'Early warning of a significant incident within 24 hours',
      summary: 'Without undue delay and within 24 hours of becoming aware of a significant incident, send the CSIRT or competent authority an early warning saying, where applicable, whether unlawful or malicious acts are suspected and whether there could be a cross-border impact.',
      note: 'An incident is significant if it has caused or can cause severe operational disruption or financial loss for the entity, or considerable material or non-material damage to others (Art 23(3)). Implementing Regulation (EU) 2024/2690 sets thresholds for some digital providers only.',
    }),
    ...forBothEntityTypes({
      slug: 'incident-notification', category: 'incident-reporting', cite: 'nis2:art-23(4)(b)',
      title: 'Incident notification within 72 hours',
      summary: 'Without undue delay and within 72 hours of becoming aware of the significant incident, submit an incident notification updating the early warning with an initial assessment of severity and impact and, where available, indicators of compromise.',
    }),
    ...forBothEntityTypes({
      slug: 'incident-intermediate-report', category: 'incident-reporting', cite: 'nis2:art-23(4)(c)',
      title: 'Intermediate report on request',
      summary: 'When the CSIRT or competent authority asks, submit an intermediate report on relevant status updates.',
    }),
    ...forBothEntityTypes({
      slug: 'incident-final-report', category: 'incident-reporting', cite: 'nis2:art-23(4)(d)',
      title: 'Final report within one month of the notification',
      summary: 'No later than one month after the 72-hour incident notification, submit a final report: a detailed description with severity and impact, the likely type of threat or root cause, the mitigation measures applied and ongoing, and any cross-border impact.',
    }),
    ...forBothEntityTypes({
      slug: 'incident-progress-report', category: 'incident-reporting', cite: 'nis2:art-23(4)(e)',
      title: 'Progress report while the incident is ongoing',
      summary: 'If the incident is still ongoing when the final report is due, submit a progress report at that time and the final report within one month of having handled the incident.',
    }),
    ...forBothEntityTypes({
      slug: 'notify-service-recipients', category: 'incident-reporting', cite: 'nis2:art-23(1)',
      title: 'Inform recipients of services of significant incidents',
      summary: 'Where appropriate, notify without undue delay the recipients of the entity’s services of significant incidents likely to affect the provision of those services; report any information that lets the authority determine a cross-border impact. Notifying does not by itself increase the entity’s liability.',
    }),
    ...forBothEntityTypes({
      slug: 'communicate-cyber-threats', category: 'incident-reporting', cite: 'nis2:art-23(2)',
      title: 'Tell recipients what to do about a significant cyber threat',
      summary: 'Where applicable, communicate without undue delay to recipients of the services who are potentially affected by a significant cyber threat the measures or remedies they can take and, where appropriate, the threat itself.',
    }),
    ...forBothEntityTypes({
      slug: 'entity-information', category: 'documentation-and-information', cite: 'nis2:art-3(4)',
      title: 'Give the competent authority the information for the list of entities',
      summary: 'Submit at least the entity’s name, address and up-to-date contact details (including email addresses, IP ranges and telephone numbers), its sector and subsector under Annex I or II and the Member States where it provides services within the Directive’s scope; report changes without delay and within two weeks.',
      note: 'Member States may run national registration mechanisms for this (Art 3(4), fourth subparagraph); national deadlines and portals differ.',
    }),
    ...forBothEntityTypes({
      slug: 'registry-information', category: 'documentation-and-information', cite: 'nis2:art-27(2)',
      title: 'Registry information for cloud, data-centre, managed-service and marketplace providers',
      summary: 'Submit to the competent authority (by 17 January 2025 for entities already in scope) the entity’s name, sector and type, the addresses of its main and other EU establishments or of its EU representative, contact details, the Member States where it provides services and its IP ranges; notify changes within three months (Art 27(3)).',
      when: registryTypes,
    }),
    ...forBothEntityTypes({
      slug: 'eu-representative', category: 'documentation-and-information', cite: 'nis2:art-26(3)',
      title: 'Designate a representative in the Union',
      summary: 'A cloud, data-centre, managed-service or online-marketplace provider not established in the Union but offering services in it designates a representative established in one of the Member States where it offers them; it then falls under that Member State’s jurisdiction.',
      when: all(
        registryTypes,
        not(is('organisation.establishedInEu'), { label: 'it is not established in the Union', cite: 'nis2:art-26(3)' }),
      ),
      note: 'For these providers jurisdiction follows the main establishment, where cybersecurity decisions are predominantly taken (Art 26(1)(b) and (2)); other entities fall under the Member State where they are established.',
    }),
    ...forBothEntityTypes({
      slug: 'certified-ict-products', category: 'conformity-assessment', cite: 'nis2:art-24(1)',
      title: 'Use certified ICT products where the Member State requires it',
      summary: 'Where national law requires it to demonstrate compliance with particular Art 21 requirements, use ICT products, services and processes certified under a European cybersecurity certification scheme (Regulation (EU) 2019/881, e.g. EUCC).',
      note: 'Applies only where a Member State (Art 24(1)) or a Commission delegated act (Art 24(2)) imposes it; no such delegated act had been adopted when this entry was checked.',
    }),
    ...forBothEntityTypes({
      slug: 'single-entry-point-reporting', category: 'incident-reporting', cite: 'nis2:art-23(1)',
      title: 'Report through the single entry point',
      summary: 'Under the Digital Omnibus proposal, notifications under Art 23 would be submitted once through a single entry point run by ENISA and shared with the CSIRT or competent authority (and, for the same incident, with the authorities of other regimes such as the GDPR and CER); the 24-hour, 72-hour and one-month deadlines stay unchanged.',
      scenario: 'digital-omnibus',
      note: 'Pending proposal COM(2025) 837; the single entry point would become operational 18 to 24 months after entry into force.',
    }),
    ...forBothEntityTypes({
      slug: 'ict-supply-chain-high-risk-suppliers', category: 'security-requirements', cite: 'nis2:art-21(2)(d)',
      title: 'ICT supply-chain security against high-risk suppliers',
      summary: 'Under the Cybersecurity Act revision and the accompanying NIS2 amendments, the Commission could designate high-risk ICT suppliers and third countries of concern, and entities in NIS2 sectors including health would have to restrict or phase out their components in key ICT assets.',
      scenario: 'csa-revision',
      note: 'Pending proposals COM(2026) 11 and the targeted NIS2 amendments (2026/0012(COD)); the scope, lists and phase-out periods are under negotiation.',
    }),
  ],
  notes: [
    'Supervision differs by entity type: essential entities are supervised ex ante and ex post, with on-site inspections, regular and targeted audits and security scans (Art 32); important entities only ex post, when there is evidence of non-compliance (Art 33).',
    'Fines for breaching Art 21 or 23 (Art 34(4)–(5)): essential entities up to a maximum of at least EUR 10 million or 2 % of total worldwide annual turnover, whichever is higher; important entities up to a maximum of at least EUR 7 million or 1.4 %. These are minimum maxima: national law may set higher ceilings. Members of management bodies of essential entities can be temporarily barred from managerial functions (Art 32(5)).',
    'National status varies: the duties bind through each Member State’s transposing law, which in several Member States entered into force well after 18 October 2024; national deadlines (registration, first reports) follow national law.',
    'Chapter IV duties are listed once per entity type: `nis2:<duty>-essential` and `nis2:<duty>-important` have the same content; the entity type decides supervision and fines.',
    'A CER critical entity is an essential entity here (Art 3(1)(f)) and reports cyber incidents under Art 23; CER Art 15 covers all-hazards disruptions of its essential services.',
  ],
  sources: [
    { title: 'Directive (EU) 2022/2555 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj/eng' },
    { title: 'Commission Recommendation 2003/361/EC concerning the definition of micro, small and medium-sized enterprises', url: 'https://eur-lex.europa.eu/eli/reco/2003/361/oj/eng' },
    { title: 'Digital Omnibus proposal COM(2025) 837', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0837' },
  ],
  verified: {
    checkedOn: '2026-12-07',
    notes: [
      'Art 2(1)–(4), Art 3(1)–(4) (including the lettering (a)–(g) of Art 3(1)), Art 20, Art 21(1)–(2) with points (a)–(j), Art 23(1)–(4), Art 24, Art 26 and Art 27 checked against a verbatim copy of the consolidated EUR-Lex text (version of 27.12.2022). Point (i) of Art 21(2) is human-resources security, access control and asset management; multi-factor authentication is point (j): a secondary mapping that puts MFA at (i) is wrong.',
      'Art 21(3) and 21(4) checked against several verbatim quotations of the OJ text in public repositories.',
      'Annex I sector 5 (health) and Annex II sectors 5(a)–(c) and 6 checked against a verbatim EN/DE extract of the Annexes, including the Annex II exception for makers of public-health-emergency critical devices.',
      'Recommendation 2003/361/EC, Annex Art 2: medium-sized “fewer than 250 persons” with turnover “not exceeding” EUR 50 million or balance-sheet total “not exceeding” EUR 43 million; small “fewer than 50 persons” with turnover or balance-sheet total not exceeding EUR 10 million — checked against several quotations of the Recommendation’s wording.',
      'Dates: entry into force 16 January 2023 (Art 45), transposition by 17 October 2024 and application from 18 October 2024 (Art 41(1)), NIS repeal from 18 October 2024 (Art 44) — consistent across the official-text copies seen. Art 34 fine ceilings and Arts 32–33 taken from verbatim extracts cited in the fact dossier, not re-opened.',
      'Re-checked on 2026-12-07 against a copy of the OJ HTML of the Directive (CELEX 32022L2555) kept in a public repository: Art 2(2)(a)–(f) (including (f)(i) central government and (f)(ii) regional level after a risk-based assessment), Art 2(3)–(5), Art 2(7) (no application to public administration entities in national security, public security, defence or law enforcement) and 2(9) (not where the entity acts as a trust service provider), Art 3(1)(a)–(g) and 3(2), Art 6(35) (public administration entity; not the judiciary, parliaments or central banks) and Art 6(41) (research organisation: applied research or experimental development exploited commercially, not education institutions).',
      'Annex II sector 3 (undertakings manufacturing substances or distributing substances or mixtures, REACH Art 3(9) and (14), and producing articles from them, Art 3(3)) and sector 7 (research organisations) checked against two independent public extracts of the Annex (EN/DE); the Annex itself was not re-opened in the OJ copy.',
      'Establishment: Art 2(1) covers entities that “provide their services or carry out their activities within the Union”; Art 26(1) gives jurisdiction to the Member State of establishment, with the exceptions of (a) public electronic communications providers and (b) the digital-infrastructure and digital-provider types, which without an EU establishment designate a representative (Art 26(3)). Whether a manufacturer established only outside the Union, selling into it, is covered is contested; the engine follows the jurisdiction rule (see uncertainty register entry nis2-establishment).',
      'Per-Member-State transposition status as of November 2026 could not be established from the sources available; it is stated as varying, not encoded.',
      'Notification duties: Art 23(1)–(4), including 23(4)(e) (progress report while ongoing, final report one month after handling), checked against verbatim copies of the text (nis2-info.eu, a public repository extract). The definition of a significant cyber threat is cited to Art 23(2) rather than to its point in Art 6, whose number was not confirmed.',
    ],
  },
};
