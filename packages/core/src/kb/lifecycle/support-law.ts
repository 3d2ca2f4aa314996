/**
 * The law on support periods and security updates after sale, as data: the numbers, who owes
 * what, and the points that stay open. Text is our paraphrase; each entry cites its provision.
 * Read together with the act files (cra, mdr, sgd, dcd, gpsr, nis2) that hold the timelines.
 */
import type { ProvisionId } from '../provision-id.ts';
import type { IsoDate } from '../types.ts';

/** CRA Art 71(2): general application, incl. Art 13 and Annex I. */
export const CRA_APPLIES_FROM: IsoDate = '2027-12-11';
/** CRA Art 13(8) third subparagraph: the floor of the support period. */
export const CRA_MINIMUM_YEARS = 5;
/** CRA Art 13(9): each security update stays available at least this long (or the rest of the support period). */
export const CRA_UPDATE_AVAILABILITY_YEARS = 10;
/** SGD and DCD Art 24(1): apply to contracts concluded from this date. */
export const CONSUMER_CONTRACTS_FROM: IsoDate = '2022-01-01';
/** SGD Art 10(1): the seller's liability period, which recital 31 links to the update period. */
export const SGD_LIABILITY_YEARS = 2;

export interface SupportRule {
  readonly cites: readonly ProvisionId[];
  readonly text: string;
  readonly contested?: string;
}

export const SUPPORT_RULES = {
  craScope: {
    cites: ['cra:art-2(1)', 'cra:art-2(2)', 'cra:art-69(2)', 'cra:art-71(2)'],
    text: 'The CRA support-period duty applies to products with digital elements with a data connection placed on the market from 11 December 2027, and to earlier units only if substantially modified from that date; devices under the MDR or IVDR are outside the CRA.',
  },
  craFloor: {
    cites: ['cra:art-13(8)'],
    text: 'The support period must be at least five years; where the product is expected to be in use for less than five years, it matches the expected use time.',
  },
  craReflectsUse: {
    cites: ['cra:art-13(8)'],
    text: 'The manufacturer sets the support period to reflect the time the product is expected to be in use, weighing reasonable user expectations, the nature and intended purpose of the product and Union law on product lifetimes; it may also weigh the support periods of similar products, the availability of the operating environment, the support periods of integrated third-party components and ADCO or Commission guidance. The Commission may set minimum support periods for product categories by delegated act.',
  },
  craStartPerUnit: {
    cites: ['cra:art-13(8)', 'cra:art-3(21)'],
    text: 'Placing on the market is per unit, so we measure each unit’s minimum from that unit’s placing on the market; the model’s date is used where the unit’s is not given.',
    contested: 'Art 13(8) does not say from when the five years run. Reading it per unit follows the per-unit notion of placing on the market (Art 3(21)) and Commission guidance as reported in secondary sources; a reading per model (from the first unit, or from the last) is also argued. The per-unit reading gives later ends for later units.',
  },
  mdrLifetime: {
    cites: ['mdr:annex-I-1', 'mdr:annex-I-17.2', 'mdr:art-83(2)'],
    text: 'The MDR sets no support period in years. The device must stay safe, including its software’s information security, over the lifetime the manufacturer defines, and post-market surveillance gathers and analyses data over the device’s entire lifetime; we read that as owing security maintenance until the end of the declared lifetime.',
    contested: 'That the MDR duty to keep a device secure lasts exactly the declared lifetime is our reading of Annex I and Art 83 together with MDCG 2019-16 section 3.8 (support life); the MDR does not use the term support period.',
  },
  ivdrLifetime: {
    cites: ['ivdr:annex-I-1', 'ivdr:art-78(2)'],
    text: 'The IVDR, like the MDR, ties safety and post-market surveillance to the lifetime the manufacturer defines and sets no support period in years.',
  },
  sgd: {
    cites: ['sgd:art-7(3)', 'sgd:art-10(1)', 'sgd:recital-31'],
    text: 'For goods with digital elements sold to consumers, the seller must ensure the consumer is informed of and supplied with updates, including security updates, needed to keep the goods in conformity: for the period the consumer may reasonably expect (single act of supply), or for the supply period (continuous supply, at least two years). The Directive gives no number for the reasonable expectation; recital 31 says the consumer would normally expect updates at least for the seller’s two-year liability period, and possibly longer, in particular for security updates.',
  },
  sgdContinuous: {
    cites: ['sgd:art-7(3)(b)', 'sgd:art-10(2)'],
    text: 'With continuous supply, updates are owed for the whole supply period, and at least for two years from delivery.',
  },
  dcd: {
    cites: ['dcd:art-8(2)', 'dcd:art-11'],
    text: 'For digital content or services supplied to consumers on their own (an app), the trader must inform of and supply updates, including security updates, needed for conformity: throughout the supply period for continuous supply, or for the period the consumer may reasonably expect for a single act of supply. The Directive gives no number.',
  },
  gpsr: {
    cites: ['gpsr:art-5', 'gpsr:art-6(1)'],
    text: 'A consumer product that no more specific Union law covers must be safe over its reasonably foreseeable use, taking account of appropriate cybersecurity features; the GPSR gives no support period in years and does not reach medical devices.',
  },
} as const satisfies Record<string, SupportRule>;

