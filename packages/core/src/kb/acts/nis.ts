// NIS Directive — Directive (EU) 2016/1148 (repealed by NIS2 from 18 October 2024).
import { all, any, duty, event, explain, has, hasAny, ref, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const nis: ActDefinition = {
  id: 'nis',
  kind: 'directive',
  shortName: 'NIS',
  title:
    'Directive (EU) 2016/1148 of the European Parliament and of the Council of 6 July 2016 concerning measures for a high common level of security of network and information systems across the Union',
  number: 'Directive (EU) 2016/1148',
  celex: '32016L1148',
  eli: 'http://data.europa.eu/eli/dir/2016/1148/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148',
  structure: { articles: 27, annexes: ['I', 'II', 'III'], recitals: 75 },
  summary:
    'The first EU cybersecurity directive: security and incident-notification duties for operators of essential services that Member States identified — in health, healthcare settings such as hospitals and private clinics — and for digital service providers. Repealed and replaced by NIS2 with effect from 18 October 2024.',
  timeline: [
    event('2016-07-06', 'adopted', 'Signed by the Parliament and the Council'),
    event('2016-07-19', 'published', 'Published in the Official Journal (OJ L 194, 19.7.2016, p. 1)'),
    event('2016-08-08', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'nis:art-26' }),
    event('2018-05-09', 'transposition-deadline', 'Member States adopt and publish the national measures', { cite: 'nis:art-25(1)' }),
    event('2018-05-10', 'applies', 'National measures apply', { cite: 'nis:art-25(1)' }),
    event('2018-11-09', 'other', 'Member States identify the operators of essential services for each sector of Annex II', {
      cite: 'nis:art-5(1)',
    }),
    event('2024-10-18', 'repealed', 'Repealed by Directive (EU) 2022/2555 (NIS2) with effect from 18 October 2024', {
      cite: 'nis2:art-44',
    }),
  ],
  scope: rule(
    'scope',
    'nis:art-1(2)',
    'an operator of essential services in the health sector (healthcare settings, including hospitals and private clinics) or a digital service provider that is not a micro or small enterprise',
    any(
      has('organisation.healthActivities', 'healthcare-provision', {
        label: 'it is a healthcare provider, the type of entity of Annex II, sector 5 (healthcare settings) that Member States identified as operators of essential services',
        cite: 'nis:annex-II',
      }),
      explain('it is a digital service provider that is not a micro or small enterprise', 'nis:art-16(11)', all(
        hasAny('organisation.digitalActivities', ['cloud-computing', 'online-marketplace'], {
          label: 'it provides a cloud computing service or an online marketplace (Annex III digital services)',
          cite: 'nis:annex-III',
        }),
        ref('nis2:medium-or-larger', {
          label: 'it is not a micro or small enterprise (Recommendation 2003/361/EC)',
          cite: 'nis:art-16(11)',
        }),
      )),
    ),
    {
      note: 'Only the healthcare providers a Member State identified under Art 5(2) were operators of essential services; the knowledge base does not ask about that past identification, so before 18 October 2024 this rule names the type of entity, not the identification. Since that date the Directive no longer applies to anyone; its duties continue under NIS2.',
    },
  ),
  obligations: [
    duty({
      id: 'nis:oes-security-measures', role: 'healthcare-provider', category: 'security-requirements',
      cite: 'nis:art-14(1)', title: 'Security measures of an operator of essential services',
      summary: 'Take appropriate and proportionate technical and organisational measures to manage the risks to the network and information systems used for the essential service, and measures to prevent and minimise the impact of incidents so that the service continues (Art 14(1)–(2)).',
      note: 'Bound only healthcare providers identified as operators of essential services; replaced by NIS2 Art 21.',
    }),
    duty({
      id: 'nis:oes-incident-notification', role: 'healthcare-provider', category: 'incident-reporting',
      cite: 'nis:art-14(3)', title: 'Notify incidents with a significant impact',
      summary: 'Notify the competent authority or CSIRT without undue delay of incidents having a significant impact on the continuity of the essential service, judged by the number of users affected, the duration and the geographical spread.',
      note: 'Bound only healthcare providers identified as operators of essential services; replaced by NIS2 Art 23.',
    }),
  ],
  notes: [
    'Repealed: NIS2 Art 44 repeals this Directive with effect from 18 October 2024, and references to it are read as references to NIS2 (correlation table in NIS2 Annex III).',
    'Under NIS2 Art 3(1)(g) a Member State may keep treating as essential the entities it identified as operators of essential services before 16 January 2023.',
  ],
  sources: [
    { title: 'Directive (EU) 2016/1148 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2016/1148/oj/eng' },
    { title: 'Directive (EU) 2022/2555, Art 44 (repeal)', url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Repeal with effect from 18 October 2024 checked against NIS2 Art 44 and its Annex III correlation table (verbatim copies of the OJ text).',
      'Dates of adoption, publication, entry into force, transposition (Art 25(1)) and identification (Art 5(1)) and the Art 14 and 16(11) content are from the official text as commonly reproduced; they were not re-opened for this entry because the Directive no longer applies.',
    ],
  },
};
