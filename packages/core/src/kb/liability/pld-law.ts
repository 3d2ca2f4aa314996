/**
 * Product liability as data: the two directives' dates, damage heads, defectiveness grounds,
 * presumptions, exemptions and time limits, each with its provision, and the points the law
 * leaves open. Our paraphrase; claims run under each Member State's transposing law.
 */
import type { ProvisionId } from '../provision-id.ts';
import type { IsoDate } from '../types.ts';

/**
 * 2024/2853 Art 2(1): products placed on the market or put into service after this day;
 * Art 21: 85/374 repealed with effect from this day, continuing for products placed before it;
 * Art 22(1): transposition deadline.
 */
export const PLD_2024_BOUNDARY: IsoDate = '2026-12-09';
export const PLD_LIMITATION_YEARS = 3;
export const PLD_EXPIRY_YEARS = 10;
export const PLD_2024_LATENT_EXPIRY_YEARS = 25;
/** 85/374 Art 9(b): lower threshold for property damage. */
export const PLD_1985_PROPERTY_THRESHOLD_ECU = 500;
/** 2024/2853 Art 8(3): the distributor's time to identify an operator or its supplier. */
export const DISTRIBUTOR_IDENTIFY_MONTHS = 1;

export type PldRegime = 'pld-1985' | 'pld-2024';

export interface LawPoint {
  readonly cites: Readonly<Record<PldRegime, readonly ProvisionId[]>> | readonly ProvisionId[];
  readonly text: string;
  readonly contested?: string;
}

export const CONTESTED = {
  boundaryDay: {
    cites: ['pld-2024:art-2(1)', 'pld-2024:art-21', 'time-limits:art-4(2)'],
    text: 'A product placed on the market or put into service on 9 December 2026 itself: Directive 2024/2853 covers products placed “after 9 December 2026” and keeps 85/374 for products placed “before that date”, so the day itself falls between the texts. We place it under 85/374 because the exclusion from 2024/2853 is unambiguous; national transposing law may say otherwise, and some commentators read “on or after 9 December”.',
    contested: 'The two texts leave 9 December 2026 uncovered; the outcome depends on the Member State’s transposing and transitional provisions.',
  },
  zeroDay: {
    cites: ['pld-2024:art-7(2)(f)', 'pld-2024:art-11(1)(e)', 'pld-2024:art-11(2)(c)'],
    text: 'A vulnerability unknown when the product was placed on the market, or exploited before any fix existed (a zero-day). For defectiveness: the vulnerability was in the product when placed on the market, so the product arguably lacked the safety a person is entitled to expect from then on; against that, no product is free of unknown vulnerabilities and the expected level of safety is what matters (Art 7(1)). For the development-risk defence (Art 11(1)(e)): the test is the objective state of scientific and technical knowledge, not the manufacturer’s knowledge (CJEU C-300/95 on 85/374); a new instance of a known class of flaw (e.g. memory-safety errors) is hard to call undiscoverable, a genuinely new attack technique may be. Under 2024/2853 the relevant time extends to the period the product is within the manufacturer’s control, so once the vulnerability is known, the defence no longer covers the time it takes to fix.',
    contested: 'Neither directive addresses zero-days; courts have not decided how Art 11(1)(e) applies to software vulnerabilities.',
  },
  updatePeriod: {
    cites: ['pld-2024:art-11(2)(c)', 'pld-2024:art-7(1)', 'cra:annex-I-part-II(2)'],
    text: 'The period in which a security update should be released. Art 11(2)(c) keeps the operator liable for a lack of security updates necessary to maintain safety while within the manufacturer’s control, but fixes no period; the CRA asks for remediation “without delay” (Annex I Part II(2)) for products within it. Whether a fix released days or weeks after exploitation began came too late is for the court, weighing the safety a person is entitled to expect.',
    contested: 'No directive or regulation fixes the number of days; a court weighs it case by case.',
  },
  controlAfterSupportEnd: {
    cites: ['pld-2024:art-4(5)', 'pld-2024:art-11(2)', 'cra:art-13(8)'],
    text: 'Scope of Art 11(2) after the support period: the manufacturer’s control (Art 4(5)) turns on its ability to supply updates, which an announced end of support does not remove; on the other side, a person may not be entitled to expect security updates beyond the announced support period (Art 7(1)), and the Directive itself imposes no duty to update. Whether a lack of updates after the declared end of support is still “within the manufacturer’s control” is open.',
    contested: 'Open: the Directive links the carve-out to control, not to the support period.',
  },
  declinedUpdateFault: {
    cites: ['pld-2024:art-13(2)', 'pld-1985:art-8(2)', 'cra:annex-I-part-II(2)'],
    text: 'A declined security update as contributory fault: liability may be reduced or disallowed where the injured person’s fault contributed to the damage. Whether declining is fault depends on what the person was told (the update and the risk of not installing it), whether the fix was offered on its own or bundled with unwanted functionality changes (the CRA requires separation where technically feasible), and how long the person had. The court weighs it; the law does not make a declined update automatic fault.',
    contested: 'A weighing for the court, not a rule.',
  },
  software1985: {
    cites: ['pld-1985:art-2'],
    text: 'Whether software on its own is a “product” under 85/374 (“all movables”) is disputed; software embedded in a physical device is part of that movable.',
    contested: 'Not decided by the CJEU for stand-alone software; Member States differ.',
  },
  transposition: {
    cites: ['pld-2024:art-22(1)'],
    text: 'Directive 2024/2853 works through national law transposing it by 9 December 2026. A directive does not bind private defendants by itself: where a Member State is late, its courts interpret national law in line with the Directive as far as possible. The transposition status of the Member State concerned was not established.',
  },
} as const satisfies Record<string, LawPoint>;

