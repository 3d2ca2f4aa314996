/**
 * Market-surveillance authorities for EHR systems (EHDS, Regulation (EU) 2025/327, serious
 * incidents under Art 44). Not part of the first registry pass: recorded as unknown so that
 * every authority type of the notification duties has an entry.
 */
import { unknownEverywhere } from './common.ts';
import type { AuthorityTable } from './types.ts';

const TRIED =
  'Not researched yet: EHDS market-surveillance designations were outside the first pass of the registry.';
export const EHR_MARKET_SURVEILLANCE_AUTHORITIES: AuthorityTable = unknownEverywhere(TRIED);
