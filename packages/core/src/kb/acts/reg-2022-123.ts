// Regulation (EU) 2022/123 on a reinforced role for the European Medicines Agency — Chapter IV (critical medical devices).
import { duty, event, has, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const reg2022123: ActDefinition = {
  id: 'reg-2022-123',
  kind: 'regulation',
  shortName: 'Reg 2022/123',
  title:
    'Regulation (EU) 2022/123 of the European Parliament and of the Council of 25 January 2022 on a reinforced role for the European Medicines Agency in crisis preparedness and management for medicinal products and medical devices',
  number: 'Regulation (EU) 2022/123',
  celex: '32022R0123',
  eli: 'http://data.europa.eu/eli/reg/2022/123/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0123',
  structure: { articles: 34, annexes: [] },
  summary:
    'Gives the European Medicines Agency a standing role in crises. Chapter IV (Arts 21–30) sets up the Medical Devices Shortages Steering Group (MDSSG), which, once a public health emergency is recognised, adopts a public health emergency critical devices list (Art 22) and monitors supply and demand of the listed devices; manufacturers, their authorised representatives and, where relevant, importers, distributors and notified bodies must then provide the information the Agency requests by its deadlines (Art 26). Being on the list also places a manufacturer in the health sector of NIS2 Annex I.',
  timeline: [
    event('2022-01-25', 'adopted', 'Signed by the Parliament and the Council'),
    event('2022-01-31', 'published', 'Published in the Official Journal (OJ L 20, 31.1.2022, p. 1)'),
    event('2022-02-01', 'entry-into-force', 'Enters into force on the day following publication', {
      cite: 'reg-2022-123:art-34',
    }),
    event('2022-03-01', 'other', 'The Regulation applies, except Chapter IV; the chapters that apply from this date concern medicinal products, not devices', {
      cite: 'reg-2022-123:art-34',
    }),
    event('2023-02-02', 'applies', 'Chapter IV (monitoring and mitigating shortages of critical medical devices) applies', {
      part: 'chapter-iv',
      cite: 'reg-2022-123:art-34',
    }),
  ],
  parts: [
    { id: 'chapter-iv', title: 'Chapter IV — monitoring and mitigating shortages of critical medical devices (Arts 21–30)', cite: 'reg-2022-123:art-21' },
  ],
  scope: rule(
    'scope',
    'reg-2022-123:art-22(1)',
    'an organisation manufacturing medical devices or IVDs included in a public health emergency critical devices list',
    has('organisation.healthActivities', 'critical-device-manufacturing', {
      label: 'the organisation manufactures devices on a public health emergency critical devices list',
      cite: 'reg-2022-123:art-22(1)',
    }),
    {
      note: 'The list exists only once a public health emergency has been recognised and the MDSSG has adopted it; it is updated until the emergency ends. The duties of Art 26 also reach authorised representatives, importers and distributors of listed devices and notified bodies; the scope rule follows the manufacturer, as NIS2 Annex I does.',
    },
  ),
  obligations: [
    duty({
      id: 'reg-2022-123:provide-requested-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'reg-2022-123:art-26(1)', part: 'chapter-iv', title: 'Provide the information the Agency requests, by its deadline',
      summary: 'During a public health emergency, on request of the Agency, submit the requested information on listed devices (such as supply capacity, stocks, expected shortages) by the deadline the Agency sets, through the single points of contact and the monitoring and reporting systems the Agency has set up, and update it where necessary.',
    }),
    duty({
      id: 'reg-2022-123:justify-missing-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'reg-2022-123:art-26(2)', part: 'chapter-iv', title: 'Justify information not provided on time',
      summary: 'Justify every failure to provide requested information, and every delay beyond the Agency’s deadline.',
    }),
    duty({
      id: 'reg-2022-123:mark-confidential-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'reg-2022-123:art-26(3)', part: 'chapter-iv', title: 'Identify commercially confidential information',
      summary: 'Where the information submitted contains commercially confidential information, identify the relevant parts and explain why they are confidential; the Agency assesses the claim and protects such information from unjustified disclosure.',
    }),
    duty({
      id: 'reg-2022-123:authorised-representative-information', role: 'authorised-representative', category: 'documentation-and-information',
      cite: 'reg-2022-123:art-26(1)', part: 'chapter-iv', title: 'Provide the information the Agency requests (authorised representative)',
      summary: 'An authorised representative of a manufacturer of listed devices must, on the Agency’s request, submit the requested information by the deadline through the single points of contact and reporting systems, justify any failure or delay (Art 26(2)) and identify confidential parts (Art 26(3)).',
    }),
    duty({
      id: 'reg-2022-123:importer-information', role: 'importer', category: 'documentation-and-information',
      cite: 'reg-2022-123:art-26(1)', part: 'chapter-iv', title: 'Provide the information the Agency requests (importer)',
      summary: 'Where the Agency so requests, an importer of listed devices must submit the requested information by the deadline, justify any failure or delay and identify confidential parts.',
    }),
    duty({
      id: 'reg-2022-123:distributor-information', role: 'distributor', category: 'documentation-and-information',
      cite: 'reg-2022-123:art-26(1)', part: 'chapter-iv', title: 'Provide the information the Agency requests (distributor)',
      summary: 'Where the Agency so requests, a distributor of listed devices must submit the requested information by the deadline, justify any failure or delay and identify confidential parts.',
    }),
  ],
  notes: [
    'Why it matters for cybersecurity: NIS2 Annex I (sector “health”) lists entities manufacturing devices considered critical during a public health emergency within the meaning of Art 22 of this Regulation, a sector of high criticality; other device manufacturers fall under NIS2 Annex II. A manufacturer’s NIS2 status can change when a list is adopted. CER’s health sector contains the same line.',
    'Art 24(3) lets the MDSSG address recommendations on measures to, among others, manufacturers; Art 26 has further paragraphs after (3) that were not read and are not encoded.',
    'Art 27(2) makes Member States collect information on listed devices from manufacturers, authorised representatives, healthcare providers, importers, distributors and notified bodies; any duty of healthcare providers to answer follows from national law.',
  ],
  sources: [
    { title: 'Regulation (EU) 2022/123 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2022/123/oj/eng' },
    { title: 'Regulation (EU) 2022/123, consolidated text of 1 January 2025 (EUR-Lex)', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02022R0123-20250101' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Chapter IV applies from 2 February 2023: confirmed by the EMA announcement of that day and a law-firm summary of the OJ text (entry into force on the day after publication, application from 1 March 2022 except the critical-devices provisions). The article holding these dates is taken to be Art 34 (the final article); its number was not seen in the text.',
      'Article structure of Chapter IV checked against the consolidated text (02022R0123-20250101) as reproduced in public law databases: Art 21 MDSSG, 22 list, 23 monitoring, 24 reporting and recommendations, 25 working methods, 26 obligations of manufacturers, authorised representatives, importers, distributors and notified bodies, 27 Member States, 28 Commission, 29 communication. Art 26(1)–(3) read in the German text.',
      'The highest article number (34) and the absence of annexes were not confirmed against the official text.',
    ],
  },
};
