/**
 * AI Act authorities: the market surveillance authority that receives serious-incident reports
 * of high-risk AI systems (AI Act Art 73(1)), and, for AI systems that are or are part of MDR/IVDR
 * devices, the authority the member state chose for reports of fundamental-rights infringements
 * (Art 73(10); other serious incidents of such devices go through MDR/IVDR vigilance).
 *
 * Designations were due by 2 August 2025 (Art 70(2)); no stored source gives a Commission list.
 */
import { known, unknown } from './common.ts';
import type { AuthorityTable } from './types.ts';

const MSA_TRIED =
  'Not established: searched the stored pages (last on 2026-11-23) for national AI Act market-surveillance designations (Art 70); found only general explainers, a May 2025 tracker and a July 2026 research note stating that no central EU list of designations was found.';
const FR_TRIED =
  'Not established: no stored source names the authority designated under AI Act Art 73(10) for fundamental-rights incidents of AI in medical devices.';
const EEA =
  'EEA EFTA state: the AI Act was under scrutiny for EEA incorporation (May 2025); whether it applies here is unknown.';

function all(tried: string, overrides: Partial<AuthorityTable> = {}): AuthorityTable {
  const u = unknown(tried);
  const eea = unknown(tried, { note: EEA });
  return {
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
    ...overrides,
  };
}

export const AI_MARKET_SURVEILLANCE_AUTHORITIES: AuthorityTable = all(MSA_TRIED, {
  DE: known({
    name: 'Bundesnetzagentur',
    abbreviation: 'BNetzA',
    sources: [
      'https://www.gleisslutz.com/de/know-how/gesetzentwurf-der-bundesregierung-zur-durchfuehrung-der-ki-vo-eu-20241689',
      'https://datenschutzticker.de/?p=26355',
    ],
    confidence: 'low',
    note: `Designated as central market-surveillance authority and single point of contact by the government bill for the AI market-surveillance act (KI-MIG), adopted by the federal cabinet on 11 February 2026; its enactment was not checked. For high-risk AI in Annex I sectors (which include MDR/IVDR devices) the draft relies on the established sectoral market-surveillance structures, so AI in medical devices would stay with the medical-device authorities.`,
  }),
});

export const AI_FUNDAMENTAL_RIGHTS_AUTHORITIES: AuthorityTable = all(FR_TRIED);
