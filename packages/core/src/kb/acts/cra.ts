// Cyber Resilience Act — Regulation (EU) 2024/2847.
import {
  all, any, classRule, duty, event, has, hasAny, is, not, oneOf, onOrAfter, ref, rule, unless,
} from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition } from '../types.ts';

/** Units placed on the market before 11 Dec 2027 meet the CRA's requirements only if substantially modified from that date (Art 69(2)). */
const placedOrModifiedUnderCra = any(
  onOrAfter('product.placedOnMarketOn', '2027-12-11', {
    label: 'the unit is placed on the market on or after 11 December 2027',
    cite: 'cra:art-69(2)',
  }),
  all(
    is('product.substantiallyModified', { label: 'the product has been substantially modified', cite: 'cra:art-3(30)' }),
    onOrAfter('product.substantiallyModifiedOn', '2027-12-11', {
      label: 'the substantial modification is made on or after 11 December 2027',
      cite: 'cra:art-69(2)',
    }),
  ),
);

export const cra: ActDefinition = {
  id: 'cra',
  kind: 'regulation',
  shortName: 'CRA',
  title:
    'Regulation (EU) 2024/2847 of the European Parliament and of the Council of 23 October 2024 on horizontal cybersecurity requirements for products with digital elements and amending Regulations (EU) No 168/2013 and (EU) 2019/1020 and Directive (EU) 2020/1828 (Cyber Resilience Act)',
  number: 'Regulation (EU) 2024/2847',
  celex: '32024R2847',
  eli: 'http://data.europa.eu/eli/reg/2024/2847/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202402847',
  anchors: 'oj-html',
  structure: { articles: 71, annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] },
  summary:
    'Horizontal cybersecurity requirements for hardware and software products with a data connection: secure design, vulnerability handling over a support period, reporting of actively exploited vulnerabilities and severe incidents, conformity assessment and CE marking. Products covered by the MDR or IVDR are excluded.',
  timeline: [
    event('2024-10-23', 'adopted', 'Signed by the Parliament and the Council'),
    event('2024-11-20', 'published', 'Published in the Official Journal (OJ L, 2024/2847)'),
    event('2024-12-10', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'cra:art-71(1)',
    }),
    // Chapter IV binds Member States and conformity assessment bodies, not products: an event, not a part.
    event('2026-06-11', 'other', 'Chapter IV (notification of conformity assessment bodies) applies', {
      cite: 'cra:art-71(2)',
    }),
    event('2026-09-11', 'applies', 'Reporting obligations of Article 14 apply, also to products placed on the market before 11 December 2027', {
      part: 'art-14',
      cite: 'cra:art-71(2)',
    }),
    event('2027-12-11', 'applies', 'The Regulation applies in full', { cite: 'cra:art-71(2)' }),
    event('2028-06-11', 'other', 'EU-type examination certificates issued under other Union harmonisation law for cybersecurity requirements stop being valid (unless they expire earlier)', {
      cite: 'cra:art-69(1)',
    }),
  ],
  parts: [
    { id: 'art-14', title: 'Reporting obligations of manufacturers (Art 14)', cite: 'cra:art-14' },
  ],
  scope: rule(
    'scope',
    'cra:art-2(1)',
    'a product with digital elements made available on the market whose intended purpose or reasonably foreseeable use includes a direct or indirect logical or physical data connection to a device or network',
    all(
      is('product.hasDigitalElements', { label: 'it is a product with digital elements', cite: 'cra:art-3(1)' }),
      is('product.dataConnection', { label: 'its intended or foreseeable use includes a data connection', cite: 'cra:art-2(1)' }),
      is('product.commercialActivity', { label: 'it is made available in the course of a commercial activity', cite: 'cra:art-3(22)' }),
    ),
    {
      unless: [
        unless('mdr', 'cra:art-2(2)(a)', 'the MDR applies to the product', ref('mdr:scope')),
        unless('ivdr', 'cra:art-2(2)(b)', 'the IVDR applies to the product', ref('ivdr:scope')),
        unless('vehicles', 'cra:art-2(2)(c)', 'Regulation (EU) 2019/2144 on vehicle type-approval applies', has('product.specialRegimes', 'motor-vehicle')),
        unless('aviation', 'cra:art-2(3)', 'the product is certified under Regulation (EU) 2018/1139 (civil aviation)', has('product.specialRegimes', 'civil-aviation')),
        unless('marine', 'cra:art-2(4)', 'the product is marine equipment under Directive 2014/90/EU', has('product.specialRegimes', 'marine-equipment')),
        unless('spare-parts', 'cra:art-2(6)', 'the product is a spare part replacing an identical component', has('product.specialRegimes', 'identical-spare-part')),
        unless('defence', 'cra:art-2(7)', 'the product is developed exclusively for national security or defence or to process classified information', has('product.specialRegimes', 'national-security-defence')),
      ],
      note: 'The MDR/IVDR exclusion is product by product: a companion app, gateway or cloud service that is not itself a device can still fall under the CRA.',
    },
  ),
  predicates: [
    rule(
      'important-class-i',
      'cra:art-7(1)',
      'its core functionality is a category of Annex III, Class I (including personal wearables with a health-monitoring purpose to which the MDR/IVDR do not apply, and wearables for children)',
      any(
        oneOf('product.craCoreFunction', [
          'identity-access-management', 'browser', 'password-manager', 'anti-malware', 'vpn',
          'network-management', 'siem', 'boot-manager', 'pki', 'network-interface', 'operating-system',
          'router-modem-switch', 'security-microprocessor', 'security-microcontroller', 'security-asic-fpga',
          'smart-home-assistant', 'smart-home-security', 'connected-toy',
        ], { label: 'its core functionality is listed in Annex III, Class I, points 1–18', cite: 'cra:annex-III' }),
        all(
          is('product.wearable', { label: 'it is a personal wearable product', cite: 'cra:annex-III' }),
          any(
            is('product.healthMonitoring', { label: 'it has a health-monitoring purpose', cite: 'cra:annex-III' }),
            is('product.forChildren', { label: 'it is intended for use by and for children', cite: 'cra:annex-III' }),
          ),
          not(ref('mdr:scope'), { label: 'the MDR does not apply to it', cite: 'cra:annex-III' }),
          not(ref('ivdr:scope'), { label: 'the IVDR does not apply to it', cite: 'cra:annex-III' }),
        ),
      ),
      { note: 'Annex III, Class I, point 19 names personal wearables with a health-monitoring purpose outside the MDR/IVDR. Integrating a listed component does not by itself make a product important (Art 7(1)). Implementing Regulation (EU) 2025/2392 gives the technical descriptions of the categories.' },
    ),
    rule(
      'important-class-ii',
      'cra:art-7(1)',
      'its core functionality is a category of Annex III, Class II',
      oneOf('product.craCoreFunction', [
        'hypervisor-container-runtime', 'firewall-ids-ips', 'tamper-resistant-microprocessor',
        'tamper-resistant-microcontroller',
      ], { label: 'its core functionality is listed in Annex III, Class II', cite: 'cra:annex-III' }),
    ),
    rule(
      'critical',
      'cra:art-8(1)',
      'its core functionality is a category of Annex IV (critical products)',
      oneOf('product.craCoreFunction', ['hardware-security-box', 'smart-meter-gateway', 'smartcard-secure-element'], {
        label: 'its core functionality is listed in Annex IV',
        cite: 'cra:annex-IV',
      }),
    ),
  ],
  classifiers: [
    {
      id: 'category',
      subject: 'product',
      title: 'CRA product category',
      cite: 'cra:art-7(1)',
      mode: 'highest',
      outcomes: ['out-of-scope', 'default', 'important-class-i', 'important-class-ii', 'critical'],
      outcomeInfo: {
        'out-of-scope': { label: 'Outside the CRA', consequence: 'No CRA duties; see the scope verdict for the reason (e.g. the MDR or IVDR applies, Art 2(2)).' },
        default: {
          label: 'Product with digital elements (default category)',
          consequence: 'Conformity by internal control (module A), EU-type examination with conformity to type (B+C), full quality assurance (H) or a European cybersecurity certificate.',
          cite: 'cra:art-32(1)',
        },
        'important-class-i': {
          label: 'Important product, Class I (Annex III)',
          consequence: 'Module A only where harmonised standards, common specifications or a European cybersecurity certificate (at least “substantial”) were applied in full; otherwise B+C, H or certification. No CRA harmonised standard had been cited in the Official Journal when this entry was checked.',
          cite: 'cra:art-32(2)',
        },
        'important-class-ii': {
          label: 'Important product, Class II (Annex III)',
          consequence: 'B+C, H or a European cybersecurity certificate at least “substantial”; no self-assessment.',
          cite: 'cra:art-32(3)',
        },
        critical: {
          label: 'Critical product (Annex IV)',
          consequence: 'A European cybersecurity certificate under a scheme made mandatory by delegated act (Art 8(1)), at least “substantial”; without such an act, the Class II procedures.',
          cite: 'cra:art-32(4)',
        },
      },
      rules: [
        classRule('out-of-scope', 'cra:art-2(1)', 'the CRA does not cover the product (Art 2)', 'out-of-scope',
          not(ref('cra:scope'), { label: 'the product is outside the scope of the CRA', cite: 'cra:art-2(1)' })),
        classRule('default', 'cra:art-2(1)', 'a product with digital elements within the scope of the CRA', 'default',
          ref('cra:scope', { label: 'the product is within the scope of the CRA', cite: 'cra:art-2(1)' })),
        classRule('important-class-i', 'cra:art-7(1)', 'its core functionality is listed in Annex III, Class I', 'important-class-i',
          all(ref('cra:scope'), ref('cra:important-class-i', { label: 'its core functionality is an Annex III Class I category', cite: 'cra:annex-III' }))),
        classRule('important-class-ii', 'cra:art-7(1)', 'its core functionality is listed in Annex III, Class II', 'important-class-ii',
          all(ref('cra:scope'), ref('cra:important-class-ii', { label: 'its core functionality is an Annex III Class II category', cite: 'cra:annex-III' }))),
        classRule('critical', 'cra:art-8(1)', 'its core functionality is listed in Annex IV', 'critical',
          all(ref('cra:scope'), ref('cra:critical', { label: 'its core functionality is an Annex IV category', cite: 'cra:annex-IV' }))),
      ],
      note: 'Technical descriptions of the categories are set by Implementing Regulation (EU) 2025/2392; the profile states the core-functionality category directly.',
    },
  ],
  notifications: [
    {
      id: 'cra:actively-exploited-vulnerability',
      title: 'Notify an actively exploited vulnerability in the product',
      cite: 'cra:art-14(1)',
      trigger: is('incident.activelyExploitedVulnerability', {
        label: 'the product contains a vulnerability that a malicious actor has been reliably shown to exploit',
        cite: 'cra:art-14(1)',
      }),
      who: 'manufacturer',
      recipient: 'cra-coordinating-csirt-and-enisa',
      steps: [
        {
          id: 'early-warning',
          title: 'Early warning',
          cite: 'cra:art-14(2)(a)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 24, unit: 'hours' } },
          content: content('notifier-identity', 'product-identification', 'awareness-time', 'member-states-made-available'),
          note: 'Indicates, where applicable, the Member States in which the manufacturer knows the product has been made available.',
        },
        {
          id: 'vulnerability-notification',
          title: 'Vulnerability notification',
          cite: 'cra:art-14(2)(b)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 72, unit: 'hours' } },
          content: content('product-identification', 'exploit-nature', 'mitigation-measures', 'user-measures', 'information-sensitivity'),
          note: 'Unless the information has already been given.',
        },
        {
          id: 'intermediate-report',
          title: 'Intermediate report',
          cite: 'cra:art-14(6)',
          deadline: { kind: 'on-request' },
          content: content('status-update'),
          note: 'On request of the coordinating CSIRT.',
        },
        {
          id: 'final-report',
          title: 'Final report',
          cite: 'cra:art-14(2)(c)',
          deadline: { kind: 'within', period: { amount: 14, unit: 'days' }, anchor: { kind: 'measure-available' } },
          content: content('detailed-description', 'malicious-actor', 'security-update'),
          note: 'Due 14 days after a corrective or mitigating measure is available, unless the information has already been given.',
        },
      ],
      part: 'art-14',
      awarenessFrom: '2026-09-11',
      note: 'Notified through the ENISA single reporting platform (Art 16) to the CSIRT designated as coordinator of the Member State of the manufacturer’s main establishment, and at the same time to ENISA (Art 14(1), (7)); manufacturers without an EU establishment use the Member State of their authorised representative, importer, distributor or most users, in that order. Also covers products placed on the market before 11 December 2027 (Art 69(3)). A vulnerability found in research or testing without malicious exploitation is not actively exploited.',
    },
    {
      id: 'cra:severe-incident',
      title: 'Notify a severe incident having an impact on the security of the product',
      cite: 'cra:art-14(3)',
      trigger: hasAny('incident.severeIncidentProductSecurity', ['data-or-functions', 'malicious-code'], {
        label: 'the incident affects the product’s ability to protect sensitive or important data or functions, or has led or can lead to malicious code being introduced or executed (a severe incident)',
        cite: 'cra:art-14(5)',
      }),
      who: 'manufacturer',
      recipient: 'cra-coordinating-csirt-and-enisa',
      steps: [
        {
          id: 'early-warning',
          title: 'Early warning',
          cite: 'cra:art-14(4)(a)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 24, unit: 'hours' } },
          content: content('notifier-identity', 'product-identification', 'awareness-time', 'suspected-malicious', 'member-states-made-available'),
          note: 'Says at least whether the incident is suspected of being caused by unlawful or malicious acts and, where applicable, the Member States in which the product has been made available.',
        },
        {
          id: 'incident-notification',
          title: 'Incident notification',
          cite: 'cra:art-14(4)(b)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' }, outerLimit: { amount: 72, unit: 'hours' } },
          content: content(
            'product-identification', 'incident-description', 'occurrence-time', 'severity-and-impact', 'mitigation-measures',
            'user-measures', 'information-sensitivity',
          ),
          note: 'Unless the information has already been given.',
        },
        {
          id: 'intermediate-report',
          title: 'Intermediate report',
          cite: 'cra:art-14(6)',
          deadline: { kind: 'on-request' },
          content: content('status-update'),
          note: 'On request of the coordinating CSIRT.',
        },
        {
          id: 'final-report',
          title: 'Final report',
          cite: 'cra:art-14(4)(c)',
          deadline: { kind: 'within', period: { amount: 1, unit: 'months' }, anchor: { kind: 'step', step: 'incident-notification' } },
          content: content('detailed-description', 'root-cause', 'mitigation-measures'),
          note: 'Due one month after the incident notification, not after awareness.',
        },
      ],
      part: 'art-14',
      awarenessFrom: '2026-09-11',
      note: 'Same channel as for actively exploited vulnerabilities (Art 14(7), Art 16). An incident is any event compromising the availability, authenticity, integrity or confidentiality of data or services of network and information systems (Art 3, referring to NIS2 Art 6(6)); only severe incidents in the sense of Art 14(5) are notified.',
    },
    {
      id: 'cra:inform-users',
      title: 'Inform the users affected by an actively exploited vulnerability or severe incident',
      cite: 'cra:art-14(8)',
      trigger: any(
        is('incident.activelyExploitedVulnerability', {
          label: 'the product contains an actively exploited vulnerability',
          cite: 'cra:art-14(1)',
        }),
        hasAny('incident.severeIncidentProductSecurity', ['data-or-functions', 'malicious-code'], {
          label: 'a severe incident has an impact on the security of the product',
          cite: 'cra:art-14(5)',
        }),
      ),
      who: 'manufacturer',
      recipient: 'users',
      steps: [
        {
          id: 'inform-users',
          title: 'Inform the impacted users, and where appropriate all users',
          cite: 'cra:art-14(8)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('product-identification', 'incident-description', 'user-measures'),
          note: 'Art 14(8) asks for the information after awareness without a fixed period; planned here as without undue delay. Where appropriate in a structured, machine-readable format that is easily processed automatically (e.g. a CSAF advisory). The CSIRT may inform users itself if the manufacturer does not do so in a timely manner.',
        },
      ],
      part: 'art-14',
      awarenessFrom: '2026-09-11',
    },
  ],
  obligations: [
    duty({
      id: 'cra:essential-requirements', role: 'manufacturer', category: 'security-requirements',
      cite: 'cra:art-13(1)', title: 'Design, develop and produce to the essential cybersecurity requirements',
      summary: 'Products placed on the market must meet Annex I Part I: no known exploitable vulnerabilities, secure-by-default configuration, security updates, access control, confidentiality and integrity of data, data minimisation, availability, limited attack surface, logging, and secure data removal.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:risk-assessment', role: 'manufacturer', category: 'security-requirements',
      cite: 'cra:art-13(2)', title: 'Cybersecurity risk assessment',
      summary: 'Assess the cybersecurity risks of the product, take the result into account in every phase of its life, document it in the technical documentation and update it during the support period.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:component-due-diligence', role: 'manufacturer', category: 'security-requirements',
      cite: 'cra:art-13(5)', title: 'Due diligence on third-party components',
      summary: 'Exercise due diligence when integrating third-party components, including free and open-source software, so that they do not compromise the product’s cybersecurity.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:vulnerability-handling', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'cra:annex-I-part-II', title: 'Handle vulnerabilities for the support period',
      summary: 'For the whole support period: identify and document vulnerabilities and components, remediate without delay, test regularly, disclose fixed vulnerabilities, run a coordinated vulnerability disclosure policy, offer a contact address and distribute security updates securely and free of charge.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:sbom', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'cra:annex-I-part-II(1)', title: 'Software bill of materials',
      summary: 'Draw up an SBOM in a commonly used, machine-readable format covering at least the top-level dependencies; include it in the technical documentation and give it to market surveillance authorities on reasoned request.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:report-component-vulnerabilities', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'cra:art-13(6)', title: 'Report vulnerabilities found in integrated components',
      summary: 'Report a vulnerability found in an integrated component, including open-source components, to whoever maintains it, and share the fix where one was developed.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:support-period', role: 'manufacturer', category: 'updates-and-support',
      cite: 'cra:art-13(8)', title: 'Set and honour a support period',
      summary: 'Fix a support period that reflects the time the product is expected to be in use: at least five years, unless the product is expected to be in use for less.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:updates-stay-available', role: 'manufacturer', category: 'updates-and-support',
      cite: 'cra:art-13(9)', title: 'Keep security updates available',
      summary: 'Each security update issued during the support period stays available for at least ten years after it is issued, or for the rest of the support period if that is longer.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:end-of-support-information', role: 'manufacturer', category: 'updates-and-support',
      cite: 'cra:art-13(19)', title: 'State the end of the support period at purchase',
      summary: 'Show the end date of the support period (at least month and year) clearly at the time of purchase, and notify users when support ends where technically feasible.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:report-exploited-vulnerability', role: 'manufacturer', category: 'incident-reporting',
      cite: 'cra:art-14(1)', part: 'art-14', title: 'Report actively exploited vulnerabilities',
      summary: 'Notify any actively exploited vulnerability in the product, through the ENISA single reporting platform to the coordinating CSIRT and ENISA: early warning within 24 hours, notification within 72 hours, final report within 14 days after a corrective or mitigating measure is available.',
      note: 'Applies also to products placed on the market before 11 December 2027 (Art 69(3)).',
    }),
    duty({
      id: 'cra:report-severe-incident', role: 'manufacturer', category: 'incident-reporting',
      cite: 'cra:art-14(3)', part: 'art-14', title: 'Report severe incidents having an impact on the product’s security',
      summary: 'Notify any severe incident affecting the product’s security through the single reporting platform: early warning within 24 hours, incident notification within 72 hours, final report within one month of the notification.',
    }),
    duty({
      id: 'cra:inform-users', role: 'manufacturer', category: 'incident-reporting',
      cite: 'cra:art-14(8)', part: 'art-14', title: 'Inform affected users',
      summary: 'After becoming aware of an actively exploited vulnerability or severe incident, inform the impacted users (and where appropriate all users) of it and of the mitigating measures they can take, where appropriate in a structured, machine-readable format.',
    }),
    duty({
      id: 'cra:conformity-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'cra:art-32(1)', title: 'Conformity assessment',
      summary: 'Before placing the product on the market, carry out a conformity assessment: internal control (module A), EU-type examination with conformity to type (modules B and C), full quality assurance (module H) or an EU cybersecurity certification scheme.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:conformity-assessment-important-class-i', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'cra:art-32(2)', title: 'Third-party assessment for important products of Class I unless standards are applied in full',
      summary: 'For an Annex III Class I product, internal control is open only where harmonised standards, common specifications or a European cybersecurity certification scheme (at least “substantial”) were applied in full; otherwise modules B+C or H, or certification.',
      when: all(placedOrModifiedUnderCra, ref('cra:important-class-i')),
      note: 'No CRA harmonised standard had been cited in the Official Journal when this entry was checked, so in practice a notified body is needed.',
    }),
    duty({
      id: 'cra:conformity-assessment-important-class-ii', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'cra:art-32(3)', title: 'Third-party assessment for important products of Class II',
      summary: 'For an Annex III Class II product: EU-type examination with conformity to type (B+C), full quality assurance (H) or a European cybersecurity certificate at least at assurance level “substantial”. No self-assessment.',
      when: all(placedOrModifiedUnderCra, ref('cra:important-class-ii')),
    }),
    duty({
      id: 'cra:certification-critical', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'cra:art-32(4)', title: 'Certification of critical products',
      summary: 'For an Annex IV product: a European cybersecurity certificate under a scheme made mandatory by delegated act (Art 8(1)), at least “substantial”; without such an act, the Class II procedures.',
      when: all(placedOrModifiedUnderCra, ref('cra:critical')),
    }),
    duty({
      id: 'cra:technical-documentation', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'cra:art-31(1)', title: 'Technical documentation',
      summary: 'Draw up the technical documentation of Annex VII before placing on the market and keep it, with the EU declaration of conformity, for ten years or the support period if longer (Art 13(13)).',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:declaration-and-ce-marking', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'cra:art-28(1)', title: 'EU declaration of conformity and CE marking',
      summary: 'Draw up the EU declaration of conformity and affix the CE marking (Art 30) once conformity has been demonstrated.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:user-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'cra:art-13(18)', title: 'Information and instructions for the user',
      summary: 'Accompany the product with the information and instructions of Annex II (contact point, intended purpose, support period, secure installation and use, SBOM availability) and keep them available for ten years or the support period if longer.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:single-point-of-contact', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'cra:art-13(17)', title: 'Single point of contact for users',
      summary: 'Designate a single point of contact through which users can report vulnerabilities and communicate with the manufacturer.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:corrective-action', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'cra:art-13(21)', title: 'Corrective action on non-conformity',
      summary: 'Where the product or the manufacturer’s processes do not conform, take the corrective measures needed without delay, or withdraw or recall the product.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:authorised-representative-tasks', role: 'authorised-representative', category: 'documentation-and-information',
      cite: 'cra:art-18(3)', title: 'Tasks of the authorised representative',
      summary: 'Keep the declaration of conformity and technical documentation at the disposal of market surveillance authorities, provide information on reasoned request and cooperate on corrective action.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:importer-checks', role: 'importer', category: 'conformity-assessment',
      cite: 'cra:art-19(1)', title: 'Place only conforming products on the market',
      summary: 'Check that the manufacturer carried out the conformity assessment, drew up the technical documentation, affixed the CE marking and supplies the Annex II information; do not place a non-conforming product on the market.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:importer-vulnerability-information', role: 'importer', category: 'vulnerability-handling',
      cite: 'cra:art-19(5)', title: 'Pass on vulnerabilities to the manufacturer',
      summary: 'On becoming aware of a vulnerability, inform the manufacturer without undue delay; where the product presents a significant cybersecurity risk, also inform the market surveillance authorities.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:distributor-care', role: 'distributor', category: 'conformity-assessment',
      cite: 'cra:art-20(1)', title: 'Act with due care',
      summary: 'Before making the product available, verify the CE marking and that the manufacturer and importer met their obligations; inform the manufacturer of vulnerabilities without undue delay.',
      when: placedOrModifiedUnderCra,
    }),
    duty({
      id: 'cra:steward-policy', role: 'open-source-steward', category: 'governance',
      cite: 'cra:art-24(1)', title: 'Cybersecurity policy of an open-source steward',
      summary: 'Put in place and document a verifiable cybersecurity policy that fosters secure development and effective vulnerability handling, and cooperate with market surveillance authorities.',
    }),
  ],
  notes: [
    'Placing on the market is per unit: new units of an older design placed on or after 11 December 2027 must conform.',
    'How Member States sanction breaches of Art 14 between 11 September 2026 and 11 December 2027 is unsettled: the penalties of Art 64 are not in the early-application list of Art 71(2).',
  ],
  sources: [
    { title: 'Regulation (EU) 2024/2847 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj/eng' },
    { title: 'Commission Implementing Regulation (EU) 2025/2392 (technical descriptions of Annex III and IV)', url: 'https://eur-lex.europa.eu/eli/reg_impl/2025/2392/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Art 2(1)–(7), Art 7(1), Art 13, Art 14, Art 32, Art 69(2)–(3), Art 71(1)–(2) and Annexes III and IV checked against the OJ text (OJ L, 2024/2847).',
      'Entry into force 10 December 2024 (twentieth day after publication on 20 November 2024); one secondary source says 11 December 2024, which is wrong.',
      'Technical descriptions of Implementing Regulation (EU) 2025/2392 are not yet encoded; classification follows the Annex headings.',
      'Notification duties: Art 14(2)(a)–(c), 14(4)(a)–(c), 14(5)(a)–(b), 14(7) and 14(8) checked against several verbatim quotations of the OJ text in public repositories and the ENISA single-reporting-platform FAQ; the definition of actively exploited vulnerability (Art 3) checked, but its point number (believed 42) was not, so the facts cite Art 14(1). That the intermediate report on request sits in Art 14(6) follows the fact dossier and secondary sources. Whether incidents the manufacturer became aware of before 11 September 2026 are covered is read from Art 71(2): the duty is modelled for awareness from that date.',
    ],
  },
};
