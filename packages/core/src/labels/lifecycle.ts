/** Labels for the codes of the support and liability analyses, as shown to people. */
import type { DutyStatus } from '../lifecycle/product-lifecycle.ts';
import type { Applies, Party, Satisfies, SupportRegimeId, SupportState } from '../lifecycle/types.ts';
import type { Exemption, PeriodFinding, Tri } from '../liability/types.ts';
import type { PldRegime } from '../kb/liability/pld-law.ts';

export const SUPPORT_STATE_LABEL: Readonly<Record<SupportState, string>> = {
  supported: 'Supported',
  'ending-soon': 'Support ending soon',
  'out-of-support': 'Out of support (orphan)',
  unknown: 'Unknown',
};

export const SUPPORT_REGIME_LABEL: Readonly<Record<SupportRegimeId, string>> = {
  cra: 'CRA — support period (Art 13(8))',
  mdr: 'MDR — device lifetime and post-market surveillance',
  ivdr: 'IVDR — device lifetime and post-market surveillance',
  sgd: 'Sale of Goods Directive — seller’s update duty',
  dcd: 'Digital Content Directive — trader’s update duty',
  gpsr: 'GPSR — safety over foreseeable use',
};

export const PARTY_LABEL: Readonly<Record<Party, string>> = {
  manufacturer: 'Manufacturer',
  seller: 'Seller',
  trader: 'Trader',
  'healthcare-provider': 'Hospital / operator',
  user: 'User',
};

export const APPLIES_LABEL: Readonly<Record<string, string>> = { true: 'applies', false: 'does not apply', unknown: 'unknown' } satisfies Record<`${Applies}`, string>;

export const SATISFIES_LABEL: Readonly<Record<Satisfies, string>> = {
  yes: 'met',
  no: 'falls short',
  weighing: 'floor met; longer expected use to be weighed',
  'no-number': 'the law gives no number',
  unknown: 'unknown',
};

export const DUTY_STATUS_LABEL: Readonly<Record<DutyStatus, string>> = {
  met: 'met', 'not-met': 'not met', unknown: 'unknown', 'to-do': 'to do',
};

export const PLD_REGIME_LABEL: Readonly<Record<PldRegime | 'unknown', string>> = {
  'pld-1985': 'Directive 85/374/EEC (national transposing law)',
  'pld-2024': 'Directive (EU) 2024/2853 (national transposing law)',
  unknown: 'Not decided: the date of placing on the market is missing',
};

export const TRI_LABEL: Readonly<Record<string, string>> = { true: 'yes', false: 'no', unknown: 'unknown' } satisfies Record<`${Tri}`, string>;

export const EXEMPTION_STATUS_LABEL: Readonly<Record<Exemption['status'], string>> = {
  available: 'available', excluded: 'excluded', unknown: 'open', 'not-raised': 'not raised by the facts',
};

export const EXEMPTION_LABEL: Readonly<Record<string, string>> = {
  'not-placed': 'Not placed on the market / put into service',
  'not-made-available': 'Distributor did not make it available',
  'later-defect': 'Defect did not exist at placing on the market',
  'not-for-sale': 'Not made for sale or in the course of business',
  'legal-requirement': 'Defect due to compliance with legal requirements',
  'development-risk': 'State of scientific and technical knowledge (development risk)',
  'component-design': 'Component: defect due to the product’s design or instructions',
  'unmodified-part': 'Modifier: defect in a part not affected by the modification',
};

export const PRESUMPTION_LABEL: Readonly<Record<string, string>> = {
  burden: 'Burden of proof',
  'presume-disclosure': 'Failure to disclose evidence',
  'presume-non-compliance': 'Breach of mandatory safety requirements',
  'presume-malfunction': 'Obvious malfunction',
  'presume-causation': 'Causal link: damage typical of the defect',
  'presume-complexity': 'Excessive difficulty (technical or scientific complexity)',
  rebuttable: 'All presumptions rebuttable',
};

export const PERIOD_LABEL: Readonly<Record<PeriodFinding['id'], string>> = {
  limitation: 'Limitation (3 years from awareness)',
  expiry: 'Expiry (10 years)',
  'latent-expiry': 'Expiry for latent personal injury (25 years)',
};

export const PERIOD_STATE_LABEL: Readonly<Record<PeriodFinding['state'], string>> = {
  running: 'running', expired: 'expired', unknown: 'unknown', 'not-applicable': 'not applicable',
};

export const DAMAGE_HEAD_LABEL: Readonly<Record<string, string>> = {
  death: 'Death', 'personal-injury': 'Personal injury', 'psychological-harm': 'Psychological harm', property: 'Property', data: 'Data',
};

export const LIABLE_LABEL: Readonly<Record<string, string>> = { true: 'liable', false: 'not liable', unknown: 'open' } satisfies Record<`${Tri}`, string>;

export const TIER_LABEL: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'Manufacturers and those treated as such',
  2: 'In the Union for a non-EU manufacturer',
  3: 'Subsidiarily: distributors and platforms',
};
