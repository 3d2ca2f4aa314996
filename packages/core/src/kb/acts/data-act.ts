// Data Act — Regulation (EU) 2023/2854.
import { after, all, any, duty, event, has, hasAny, is, lt, lte, not, ref, rule } from '../dsl.ts';
import { MEMBER_STATES } from '../../facts/vocabulary.ts';
import type { MemberState } from '../../facts/vocabulary.ts';
import type { ActDefinition } from '../types.ts';

const EU_MARKETS = Object.keys(MEMBER_STATES) as MemberState[];

/** Art 7(1): Chapter II does not apply to data from products of micro and small enterprises. */
const notExempt = not(ref('data-act:micro-or-small-enterprise'), {
  label: 'the micro and small enterprise exemption does not apply',
  cite: 'data-act:art-7(1)',
});

export const dataAct: ActDefinition = {
  id: 'data-act',
  kind: 'regulation',
  shortName: 'Data Act',
  title:
    'Regulation (EU) 2023/2854 of the European Parliament and of the Council of 13 December 2023 on harmonised rules on fair access to and use of data and amending Regulation (EU) 2017/2394 and Directive (EU) 2020/1828 (Data Act)',
  number: 'Regulation (EU) 2023/2854',
  celex: '32023R2854',
  eli: 'http://data.europa.eu/eli/reg/2023/2854/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202302854',
  anchors: 'oj-html',
  structure: { articles: 50, annexes: [], recitals: 119 },
  summary:
    'Gives users of connected products and related services a right to the data their use generates, and to have it shared with third parties; obliges manufacturers to design products for data access and to inform buyers before contract; sets fair terms for data sharing between businesses. Connected medical devices and their companion apps are covered cumulatively with the MDR/IVDR; the GDPR prevails for personal data.',
  timeline: [
    event('2023-12-13', 'adopted', 'Signed by the Parliament and the Council'),
    event('2023-12-22', 'published', 'Published in the Official Journal (OJ L, 2023/2854)'),
    event('2024-01-11', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'data-act:art-50',
    }),
    event('2025-09-12', 'applies', 'The Regulation applies', { cite: 'data-act:art-50' }),
    event('2026-09-12', 'other', 'The design obligation of Art 3(1) applies to connected products and related services placed on the market after this date', {
      cite: 'data-act:art-50',
    }),
    event('2027-09-12', 'other', 'Chapter IV (unfair contractual terms) applies to contracts concluded on or before 12 September 2025 that are of indefinite duration or expire at least ten years from 11 January 2024', {
      cite: 'data-act:art-50',
    }),
  ],
  scope: rule(
    'scope',
    'data-act:art-1(3)',
    'a connected product placed on the Union market, or a related service provided in the Union',
    all(
      any(
        all(
          is('product.generatesProductData', {
            label: 'it obtains, generates or collects data about its use or environment',
            cite: 'data-act:art-2(5)',
          }),
          is('product.dataConnection', {
            label: 'it can communicate product data through an electronic communications service, a physical connection or on-device access',
            cite: 'data-act:art-2(5)',
          }),
        ),
        is('product.hasRelatedService', {
          label: 'it is supplied with a related service without which it could not perform a function',
          cite: 'data-act:art-2(6)',
        }),
      ),
      hasAny('product.markets', EU_MARKETS, {
        label: 'it is placed on the market or provided in the Union',
        cite: 'data-act:art-1(3)(a)',
      }),
    ),
    {
      note: 'There is no carve-out for medical devices: a connected MDR/IVDR device and its companion app or cloud are covered cumulatively (recital 14 names medical and health devices). Products whose primary function is storing or processing data for others are not connected products (Art 2(5)); that is not modelled.',
    },
  ),
  predicates: [
    rule(
      'micro-or-small-enterprise',
      'data-act:art-7(1)',
      'the product is manufactured or designed, or the related service provided, by a micro or small enterprise',
      all(
        has('organisation.roles', 'manufacturer', {
          label: 'the organisation manufactures or designs the product or provides the related service',
          cite: 'data-act:art-7(1)',
        }),
        lt('organisation.employees', 50, {
          label: 'it employs fewer than 50 persons',
          cite: 'data-act:art-7(1)',
        }),
        any(
          lte('organisation.annualTurnoverEur', 10_000_000, {
            label: 'its annual turnover does not exceed EUR 10 million',
            cite: 'data-act:art-7(1)',
          }),
          lte('organisation.balanceSheetEur', 10_000_000, {
            label: 'its annual balance-sheet total does not exceed EUR 10 million',
            cite: 'data-act:art-7(1)',
          }),
        ),
      ),
      {
        note: 'Size per Recommendation 2003/361/EC, counting partner and linked enterprises (Annex, Arts 3 and 6). The exemption is lost where a partner or linked enterprise is not micro or small, or where the enterprise is subcontracted to manufacture or design the product or provide the service. Enterprises that have been medium-sized for less than a year, and products of medium-sized enterprises for one year after placing on the market, are also exempt (Art 7(1), second subparagraph); that is not modelled. Contract terms that exclude or vary the user’s Chapter II rights do not bind the user (Art 7(2)).',
      },
    ),
  ],
  obligations: [
    duty({
      id: 'data-act:access-by-design', role: 'manufacturer', category: 'data-access-rights',
      cite: 'data-act:art-3(1)', title: 'Design the product and related service for data access',
      summary: 'Design and manufacture connected products, and design and provide related services, so that product data and related-service data, including metadata, are by default accessible to the user easily, securely, free of charge, in a comprehensive, structured, commonly used and machine-readable format, and where relevant and technically feasible directly.',
      when: all(
        after('product.placedOnMarketOn', '2026-09-12', {
          label: 'the unit is placed on the market after 12 September 2026',
          cite: 'data-act:art-50',
        }),
        notExempt,
      ),
      note: 'The manufacturer chooses whether access is direct (on the device) or through a server; the Commission FAQ leaves that discretion.',
    }),
    duty({
      id: 'data-act:pre-contract-information-product', role: 'seller', category: 'documentation-and-information',
      cite: 'data-act:art-3(2)', title: 'Inform the buyer about product data before the contract',
      summary: 'Before a contract to buy, rent or lease a connected product, give the user clear information on the type, format and estimated volume of product data; whether data are generated continuously and in real time; whether they are stored on the device or on a remote server and for how long; and how the user can access, retrieve and erase them.',
      when: notExempt,
      note: 'Binds the seller, rentor or lessor, which may be the manufacturer. The size exemption is tested on the organisation assessed; where it only sells, the manufacturer’s size decides.',
    }),
    duty({
      id: 'data-act:pre-contract-information-service', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'data-act:art-3(3)', title: 'Inform the user about related-service data before the contract',
      summary: 'Before a contract for a related service, tell the user the nature, estimated volume and collection frequency of the data; whether the prospective data holder will use the data itself and for what, or let third parties use them; the identity and contact of the data holder; how to request access or sharing; and the right to complain to the competent authority.',
      when: all(
        is('product.hasRelatedService', { label: 'a related service is supplied with the product', cite: 'data-act:art-2(6)' }),
        notExempt,
      ),
      note: 'Binds the provider of the related service, typically the manufacturer’s companion app or cloud.',
    }),
    duty({
      id: 'data-act:user-access', role: 'data-holder', category: 'data-access-rights',
      cite: 'data-act:art-4(1)', title: 'Give users their data on request',
      summary: 'Where the user cannot access the data directly, make readily available data and the metadata needed to interpret them available on simple request, without undue delay, free of charge, in the same quality as available to the data holder, and where relevant continuously and in real time; do not make the user’s choices unduly difficult (Art 4(4)).',
      when: notExempt,
      note: 'Access may be restricted by agreement where it could undermine security requirements of the product laid down by law and cause serious adverse effects on health, safety or security (Art 4(2)); trade secrets are protected by confidentiality measures and, exceptionally, refusal with notice to the competent authority (Art 4(6)–(9)).',
    }),
    duty({
      id: 'data-act:share-with-third-party', role: 'data-holder', category: 'data-access-rights',
      cite: 'data-act:art-5(1)', title: 'Share data with a third party at the user’s request',
      summary: 'At the user’s request, make readily available data and metadata available to a third party chosen by the user, without undue delay, free of charge to the user, in the same quality and where relevant continuously and in real time; a gatekeeper under the Digital Markets Act cannot be such a third party (Art 5(3)).',
      when: notExempt,
    }),
    duty({
      id: 'data-act:personal-data-legal-basis', role: 'data-holder', category: 'data-access-rights',
      cite: 'data-act:art-4(12)', title: 'Make personal data available only with a GDPR basis',
      summary: 'Where the user is not the data subject (e.g. a hospital using a patient’s device), make personal data available to the user or a third party only with a valid legal basis under Art 6 GDPR and, for health data, a condition of Art 9 GDPR (Arts 4(12) and 5(7)).',
      when: all(
        is('product.processesPersonalData', { label: 'the data include personal data', cite: 'data-act:art-1(5)' }),
        notExempt,
      ),
    }),
    duty({
      id: 'data-act:non-personal-data-use', role: 'data-holder', category: 'data-access-rights',
      cite: 'data-act:art-4(13)', title: 'Use non-personal product data only under a contract with the user',
      summary: 'Use readily available non-personal data only on the basis of a contract with the user; do not use them to derive insights that could undermine the user’s commercial position, and do not make them available to third parties except to fulfil that contract (Art 4(14)).',
      when: notExempt,
    }),
    duty({
      id: 'data-act:frand-terms', role: 'data-holder', category: 'data-access-rights',
      cite: 'data-act:art-8(1)', title: 'Fair, reasonable and non-discriminatory terms for data recipients',
      summary: 'When making data available to a data recipient at the user’s request, agree the arrangements on fair, reasonable and non-discriminatory terms and in a transparent manner; any compensation must be reasonable and, for SME and not-for-profit research recipients, not exceed the costs of making the data available (Art 9).',
      when: notExempt,
    }),
  ],
  notes: [
    'Union law on personal data prevails in case of conflict (Art 1(5)); most data from connected health products are health data, so Art 9 GDPR applies as well.',
    'Units placed on the market on or before 12 September 2026 are not subject to the design obligation of Art 3(1), but the user’s access and sharing rights (Arts 4 and 5) apply to their readily available data since 12 September 2025.',
    'The Digital Omnibus proposal (COM(2025) 837) would also amend the Data Act; those amendments are not modelled.',
    'Chapters V (access by public bodies in exceptional need), VI (switching between data processing services) and VIII (interoperability) are not encoded.',
  ],
  sources: [
    { title: 'Regulation (EU) 2023/2854 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2023/2854/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Art 50 checked against a verbatim copy of the OJ text: entry into force on the twentieth day after publication (22 December 2023, giving 11 January 2024); application from 12 September 2025; Art 3(1) for connected products and related services “placed on the market after 12 September 2026”, encoded as strictly after that day; Chapter IV dates.',
      'Art 7(1) and (2), Art 1(5), Art 2(5), (6), (12), (13) and Arts 4(12) and 5(7) checked against a verbatim copy of the OJ text. The corrigendum of 9 December 2024 touches Art 48 only.',
      'Arts 3(2), 3(3), 4(1), 4(13)–(14), 5(1), 8 and 9 encoded from the fact dossier (high confidence) without re-reading the text word by word.',
    ],
  },
};
