/**
 * Product-safety market-surveillance authorities (GPSR, Regulation (EU) 2023/988). Manufacturers
 * notify accidents (Art 20) and dangerous products (Art 9(8)) through the Commission's Safety
 * Business Gateway (Art 27), which routes them to the authorities of the member states concerned —
 * so the channel is known even where the national authority is not.
 */
import { unknown } from './common.ts';
import type { AuthorityTable, ReportingChannel } from './types.ts';

const TRIED =
  'Not established: no stored source naming the national GPSR market-surveillance authority was searched for within the look-up budget; several states split product safety between authorities.';
const GATEWAY: ReportingChannel = {
  description:
    'Safety Business Gateway (GPSR Art 27), which forwards the notification to the authorities of the member states concerned',
};
const EEA = 'EEA EFTA state: EEA incorporation of the GPSR not checked.';

const u = unknown(TRIED, { reportingChannel: GATEWAY });
const eea = unknown(TRIED, { reportingChannel: GATEWAY, note: EEA });

export const PRODUCT_SAFETY_AUTHORITIES: AuthorityTable = {
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
  DE: u,
  GR: u,
  HU: u,
  IE: u,
  IT: u,
  LV: u,
  LT: u,
  LU: u,
  MT: u,
  NL: u,
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
