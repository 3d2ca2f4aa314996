// EUCC — Commission Implementing Regulation (EU) 2024/482 (as amended by (EU) 2024/3144).
import { duty, event, is, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

const CHAPTER_VI_NOTE =
  'Article numbering within Chapter VI (vulnerability management and disclosure) recalled from the official text; not re-checked against it for this entry.';

export const eucc: ActDefinition = {
  id: 'eucc',
  kind: 'implementing-regulation',
  shortName: 'EUCC',
  title:
    'Commission Implementing Regulation (EU) 2024/482 of 31 January 2024 laying down rules for the application of Regulation (EU) 2019/881 of the European Parliament and of the Council as regards the adoption of the European Common Criteria-based cybersecurity certification scheme (EUCC)',
  number: 'Implementing Regulation (EU) 2024/482',
  celex: '32024R0482',
  eli: 'http://data.europa.eu/eli/reg_impl/2024/482/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202400482',
  anchors: 'oj-html',
  structure: { articles: 50, annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'] },
  summary:
    'The first European cybersecurity certification scheme: ICT products (and protection profiles) are evaluated against the Common Criteria (ISO/IEC 15408) and its evaluation methodology (ISO/IEC 18045) by accredited evaluation facilities and certified by certification bodies at assurance level substantial (AVA_VAN 1–2) or high (AVA_VAN 3–5), with no self-assessment. Certificates last at most five years; holders must run vulnerability management and disclosure for the certified product.',
  timeline: [
    event('2024-01-31', 'adopted', 'Adopted by the Commission'),
    event('2024-02-07', 'published', 'Published in the Official Journal (OJ L, 2024/482)'),
    event('2024-02-27', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'eucc:art-50' }),
    event('2025-01-08', 'other', 'Amending Implementing Regulation (EU) 2024/3144 applies: updated state-of-the-art documents and Common Criteria versions (CC:2022 and CEM:2022, with CC 3.1 revision 5 accepted for a transition period)'),
    event('2025-02-27', 'applies', 'The scheme applies; national Common Criteria schemes under the SOG-IS arrangement give way to it', { cite: 'eucc:art-50' }),
  ],
  scope: rule(
    'scope',
    'eucc:art-1',
    'an ICT product certified, or submitted for certification, under the EUCC scheme',
    is('product.euCybersecurityCertificate', {
      label: 'the product holds, or is seeking, a European cybersecurity certificate — EUCC is the scheme adopted for ICT products',
      cite: 'eucc:art-1',
    }),
    {
      note: 'EUCC is Common Criteria-based (Art 3): it fits components and products with a security target, such as secure elements, smartcards, operating systems or network devices of a connected medical product. It was the only European scheme in force when this entry was checked, so a European certificate for an ICT product is an EUCC certificate; certification stays voluntary unless Union or national law requires it.',
    },
  ),
  obligations: [
    duty({
      id: 'eucc:certification-information', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'eucc:art-8', title: 'Provide the information needed for certification',
      summary: 'The applicant gives the certification body and the evaluation facility the information the evaluation requires, including the security target and the evidence for the claimed assurance components, and keeps it complete and accurate.',
      note: 'The role stands for the applicant and later holder of the certificate, usually the manufacturer.',
    }),
    duty({
      id: 'eucc:certificate-validity', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'eucc:art-12', title: 'Certificate valid for at most five years',
      summary: 'An EUCC certificate is valid for the period the certification body sets, at most five years; plan re-evaluation or renewal before it ends, and keep the product under the certificate’s conditions while it is valid.',
    }),
    duty({
      id: 'eucc:certificate-review', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'eucc:art-13', title: 'Changes and review of the certificate',
      summary: 'Submit changes to the certified product or its environment to the certification body for assessment (assurance continuity), and cooperate when the certificate is reviewed, for example after a vulnerability; a certificate that no longer holds can be amended, suspended or withdrawn (Art 14).',
    }),
    duty({
      id: 'eucc:vulnerability-management-procedures', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'eucc:art-33', title: 'Vulnerability management procedures',
      summary: 'The holder establishes and maintains vulnerability management procedures for the certified product, complemented where needed by ISO/IEC 30111, and monitors information on vulnerabilities affecting it, including from users, the certification body and security researchers.',
      note: CHAPTER_VI_NOTE,
    }),
    duty({
      id: 'eucc:vulnerability-impact-analysis', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'eucc:art-35', title: 'Analyse and report vulnerabilities to the certification body',
      summary: 'When a potential vulnerability may affect the certified product, analyse its impact on the certificate and give the certification body a vulnerability analysis report; where it is confirmed, remediate it (for example by a patch assessed under assurance continuity) within the period the scheme sets, or the certificate can be suspended or withdrawn.',
      note: CHAPTER_VI_NOTE,
    }),
    duty({
      id: 'eucc:vulnerability-disclosure', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'eucc:art-37', title: 'Disclose remediated vulnerabilities',
      summary: 'Once a remediation is available, publicly disclose the vulnerability and the remediation, following coordinated disclosure practice (ISO/IEC 29147), and share the information with the certification body.',
      note: CHAPTER_VI_NOTE,
    }),
  ],
  notes: [
    'The holder must also publish the supplementary information of Cybersecurity Act Art 55 (security guidance, security-support period, vulnerability contact, advisories): see the `csa` entry.',
    'Assurance levels (Art 4): substantial corresponds to AVA_VAN.1–2 and high to AVA_VAN.3–5; conformity self-assessment is not permitted (Art 6).',
    'ENISA published guidelines on EUCC vulnerability management and disclosure when the scheme started to apply; certificates are listed on ENISA’s certification website.',
    'Processes started under national Common Criteria schemes before 27 February 2025 could be completed for a transition period; the exact end date was not confirmed here.',
  ],
  sources: [
    { title: 'Implementing Regulation (EU) 2024/482 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg_impl/2024/482/oj/eng' },
    { title: 'Implementing Regulation (EU) 2024/3144 amending the EUCC', url: 'https://eur-lex.europa.eu/eli/reg_impl/2024/3144/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Title, OJ reference (OJ L, 2024/482, 7.2.2024), CELEX and ELI checked against the EUR-Lex page; the consolidated version 02024R0482-20250108 confirms the amendment by Implementing Regulation (EU) 2024/3144 of 18 December 2024 (OJ 19.12.2024) taking effect on 8 January 2025.',
      'Article titles of Chapters I–III checked against tables of contents of the official text: Art 8 information necessary for certification, Art 12 period of validity, Art 13 review, Art 14 withdrawal.',
      'Entry into force 27 February 2024 and application from 27 February 2025 (Art 50): consistent in the fact dossier’s sources and with an ENISA-related report that the scheme replaced national schemes on 27 February 2025; not re-opened in the official text.',
      'Five-year maximum validity (Art 12) from the dossier and consistent recollection of the text. The article numbers of Chapter VI (Arts 33, 35, 37), the total of 50 articles and the number of Annexes (I–IX) could not be confirmed from the available sources.',
    ],
  },
};
