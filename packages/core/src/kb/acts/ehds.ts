// European Health Data Space — Regulation (EU) 2025/327.
import { all, any, duty, event, is, not, oneOf, ref, rule } from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ActDefinition } from '../types.ts';

const ehrSystem = is('product.ehr.isEhrSystem', {
  label: 'it is an EHR system',
  cite: 'ehds:art-2(2)(k)',
});
const claimsInteroperability = is('product.ehr.claimsEhrInteroperability', {
  label: 'the manufacturer claims interoperability with the harmonised software components of EHR systems',
  cite: 'ehds:art-27(1)',
});
const wellnessApp = is('product.ehr.wellnessApp', {
  label: 'it is a wellness application',
  cite: 'ehds:art-2(2)(ab)',
});

/**
 * Why the EHR-system duties carry the dates of the deferred articles: Art 105 defers only
 * Arts 25–27 and 47–49, but an EHR system is defined by the priority categories of Art 14
 * (Art 2(2)(k)), which apply only from 26 March 2029 (points (a)–(c)) and 2031 (points (d)–(f)).
 */
const DATE_NOTE =
  'Dated with Art 105(a): from 26 March 2029 for EHR systems intended to process patient summaries, e-prescriptions or e-dispensations; for systems intended only for medical images, laboratory results or discharge reports the date is 26 March 2031 (Art 105(b)). EHR systems made and used in-house by health institutions, and EHR systems offered as a service, are subject to Chapter III only from 26 March 2031 (Art 105, fifth paragraph, with Art 26(2)).';

