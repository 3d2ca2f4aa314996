/**
 * Product-safety market-surveillance authorities (GPSR, Regulation (EU) 2023/988). Manufacturers
 * notify accidents (Art 20) and dangerous products (Art 9(8)) through the Commission's Safety
 * Business Gateway (Art 27), which routes them to the authorities of the member states concerned —
 * so the channel is known even where the national authority is not.
 *
 * Known entries were checked on the authorities' own pages (national Safety Gate contact point or
 * general-product-safety authority); the Commission's list of Safety Gate contact points was not
 * found in the stored sources. Medical devices are outside the GPSR where the MDR/IVDR cover the
 * risk; these authorities matter for consumer wellness products and accessories.
 */
import { known, unknown } from './common.ts';
import type { AuthorityTable, ReportingChannel } from './types.ts';

const TRIED =
  'Not established: no stored source naming the national GPSR market-surveillance authority was searched for within the look-up budget; several states split product safety between authorities.';
const GATEWAY: ReportingChannel = {
  description:
    'Safety Business Gateway (GPSR Art 27), which forwards the notification to the authorities of the member states concerned',
};
const EEA = 'EEA EFTA state: EEA incorporation of the GPSR not checked.';

const u = unknown(TRIED, { reportingChannel: GATEWAY });
const SPLIT =
  'Products under sector-specific legislation may be supervised by other authorities, not checked here.';
const eea = unknown(TRIED, { reportingChannel: GATEWAY, note: EEA });

