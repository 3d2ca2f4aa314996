// General Product Safety Regulation — Regulation (EU) 2023/988.
import { all, any, duty, event, is, not, ref, rule, unless } from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition } from '../types.ts';

/**
 * Art 2(1), second subparagraph: where Union law sets specific safety requirements with the same
 * objective, the GPSR covers only the aspects and risks they leave open. The MDR and IVDR cover
 * the safety of devices, including their electronic programmable systems and IT security, and
 * run their own vigilance; so the general safety requirement, the economic-operator duties of
 * Chapter III, Section 1, and accident reporting are displaced for devices.
 */
const notADevice = all(
  not(ref('mdr:scope'), { label: 'the MDR does not cover the product', cite: 'gpsr:art-2(1)' }),
  not(ref('ivdr:scope'), { label: 'the IVDR does not cover the product', cite: 'gpsr:art-2(1)' }),
);

/** For devices, MDR or IVDR vigilance and field safety corrective actions take the place of these notifications. */
const deviceVigilance = unless('device-vigilance', 'gpsr:art-2(1)',
  'the MDR or IVDR covers the product: its own vigilance rules have the same objective and apply instead',
  any(
    ref('mdr:scope', { label: 'the MDR covers the product', cite: 'gpsr:art-2(1)' }),
    ref('ivdr:scope', { label: 'the IVDR covers the product', cite: 'gpsr:art-2(1)' }),
  ));

