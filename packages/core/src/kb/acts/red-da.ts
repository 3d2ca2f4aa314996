// RED delegated act on cybersecurity — Commission Delegated Regulation (EU) 2022/30, as amended by (EU) 2023/2444.
import {
  classRule,
  not,
  all, any, before, duty, event, has, is, onOrAfter, ref, rule, unless,
} from '../dsl.ts';
import type { ActDefinition, Exception } from '../types.ts';

const isRadio = is('product.radioEquipment', { label: 'it is radio equipment', cite: 'red:art-2(1)(1)' });
const internetConnected = is('product.internetConnected', {
  label: 'it can communicate over the internet, itself or through other equipment',
  cite: 'red-da:art-1(1)',
});

/** Art 2(1): medical devices and in vitro diagnostics lose all three requirements. */
const medicalDerogations: Exception[] = [
  unless('mdr', 'red-da:art-2(1)(a)', 'the MDR applies to the equipment', ref('mdr:scope')),
  unless('ivdr', 'red-da:art-2(1)(b)', 'the IVDR applies to the equipment', ref('ivdr:scope')),
];

/** Art 2(2): aviation, vehicles and road tolling lose points (e) and (f) only. */
const sectorDerogations: Exception[] = [
  unless('aviation', 'red-da:art-2(2)(a)', 'the equipment is covered by Regulation (EU) 2018/1139 (civil aviation)', has('product.specialRegimes', 'civil-aviation')),
  unless('vehicles', 'red-da:art-2(2)(b)', 'the equipment is covered by Regulation (EU) 2019/2144 (vehicle type-approval)', has('product.specialRegimes', 'motor-vehicle')),
  unless('road-toll', 'red-da:art-2(2)(c)', 'the equipment is covered by Directive (EU) 2019/520 (electronic road tolls)', has('product.specialRegimes', 'road-toll')),
];

const notes18031 =
  'Presumption of conformity from EN 18031-1/-2/-3:2024 (Implementing Decision (EU) 2025/138) is restricted: the “rationale” and “guidance” parts give none; none where, under clauses 6.2.5.1 and 6.2.5.2, the user may choose not to set or use a password; for EN 18031-2, none for toys and childcare equipment where parental or guardian access control is not ensured (clauses 6.1.3–6.1.6); for EN 18031-3, none for the secure-update criteria of clause 6.3.2.4. Where a restriction bites the standard is not applied in full, so self-assessment (module A) is closed and a notified body is needed (RED Art 17(4)).';

