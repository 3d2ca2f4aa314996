/**
 * The authorities registry: for each EU member state plus Iceland, Liechtenstein and Norway, and
 * for each authority type that receives incident notifications, the authority (or an explicit
 * `unknown`), its reporting channel and the state's time zone.
 *
 * Data live in one file per authority type, so a reviewer can check one type against one
 * reference list (EDPB members, CSIRTs Network, medical-device competent authorities …).
 *
 * @example
 * import { authorityFor, stateTimeZone } from '@iomt/core';
 * const dpa = authorityFor('FR', 'data-protection-authority'); // CNIL
 * const zone = stateTimeZone('PT'); // 'Europe/Lisbon' (mainland; see STATES.PT.otherTimeZones)
 */
import { AI_FUNDAMENTAL_RIGHTS_AUTHORITIES, AI_MARKET_SURVEILLANCE_AUTHORITIES } from './ai.ts';
import { CER_COMPETENT_AUTHORITIES } from './cer.ts';
import { CHECKED_ON } from './common.ts';
import { CRA_COORDINATING_CSIRTS, NIS2_COMPETENT_AUTHORITIES, NIS2_CSIRTS } from './cyber.ts';
import { DATA_PROTECTION_AUTHORITIES } from './data-protection.ts';
import { EHR_MARKET_SURVEILLANCE_AUTHORITIES } from './ehr.ts';
import { MEDICAL_DEVICE_AUTHORITIES } from './medical-devices.ts';
import { PRODUCT_SAFETY_AUTHORITIES } from './product-safety.ts';
import { STATE_CODES, STATES } from './states.ts';
import type {
  AuthorityEntry,
  AuthorityTable,
  AuthorityType,
  StateCode,
  StateEntry,
} from './types.ts';

export type * from './types.ts';
export { CHECKED_ON as AUTHORITIES_CHECKED_ON } from './common.ts';
export { EEA_EFTA_STATES, STATE_CODES, STATES } from './states.ts';

/** Every authority type with its table; the `satisfies` clause makes a missing type a compile error. */
const TABLES = {
  'data-protection-authority': DATA_PROTECTION_AUTHORITIES,
  'medical-device-competent-authority': MEDICAL_DEVICE_AUTHORITIES,
  'nis2-csirt': NIS2_CSIRTS,
  'nis2-competent-authority': NIS2_COMPETENT_AUTHORITIES,
  'cra-coordinating-csirt-and-enisa': CRA_COORDINATING_CSIRTS,
  'ai-market-surveillance-authority': AI_MARKET_SURVEILLANCE_AUTHORITIES,
  'ai-fundamental-rights-authority': AI_FUNDAMENTAL_RIGHTS_AUTHORITIES,
  'cer-competent-authority': CER_COMPETENT_AUTHORITIES,
  'product-safety-authority': PRODUCT_SAFETY_AUTHORITIES,
  'ehr-market-surveillance-authority': EHR_MARKET_SURVEILLANCE_AUTHORITIES,
} as const satisfies { readonly [T in AuthorityType]: AuthorityTable };

/** The authority types of the registry, in a stable order. */
export const AUTHORITY_TYPES = Object.keys(TABLES) as AuthorityType[];

/** Short English labels of the authority types, for tables and reports. */
export const AUTHORITY_TYPE_LABELS: { readonly [T in AuthorityType]: string } = {
  'data-protection-authority': 'Data-protection supervisory authority (GDPR)',
  'medical-device-competent-authority': 'Medical-device competent authority (MDR/IVDR)',
  'nis2-csirt': 'National CSIRT (NIS2)',
  'nis2-competent-authority': 'NIS2 competent authority for the health sector',
  'cra-coordinating-csirt-and-enisa': 'CRA coordinator CSIRT (NIS2 Art 12(1)) and ENISA',
  'ai-market-surveillance-authority': 'AI Act market-surveillance authority',
  'ai-fundamental-rights-authority':
    'AI Act authority for fundamental-rights incidents of devices (Art 73(10))',
  'cer-competent-authority': 'CER competent authority',
  'product-safety-authority': 'Product-safety market-surveillance authority (GPSR)',
  'ehr-market-surveillance-authority': 'EHR-system market-surveillance authority (EHDS)',
};

/** The whole registry: `AUTHORITIES[state][type]`, every cell filled (known or explicitly unknown). */
export const AUTHORITIES: {
  readonly [S in StateCode]: { readonly [T in AuthorityType]: AuthorityEntry };
} = Object.fromEntries(
  STATE_CODES.map((state) => [
    state,
    Object.fromEntries(
      AUTHORITY_TYPES.map((type) => [type, { ...TABLES[type][state], state, type }]),
    ),
  ]),
) as { readonly [S in StateCode]: { readonly [T in AuthorityType]: AuthorityEntry } };

/** Whether a string is a state code of the registry. */
export function isStateCode(value: string): value is StateCode {
  return (STATE_CODES as readonly string[]).includes(value);
}

/**
 * The authority of a type in a state, or an explicit `unknown` entry saying what was tried.
 * Never throws: a code outside the registry yields an `unknown` entry too.
 */
export function authorityFor(state: StateCode, type: AuthorityType): AuthorityEntry {
  const entry = isStateCode(state) ? AUTHORITIES[state][type] : undefined;
  if (entry) return entry;
  return {
    status: 'unknown',
    state,
    type,
    checkedOn: CHECKED_ON,
    tried: `No registry entry: ${String(state)} is not an EU or EEA EFTA state code of the registry.`,
  };
}

/** The state's entry (name, membership, time zones, EEA applicability of the acts). */
export function stateEntry(state: StateCode): StateEntry {
  return STATES[state];
}

/** The IANA time zone of the state's capital (mainland; e.g. Portugal 'Europe/Lisbon', not the Azores). */
export function stateTimeZone(state: StateCode): string {
  return STATES[state].timeZone;
}