/** Duties by party, stated once and attached to a unit's status where they apply. */
export const SUPPORT_DUTIES = {
  craHandleVulnerabilities: {
    cites: ['cra:art-13(8)', 'cra:annex-I-part-II(2)', 'cra:annex-I-part-II(8)'],
    text: 'Handle vulnerabilities effectively for the support period: remediate without delay by security updates, provided separately from functionality updates where technically feasible (Annex I Part II(2)), disseminated without delay and free of charge with advisories (Annex I Part II(8)).',
  },
  craKeepUpdatesAvailable: {
    cites: ['cra:art-13(9)'],
    text: 'Keep each security update issued during the support period available for at least ten years after its issue or for the rest of the support period, whichever is longer.',
  },
  craInformAtPurchase: {
    cites: ['cra:art-13(19)', 'cra:annex-II'],
    text: 'State the end date of the support period, at least month and year, clearly and accessibly at the time of purchase, and in the user information.',
  },
  craNotifyEnd: {
    cites: ['cra:art-13(19)'],
    text: 'Where technically feasible, show users a notification that the product has reached the end of its support period.',
  },
  craReportingContinues: {
    cites: ['cra:art-14(1)', 'cra:art-69(3)'],
    text: 'Report actively exploited vulnerabilities and severe incidents under Art 14 regardless of the end of support; Art 14 also covers units placed on the market before 11 December 2027.',
    contested: 'That Art 14 reporting continues after the support period ends follows Commission guidance (non-binding), not the text of Art 14.',
  },
  mdrMaintain: {
    cites: ['mdr:art-83(2)', 'mdr:annex-I-17.2', 'mdr:art-10(12)'],
    text: 'Keep the device secure over its lifetime through post-market surveillance, security updates and, where needed, corrective action.',
  },
  mdrEndOfLifetime: {
    cites: ['mdr:art-83(2)', 'mdcg-2019-16:section-3.8'],
    text: 'At the end of the declared lifetime, tell operators that security support ends (MDCG 2019-16 asks for communication of end of support); the MDR has no express end-of-support notice.',
  },
  sellerUpdates: {
    cites: ['sgd:art-7(3)'],
    text: 'Ensure the consumer is informed of and supplied with the updates, including security updates, needed to keep the goods in conformity.',
  },
  sellerInstallFailure: {
    cites: ['sgd:art-7(4)'],
    text: 'If the consumer does not install an update within a reasonable time, the seller is not liable for a lack of conformity resulting solely from the missing update, provided the seller told the consumer of the update and of the consequences of not installing it, and the failure was not due to shortcomings in the installation instructions. This limits the seller’s contractual liability only; it does not release the manufacturer.',
  },
  traderUpdates: {
    cites: ['dcd:art-8(2)', 'dcd:art-8(3)'],
    text: 'Inform the consumer of and supply the updates, including security updates, needed for conformity; Art 8(3) limits the trader’s liability where the consumer fails to install, on the same conditions as SGD Art 7(4).',
  },
  hospitalNis2: {
    cites: ['nis2:art-21(1)', 'nis2:art-21(2)(a)', 'nis2:art-21(2)(e)'],
    text: 'Treat the unit in the entity’s cybersecurity risk management: assess the risk of a device without security updates, apply compensating measures (network segmentation, access control, monitoring) and plan replacement; vulnerability handling in maintenance is part of Art 21(2)(e).',
  },
  hospitalSupplyChain: {
    cites: ['nis2:art-21(2)(d)', 'nis2:art-21(3)'],
    text: 'Weigh the supplier’s security practices, including its support commitments, in supply-chain security when buying replacements.',
  },
  hospitalOperator: {
    cites: ['mdcg-2019-16:section-2.6.2'],
    text: 'As operator, keep maintenance including security patches up to date and secure the environment the device runs in (MDCG 2019-16, soft law).',
  },
  hospitalGdpr: {
    cites: ['gdpr:art-32(1)'],
    text: 'Where the unit processes personal data, the controller’s security of processing must account for the missing updates.',
  },
  userInstall: {
    cites: ['sgd:art-7(4)', 'pld-2024:art-13(2)'],
    text: 'Install updates within a reasonable time: a failure limits the seller’s contractual liability (SGD Art 7(4)) and can reduce product-liability compensation as contributory fault (PLD 2024 Art 13(2)).',
  },
} as const satisfies Record<string, SupportRule>;

export const LIFECYCLE_VERIFICATION = {
  checkedOn: '2026-12-07',
  notes: [
    'CRA Art 13(8) (five-year floor, shorter expected use, weighing factors, delegated act power), Art 13(9), Art 13(19), Art 69(2)–(3) and Art 71(2) taken from the research dossier that quotes the OJ text (high confidence) and checked against secondary sources quoting the text; EUR-Lex itself was not opened in this pass.',
    'CRA Annex I Part II: separation of security from functionality updates is in point (2), free-of-charge dissemination with advisories in point (8); we cite each where it belongs.',
    'SGD Art 7(3), 7(4), 10(1)–(2) and recital 31, DCD Art 8(2)–(3): dossier (high) and commentaries quoting the text; no number for the reasonable-expectation period exists in either Directive.',
    'MDR Annex I GSPR 1 and 17.2 and Art 83(2) (lifetime and post-market surveillance): from the MDR act file of this knowledge base; the reading that security support lasts the declared lifetime is ours and marked contested.',
    'GPSR Art 6(1) cybersecurity features: the letter of the point was not re-checked; cited at paragraph level.',
  ],
} as const;