export const redDa: ActDefinition = {
  id: 'red-da',
  kind: 'delegated-regulation',
  shortName: 'RED DA',
  title:
    'Commission Delegated Regulation (EU) 2022/30 of 29 October 2021 supplementing Directive 2014/53/EU of the European Parliament and of the Council with regard to the application of the essential requirements referred to in Article 3(3), points (d), (e) and (f), of that Directive',
  number: 'Delegated Regulation (EU) 2022/30',
  celex: '32022R0030',
  eli: 'http://data.europa.eu/eli/reg_del/2022/30/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0030',
  structure: { articles: 3, annexes: [], recitals: 19 },
  summary:
    'Switches on the RED’s cybersecurity requirements — network protection (Art 3(3)(d)), personal data and privacy (Art 3(3)(e)) and protection from fraud (Art 3(3)(f)) — for internet-connected radio equipment and for childcare, toy and wearable radio equipment that processes personal data, for units placed on the market from 1 August 2025. Medical devices and in vitro diagnostics are carved out. Repealed with effect from 11 December 2027, when the Cyber Resilience Act takes over.',
  timeline: [
    event('2021-10-29', 'adopted', 'Adopted by the Commission'),
    event('2022-01-12', 'published', 'Published in the Official Journal (OJ L 7, 12.1.2022, p. 6)'),
    event('2022-02-01', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'red-da:art-3' }),
    event('2023-10-27', 'other', 'Delegated Regulation (EU) 2023/2444 (OJ L, 27.10.2023) replaces the application date in Art 3 — 1 August 2024 becomes 1 August 2025 — and corrects the wording of Art 1(2)', {
      cite: 'red-da:art-3',
    }),
    event('2024-08-01', 'other', 'Original application date — superseded: Delegated Regulation (EU) 2023/2444 postponed application to 1 August 2025, so nothing applied on this date', {
      cite: 'red-da:art-3',
    }),
    event('2025-01-30', 'other', 'EN 18031-1, -2 and -3:2024 cited in the Official Journal, with restrictions, by Implementing Decision (EU) 2025/138'),
    event('2025-08-01', 'applies', 'The requirements apply to in-scope radio equipment placed on the market from this date', {
      cite: 'red-da:art-3',
    }),
    event('2026-02-16', 'other', 'Commission adopts Delegated Regulation (EU) 2026/339 repealing this Regulation with effect from 11 December 2027'),
    event('2026-04-29', 'other', 'Delegated Regulation (EU) 2026/339 published in the Official Journal (OJ L, 2026/339, 29.4.2026); it enters into force on the twentieth day after publication (its Art 2)'),
    event('2027-12-11', 'repealed', 'Repealed with effect from 11 December 2027 by Art 1 of Delegated Regulation (EU) 2026/339, because the essential requirements of the Cyber Resilience Act (Annex I) include all the elements of RED Art 3(3)(d), (e) and (f) (its recital 3)'),
  ],
  scope: rule(
    'scope',
    'red-da:art-1',
    'radio equipment placed on the market from 1 August 2025 to which at least one of the requirements of RED Art 3(3)(d), (e) or (f) applies',
    all(
      onOrAfter('product.placedOnMarketOn', '2025-08-01', {
        label: 'the unit is placed on the market on or after 1 August 2025',
        cite: 'red-da:art-3',
      }),
      before('product.placedOnMarketOn', '2027-12-11', {
        label: 'the unit is placed on the market before the repeal takes effect on 11 December 2027',
      }),
      any(
        ref('red-da:art-3-3-d', { label: 'the network-protection requirement applies', cite: 'red-da:art-1(1)' }),
        ref('red-da:art-3-3-e', { label: 'the personal-data and privacy requirement applies', cite: 'red-da:art-1(2)' }),
        ref('red-da:art-3-3-f', { label: 'the fraud-protection requirement applies', cite: 'red-da:art-1(3)' }),
      ),
    ),
    {
      note: 'Placing on the market is per unit: units of the same model placed before 1 August 2025 are outside, units placed from that date are inside. Units placed from 11 December 2027 fall under the Cyber Resilience Act instead. The repealing act says in its recital 5 that market surveillance may still act on units placed on the market between 1 August 2025 and 10 December 2027; the engine reports the Regulation as no longer applying from 11 December 2027 for every unit, so check that enforcement point separately.',
    },
  ),
  predicates: [
    rule(
      'art-3-3-d',
      'red-da:art-1(1)',
      'RED Art 3(3)(d) (no harm to the network, no misuse of network resources) applies: internet-connected radio equipment',
      all(isRadio, internetConnected),
      { unless: medicalDerogations },
    ),
    rule(
      'art-3-3-e',
      'red-da:art-1(2)',
      'RED Art 3(3)(e) (safeguards for personal data and privacy) applies: radio equipment able to process personal, traffic or location data that is internet-connected, for childcare, a toy or wearable',
      all(
        isRadio,
        is('product.processesPersonalData', {
          label: 'it can process personal data, traffic data or location data',
          cite: 'red-da:art-1(2)',
        }),
        any(
          internetConnected,
          is('product.childcare', { label: 'it is designed or intended exclusively for childcare', cite: 'red-da:art-1(2)(b)' }),
          is('product.toy', { label: 'it is a toy within the Toy Safety Directive', cite: 'red-da:art-1(2)(c)' }),
          is('product.wearable', {
            label: 'it is designed or intended to be worn on, strapped to or hung from the body or clothing',
            cite: 'red-da:art-1(2)(d)',
          }),
        ),
      ),
      {
        unless: [...medicalDerogations, ...sectorDerogations],
        note: 'The Regulation speaks of equipment “capable of processing” such data; the profile question asks whether it processes personal data, which we take as the same for connected health products. A wearable is covered whether or not it is internet-connected.',
      },
    ),
    rule(
      'art-3-3-f',
      'red-da:art-1(3)',
      'RED Art 3(3)(f) (protection from fraud) applies: internet-connected radio equipment that lets its holder or user transfer money, monetary value or virtual currency',
      all(
        isRadio,
        internetConnected,
        is('product.enablesMoneyTransfer', {
          label: 'it lets the holder or user transfer money, monetary value or virtual currency',
          cite: 'red-da:art-1(3)',
        }),
      ),
      { unless: [...medicalDerogations, ...sectorDerogations] },
    ),
  ],
  classifiers: [
    {
      id: 'requirements',
      subject: 'product',
      title: 'RED essential requirements switched on by Delegated Regulation (EU) 2022/30',
      cite: 'red-da:art-1',
      mode: 'all',
      outcomes: ['none', 'art-3-3-d', 'art-3-3-e', 'art-3-3-f'],
      appliesWhen: is('product.radioEquipment', { label: 'it is radio equipment', cite: 'red:art-2(1)(1)' }),
      outcomeInfo: {
        none: { label: 'None of RED Art 3(3)(d), (e) or (f)' },
        'art-3-3-d': {
          label: 'RED Art 3(3)(d): no harm to the network or misuse of network resources',
          consequence: 'Presumption of conformity with EN 18031-1:2024 (Implementing Decision (EU) 2025/138), except where the user may choose not to set or use a password (clauses 6.2.5.1, 6.2.5.2): then a notified body (module B+C or H) is needed.',
          cite: 'red:art-3(3)(d)',
        },
        'art-3-3-e': {
          label: 'RED Art 3(3)(e): safeguards for personal data and privacy',
          consequence: 'Presumption of conformity with EN 18031-2:2024, except where the user may choose not to set a password, and for toys and childcare equipment where parental or guardian access control is not ensured: then a notified body is needed.',
          cite: 'red:art-3(3)(e)',
        },
        'art-3-3-f': {
          label: 'RED Art 3(3)(f): protection from fraud',
          consequence: 'Presumption of conformity with EN 18031-3:2024, except the password opt-out and the secure-update criterion of clause 6.3.2.4: then a notified body is needed.',
          cite: 'red:art-3(3)(f)',
        },
      },
      rules: [
        classRule('none', 'red-da:art-1', 'none of the requirements applies (or a derogation removes them)', 'none',
          all(
            not(ref('red-da:art-3-3-d'), { label: 'Art 3(3)(d) does not apply', cite: 'red-da:art-1(1)' }),
            not(ref('red-da:art-3-3-e'), { label: 'Art 3(3)(e) does not apply', cite: 'red-da:art-1(2)' }),
            not(ref('red-da:art-3-3-f'), { label: 'Art 3(3)(f) does not apply', cite: 'red-da:art-1(3)' }),
          )),
        classRule('d', 'red-da:art-1(1)', 'internet-connected radio equipment', 'art-3-3-d', ref('red-da:art-3-3-d', { label: 'Art 3(3)(d) applies', cite: 'red-da:art-1(1)' })),
        classRule('e', 'red-da:art-1(2)', 'radio equipment processing personal data that is internet-connected, for childcare, a toy or wearable', 'art-3-3-e',
          ref('red-da:art-3-3-e', { label: 'Art 3(3)(e) applies', cite: 'red-da:art-1(2)' })),
        classRule('f', 'red-da:art-1(3)', 'internet-connected radio equipment that enables money transfers', 'art-3-3-f',
          ref('red-da:art-3-3-f', { label: 'Art 3(3)(f) applies', cite: 'red-da:art-1(3)' })),
      ],
      note: 'Which requirements apply to the equipment, whatever its placing date; the Regulation itself covers units placed on the market from 1 August 2025 until its repeal on 11 December 2027. Derogations: MDR and IVDR devices lose all three (Art 2(1)); civil aviation, vehicle type-approval and road-toll equipment lose (e) and (f) (Art 2(2)).',
    },
  ],
  obligations: [
    duty({
      id: 'red-da:network-protection', role: 'manufacturer', category: 'security-requirements',
      cite: 'red-da:art-1(1)', title: 'Network protection (RED Art 3(3)(d))',
      summary: 'Construct the equipment so that it does not harm the network or its functioning and does not misuse network resources in a way that degrades service — in practice access control, authentication, secure updates, secure storage and communication, resilience and limiting traffic, as EN 18031-1 sets out.',
      when: ref('red-da:art-3-3-d'),
      note: notes18031,
    }),
    duty({
      id: 'red-da:personal-data-privacy', role: 'manufacturer', category: 'security-requirements',
      cite: 'red-da:art-1(2)', title: 'Personal data and privacy safeguards (RED Art 3(3)(e))',
      summary: 'Build in safeguards so that the personal data and privacy of the user and subscriber are protected — access control and authentication, protection of stored and transmitted data, logging, deletion and informing the user, as EN 18031-2 sets out.',
      when: ref('red-da:art-3-3-e'),
      note: notes18031,
    }),
    duty({
      id: 'red-da:fraud-protection', role: 'manufacturer', category: 'security-requirements',
      cite: 'red-da:art-1(3)', title: 'Protection from fraud (RED Art 3(3)(f))',
      summary: 'Support features that protect against fraud when the equipment is used to transfer money, monetary value or virtual currency, as EN 18031-3 sets out.',
      when: ref('red-da:art-3-3-f'),
      note: 'EN 18031-3 gives no presumption of conformity for its secure-update criteria (clause 6.3.2.4), so equipment to which that clause applies needs a notified body whatever its design. ' + notes18031,
    }),
    duty({
      id: 'red-da:conformity-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'red:art-17(3)', title: 'Conformity assessment covering the activated cybersecurity requirements',
      summary: 'Cover each activated requirement in the RED conformity assessment, technical documentation and EU declaration of conformity. Self-assessment (module A) only where EN 18031-1/-2/-3 are applied in full without a restriction biting; otherwise EU-type examination (modules B and C) or full quality assurance (module H) with a notified body.',
      note: notes18031,
    }),
    duty({
      id: 'red-da:importer-checks', role: 'importer', category: 'conformity-assessment',
      cite: 'red:art-12(2)', title: 'Check that the cybersecurity requirements were assessed',
      summary: 'Before placing the equipment on the market, make sure the manufacturer’s conformity assessment, technical documentation and declaration cover the activated Art 3(3)(d), (e) or (f) requirements, with a notified-body certificate where EN 18031 could not be applied in full.',
    }),
    duty({
      id: 'red-da:distributor-checks', role: 'distributor', category: 'conformity-assessment',
      cite: 'red:art-13(2)', title: 'Do not make available equipment that misses the cybersecurity requirements',
      summary: 'Act with due care: where there is reason to believe the equipment does not meet an activated cybersecurity requirement, do not make it available until it does, and inform the manufacturer or importer.',
    }),
  ],
  notes: [
    'For a connected health product the decisive question is its status: a certified medical device or IVD is outside all three requirements (Art 2(1)), its cybersecurity being governed by the MDR or IVDR; the same hardware sold as a wellness wearable is inside (e) (wearable processing personal data) and, if it reaches the internet directly or through a phone, inside (d).',
    'Aviation, vehicle type-approval and road-toll equipment keep requirement (d) but lose (e) and (f) (Art 2(2)).',
    'A unit placed on the market between 1 August 2025 and 10 December 2027 may also be subject to the Cyber Resilience Act’s reporting duties from 11 September 2026; the CRA does not exclude radio equipment.',
    'RED-era EU-type examination certificates covering cybersecurity remain usable for the CRA until 11 June 2028 unless they expire earlier (CRA Art 69(1)).',
  ],
  sources: [
    { title: 'Commission Delegated Regulation (EU) 2022/30 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg_del/2022/30/oj/eng' },
    { title: 'Commission Delegated Regulation (EU) 2023/2444 (postponement to 1 August 2025)', url: 'https://eur-lex.europa.eu/eli/reg_del/2023/2444/oj/eng' },
    { title: 'Commission Implementing Decision (EU) 2025/138 (EN 18031 series cited with restrictions)', url: 'https://eur-lex.europa.eu/eli/dec_impl/2025/138/oj/eng' },
    { title: 'Commission Delegated Regulation (EU) 2026/339 (repeal with effect from 11 December 2027)', url: 'https://eur-lex.europa.eu/eli/reg_del/2026/339/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-12-07',
    notes: [
      'Arts 1 and 2 (equipment categories and derogations) checked on 2026-12-07 against a copy of the OJ HTML (OJ L 7, 12.1.2022, p. 6) kept in a public repository: Art 2(1) disapplies all of RED Art 3(3)(d), (e) and (f) for equipment the MDR (point (a)) or the IVDR (point (b)) also covers; Art 2(2) disapplies only (e) and (f) for Regulation (EU) 2018/1139, Regulation (EU) 2019/2144 and Directive (EU) 2019/520. 3 articles, 19 recitals and no annexes.',
      'Postponement confirmed: Delegated Regulation (EU) 2023/2444, Art 1, replaces “It shall apply from 1 August 2024.” in Art 3 with “It shall apply from 1 August 2025.”, and its Art 2 corrects Art 1(2) to “traffic data or location data” (quoted verbatim in a public repository checked against its copy of CELEX 32023R2444).',
      'Repeal verified on 2026-12-07 against a copy of the Official Journal HTML of Commission Delegated Regulation (EU) 2026/339 (OJ L, 2026/339, 29.4.2026; canonical https://eur-lex.europa.eu/eli/reg_del/2026/339/oj/eng) kept in a public repository: Art 1 reads “Delegated Regulation (EU) 2022/30 is repealed with effect from 11 December 2027.”; Art 2: entry into force on the twentieth day after publication; “Done at Brussels, 16 February 2026”; recital 3: CRA Annex I includes all the elements of RED Art 3(3)(d)–(f); recital 5: the repeal does not affect market surveillance of radio equipment placed on the market between 1 August 2025 and 10 December 2027.',
      'EN 18031 restrictions of Implementing Decision (EU) 2025/138 (entries 164–166 of Implementing Decision (EU) 2022/2191) confirmed from several secondary sources quoting the OJ wording (“the user is allowed not to set and use any password”; “parental or guardian access control is not ensured”; no presumption for clause 6.3.2.4 of EN 18031-3).',
      'Not established: whether the EN 18031 references are withdrawn from the standards list at the same date.',
    ],
  },
};
