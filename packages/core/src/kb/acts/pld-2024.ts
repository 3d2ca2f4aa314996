// Product Liability Directive — Directive (EU) 2024/2853.
import { after, all, duty, event, is, not, rule, unless } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const pld2024: ActDefinition = {
  id: 'pld-2024',
  kind: 'directive',
  shortName: 'PLD',
  title:
    'Directive (EU) 2024/2853 of the European Parliament and of the Council of 23 October 2024 on liability for defective products and repealing Council Directive 85/374/EEC',
  number: 'Directive (EU) 2024/2853',
  celex: '32024L2853',
  eli: 'http://data.europa.eu/eli/dir/2024/2853/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202402853',
  anchors: 'oj-html',
  structure: { articles: 24, annexes: [] },
  summary:
    'Strict liability of economic operators for damage to natural persons caused by defective products placed on the market or put into service after 9 December 2026. Software, including AI systems and software updates, is a product; a defect can lie in missing safety-relevant cybersecurity or in a lack of security updates while the product is within the manufacturer’s control; loss or corruption of non-professional data is compensable damage; courts can order disclosure of evidence and presume defectiveness and causation.',
  timeline: [
    event('2024-10-23', 'adopted', 'Signed by the Parliament and the Council'),
    event('2024-11-18', 'published', 'Published in the Official Journal (OJ L, 2024/2853, 18.11.2024)'),
    event('2024-12-08', 'entry-into-force', 'Enters into force on the twentieth day after publication', { cite: 'pld-2024:art-23' }),
    event('2026-12-09', 'transposition-deadline', 'Member States bring the transposing measures into force; Directive 85/374/EEC is repealed with effect from this date, but keeps governing products placed on the market or put into service before it (Art 21)', {
      cite: 'pld-2024:art-22(1)',
    }),
    event('2026-12-10', 'applies', 'The national rules transposing the Directive govern products placed on the market or put into service after 9 December 2026, i.e. from 10 December 2026', {
      cite: 'pld-2024:art-2(1)',
    }),
  ],
  scope: rule(
    'scope',
    'pld-2024:art-2(1)',
    'a product — any movable, including software and digital manufacturing files — placed on the market or put into service after 9 December 2026',
    after('product.placedOnMarketOn', '2026-12-09', {
      label: 'the product was placed on the market or put into service after 9 December 2026',
      cite: 'pld-2024:art-2(1)',
    }),
    {
      unless: [
        unless(
          'open-source-outside-commercial-activity',
          'pld-2024:art-2(2)',
          'it is free and open-source software developed or supplied outside the course of a commercial activity',
          all(
            is('product.openSource', { label: 'it is free and open-source software', cite: 'pld-2024:art-2(2)' }),
            not(is('product.commercialActivity'), {
              label: 'it is developed or supplied outside the course of a commercial activity',
              cite: 'pld-2024:art-2(2)',
            }),
          ),
        ),
      ],
      note: 'Boundary day: a product placed on the market or put into service on 9 December 2026 itself is not “after 9 December 2026” (Art 2(1)), so this Directive does not reach it; read literally, Art 21 keeps Directive 85/374/EEC only for products placed “before that date”, so neither text covers that one day. We place such products under the old regime (see pld-1985), because the exclusion from this Directive is unambiguous and the national rules transposing 85/374/EEC stay in force for them unless national law provides otherwise. Check the transposing law of the Member State concerned. The profile records the placing-on-market date; where a product was put into service on a different date, check which of the two the national transposing law takes.',
    },
  ),
  obligations: [
    duty({
      id: 'pld-2024:manufacturer-liability', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-8(1)', title: 'Strict liability for damage caused by a defective product',
      summary: 'The manufacturer of a defective product, and the manufacturer of a defective component integrated into or inter-connected with it under the manufacturer’s control, are liable without fault to any natural person for the damage it causes (Arts 5 and 8(1)(a)–(b)). Software, including AI systems, is a product whether embedded or supplied on its own (Art 4(1)); mere source code and information are not.',
    }),
    duty({
      id: 'pld-2024:cybersecurity-defectiveness', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-7(2)(f)', title: 'Defectiveness includes safety-relevant cybersecurity',
      summary: 'A product is defective when it does not provide the safety a person is entitled to expect or that Union or national law requires; the assessment takes account of relevant product safety requirements, including safety-relevant cybersecurity requirements (Art 7(2)(f)), the effect of the product’s ability to keep learning or acquire new features after placing on the market (Art 7(2)(c)), and the moment it left the manufacturer’s control (Art 7(2)(e)).',
    }),
    duty({
      id: 'pld-2024:security-updates-within-control', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-11(2)(c)', title: 'No defence for missing security updates within the manufacturer’s control',
      summary: 'The defence that the defect did not exist when the product was placed on the market (Art 11(1)(c)) is not available where the defect is due to software, including updates or upgrades, to a related service, to a substantial modification, or to a lack of the software updates or upgrades needed to maintain safety — as long as these are within the manufacturer’s control. A connected device whose manufacturer stops shipping security updates it controls stays exposed.',
    }),
    duty({
      id: 'pld-2024:compensable-damage', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-6(1)', title: 'Compensable damage includes data loss',
      summary: 'Compensable damage covers death and personal injury including medically recognised damage to psychological health (Art 6(1)(a)), damage to property other than the product itself and property used exclusively for professional purposes (Art 6(1)(b)), and the destruction or corruption of data not used for professional purposes (Art 6(1)(c)). There is no lower threshold.',
    }),
    duty({
      id: 'pld-2024:disclosure-and-presumptions', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-10', title: 'Disclosure of evidence and presumptions',
      summary: 'A court may order the defendant to disclose relevant evidence once the claim is plausible (Art 9). Defectiveness is presumed where the defendant fails to disclose, where the product breaches mandatory safety requirements meant to protect against the risk, or where the damage was caused by an obvious malfunction (Art 10(2)); causation is presumed where the damage is of a kind typically consistent with the defect (Art 10(3)); and either may be presumed where technical or scientific complexity makes proof excessively difficult (Art 10(4)). All presumptions are rebuttable.',
    }),
    duty({
      id: 'pld-2024:no-contractual-exclusion', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-15', title: 'Liability cannot be excluded by contract',
      summary: 'Liability towards the injured person cannot be limited or excluded by contract or by national law.',
    }),
    duty({
      id: 'pld-2024:time-limits', role: 'manufacturer', category: 'liability',
      cite: 'pld-2024:art-17(1)', title: 'Ten-year expiry, 25 years for latent injury; three-year limitation',
      summary: 'Claims must be brought within three years of the injured person becoming aware, or when they should reasonably have become aware, of the damage, the defect and the liable operator (Art 16). Rights expire ten years after the product was placed on the market or put into service, or after a substantially modified product was made available (Art 17(1)); 25 years where latent personal injury prevented proceedings within ten years (Art 17(2)).',
    }),
    duty({
      id: 'pld-2024:importer-liability', role: 'importer', category: 'liability',
      cite: 'pld-2024:art-8(1)', title: 'Importer liable where the manufacturer is outside the Union',
      summary: 'Where the manufacturer is established outside the Union, the importer of the defective product is liable as the manufacturer would be (Art 8(1)(c)(i)).',
    }),
    duty({
      id: 'pld-2024:authorised-representative-liability', role: 'authorised-representative', category: 'liability',
      cite: 'pld-2024:art-8(1)', title: 'Authorised representative liable where the manufacturer is outside the Union',
      summary: 'Where the manufacturer is established outside the Union, its authorised representative is liable alongside the importer; where neither is in the Union, the fulfilment service provider is (Art 8(1)(c)).',
    }),
    duty({
      id: 'pld-2024:distributor-liability', role: 'distributor', category: 'liability',
      cite: 'pld-2024:art-8(3)', title: 'Distributor liable unless it names a Union operator or its supplier',
      summary: 'Where no liable economic operator established in the Union can be identified, the distributor is liable unless, within one month of the claimant’s request, it identifies such an operator or its own supplier. Online platforms that present a product like a trader are treated the same way (Art 8(4)).',
    }),
  ],
  notes: [
    'Whoever substantially modifies a product outside the manufacturer’s control and makes it available is treated as its manufacturer (Art 8(2)); for such a product the expiry period runs from when the modified product was made available (Art 17(1)).',
    'Maximum harmonisation (Art 3), applied through national law; the transposition status in each Member State as of the check date was not established.',
    'Member States may keep or introduce liability for development risks in specific cases (Art 18), after notifying the Commission.',
  ],
  sources: [
    { title: 'Directive (EU) 2024/2853 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2024/2853/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Art 2(1) (“products placed on the market or put into service after 9 December 2026”), Art 21 (85/374/EEC “repealed with effect from 9 December 2026”, continuing to apply to products placed on the market or put into service “before that date”) and Art 22(1) (transposition “by 9 December 2026”) confirmed from public research notes quoting the OJ text verbatim; EUR-Lex was not opened directly.',
      'Boundary day 9 December 2026: the two texts leave it uncovered if read literally; by Regulation 1182/71 Art 4(2) a repeal fixed at a date takes effect at the start of that day. We put products placed on that day under the old regime and explain why in the scope note; the engine gives every stated date exactly one regime.',
      'Arts 4(1), 6(1), 7(2)(f), 8, 10, 11(2), 15, 16 and 17 taken from the dossier, which relies on repositories quoting the final text (high); entry into force on 8 December 2024 computed from publication on 18 November 2024.',
      'No annexes were found in the final text as known to us; the absence of an annex was not re-checked.',
    ],
  },
};
