// Product Liability Directive of 1985 — Council Directive 85/374/EEC.
import { duty, event, onOrBefore, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const pld1985: ActDefinition = {
  id: 'pld-1985',
  kind: 'directive',
  shortName: 'PLD 1985',
  title:
    'Council Directive 85/374/EEC of 25 July 1985 on the approximation of the laws, regulations and administrative provisions of the Member States concerning liability for defective products',
  number: 'Council Directive 85/374/EEC',
  celex: '31985L0374',
  eli: 'http://data.europa.eu/eli/dir/1985/374/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31985L0374',
  structure: { articles: 22, annexes: [] },
  summary:
    'Strict liability of the producer for damage caused by a defect in a product put into circulation: death, personal injury and damage to private property above a 500 ECU threshold, a three-year limitation period and a ten-year long-stop. Repealed by Directive (EU) 2024/2853 with effect from 9 December 2026, but it keeps governing products placed on the market or put into service before that date for as long as claims about them can run.',
  timeline: [
    event('1985-07-25', 'adopted', 'Adopted by the Council'),
    event('1985-07-30', 'entry-into-force', 'Takes effect on notification to the Member States', { cite: 'pld-1985:art-19(1)' }),
    event('1985-08-07', 'published', 'Published in the Official Journal (OJ L 210, 7.8.1985, p. 29)'),
    event('1988-07-30', 'transposition-deadline', 'Member States bring the transposing measures into force, three years after notification', {
      cite: 'pld-1985:art-19(1)',
    }),
    event('1988-07-30', 'applies', 'National measures transposing the Directive apply', { cite: 'pld-1985:art-19(1)' }),
    event('2000-12-04', 'other', 'Directive 1999/34/EC extends the Directive to primary agricultural products and game (transposition deadline)', {
      cite: 'pld-1985:art-2',
    }),
    event('2026-12-09', 'other', 'Repealed by Directive (EU) 2024/2853 with effect from this date — but it continues to apply to products placed on the market or put into service before it (Art 21 of Directive (EU) 2024/2853), so for those products it stays in force; products placed later fall under the new Directive', {
      cite: 'pld-2024:art-21',
    }),
  ],
  scope: rule(
    'scope',
    'pld-1985:art-1',
    'a product — any movable, including electricity — put into circulation on or before 9 December 2026',
    onOrBefore('product.placedOnMarketOn', '2026-12-09', {
      label: 'the product was placed on the market or put into service on or before 9 December 2026',
      cite: 'pld-2024:art-21',
    }),
    {
      note: 'The repeal is encoded as an event that does not end the Directive: under Art 21 of Directive (EU) 2024/2853 it keeps governing products placed on the market or put into service before 9 December 2026, and claims about them can run until ten years after circulation (Art 11). Boundary day: read literally, Art 21 saves the old Directive only for products placed “before” 9 December 2026 and the new Directive covers only products placed “after” it, so a product placed on 9 December 2026 falls under neither text; we keep it under this Directive because the new one unambiguously excludes it and the national rules transposing this Directive remain in force for it unless national law provides otherwise. Whether standalone software is a “product” under this Directive is disputed: it names only movables and electricity.',
    },
  ),
  obligations: [
    duty({
      id: 'pld-1985:producer-liability', role: 'manufacturer', category: 'liability',
      cite: 'pld-1985:art-1', title: 'Strict liability of the producer',
      summary: 'The producer — the maker of the finished product, of a raw material or of a component, and anyone presenting itself as producer by putting its name or trade mark on the product (Art 3(1)) — is liable without fault for damage caused by a defect in its product. The injured person proves the damage, the defect and the causal link (Art 4).',
    }),
    duty({
      id: 'pld-1985:defect-and-defences', role: 'manufacturer', category: 'liability',
      cite: 'pld-1985:art-7', title: 'Defect and the producer’s defences',
      summary: 'A product is defective when it does not provide the safety a person is entitled to expect, considering its presentation, its reasonably expected use and the time it was put into circulation; a better product later does not make it defective (Art 6). The producer escapes liability if it proves, among other things, that the defect probably did not exist when it put the product into circulation (Art 7(b)) or that the state of scientific and technical knowledge then did not allow the defect to be discovered (Art 7(e)).',
      note: 'Unlike the 2024 Directive there is no rule that a lack of security updates after circulation keeps the producer liable; a vulnerability that arises only after circulation will often fall under the Art 7(b) defence. Member States could exclude the development-risk defence (Art 15(1)(b)).',
    }),
    duty({
      id: 'pld-1985:damage-and-threshold', role: 'manufacturer', category: 'liability',
      cite: 'pld-1985:art-9', title: 'Damage covered, with a 500 ECU threshold for property',
      summary: 'Damage covered: death and personal injury (Art 9(a)), and damage to or destruction of an item of property other than the defective product, of a type ordinarily intended for private use and mainly so used, with a lower threshold of 500 ECU (Art 9(b)). Loss of data and non-material damage under national law are not harmonised.',
    }),
    duty({
      id: 'pld-1985:limitation-period', role: 'manufacturer', category: 'liability',
      cite: 'pld-1985:art-10(1)', title: 'Three-year limitation period',
      summary: 'Proceedings must be brought within three years of the day the plaintiff became aware, or should reasonably have become aware, of the damage, the defect and the producer’s identity.',
    }),
    duty({
      id: 'pld-1985:extinction-period', role: 'manufacturer', category: 'liability',
      cite: 'pld-1985:art-11', title: 'Rights extinguished ten years after circulation',
      summary: 'The injured person’s rights are extinguished ten years after the producer put into circulation the actual product that caused the damage, unless proceedings have been started in the meantime.',
    }),
    duty({
      id: 'pld-1985:no-contractual-exclusion', role: 'manufacturer', category: 'liability',
      cite: 'pld-1985:art-12', title: 'Liability cannot be excluded by contract',
      summary: 'The producer’s liability towards the injured person cannot be limited or excluded by a contractual term.',
    }),
    duty({
      id: 'pld-1985:importer-liability', role: 'importer', category: 'liability',
      cite: 'pld-1985:art-3(2)', title: 'Importer into the Union liable as a producer',
      summary: 'Whoever imports a product into the Union for sale, hire, leasing or any form of distribution in the course of business is liable as a producer, without prejudice to the liability of the producer.',
    }),
    duty({
      id: 'pld-1985:supplier-liability', role: 'distributor', category: 'liability',
      cite: 'pld-1985:art-3(3)', title: 'Supplier liable unless it names the producer',
      summary: 'Where the producer cannot be identified, each supplier is treated as the producer unless, within a reasonable time, it tells the injured person the identity of the producer or of whoever supplied it; the same applies to imported products where the importer cannot be identified.',
    }),
  ],
  notes: [
    'Claims run under the national law that transposed the Directive (for example, in Germany, the Produkthaftungsgesetz of 1989).',
    'The 500 ECU amount is applied in euro under national law; how it works in practice (deducted from every property claim, or only as an entry threshold) depends on the national transposition and case law.',
  ],
  sources: [
    { title: 'Council Directive 85/374/EEC (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/1985/374/oj/eng' },
    { title: 'Directive (EU) 2024/2853, Art 21 (repeal and transitional provision)', url: 'https://eur-lex.europa.eu/eli/dir/2024/2853/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Substance (Arts 1, 3, 6, 7, 9, 10, 11, 12) taken from the dossier, which marks it well established but not re-opened; the OJ text was not opened in this pass.',
      'Notification on 30 July 1985 and the transposition deadline of 30 July 1988 (three years after notification, Art 19(1)) follow the usual citation of the Directive and were not re-confirmed against EUR-Lex.',
      'The end of the regime was checked against the quoted text of Directive (EU) 2024/2853, Art 21 (repeal with effect from 9 December 2026, continued application to products placed on the market or put into service before that date).',
    ],
  },
};