export const PARALLEL_ROUTES = [
  { id: 'contract-sgd-dcd', cites: ['sgd:art-10(1)', 'dcd:art-11'] as ProvisionId[], text: 'Contractual conformity against the seller (goods with digital elements, SGD) or trader (digital content or services, DCD), including missing updates; consumer remedies, not analysed here.' },
  { id: 'national-fault', cites: ['pld-2024:art-2(4)', 'pld-1985:art-13'] as ProvisionId[], text: 'National fault-based and contractual liability on other grounds than defectiveness remain available (e.g. negligent monitoring or failure to warn).' },
  { id: 'mdr-coverage', cites: ['mdr:art-10(16)'] as ProvisionId[], text: 'For medical devices: the manufacturer must have measures for sufficient financial coverage of its potential liability under the product-liability directive (MDR Art 10(16)).', onlyDevices: true },
  { id: 'gdpr-compensation', cites: ['gdpr:art-82(1)'] as ProvisionId[], text: 'Where personal data were compromised: compensation from the controller or processor under GDPR Art 82, which the product-liability directives do not affect.' },
] as const;

export const LIABILITY_VERIFICATION = {
  checkedOn: '2026-12-07',
  notes: [
    'Directive 2024/2853 Arts 2(1), 4(1), 6(1), 7(2)(f), 8, 9, 10, 11(1)–(2), 12, 13, 15, 16, 17, 21 and 22 taken from the research dossier, which relies on sources quoting the OJ text verbatim (high), and from the pld-2024 act file; EUR-Lex itself could not be opened in this pass, and the search found no further official copy.',
    'Article numbers follow the final Directive, not the 2022 proposal (proposal Art 6 → final Art 7, 9 → 10, 10 → 11, 14 → 16 and 17); the concordance was checked against the dossier’s table.',
    'Art 2(4) (other liability regimes unaffected), Art 4(5) (manufacturer’s control), Art 12(2) (small software-component makers), Art 14 (recourse) and Art 18 (Member State derogation from the development-risk defence) are medium confidence: numbers from secondary sources.',
    'Directive 85/374/EEC Arts 1–13 (producer, product, defect, defences, contributory fault, damage with the 500 ECU threshold, 3-year limitation, 10-year extinction) are well established; the CJEU upheld the ten-year period in C-338/24 (reported by secondary sources).',
    'Secondary sources disagree on the boundary: some say the new Directive covers products placed “on or after 9 December 2026”, others “after 8 December”; the Directive’s own words (“after 9 December 2026”, Art 2(1); “before that date”, Art 21) leave the day itself open, which the analysis marks as contested.',
    'Periods are computed as Regulation 1182/71 Art 3(2)(c) counts periods in years (ending on the same date; 29 February + 3 years = 28 February); national law governs the counting, suspension and interruption of the limitation period (2024/2853 Art 16(2)).',
  ],
} as const;
