/**
 * CER competent authorities (Directive (EU) 2022/2557 Art 9), which receive incident notifications
 * from critical entities (Art 15). Hospitals and other health-sector entities may be identified as
 * critical entities; device manufacturers rarely are.
 */
import { unknown } from './common.ts';
import type { AuthorityTable } from './types.ts';

const TRIED =
  'Not established: one general search of the stored pages (2026-11-23) for national CER competent authorities returned only the Directive and its summary; no national designation was searched for state by state within the look-up budget.';
const EEA = 'EEA EFTA state: EEA incorporation of the CER Directive not checked.';

const u = unknown(TRIED);
const eea = unknown(TRIED, { note: EEA });

export const CER_COMPETENT_AUTHORITIES: AuthorityTable = {
  AT: u,
  BE: u,
  BG: u,
  HR: u,
  CY: u,
  CZ: u,
  DK: u,
  EE: u,
  FI: u,
  FR: u,
  DE: unknown(TRIED, {
    leads: [
      'BBK (Federal Office of Civil Protection and Disaster Assistance) under the KRITIS-Dachgesetz, with a joint BSI/BBK reporting office — from secondary sources, not confirmed',
    ],
  }),
  GR: u,
  HU: u,
  IE: u,
  IT: u,
  LV: u,
  LT: u,
  LU: u,
  MT: u,
  NL: unknown(TRIED, {
    leads: [
      'Wet weerbaarheid kritieke entiteiten (Wwke) transposes the CER Directive; not yet in force in the stored sources; the Ministry of Health (VWS) answers questions for the health sector at nis2-cer@minvws.nl (datavoorgezondheid.nl)',
    ],
  }),
  PL: u,
  PT: u,
  RO: u,
  SK: u,
  SI: u,
  ES: u,
  SE: u,
  IS: eea,
  LI: eea,
  NO: eea,
};
