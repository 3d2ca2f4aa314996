// Digital Content Directive — Directive (EU) 2019/770.
import { all, duty, event, has, is, rule, unless } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const dcd: ActDefinition = {
  id: 'dcd',
  kind: 'directive',
  shortName: 'DCD',
  title:
    'Directive (EU) 2019/770 of the European Parliament and of the Council of 20 May 2019 on certain aspects concerning contracts for the supply of digital content and digital services',
  number: 'Directive (EU) 2019/770',
  celex: '32019L0770',
  eli: 'http://data.europa.eu/eli/dir/2019/770/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019L0770',
  structure: { articles: 27, annexes: [] },
  summary:
    'Consumer contract law for digital content and digital services supplied on their own — a health or fitness app, a telemonitoring portal, a cloud service — for a price or for personal data: conformity, updates including security updates, the trader’s liability and the consumer’s remedies, limits on changing the service, and what happens to the consumer’s content on termination. Digital elements that come with goods fall under the Sale of Goods Directive instead.',
  timeline: [
    event('2019-05-20', 'adopted', 'Signed by the Parliament and the Council'),
    event('2019-05-22', 'published', 'Published in the Official Journal (OJ L 136, 22.5.2019, p. 1)'),
    event('2019-06-11', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'dcd:art-26' }),
    event('2021-07-01', 'transposition-deadline', 'Member States adopt and publish the transposing measures', { cite: 'dcd:art-24(1)' }),
    event('2022-01-01', 'applies', 'National measures apply, to supplies from this date (Arts 19 and 20 only to contracts concluded from this date)', {
      cite: 'dcd:art-24(2)',
    }),
  ],
  scope: rule(
    'scope',
    'dcd:art-3(1)',
    'a contract under which a trader supplies digital content or a digital service to a consumer',
    all(
      has('organisation.roles', 'trader', {
        label: 'the organisation supplies digital content or digital services to consumers',
        cite: 'dcd:art-2(5)',
      }),
      is('product.consumerProduct', { label: 'it is intended for, or likely to be used by, consumers', cite: 'dcd:art-2(6)' }),
    ),
    {
      unless: [
        unless(
          'goods-with-digital-elements',
          'dcd:art-3(4)',
          'the digital content or service comes incorporated in or inter-connected with goods sold to the consumer, so the Sale of Goods Directive governs it',
          all(
            has('organisation.roles', 'seller', { label: 'the organisation sells the goods to the consumer', cite: 'sgd:art-3(3)' }),
            has('product.components', 'hardware', { label: 'the product includes physical goods', cite: 'sgd:art-2(5)(b)' }),
          ),
        ),
        unless(
          'healthcare',
          'dcd:art-3(5)(c)',
          'the service is healthcare provided by health professionals to patients (Directive 2011/24/EU, Art 3(a))',
          has('organisation.roles', 'healthcare-provider', { label: 'the organisation is a healthcare provider', cite: 'dcd:art-3(5)(c)' }),
        ),
      ],
      note: 'The Directive covers supply against a price and also supply against personal data, unless the trader processes the data only to supply the content or service or to meet legal requirements (Art 3(1)); free supply without personal data is outside. The goods exclusion is per contract: a separately bought subscription to a device’s cloud service can still be under this Directive. The healthcare exclusion covers health services by health professionals, not consumer health apps sold by other traders.',
    },
  ),
  obligations: [
    duty({
      id: 'dcd:conformity', role: 'trader', category: 'liability',
      cite: 'dcd:art-6', title: 'Supply digital content or services in conformity',
      summary: 'Supply the content or service as the contract requires (description, functionality, compatibility, interoperability, updates as agreed; Art 7) and with the objective qualities — fit for normal purposes, with the functionality, compatibility, accessibility, continuity and security normal for its type that the consumer may reasonably expect (Art 8(1)).',
    }),
    duty({
      id: 'dcd:security-updates', role: 'trader', category: 'updates-and-support',
      cite: 'dcd:art-8(2)', title: 'Supply updates, including security updates',
      summary: 'Ensure the consumer is informed of and supplied with updates, including security updates, needed to keep the content or service in conformity: for continuous supply, throughout the supply period; for a single act or a series of individual acts of supply, for the period the consumer may reasonably expect given the type and purpose of the content or service and the circumstances and nature of the contract.',
    }),
    duty({
      id: 'dcd:update-information', role: 'trader', category: 'documentation-and-information',
      cite: 'dcd:art-8(3)', title: 'Tell the consumer about each update and what not installing it means',
      summary: 'The trader escapes liability for a lack of conformity caused only by the consumer’s failure to install an update within a reasonable time only if it informed the consumer of the update and the consequences of not installing it, and the failure was not due to shortcomings in the installation instructions.',
    }),
    duty({
      id: 'dcd:liability', role: 'trader', category: 'liability',
      cite: 'dcd:art-11', title: 'Liability for failure to supply and for lack of conformity',
      summary: 'The trader is liable for failure to supply and for lack of conformity: for a single act of supply, for a lack existing at supply that becomes apparent within the national period (at least two years where national law sets a liability period; Art 11(2)); for continuous supply, for a lack that occurs or becomes apparent during the supply period (Art 11(3)).',
    }),
    duty({
      id: 'dcd:burden-of-proof', role: 'trader', category: 'liability',
      cite: 'dcd:art-12', title: 'Burden of proof on the trader',
      summary: 'The trader must prove that the content or service was in conformity at supply where the lack becomes apparent within one year (single supply), and throughout the supply period for continuous supply — unless the consumer’s digital environment is incompatible and the consumer was told so before the contract.',
    }),
    duty({
      id: 'dcd:remedies', role: 'trader', category: 'liability',
      cite: 'dcd:art-14', title: 'Remedies for lack of conformity',
      summary: 'Bring the content or service into conformity within a reasonable time, free of charge and without significant inconvenience; where that is impossible, disproportionate or fails, the consumer may have the price reduced or terminate the contract.',
    }),
    duty({
      id: 'dcd:consumer-content-after-termination', role: 'trader', category: 'data-access-rights',
      cite: 'dcd:art-16(3)', title: 'Consumer content after termination',
      summary: 'On termination, stop using content other than personal data that the consumer provided or created with the service (with narrow exceptions), and on request make it available to the consumer free of charge, within a reasonable time and in a commonly used, machine-readable format (Art 16(4)); personal data are handled under the GDPR.',
    }),
    duty({
      id: 'dcd:modification', role: 'trader', category: 'updates-and-support',
      cite: 'dcd:art-19', title: 'Changes beyond what conformity requires',
      summary: 'Modify the content or service beyond what keeps it in conformity only if the contract allows it and gives a valid reason, at no extra cost, with clear information to the consumer; where the change has more than a minor negative impact, inform the consumer in advance on a durable medium and let them terminate free of charge within 30 days.',
    }),
  ],
  notes: [
    'Security updates for an app or cloud service supplied on its own are a conformity duty of the trader here; for the same app supplied with a device under a sales contract, the seller carries the equivalent duty under the Sale of Goods Directive (Art 7(3)).',
    'Claims run under national law transposing the Directive.',
  ],
  sources: [
    { title: 'Directive (EU) 2019/770 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2019/770/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Title, OJ reference, CELEX and ELI, transposition by 1 July 2021 and application from 1 January 2022 (Art 24) taken from the fact dossier (high confidence).',
      'Art 8(2) (updates including security updates) taken from the dossier, which quotes the OJ text (high confidence); Arts 8(3), 11, 12, 14, 16 and 19 follow the dossier and our reading of the text (medium).',
      'The boundary with the Sale of Goods Directive (DCD Art 3(4), SGD Art 3(3)) is from the dossier (high). The lettering of the healthcare exclusion as Art 3(5)(c) and the article count (27) were not re-confirmed against EUR-Lex in this pass.',
    ],
  },
};