export const ehds: ActDefinition = {
  id: 'ehds',
  kind: 'regulation',
  shortName: 'EHDS',
  title:
    'Regulation (EU) 2025/327 of the European Parliament and of the Council of 11 February 2025 on the European Health Data Space and amending Directive 2011/24/EU and Regulation (EU) 2024/2847',
  number: 'Regulation (EU) 2025/327',
  celex: '32025R0327',
  eli: 'http://data.europa.eu/eli/reg/2025/327/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202500327',
  anchors: 'oj-html',
  structure: { articles: 105, annexes: ['I', 'II', 'III', 'IV'] },
  summary:
    'Rights of natural persons over their electronic health data, a self-certification regime for EHR systems built around two harmonised software components (interoperability and logging) with essential requirements on interoperability, security and logging, labels for wellness applications that claim interoperability, and a framework for the secondary use of health data.',
  timeline: [
    event('2025-02-11', 'adopted', 'Signed by the Parliament and the Council'),
    event('2025-03-05', 'published', 'Published in the Official Journal (OJ L, 2025/327)'),
    event('2025-03-25', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'ehds:art-105',
      uncertain: 'The Commission’s milestone pages and some commentators give 26 March 2025; the twentieth-day rule applied to publication on 5 March 2025, and the Regulation’s own references to 25 March 2025 (Arts 97(2) and 102(4)), give 25 March 2025.',
    }),
    event('2027-03-26', 'applies', 'General date of application', { part: 'general', cite: 'ehds:art-105' }),
    event('2029-03-26', 'applies', 'Arts 3–15, 23(2)–(6), 25–27 and 47–49 apply to patient summaries, e-prescriptions and e-dispensations and to EHR systems intended to process them', {
      part: 'ehr-a-c', cite: 'ehds:art-105(a)',
    }),
    event('2029-03-26', 'applies', 'Chapter IV (secondary use) applies, with exceptions', {
      part: 'secondary-use', cite: 'ehds:art-105',
    }),
    event('2031-03-26', 'applies', 'Arts 3–15, 23(2)–(6), 25–27 and 47–49 apply to medical images, laboratory results and discharge reports and to EHR systems intended to process them', {
      part: 'ehr-d-f', cite: 'ehds:art-105(b)',
    }),
    event('2031-03-26', 'applies', 'Chapter III applies to EHR systems made and used in-house by health institutions and to EHR systems offered as a service', {
      part: 'ehr-in-house-and-service', cite: 'ehds:art-105',
    }),
  ],
  parts: [
    { id: 'general', title: 'The Regulation in general', cite: 'ehds:art-105' },
    { id: 'ehr-a-c', title: 'Primary-use rights, EHR systems and wellness labels for priority categories (a)–(c): patient summaries, e-prescriptions, e-dispensations', cite: 'ehds:art-105(a)' },
    { id: 'ehr-d-f', title: 'Primary-use rights, EHR systems and wellness labels for priority categories (d)–(f): medical images, laboratory results, discharge reports', cite: 'ehds:art-105(b)' },
    { id: 'ehr-in-house-and-service', title: 'Chapter III for in-house EHR systems and EHR systems offered as a service (Art 26(2))', cite: 'ehds:art-105' },
    { id: 'secondary-use', title: 'Chapter IV: secondary use of electronic health data', cite: 'ehds:art-105' },
  ],
  scope: rule(
    'scope',
    'ehds:art-1(2)',
    'an EHR system, or a medical device, high-risk AI system or wellness application whose manufacturer claims interoperability with EHR systems',
    any(
      ehrSystem,
      all(
        any(
          ref('mdr:scope', { label: 'it is a medical device under the MDR', cite: 'ehds:art-27(1)' }),
          ref('ivdr:scope', { label: 'it is an in vitro diagnostic medical device under the IVDR', cite: 'ehds:art-27(1)' }),
          ref('ai-act:high-risk', { label: 'it is a high-risk AI system', cite: 'ehds:art-27(2)' }),
        ),
        claimsInteroperability,
      ),
      all(wellnessApp, claimsInteroperability),
    ),
    {
      note: 'General-purpose software used in a healthcare environment is not an EHR system (Art 25(2)); that exclusion is not modelled. The Regulation is without prejudice to the MDR, IVDR and AI Act as regards the security of devices and AI systems that interact with EHR systems (Art 1(5)). Duties of healthcare providers under Chapter II and of health data holders under Chapter IV (secondary use, from 26 March 2029) are not encoded.',
    },
  ),
  notifications: [
    {
      id: 'ehds:serious-incident',
      title: 'Report a serious incident involving the EHR system',
      cite: 'ehds:art-44(7)',
      trigger: all(
        ehrSystem,
        is('incident.ehrSeriousIncident', {
          label: 'a malfunction or deterioration of the EHR system led, might have led or might lead to death, serious harm to health, serious prejudice to rights or a serious disruption of critical health infrastructure (a serious incident)',
          cite: 'ehds:art-2(2)(r)',
        }),
        oneOf('incident.causalLink', ['established', 'reasonably-possible'], {
          label: 'a causal link between the EHR system and the serious incident is established or reasonably likely',
          cite: 'ehds:art-44(7)',
        }),
      ),
      who: 'manufacturer',
      recipient: 'ehr-market-surveillance-authority',
      steps: [
        {
          id: 'report',
          title: 'Report the serious incident with the corrective actions',
          cite: 'ehds:art-44(7)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 3, unit: 'days' } },
          content: content(
            'notifier-identity', 'product-identification', 'occurrence-location', 'awareness-time', 'incident-description',
            'causal-assessment', 'corrective-actions',
          ),
          note: 'Due immediately after establishing a causal link or its reasonable likelihood, and at the latest three days after becoming aware.',
        },
      ],
      part: 'ehr-a-c',
      note: `To the market surveillance authorities of the Member States where the incident occurred, with the corrective actions taken or envisaged. Without prejudice to NIS2 incident notification, which can apply to the same event. ${DATE_NOTE}`,
    },
  ],
  obligations: [
    duty({
      id: 'ehds:harmonised-components', role: 'manufacturer', category: 'security-requirements',
      cite: 'ehds:art-30(1)(a)', part: 'ehr-a-c', title: 'Harmonised components conforming to the essential requirements',
      summary: 'Include the European interoperability software component and the European logging software component (Art 25(1)) and ensure they conform to the essential requirements of Annex II (general, interoperability, security and logging) and to the common specifications (Art 36), without being adversely affected by other components of the system (Art 30(1)(b)); keep design and development procedures that maintain conformity (Art 30(2)).',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:technical-documentation', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ehds:art-30(1)(c)', part: 'ehr-a-c', title: 'Technical documentation',
      summary: 'Draw up the technical documentation (Art 37, Annex III) before placing the EHR system on the market and keep it up to date; keep it and the EU declaration of conformity for ten years; provide source code or programming logic to authorities on reasoned request where needed to check compliance (Art 30(3)).',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:information-sheet', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ehds:art-30(1)(d)', part: 'ehr-a-c', title: 'Information sheet and instructions for use',
      summary: 'Accompany the EHR system, free of charge, with the information sheet of Art 38 and clear and complete instructions for use; show name, trade mark, postal address and a single contact point in the system (Art 30(1)(g)).',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:declaration-and-ce-marking', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ehds:art-30(1)(e)', part: 'ehr-a-c', title: 'EU declaration of conformity and CE marking (self-assessment)',
      summary: 'Draw up the EU declaration of conformity (Art 39, Annex IV), complemented by the result from the testing environment of Art 40, and affix the CE marking (Art 41). No notified body is involved. An EHR system that is also a product with digital elements demonstrates conformity with the CRA’s essential requirements through this procedure (CRA Art 32(5a), inserted by Art 104).',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:registration', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ehds:art-49(2)', part: 'ehr-a-c', title: 'Register the EHR system in the EU database',
      summary: 'Before placing on the market or putting into service, enter the required data on the EHR system in the EU database for EHR systems and wellness applications, including the results of the testing environment (Art 40).',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:no-misleading-claims', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ehds:art-28', part: 'ehr-a-c', title: 'No misleading claims on purpose, interoperability or security',
      summary: 'In the information sheet, instructions and advertising, do not ascribe functions the EHR system lacks, do not withhold likely limitations of its interoperability or security features, and do not suggest uses outside the intended purpose.',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:corrective-action', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'ehds:art-30(1)(i)', part: 'ehr-a-c', title: 'Corrective action, complaints and cooperation',
      summary: 'Take corrective action without undue delay where the EHR system does not, or no longer, conforms to Annex II, or recall or withdraw it, and inform the national authorities and the distributors, importers and users (Art 30(1)(i)–(j)); keep channels and a register of complaints and of non-conforming systems (Art 30(1)(n)–(o)); cooperate with market surveillance authorities (Art 30(5)).',
      when: ehrSystem,
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:serious-incident-reporting', role: 'manufacturer', category: 'incident-reporting',
      cite: 'ehds:art-44(7)', part: 'ehr-a-c', title: 'Report serious incidents involving the EHR system within three days',
      summary: 'Report any serious incident involving the EHR system (a malfunction or deterioration that leads or might lead to death or serious harm to health, serious prejudice to rights, or serious disruption of critical health infrastructure, Art 2(2)(r)) to the market surveillance authorities of the Member States where it occurred and where the system is on the market, with the corrective action taken or envisaged: immediately after establishing a causal link or its reasonable likelihood, and at the latest three days after becoming aware. NIS2 incident notification applies in addition.',
      when: ehrSystem,
      note: `Art 44 is not among the articles Art 105 defers; it is dated with them because it concerns EHR systems covered by the Regulation. ${DATE_NOTE}`,
    }),
    duty({
      id: 'ehds:authorised-representative', role: 'manufacturer', category: 'governance',
      cite: 'ehds:art-31(1)', part: 'ehr-a-c', title: 'Appoint an authorised representative in the Union',
      summary: 'A manufacturer established outside the Union appoints, by written mandate, an authorised representative established in the Union before making the EHR system available, and gives it the documentation it needs (Art 30(4)).',
      when: all(
        ehrSystem,
        not(is('organisation.establishedInEu', { label: 'the manufacturer is established in the Union', cite: 'ehds:art-31(1)' })),
      ),
      note: DATE_NOTE,
    }),
    duty({
      id: 'ehds:device-interoperability-claim', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'ehds:art-27(1)', part: 'ehr-a-c', title: 'Prove the interoperability claim of a medical device',
      summary: 'A manufacturer of a medical device or IVD that claims interoperability with the harmonised components of EHR systems proves compliance with the essential requirements on the European interoperability and logging components (Annex II) and the common specifications (Art 36); register it also in the EHR database through the MDR/IVDR database (Art 49(3)).',
      when: all(
        any(
          ref('mdr:scope', { label: 'it is a medical device under the MDR', cite: 'ehds:art-27(1)' }),
          ref('ivdr:scope', { label: 'it is an in vitro diagnostic medical device under the IVDR', cite: 'ehds:art-27(1)' }),
        ),
        claimsInteroperability,
      ),
      note: 'Market surveillance stays with the MDR/IVDR authorities (Art 43(7)).',
    }),
    duty({
      id: 'ehds:ai-interoperability-claim', role: 'ai-provider', category: 'conformity-assessment',
      cite: 'ehds:art-27(2)', part: 'ehr-a-c', title: 'Prove the interoperability claim of a high-risk AI system',
      summary: 'A provider of a high-risk AI system outside the MDR and IVDR that claims interoperability with the harmonised components of EHR systems proves compliance with the essential requirements on the European interoperability and logging components (Annex II) and the common specifications (Art 36).',
      when: all(
        ref('ai-act:high-risk', { label: 'it is a high-risk AI system', cite: 'ehds:art-27(2)' }),
        not(ref('mdr:scope', { label: 'it is a medical device under the MDR', cite: 'ehds:art-27(2)' })),
        not(ref('ivdr:scope', { label: 'it is an in vitro diagnostic medical device under the IVDR', cite: 'ehds:art-27(2)' })),
        claimsInteroperability,
      ),
    }),
    duty({
      id: 'ehds:wellness-label', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ehds:art-47(1)', part: 'ehr-a-c', title: 'Label a wellness application that claims interoperability',
      summary: 'Issue a label stating the categories of health data for which compliance with Annex II is confirmed, the common specifications relied on and the label’s validity (at most three years) (Art 47(2), (5)); in an official language accepted by the Member State (Art 47(4)); shown in the app, or on the device where the app is embedded in one (Art 47(6)); format set by implementing act (Art 47(3)).',
      when: all(wellnessApp, claimsInteroperability),
    }),
    duty({
      id: 'ehds:wellness-interoperability-information', role: 'manufacturer', category: 'data-access-rights',
      cite: 'ehds:art-48(1)', part: 'ehr-a-c', title: 'Inform users; no automatic transfer into the EHR',
      summary: 'Inform users of the interoperability and its effects; interoperability must not mean automatic sharing with the EHR system: data go into it only with the person’s consent and under Art 5, and the person chooses which categories are inserted and when (Art 48(2)).',
      when: all(wellnessApp, claimsInteroperability),
    }),
    duty({
      id: 'ehds:wellness-registration', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'ehds:art-49(2)', part: 'ehr-a-c', title: 'Register the labelled wellness application',
      summary: 'Before placing on the market or putting into service a wellness application with a label, enter the required data in the EU database for EHR systems and wellness applications.',
      when: all(wellnessApp, claimsInteroperability),
    }),
  ],
  notes: [
    'Art 104 amends the CRA: manufacturers of products with digital elements classified as EHR systems demonstrate conformity with the CRA’s essential requirements through the EHDS Chapter III procedure (CRA Art 32(5a)).',
    'Market surveillance of medical devices, IVDs and high-risk AI systems that claim interoperability stays with the MDR, IVDR and AI Act authorities (Art 43(7)).',
    'Duties of importers and distributors of EHR systems are not encoded.',
  ],
  sources: [
    { title: 'Regulation (EU) 2025/327 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2025/327/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Art 105 checked against a copy of the OJ HTML (OJ L, 2025/327, 5.3.2025): general application 26 March 2027; Arts 3–15, 23(2)–(6), 25–27 and 47–49 from 26 March 2029 for categories (a)–(c) and 26 March 2031 for (d)–(f); Chapter III for Art 26(2) systems from 26 March 2031; Chapter IV from 26 March 2029 with exceptions.',
      'Entry into force: the dossier’s sources disagreed (25 vs 26 March 2025). The OJ text fixes the twentieth day after publication on 5 March 2025, i.e. 25 March 2025, and itself refers to 25 March 2025 in Arts 97(2) and 102(4); 25 March is encoded, with the other date noted as uncertain.',
      'Art 44(7) checked against the OJ text: manufacturers report serious incidents involving an EHR system to the market surveillance authorities immediately after establishing a causal link and at the latest three days after becoming aware, without prejudice to NIS2. Art 2(2)(r) (serious incident), 2(2)(k) (EHR system) and 2(2)(ab) (wellness application) checked.',
      'Arts 25–31, 47–49 and Annex IV checked against the OJ text. Art numbers of Arts 36–41 (common specifications, documentation, information sheet, declaration, testing environment, CE marking) are taken from cross-references in the checked articles.',
      'Notification duty: the three-day period of Art 44(7) rests on the check recorded above; in this pass only Art 44(1)–(4) could be re-read (copies on ringholm.com, gesetze.legal), not paragraph 7 itself. The 2022 proposal (Art 29(4)) also had three days.',
    ],
  },
};
