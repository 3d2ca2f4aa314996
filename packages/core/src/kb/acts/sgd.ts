// Sale of Goods Directive — Directive (EU) 2019/771.
import { all, any, duty, event, has, hasAny, is, ref, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

const withDigitalElements = ref('sgd:goods-with-digital-elements', {
  label: 'the goods have digital elements',
  cite: 'sgd:art-2(5)(b)',
});

export const sgd: ActDefinition = {
  id: 'sgd',
  kind: 'directive',
  shortName: 'SGD',
  title:
    'Directive (EU) 2019/771 of the European Parliament and of the Council of 20 May 2019 on certain aspects concerning contracts for the sale of goods, amending Regulation (EU) 2017/2394 and Directive 2009/22/EC, and repealing Directive 1999/44/EC',
  number: 'Directive (EU) 2019/771',
  celex: '32019L0771',
  eli: 'http://data.europa.eu/eli/dir/2019/771/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019L0771',
  structure: { articles: 27, annexes: [] },
  summary:
    'Consumer sales law for goods, including goods with digital elements such as a wearable with firmware and a companion app: the goods must conform to the contract and to objective requirements, the seller must supply updates — including security updates — for as long as the consumer can reasonably expect, and the seller is liable for lack of conformity that becomes apparent within at least two years of delivery. Maximum harmonisation, applied through national law.',
  timeline: [
    event('2019-05-20', 'adopted', 'Signed by the Parliament and the Council'),
    event('2019-05-22', 'published', 'Published in the Official Journal (OJ L 136, 22.5.2019, p. 28)'),
    event('2019-06-11', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'sgd:art-26' }),
    event('2021-07-01', 'transposition-deadline', 'Member States adopt and publish the transposing measures', { cite: 'sgd:art-24(1)' }),
    event('2022-01-01', 'applies', 'National measures apply, to contracts concluded from this date; Directive 1999/44/EC is repealed (Art 23)', {
      cite: 'sgd:art-24(1)',
    }),
  ],
  scope: rule(
    'scope',
    'sgd:art-3(1)',
    'a contract of sale of goods between a seller and a consumer',
    all(
      has('organisation.roles', 'seller', { label: 'the organisation sells goods to consumers', cite: 'sgd:art-2(3)' }),
      is('product.consumerProduct', { label: 'the goods are intended for, or likely to be used by, consumers', cite: 'sgd:art-2(2)' }),
    ),
    {
      note: 'Digital content or services incorporated in or inter-connected with the goods and provided with them under the sales contract — firmware, a companion app, a cloud service — are covered by this Directive, whoever supplies them; in case of doubt they are presumed part of the sales contract (Art 3(3)). The Digital Content Directive then does not apply to them (its Art 3(4)). The Directive applies only to contracts concluded from 1 January 2022 (Art 24(2)); older contracts fall under the national law that transposed Directive 1999/44/EC.',
    },
  ),
  predicates: [
    rule(
      'goods-with-digital-elements',
      'sgd:art-2(5)(b)',
      'goods with digital elements: tangible items that incorporate or are inter-connected with digital content or a digital service without which they could not perform their functions',
      any(
        hasAny('product.components', ['embedded-software', 'mobile-app', 'cloud-service'], {
          label: 'it comes with firmware, an app or a cloud service',
          cite: 'sgd:art-2(5)(b)',
        }),
        is('product.hasDigitalElements', { label: 'it is a product with digital elements', cite: 'sgd:art-2(5)(b)' }),
      ),
    ),
  ],
  obligations: [
    duty({
      id: 'sgd:conformity', role: 'seller', category: 'liability',
      cite: 'sgd:art-5', title: 'Deliver goods in conformity',
      summary: 'Deliver goods that meet the contract (description, quantity, quality, functionality, compatibility, interoperability, accessories, instructions and updates as agreed; Art 6) and the objective requirements — fit for normal purposes, with the quality, durability, functionality and security normal for goods of the type that the consumer can reasonably expect (Art 7(1)).',
    }),
    duty({
      id: 'sgd:security-updates', role: 'seller', category: 'updates-and-support',
      cite: 'sgd:art-7(3)', title: 'Supply updates, including security updates',
      summary: 'For goods with digital elements, ensure the consumer is informed of and supplied with the updates, including security updates, needed to keep the goods in conformity: for a single act of supply, for the period the consumer may reasonably expect given the type and purpose of the goods and their digital elements; for continuous supply of the digital element, for the whole supply period and at least two years (Art 10(2)).',
      when: withDigitalElements,
      note: 'The reasonable-expectation period is not fixed in the text. Recital 31 indicates it will normally be at least the seller’s liability period and may, especially for security updates, run longer. The duty is the seller’s even where the manufacturer supplies the updates.',
    }),
    duty({
      id: 'sgd:update-information', role: 'seller', category: 'documentation-and-information',
      cite: 'sgd:art-7(4)', title: 'Tell the consumer about each update and what not installing it means',
      summary: 'The seller escapes liability for a lack of conformity caused only by the consumer’s failure to install an update within a reasonable time only if it informed the consumer that the update was available and of the consequences of not installing it, and the failure was not due to shortcomings in the installation instructions.',
      when: withDigitalElements,
    }),
    duty({
      id: 'sgd:incorrect-installation', role: 'seller', category: 'liability',
      cite: 'sgd:art-8', title: 'Answer for incorrect installation',
      summary: 'A lack of conformity caused by incorrect installation counts as a lack of conformity of the goods where the installation was part of the contract and done by or under the seller, or was to be done by the consumer and failed because of shortcomings in the instructions — for goods with digital elements, also instructions from the supplier of the digital content or service.',
    }),
    duty({
      id: 'sgd:liability-period', role: 'seller', category: 'liability',
      cite: 'sgd:art-10(1)', title: 'Liability for two years from delivery',
      summary: 'The seller is liable for any lack of conformity that exists at delivery and becomes apparent within two years. For goods whose digital element is supplied continuously, it is also liable for a lack of conformity of the digital element that occurs or becomes apparent within two years, or throughout the supply period if longer (Art 10(2)). Member States may keep or introduce longer periods (Art 10(3)).',
    }),
    duty({
      id: 'sgd:burden-of-proof', role: 'seller', category: 'liability',
      cite: 'sgd:art-11(1)', title: 'Presumption of lack of conformity at delivery',
      summary: 'A lack of conformity that becomes apparent within one year of delivery is presumed to have existed at delivery unless the seller proves otherwise; Member States may extend this to two years. For continuously supplied digital elements the seller bears the burden of proof for the whole supply period (Art 11(3)).',
    }),
    duty({
      id: 'sgd:remedies', role: 'seller', category: 'liability',
      cite: 'sgd:art-13', title: 'Remedies: repair or replacement, then price reduction or termination',
      summary: 'Bring the goods into conformity free of charge, within a reasonable time and without significant inconvenience — by repair or replacement at the consumer’s choice unless impossible or disproportionate (Art 14); where that fails or is refused, the consumer may have the price reduced (Art 15) or terminate the contract (Art 16).',
    }),
  ],
  notes: [
    'Claims run under national law: the Directive is transposed by each Member State (in Germany, for example, in the Civil Code’s provisions on goods with digital elements).',
    'The update duty falls on the seller, but in practice only the manufacturer can deliver security updates; sellers secure them contractually, and the Cyber Resilience Act (support period, Art 13(8)) and the new Product Liability Directive (Art 11(2)(c)) push the manufacturer the same way.',
  ],
  sources: [
    { title: 'Directive (EU) 2019/771 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2019/771/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Title, OJ reference, CELEX and ELI, transposition by 1 July 2021 and application from 1 January 2022 (Art 24) taken from the fact dossier (high confidence).',
      'Art 7(3) (updates including security updates), Art 7(4), Art 8, Art 10 and Art 11 follow the dossier, which rests on a secondary source quoting the OJ text (high for Art 7(3), medium for the rest).',
      'The number of articles (27) and the article numbers of the final provisions (Art 23 repeal, Art 24 transposition, Art 26 entry into force) are from our reading of the text and were not re-confirmed against EUR-Lex in this pass.',
    ],
  },
};
