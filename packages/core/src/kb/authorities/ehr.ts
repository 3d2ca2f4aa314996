/**
 * Market-surveillance authorities for EHR systems (EHDS, Regulation (EU) 2025/327, serious
 * incidents under Art 44). Not part of the first registry pass: recorded as unknown so that
 * every authority type of the notification duties has an entry.
 */
import { unknown } from './common.ts';
import type { AuthorityTable } from './types.ts';

const TRIED =
  'Not researched yet: EHDS market-surveillance designations were outside the first pass of the registry.';
const u = unknown(TRIED);

export const EHR_MARKET_SURVEILLANCE_AUTHORITIES: AuthorityTable = {
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
  IS: u,
  LI: u,
  NO: u,
};