export const gpsr: ActDefinition = {
  id: 'gpsr',
  kind: 'regulation',
  shortName: 'GPSR',
  title:
    'Regulation (EU) 2023/988 of the European Parliament and of the Council of 10 May 2023 on general product safety, amending Regulation (EU) No 1025/2012 of the European Parliament and of the Council and Directive (EU) 2020/1828 of the European Parliament and the Council, and repealing Directive 2001/95/EC of the European Parliament and of the Council and Council Directive 87/357/EEC',
  number: 'Regulation (EU) 2023/988',
  celex: '32023R0988',
  eli: 'http://data.europa.eu/eli/reg/2023/988/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023R0988',
  structure: { articles: 52, annexes: ['I', 'II', 'III'] },
  summary:
    'Consumer products must be safe. The safety assessment takes account of cybersecurity features where an outside influence could affect safety. Manufacturers, importers and distributors carry traceability, documentation, corrective-action and accident-reporting duties; online marketplaces have their own duties; recalls follow set rules on notices and remedies. Where sector law such as the MDR or IVDR covers a risk, the GPSR covers only what that law leaves open.',
  timeline: [
    event('2023-05-10', 'adopted', 'Signed by the Parliament and the Council'),
    event('2023-05-23', 'published', 'Published in the Official Journal (OJ L 135, 23.5.2023, p. 1)'),
    event('2023-06-12', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'gpsr:art-52' }),
    event('2024-12-13', 'applies', 'The Regulation applies; Directive 2001/95/EC and Directive 87/357/EEC are repealed from this date (Art 50)', {
      cite: 'gpsr:art-52',
    }),
  ],
  scope: rule(
    'scope',
    'gpsr:art-2(1)',
    'a consumer product placed or made available on the market: one intended for consumers or likely, under reasonably foreseeable conditions, to be used by them',
    is('product.consumerProduct', { label: 'it is intended for, or likely to be used by, consumers', cite: 'gpsr:art-3(1)' }),
    {
      note: 'Art 2(1), second subparagraph: where specific Union law (MDR, IVDR, RED, CRA, …) sets safety requirements with the same objective, the GPSR applies only to the aspects, risks or categories of risk those requirements do not cover. A consumer medical device therefore stays within the GPSR, but the general safety requirement, the Chapter III, Section 1 duties and accident reporting are displaced by the MDR or IVDR; the distance-sales, online-marketplace and recall rules still reach it where the sector law has no provision with the same objective.',
    },
  ),
  notifications: [
    {
      id: 'gpsr:accident-notification',
      title: 'Notify an accident caused by the product through the Safety Business Gateway',
      cite: 'gpsr:art-20(1)',
      trigger: is('incident.consumerProductAccident', {
        label: 'the product caused an accident: a death or serious adverse effects on a person’s health and safety',
        cite: 'gpsr:art-20(2)',
      }),
      who: 'manufacturer',
      recipient: 'product-safety-authority',
      exemptions: [deviceVigilance],
      steps: [
        {
          id: 'notification',
          title: 'Notify the accident',
          cite: 'gpsr:art-20(1)',
          deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
          content: content('notifier-identity', 'product-identification', 'incident-description', 'occurrence-location', 'health-outcome'),
          note: 'Through the Safety Business Gateway (Art 27) to the authorities of the Member State where the accident occurred, with at least the type and identification number of the product and the circumstances; further information on request. No fixed period.',
        },
      ],
      note: 'A manufacturer outside the Union relies on its responsible economic operator in the Union (Art 16) to make the notification; importers and distributors that learn of an accident inform the manufacturer (Art 20(3), the duties below). That device vigilance displaces this duty for MDR/IVDR devices is an inference from Art 2(1) supported by secondary commentary (medium confidence).',
    },
    ...(['importer', 'distributor'] as const).map((who) => ({
      id: `gpsr:accident-information-${who}` as const,
      title: 'Tell the manufacturer of an accident caused by the product',
      cite: 'gpsr:art-20(3)' as const,
      trigger: is('incident.consumerProductAccident', {
        label: 'the product caused an accident: a death or serious adverse effects on a person’s health and safety',
        cite: 'gpsr:art-20(2)',
      }),
      who,
      recipient: 'manufacturer' as const,
      exemptions: [deviceVigilance],
      steps: [
        {
          id: 'inform-manufacturer',
          title: 'Inform the manufacturer',
          cite: 'gpsr:art-20(3)' as const,
          deadline: { kind: 'without-undue-delay' as const, anchor: { kind: 'awareness' as const } },
          content: content('product-identification', 'incident-description', 'occurrence-location', 'health-outcome'),
          note: 'The manufacturer may ask the importer or distributor to notify the accident through the Safety Business Gateway itself.',
        },
      ],
    })),
    {
      id: 'gpsr:dangerous-product',
      title: 'Alert authorities and consumers to a dangerous product',
      cite: 'gpsr:art-9(8)',
      trigger: is('incident.productDangerous', {
        label: 'the manufacturer considers or has reason to believe that the product is dangerous',
        cite: 'gpsr:art-9(8)',
      }),
      who: 'manufacturer',
      recipient: 'product-safety-authority',
      exemptions: [deviceVigilance],
      steps: [
        {
          id: 'alert-authorities',
          title: 'Alert the market surveillance authorities through the Safety Business Gateway',
          cite: 'gpsr:art-9(8)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' } },
          content: content('notifier-identity', 'product-identification', 'risk-description', 'corrective-actions', 'member-states-made-available'),
          note: 'To the authorities of the Member States where the product was made available, with the risk and the corrective measures taken (withdrawal or recall as appropriate).',
        },
        {
          id: 'inform-consumers',
          title: 'Inform consumers',
          cite: 'gpsr:art-9(8)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' } },
          content: content('product-identification', 'risk-description', 'user-measures'),
          recipient: 'users',
          note: 'A recall is notified to consumers with a recall notice and remedies (Arts 35–37).',
        },
      ],
      note: 'That Art 9(8) is a notification through the Safety Business Gateway is confirmed by the Commission’s guidelines on the Gateway (C/2025/6238, listing Arts 9(8), 10(2), 11(2) and (8), 12(4), 20 and 22); the exact wording (“immediately”, and informing consumers) follows our reading and secondary sources (medium confidence). Importers (Art 11) and distributors (Art 12) have parallel duties, not encoded here.',
    },
  ],
  obligations: [
    duty({
      id: 'gpsr:general-safety-requirement', role: 'manufacturer', category: 'security-requirements',
      cite: 'gpsr:art-5', title: 'Place only safe products on the market',
      summary: 'Place or make available only safe products, and ensure they are designed and manufactured to the general safety requirement (Art 9(1)). Safety is judged on the aspects of Art 6, including interconnection with other products and, where the nature of the product requires, its cybersecurity and its evolving, learning or predictive functions.',
      when: notADevice,
      note: 'For radio equipment the RED’s health-and-safety requirement (Art 3(1)(a)) covers much of the same ground, so this requirement bites only on risks the RED leaves open.',
    }),
    duty({
      id: 'gpsr:cybersecurity-in-safety-assessment', role: 'manufacturer', category: 'security-requirements',
      cite: 'gpsr:art-6(1)(h)', title: 'Cybersecurity features needed for safety',
      summary: 'Where the nature of the product requires it, give it the cybersecurity features needed to protect it against external influences, including malicious third parties, that could affect its safety — including a possible loss of interconnection — and take them into account in the safety assessment.',
      when: all(
        notADevice,
        any(
          is('product.dataConnection', { label: 'it has a data connection to a device or network', cite: 'gpsr:art-6(1)(h)' }),
          is('product.internetConnected', { label: 'it can communicate over the internet', cite: 'gpsr:art-6(1)(h)' }),
        ),
      ),
      note: 'Lettering (h) for cybersecurity and (i) for evolving, learning and predictive functions follows our reading of the OJ text; it was not re-confirmed against EUR-Lex in this pass.',
    }),
    duty({
      id: 'gpsr:internal-risk-analysis', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'gpsr:art-9(2)', title: 'Internal risk analysis and technical documentation',
      summary: 'Before placing the product on the market, carry out an internal risk analysis and draw up technical documentation with at least a general description of the product and its essential safety properties; keep it up to date and available to market surveillance authorities for ten years (Art 9(3)).',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:traceability-and-contact', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'gpsr:art-9(5)', title: 'Product identification and manufacturer contact details',
      summary: 'Bear a type, batch or serial number or another element identifying the product (Art 9(5)) and the manufacturer’s name, registered trade name or trade mark, postal and electronic address (Art 9(6)), on the product or, where that is not possible, on the packaging or an accompanying document.',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:instructions-and-safety-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'gpsr:art-9(7)', title: 'Instructions and safety information',
      summary: 'Accompany the product with clear instructions and safety information in a language easily understood by consumers, as decided by the Member State where it is made available.',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:dangerous-product-action', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'gpsr:art-9(8)', title: 'Immediate action on a dangerous product',
      summary: 'Where the manufacturer considers or has reason to believe that a product it placed on the market is dangerous, immediately take the corrective measures needed (withdrawal or recall as appropriate), inform consumers, and alert the market surveillance authorities of the Member States where it was made available through the Safety Business Gateway.',
      when: notADevice,
      note: 'For devices the field-safety-corrective-action rules of the MDR and IVDR take the place of this duty.',
    }),
    duty({
      id: 'gpsr:accident-notification', role: 'manufacturer', category: 'incident-reporting',
      cite: 'gpsr:art-20(1)', title: 'Notify accidents through the Safety Business Gateway',
      summary: 'Ensure that an accident caused by the product — an occurrence that led to a person’s death or to serious adverse effects on health and safety, permanent or temporary (Art 20(2)) — is notified without undue delay after becoming aware of it, through the Safety Business Gateway, to the competent authorities of the Member State where it occurred, with the product type, identification number and circumstances.',
      when: notADevice,
      note: 'The text sets no fixed hour or day limit. For devices the MDR/IVDR vigilance regime (serious incidents to the competent authority through EUDAMED) applies instead; that displacement rests on Art 2(1) and on secondary commentary (medium confidence).',
    }),
    duty({
      id: 'gpsr:distance-sales-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'gpsr:art-19', title: 'Information in online and distance offers',
      summary: 'When offering the product online or by other distance means, show clearly and visibly in the offer the manufacturer’s name and postal and electronic address (and of the responsible person in the Union where the manufacturer is outside it), information identifying the product with a picture, and any warning or safety information in the local language.',
    }),
    duty({
      id: 'gpsr:recall-information-and-remedies', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'gpsr:art-35', title: 'Recall: reach consumers, publish a recall notice, offer a remedy',
      summary: 'In a product safety recall, notify affected consumers directly where their contact data are available and otherwise disseminate the notice widely (Art 35); use a written recall notice with the prescribed content (Art 36; template in Implementing Regulation (EU) 2024/1435); and offer consumers an effective, cost-free and timely remedy — at least a choice between repair, replacement and an adequate refund (Art 37).',
    }),
    duty({
      id: 'gpsr:importer-checks', role: 'importer', category: 'conformity-assessment',
      cite: 'gpsr:art-11(1)', title: 'Place only safe, properly documented products',
      summary: 'Place on the market only products that meet the general safety requirement; before doing so, check that the manufacturer drew up the technical documentation and met its identification, contact and instruction duties; add the importer’s own name and postal and electronic address; keep the technical documentation available for ten years.',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:importer-accident-information', role: 'importer', category: 'incident-reporting',
      cite: 'gpsr:art-20(3)', title: 'Pass accident information to the manufacturer',
      summary: 'Inform the manufacturer without undue delay of accidents caused by the product that come to the importer’s knowledge; the manufacturer may ask the importer to make the notification.',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:distributor-checks', role: 'distributor', category: 'conformity-assessment',
      cite: 'gpsr:art-12(1)', title: 'Verify manufacturer and importer compliance',
      summary: 'Before making the product available, verify that the manufacturer and the importer met their identification, contact and instruction duties; do not make available a product believed not to be safe, and take or ensure corrective action where a product made available is dangerous.',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:distributor-accident-information', role: 'distributor', category: 'incident-reporting',
      cite: 'gpsr:art-20(3)', title: 'Pass accident information to the manufacturer',
      summary: 'Inform the manufacturer without undue delay of accidents caused by the product that come to the distributor’s knowledge.',
      when: notADevice,
    }),
    duty({
      id: 'gpsr:distributor-distance-sales-information', role: 'distributor', category: 'documentation-and-information',
      cite: 'gpsr:art-19', title: 'Information in online and distance offers',
      summary: 'When offering the product online or by other distance means, show the manufacturer’s (and where relevant the responsible person’s) contact details, product identification with a picture and warnings or safety information in the offer itself.',
    }),
  ],
  notes: [
    'Providers of online marketplaces have their own duties (Art 22): a single contact point for authorities and consumers, registration with Safety Gate, an interface that lets traders show the Art 19 information, and removal of dangerous product listings following an authority order within two working days. They are not encoded as obligations because the knowledge base has no marketplace role; use `organisation.digitalActivities: online-marketplace` to flag them.',
    'The GPSR requires an economic operator established in the Union for each product placed on the market (Art 16, which refers to Art 4 of Regulation (EU) 2019/1020).',
    'A product that complies with the Cyber Resilience Act is not thereby exempt from the GPSR: the GPSR still governs safety risks the CRA does not address.',
  ],
  sources: [
    { title: 'Regulation (EU) 2023/988 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2023/988/oj/eng' },
    { title: 'Commission Implementing Regulation (EU) 2024/1435 (recall notice template)', url: 'https://eur-lex.europa.eu/eli/reg_impl/2024/1435/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Title, OJ reference, entry into force (12 June 2023) and application (13 December 2024, Art 52) taken from the fact dossier (high confidence).',
      'Art 20 (accident notification through the Safety Business Gateway, without undue delay, no fixed hour limit) taken from the dossier, which quotes the German OJ text (high confidence).',
      'Arts 35–37 confirmed from several secondary sources: Art 35 informing consumers, Art 36 recall notice (template in Implementing Regulation (EU) 2024/1435 under Art 36(3)), Art 37 remedies.',
      'Not confirmed from the OJ text in this pass: the lettering of Art 6(1)(h) (cybersecurity) and the paragraph numbers of Art 9 (9(2) risk analysis, 9(5)–(7) identification and instructions, 9(8) dangerous products) — they follow our reading of the text and secondary descriptions (medium confidence); the content of the consolidated version dated 29 May 2026 was not established.',
      'That MDR vigilance displaces GPSR accident notification for devices is an inference from Art 2(1) supported by secondary commentary (medium confidence).',
      'Art 22 (online marketplaces) confirmed in substance from secondary sources (two-working-day removal); paragraph numbers not checked.',
      'The structure (52 articles, Annexes I–III) follows our reading of the text; the annex count was not re-checked and no annex is cited.',
      'Notification duties: the Commission guidelines on the Safety Business Gateway (C/2025/6238, OJ C 21.11.2025) confirm that businesses notify dangerous products and accidents through the Gateway under Arts 9(8), 10(2), 11(2) and (8), 12(4), 20 and 22. The wording of Art 9(8) itself could not be opened in this pass.',
    ],
  },
};
