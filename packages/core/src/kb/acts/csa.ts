// Cybersecurity Act — Regulation (EU) 2019/881 (as amended by Regulation (EU) 2025/37).
import { duty, event, is, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const csa: ActDefinition = {
  id: 'csa',
  kind: 'regulation',
  shortName: 'CSA',
  title:
    'Regulation (EU) 2019/881 of the European Parliament and of the Council of 17 April 2019 on ENISA (the European Union Agency for Cybersecurity) and on information and communications technology cybersecurity certification and repealing Regulation (EU) No 526/2013 (Cybersecurity Act)',
  number: 'Regulation (EU) 2019/881',
  celex: '32019R0881',
  eli: 'http://data.europa.eu/eli/reg/2019/881/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019R0881',
  structure: { articles: 69, insertedArticles: ['51a'], annexes: ['I'] },
  summary:
    'ENISA’s mandate and the European cybersecurity certification framework: schemes adopted by implementing act (such as EUCC) certify ICT products, services, processes and managed security services at assurance level basic, substantial or high. Certification is voluntary unless Union or national law requires it; certificate holders must publish supplementary security information, including the security-support period, and report vulnerabilities found later.',
  timeline: [
    event('2019-04-17', 'adopted', 'Signed by the Parliament and the Council'),
    event('2019-06-07', 'published', 'Published in the Official Journal (OJ L 151, 7.6.2019, p. 15)'),
    event('2019-06-27', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'csa:art-69(1)' }),
    event('2019-06-27', 'applies', 'Applies from entry into force, including the certification framework of Title III', { cite: 'csa:art-69(1)' }),
    event('2021-06-28', 'other', 'Arts 58, 60, 61, 63, 64 and 65 (national certification authorities, complaints, remedies, penalties) apply', {
      cite: 'csa:art-69(2)',
    }),
    event('2025-02-04', 'other', 'Amending Regulation (EU) 2025/37 enters into force: managed security services can be certified (Art 51a)', {
      uncertain: 'Date derived from publication in the Official Journal on 15 January 2025 plus twenty days; the amending act’s entry-into-force article was not re-opened.',
    }),
    event('2026-01-20', 'other', 'Commission proposes a new Cybersecurity Act, COM(2026) 11, that would repeal and replace this Regulation', {
      scenario: 'csa-revision',
    }),
  ],
  scope: rule(
    'scope',
    'csa:art-46(1)',
    'an ICT product, service or process certified, or submitted for certification, under a European cybersecurity certification scheme',
    is('product.euCybersecurityCertificate', {
      label: 'the product holds, or is seeking, a European cybersecurity certificate',
      cite: 'csa:art-56(1)',
    }),
    {
      note: 'Only the certification framework (Title III) addresses manufacturers and providers; ENISA’s mandate (Title II) binds no one outside the institutions. Certification is voluntary unless Union or national law requires it (Art 56(2)); the CRA (Art 8(1), 27(8)–(9)) and NIS2 (Art 24) can make it required or give it presumption effects. Each scheme is its own implementing act (for Common Criteria products, EUCC).',
    },
  ),
  obligations: [
    duty({
      id: 'csa:provide-certification-information', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'csa:art-56(7)', title: 'Give the certification body all necessary information',
      summary: 'Whoever submits an ICT product, service or process for certification makes available to the conformity assessment body (or the national cybersecurity certification authority) all information needed for the certification.',
      note: 'The certificate holder is usually the manufacturer or provider; the role stands for it here.',
    }),
    duty({
      id: 'csa:supplementary-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'csa:art-55(1)', title: 'Publish supplementary cybersecurity information',
      summary: 'Make publicly available, for the certified product: guidance and recommendations for end users on secure configuration, installation, deployment, operation and maintenance; contact information and accepted ways of receiving vulnerability reports from users and security researchers; and a reference to online repositories listing publicly disclosed vulnerabilities and relevant advisories.',
    }),
    duty({
      id: 'csa:security-support-period', role: 'manufacturer', category: 'updates-and-support',
      cite: 'csa:art-55(1)(b)', title: 'State the security-support period',
      summary: 'Publish the period during which security support will be offered to end users, in particular the availability of cybersecurity-related updates.',
    }),
    duty({
      id: 'csa:keep-information-available', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'csa:art-55(2)', title: 'Keep the information available and current',
      summary: 'Provide the supplementary information in electronic form, keep it available and update it as necessary at least until the certificate expires.',
    }),
    duty({
      id: 'csa:report-vulnerabilities-to-issuer', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'csa:art-56(8)', title: 'Report later vulnerabilities to the issuer of the certificate',
      summary: 'The holder of a European cybersecurity certificate informs the body that issued it of any vulnerabilities or irregularities detected afterwards that concern the security of the certified product and may affect its compliance with the certification requirements.',
    }),
  ],
  notes: [
    'Assurance levels (Art 52): basic, substantial and high. Self-assessment through an EU statement of conformity is possible only at basic and only where the scheme allows it (Art 53); EUCC allows none.',
    'Regulation (EU) 2025/37 extended the framework to managed security services (new Art 51a on their security objectives) alongside ICT products, services and processes.',
    'Pending: proposal COM(2026) 11 (scenario `csa-revision`) would repeal and replace this Regulation with a recast ENISA mandate, a single reporting platform, a reformed certification framework (assurance levels kept) and an ICT supply-chain security framework; not adopted when last checked.',
    'Penalties for infringing schemes and certificates are national (Art 65).',
  ],
  sources: [
    { title: 'Regulation (EU) 2019/881 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2019/881/oj/eng' },
    { title: 'Regulation (EU) 2025/37 amending Regulation (EU) 2019/881 as regards managed security services', url: 'https://eur-lex.europa.eu/eli/reg/2025/37/oj/eng' },
    { title: 'Proposal COM(2026) 11 for a new Cybersecurity Act', url: 'https://digital-strategy.ec.europa.eu/en/faqs/cybersecurity-package-questions-answers' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Entry into force 27 June 2019 and the later application of Arts 58, 60, 61, 63, 64 and 65 from 28 June 2021 (Art 69): consistent in the fact dossier’s sources (high confidence); not re-opened.',
      'Art 55(1)–(2), Art 56(7)–(8) and Art 53: wording recalled from the official text and consistent with the dossier; a verbatim copy could not be found in the available sources, so paragraph numbers are medium confidence.',
      'Regulation (EU) 2025/37: OJ publication 15 January 2025; entry into force 4 February 2025 derived (twentieth day). One secondary source gives 15 January 2025, which is the publication date — not confirmed from the act itself, marked uncertain on the timeline.',
      'COM(2026) 11 proposal date (20 January 2026) and content from the fact dossier (several consistent secondary sources); status as of November 2026 not confirmed beyond “not adopted”.',
    ],
  },
};