export const PRODUCT_SAFETY_AUTHORITIES: AuthorityTable = {
  AT: u,
  BE: u,
  BG: u,
  HR: u,
  CY: u,
  CZ: u,
  DK: known({
    name: 'Sikkerhedsstyrelsen',
    website: 'https://www.sik.dk',
    reportingChannel: GATEWAY,
    sources: [
      'https://www.sik.dk/erhverv/produkter/generel-produktsikkerhed/vejledninger/naar-du-indrapporterer-farligt-produkt-business-gateway',
    ],
    confidence: 'medium',
    note: `Its general-product-safety guidance tells producers and distributors of non-food products that they must notify the authorities of dangerous products through the Business Gateway; the page read does not state its formal designation as GPSR market-surveillance authority or Safety Gate contact point. English name not captured. ${SPLIT}`,
  }),
  EE: u,
  FI: u,
  FR: known({
    name: 'Direction générale de la concurrence, de la consommation et de la répression des fraudes',
    abbreviation: 'DGCCRF',
    website: 'https://www.economie.gouv.fr/dgccrf',
    reportingChannel: GATEWAY,
    sources: [
      'https://www.economie.gouv.fr/dgccrf/alerte-et-rappel-de-produits-mode-demploi',
      'https://www.economie.gouv.fr/dgccrf/comprendre-la-dgccrf/publications-et-kits-de-communication/guide-de-gestion-des-alertes-non',
    ],
    confidence: 'high',
    note: `The DGCCRF receives businesses' mandatory notifications of dangerous products; for non-food products they are sent through the Safety Business Gateway and handled by its departmental and regional services (DD(ETS)PP, D(R)EETS), which forward those outside its remit to the competent administration. Alerts on products for professional use are generally outside its remit; recalls are also published on RappelConso (which excludes medical devices). ${SPLIT}`,
  }),
  DE: known({
    name: 'Federal Institute for Occupational Safety and Health',
    nationalName: 'Bundesanstalt für Arbeitsschutz und Arbeitsmedizin',
    abbreviation: 'BAuA',
    website: 'https://www.baua.de',
    reportingChannel: GATEWAY,
    sources: [
      'https://www.baua.de/EN/Topics/Monitoring-evaluation/Market-surveillance-and-product-safety/Market-surveillance/National-Safety-Gate-Contact-Point',
    ],
    confidence: 'high',
    note: `BAuA is the National Contact Point for the Safety Gate rapid alert system (tasks under Implementing Regulation (EU) 2024/2639) and advises businesses on the Safety Business Gateway. It is a contact point, not the market-surveillance authority that follows up a notification; the competent market-surveillance authorities were not checked. ${SPLIT}`,
  }),
  GR: u,
  HU: u,
  IE: known({
    name: 'Competition and Consumer Protection Commission',
    abbreviation: 'CCPC',
    website: 'https://www.ccpc.ie',
    reportingChannel: GATEWAY,
    sources: [
      'https://www.ccpc.ie/business/over-33000-products-stopped-by-ccpc-over-safety-concerns/',
    ],
    confidence: 'medium',
    note: `The CCPC enforces product safety for consumer goods in Ireland (its own 2019 news page; recalls and withdrawals reported in its 2023 annual report per the Irish Times). Its designation under the GPSR and the notification route it prefers were not checked. ${SPLIT}`,
  }),
  IT: u,
  LV: u,
  LT: u,
  LU: u,
  MT: u,
  NL: known({
    name: 'Netherlands Food and Consumer Product Safety Authority',
    nationalName: 'Nederlandse Voedsel- en Warenautoriteit',
    abbreviation: 'NVWA',
    website: 'https://www.nvwa.nl',
    reportingChannel: {
      description: `${GATEWAY.description}; producers, distributors and sellers in the Netherlands must notify unsafe non-food consumer products to the NVWA, online via the Business Gateway (EU Login account)`,
      url: 'https://ondernemersplein.kvk.nl/onveilig-consumentenproduct-non-food-melden/',
    },
    sources: [
      'https://www.nvwa.nl/onderwerpen/waarschuwingen-non-food',
      'https://business.gov.nl/regulation/notification-unsafe-product/',
      'https://ondernemersplein.kvk.nl/onveilig-consumentenproduct-non-food-melden/',
    ],
    confidence: 'high',
    note: `Duty to notify (meldingsplicht) unsafe products to the NVWA, stated on its own page and on the government business portals (RVO). ${SPLIT}`,
  }),
  PL: known({
    name: 'Prezes Urzędu Ochrony Konkurencji i Konsumentów',
    abbreviation: 'UOKiK',
    website: 'https://uokik.gov.pl',
    reportingChannel: GATEWAY,
    sources: ['https://uokik.gov.pl/bezpieczenstwo-produktow', 'https://legalis.pl/?p=82504'],
    confidence: 'high',
    note: `The President of UOKiK supervises the general safety of non-food products and runs the national contact point of the Safety Gate/RAPEX system; the Trade Inspection (Inspekcja Handlowa) carries out product controls. The Act on supervision of general product safety (adopted by the Sejm on 7 November 2025) keeps this model of authorities (legal summary). ${SPLIT}`,
  }),
  PT: u,
  RO: u,
  SK: u,
  SI: u,
  ES: unknown(
    'Not established: searched the stored pages (2026-11-23) for the Spanish Safety Gate contact point and GPSR authority; only a consumer-association page, regional pages and a general page of administracion.gob.es were found, none naming the national authority.',
    {
      reportingChannel: GATEWAY,
      leads: [
        'Dirección General de Consumo (Ministry of Consumer Affairs) at state level, with the consumer services of the autonomous communities carrying out market surveillance — from a consumer association page (hispacoop.es) and regional pages (comunidad.madrid); the Safety Gate contact point was not confirmed on an official page',
      ],
    },
  ),
  SE: known({
    name: 'Konsumentverket',
    website: 'https://www.konsumentverket.se',
    reportingChannel: GATEWAY,
    sources: [
      'https://www.konsumentverket.se/produktsakerhet-foretag/lagar-och-regler-inom-produktsakerhet',
      'https://www.konsumentverket.se/om-konsumentverket/var-verksamhet/sakra-varor-och-tjanster/',
      'https://web-prod.konsumentverket.se/en/articles/if-you-have-sold-a-dangerous-product-or-service',
    ],
    confidence: 'high',
    note: `Konsumentverket supervises product safety for consumer goods without special legislation, toys, personal protective equipment for private use and services, with the GPSR in its supervisory area; businesses must inform the relevant supervisory authority of dangerous products and report accidents. English name not captured. ${SPLIT}`,
  }),
  IS: eea,
  LI: eea,
  NO: eea,
};
