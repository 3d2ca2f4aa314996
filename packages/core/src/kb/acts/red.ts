// Radio Equipment Directive — Directive 2014/53/EU.
import { duty, event, has, is, rule, unless } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const red: ActDefinition = {
  id: 'red',
  kind: 'directive',
  shortName: 'RED',
  title:
    'Directive 2014/53/EU of the European Parliament and of the Council of 16 April 2014 on the harmonisation of the laws of the Member States relating to the making available on the market of radio equipment and repealing Directive 1999/5/EC',
  number: 'Directive 2014/53/EU',
  celex: '32014L0053',
  eli: 'http://data.europa.eu/eli/dir/2014/53/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L0053',
  structure: { articles: 52, annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] },
  summary:
    'Conditions for making radio equipment available in the Union: essential requirements on health and safety, electromagnetic compatibility and efficient use of the radio spectrum, plus further requirements (Art 3(3)) that bind only categories of equipment named in a delegated act — for cybersecurity, Delegated Regulation (EU) 2022/30. Conformity assessment, CE marking and duties of manufacturers, importers and distributors. Medical devices that use radio are not excluded.',
  timeline: [
    event('2014-04-16', 'adopted', 'Signed by the Parliament and the Council'),
    event('2014-05-22', 'published', 'Published in the Official Journal (OJ L 153, 22.5.2014, p. 62)'),
    event('2014-06-11', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'red:art-51',
    }),
    event('2016-06-12', 'transposition-deadline', 'Member States adopt and publish the transposing measures', {
      cite: 'red:art-49(1)',
    }),
    event('2016-06-13', 'applies', 'National measures transposing the Directive apply', { cite: 'red:art-49(1)' }),
    event('2017-06-13', 'other', 'End of the transition period: equipment meeting only Directive 1999/5/EC may no longer be placed on the market after 12 June 2017', {
      cite: 'red:art-48',
    }),
    event('2025-08-01', 'other', 'The cybersecurity requirements of Art 3(3)(d), (e) and (f) start to bind the categories named in Delegated Regulation (EU) 2022/30 (see act red-da)', {
      cite: 'red:art-3(3)',
    }),
    event('2027-12-11', 'other', 'Delegated Regulation (EU) 2022/30 is repealed; the cybersecurity of radio equipment falls under the Cyber Resilience Act instead (see acts red-da and cra)', {
      cite: 'red:art-3(3)',
    }),
  ],
  scope: rule(
    'scope',
    'red:art-1(1)',
    'radio equipment made available on the market: a product that intentionally emits or receives radio waves for radio communication or radiodetermination',
    is('product.radioEquipment', { label: 'it is radio equipment', cite: 'red:art-2(1)(1)' }),
    {
      unless: [
        unless('marine', 'red:annex-I', 'it is marine equipment under the marine equipment directive (Annex I, point 2)', has('product.specialRegimes', 'marine-equipment')),
        unless('aviation', 'red:annex-I', 'it is an airborne product, part or appliance under the EU civil aviation rules (Annex I, point 3)', has('product.specialRegimes', 'civil-aviation')),
        unless('public-security-defence', 'red:art-1(4)', 'it is used exclusively for public security, defence or State security activities', has('product.specialRegimes', 'national-security-defence')),
      ],
      note: 'Annex I also excludes amateur radio equipment that is not commercially available and custom-built evaluation kits for professionals used solely at research and development facilities; these are not asked because they do not arise for health products placed on the market. A medical device that uses Bluetooth, Wi-Fi or cellular radio is radio equipment and must meet the RED as well as the MDR or IVDR.',
    },
  ),
  obligations: [
    duty({
      id: 'red:essential-requirements', role: 'manufacturer', category: 'security-requirements',
      cite: 'red:art-10(1)', title: 'Design and manufacture to the essential requirements',
      summary: 'When placing radio equipment on the market, ensure it was designed and manufactured to meet Art 3: protection of health and safety (the low-voltage safety objectives without a voltage limit) and electromagnetic compatibility (Art 3(1)), effective and efficient use of the radio spectrum (Art 3(2)), and those Art 3(3) requirements that a delegated act has switched on for the equipment’s category.',
      note: 'The cybersecurity requirements of Art 3(3)(d) network protection, (e) personal data and privacy and (f) protection from fraud bind only through Delegated Regulation (EU) 2022/30, for equipment placed on the market from 1 August 2025 until that Regulation is repealed on 11 December 2027; see act red-da for those duties.',
    }),
    duty({
      id: 'red:conformity-assessment', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'red:art-17', title: 'Conformity assessment',
      summary: 'Carry out conformity assessment covering every applicable essential requirement. For health, safety and electromagnetic compatibility internal production control (module A, Annex II) is enough. For the spectrum and Art 3(3) requirements module A is open only where harmonised standards cited in the Official Journal were applied in full; otherwise EU-type examination with conformity to type (modules B and C, Annex III) or full quality assurance (module H, Annex IV), both with a notified body.',
      note: 'A harmonised standard cited with a restriction (as EN 18031 is for the cybersecurity requirements) is not applied in full where the restriction bites, so a notified body is needed (Art 17(4)).',
    }),
    duty({
      id: 'red:technical-documentation', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'red:art-10(3)', title: 'Technical documentation',
      summary: 'Draw up the technical documentation of Annex V (Art 21) before placing the equipment on the market, and keep it together with the EU declaration of conformity for ten years after the equipment has been placed on the market (Art 10(4)).',
    }),
    duty({
      id: 'red:declaration-and-ce-marking', role: 'manufacturer', category: 'conformity-assessment',
      cite: 'red:art-10(3)', title: 'EU declaration of conformity and CE marking',
      summary: 'Once compliance has been demonstrated, draw up the EU declaration of conformity (Art 18, Annex VI) and affix the CE marking (Arts 19 and 20), with the notified body’s identification number where one took part.',
    }),
    duty({
      id: 'red:identification', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'red:art-10(6)', title: 'Identification and contact details on the equipment',
      summary: 'Mark the equipment with a type, batch or serial number (Art 10(6)) and with the manufacturer’s name, registered trade name or trade mark and postal address (Art 10(7)); where the size or nature of the equipment does not allow it, put them on the packaging or an accompanying document.',
    }),
    duty({
      id: 'red:instructions-and-declaration-copy', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'red:art-10(8)', title: 'Instructions, safety information and declaration of conformity',
      summary: 'Accompany the equipment with instructions and safety information in a language easily understood by end-users, including a description of accessories and components, including software, that allow it to operate as intended, and for transmitters the frequency bands and maximum power (Art 10(8)); add a copy of the EU declaration of conformity or a simplified declaration (Art 10(9)).',
    }),
    duty({
      id: 'red:corrective-action', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'red:art-10(12)', title: 'Corrective action on non-conformity',
      summary: 'Where the manufacturer considers or has reason to believe that equipment it placed on the market does not conform, immediately take the corrective measures needed to bring it into conformity, withdraw or recall it; where it presents a risk, immediately inform the competent national authorities of the Member States where it was made available, with details of the non-conformity and the measures taken.',
    }),
    duty({
      id: 'red:authorised-representative-tasks', role: 'authorised-representative', category: 'documentation-and-information',
      cite: 'red:art-11(2)', title: 'Tasks of the authorised representative',
      summary: 'Keep the EU declaration of conformity and the technical documentation at the disposal of national surveillance authorities for ten years, provide them with information on reasoned request and cooperate on action to eliminate risks.',
    }),
    duty({
      id: 'red:importer-checks', role: 'importer', category: 'conformity-assessment',
      cite: 'red:art-12(2)', title: 'Place only compliant radio equipment on the market',
      summary: 'Before placing the equipment on the market, ensure that the manufacturer carried out the conformity assessment, drew up the technical documentation, affixed the CE marking and supplied the instructions and declaration; that the equipment can be operated in at least one Member State; and indicate the importer’s own name and postal address on it (Art 12(3)). Do not place equipment that does not conform.',
    }),
    duty({
      id: 'red:importer-corrective-action', role: 'importer', category: 'post-market-surveillance',
      cite: 'red:art-12(7)', title: 'Corrective action by the importer',
      summary: 'Where the importer has reason to believe that equipment it placed on the market does not conform, immediately take the corrective measures needed, withdraw or recall it, and where it presents a risk inform the competent national authorities; keep a copy of the declaration of conformity for ten years (Art 12(8)).',
    }),
    duty({
      id: 'red:distributor-due-care', role: 'distributor', category: 'conformity-assessment',
      cite: 'red:art-13(2)', title: 'Act with due care before making equipment available',
      summary: 'Before making the equipment available, verify that it bears the CE marking and is accompanied by the required documents, instructions and safety information in the local language, and that the manufacturer and importer met their marking duties; do not make non-conforming equipment available.',
    }),
    duty({
      id: 'red:distributor-corrective-action', role: 'distributor', category: 'post-market-surveillance',
      cite: 'red:art-13(4)', title: 'Corrective action by the distributor',
      summary: 'Where the distributor has reason to believe that equipment it made available does not conform, make sure corrective measures are taken, withdraw or recall it as appropriate, and where it presents a risk inform the competent national authorities.',
    }),
  ],
  notes: [
    'Art 3(3) lists further essential requirements — among them (d) no harm to the network or misuse of network resources, (e) safeguards for personal data and privacy, (f) protection from fraud — that apply only to the categories or classes of equipment a Commission delegated act names (Art 3(3), second subparagraph). Delegated Regulation (EU) 2022/30 did so from 1 August 2025; it is encoded as its own act (red-da).',
    'The RED applies to radio-enabled medical devices alongside the MDR or IVDR; only the delegated act on cybersecurity carves them out (Delegated Regulation (EU) 2022/30, Art 2(1)).',
    'Directive (EU) 2022/2380 (common charger) amended the RED with an Annex Ia and related duties for listed rechargeable equipment; those duties are not encoded here.',
  ],
  sources: [
    { title: 'Directive 2014/53/EU (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2014/53/oj/eng' },
    { title: 'Commission Delegated Regulation (EU) 2022/30 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg_del/2022/30/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Title, CELEX, ELI and application date (13 June 2016) taken from the fact dossier (high confidence); entry into force computed as the twentieth day after publication on 22 May 2014.',
      'Article numbering of Arts 1, 3, 10, 11, 12, 13, 17, 48, 49 and 51 and the content of Annex I follow the OJ text as known to us; the EUR-Lex text was not re-opened in this pass, so paragraph numbers within Arts 10, 12 and 13 should be re-checked against the consolidated version (02014L0053, latest seen dated 30 May 2026).',
      'Whether the 2026 consolidated version contains amendments other than the common-charger changes was not established.',
    ],
  },
};
